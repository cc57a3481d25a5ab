"""Text as it goes into and comes out of cells: control characters, length, formula triggers."""

from __future__ import annotations

import re

from openpyxl.utils import get_column_letter

from .layout import MAX_CELL_TEXT

#: Characters XML 1.0 (and so a workbook) cannot hold; openpyxl refuses them.
ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

#: Text a spreadsheet could take for a formula when a person re-enters the cell: leading formula
#: characters (also their full-width forms and after blanks), or a leading tab / line break.
_FORMULA_START = re.compile(r"^(?:[\t\r\n]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])")
#: Text a spreadsheet would turn into a number, date, time or truth value when re-entered.
_LOOKS_LIKE_VALUE = re.compile(
    r"^\s*(?:(?=[^\d]*\d)[\d\s.,/:%$€£()eE+-]+|true|false)\s*$", re.IGNORECASE
)


#: What OOXML reads as an escaped character (`_x000D_`): a literal one is escaped as `_x005F_`.
_ESCAPE_LIKE = re.compile(r"_(?=[xX][0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")
_LINE_ENDS = re.compile(r"\r\n?")


def normalise_line_ends(text: str) -> str:
    """Line breaks as one line feed: a carriage return (alone or before a line feed) is one."""
    return _LINE_ENDS.sub("\n", text) if "\r" in text else text


def cell_text(text: str) -> str:
    """`text` as a string cell holds it: line breaks as line feeds, and text that reads as an
    OOXML escape (`_x0000_`) escaped (`_x005F_x0000_`), so that a spreadsheet shows it as typed."""
    text = normalise_line_ends(text)
    return _ESCAPE_LIKE.sub("_x005F_", text) if "_" in text else text


def unescape_cell_text(text: str) -> str:
    """A string cell's text as a spreadsheet shows it (`_x000D_` is a carriage return,
    `_x005F_` an underscore); openpyxl leaves these escapes as they are."""
    if "_" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m[1], 16)), text)


def same_text(a: object, b: object) -> bool:
    """Two texts that differ at most in how their lines end."""
    return (
        isinstance(a, str)
        and isinstance(b, str)
        and normalise_line_ends(a) == normalise_line_ends(b)
    )


def needs_quote_prefix(text: str) -> bool:
    """True when a cell holding `text` must be marked "text" (quotePrefix) so that a spreadsheet
    never turns it into a formula, a number or a date — not even when somebody edits the cell."""
    if _FORMULA_START.match(text):
        return True
    return len(text) <= 64 and bool(_LOOKS_LIKE_VALUE.match(text))


class TextCleaner:
    """Makes text fit a cell, and remembers what it had to change (as warnings naming the cell)."""

    def __init__(self, max_warnings: int = 100) -> None:
        self.warnings: list[str] = []
        self._max = max_warnings
        self._more = 0

    def warn(self, message: str) -> None:
        if len(self.warnings) < self._max:
            self.warnings.append(message)
        else:
            self._more += 1

    def clean(self, text: str, sheet: str, row: int, column: int) -> str:
        """`text` without the characters a cell cannot hold, cut to what a cell holds; line
        breaks as line feeds."""
        text = normalise_line_ends(text)
        if len(text) > MAX_CELL_TEXT or ILLEGAL_CHARACTERS.search(text):
            where = f"{sheet}!{get_column_letter(column)}{row}"
            if ILLEGAL_CHARACTERS.search(text):
                text = ILLEGAL_CHARACTERS.sub("", text)
                self.warn(f"{where}: control characters removed")
            if len(text) > MAX_CELL_TEXT:
                self.warn(
                    f"{where}: text of {len(text):,} characters cut to {MAX_CELL_TEXT:,} "
                    "(the most a cell holds)"
                )
                text = text[:MAX_CELL_TEXT]
        return text

    def result(self) -> list[str]:
        if self._more:
            return [*self.warnings, f"… and {self._more:,} more warnings"]
        return list(self.warnings)


def strip_illegal(text: str) -> str:
    return ILLEGAL_CHARACTERS.sub("", text)
