"""`compare` and `portfolio` run as real subprocesses on a real workspace file, read against
`check --format json` (SPEC §4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from transition_planner.domain.model import with_new_ids
from transition_planner.services import PlanningService
from transition_planner.workbook.examples import example_plans, template_plan

AS_OF = "2026-12-01"
OPTION_B = "Kandora option B: 30-day overlap"


def tp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "transition_planner", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples, an option of the template, and a plan of no region."""
    path = tmp_path_factory.mktemp("options") / "plans.tpw"
    with PlanningService.open(path, create=True) as service:
        for plan in example_plans():
            service.create_plan(plan)
        option = with_new_ids(template_plan(), name=OPTION_B)
        service.create_plan(
            replace(option, min_overlap_days=30, assignments=option.assignments[2:])
        )
        nowhere = with_new_ids(template_plan(), name="Unfiled")
        service.create_plan(replace(nowhere, region="", country=""))
    return path


def json_of(*args: str) -> Any:
    result = tp(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def check(workspace: Path, plan: str) -> dict[str, Any]:
    data: dict[str, Any] = json_of(
        "check", plan, "--workspace", str(workspace), "--format", "json", "--as-of", AS_OF
    )
    return data


def key(finding: dict[str, Any]) -> tuple[Any, ...]:
    return (finding["rule"], finding["function"], finding["start"], finding["end"])


def test_compare_json_is_the_set_difference_of_two_checks(workspace: Path) -> None:
    a_name = "Kandora (template)"
    data = json_of(
        "compare", a_name, OPTION_B, "--workspace", str(workspace), "--format", "json",
        "--as-of", AS_OF,
    )  # fmt: skip
    assert list(data) == ["a", "b", "score_a", "score_b", "score_delta", "only_a", "only_b", "both"]
    a, b = check(workspace, a_name), check(workspace, OPTION_B)
    assert (data["a"], data["b"]) == (a_name, OPTION_B)
    assert data["score_a"] == a["continuity_score"]
    assert data["score_b"] == b["continuity_score"]
    assert data["score_delta"] == round(b["continuity_score"] - a["continuity_score"], 1)
    ka = Counter(key(f) for f in a["gaps"])
    kb = Counter(key(f) for f in b["gaps"])
    assert Counter(key(f) for f in data["only_a"]) == ka - kb
    assert Counter(key(f) for f in data["only_b"]) == kb - ka
    assert Counter(key(f) for f in data["both"]) == ka & kb
    assert data["only_a"] and data["only_b"] and data["both"]
    # each finding as `check` prints it: only_a and both from A, only_b from B
    for f in data["only_a"] + data["both"]:
        assert f in a["gaps"]
    for f in data["only_b"]:
        assert f in b["gaps"]


def test_compare_text_and_errors(workspace: Path) -> None:
    result = tp("compare", "Haiti", "Sudan", "--workspace", str(workspace), "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("A: Haiti  continuity score ")
    assert lines[1].startswith("B: Sudan  continuity score ")
    assert lines[2].startswith("Score difference (B - A): ")
    assert any(line.startswith("Only in A (") for line in lines)
    assert any(line.startswith("In both (") for line in lines)
    result = tp("compare", "Haiti", "Atlantis", "--workspace", str(workspace))
    assert result.returncode == 2
    assert "Atlantis" in result.stderr and not result.stdout


def test_portfolio_json_agrees_with_check(workspace: Path) -> None:
    rows = json_of("portfolio", "--workspace", str(workspace), "--format", "json", "--as-of", AS_OF)
    names = [r["plan"] for r in rows]
    assert sorted(names) == sorted(["Kandora (template)", OPTION_B, "Haiti", "Sudan", "Unfiled"])
    # by region then country; a plan without region last
    assert [(r["region"], r["country"]) for r in rows] == sorted(
        [(r["region"], r["country"]) for r in rows], key=lambda rc: (not rc[0], rc[0], rc[1])
    )
    assert rows[-1]["plan"] == "Unfiled"
    for row in rows:
        report = check(workspace, row["plan"])
        assert row["continuity_score"] == report["continuity_score"]
        severities = ("critical", "high", "medium", "low", "info")
        assert row["counts"] == {
            s: sum(1 for g in report["gaps"] if g["severity"] == s) for s in severities
        }
        assert set(row) >= {"country", "region", "presences", "next_milestone", "headquarters"}
        milestone = row["next_milestone"]
        assert milestone is None or milestone["date"] > AS_OF
    haiti = next(r for r in rows if r["plan"] == "Haiti")
    assert haiti["presences"]["SPM"] == "BINUH"
    assert haiti["headquarters"]["name"] == "DPPA"


def test_portfolio_region_filters(workspace: Path) -> None:
    rows = json_of(
        "portfolio", "--workspace", str(workspace), "--format", "json", "--region", "africa i",
        "--as-of", AS_OF,
    )  # fmt: skip
    assert [r["plan"] for r in rows] == ["Kandora (template)", OPTION_B]
    assert {r["region"] for r in rows} == {"Africa I"}
    result = tp("portfolio", "--workspace", str(workspace), "--region", "Americas")
    assert result.returncode == 0, result.stderr
    header, *body = result.stdout.splitlines()
    assert header.split()[:4] == ["Region", "Country", "Plan", "Score"]
    assert len(body) == 1 and "Haiti" in body[0]
    result = tp("portfolio", "--workspace", str(workspace), "--region", "Europe")
    assert result.returncode == 0 and "No plans in region 'Europe'." in result.stdout


def test_portfolio_of_a_missing_workspace_exits_2(tmp_path: Path) -> None:
    result = tp("portfolio", "--workspace", str(tmp_path / "none.tpw"))
    assert result.returncode == 2
    assert not (tmp_path / "none.tpw").exists()
