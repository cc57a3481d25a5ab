"""The naming of plans, new plans drafted before they are stored, and the paths the window takes
instead of reaching past the service: reviewing a workbook against a plan, restoring a damaged
workspace, backing up on demand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from transition_planner.services import PlanningService
from transition_planner.services.naming import PlanNameProblem, free_name, name_problem
from transition_planner.services.planning import restore_workspace, review_workbook
from transition_planner.store import Workspace, WorkspaceCorrupt
from transition_planner.workbook.examples import haiti_plan


@pytest.fixture
def service(tmp_path: Path):  # type: ignore[no-untyped-def]
    svc = PlanningService.open(tmp_path / "w.tpw", create=True)
    yield svc
    svc.close()


def test_names_are_unique_without_regard_to_case() -> None:
    taken = ["Haiti", "Haiti 2", "Sudan "]
    assert name_problem("  ", taken) is PlanNameProblem.BLANK
    assert name_problem("HAITI", taken) is PlanNameProblem.TAKEN
    assert name_problem("sudan", taken) is PlanNameProblem.TAKEN
    assert name_problem("Mali", taken) is None
    assert free_name("haiti", taken) == "haiti 3"
    assert free_name(" Mali ", taken) == "Mali"


def test_the_service_names_plans_against_its_workspace(service: PlanningService) -> None:
    assert service.free_plan_name("New transition plan") == "New transition plan"
    first = service.new_plan("New transition plan")
    assert service.free_plan_name("new transition plan") == "new transition plan 2"
    assert service.plan_name_problem("NEW TRANSITION PLAN") is PlanNameProblem.TAKEN
    # a plan keeps its own name when renamed to a different case
    assert service.plan_name_problem("NEW TRANSITION PLAN", own_id=first.id) is None


def test_a_draft_is_not_stored_until_created(service: PlanningService) -> None:
    blank = service.draft_plan("  Mali 2026 ")
    assert blank.name == "Mali 2026"
    today = date.today()
    assert blank.horizon_start == date(today.year, 1, 1)
    assert blank.horizon_end == date(today.year + 5, 12, 31)
    assert service.plans() == []
    from_template = service.draft_plan("Kandora B", from_template=True)
    assert from_template.assignments and from_template.name == "Kandora B"
    service.create_plan(from_template)
    copy = service.draft_copy(from_template.id, "Kandora C")
    assert copy.id != from_template.id and copy.name == "Kandora C"
    assert {a.id for a in copy.assignments}.isdisjoint(a.id for a in from_template.assignments)
    assert [s.name for s in service.plans()] == ["Kandora B"]
    # new_plan and duplicate_plan store what the drafts make
    made = service.new_plan("Kandora D", from_template=True)
    assert len(made.assignments) == len(from_template.assignments)
    assert service.duplicate_plan(made.id, "Kandora E").name == "Kandora E"
    assert sorted(s.name for s in service.plans()) == ["Kandora B", "Kandora D", "Kandora E"]


def test_review_workbook_touches_no_workspace(service: PlanningService, tmp_path: Path) -> None:
    plan = haiti_plan()
    service.create_plan(plan)
    book = tmp_path / "haiti.xlsx"
    service.export_workbook(plan.id, book)
    edited = replace(plan, country="Haïti")
    review = review_workbook(edited, book)
    assert review.change.settings  # the workbook's country differs from the edited plan's
    assert review.before is edited


def test_backup_now_and_restore_a_damaged_workspace(tmp_path: Path) -> None:
    path = tmp_path / "field.tpw"
    with PlanningService.open(path, create=True) as service:
        service.create_plan(haiti_plan())
        backup = service.backup("before the field trip")
        assert backup in [b.path for b in service.backups()]
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkspaceCorrupt):
        Workspace.open(path)
    safety = restore_workspace(path, backup)
    assert safety.is_file() and safety != backup
    with PlanningService.open(path) as service:
        assert [s.name for s in service.plans()] == ["Haiti"]
