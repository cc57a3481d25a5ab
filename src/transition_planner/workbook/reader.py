"""Reading the cells of a workbook someone sent, safely.

Hostile or broken files are expected: anything openpyxl cannot read becomes a `WorkbookProblem`,
sizes are bounded before anything big is read, the file is opened read-only and always closed, and
nothing is ever written. Formula cells are told apart from blanks: a workbook not last saved by
Excel has no computed value for its formulas, and importing those as blanks would lose data.
"""

from __future__ import annotations

import contextlib
import re
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from .errors import WorkbookProblem
from .layout import (
    MAX_CELLS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_STRING_BYTES,
    MAX_STRINGS,
    MAX_UNCOMPRESSED_BYTES,
    norm,
)
from .text import unescape_cell_text

WORKBOOK = "Workbook"
#: At most this many columns are read from a sheet (the data sheets use ten).
MAX_COLUMNS = 1000
EXCEL_MAX_ROW = 1_048_576

_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?f[\s>/]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class CellError:
    """A cell holding a spreadsheet error value (#REF!, #N/A …)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"CellError({self.text!r})"


class BadSerial(CellError):
    """A cell formatted as a date whose number is no day a workbook can hold (99,999,999)."""

    __slots__ = ("serial",)

    def __init__(self, serial: str) -> None:
        super().__init__("#VALUE!")
        self.serial = serial

    def __repr__(self) -> str:
        return f"BadSerial({self.serial!r})"


#: openpyxl's warning for such a cell (it makes the cell an error value).
_BAD_SERIAL = re.compile(
    r"Cell ([A-Z]+)\d+ is marked as a date but the serial value (\S+) is outside"
)


class Formula:
    """A formula cell without a computed value (the file was not last saved by Excel)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Formula()"


FORMULA = Formula()


@dataclass
class RawSheet:
    title: str
    #: The values of row 1.
    header: list[object]
    #: (row number, values) of the rows below the header that hold anything.
    rows: list[tuple[int, list[object]]] = field(default_factory=list)


class RawBook:
    """An open workbook (read-only); use as a context manager so that it is always closed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[WorkbookProblem] = []
        self._stack = ExitStack()
        self._wb: Any = None
        self._formula_wb: Any = None

    # -- opening -------------------------------------------------------------------------------

    def __enter__(self) -> RawBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for wb in (self._wb, self._formula_wb):
            if wb is not None:
                with contextlib.suppress(Exception):  # must not hide the real error
                    wb.close()
        self._wb = self._formula_wb = None
        self._stack.close()

    def open(self) -> bool:
        """Open the file; False (with problems recorded) when it is not a readable workbook."""
        problem = self._check_file()
        if problem is not None:
            self.problems.append(WorkbookProblem(WORKBOOK, None, problem))
            return False
        try:
            self._wb = self._load(data_only=True)
        except Exception as exc:
            self.problems.append(
                WorkbookProblem(
                    WORKBOOK, None, f"not an Excel workbook (.xlsx): cannot be read ({_short(exc)})"
                )
            )
            return False
        return True

    def _load(self, *, data_only: bool) -> Any:
        handle: BinaryIO = self._stack.enter_context(open(self.path, "rb"))  # noqa: SIM115
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # a file object, not a name: openpyxl would refuse names not ending in .xlsx
            return load_workbook(handle, read_only=True, data_only=data_only, keep_links=False)

    def _check_file(self) -> str | None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return f"file not found: {self.path}"
        except OSError as exc:
            return f"cannot be read: {exc.strerror or exc}"
        if self.path.is_dir():
            return f"{self.path} is a folder, not an Excel workbook (.xlsx)"
        if size == 0:
            return "not an Excel workbook (.xlsx): the file is empty"
        if size > MAX_FILE_BYTES:
            return (
                f"the file is {size / 2**20:,.0f} MB; workbooks of at most "
                f"{MAX_FILE_BYTES / 2**20:,.0f} MB can be imported"
            )
        try:
            with open(self.path, "rb") as f:
                magic = f.read(8)
            if magic == _OLE_MAGIC:
                return (
                    "not an Excel workbook (.xlsx): this is an old .xls or a password-protected "
                    "file; save it as an unprotected .xlsx workbook"
                )
            if not zipfile.is_zipfile(self.path):
                return "not an Excel workbook (.xlsx)"
            with zipfile.ZipFile(self.path) as archive:
                total = sum(max(0, info.file_size) for info in archive.infolist())
        except (OSError, zipfile.BadZipFile, ValueError, RuntimeError) as exc:
            return f"not an Excel workbook (.xlsx): {_short(exc)}"
        if total > MAX_UNCOMPRESSED_BYTES:
            return (
                f"the workbook unpacks to {total / 2**20:,.0f} MB; at most "
                f"{MAX_UNCOMPRESSED_BYTES / 2**20:,.0f} MB can be imported"
            )
        try:
            return _count_contents(self.path)
        except Exception as exc:  # a damaged archive (zlib.error, BadZipFile, CRC …)
            return f"not an Excel workbook (.xlsx): cannot be read ({_short(exc)})"

    # -- sheets --------------------------------------------------------------------------------

    @property
    def sheet_names(self) -> list[str]:
        return list(self._wb.sheetnames) if self._wb is not None else []

    def sheet_state(self, name: str) -> str:
        """ "visible", "hidden" or "veryHidden"."""
        try:
            state = getattr(self._wb[name], "sheet_state", "visible")
        except Exception:
            return "visible"
        return state if isinstance(state, str) else "visible"

    def find_sheets(self, titles: list[str]) -> list[str]:
        """The workbook's sheets that read as any of `titles` (case and blanks ignored), in
        the order of `titles`, then of the workbook."""
        return matching_sheets(self.sheet_names, titles)

    def find_sheet(self, title: str) -> str | None:
        """The workbook's name for sheet `title` (case and blanks ignored), or None."""
        wanted = norm(title)
        for name in self.sheet_names:
            if norm(name) == wanted:
                return name
        return None

    def read_sheet(self, name: str, *, min_width: int = 1) -> RawSheet | None:
        """Every non-blank row of a sheet, as wide as its header row (at least `min_width`);
        None (with a problem) when it cannot be read."""
        try:
            ws = self._wb[name]
        except Exception as exc:
            self.problems.append(WorkbookProblem(name, None, f"cannot be read ({_short(exc)})"))
            return None
        if not hasattr(ws, "iter_rows"):
            self.problems.append(WorkbookProblem(name, None, "is a chart, not a worksheet"))
            return None
        formulas = self._formula_cells(name, ws)
        sheet = RawSheet(name, [])
        try:
            ws.reset_dimensions()  # a wrong <dimension> must not hide rows
            rows = ws.iter_rows()
        except Exception as exc:
            self.problems.append(WorkbookProblem(name, None, f"cannot be read ({_short(exc)})"))
            return None
        with warnings.catch_warnings(record=True) as caught:
            # openpyxl warns (to standard error) of a date serial out of range: it becomes a
            # problem at its cell instead
            warnings.simplefilter("always")
            self._read_rows(sheet, _guarded(rows, name, self.problems), caught, formulas, min_width)
        return sheet

    def _read_rows(
        self,
        sheet: RawSheet,
        rows: Iterator[tuple[int, tuple[Any, ...]]],
        caught: list[warnings.WarningMessage],
        formulas: dict[tuple[int, int], bool],
        min_width: int,
    ) -> None:
        name = sheet.title
        width = MAX_COLUMNS
        for number, cells in rows:
            bad: dict[int, str] = {}
            if caught:
                for w in caught:
                    m = _BAD_SERIAL.match(str(w.message))
                    if m:
                        bad[column_index_from_string(m[1])] = m[2]
                caught.clear()
            if number == 1:
                sheet.header = [_value(c, None) for c in cells[:MAX_COLUMNS]]
                while sheet.header and _blank(sheet.header[-1]):
                    sheet.header.pop()
                width = max(len(sheet.header), min_width)
                continue
            values = [
                BadSerial(bad[i])
                if bad and i in bad
                else _value(c, formulas.get((number, i)) if formulas else None)
                for i, c in enumerate(cells[:width], start=1)
            ]
            if all(_blank(v) for v in values):
                if number > EXCEL_MAX_ROW:
                    break
                continue
            if len(sheet.rows) >= MAX_ROWS:
                self.problems.append(
                    WorkbookProblem(
                        name,
                        None,
                        f"more than {MAX_ROWS:,} rows; at most {MAX_ROWS:,} can be imported",
                    )
                )
                break
            sheet.rows.append((number, values))

    def _formula_cells(self, name: str, ws: Any) -> dict[tuple[int, int], bool]:
        """The cells of sheet `name` that hold formulas (read only when the sheet has any)."""
        part = getattr(ws, "_worksheet_path", None)
        archive = getattr(self._wb, "_archive", None)
        if part is not None and archive is not None and not _has_formulas(archive, part):
            return {}
        found: dict[tuple[int, int], bool] = {}
        try:
            if self._formula_wb is None:
                self._formula_wb = self._load(data_only=False)
            fws = self._formula_wb[name]
            fws.reset_dimensions()
            problems: list[WorkbookProblem] = []  # reported by the main pass already
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the main pass reports them
                for number, cells in _guarded(fws.iter_rows(), name, problems):
                    if number > MAX_ROWS + 1:
                        break
                    for i, c in enumerate(cells[:MAX_COLUMNS], start=1):
                        if getattr(c, "data_type", None) == "f":
                            found[(number, i)] = True
        except Exception:  # the main pass reports what cannot be read
            pass
        return found


#: Each string of the shared strings table ends with `</si>` (or is `<si/>`); each cell starts
#: `<c `, `<c>` or `<c/`, with or without a namespace prefix. Counted with bytes.count (gigabytes a
#: second); a match split between two chunks is missed, which a limit in millions does not feel.
_STRING_MARK = b"si>"
_CELL_MARKS = (b"<c ", b"<c>", b"<c/", b":c ", b":c>", b":c/")
_CHUNK = 1 << 20


def _count_contents(path: Path) -> str | None:
    """Count the strings, the cells and the bytes of text of a workbook as it unpacks, without
    parsing it; the problem when one is more than a workbook of MAX_ROWS rows holds, else None.
    Stops at the first limit passed, so a workbook built to unpack into millions of tiny strings
    is refused in a fraction of a second, in little memory."""
    strings = cells = string_bytes = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            part_strings = part_bytes = 0
            with archive.open(info) as part:
                while chunk := part.read(_CHUNK):
                    part_bytes += len(chunk)
                    part_strings += chunk.count(_STRING_MARK)
                    cells += sum(chunk.count(mark) for mark in _CELL_MARKS)
                    if part_strings:
                        if strings + part_strings // 2 > MAX_STRINGS:
                            return (
                                f"it holds more than {MAX_STRINGS:,} texts; a workbook of at "
                                f"most {MAX_ROWS:,} rows can be imported"
                            )
                        if string_bytes + part_bytes > MAX_STRING_BYTES:
                            return (
                                f"its texts take more than {MAX_STRING_BYTES / 2**20:,.0f} MB; a "
                                f"workbook of at most {MAX_ROWS:,} rows can be imported"
                            )
                    if cells > MAX_CELLS:
                        return (
                            f"it holds more than {MAX_CELLS:,} cells; a workbook of at most "
                            f"{MAX_ROWS:,} rows can be imported"
                        )
            if part_strings:
                strings += part_strings // 2
                string_bytes += part_bytes
    return None


def matching_sheets(names: list[str], titles: list[str]) -> list[str]:
    """The `names` that read as any of `titles` (case and blanks ignored), in the order of
    `titles`, then of `names`."""
    wanted = [norm(t) for t in titles]
    found = [(wanted.index(k), i, n) for i, n in enumerate(names) if (k := norm(n)) in wanted]
    return [n for _rank, _i, n in sorted(found)]


def _guarded(
    rows: Iterator[tuple[Any, ...]], sheet: str, problems: list[WorkbookProblem]
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Number the rows; a row openpyxl cannot parse ends the sheet with a problem."""
    number = 0
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception as exc:
            problems.append(
                WorkbookProblem(sheet, None, f"cannot be read after row {number} ({_short(exc)})")
            )
            return
        number += 1
        if number > EXCEL_MAX_ROW:
            problems.append(WorkbookProblem(sheet, None, "has more rows than a worksheet can"))
            return
        yield number, cells


def _value(cell: Any, is_formula: bool | None) -> object:
    value = getattr(cell, "value", None)
    data_type = getattr(cell, "data_type", None)
    if data_type == "e":
        return CellError(str(value))
    if value is None and is_formula:
        return FORMULA
    if isinstance(value, str):
        return unescape_cell_text(value)
    return value


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _has_formulas(archive: zipfile.ZipFile, part: str) -> bool:
    """Whether a worksheet's XML holds any formula element (fast scan, no parsing)."""
    try:
        with archive.open(part.lstrip("/")) as f:
            tail = b""
            while True:
                chunk = f.read(1 << 20)
                if not chunk:
                    return False
                buf = tail + chunk
                if _FORMULA_TAG.search(buf):
                    return True
                tail = buf[-64:]
    except Exception:
        return True  # cannot tell: look properly


def _short(exc: BaseException) -> str:
    text = str(exc).strip().replace("\n", " ") or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"
