"""The building blocks of the brief: its budget, tables that stay whole, room for a picture,
text made safe and short, dates and numbers as the language writes them, and `Section`, the base
of the sections with the helpers they share.

Every word meant for the reader goes through `translate("Brief", …)` (literally: the French
catalogue's tool reads the source); dates, numbers and money follow the language (`i18n`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from ..i18n import format_day, language, translate
from .content import BriefContent
from .styles import FONT, HEADER_FILL, INK, RULE, Styles


@dataclass(frozen=True)
class Budget:
    """How much of each section the brief may show (cut further until it fits two pages)."""

    narrative_chars: int
    risks: int
    handovers: int
    presences: int
    lead_periods: int
    funding_years: int
    #: A finding's sentence is cut at this many characters, a name at `name_chars`.
    sentence_chars: int = 420
    name_chars: int = 60


class WholeTable(Table):
    """A table that moves to the next page whole rather than break across two. Its plain-text
    cells are set in the brief's font (ReportLab's default, Helvetica, is not embedded)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


class Placeholder(Flowable):
    """Room for a picture not drawn yet (the fitting passes do not render the chart)."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        return None


def text(value: str) -> str:
    """Planner-typed text made safe for a ReportLab paragraph (which reads a little XML)."""
    return escape(value)


def clip(value: str, limit: int) -> str:
    """`value` cut to `limit` characters at a word, with an ellipsis."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def narrative(description: str, limit: int) -> tuple[list[str], bool]:
    """The description's paragraphs within `limit` characters (cut at a sentence where one ends
    late enough, else at a word); and whether anything was cut."""
    paragraphs = [" ".join(p.split()) for p in description.replace("\r", "").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    out: list[str] = []
    used = 0
    for p in paragraphs:
        room = limit - used
        if len(p) <= room:
            out.append(p)
            used += len(p)
            continue
        if room > 80:
            head = p[:room]
            stop = max(head.rfind(". "), head.rfind("; "))
            out.append(head[: stop + 1] + " …" if stop > room * 0.5 else clip(p, room))
        return out, True
    return out, False


def day(value: date | None) -> str:
    return format_day(value) if value is not None else translate("Brief", "ongoing")


def span(start: date, end: date) -> str:
    if start == end:
        return format_day(start)
    return translate("Brief", "{start} – {end}").format(
        start=format_day(start), end=format_day(end)
    )


def grid(
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> WholeTable:
    table = WholeTable(rows, colWidths=list(widths), repeatRows=0)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, INK),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
    ]
    table.setStyle(TableStyle([*style, *extra]))
    return table


BARE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def colored(style: ParagraphStyle, color: colors.Color) -> ParagraphStyle:
    """`style` with another text colour."""
    return ParagraphStyle(f"{style.name}-{color.hexval()}", parent=style, textColor=color)


def fixed(value: float, decimals: int) -> str:
    """`value` with exactly `decimals` decimals, in the language's format (12.0, 1 234,5)."""
    textual = f"{value:,.{decimals}f}"
    if language() == "fr":
        textual = textual.replace(",", "\u00a0").replace(".", ",")
    return textual


def picture_flowable(png: bytes) -> Callable[[float, float], Flowable]:
    """The timeline section's picture maker, from PNG bytes."""

    def make(width: float, height: float) -> Flowable:
        return Image(io.BytesIO(png), width=width, height=height)

    return make


def placeholder(width: float, height: float) -> Flowable:
    return Placeholder(width, height)


class Section:
    """What every section needs: the brief's content, its styles and budget, the text width
    (points), and paragraph and cell makers."""

    def __init__(self, content: BriefContent, styles: Styles, budget: Budget, width: float) -> None:
        self.c = content
        self.s = styles
        self.b = budget
        self.width = width

    def p(self, markup: str, style: Any = None) -> Paragraph:
        return Paragraph(markup, style or self.s.body)

    def cell(self, value: str, style: Any = None) -> Paragraph:
        return Paragraph(value, style or self.s.cell)

    def head(self, *words: str) -> list[Any]:
        """A table's header cells."""
        return [self.cell(text(w), self.s.cell_head) for w in words]

    def heading(self, words: str) -> Paragraph:
        return self.p(text(words), self.s.heading)
