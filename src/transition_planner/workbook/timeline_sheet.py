"""The Timeline sheet: who carries each function over the horizon, printed one A4 page wide.

A column per month while the months fit one landscape page wide at a readable scale (`MIN_SCALE`),
else a column per calendar quarter, else per year (Haiti's eleven years print by quarter). Years
and period names are text, never numbers, so that no narrow column prints `###`: a year's label
runs over the empty cells to its right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter

from ..domain.enums import PresenceKind, enum_label
from ..domain.model import Plan
from ..i18n import QT_TRANSLATE_NOOP, month_names, translate
from .colours import ACTOR_PALETTE, GAP_FILL, KIND_FILL, NOT_REQUIRED_FILL
from .layout import FUNCTIONS, PRESENCES, TIMELINE, sheet_title
from .paper import (
    MIN_SCALE,
    column_mm,
    printable_width_mm,
    text_units,
    width_for_mm,
    wrapped_lines,
)
from .timeline import MAX_MONTHS, TimelineGrid, months_of, timeline_grid

if TYPE_CHECKING:
    from .export import _BookWriter

#: Months per column, finest first.
PERIODS = (1, 3, 12)
#: For each period, the narrowest column that still shows its label and a gap mark, and the
#: widest worth having (characters).
PERIOD_WIDTHS: dict[int, tuple[float, float]] = {1: (2.4, 4.6), 3: (2.7, 5.5), 12: (4.6, 9.0)}
#: Month names are written in full (abbreviated) from this width on, else as initials.
NAMED_MONTH_WIDTH = 4.0
#: The label columns: names wrap beyond `LABEL_MAX` characters (in a 9-point font).
LABEL_MAX = 30.0
LABEL_MIN = 16.0
LABEL_SIZE = 9
PERIOD_SIZE = 8
FIRST_PERIOD_COLUMN = 3
#: A legend label needs about this many characters (at 9 points) to be read whole.
LEGEND_LABEL_WIDTH = 34.0
#: Rows above the grid (title, years, period names): frozen and repeated on every page.
HEADER_ROWS = 3

_LEGEND: dict[int, tuple[str, str, str]] = {
    1: (
        QT_TRANSLATE_NOOP(
            "Workbook", "GAP: nobody carries the function on most of its required days that month"
        ),
        QT_TRANSLATE_NOOP(
            "Workbook", "gap: nobody carries the function on some required days that month"
        ),
        QT_TRANSLATE_NOOP("Workbook", "grey: the function is not required that month"),
    ),
    3: (
        QT_TRANSLATE_NOOP(
            "Workbook",
            "GAP: nobody carries the function on most of its required days that quarter",
        ),
        QT_TRANSLATE_NOOP(
            "Workbook", "gap: nobody carries the function on some required days that quarter"
        ),
        QT_TRANSLATE_NOOP("Workbook", "grey: the function is not required that quarter"),
    ),
    12: (
        QT_TRANSLATE_NOOP(
            "Workbook", "GAP: nobody carries the function on most of its required days that year"
        ),
        QT_TRANSLATE_NOOP(
            "Workbook", "gap: nobody carries the function on some required days that year"
        ),
        QT_TRANSLATE_NOOP("Workbook", "grey: the function is not required that year"),
    ),
}


@dataclass(frozen=True)
class TimelineLayout:
    """How the Timeline sheet is laid out on paper."""

    months_per_period: int
    #: Widths (characters) of the name column, the kind / priority column and each period.
    label_width: float
    kind_width: float
    period_width: float
    #: The print scale at which the sheet is one page wide.
    scale: float

    @property
    def widths(self) -> list[float]:
        return [self.label_width, self.kind_width]


def _text_width(text: str, size: float) -> float:
    """About how many default-font characters `text` takes in a `size`-point font."""
    return text_units(text, size)


def choose_layout(plan: Plan, kinds: list[str]) -> TimelineLayout:
    """The finest period whose columns fit one landscape page wide at `MIN_SCALE` or more,
    with the columns as wide as the page allows."""
    names = [p.name for p in plan.presences] + [f.name for f in plan.functions]
    longest = max((_text_width(n, LABEL_SIZE) for n in names), default=0.0)
    label_width = max(LABEL_MIN, min(LABEL_MAX, longest + 1.5))
    kind_header = translate("Workbook", "Kind / priority")
    kind_width = max(
        [9.0, len(kind_header) * 1.1 + 0.5]
        + [min(18.0, _text_width(k, LABEL_SIZE) + 1.0) for k in kinds]
    )
    labels_mm = column_mm(label_width) + column_mm(kind_width)
    page = printable_width_mm(landscape=True)
    for step in PERIODS:
        periods, _cut = months_of(plan.horizon_start, plan.horizon_end, MAX_MONTHS, step)
        n = max(1, len(periods))
        narrow, wide = PERIOD_WIDTHS[step]
        needed = labels_mm + n * column_mm(narrow)
        if needed <= page / MIN_SCALE or step == PERIODS[-1]:
            width = max(narrow, min(wide, width_for_mm((page - labels_mm) / n)))
            width = round(width, 1)
            total = labels_mm + n * column_mm(width)
            return TimelineLayout(step, label_width, kind_width, width, min(1.0, page / total))
    raise AssertionError("unreachable")  # pragma: no cover


def _period_label(grid: TimelineGrid, index: int, width: float) -> str:
    start = grid.months[index].start
    step = grid.months_per_period
    if step == 12:
        return str(start.year)
    if step == 3:
        return translate("Workbook", "Q{quarter}").format(quarter=(start.month - 1) // 3 + 1)
    name = month_names()[start.month - 1]
    return name if width >= NAMED_MONTH_WIDTH else name[:1].upper()


def _year_labels(grid: TimelineGrid) -> list[str | None]:
    """The year over the first column of each year, as text; the first column's year only when
    it has room (two columns) before the next year's label."""
    out: list[str | None] = []
    for i, period in enumerate(grid.months):
        new_year = i == 0 or period.start.year != grid.months[i - 1].start.year
        out.append(str(period.start.year) if new_year else None)
    if len(out) > 1 and out[0] is not None and any(out[1:2]):
        out[0] = None
    return out


def write_timeline_sheet(book: _BookWriter) -> None:
    plan = book.plan
    kinds = [enum_label(p.kind) for p in plan.presences] + [
        enum_label(f.priority) for f in plan.functions
    ]
    layout = choose_layout(plan, kinds)
    grid = timeline_grid(plan, months_per_period=layout.months_per_period)
    ws = book.new_sheet(TIMELINE)
    periods = grid.months
    ws.column_dimensions["A"].width = layout.label_width
    ws.column_dimensions["B"].width = layout.kind_width
    for i in range(len(periods)):
        letter = get_column_letter(FIRST_PERIOD_COLUMN + i)
        ws.column_dimensions[letter].width = layout.period_width
    ws.freeze_panes = f"{get_column_letter(FIRST_PERIOD_COLUMN)}{HEADER_ROWS + 1}"
    book.page_setup(ws)
    ws.print_title_rows = f"1:{HEADER_ROWS}"
    ws.print_title_cols = "A:B"
    if grid.truncated:
        book.cleaner.warn(
            f"{sheet_title(TIMELINE)}: the horizon is longer than {MAX_MONTHS // 12} years; "
            "the timeline shows its first years only"
        )

    out: list[list[object]] = []  # the rows, written at the end (the size goes first)
    heights: dict[int, float] = {}
    bold = book.style(bold=True)
    label = book.style(size=LABEL_SIZE, wrap=True)
    small = book.style(size=LABEL_SIZE, top=True)
    title = book.style(bold=True, size=14)
    period_style = book.style(size=PERIOD_SIZE, center=True)
    year_style = book.style(size=PERIOD_SIZE, bold=True, left=True)
    out.append(
        [
            book.cell(
                ws,
                translate("Workbook", "Timeline — {plan}").format(plan=book.clean_name(plan.name)),
                title,
                "s",
            )
        ]
    )
    if layout.months_per_period == 12:
        out.append([])
    else:
        out.append(
            [book.cell(ws, translate("Workbook", "Year"), year_style, "s"), None]
            + [book.cell(ws, y, year_style, "s") if y else None for y in _year_labels(grid)]
        )
    out.append(
        [
            book.cell(ws, translate("Workbook", "Presence / function"), bold, "s"),
            book.cell(ws, translate("Workbook", "Kind / priority"), bold, "s"),
        ]
        + [
            book.cell(ws, _period_label(grid, i, layout.period_width), period_style, "s")
            for i in range(len(periods))
        ]
    )

    # colours of the actors that carry something, in plan order

    carriers = grid.carriers
    cycling = len(carriers) > len(ACTOR_PALETTE)
    actor_colour = {a: ACTOR_PALETTE[i % len(ACTOR_PALETTE)] for i, a in enumerate(carriers)}
    actor_number = {a: i + 1 for i, a in enumerate(carriers)}
    gap_mark = translate("Workbook", "GAP")
    partial_mark = translate("Workbook", "gap")
    gap_style = book.style(
        fill=GAP_FILL, font_color="FFFFFF", bold=True, size=7, center=True, border=True
    )
    grey = book.style(fill=NOT_REQUIRED_FILL, border=True)
    partial_plain = book.style(font_color=GAP_FILL, bold=True, size=7, center=True)

    def name_cell(name: str, row: int) -> object:
        lines = wrapped_lines(name, layout.label_width, LABEL_SIZE)
        if lines > 1:
            heights[row] = 12.5 * lines + 1
        return book.text(ws, name, row, 1, wrap=True, size=LABEL_SIZE)

    out.append([book.cell(ws, sheet_title(PRESENCES), bold, "s")])
    for p in plan.presences:
        fill = book.style(fill=KIND_FILL[p.kind], border=True)
        row = len(out) + 1
        cells: list[object] = [
            name_cell(p.name, row),
            book.cell(ws, enum_label(p.kind), small, "s"),
        ]
        cells += [book.cell(ws, None, fill) if on else None for on in grid.presences[p.id]]
        out.append(cells)
    cells = [book.cell(ws, translate("Workbook", "Any presence"), label, "s"), None]
    for m, gap_days in zip(periods, grid.presence_gap_days, strict=True):
        if gap_days and 2 * gap_days >= m.days:
            cells.append(book.cell(ws, gap_mark, gap_style, "s"))
        elif gap_days:
            cells.append(book.cell(ws, partial_mark, partial_plain, "s"))
        else:
            cells.append(None)
    out.append(cells)
    out.append([])
    out.append([book.cell(ws, sheet_title(FUNCTIONS), bold, "s")])
    for f in plan.functions:
        row = len(out) + 1
        cells = [name_cell(f.name, row), book.cell(ws, enum_label(f.priority), small, "s")]
        for fm in grid.functions[f.id]:
            if fm.is_gap:
                cells.append(book.cell(ws, gap_mark, gap_style, "s"))
            elif fm.actor_id is not None:
                colour = actor_colour[fm.actor_id]
                if fm.has_gap_days:
                    style = book.style(
                        fill=colour,
                        font_color=GAP_FILL,
                        bold=True,
                        size=7,
                        center=True,
                        border=True,
                    )
                    cells.append(book.cell(ws, partial_mark, style, "s"))
                elif cycling:
                    style = book.style(fill=colour, size=7, center=True, border=True)
                    cells.append(book.cell(ws, actor_number[fm.actor_id], style, "n"))
                else:
                    cells.append(book.cell(ws, None, book.style(fill=colour, border=True)))
            elif fm.required_days == 0:
                cells.append(book.cell(ws, None, grey))
            else:
                cells.append(None)
        out.append(cells)

    # the legend: each label right of its swatch, running over the (empty) period columns; in
    # two columns where the periods leave room for a label in each half
    out.append([])
    out.append([book.cell(ws, translate("Workbook", "Legend"), bold, "s")])
    plain = book.style(size=LABEL_SIZE)
    legend: list[tuple[object, object]] = []
    for actor_id in carriers:
        actor = plan.actor(actor_id)
        assert actor is not None
        text = translate("Workbook", "{actor} ({type})").format(
            actor=book.clean_name(actor.name), type=enum_label(actor.type)
        )
        colour = actor_colour[actor_id]
        if cycling:
            swatch = book.cell(
                ws, actor_number[actor_id], book.style(fill=colour, size=7, center=True), "n"
            )
        else:
            swatch = book.cell(ws, None, book.style(fill=colour, size=LABEL_SIZE))
        legend.append((swatch, book.cell(ws, text, plain, "s")))
    most, some, not_required = _LEGEND[layout.months_per_period]
    for swatch, text in (
        (book.cell(ws, gap_mark, gap_style, "s"), most),
        (book.cell(ws, partial_mark, partial_plain, "s"), some),
        (book.cell(ws, None, book.style(fill=NOT_REQUIRED_FILL, size=LABEL_SIZE)), not_required),
    ):
        legend.append((swatch, book.cell(ws, translate("Workbook", text), plain, "s")))
    for kind in PresenceKind:
        if any(p.kind is kind for p in plan.presences):
            text = translate("Workbook", "{kind} (presence)").format(kind=enum_label(kind))
            swatch = book.cell(ws, None, book.style(fill=KIND_FILL[kind], size=LABEL_SIZE))
            legend.append((swatch, book.cell(ws, text, plain, "s")))
    if cycling:
        text = translate(
            "Workbook", "Colours repeat: the number in a cell names the actor in this legend."
        )
        legend.append((None, book.cell(ws, text, plain, "s")))
    half = len(periods) // 2
    if half * layout.period_width >= LEGEND_LABEL_WIDTH and len(legend) > 4:
        rows = -(-len(legend) // 2)
        for left, right in zip(legend[:rows], [*legend[rows:], None], strict=False):
            cells = [None, *left]
            if right is not None:
                cells += [None] * (half - 1) + list(right)
            out.append(cells)
    else:
        out.extend([None, *entry] for entry in legend)

    for row, height in heights.items():
        ws.row_dimensions[row].height = height
    width = max(len(r) for r in out)
    book.set_dimension(ws, f"A1:{get_column_letter(max(2, width))}{len(out)}")
    for cells in out:
        ws.append(cells)
