"""Every cell made from typed text is a safe string cell that reads back identical
(issue 15.4, 15.10, 15.21, 15.22)."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from transition_planner.domain.analysis import analyse
from transition_planner.domain.model import Plan
from transition_planner.workbook import export_plan, read_plan, review_import
from transition_planner.workbook.text import needs_quote_prefix

from .plans import comparable, small_plan


def export(plan: Plan, path: Path) -> list[str]:
    return export_plan(
        plan,
        analyse(plan),
        path,
        app_version="9.9.9",
        exported_at=datetime(2024, 5, 1, 10, 30, tzinfo=UTC),
    )


def renamed(plan: Plan, *, actors: list[str], functions: list[str], notes: str) -> Plan:
    """The first actors and functions renamed, every one's notes set."""
    return dataclasses.replace(
        plan,
        actors=tuple(
            dataclasses.replace(a, name=actors[i] if i < len(actors) else a.name, notes=notes)
            for i, a in enumerate(plan.actors)
        ),
        functions=tuple(
            dataclasses.replace(f, name=functions[i] if i < len(functions) else f.name, notes=notes)
            for i, f in enumerate(plan.functions)
        ),
    )


def all_parts(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(
            z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/") and ".xml" in n
        )


def test_error_codes_typed_as_text_are_string_cells(tmp_path: Path) -> None:
    plan = renamed(
        small_plan(),
        actors=["#N/A", "#DIV/0!", "#NAME?"],
        functions=["#REF!", "#VALUE!", "#NULL!"],
        notes="#NUM!",
    )
    plan = dataclasses.replace(plan, country="#N/A", region="#GETTING_DATA")
    book = tmp_path / "errors.xlsx"
    assert export(plan, book) == []
    with zipfile.ZipFile(book) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert not re.search(r'\bt="e"', z.read(name).decode()), name
    wb = openpyxl.load_workbook(book)
    assert wb["Actors"]["A2"].data_type == "s"
    assert wb["Actors"]["A2"].value == "#N/A"
    back = read_plan(book)
    assert comparable(back) == comparable(plan)
    assert review_import(plan, book).change.is_empty()


def test_every_string_cell_that_could_be_a_formula_is_marked_text(tmp_path: Path) -> None:
    hostile = ['=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(1)"]
    plan = renamed(small_plan(), actors=hostile[:3], functions=hostile[1:], notes="=1+1")
    plan = dataclasses.replace(plan, name="=2+2")
    book = tmp_path / "hostile.xlsx"
    export(plan, book)
    assert not re.search(r"<(\w+:)?f[\s>/]", all_parts(book))
    wb = openpyxl.load_workbook(book)
    checked = 0
    legend_seen = False
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and needs_quote_prefix(cell.value):
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
                    assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                    checked += 1
                    if ws.title == "Timeline" and cell.value.startswith("=HYPERLINK"):
                        legend_seen = legend_seen or cell.value != hostile[0]
    assert legend_seen, "the legend names the actor =HYPERLINK(…)"
    assert checked > 10


def test_carriage_returns_round_trip_without_a_change(tmp_path: Path) -> None:
    plan = small_plan()
    plan = dataclasses.replace(
        plan,
        description="First line\r\nsecond line\rthird",
        actors=tuple(
            dataclasses.replace(a, notes=f"note {i}\r\nmore\r") for i, a in enumerate(plan.actors)
        ),
    )
    book = tmp_path / "cr.xlsx"
    export(plan, book)
    with zipfile.ZipFile(book) as z:
        assert b"\r" not in b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml"))
    review = review_import(plan, book)
    assert review.change.is_empty(), review.lines
    back = read_plan(book)
    assert back.description == "First line\nsecond line\nthird"
    # a real edit of such a text is still seen
    wb = openpyxl.load_workbook(book)
    wb["Actors"]["E2"].value = "note 0\nchanged"
    wb.save(book)
    review = review_import(plan, book)
    assert review.change.counts()["changed"] == 1, review.lines


def test_literal_escape_sequences_read_back_identical(tmp_path: Path) -> None:
    literal = "see _x0000_ and _x000D_ and _X00e9_ and _x005F_ and _xZZZZ_"
    plan = renamed(small_plan(), actors=["Actor _x0041_"], functions=[], notes=literal)
    plan = dataclasses.replace(plan, description=literal)
    book = tmp_path / "escape.xlsx"
    assert export(plan, book) == []
    xml = all_parts(book)
    # escaped as the format says, so that Excel and LibreOffice show the text as typed
    assert "_x005F_x0000_" in xml and "_x005F_x0041_" in xml
    assert "_x005F_X00e9_" in xml and "_xZZZZ_" in xml
    back = read_plan(book)
    assert back.description == literal
    assert back.actors[0].name == "Actor _x0041_"
    assert comparable(back) == comparable(plan)
    assert review_import(plan, book).change.is_empty()


def test_escaped_control_characters_from_excel_are_read(tmp_path: Path) -> None:
    """A workbook Excel wrote: a line break as _x000D_ _x000A_, a literal as _x005F_."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.append(["Plan", "P"])
    ws.append(["Description", "one_x000D__x000A_two _x005F_x0000_"])
    book = tmp_path / "excel.xlsx"
    wb.save(book)
    from transition_planner.workbook.reader import RawBook

    with RawBook(book) as raw:
        assert raw.open()
        sheet = raw.read_sheet("Summary", min_width=2)
    assert sheet is not None
    assert sheet.rows[0][1][1] == "one\r\ntwo _x0000_"
