"""Applying a change costs the same per item at any size (issue 15.6): `apply_change` finds each
entity by its id in a dict, not by searching the list; and it still does what it always did."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from transition_planner.domain.changes import EntityChange, PlanChange, apply_change
from transition_planner.domain.model import Milestone, Plan


class CountingId(str):
    """An id that counts how often it is compared: a list search compares it with every id."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        CountingId.comparisons += 1
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


def plan_of(n: int) -> Plan:
    day = date(2020, 1, 1)
    return Plan(
        name="Scale",
        horizon_start=day,
        horizon_end=date(2030, 12, 31),
        milestones=tuple(
            Milestone(name=f"M{i}", date=day + timedelta(days=i % 3000), id=CountingId(f"m{i}"))
            for i in range(n)
        ),
    )


def comparisons_to_apply(n: int) -> int:
    plan = plan_of(n)
    olds = plan.milestones
    change = PlanChange(
        (),
        tuple(
            [EntityChange("changed", m, replace(m, notes="edited")) for m in olds[: n // 2]]
            + [EntityChange("removed", m, None, (), None) for m in olds[n // 2 : n // 2 + n // 4]]
            + [
                EntityChange(
                    "added",
                    None,
                    Milestone(name=f"N{i}", date=date(2021, 1, 1), id=CountingId(f"n{i}")),
                )
                for i in range(n // 4)
            ]
        ),
    )
    CountingId.comparisons = 0
    after = apply_change(plan, change)
    assert len(after.milestones) == n
    assert after.milestones[0].notes == "edited"
    return CountingId.comparisons


def test_apply_change_compares_ids_a_bounded_number_of_times_per_item() -> None:
    # a search of the list compares about n²/4 times (2,000 items: a million)
    for n in (400, 2000):
        assert comparisons_to_apply(n) <= 4 * n, n


def reference_apply(plan: Plan, change: PlanChange) -> tuple[Milestone, ...]:
    """The plain list algorithm `apply_change` had (quadratic, obviously right)."""
    items = list(plan.milestones)
    for e in change.entities:
        index = next((i for i, x in enumerate(items) if x.id == e.entity_id), None)
        if e.kind == "added":
            assert index is None and isinstance(e.new, Milestone)
            if e.position is None or e.position >= len(items):
                items.append(e.new)
            else:
                items.insert(max(0, e.position), e.new)
        elif e.kind == "removed":
            assert index is not None
            del items[index]
        else:
            assert index is not None and isinstance(e.new, Milestone)
            items[index] = e.new
    return tuple(items)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 12), st.integers(-1, 14)), max_size=40))
def test_same_result_as_the_list_algorithm(steps: list[tuple[int, int, int]]) -> None:
    plan = plan_of(8)
    live = list(plan.milestones)
    changes: list[EntityChange] = []
    fresh = 0
    for kind, pick, position in steps:
        if kind == 0 or not live:
            fresh += 1
            new = Milestone(name=f"X{fresh}", date=date(2022, 1, 1), id=f"x{fresh}")
            changes.append(EntityChange("added", None, new, (), None if position < 0 else position))
            if position < 0 or position >= len(live):
                live.append(new)
            else:
                live.insert(position, new)
        elif kind == 1:
            where = pick % len(live)
            old = live.pop(where)
            changes.append(EntityChange("removed", old, None, (), where))
        else:
            i = pick % len(live)
            new = replace(live[i], notes=f"n{pick}")
            changes.append(EntityChange("changed", live[i], new))
            live[i] = new
    change = PlanChange((), tuple(changes))
    after = apply_change(plan, change)
    assert after.milestones == reference_apply(plan, change) == tuple(live)
    assert apply_change(after, change.inverted()).milestones == plan.milestones
