"""Import: every bad workbook is a WorkbookError naming its cells; tolerant reading of good ones."""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from transition_planner.domain.enums import MilestoneKind, PresenceKind
from transition_planner.domain.findings import Analysis
from transition_planner.workbook import WorkbookError, WorkbookProblem, export_plan, read_plan

from .plans import comparable, small_plan


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    export_plan(small_plan(), Analysis((), None), path, app_version="1")
    return path


def edit(path: Path, change: Callable[[openpyxl.Workbook], None]) -> Path:
    wb = openpyxl.load_workbook(path)
    change(wb)
    wb.save(path)
    return path


def col(ws: Worksheet, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def problems(path: Path) -> list[str]:
    with pytest.raises(WorkbookError) as info:
        read_plan(path)
    found = [str(p) for p in info.value.problems]
    assert str(info.value) == "\n".join(found)
    return found


def test_problem_and_error_text() -> None:
    assert str(WorkbookProblem("Assignments", "C12", "end is before start")) == (
        "Assignments!C12: end is before start"
    )
    assert str(WorkbookProblem("Presences", None, "missing column 'Kind'")) == (
        "Presences: missing column 'Kind'"
    )
    error = WorkbookError([WorkbookProblem("A", "B2", "x"), WorkbookProblem("C", None, "y")])
    assert str(error) == "A!B2: x\nC: y"


def test_not_a_workbook(tmp_path: Path) -> None:
    text = tmp_path / "plan.xlsx"
    text.write_text("this is not a workbook")
    assert problems(text) == ["Workbook: not an Excel workbook (.xlsx)"]
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert problems(empty) == ["Workbook: not an Excel workbook (.xlsx): the file is empty"]
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "old .xls" in problems(xls)[0]
    assert "file not found" in problems(tmp_path / "missing.xlsx")[0]
    assert "folder" in problems(tmp_path)[0]


def test_truncated_and_foreign_zip_files(tmp_path: Path, book: Path) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(book.read_bytes()[:3000])
    assert problems(cut)[0].startswith("Workbook: not an Excel workbook")
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("hello.txt", "hi")
    assert problems(other)[0].startswith("Workbook: not an Excel workbook (.xlsx): cannot be read")


def test_missing_sheet_and_missing_column(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        del wb["Milestones"]
        ws = wb["Presences"]
        ws.cell(1, col(ws, "Kind")).value = "Sort"

    assert problems(edit(book, change)) == [
        "Presences: missing column 'Kind'",
        "Milestones: missing sheet",
    ]


def test_every_cell_problem_at_once(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        p = wb["Presences"]
        p.cell(2, col(p, "Start")).value = "2019-02-30"
        p.cell(3, col(p, "Kind")).value = "Starship"
        a = wb["Actors"]
        a.cell(3, col(a, "Name")).value = "minuska police"  # duplicate of row 2 (case ignored)
        s = wb["Assignments"]
        s.cell(2, col(s, "End")).value = date(2014, 1, 1)  # before its start
        s.cell(3, col(s, "Capacity")).value = -5
        s.cell(4, col(s, "Capacity")).value = "a dozen"
        s.cell(4, col(s, "Function")).value = "Space support"
        s.cell(4, col(s, "Actor")).value = "Nobody"
        s.cell(5, col(s, "Function")).value = "Police support"
        s.cell(5, col(s, "Start")).value = "someday"
        m = wb["Milestones"]
        m.cell(2, col(m, "Date")).value = None
        m.cell(4, col(m, "Kind")).value = 42

    found = problems(edit(book, change))
    assert found == [
        "Presences!C2: bad date '2019-02-30'; type a date or YYYY-MM-DD",
        "Presences!B3: unknown value 'Starship'; expected one of: PKO, SPM, Non-mission, "
        "Regional office, Partner mission",
        "Actors!A3: duplicate name 'minuska police'",
        "Assignments!D2: end is before start",
        "Assignments!B3: unknown actor 'UNDP' (not on the Actors sheet)",
        "Assignments!E3: capacity must be a number of at least 0",
        "Assignments!E4: not a number: 'a dozen'",
        "Assignments!B5: Actor: required value missing",
        "Assignments!C5: bad date 'someday'; type a date or YYYY-MM-DD",
        "Milestones!B2: Date: required value missing",
        "Milestones!C4: unknown value '42'; expected one of: Mandate renewal, Election, "
        "Benchmark, Drawdown, Handover, Other",
        "Handovers!F2: unknown actor 'UNDP' (not on the Actors sheet)",
    ]


def test_domain_rules_mapped_to_cells(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        s = wb["Assignments"]
        s.cell(2, col(s, "End")).value = date(2014, 1, 1)
        s.cell(3, col(s, "Capacity")).value = -5
        f = wb["Functions"]
        f.cell(3, col(f, "Required until")).value = date(2010, 1, 1)
        f.cell(4, col(f, "Name")).value = "POLICE SUPPORT"
        wb["Summary"]["B8"] = 3

    assert problems(edit(book, change)) == [
        "Summary!B8: cliff threshold must be between 0 and 1",
        "Functions!F3: required until is before required from",
        "Functions!A4: duplicate name 'POLICE SUPPORT'",
        "Assignments!D2: end is before start",
        "Assignments!E3: capacity must be a number of at least 0",
    ]


def test_text_longer_than_a_cell_holds(book: Path, tmp_path: Path) -> None:
    """openpyxl cuts long text when it saves, other writers may not: put 40,000 characters
    into the workbook's XML directly."""
    edit(book, lambda wb: wb["Milestones"].cell(3, 4, "PLACEHOLDER"))
    out = tmp_path / "long.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename).replace(b"PLACEHOLDER", b"n" * 40_000)
            dst.writestr(item, data)
    assert problems(out) == [
        "Milestones!D3: text is 40,000 characters long; at most 32,767 are allowed"
    ]


def test_unknown_references(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        s = wb["Assignments"]
        s.cell(2, col(s, "Function")).value = "Space support"
        s.cell(3, col(s, "Actor")).value = "Nobody"
        a = wb["Actors"]
        a.cell(2, col(a, "Presence")).value = "Atlantis"

    assert problems(edit(book, change)) == [
        "Actors!C2: unknown presence 'Atlantis' (not on the Presences sheet)",
        "Assignments!A2: unknown function 'Space support' (not on the Functions sheet)",
        "Assignments!B3: unknown actor 'Nobody' (not on the Actors sheet)",
    ]


def test_formula_cells_are_problems_not_blanks(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        s = wb["Assignments"]
        s.cell(2, col(s, "End")).value = "=C2+365"
        s.cell(3, col(s, "Notes")).value = '=CONCAT("a","b")'
        wb["Summary"]["B2"] = "=UPPER(B1)"

    assert problems(edit(book, change)) == [
        "Summary!B2: a formula without a computed value; type the value instead "
        "(or open and save the workbook in Excel first)",
        "Assignments!D2: a formula without a computed value; type the value instead "
        "(or open and save the workbook in Excel first)",
        "Assignments!I3: a formula without a computed value; type the value instead "
        "(or open and save the workbook in Excel first)",
    ]


def test_error_values_are_problems(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        s = wb["Assignments"]
        s.cell(2, col(s, "Capacity")).value = "#N/A"
        s.cell(2, col(s, "Capacity")).data_type = "e"

    assert problems(edit(book, change)) == [
        "Assignments!E2: error value #N/A; type the value instead"
    ]


def test_summary_problems(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        ws = wb["Summary"]
        ws["A5"] = "Beginning"  # the Horizon start row is gone
        ws["B6"] = "soon"
        ws["B7"] = 12.5

    assert problems(edit(book, change)) == [
        "Summary: missing row 'Horizon start' (in column A)",
        "Summary!B6: bad date 'soon'; type a date or YYYY-MM-DD",
        "Summary!B7: Minimum overlap (days) must be a whole number of days",
    ]


def test_tolerant_reading(book: Path) -> None:
    """Headers in any order and case, extra columns and sheets, blank rows, text dates,
    datetimes, enumeration synonyms, numbers as text, no ID column: all read."""
    plan = small_plan()
    wb = openpyxl.load_workbook(book)
    p = wb["Presences"]
    p.insert_cols(1)
    p.cell(1, 1).value = "My remarks"
    p.cell(2, 1).value = "ignore me"
    for cell in p[1]:
        if cell.value == "Lead department":
            cell.value = "  LEAD   department "
    p.cell(2, col(p, "Start")).value = "2015-01-01"
    p.cell(3, col(p, "Start")).value = datetime(2019, 7, 1, 0, 0)
    p.cell(2, col(p, "Kind")).value = "peacekeeping operation"
    p.move_range("A3:J3", rows=3)  # blank rows between
    s = wb["Assignments"]
    s.delete_cols(col(s, "ID"))
    s.cell(3, col(s, "Capacity")).value = "12.5"
    m = wb["Milestones"]
    m.cell(4, col(m, "Kind")).value = None  # blank kind: Other
    wb.create_sheet("My notes")["A1"] = "=SUM(1,2)"
    del wb["Timeline"]
    del wb["Gaps"]
    del wb["Lists"]
    wb.move_sheet("Summary", offset=3)
    wb.save(book)
    back = read_plan(book)
    assert comparable(back) == comparable(plan)
    assert back.presences[0].kind is PresenceKind.PKO
    assert back.milestones[2].kind is MilestoneKind.OTHER


def test_name_argument_replaces_a_missing_plan_name(book: Path) -> None:
    edit(book, lambda wb: wb["Summary"].__setitem__("B1", None))
    assert problems(book) == ["Summary!B1: Plan: required value missing"]
    assert read_plan(book, name="Given").name == "Given"


def test_wrong_dimension_does_not_hide_rows(book: Path, tmp_path: Path) -> None:
    """A workbook whose <dimension> claims fewer rows than it has is read in full."""
    import re

    out = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode()
                if "<dimension" in text:
                    text = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:B2"/>', text)
                else:
                    text = text.replace("<sheetViews>", '<dimension ref="A1:B2"/><sheetViews>', 1)
                data = text.encode()
            dst.writestr(item, data)
    assert comparable(read_plan(out)) == comparable(small_plan())


def test_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transition_planner.workbook import reader

    monkeypatch.setattr(reader, "MAX_ROWS", 2)
    path = tmp_path / "plan.xlsx"
    export_plan(small_plan(), Analysis((), None), path, app_version="1")
    found = problems(path)
    assert "Assignments: more than 2 rows; at most 2 can be imported" in found
    assert "Milestones: more than 2 rows; at most 2 can be imported" in found


def test_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, book: Path) -> None:
    from transition_planner.workbook import reader

    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    assert "MB can be imported" in problems(book)[0]


def test_read_plan_writes_nothing(book: Path) -> None:
    before = (book.stat().st_mtime_ns, book.read_bytes())
    folder = sorted(p.name for p in book.parent.iterdir())
    read_plan(book)
    assert (book.stat().st_mtime_ns, book.read_bytes()) == before
    assert sorted(p.name for p in book.parent.iterdir()) == folder


def test_problems_are_capped(book: Path) -> None:
    def change(wb: openpyxl.Workbook) -> None:
        s = wb["Milestones"]
        for r in range(2, 700):
            s.cell(r, 1).value = f"M{r}"
            s.cell(r, 2).value = "bad"

    found = problems(edit(book, change))
    assert len(found) == 501
    assert found[-1] == "Workbook: … and 198 more problems"


def test_changed_plan_fields(book: Path) -> None:
    """Values edited in the workbook arrive in the plan."""

    def change(wb: openpyxl.Workbook) -> None:
        wb["Summary"]["B4"] = "New description"
        f = wb["Functions"]
        f.cell(2, col(f, "Priority")).value = "low"

    back = read_plan(edit(book, change))
    assert back.description == "New description"
    expected = dataclasses.replace(small_plan().functions[0], id=back.functions[0].id)
    assert back.functions[0] == dataclasses.replace(expected, priority=expected.priority.LOW)
