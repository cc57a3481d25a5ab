"""The command line, run as a real subprocess on real workspace files (SPEC §4)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from transition_planner.workbook.examples import haiti_plan

SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"]


def tp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "transition_planner", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("cli") / "plans.tpw"
    result = tp("examples", "--workspace", str(ws))
    assert result.returncode == 0, result.stderr
    assert "Added Haiti" in result.stdout
    return ws


def copy_of(seeded: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.tpw"
    target.write_bytes(seeded.read_bytes())
    return target


def test_examples_then_check_haiti_json(seeded: Path) -> None:
    result = tp("check", "Haiti", "--workspace", str(seeded), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["plan"] == "Haiti"
    assert isinstance(data["continuity_score"], float)
    assert 0 <= data["continuity_score"] <= 100
    gaps = data["gaps"]
    assert gaps, "the Haiti example shows real findings"
    for gap in gaps:
        assert {"rule", "severity", "function", "start", "end", "days", "detail"} <= set(gap)
        start, end = gap["start"], gap["end"]
        assert len(start) == 10 and start <= end
    keys = [
        (SEVERITY_ORDER.index(g["severity"]), g["start"], g["rule"], g["function"] or "")
        for g in gaps
    ]
    assert keys == sorted(keys)
    rules = {g["rule"] for g in gaps}
    assert "capacity_cliff" in rules  # MINUJUSTH police → BINUH advisers
    assert "un_exit" in rules  # security left to the Haitian National Police in Oct 2019
    # MINUJUSTH's components continue MINUSTAH's: no cold handover on 16 Oct 2017 (issue 9)
    assert not [
        g
        for g in gaps
        if g["rule"] == "cold_handover"
        and g["start"] == "2017-10-16"
        and g["from_actor"].startswith("MINUSTAH")
        and g["to_actor"].startswith("MINUJUSTH")
    ]


def test_fail_on(seeded: Path) -> None:
    data = json.loads(tp("check", "Haiti", "--workspace", str(seeded), "--format", "json").stdout)
    severities = {g["severity"] for g in data["gaps"]}
    strict = tp("check", "Haiti", "--workspace", str(seeded), "--fail-on", "critical")
    assert strict.returncode == (1 if "critical" in severities else 0)
    assert "Continuity score" in strict.stdout
    lenient = tp("check", "Haiti", "--workspace", str(seeded), "--fail-on", "info")
    assert lenient.returncode == 1  # there is at least one finding


def test_plans_text_and_json(seeded: Path) -> None:
    text = tp("plans", "--workspace", str(seeded))
    assert text.returncode == 0
    assert set(text.stdout.split("\n")) >= {"Haiti", "Sudan", "Kandora (template)"}
    data = json.loads(tp("plans", "--workspace", str(seeded), "--format", "json").stdout)
    haiti = next(p for p in data if p["name"] == "Haiti")
    assert haiti["country"] == "Haiti"
    assert haiti["horizon"] == {"start": "2016-01-01", "end": "2026-12-31"}
    assert haiti["counts"]["assignments"] == 29


def test_environment_variable_names_the_workspace(seeded: Path) -> None:
    result = tp("plans", env={"TRANSITION_PLANNER_WORKSPACE": str(seeded)})
    assert result.returncode == 0
    assert "Sudan" in result.stdout.split("\n")


def test_default_workspace_is_created_with_the_examples(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    result = tp("plans", env=env)
    assert result.returncode == 0, result.stderr
    assert "Haiti" in result.stdout.split("\n")
    assert list((tmp_path / "data").rglob("*")), "the default workspace lives in the data dir"


def test_unknown_plan_is_exit_2_and_writes_nothing(seeded: Path, tmp_path: Path) -> None:
    ws = copy_of(seeded, tmp_path)
    before = digest(ws)
    for args in (("check", "Atlantis"), ("export", "Atlantis", str(tmp_path / "a.xlsx"))):
        result = tp(*args, "--workspace", str(ws))
        assert result.returncode == 2
        assert "Atlantis" in result.stderr
    assert digest(ws) == before
    assert not (tmp_path / "a.xlsx").exists()


def test_missing_workspace_is_exit_2_and_not_created(tmp_path: Path) -> None:
    ws = tmp_path / "nowhere.tpw"
    for args in (("plans",), ("check", "Haiti"), ("export", "Haiti", str(tmp_path / "x.xlsx"))):
        result = tp(*args, "--workspace", str(ws))
        assert result.returncode == 2, args
        assert "does not exist" in result.stderr
    assert not ws.exists()


def test_foreign_file_is_refused_unchanged(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.tpw"
    bogus.write_bytes(b"Dear colleague, please find attached...\n" * 50)
    before = digest(bogus)
    for args in (("plans",), ("examples",), ("check", "Haiti")):
        result = tp(*args, "--workspace", str(bogus))
        assert result.returncode == 2, args
        assert str(bogus) in result.stderr or "workspace" in result.stderr.lower()
    assert digest(bogus) == before


def test_export_import_round_trip(seeded: Path, tmp_path: Path) -> None:
    ws = copy_of(seeded, tmp_path)
    book = tmp_path / "sudan.xlsx"
    assert tp("export", "Sudan", str(book), "--workspace", str(ws)).returncode == 0
    assert book.exists()
    # importing under the same name needs --replace
    clash = tp("import", str(book), "--workspace", str(ws))
    assert clash.returncode == 2
    assert "already exists" in clash.stderr
    renamed = tp("import", str(book), "--workspace", str(ws), "--name", "Sudan (copy)")
    assert renamed.returncode == 0, renamed.stderr
    assert renamed.stdout.strip() == "Sudan (copy)"
    replaced = tp("import", str(book), "--workspace", str(ws), "--replace")
    assert replaced.returncode == 0, replaced.stderr
    original = json.loads(
        tp("check", "Sudan", "--workspace", str(seeded), "--format", "json").stdout
    )
    for name in ("Sudan", "Sudan (copy)"):
        again = json.loads(tp("check", name, "--workspace", str(ws), "--format", "json").stdout)
        assert again["gaps"] == original["gaps"]
        assert again["continuity_score"] == original["continuity_score"]
    # a new workspace is created by import
    fresh = tmp_path / "fresh.tpw"
    assert tp("import", str(book), "--workspace", str(fresh)).returncode == 0
    assert tp("plans", "--workspace", str(fresh)).stdout.split() == ["Sudan"]


def test_import_into_reviews_then_applies(seeded: Path, tmp_path: Path) -> None:
    ws = copy_of(seeded, tmp_path)
    book = tmp_path / "haiti.xlsx"
    assert tp("export", "Haiti", str(book), "--workspace", str(ws)).returncode == 0
    unchanged = tp("import", str(book), "--into", "Haiti", "--workspace", str(ws))
    assert unchanged.returncode == 0, unchanged.stderr
    assert "No changes" in unchanged.stdout

    wb = openpyxl.load_workbook(book)
    sheet = wb["Milestones"]
    headers = [c.value for c in sheet[1]]
    row = sheet.max_row + 1
    sheet.cell(row, headers.index("Name") + 1, "Elections (planned)")
    sheet.cell(row, headers.index("Date") + 1, "2026-11-01")
    sheet.cell(row, headers.index("Kind") + 1, "election")
    wb.save(book)

    before = digest(ws)
    review = tp("import", str(book), "--into", "Haiti", "--workspace", str(ws))
    assert review.returncode == 0, review.stderr
    assert "1 added" in review.stdout
    assert "Elections (planned)" in review.stdout
    assert digest(ws) == before, "a review without --apply writes nothing"

    applied = tp("import", str(book), "--into", "Haiti", "--apply", "--workspace", str(ws))
    assert applied.returncode == 0, applied.stderr
    plans = json.loads(tp("plans", "--workspace", str(ws), "--format", "json").stdout)
    haiti = next(p for p in plans if p["name"] == "Haiti")
    assert haiti["counts"]["milestones"] == len(haiti_plan().milestones) + 1
    backups = tp("backups", "--workspace", str(ws))
    assert backups.returncode == 0
    assert "import" in backups.stdout.lower()


def test_bad_workbook_is_exit_2_naming_the_cell(seeded: Path, tmp_path: Path) -> None:
    ws = copy_of(seeded, tmp_path)
    book = tmp_path / "bad.xlsx"
    assert tp("export", "Haiti", str(book), "--workspace", str(ws)).returncode == 0
    wb = openpyxl.load_workbook(book)
    sheet = wb["Assignments"]
    headers = [c.value for c in sheet[1]]
    end_col = headers.index("End") + 1
    sheet.cell(2, end_col, "1999-01-01")  # before its start
    wb.save(book)
    before = digest(ws)
    for args in (
        ("import", str(book), "--replace"),
        ("import", str(book), "--into", "Haiti", "--apply"),
    ):
        result = tp(*args, "--workspace", str(ws))
        assert result.returncode == 2, result.stdout
        letter = openpyxl.utils.get_column_letter(end_col)
        assert f"Assignments!{letter}2" in result.stderr
        assert "before" in result.stderr
    assert digest(ws) == before
    missing = tmp_path / "never.tpw"
    assert tp("import", str(book), "--workspace", str(missing)).returncode == 2
    assert not missing.exists()


def test_not_a_workbook_is_exit_2(tmp_path: Path) -> None:
    fake = tmp_path / "plan.xlsx"
    fake.write_text("this is not a workbook")
    result = tp("import", str(fake), "--workspace", str(tmp_path / "w.tpw"))
    assert result.returncode == 2
    assert "plan.xlsx" in result.stderr or "Workbook" in result.stderr
    assert not (tmp_path / "w.tpw").exists()


def test_backups_and_restore(seeded: Path, tmp_path: Path) -> None:
    ws = copy_of(seeded, tmp_path)
    book = tmp_path / "kandora.xlsx"
    assert tp("export", "Kandora (template)", str(book), "--workspace", str(ws)).returncode == 0
    assert tp("import", str(book), "--replace", "--workspace", str(ws)).returncode == 0
    listing = json.loads(tp("backups", "--workspace", str(ws), "--format", "json").stdout)
    assert listing, "replacing a plan takes a backup first"
    before_replace = Path(listing[0]["path"])
    assert before_replace.is_file() and "replacing" in listing[0]["reason"]
    # the workspace changes after the backup, then the backup is restored
    assert tp("import", str(book), "--name", "Scratch", "--workspace", str(ws)).returncode == 0
    assert "Scratch" in tp("plans", "--workspace", str(ws)).stdout.split("\n")
    restored = tp("restore", str(before_replace), "--workspace", str(ws))
    assert restored.returncode == 0, restored.stderr
    assert "Scratch" not in tp("plans", "--workspace", str(ws)).stdout.split("\n")
    after = json.loads(tp("backups", "--workspace", str(ws), "--format", "json").stdout)
    assert any("restore" in b["reason"] for b in after), "the state before restoring is kept"
    missing = tp("restore", str(tmp_path / "nope.tpw"), "--workspace", str(ws))
    assert missing.returncode == 2


def test_export_judges_the_gaps_sheet_as_of_the_day_asked(seeded: Path, tmp_path: Path) -> None:
    """`export --as-of` writes the Gaps sheet the gaps panel and `check --as-of` show: an item
    due 30 Jun 2026 and still planned is overdue on 1 Dec 2026, not on 1 Jan 2026."""

    def gaps_text(day: str) -> str:
        book = tmp_path / f"kandora-{day}.xlsx"
        result = tp(
            "--workspace", str(seeded), "export", "Kandora (template)", str(book), "--as-of", day
        )
        assert result.returncode == 0, result.stderr
        sheet = openpyxl.load_workbook(book, read_only=True)["Gaps"]
        return "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)

    before, after = gaps_text("2026-01-01"), gaps_text("2026-12-01")
    assert "Reintegration caseload" in after and "still Planned" in after
    assert "still Planned on 1 Jan 2026" not in before
    checked = tp(
        "--workspace",
        str(seeded),
        "check",
        "Kandora (template)",
        "--format",
        "json",
        "--as-of",
        "2026-12-01",
    )
    overdue = [f for f in json.loads(checked.stdout)["gaps"] if f["rule"] == "handover_overdue"]
    assert overdue and all(f["detail"].split(",")[0] in after for f in overdue)
