"""Two options side by side (SPEC §4 `compare`): scores, their difference, findings matched by
(rule, function, start, end), on a real workspace file."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.domain.findings import Analysis, Finding
from transition_planner.domain.model import Plan, with_new_ids
from transition_planner.services import PlanningService
from transition_planner.services.compare import compare_analyses, compare_plans, match_key
from transition_planner.workbook.examples import haiti_plan, template_plan

AS_OF = date(2026, 12, 1)


def option_b(plan: Plan) -> Plan:
    """The planner's "Option B": a 30-day minimum overlap, and one assignment dropped."""
    copy = with_new_ids(plan, name=f"{plan.name} option B")
    return replace(copy, min_overlap_days=30, assignments=copy.assignments[1:])


def keys(findings: tuple[Finding, ...] | list[Finding]) -> Counter[tuple[object, ...]]:
    return Counter(match_key(f) for f in findings)


def test_a_plan_compared_with_itself_differs_in_nothing() -> None:
    plan = template_plan()
    analysis = analyse(plan, AS_OF)
    result = compare_analyses(plan, analysis, plan, analysis)
    assert result.only_a == () and result.only_b == ()
    assert [a for a, _ in result.both] == list(analysis.findings)
    assert result.score_delta == 0.0


def test_findings_split_into_only_a_only_b_and_both() -> None:
    a = template_plan()
    b = option_b(a)
    analysis_a, analysis_b = analyse(a, AS_OF), analyse(b, AS_OF)
    result = compare_analyses(a, analysis_a, b, analysis_b)
    ka, kb = keys(analysis_a.findings), keys(analysis_b.findings)
    assert keys(result.only_a) == ka - kb
    assert keys(result.only_b) == kb - ka
    assert keys([fa for fa, _ in result.both]) == ka & kb
    assert result.only_a and result.only_b and result.both
    # every finding of each plan is told once
    assert len(result.only_a) + len(result.both) == len(analysis_a.findings)
    assert len(result.only_b) + len(result.both) == len(analysis_b.findings)
    for fa, fb in result.both:
        assert match_key(fa) == match_key(fb)
    # the cold handovers with less than 90 but at least 30 days of overlap are only in A
    assert any(f.rule == "cold_handover" for f in result.only_a)


def test_score_delta_is_b_minus_a_to_one_decimal() -> None:
    a = haiti_plan()
    b = replace(with_new_ids(a, name="Haiti without police"), assignments=a.assignments[:10])
    result = compare_analyses(a, analyse(a, AS_OF), b, analyse(b, AS_OF))
    assert result.score_a is not None and result.score_b is not None
    assert result.score_delta == round(result.score_b - result.score_a, 1)
    assert str(result.score_delta) == str(round(result.score_b - result.score_a, 1))
    data = result.to_json()
    assert list(data) == ["a", "b", "score_a", "score_b", "score_delta", "only_a", "only_b", "both"]
    assert data["a"] == "Haiti" and data["b"] == "Haiti without police"


def test_no_score_gives_no_delta() -> None:
    empty = Plan(name="Empty", horizon_start=date(2030, 1, 1), horizon_end=date(2030, 12, 31))
    nothing = Analysis(findings=(), continuity_score=None)
    plan = template_plan()
    result = compare_analyses(empty, nothing, plan, analyse(plan, AS_OF))
    assert result.score_a is None and result.score_delta is None
    assert result.only_a == () and len(result.only_b) == len(analyse(plan, AS_OF).findings)


def test_duplicated_keys_are_matched_one_to_one() -> None:
    plan = template_plan()
    finding = analyse(plan, AS_OF).findings[0]
    twin = replace(finding, detail="the same finding, told again")
    a = Analysis(findings=(finding, twin), continuity_score=50.0)
    b = Analysis(findings=(finding,), continuity_score=60.0)
    result = compare_analyses(plan, a, plan, b)
    assert [fa for fa, _ in result.both] == [finding]
    assert result.only_a == (twin,)
    assert result.only_b == ()


@pytest.fixture
def service(tmp_path: Path):
    svc = PlanningService.open(tmp_path / "options.tpw", create=True)
    yield svc
    svc.close()


def test_compare_plans_of_a_workspace(service: PlanningService) -> None:
    a = template_plan()
    b = option_b(a)
    service.create_plan(a)
    service.create_plan(b)
    result = compare_plans(service, a.id, b.id, AS_OF)
    assert result.a.name == a.name and result.b.name == b.name
    assert result.analysis_a.as_of == AS_OF == result.analysis_b.as_of
    expected = compare_analyses(a, analyse(a, AS_OF), b, analyse(b, AS_OF))
    assert result.to_json() == expected.to_json()
