"""validate_plan reports every problem at once, each with its entity, field and message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from transition_planner.domain.enums import ActorType, PresenceKind, Priority
from transition_planner.domain.model import (
    Actor,
    Assignment,
    Function,
    Milestone,
    Plan,
    Presence,
)
from transition_planner.domain.validation import (
    MAX_TEXT,
    PlanInvalid,
    Problem,
    ensure_valid,
    validate_plan,
)
from transition_planner.workbook.examples import example_plans


def base_plan() -> Plan:
    return Plan(
        name="Valid",
        horizon_start=date(2020, 1, 1),
        horizon_end=date(2022, 12, 31),
        presences=(Presence(name="M", kind=PresenceKind.PKO, start=date(2019, 1, 1), id="p"),),
        actors=(Actor(name="Police", type=ActorType.MISSION, presence_id="p", id="a"),),
        functions=(Function(name="Police support", priority=Priority.HIGH, id="f"),),
        assignments=(
            Assignment(function_id="f", actor_id="a", start=date(2020, 1, 1), capacity=10, id="s"),
        ),
        milestones=(Milestone(name="Vote", date=date(2021, 1, 1), id="m"),),
    )


def only(problems: list[Problem]) -> tuple[str, int | None, str, str]:
    assert len(problems) == 1, problems
    p = problems[0]
    return (p.entity, p.index, p.field, p.message)


def test_valid_plans_have_no_problems() -> None:
    assert validate_plan(base_plan()) == []
    for plan in example_plans():
        assert validate_plan(plan) == [], plan.name
    plan = base_plan()
    assert ensure_valid(plan) is plan


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"name": "  "}, ("Plan", None, "name", "a plan needs a name")),
        (
            {"horizon_end": date(2019, 1, 1)},
            ("Plan", None, "horizon_end", "horizon end is before horizon start"),
        ),
        (
            {"min_overlap_days": -1},
            ("Plan", None, "min_overlap_days", "minimum overlap cannot be negative"),
        ),
        (
            {"cliff_threshold": 1.5},
            ("Plan", None, "cliff_threshold", "cliff threshold must be between 0 and 1"),
        ),
        (
            {"cliff_threshold": float("nan")},
            ("Plan", None, "cliff_threshold", "cliff threshold must be between 0 and 1"),
        ),
    ],
)
def test_plan_setting_problems(change: dict[str, object], expected: tuple[object, ...]) -> None:
    assert only(validate_plan(replace(base_plan(), **change))) == expected  # type: ignore[arg-type]


def test_entity_problems() -> None:
    plan = base_plan()
    bad_presence = replace(plan.presences[0], end=date(2018, 1, 1))
    assert only(validate_plan(replace(plan, presences=(bad_presence,)))) == (
        "Presence",
        0,
        "end",
        "end is before start",
    )
    orphan = replace(plan.actors[0], presence_id="nowhere")
    assert only(validate_plan(replace(plan, actors=(orphan,)))) == (
        "Actor",
        0,
        "presence_id",
        "unknown presence",
    )
    backwards = replace(
        plan.functions[0], required_from=date(2021, 1, 1), required_until=date(2020, 1, 1)
    )
    assert only(validate_plan(replace(plan, functions=(backwards,)))) == (
        "Function",
        0,
        "required_until",
        "required until is before required from",
    )
    s = plan.assignments[0]
    cases = [
        (replace(s, function_id="x"), "function_id", "unknown function"),
        (replace(s, actor_id="x"), "actor_id", "unknown actor"),
        (replace(s, end=date(2019, 1, 1)), "end", "end is before start"),
        (replace(s, capacity=-1), "capacity", "capacity must be a number of at least 0"),
        (replace(s, capacity=float("inf")), "capacity", "capacity must be a number of at least 0"),
    ]
    for assignment, field, message in cases:
        problems = validate_plan(replace(plan, assignments=(assignment,)))
        assert only(problems) == ("Assignment", 0, field, message)


def test_names_are_required_and_unique_case_insensitively() -> None:
    plan = base_plan()
    twin = Actor(name=" police ", type=ActorType.OTHER, id="b")
    nameless = Actor(name="", type=ActorType.OTHER, id="c")
    problems = validate_plan(replace(plan, actors=(*plan.actors, twin, nameless)))
    assert [(p.entity, p.index, p.field, p.message) for p in problems] == [
        ("Actor", 1, "name", "duplicate name ' police '"),
        ("Actor", 2, "name", "a name is required"),
    ]
    # milestones may share a name (two elections), but need one
    twice = (*plan.milestones, Milestone(name="Vote", date=date(2022, 1, 1), id="m2"))
    assert validate_plan(replace(plan, milestones=twice)) == []
    blank = (Milestone(name=" ", date=date(2022, 1, 1), id="m3"),)
    assert only(validate_plan(replace(plan, milestones=blank)))[2:] == (
        "name",
        "a name is required",
    )


def test_text_longer_than_a_spreadsheet_cell_is_a_problem() -> None:
    plan = base_plan()
    long = "x" * (MAX_TEXT + 1)
    problem = only(validate_plan(replace(plan, description=long)))
    assert problem[:3] == ("Plan", None, "description")
    assert "32,768 characters long" in problem[3]
    notes = replace(plan.assignments[0], notes=long)
    assert only(validate_plan(replace(plan, assignments=(notes,))))[:3] == (
        "Assignment",
        0,
        "notes",
    )
    assert validate_plan(replace(plan, description="x" * MAX_TEXT)) == []


def test_every_problem_is_reported_at_once_and_reads_well() -> None:
    plan = base_plan()
    broken = replace(
        plan,
        horizon_end=date(2019, 1, 1),
        assignments=(replace(plan.assignments[0], function_id="x", actor_id="y"),),
    )
    problems = validate_plan(broken)
    assert [p.field for p in problems] == ["horizon_end", "function_id", "actor_id"]
    assert str(problems[1]) == "Assignment 1 (? by ?), Function: unknown function"
    with pytest.raises(PlanInvalid) as raised:
        ensure_valid(broken)
    assert raised.value.problems == problems
    assert "unknown actor" in str(raised.value)


def test_dates_are_bounded_to_a_sane_range() -> None:
    """A horizon ending 9999-12-31 was accepted and then broke exports and charts (issue 15)."""
    plan = base_plan()
    far = replace(plan, horizon_end=date(9999, 12, 31))
    (problem,) = validate_plan(far)
    assert (problem.field, problem.message) == (
        "horizon_end",
        "9999-12-31 is out of range: dates go from 1 Jan 1945 to 31 Dec 2100",
    )
    early = replace(plan, assignments=(replace(plan.assignments[0], start=date(1900, 1, 1)),))
    assert [p.field for p in validate_plan(early)] == ["start"]
    assert validate_plan(replace(plan, horizon_end=date(2100, 12, 31))) == []


def test_names_are_compared_nfc_normalised_and_case_folded() -> None:
    """Two actors named "Café", typed with a precomposed é and with e + combining accent, are
    one name (issue 15)."""
    plan = base_plan()
    first = replace(plan.actors[0], name="Caf\u00e9")
    second = replace(plan.actors[0], name="CAFE\u0301", id="other")
    problems = validate_plan(replace(plan, actors=(first, second, *plan.actors[1:])))
    assert [(p.entity, p.index, p.field) for p in problems] == [("Actor", 1, "name")]
