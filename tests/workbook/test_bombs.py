"""Workbooks built to unpack into millions of tiny strings or cells are refused at once, in
little memory, before openpyxl reads them (issue 15.5)."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.workbook import WorkbookError, export_plan, read_plan
from transition_planner.workbook import reader as reader_module
from transition_planner.workbook.layout import MAX_CELLS, MAX_STRINGS

from .plans import small_plan

SST = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    plan = small_plan()
    path = tmp_path / "plan.xlsx"
    export_plan(
        plan, analyse(plan), path, app_version="t", exported_at=datetime(2024, 5, 1, tzinfo=UTC)
    )
    return path


SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def rewritten(book: Path, target: Path, parts: dict[str, bytes]) -> Path:
    """A copy of `book` with some parts replaced or added, deflated (a bomb is small on disk).
    An added shared strings table is declared, as openpyxl finds it."""
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        names = src.namelist()
        for name in names:
            data = parts.get(name, src.read(name))
            if name == "[Content_Types].xml" and "xl/sharedStrings.xml" in parts:
                override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_TYPE}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            out.writestr(name, data)
        for name, data in parts.items():
            if name not in names:
                out.writestr(name, data)
    return target


def problems(path: Path) -> list[str]:
    with pytest.raises(WorkbookError) as caught:
        read_plan(path)
    return [str(p) for p in caught.value.problems]


def test_a_shared_strings_bomb_is_refused(book: Path, tmp_path: Path) -> None:
    count = MAX_STRINGS + 100_000
    sst = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{SST}" count="{count}" '
        f'uniqueCount="{count}">'.encode()
        + b"<si><t>a</t></si>" * count
        + b"</sst>"
    )
    bomb = rewritten(book, tmp_path / "bomb.xlsx", {"xl/sharedStrings.xml": sst})
    assert bomb.stat().st_size < 1_000_000  # ~36 MB unpacked
    assert problems(bomb) == [
        f"Workbook: it holds more than {MAX_STRINGS:,} texts; a workbook of at most 100,000 "
        "rows can be imported"
    ]


def test_a_shared_strings_bomb_under_another_name_is_refused(book: Path, tmp_path: Path) -> None:
    """The table is found by what it holds, not by its name."""
    count = MAX_STRINGS + 100_000
    sst = b'<sst xmlns="' + SST.encode() + b'">' + b"<x:si><x:t>b</x:t></x:si>" * count + b"</sst>"
    bomb = rewritten(book, tmp_path / "bomb2.xlsx", {"xl/strings/elsewhere.bin": sst})
    assert any("more than 2,000,000 texts" in p for p in problems(bomb))


def test_a_cell_bomb_is_refused(book: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(book) as z:
        name = next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
        xml = z.read(name)
    row = b'<row r="2">' + b"<c/>" * (MAX_CELLS + 1000) + b"</row>"
    xml = re.sub(
        rb"<sheetData>.*</sheetData>|<sheetData/>",
        b"<sheetData>" + row + b"</sheetData>",
        xml,
        flags=re.S,
    )
    bomb = rewritten(book, tmp_path / "cells.xlsx", {name: xml})
    assert bomb.stat().st_size < 1_000_000
    assert problems(bomb) == [
        f"Workbook: it holds more than {MAX_CELLS:,} cells; a workbook of at most 100,000 rows "
        "can be imported"
    ]


def test_too_much_text_is_refused(
    book: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_module, "MAX_STRING_BYTES", 1 << 20)  # 1 MB, for a small test
    sst = b'<sst xmlns="' + SST.encode() + b'"><si><t>' + b"x" * (2 << 20) + b"</t></si></sst>"
    big = rewritten(book, tmp_path / "text.xlsx", {"xl/sharedStrings.xml": sst})
    assert problems(big) == [
        "Workbook: its texts take more than 1 MB; a workbook of at most 100,000 rows can be "
        "imported"
    ]


def test_an_honest_workbook_is_read(book: Path) -> None:
    assert read_plan(book).name == small_plan().name
