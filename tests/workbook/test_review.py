"""Importing an edited workbook into the plan it came from: matching rows, reviewing changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from transition_planner.domain.changes import apply_change
from transition_planner.domain.enums import ActorType, Priority
from transition_planner.domain.findings import Analysis
from transition_planner.domain.model import Plan
from transition_planner.workbook import WorkbookError, export_plan, review_import

from .plans import small_plan


@pytest.fixture
def plan() -> Plan:
    return small_plan()


@pytest.fixture
def book(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "plan.xlsx"
    export_plan(plan, Analysis((), None), path, app_version="1")
    return path


def edit(path: Path, change: Callable[[openpyxl.Workbook], None]) -> Path:
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)
    return path


def col(ws: Worksheet, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def test_unchanged_workbook_is_no_change(plan: Plan, book: Path) -> None:
    review = review_import(plan, book)
    assert review.change.is_empty()
    assert review.lines == [] and review.warnings == []
    assert review.before is plan and review.after == plan


def test_changed_added_removed_renamed(plan: Plan, book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        f = wb["Functions"]
        f.cell(2, col(f, "Priority")).value = "High"  # changed field
        f.cell(3, col(f, "Name")).value = "Human rights"  # renamed, ID kept
        a = wb["Actors"]
        a.delete_rows(4)  # Ministry of Justice removed ...
        s = wb["Assignments"]
        s.delete_rows(4)  # ... and its assignment
        row = a.max_row + 1  # an actor added without ID
        a.cell(row, col(a, "Name")).value = "OHCHR"
        a.cell(row, col(a, "Type")).value = "un agency"
        row = s.max_row + 1  # an assignment added, naming the renamed function by its new name
        s.cell(row, col(s, "Function")).value = "Human rights"
        s.cell(row, col(s, "Actor")).value = "OHCHR"
        s.cell(row, col(s, "Start")).value = datetime(2019, 7, 1)

    review = review_import(plan, edit(book, change))
    counts = review.change.counts()
    assert counts == {"added": 2, "changed": 2, "removed": 2}, review.lines
    hr = review.after.functions[1]
    assert hr.id == plan.functions[1].id and hr.name == "Human rights"
    assert review.after.functions[0].priority is Priority.HIGH
    ohchr = review.after.actors[-1]
    assert ohchr.type is ActorType.UN_ENTITY and ohchr.id not in {a.id for a in plan.actors}
    added = review.after.assignments[-1]
    assert (added.function_id, added.actor_id) == (hr.id, ohchr.id)
    assert review.after.id == plan.id
    assert "Function changed: Police support: Priority Critical → High" in review.lines
    assert (
        "Function changed: Human rights monitoring: Name Human rights monitoring → Human rights"
        in (review.lines)
    )
    assert "Actor removed: Ministry of Justice" in review.lines
    assert "Actor added: OHCHR" in review.lines
    # the change applied to the plan gives the workbook's plan (entities in any order)
    applied = apply_change(plan, review.change)
    assert applied.settings() == review.after.settings()
    assert {e.id: e for e in applied.all_entities()} == {
        e.id: e for e in review.after.all_entities()
    }


def test_rows_without_id_are_matched_by_name_and_key(plan: Plan, book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        for title in ("Presences", "Actors", "Functions", "Assignments", "Milestones"):
            ws = wb[title]
            ws.delete_cols(col(ws, "ID"))
        s = wb["Assignments"]
        s.cell(2, col(s, "Capacity")).value = 1000

    review = review_import(plan, edit(book, change))
    assert len(review.change.entities) == 1, review.lines
    (only,) = review.change.entities
    assert only.kind == "changed" and only.entity_id == plan.assignments[0].id
    assert [f.field for f in only.fields] == ["capacity"]


def test_unknown_ids_fall_back_to_names(plan: Plan, book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb["Functions"]
        for r in range(2, ws.max_row + 1):
            ws.cell(r, col(ws, "ID")).value = f"from-another-plan-{r}"

    assert review_import(plan, edit(book, change)).change.is_empty()


def test_a_copied_row_keeps_the_original_and_adds_the_copy(plan: Plan, book: Path) -> None:
    """A colleague copies a row (its ID too) above the original and renames the copy."""

    def change(wb: openpyxl.Workbook) -> None:
        ws = wb["Functions"]
        values = [c.value for c in ws[2]]
        ws.insert_rows(2)
        for i, v in enumerate(values, start=1):
            ws.cell(2, i).value = v
        ws.cell(2, col(ws, "Name")).value = "Police support (copy)"

    review = review_import(plan, edit(book, change))
    assert review.lines == ["Function added: Police support (copy)"]


def test_references_by_an_old_name_still_resolve(plan: Plan, book: Path) -> None:
    """Excel does not rename references: a function renamed on its sheet, with assignments still
    naming it by its old name, is one rename."""

    def change(wb: openpyxl.Workbook) -> None:
        ws = wb["Functions"]
        ws.cell(2, col(ws, "Name")).value = "Police"

    review = review_import(plan, edit(book, change))
    assert review.lines == ["Function changed: Police support: Name Police support → Police"]


def test_missing_optional_column_keeps_values(plan: Plan, book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb["Actors"]
        ws.delete_cols(col(ws, "Notes"))

    review = review_import(plan, edit(book, change))
    assert review.change.is_empty()
    assert review.warnings == ["Actors: no column 'Notes'; its values are kept as they are"]


def test_settings_change_and_the_plan_keeps_its_name(plan: Plan, book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        wb["Summary"]["B1"] = "Another name"
        wb["Summary"]["B6"] = date(2023, 12, 31)

    review = review_import(plan, edit(book, change))
    assert review.lines == ["Plan: Horizon end 31 Dec 2022 → 31 Dec 2023"]
    assert review.after.name == plan.name
    assert review.warnings == [
        "Summary: the workbook names the plan 'Another name'; the plan keeps its name "
        "'Kandora test'"
    ]


def test_problems_are_reported_with_cells(plan: Plan, book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        s = wb["Assignments"]
        s.cell(2, col(s, "End")).value = "1999-01-01"

    with pytest.raises(WorkbookError) as info:
        review_import(plan, edit(book, change))
    assert [str(p) for p in info.value.problems] == ["Assignments!D2: end is before start"]
