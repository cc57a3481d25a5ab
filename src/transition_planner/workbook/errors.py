"""Problems found in a workbook, each naming its place as `Sheet!Cell`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WorkbookProblem:
    """One thing wrong with a workbook.

    `sheet` names the sheet (or "Workbook" for the file as a whole), `cell` the cell ("C12") when
    the problem is about one cell, else None.
    """

    sheet: str
    cell: str | None
    message: str

    def __str__(self) -> str:
        if self.cell:
            return f"{self.sheet}!{self.cell}: {self.message}"
        return f"{self.sheet}: {self.message}"


class WorkbookError(Exception):
    """A workbook that cannot be read or imported; carries every problem found."""

    def __init__(self, problems: list[WorkbookProblem], path: Path | None = None) -> None:
        self.problems = list(problems)
        #: the workbook, when known
        self.path = path
        super().__init__("\n".join(str(p) for p in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
