"""How the workbook's sheets print: A4 (the UN's paper), margins, and how wide a page is.

Spreadsheet column widths are counted in characters of the default font (Calibri 11): a column
`w` characters wide is `7w + 5` pixels at 96 pixels per inch (the rule of Excel, which LibreOffice
follows when it reads a workbook). The printable width of a page is the paper's less its left and
right margins; a sheet "fits one page wide" at the print scale that makes its columns that wide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

#: openpyxl's paper size codes (ECMA-376 §18.18.43).
PAPER_A4 = 9
A4_MM = (210.0, 297.0)
#: Margins in inches (the unit of the file format): narrow at the sides for wide sheets.
MARGIN_SIDE = 0.4
MARGIN_TOP = 0.6
MARGIN_BOTTOM = 0.6
MARGIN_HEADER = 0.3
MM_PER_INCH = 25.4

#: Below this print scale, text on paper is too small to read comfortably (11 pt → 7.7 pt).
MIN_SCALE = 0.7


def printable_width_mm(landscape: bool = True) -> float:
    """The width a sheet prints into on an A4 page, in millimetres."""
    paper = A4_MM[1] if landscape else A4_MM[0]
    return paper - 2 * MARGIN_SIDE * MM_PER_INCH


def column_mm(width: float) -> float:
    """The printed width of a column `width` characters wide, at 100 %."""
    return (7 * width + 5) * MM_PER_INCH / 96


def width_for_mm(mm: float) -> float:
    """The column width (characters) that prints `mm` millimetres wide at 100 %."""
    return max(0.0, (mm * 96 / MM_PER_INCH - 5) / 7)


def fit_scale(widths: list[float], landscape: bool = True) -> float:
    """The print scale at which columns of these widths fit one page wide (at most 1)."""
    total = sum(column_mm(w) for w in widths)
    return min(1.0, printable_width_mm(landscape) / total) if total else 1.0


def page_setup(
    ws: Any,
    *,
    landscape: bool = True,
    fit_width: bool = True,
    fit_height: int = 0,
    footer_left: str = "",
    footer_right: str = "",
) -> None:
    """A4, the orientation, narrow side margins, one page wide (and `fit_height` pages tall, 0:
    as many as needed), the sheet's name centred in the footer. Set before the first row is
    written (write-only mode)."""
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins = PageMargins(
        left=MARGIN_SIDE,
        right=MARGIN_SIDE,
        top=MARGIN_TOP,
        bottom=MARGIN_BOTTOM,
        header=MARGIN_HEADER,
        footer=MARGIN_HEADER,
    )
    if fit_width:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = fit_height
    ws.oddFooter.left.text = footer_left
    ws.oddFooter.center.text = "&A"
    ws.oddFooter.right.text = footer_right


#: Table sheets aim to print one page wide at this scale or larger (11 pt → 8.25 pt).
TABLE_SCALE = 0.75


@dataclass(frozen=True)
class ColumnNeed:
    """What a column needs: at least `least` characters, ideally `ideal`; a column that may
    wrap (`flexible`) gives up width down to `least` when the page is short of it."""

    least: float
    ideal: float
    flexible: bool


def fit_widths(needs: list[ColumnNeed], *, scale: float = TABLE_SCALE) -> list[float]:
    """Column widths that print one landscape page wide at `scale` where they can: fixed columns
    keep their ideal width, flexible ones share what is left (each getting at most its ideal and
    at least its least; the narrow ones are served first)."""
    widths = [n.ideal for n in needs]
    budget = printable_width_mm(landscape=True) / scale
    if sum(column_mm(w) for w in widths) <= budget:
        return widths
    flexible = sorted((i for i, n in enumerate(needs) if n.flexible), key=lambda i: needs[i].ideal)
    left = budget - sum(column_mm(w) for i, w in enumerate(widths) if not needs[i].flexible)
    for k, i in enumerate(flexible):
        share = left / (len(flexible) - k)
        widths[i] = max(needs[i].least, min(needs[i].ideal, width_for_mm(share)))
        left -= column_mm(widths[i])
    return widths


# Widths of characters of Calibri (and Carlito, its metric twin), 11 points, in units of the
# column width (a digit's width), with a seventh to spare: a printed page scales its fonts in
# steps, and other fonts run wider.
_NARROW = frozenset(" .,;:!'|il()[]ftjrI-")
_WIDE = frozenset("mwMW@%")


def text_units(text: str, size: float = 11) -> float:
    """About how many column-width units `text` takes in a `size`-point font."""
    units = 0.0
    for ch in text:
        if ch in _NARROW:
            units += 0.45
        elif ch in _WIDE:
            units += 1.25
        elif ch.isupper() or ch.isdigit():
            units += 0.95
        else:
            units += 0.8
    return units * size / 11 * 1.15


def wrapped_lines(text: str, width: float, size: float = 11) -> int:
    """How many lines `text` takes wrapped at word boundaries in a column `width` wide."""
    # the cell's own padding, and a little room for a renderer that sets the text wider
    room = max(1.0, (width - 0.6) * 0.93)
    space = text_units(" ", size)
    total = 0
    for part in text.split("\n"):
        lines, used = 1, 0.0
        for word in part.split():
            size_of = text_units(word, size)
            if used and used + space + size_of > room:
                lines, used = lines + 1, 0.0
            while size_of > room:  # a word longer than a line breaks where it must
                lines += 1
                size_of -= room
            used = size_of if not used else used + space + size_of
        total += lines
    return total
