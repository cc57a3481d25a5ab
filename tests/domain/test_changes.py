"""Changes: diff_plans, apply_change, inverted (undo), describe_change, cascading removal."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transition_planner.domain.changes import (
    ChangeConflict,
    EntityChange,
    FieldChange,
    PlanChange,
    add_entities,
    apply_change,
    describe_change,
    diff_plans,
    remove_entities,
    set_fields,
    settings_change,
)
from transition_planner.domain.enums import (
    ActorType,
    FundingKind,
    FundingLineStatus,
    FundingStatus,
    HandoverKind,
    HandoverStatus,
    PresenceKind,
    Priority,
)
from transition_planner.domain.model import (
    COLLECTION,
    ENTITY_TYPES,
    Actor,
    Assignment,
    Entity,
    Function,
    FundingLine,
    Handover,
    Milestone,
    Plan,
    Presence,
)
from transition_planner.workbook.examples import haiti_plan

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "300"))
D0 = date(2020, 1, 1)


def by_id(plan: Plan) -> dict[str, dict[str, Entity]]:
    """The plan's entities per collection, keyed by id (order aside)."""
    return {COLLECTION[cls]: {e.id: e for e in plan.entities(cls)} for cls in ENTITY_TYPES}


def small_plan() -> Plan:
    return Plan(
        name="Small",
        horizon_start=D0,
        horizon_end=D0 + timedelta(days=365),
        presences=(Presence(name="M", kind=PresenceKind.PKO, start=D0, id="p"),),
        actors=(
            Actor(name="Police", type=ActorType.MISSION, presence_id="p", id="a1"),
            Actor(name="UNDP", type=ActorType.UN_ENTITY, id="a2"),
        ),
        functions=(
            Function(name="Police support", priority=Priority.HIGH, id="f1"),
            Function(name="Elections", priority=Priority.LOW, id="f2"),
        ),
        assignments=(
            Assignment(function_id="f1", actor_id="a1", start=D0, capacity=100, id="s1"),
            Assignment(function_id="f2", actor_id="a2", start=D0, id="s2"),
            Assignment(function_id="f1", actor_id="a2", start=D0, id="s3"),
        ),
    )


# -- worked examples -------------------------------------------------------------------------


def test_diff_of_identical_plans_is_empty() -> None:
    plan = haiti_plan()
    change = diff_plans(plan, plan)
    assert change.is_empty()
    assert apply_change(plan, change) == plan


def test_diff_reports_added_changed_and_removed_and_applies() -> None:
    old = small_plan()
    new = replace(
        old,
        min_overlap_days=60,
        actors=(replace(old.actors[0], name="UNPOL"), old.actors[1]),
        assignments=(
            old.assignments[0],
            old.assignments[2],
            Assignment(function_id="f2", actor_id="a1", start=D0, id="s4"),
        ),
    )
    change = diff_plans(old, new)
    assert change.settings == (FieldChange("min_overlap_days", 90, 60),)
    assert [(e.kind, e.entity_id) for e in change.entities] == [
        ("removed", "s2"),
        ("changed", "a1"),
        ("added", "s4"),
    ]
    assert change.entities[1].fields == (FieldChange("name", "Police", "UNPOL"),)
    assert change.counts() == {"added": 1, "changed": 1, "removed": 1}
    assert apply_change(old, change) == new
    assert apply_change(new, change.inverted()) == old
    assert describe_change(old, new, change) == [
        "Plan: Minimum overlap (days) 90 → 60",
        "Assignment removed: Elections by UNDP from 1 Jan 2020",
        "Actor changed: Police: Name Police → UNPOL",
        "Assignment added: Elections by UNPOL from 1 Jan 2020",
    ]


def test_removals_go_dependants_first() -> None:
    old = small_plan()
    new = replace(old, functions=old.functions[1:], assignments=(old.assignments[1],))
    change = diff_plans(old, new)
    kinds = [(e.kind, type(e.entity).__name__) for e in change.entities]
    assert kinds == [("removed", "Assignment"), ("removed", "Assignment"), ("removed", "Function")]
    assert apply_change(old, change) == new
    assert apply_change(new, change.inverted()) == old


def test_apply_change_refuses_changes_that_do_not_fit() -> None:
    plan = small_plan()
    duplicate = add_entities([plan.actors[0]])
    with pytest.raises(ChangeConflict, match="already exists"):
        apply_change(plan, duplicate)
    ghost = Actor(name="Ghost", type=ActorType.OTHER, id="ghost")
    with pytest.raises(ChangeConflict, match="does not exist"):
        apply_change(plan, PlanChange((), (EntityChange("removed", ghost, None),)))
    with pytest.raises(ChangeConflict, match="not a plan setting"):
        apply_change(plan, PlanChange((FieldChange("presences", (), ()),)))


def test_set_fields_and_settings_change() -> None:
    plan = small_plan()
    assert set_fields(plan, plan.actors[0], name="Police").is_empty()
    change = set_fields(
        plan, plan.assignments[0], capacity=50.0, funding_status=FundingStatus.UNFUNDED
    )
    after = apply_change(plan, change)
    assert after.assignments[0].capacity == 50.0
    assert describe_change(plan, after, change) == [
        "Assignment changed: Police support by Police from 1 Jan 2020:"
        " Capacity 100 → 50, Funding status (blank) → Unfunded"
    ]
    renamed = settings_change(plan, name="Renamed", country=plan.country)
    assert renamed.settings == (FieldChange("name", "Small", "Renamed"),)
    assert apply_change(plan, renamed).name == "Renamed"


def test_remove_entities_cascades_and_undo_restores_order() -> None:
    plan = small_plan()
    change = remove_entities(plan, [plan.functions[0], plan.presences[0]])
    after = apply_change(plan, change)
    assert [s.id for s in after.assignments] == ["s2"]  # the function's assignments went too
    assert after.actors[0].presence_id is None  # detached from the removed presence
    assert after.presences == () and [f.id for f in after.functions] == ["f2"]
    assert apply_change(after, change.inverted()) == plan


def test_subset_and_by_type() -> None:
    old = small_plan()
    new = replace(old, actors=(replace(old.actors[0], name="UNPOL"), old.actors[1]), name="New")
    change = diff_plans(old, new)
    assert [e.entity_id for e in change.by_type(Actor)] == ["a1"]
    assert change.touched_types() == {Actor}
    only_settings = change.subset([], settings=True)
    assert apply_change(old, only_settings).name == "New"
    assert apply_change(old, only_settings).actors == old.actors
    only_entities = change.subset([0], settings=False)
    assert apply_change(old, only_entities) == replace(new, name="Small")


# -- properties ------------------------------------------------------------------------------

days = st.integers(min_value=0, max_value=400).map(lambda n: D0 + timedelta(days=n))
names = st.sampled_from(["Alpha", "Bravo", "Charlie", "Delta", "Echo"])


def entity_strategy(cls: type[Entity], eid: str) -> st.SearchStrategy[Entity]:
    if cls is Presence:
        return st.builds(
            Presence,
            name=names,
            kind=st.sampled_from(list(PresenceKind)),
            start=days,
            end=st.one_of(st.none(), days),
            id=st.just(eid),
        )
    if cls is Actor:
        return st.builds(
            Actor,
            name=names,
            type=st.sampled_from(list(ActorType)),
            presence_id=st.one_of(st.none(), st.just("P0")),
            id=st.just(eid),
        )
    if cls is Function:
        return st.builds(
            Function,
            name=names,
            priority=st.sampled_from(list(Priority)),
            required_from=st.one_of(st.none(), days),
            id=st.just(eid),
        )
    if cls is Assignment:
        return st.builds(
            Assignment,
            function_id=st.just("F0"),
            actor_id=st.just("A0"),
            start=days,
            end=st.one_of(st.none(), days),
            capacity=st.one_of(st.none(), st.integers(0, 100).map(float)),
            funding_status=st.one_of(st.none(), st.sampled_from(list(FundingStatus))),
            id=st.just(eid),
        )
    if cls is Handover:
        return st.builds(
            Handover,
            item=names,
            kind=st.sampled_from(list(HandoverKind)),
            from_actor_id=st.just("A0"),
            to_actor_id=st.one_of(st.none(), st.just("A1")),
            due=days,
            status=st.sampled_from(list(HandoverStatus)),
            owner=st.sampled_from(["", "Chief of staff"]),
            id=st.just(eid),
        )
    if cls is FundingLine:
        return st.builds(
            FundingLine,
            source=names,
            kind=st.sampled_from(list(FundingKind)),
            year=st.integers(2020, 2022),
            amount=st.integers(0, 10**9).map(float),
            status=st.sampled_from(list(FundingLineStatus)),
            id=st.just(eid),
        )
    return st.builds(Milestone, name=names, date=days, id=st.just(eid))


@st.composite
def plan_pairs(draw: st.DrawFn) -> tuple[Plan, Plan, bool]:
    """An old plan and a new one made from it by removals, edits and additions.

    The third value says whether every addition went at the end of its collection (then the
    new plan is reproduced exactly, order included).
    """
    old_parts: dict[str, tuple[Entity, ...]] = {}
    new_parts: dict[str, tuple[Entity, ...]] = {}
    appended_only = True
    for cls in ENTITY_TYPES:
        prefix = cls.__name__
        count = draw(st.integers(min_value=0, max_value=4))
        olds = [draw(entity_strategy(cls, f"{prefix}{i}")) for i in range(count)]
        news: list[Entity] = []
        for e in olds:
            action = draw(st.sampled_from(["keep", "edit", "remove"]))
            if action == "keep":
                news.append(e)
            elif action == "edit":
                news.append(draw(entity_strategy(cls, e.id)))
        for j in range(draw(st.integers(min_value=0, max_value=2))):
            added = draw(entity_strategy(cls, f"{prefix}new{j}"))
            at = draw(st.integers(min_value=0, max_value=len(news)))
            if at != len(news):
                appended_only = False
            news.insert(at, added)
        old_parts[COLLECTION[cls]] = tuple(olds)
        new_parts[COLLECTION[cls]] = tuple(news)
    old = Plan(name="Old", horizon_start=D0, horizon_end=D0 + timedelta(days=400), **old_parts)  # type: ignore[arg-type]
    new = replace(
        old,
        name=draw(st.sampled_from(["Old", "New"])),
        min_overlap_days=draw(st.sampled_from([90, 30])),
        cliff_threshold=draw(st.sampled_from([0.5, 0.25])),
        **new_parts,  # type: ignore[arg-type]
    )
    return old, new, appended_only


@settings(deadline=None, max_examples=EXAMPLES)
@given(plan_pairs())
def test_diff_then_apply_gives_the_new_plan_and_inverted_undoes(
    pair: tuple[Plan, Plan, bool],
) -> None:
    old, new, appended_only = pair
    change = diff_plans(old, new)
    after = apply_change(old, change)
    assert by_id(after) == by_id(new)
    assert after.settings() == new.settings()
    if appended_only:
        assert after == new
    assert apply_change(after, change.inverted()) == old
    assert change.inverted().inverted() == change
    assert diff_plans(after, new).is_empty()
    assert len(describe_change(old, after, change)) == len(change.settings) + len(change.entities)
