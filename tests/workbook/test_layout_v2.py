"""The workbook of SPEC §5 as revised on 2026-12-01: the new columns and the Handovers and
Funding sheets, references by name, and workbooks of the previous layout."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import HandoverStatus, Readiness
from transition_planner.workbook import WorkbookError, read_plan, review_import

from .plans import comparable, small_plan
from .test_export import export
from .test_import import col, edit, problems

FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: A workbook exported by the previous release (commit f45843d, layout 1): the Haiti example.
PREVIOUS = FIXTURES / "haiti-format1.xlsx"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    export(small_plan(), path, analyse(small_plan(), date(2019, 1, 1)))
    return path


def test_registers_and_new_columns_round_trip_with_the_same_findings(book: Path) -> None:
    plan = small_plan()
    back = read_plan(book)
    assert comparable(back) == comparable(plan)
    as_of = date(2019, 7, 15)
    assert [f.to_json() for f in analyse(back, as_of).findings] == [
        f.to_json() for f in analyse(plan, as_of).findings
    ]
    assert {f.rule for f in analyse(back, as_of).findings} >= {
        "handover_after_exit",
        "handover_overdue",
        "handover_unassigned",
    }


def test_a_workbook_of_the_previous_layout_imports(tmp_path: Path) -> None:
    copy = tmp_path / "haiti.xlsx"
    shutil.copyfile(PREVIOUS, copy)
    sheets = openpyxl.load_workbook(copy, read_only=True).sheetnames
    assert "Handovers" not in sheets and "Funding" not in sheets
    plan = read_plan(copy)
    assert plan.name == "Haiti" and len(plan.assignments) == 20
    assert plan.handovers == () and plan.funding_lines == ()
    assert plan.bridge_days == 7 and plan.region == ""
    assert all(a.continues_id is None for a in plan.actors)
    assert all(s.readiness is None for s in plan.assignments)


def test_an_old_workbook_into_a_plan_keeps_its_registers_and_new_fields(book: Path) -> None:
    plan = small_plan()
    exported = read_plan(book)

    def strip(wb: openpyxl.Workbook) -> None:
        del wb["Handovers"], wb["Funding"]
        a = wb["Assignments"]
        a.delete_cols(col(a, "Readiness"))

    review = review_import(plan, edit(book, strip))
    assert review.change.is_empty(), review.lines
    assert (
        "Handovers: no such sheet (a workbook of an earlier version); the plan's rows are kept"
        " as they are" in review.warnings
    )
    assert "Assignments: no column 'Readiness'; its values are kept as they are" in (
        review.warnings
    )
    assert len(exported.handovers) == len(plan.handovers)


def test_handover_and_funding_problems_name_their_cells(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        h = wb["Handovers"]
        h.cell(2, col(h, "From")).value = "Nobody"
        h.cell(3, col(h, "Status")).value = "Vanished"
        h.cell(3, col(h, "Due")).value = None
        f = wb["Funding"]
        f.cell(2, col(f, "Year")).value = 2019.5
        f.cell(3, col(f, "Amount (USD)")).value = -1
        f.cell(3, col(f, "Function")).value = "Space support"
        a = wb["Actors"]
        a.cell(3, col(a, "Continues")).value = "Blue helmets"

    assert problems(edit(book, change)) == [
        "Actors!D3: unknown actor 'Blue helmets' (not on the Actors sheet)",
        "Handovers!E2: unknown actor 'Nobody' (not on the Actors sheet)",
        "Handovers!H3: Due: required value missing",
        "Handovers!I3: unknown value 'Vanished'; expected one of: Planned, In progress, Done, "
        "Blocked, Lost",
        "Funding!E2: not a year: '2019.5'; type a year such as 2025",
        "Funding!C3: unknown function 'Space support' (not on the Functions sheet)",
    ]


def test_domain_rules_of_the_new_fields_at_their_cells(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        a = wb["Actors"]
        # a loop: MINUSKA Police continues UNDP, which continues MINUSKA Police
        a.cell(2, col(a, "Continues")).value = "UNDP"
        p = wb["Presences"]
        p.cell(2, col(p, "Drawdown start")).value = date(2020, 1, 1)  # after its end
        f = wb["Funding"]
        f.cell(3, col(f, "Amount (USD)")).value = -1
        f.cell(2, col(f, "Year")).value = 1900

    assert problems(edit(book, change)) == [
        "Presences!E2: drawdown start must lie between start and end",
        "Actors!D2: the chain of continuations comes back to MINUSKA Police",
        "Actors!D3: the chain of continuations comes back to UNDP",
        "Funding!E2: 1900 is not a year between 1945 and 2100",
        "Funding!F3: the amount must be a number of US dollars of at least 0",
    ]


def test_names_match_whatever_their_case_and_unicode_form(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        h = wb["Handovers"]
        h.cell(2, col(h, "From")).value = "minuska POLICE"
        a = wb["Actors"]
        a.cell(4, col(a, "Name")).value = "Ministe\u0300re"  # NFD
        s = wb["Assignments"]
        s.cell(4, col(s, "Actor")).value = "Minist\u00e8re"  # NFC

    plan = read_plan(edit(book, change))
    assert plan.handovers[0].from_actor_id == plan.actors[0].id
    assert plan.assignments[2].actor_id == plan.actors[2].id


def test_readiness_and_status_accept_the_usual_spellings(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        s = wb["Assignments"]
        s.cell(4, col(s, "Readiness")).value = "partially ready"
        h = wb["Handovers"]
        h.cell(2, col(h, "Status")).value = "completed"

    plan = read_plan(edit(book, change))
    assert plan.assignments[2].readiness is Readiness.PARTLY_READY
    assert plan.handovers[0].status is HandoverStatus.DONE


def test_an_unknown_sheet_error_still_reports_missing_required_sheets(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        del wb["Actors"]

    with pytest.raises(WorkbookError) as raised:
        read_plan(edit(book, change))
    assert [str(p) for p in raised.value.problems] == ["Actors: missing sheet"]
