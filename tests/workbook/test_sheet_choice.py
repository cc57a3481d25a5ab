"""Which sheet is read: two sheets that read as one name are an error naming both; a hidden
sheet is read only when no visible one has the name, and the review says so (issue 15.7). A
workbook of another application is one sentence (issue 14.4)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.workbook import WorkbookError, export_plan, read_plan, review_import

from .plans import small_plan


@pytest.fixture
def book(tmp_path: Path) -> Path:
    plan = small_plan()
    path = tmp_path / "plan.xlsx"
    export_plan(
        plan, analyse(plan), path, app_version="t", exported_at=datetime(2024, 5, 1, tzinfo=UTC)
    )
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        read_plan(path)
    return [str(p) for p in caught.value.problems]


def test_a_very_hidden_sheet_and_a_visible_one_of_the_same_name_are_an_error(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    impostor = wb.copy_worksheet(wb["Actors"])
    impostor.title = "Actors"  # taken: openpyxl names it "Actors1"; set it below
    wb["Actors"].title = "Actors "  # the real one, with a trailing space
    impostor.title = "Actors"
    impostor["A2"].value = "Somebody else"
    impostor.sheet_state = "veryHidden"
    wb.move_sheet(impostor, offset=-wb.index(impostor))  # first of all
    wb.save(book)
    found = problems(book)
    assert found == ["Actors: 2 sheets read as Actors: 'Actors' (very hidden) and 'Actors '; "
                     "rename or delete all but one"]  # fmt: skip


def test_a_hidden_sheet_is_not_read_when_a_visible_one_has_the_name(book: Path) -> None:
    plan = small_plan()
    wb = openpyxl.load_workbook(book)
    hidden = wb.copy_worksheet(wb["Actors"])
    hidden.title = "Actors_hidden"
    wb["Actors"].title = "Acteurs"  # the visible sheet, in French
    hidden.title = "Actors"
    hidden["A2"].value = "Somebody else"
    hidden.sheet_state = "hidden"
    wb.save(book)
    back = read_plan(book)
    assert "Somebody else" not in [a.name for a in back.actors]
    review = review_import(plan, book)
    assert review.change.is_empty(), review.lines
    assert "Actors: the hidden sheet 'Actors' was not read; the visible sheet 'Acteurs' was" in (
        review.warnings
    )


def test_a_hidden_sheet_alone_is_read_and_the_review_says_so(book: Path) -> None:
    plan = small_plan()
    wb = openpyxl.load_workbook(book)
    wb["Milestones"].sheet_state = "hidden"
    wb.save(book)
    review = review_import(plan, book)
    assert review.change.is_empty(), review.lines
    assert any(
        w.startswith("Milestones: the sheet 'Milestones' (hidden) is hidden; it was read")
        for w in review.warnings
    ), review.warnings


def test_two_visible_sheets_in_two_languages_are_an_error(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    copy = wb.copy_worksheet(wb["Functions"])
    copy.title = "Fonctions"
    wb.save(book)
    assert problems(book) == [
        "Functions: 2 sheets read as Functions: 'Functions' and 'Fonctions'; "
        "rename or delete all but one"
    ]


def test_a_workbook_of_another_application_is_one_sentence(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Budget"
    wb.create_sheet("Staff")
    wb.active.append(["Line", "Amount"])
    path = tmp_path / "budget.xlsx"
    wb.save(path)
    assert problems(path) == [
        "Workbook: budget.xlsx is not a Transition Planner workbook: it has none of the sheets "
        "Summary, Presences, Actors, Functions, Assignments, Milestones, Handovers, Funding"
    ]
