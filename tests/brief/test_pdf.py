"""The brief as a person's tools read it: `transition-planner brief` run as a subprocess on real
workspace files, the PDF read back with poppler (pdfinfo, pdftotext, pdffonts)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from transition_planner.brief import brief_pdf
from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import (
    ActorType,
    FundingKind,
    FundingLineStatus,
    HandoverKind,
    HandoverStatus,
    MilestoneKind,
    PresenceKind,
    Priority,
)
from transition_planner.domain.model import (
    Actor,
    Assignment,
    Function,
    FundingLine,
    Handover,
    Milestone,
    Plan,
    Presence,
)
from transition_planner.i18n import catalogue_path
from transition_planner.services import PlanningService

TEMPLATE = "Kandora (template)"
AS_OF = "2026-12-01"
A4_POINTS = (595.276, 841.89)

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdfinfo", "pdftotext", "pdffonts")),
    reason="needs poppler-utils (scripts/bootstrap.py installs it)",
)


def tp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "transition_planner", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=180,
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("brief") / "plans.tpw"
    result = tp("examples", "--workspace", str(ws))
    assert result.returncode == 0, result.stderr
    return ws


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.stdout.splitlines())
    }


def pdf_text(path: Path) -> str:
    """The PDF's text in the order it was written, blanks and line ends folded to one space."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(out.stdout.split())


def page_count_and_size(path: Path) -> tuple[int, tuple[float, float]]:
    info = pdfinfo(path)
    size = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"])
    assert size is not None, info["Page size"]
    return int(info["Pages"]), (float(size.group(1)), float(size.group(2)))


def assert_a4_brief(path: Path) -> None:
    pages, size = page_count_and_size(path)
    assert 1 <= pages <= 2
    assert size == pytest.approx(A4_POINTS, abs=0.5)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, "the brief has text in fonts"
    for row in rows:
        # name, type …, then the "emb sub uni" flags: every font embedded
        flags = row.split()[-5:-2]
        assert flags[0] == "yes", f"font not embedded: {row}"


def check_json(workspace: Path, plan: str) -> dict[str, object]:
    result = tp("check", plan, "--workspace", str(workspace), "--format", "json", "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_brief_of_a_plan_with_a_handover_register(workspace: Path, tmp_path: Path) -> None:
    target = tmp_path / "kandora.pdf"
    result = tp("brief", TEMPLATE, str(target), "--workspace", str(workspace), "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    assert_a4_brief(target)
    assert [p.name for p in tmp_path.iterdir()] == ["kandora.pdf"]  # no temporary file left
    text = pdf_text(target)
    assert TEMPLATE in text
    assert "1 Dec 2026" in text
    gaps = check_json(workspace, TEMPLATE)["gaps"]
    assert isinstance(gaps, list)
    # the top risks: every critical finding is told, under its function
    critical_functions = {g["function"] for g in gaps if g["severity"] == "critical"}
    assert critical_functions - {None}
    for function in critical_functions - {None}:
        assert function in text, function
    # the handovers that need action: overdue and without receiver, with their owners
    needing = [g for g in gaps if g["rule"] in ("handover_overdue", "handover_unassigned")]
    assert needing
    for g in needing:
        assert g["item"] in text, g["item"]
        if g.get("owner"):
            assert g["owner"] in text
    # funding by year and kind, and the timeline
    assert "Funding by year and kind" in text
    assert "Peacebuilding Fund" in text
    assert "Timeline" in text
    info = pdfinfo(target)
    assert info["Title"] == f"Transition brief: {TEMPLATE}"


@pytest.mark.parametrize("plan", ["Haiti", "Sudan"])
def test_briefs_of_the_other_examples(workspace: Path, tmp_path: Path, plan: str) -> None:
    target = tmp_path / f"{plan}.pdf"
    result = tp("brief", plan, str(target), "--workspace", str(workspace), "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    assert_a4_brief(target)
    text = pdf_text(target)
    assert plan in text
    # headquarters lead under the names of the day
    assert "DPKO" in text
    assert "No handover is overdue, without a receiver or due in the next 90 days." in text


def test_the_same_brief_twice_is_the_same_file(workspace: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for target in (first, second):
        args = ("brief", "Haiti", str(target), "--workspace", str(workspace), "--as-of", AS_OF)
        assert tp(*args).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_unknown_plan_exits_2_and_writes_nothing(workspace: Path, tmp_path: Path) -> None:
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"an earlier brief")
    for target in (tmp_path / "new.pdf", kept):
        result = tp("brief", "Atlantis", str(target), "--workspace", str(workspace))
        assert result.returncode == 2
        assert "Atlantis" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf"]
    assert kept.read_bytes() == b"an earlier brief"


def test_bad_targets_exit_2_and_leave_no_temporary_file(workspace: Path, tmp_path: Path) -> None:
    result = tp("brief", "Haiti", str(tmp_path / "brief.txt"), "--workspace", str(workspace))
    assert result.returncode == 2 and ".pdf" in result.stderr
    missing = tmp_path / "no such folder" / "brief.pdf"
    result = tp("brief", "Haiti", str(missing), "--workspace", str(workspace))
    assert result.returncode == 2 and "no such folder" in result.stderr
    # the rename onto a folder fails after the PDF was made: the temporary file goes
    (tmp_path / "taken.pdf").mkdir()
    result = tp("brief", "Haiti", str(tmp_path / "taken.pdf"), "--workspace", str(workspace))
    assert result.returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf"]
    assert not list((tmp_path / "taken.pdf").iterdir())


def test_french_is_refused_clearly_until_its_catalogue_exists(
    workspace: Path, tmp_path: Path
) -> None:
    target = tmp_path / "fr.pdf"
    result = tp("brief", "Haiti", str(target), "--workspace", str(workspace), "--language", "fr")
    if catalogue_path("fr").is_file():
        assert result.returncode == 0, result.stderr
        assert_a4_brief(target)
    else:
        assert result.returncode == 2
        assert "French is not available in this build yet" in result.stderr
        assert not target.exists()


def test_the_brief_is_written_without_qt(workspace: Path, tmp_path: Path) -> None:
    target = tmp_path / "noqt.pdf"
    code = textwrap.dedent(
        f"""
        import sys
        for name in ("PySide6", "shiboken6"):
            sys.modules[name] = None  # any import of Qt now fails
        from transition_planner.cli import main
        code = main(["brief", "Sudan", {str(target)!r}, "--workspace", {str(workspace)!r}])
        print(code, [m for m in sys.modules if m.startswith("matplotlib.backends.backend_qt")])
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("0 []")
    assert_a4_brief(target)


def crowded_plan() -> Plan:
    """Everything a brief could be asked to hold, in excess: a long description, dozens of
    presences, long names, a hundred handovers needing action, forty years of funding."""
    h0, h1 = date(2000, 1, 1), date(2039, 12, 31)
    long = "Security Council resolution " * 6
    presences = tuple(
        Presence(
            name=f"Presence {k} {long}"[:150],
            kind=list(PresenceKind)[k % 5],
            start=h0 + timedelta(days=300 * k),
            end=h0 + timedelta(days=300 * k + 400),
        )
        for k in range(40)
    )
    actors = tuple(
        Actor(name=f"Actor {k} with a long name {long}"[:120], type=ActorType.MISSION)
        for k in range(30)
    )
    functions = tuple(
        Function(name=f"Function {k}: {long}"[:100], priority=list(Priority)[k % 4])
        for k in range(40)
    )
    assignments = tuple(
        Assignment(
            function_id=f.id,
            actor_id=actors[(k + j) % 30].id,
            start=h0 + timedelta(days=900 * j),
            end=h0 + timedelta(days=900 * j + 700),
            capacity=float(1000 // (j + 1)),
        )
        for k, f in enumerate(functions)
        for j in range(16)
    )
    handovers = tuple(
        Handover(
            item=f"Item {k}: {long}"[:200],
            kind=HandoverKind.RECORDS,
            from_actor_id=actors[k % 30].id,
            to_actor_id=None,
            due=date(2020, 1, 1) + timedelta(days=30 * k),
            status=HandoverStatus.BLOCKED,
            owner=f"Owner {k} {long}"[:90],
            function_id=functions[k % 40].id,
            area="Province " * 10,
        )
        for k in range(100)
    )
    funding = tuple(
        FundingLine(
            source="Donor",
            kind=list(FundingKind)[k % 7],
            year=2000 + k % 40,
            amount=1_000_000.0 * (k + 1),
            status=list(FundingLineStatus)[k % 3],
        )
        for k in range(280)
    )
    milestones = tuple(
        Milestone(name=f"Milestone {k} {long}", date=h0 + timedelta(days=200 * k), kind=kind)
        for k, kind in enumerate([*MilestoneKind] * 10)
    )
    return Plan(
        name="Crowded " + "very long plan name " * 4,
        country="Somewhere",
        region="Africa II",
        description="\n\n".join(
            f"Paragraph {k}. " + "The mission draws down while the country team grows. " * 30
            for k in range(12)
        ),
        horizon_start=h0,
        horizon_end=h1,
        presences=presences,
        actors=actors,
        functions=functions,
        assignments=assignments,
        milestones=milestones,
        handovers=handovers,
        funding_lines=funding,
    )


def test_a_crowded_plan_still_fits_two_pages(tmp_path: Path) -> None:
    plan = crowded_plan()
    as_of = date(2030, 6, 1)
    target = tmp_path / "crowded.pdf"
    target.write_bytes(brief_pdf(plan, analyse(plan, as_of), as_of))
    assert_a4_brief(target)
    text = pdf_text(target)
    assert "The full description is in the plan's Summary." in text
    assert "more handovers that need action" in text
    assert "years with funding lines not shown" in text


def test_a_bare_plan_has_a_one_page_brief(tmp_path: Path) -> None:
    with PlanningService.open(tmp_path / "bare.tpw", create=True) as service:
        plan = service.new_plan("Bare")
    bare = replace(plan, description="")
    target = tmp_path / "bare.pdf"
    target.write_bytes(brief_pdf(bare, analyse(bare, date(2030, 1, 1)), date(2030, 1, 1)))
    assert_a4_brief(target)
    text = pdf_text(target)
    assert "The plan has no presences." in text
    assert "The plan has no handover register yet." in text
    assert "Funding by year and kind" not in text
