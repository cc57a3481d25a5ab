"""The use cases on a real workspace file: edits, undo by inverse change, reports, plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from transition_planner.domain import (
    Actor,
    ActorType,
    Assignment,
    Function,
    Plan,
    PlanInvalid,
    Presence,
    PresenceKind,
    Priority,
)
from transition_planner.domain.changes import add_entities, remove_entities, set_fields
from transition_planner.services import EditReport, PlanningService
from transition_planner.store import DuplicatePlanName, Workspace
from transition_planner.workbook.examples import template_plan


@pytest.fixture
def service(tmp_path: Path):
    svc = PlanningService.open(tmp_path / "w.tpw", create=True)
    yield svc
    svc.close()


def small_plan() -> Plan:
    return Plan(name="Alpha", horizon_start=date(2030, 1, 1), horizon_end=date(2030, 12, 31))


def stored(service: PlanningService, plan_id: str) -> Plan:
    """The plan as the file holds it, through a second, read-only connection."""
    with Workspace.open(service.workspace.path, read_only=True) as other:
        return other.load_plan(plan_id)


def test_edit_writes_reports_and_undoes(service: PlanningService) -> None:
    reports: list[EditReport] = []
    service.subscribe(reports.append)
    plan = small_plan()
    service.create_plan(plan)
    mission = Presence(
        name="UNMX", kind=PresenceKind.PKO, start=date(2030, 1, 1), end=date(2030, 6, 30)
    )
    police = Actor(name="UNMX Police", type=ActorType.MISSION, presence_id=mission.id)
    task = Function(name="Police", priority=Priority.CRITICAL)
    duty = Assignment(function_id=task.id, actor_id=police.id, start=date(2030, 1, 1))
    change = add_entities([mission, police, task, duty])
    report = service.edit(plan.id, change, "Add the mission")
    assert report.label == "Add the mission"
    assert reports[-1] is report
    assert any("Presence added: UNMX" in line for line in report.lines)
    assert stored(service, plan.id) == service.plan(plan.id)

    analysis = service.analysis(plan.id)
    gaps = [f for f in analysis.findings if f.rule == "coverage_gap"]
    assert [(g.start, g.end) for g in gaps] == [(date(2030, 7, 1), date(2030, 12, 31))]

    edit = set_fields(service.plan(plan.id), mission, end=None)
    service.edit(plan.id, edit, "Extend UNMX")
    assert not [f for f in service.analysis(plan.id).findings if f.rule == "coverage_gap"]
    service.edit(plan.id, edit.inverted(), "Undo extend")
    assert stored(service, plan.id).presences[0].end == date(2030, 6, 30)
    service.edit(plan.id, change.inverted(), "Undo add")
    assert stored(service, plan.id) == plan


def test_invalid_edit_writes_nothing(service: PlanningService) -> None:
    plan = small_plan()
    service.create_plan(plan)
    task = Function(name="Police", priority=Priority.HIGH)
    service.edit(plan.id, add_entities([task]))
    bad = set_fields(
        service.plan(plan.id), task, required_from=date(2030, 5, 1), required_until=date(2030, 4, 1)
    )
    with pytest.raises(PlanInvalid) as caught:
        service.edit(plan.id, bad)
    assert caught.value.problems[0].field == "required_until"
    assert stored(service, plan.id).functions[0].required_from is None
    duplicate = add_entities([Function(name="police", priority=Priority.LOW)])
    assert service.check(plan.id, duplicate)
    with pytest.raises(PlanInvalid):
        service.edit(plan.id, duplicate)


def test_removing_an_actor_removes_its_assignments_and_undo_restores(
    service: PlanningService,
) -> None:
    plan = small_plan()
    service.create_plan(plan)
    actor = Actor(name="UNDP", type=ActorType.UN_ENTITY)
    task = Function(name="Justice", priority=Priority.HIGH)
    duty = Assignment(function_id=task.id, actor_id=actor.id, start=date(2030, 2, 1))
    service.edit(plan.id, add_entities([actor, task, duty]))
    full = service.plan(plan.id)
    removal = remove_entities(full, [actor])
    service.edit(plan.id, removal)
    assert stored(service, plan.id).assignments == ()
    service.edit(plan.id, removal.inverted())
    assert stored(service, plan.id) == full


def test_plans_delete_restore_duplicate_and_names(service: PlanningService) -> None:
    plan = small_plan()
    service.create_plan(plan)
    with pytest.raises(DuplicatePlanName):
        service.create_plan(replace(small_plan(), name="alpha"))
    copy = service.duplicate_plan(plan.id, "Alpha scenario B")
    assert copy.id != plan.id
    assert sorted(s.name for s in service.plans()) == ["Alpha", "Alpha scenario B"]
    deleted = service.delete_plan(plan.id)
    assert [s.name for s in service.plans()] == ["Alpha scenario B"]
    service.restore_plan(deleted)
    assert stored(service, plan.id) == plan
    templated = service.new_plan("From template", from_template=True)
    assert len(stored(service, templated.id).functions) == len(template_plan().functions)
    assert set(service.add_examples()) == {"Kandora (template)", "Haiti", "Sudan"}
    assert service.add_examples() == []


def test_export_then_import_as_new_and_replace(service: PlanningService, tmp_path: Path) -> None:
    service.add_examples()
    haiti = service.find_plan("Haiti")
    book = tmp_path / "haiti.xlsx"
    service.export_workbook(haiti.id, book)
    copy = service.import_new(book, name="Haiti again")

    def report(plan_id: str) -> list[dict[str, object]]:
        return [f.to_json() for f in service.analysis(plan_id).findings]

    assert report(copy.id) == report(haiti.id)
    with pytest.raises(DuplicatePlanName):
        service.import_new(book)
    replaced = service.import_new(book, replace=True)
    assert service.find_plan_id("Haiti") == replaced.id
    assert any("replacing" in b.reason for b in service.backups())
