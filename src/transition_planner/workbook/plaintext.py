"""A plan written as text (TOML), read through the workbook importer.

The example plans ship as TOML documents that mirror the workbook of SPEC §5 — a `[Summary]`
table of the Summary keys, then one array of tables per data sheet whose keys are the sheet's
column headers (`resources/examples/README.md`). `TextBook` offers them to the importer as the
sheets of a workbook, so an example is checked by exactly the rules a colleague's workbook is,
and says where a problem is in the same words (`Presences!C3: bad date …`, with row 2 the first
table of an array).
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from .errors import WorkbookProblem
from .layout import DATA_SHEETS, ID_HEADER, SUMMARY, SUMMARY_KEYS, norm
from .reader import WORKBOOK, RawSheet, matching_sheets


class TextBook:
    """A TOML plan, as the sheets of a workbook (the interface of `reader.RawBook`)."""

    def __init__(self, path: Path, text: str | None = None) -> None:
        self.path = path
        self.text = text
        self.problems: list[WorkbookProblem] = []
        self._data: dict[str, Any] = {}

    def __enter__(self) -> TextBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._data = {}

    def open(self) -> bool:
        try:
            text = self.path.read_text("utf-8") if self.text is None else self.text
            self._data = tomllib.loads(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            self.problems.append(WorkbookProblem(WORKBOOK, None, f"{self.path.name}: {exc}"))
            return False
        known = {norm(title) for title in [SUMMARY, *(s.title for s in DATA_SHEETS)]}
        for key in self._data:
            if norm(key) not in known:
                self.problems.append(WorkbookProblem(key, None, "not a sheet of a plan"))
        return True

    @property
    def sheet_names(self) -> list[str]:
        return list(self._data)

    def sheet_state(self, name: str) -> str:
        return "visible"  # a text file hides nothing

    def find_sheets(self, titles: list[str]) -> list[str]:
        return matching_sheets(self.sheet_names, titles)

    def find_sheet(self, title: str) -> str | None:
        wanted = norm(title)
        return next((name for name in self._data if norm(name) == wanted), None)

    def read_sheet(self, name: str, *, min_width: int = 1) -> RawSheet | None:
        value = self._data.get(name)
        if norm(name) == norm(SUMMARY):
            return self._summary(name, value)
        sheet = next(s for s in DATA_SHEETS if norm(s.title) == norm(name))
        if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
            self.problems.append(WorkbookProblem(name, None, f"write it as [[{sheet.title}]]"))
            return None
        headers = sheet.headers
        known = {norm(h) for h in headers}
        rows: list[tuple[int, list[object]]] = []
        for number, row in enumerate(value, start=2):
            for key in row:
                if norm(key) not in known:
                    self.problems.append(
                        WorkbookProblem(
                            name,
                            None,
                            f"row {number}: {key!r} is not a column of the sheet "
                            f"(its columns: {', '.join(h for h in headers if h != ID_HEADER)})",
                        )
                    )
            by_key = {norm(k): v for k, v in row.items()}
            rows.append((number, [self._cell(name, by_key.get(norm(h))) for h in headers]))
        return RawSheet(name, list(headers), rows)

    def _summary(self, name: str, value: object) -> RawSheet | None:
        if not isinstance(value, dict):
            self.problems.append(WorkbookProblem(name, None, f"write it as [{SUMMARY}]"))
            return None
        keys = {norm(spec.key) for spec in SUMMARY_KEYS}
        pairs = [[key, self._cell(name, v)] for key, v in value.items()]
        for key, _v in pairs:
            if norm(str(key)) not in keys:
                self.problems.append(WorkbookProblem(name, None, f"{key!r} is not a Summary key"))
        if not pairs:
            return RawSheet(name, [])
        return RawSheet(name, pairs[0], [(n, pair) for n, pair in enumerate(pairs[1:], start=2)])

    def _cell(self, sheet: str, value: object) -> object:
        """A TOML value as a cell's: dates and datetimes, text, numbers; never a list."""
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)
        if isinstance(value, date | str | int | float | bool) or value is None:
            return value
        if isinstance(value, time):
            return value.isoformat()
        self.problems.append(WorkbookProblem(sheet, None, f"not a cell value: {value!r}"))
        return None
