"""Plans go into a workspace file and come back equal, field for field, in order."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from pathlib import Path

import pytest

from transition_planner.domain import ENTITY_TYPES, Plan, PresenceKind
from transition_planner.domain.model import COLLECTION
from transition_planner.store import (
    DuplicatePlanName,
    PlanNotFound,
    StoreConflict,
    Workspace,
    WorkspaceReadOnly,
)
from transition_planner.workbook.examples import example_plans

from .helpers import LONG_TEXT, full_plan


def test_every_field_of_every_entity_round_trips(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    ws.close()
    with Workspace.open(ws_path) as again:  # a new process would see the same
        loaded = again.load_plan(plan.id)
    assert loaded == plan
    # equality of dataclasses compares values; check the types too (enums, dates, floats)
    for cls in ENTITY_TYPES:
        for stored, original in zip(loaded.entities(cls), plan.entities(cls), strict=True):
            for f in fields(cls):
                a, b = getattr(stored, f.name), getattr(original, f.name)
                assert type(a) is type(b) or (isinstance(b, int) and isinstance(a, float)), (
                    cls.__name__,
                    f.name,
                )
                assert a == b
    assert loaded.description == LONG_TEXT
    assert loaded.assignments[1].capacity == 0.1 + 0.2
    assert loaded.assignments[2].capacity is None
    assert loaded.assignments[2].funding_status is None
    assert loaded.presences[1].end is None
    assert loaded.presences[1].lead_department is plan.presences[1].lead_department


def test_example_plans_round_trip_and_are_listed(ws: Workspace) -> None:
    plans = example_plans()
    for plan in plans:
        ws.add_plan(plan)
    for plan in plans:
        assert ws.load_plan(plan.id) == plan
    summaries = ws.list_plans()
    assert [s.name for s in summaries] == sorted((p.name for p in plans), key=str.casefold)
    for summary in summaries:
        plan = next(p for p in plans if p.id == summary.id)
        assert summary.counts == plan.counts()
        assert (summary.country, summary.horizon_start, summary.horizon_end) == (
            plan.country,
            plan.horizon_start,
            plan.horizon_end,
        )


def test_list_plans_sorts_case_insensitively_and_counts_empty_plans(ws: Workspace) -> None:
    for name in ("beta", "Alpha", "gamma", "Delta"):
        ws.add_plan(Plan(name=name, horizon_start=date(2030, 1, 1), horizon_end=date(2031, 1, 1)))
    summaries = ws.list_plans()
    assert [s.name for s in summaries] == ["Alpha", "beta", "Delta", "gamma"]
    assert summaries[0].counts == {c: 0 for c in COLLECTION.values()}


def test_plan_id_exact_then_unique_case_insensitive(ws: Workspace) -> None:
    a = Plan(name="Haiti", horizon_start=date(2030, 1, 1), horizon_end=date(2031, 1, 1))
    b = Plan(name="haiti (copy)", horizon_start=date(2030, 1, 1), horizon_end=date(2031, 1, 1))
    ws.add_plan(a)
    ws.add_plan(b)
    assert ws.plan_id("Haiti") == a.id
    assert ws.plan_id("HAITI") == a.id
    assert ws.plan_id("Haiti (COPY)") == b.id
    assert ws.plan_id("Sudan") is None


def test_duplicate_plan_name_and_id_are_refused(ws: Workspace) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    with pytest.raises(DuplicatePlanName, match="already exists"):
        ws.add_plan(replace(plan, id="other"))
    with pytest.raises(StoreConflict):
        ws.add_plan(replace(plan, name="Another name"))  # same ids
    assert [s.name for s in ws.list_plans()] == [plan.name]
    assert ws.load_plan(plan.id) == plan


def test_add_plan_with_replace_id_is_one_transaction(ws: Workspace) -> None:
    old = full_plan("Sudan")
    ws.add_plan(old)
    # the new plan may reuse the old one's name and even its entity ids
    new = replace(old, id="new-plan", country="Sudan (imported)", milestones=())
    ws.add_plan(new, replace_id=old.id)
    assert [s.id for s in ws.list_plans()] == ["new-plan"]
    assert ws.load_plan("new-plan") == new
    with pytest.raises(PlanNotFound):
        ws.load_plan(old.id)
    # a failing replacement leaves the old plan in place
    bad = replace(new, id="third", presences=(*new.presences, new.presences[0]))
    with pytest.raises(StoreConflict):
        ws.add_plan(bad, replace_id="new-plan")
    assert ws.load_plan("new-plan") == new
    with pytest.raises(PlanNotFound):
        ws.add_plan(replace(new, id="fourth", name="x"), replace_id="no-such-plan")


def test_delete_plan_removes_every_entity(ws: Workspace) -> None:
    plan = full_plan()
    keep = full_plan("Other")
    ws.add_plan(plan)
    ws.add_plan(keep)
    ws.delete_plan(plan.id)
    assert [s.id for s in ws.list_plans()] == [keep.id]
    with ws.engine.connect() as conn:
        for table in ("presences", "actors", "functions", "assignments", "milestones"):
            count = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            assert count == len(keep.entities(_cls(table)))
    with pytest.raises(PlanNotFound):
        ws.delete_plan(plan.id)
    # the same plan (same ids) can be put back: undo of a delete
    ws.add_plan(plan)
    assert ws.load_plan(plan.id) == plan


def _cls(table: str) -> type:
    return next(c for c, name in COLLECTION.items() if name == table)


def test_read_only_workspace_refuses_every_write(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    with Workspace.open(ws_path, read_only=True) as viewer:
        assert viewer.read_only
        assert viewer.load_plan(plan.id) == plan
        writes = (
            lambda: viewer.add_plan(full_plan("x")),
            lambda: viewer.delete_plan(plan.id),
            lambda: viewer.apply_change(plan.id, _rename(plan)),
        )
        for write in writes:
            with pytest.raises(WorkspaceReadOnly, match="read-only"):
                write()
    assert ws.load_plan(plan.id) == plan


def _rename(plan: Plan):  # type: ignore[no-untyped-def]
    from transition_planner.domain.changes import set_fields

    return set_fields(plan, plan.presences[0], name="Renamed")


def test_enum_values_are_stored_as_their_spelling(ws: Workspace) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    with ws.engine.connect() as conn:
        kinds = conn.exec_driver_sql("SELECT kind FROM presences ORDER BY position").scalars()
        assert list(kinds) == ["PKO", "SPM", "Non-mission"]
        types = conn.exec_driver_sql("SELECT typeof(start_date) FROM presences").scalars()
        assert set(types) == {"text"}  # ISO dates: readable by any SQLite tool
    assert plan.presences[2].kind is PresenceKind.NON_MISSION


def test_closed_workspace_says_so(ws: Workspace) -> None:
    ws.close()
    ws.close()  # twice is fine
    with pytest.raises(Exception, match="closed"):
        ws.list_plans()
