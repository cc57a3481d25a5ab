"""Writing a plan's workbook (SPEC §5).

The workbook is written in openpyxl's write-only mode (the fast path for big plans) and saved
atomically: a temporary file in the target's folder, flushed to disk, then renamed over the target.
Text a person typed is always written as text (never as a formula); text a cell cannot hold is
cleaned, and every such change is returned as a warning naming the cell.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import warnings
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from ..domain.enums import PresenceKind, Severity, enum_values
from ..domain.findings import Analysis, Finding
from ..domain.model import Entity, Plan
from .layout import (
    ACTORS,
    DATA_SHEETS,
    DATE_FORMAT,
    FORMAT_VERSION,
    FUNCTIONS,
    GAPS,
    ID_HEADER,
    LISTS,
    PRESENCES,
    SUMMARY,
    TIMELINE,
    Column,
    DataSheet,
)
from .text import TextCleaner, needs_quote_prefix
from .timeline import TimelineGrid, timeline_grid

#: Colour-blind-safe fills for the actors carrying functions (Paul Tol's "light" scheme, without
#: its grey): light enough for dark text, far from the red of gaps.
ACTOR_PALETTE: tuple[str, ...] = (
    "77AADD",
    "EE8866",
    "EEDD88",
    "FFAABB",
    "99DDFF",
    "44BB99",
    "BBCC33",
    "AAAA00",
)
#: Presence rows by kind (Paul Tol's "bright" scheme).
KIND_FILL: dict[PresenceKind, str] = {
    PresenceKind.PKO: "4477AA",
    PresenceKind.SPM: "228833",
    PresenceKind.NON_MISSION: "CCBB44",
    PresenceKind.REGIONAL_OFFICE: "66CCEE",
    PresenceKind.PARTNER_MISSION: "AA3377",
}
GAP_FILL = "C00000"
#: Header cells look like the table style's header also where table styles are not shown
#: (LibreOffice, printing).
HEADER_FILL = "4472C4"
NOT_REQUIRED_FILL = "EEEEEE"
SEVERITY_FILL: dict[Severity, str] = {
    Severity.CRITICAL: "FFC7CE",
    Severity.HIGH: "FFE0B2",
    Severity.MEDIUM: "FFF2CC",
    Severity.LOW: "E2EFDA",
    Severity.INFO: "DDEBF7",
}
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TABLE_STYLE = "TableStyleMedium2"
#: Data validation and drop-downs reach this many rows below the data, for rows colleagues add.
SPARE_ROWS = 1000
EXCEL_MAX_ROW = 1_048_576


def export_plan(
    plan: Plan,
    analysis: Analysis,
    path: Path,
    *,
    app_version: str,
    exported_at: datetime | None = None,
    timeline_png: bytes | None = None,
) -> list[str]:
    """Write `plan`'s workbook to `path` atomically; return the warnings (text cut, characters
    removed, picture left out …), each naming its cell."""
    path = Path(path)
    writer = _BookWriter(plan, analysis)
    try:
        writer.write(
            app_version=app_version,
            exported_at=exported_at or datetime.now(UTC).astimezone(),
            timeline_png=timeline_png,
        )
        _save_atomically(writer.wb, path)
    except BaseException:
        _discard(writer.wb)
        raise
    return writer.cleaner.result()


def _discard(wb: Workbook) -> None:
    """Close and delete the temporary files of a write-only workbook that will not be saved."""
    for ws in wb._sheets:
        rows = getattr(ws, "_rows", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
            ws._rows = None
        sheet_writer = getattr(ws, "_writer", None)
        if sheet_writer is not None:
            with contextlib.suppress(Exception):
                sheet_writer.close()
            with contextlib.suppress(Exception):
                sheet_writer.cleanup()
            ws._writer = None


def _save_atomically(wb: Workbook, path: Path) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    tmp = directory / f".{path.name}.{secrets.token_hex(4)}.tmp"
    # created with the usual permissions (umask applies), unlike mkstemp's 0600
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    os.close(fd)
    try:
        wb.save(tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def _footer_text(text: str) -> str:
    """Text for a header/footer section: '&' escaped, short enough for the 255-character limit."""
    text = text.replace("\n", " ").replace("\r", " ")
    if len(text) > 80:
        text = text[:79] + "…"
    return text.replace("&", "&&")


class _BookWriter:
    def __init__(self, plan: Plan, analysis: Analysis) -> None:
        self.plan = plan
        self.analysis = analysis
        self.cleaner = TextCleaner()
        self.wb = Workbook(write_only=True)
        self._styles: dict[tuple[Any, ...], StyleArray] = {}
        self._style_sheet = None
        self.function_names = {f.id: f.name for f in plan.functions}
        self.actor_names = {a.id: a.name for a in plan.actors}
        self.presence_names = {p.id: p.name for p in plan.presences}

    # -- styles ------------------------------------------------------------------------------

    def style(
        self,
        *,
        number_format: str | None = None,
        quote: bool = False,
        bold: bool = False,
        wrap: bool = False,
        fill: str | None = None,
        font_color: str | None = None,
        size: float | None = None,
        center: bool = False,
        border: bool = False,
        left: bool = False,
        top: bool = False,
    ) -> StyleArray:
        """A cell style, made once and shared by every cell that uses it."""
        key = (number_format, quote, bold, wrap, fill, font_color, size, center, border, left, top)
        found = self._styles.get(key)
        if found is not None:
            return found
        template = WriteOnlyCell(self._any_sheet())
        if number_format:
            template.number_format = number_format
        if quote:
            template.quotePrefix = True
        if bold or font_color or size:
            template.font = Font(name="Calibri", bold=bold, color=font_color, size=size or 11)
        if wrap or center or left or top:
            template.alignment = Alignment(
                wrap_text=wrap or None,
                vertical="top" if (wrap or top) else "center",
                horizontal="center" if center else ("left" if left else None),
            )
        if fill:
            template.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            side = Side(style="thin", color="FFFFFF")
            template.border = Border(left=side, right=side, top=side, bottom=side)
        style = StyleArray(template._style) if template._style is not None else StyleArray()
        self._styles[key] = style
        return style

    def _any_sheet(self) -> Any:
        if self._style_sheet is None:
            self._style_sheet = _create_sheet(self.wb, SUMMARY)
        return self._style_sheet

    def cell(self, ws: Any, value: object, style: StyleArray, data_type: str = "n") -> Any:
        c = WriteOnlyCell(ws)
        c._value = value
        c.data_type = data_type
        c._style = style  # shared: templates are never changed after they are made
        return c

    def text(
        self,
        ws: Any,
        value: str,
        row: int,
        col: int,
        *,
        wrap: bool = False,
        bold: bool = False,
        **style: Any,
    ) -> object:
        """A cell for text a person typed: cleaned, always a string, marked as text when a
        spreadsheet could take it for a formula, a number or a date."""
        if not value:
            return None
        value = self.cleaner.clean(value, ws.title, row, col)
        quote = needs_quote_prefix(value)
        if not (quote or wrap or bold or style):
            return value  # a plain string: written as text, no style needed
        return self.cell(ws, value, self.style(quote=quote, wrap=wrap, bold=bold, **style), "s")

    def date_cell(self, ws: Any, value: date | None, **style: Any) -> object:
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()
        return self.cell(ws, value, self.style(number_format=DATE_FORMAT, **style), "d")

    # -- sheets ------------------------------------------------------------------------------

    def write(self, *, app_version: str, exported_at: datetime, timeline_png: bytes | None) -> None:
        plan = self.plan
        props = self.wb.properties
        props.title = f"Transition plan: {plan.name}"[:255]
        props.creator = "Transition Planner"
        props.lastModifiedBy = "Transition Planner"
        props.subject = plan.country[:255]
        props.keywords = "transition plan; continuity of care"
        props.description = f"Exported by Transition Planner {app_version}"
        stamp = exported_at.astimezone(UTC).replace(tzinfo=None)
        props.created = stamp
        props.modified = stamp

        grid = timeline_grid(plan)
        self.write_summary(app_version, exported_at, timeline_png)
        self.write_timeline(grid)
        lists = self.write_data_sheets()
        self.write_gaps()
        self.write_lists(lists)

    def _page_setup(self, ws: Any, *, fit_height: int = 0) -> None:
        """Landscape, one page wide, plan name and page number in the footer (set before rows)."""
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = fit_height
        ws.oddFooter.left.text = _footer_text(self.plan.name)
        ws.oddFooter.center.text = "&A"
        ws.oddFooter.right.text = "Page &P of &N"

    def write_summary(
        self, app_version: str, exported_at: datetime, timeline_png: bytes | None
    ) -> None:
        plan = self.plan
        ws = self._any_sheet()
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 70
        self._page_setup(ws, fit_height=1)
        key = self.style(bold=True, top=True)
        wrap = self.style(wrap=True)
        left = self.style(left=True)
        rows: list[tuple[str, object]] = []
        rows.append(("Plan", self.text(ws, plan.name, 1, 2, bold=True)))
        rows.append(("Country", self.text(ws, plan.country, 2, 2)))
        rows.append(("Region", self.text(ws, plan.region, 3, 2)))
        rows.append(("Description", self.text(ws, plan.description, 4, 2, wrap=True)))
        rows.append(("Horizon start", self.date_cell(ws, plan.horizon_start, left=True)))
        rows.append(("Horizon end", self.date_cell(ws, plan.horizon_end, left=True)))
        rows.append(("Minimum overlap (days)", plan.min_overlap_days))
        rows.append(("Cliff threshold", plan.cliff_threshold))
        rows.append(("Bridge breaks (days)", plan.bridge_days))
        rows.append(("", None))
        score = self.analysis.continuity_score
        rows.append(
            ("Continuity score", score if score is not None else "not analysed (no function)")
        )
        counts = self.analysis.counts_by_severity()
        for severity in Severity:
            label = "Insights (info)" if severity is Severity.INFO else f"Gaps: {severity.value}"
            rows.append((label, counts[severity]))
        rows.append(("", None))
        stamp = exported_at.strftime("%Y-%m-%d %H:%M")
        offset = exported_at.strftime("%z")
        if offset:
            stamp += f" (UTC{offset[:3]}:{offset[3:]})"
        rows.append(("Exported", stamp))
        rows.append(("Application version", f"Transition Planner {app_version}"))
        rows.append(("Workbook format", FORMAT_VERSION))
        rows.append(
            (
                "How to edit",
                self.cell(
                    ws,
                    "Edit the Presences, Actors, Functions, Assignments, Milestones, Handovers "
                    "and Funding sheets and the values above, then send the workbook back. "
                    "Keep the ID column as "
                    "it is (leave it blank in new rows). Timeline and Gaps are computed by "
                    "Transition Planner and ignored on import.",
                    wrap,
                    "s",
                ),
            )
        )
        _set_dimension(ws, f"A1:B{len(rows)}")
        for number, (label, value) in enumerate(rows, start=1):
            if isinstance(value, Cell) and isinstance(value._value, str):
                height = _row_height(_lines(value._value, 70))
                if height is not None and value.alignment.wrap_text:
                    ws.row_dimensions[number].height = height
            elif isinstance(value, int | float | str):
                value = self.cell(ws, value, left, "s" if isinstance(value, str) else "n")
            ws.append([self.cell(ws, label, key, "s") if label else None, value])
        if timeline_png:
            self._add_picture(ws, timeline_png, f"A{len(rows) + 2}")

    def _add_picture(self, ws: Any, png: bytes, anchor: str) -> None:
        try:
            from openpyxl.drawing.image import Image

            image = Image(io.BytesIO(png))
            width, height = float(image.width), float(image.height)
            if width <= 0 or height <= 0:
                raise ValueError("empty picture")
            scale = min(1.0, 900.0 / width)
            image.width, image.height = int(width * scale), int(height * scale)
        except Exception as exc:  # a bad picture must not cost the planner the workbook
            self.cleaner.warn(f"{SUMMARY}: the timeline picture was left out ({exc})")
            return
        ws.add_image(image, anchor)

    def write_timeline(self, grid: TimelineGrid) -> None:
        plan = self.plan
        ws = _create_sheet(self.wb, TIMELINE)
        months = grid.months
        first_month_col = 3
        label_width = max(
            [len(p.name) for p in plan.presences] + [len(f.name) for f in plan.functions] + [24]
        )
        ws.column_dimensions["A"].width = min(45, label_width + 2)
        ws.column_dimensions["B"].width = 14
        # Long horizons print on one page wide: narrower months and A3 keep them legible.
        narrow = len(months) > 36
        month_width = 3.2 if narrow else 4.3
        for i in range(len(months)):
            ws.column_dimensions[get_column_letter(first_month_col + i)].width = month_width
        ws.freeze_panes = f"{get_column_letter(first_month_col)}4"
        self._page_setup(ws)
        if len(months) > 60:
            ws.page_setup.paperSize = 8  # A3
        ws.print_title_rows = "1:3"
        ws.print_title_cols = "A:B"
        if grid.truncated:
            self.cleaner.warn(
                f"{TIMELINE}: the horizon is longer than {len(months)} months; "
                "the timeline shows its first months only"
            )

        out: list[list[object]] = []  # the rows, written at the end (the size goes first)
        bold = self.style(bold=True)
        title = self.style(bold=True, size=14)
        small = self.style(size=8, center=True)
        small_bold = self.style(size=8, bold=True)
        out.append([self.cell(ws, f"Timeline — {self._clean_name(plan.name)}", title, "s")])
        years: list[object] = [None, None]
        for i, m in enumerate(months):
            years.append(m.start.year if i == 0 or m.start.month == 1 else None)
        out.append(
            [self.cell(ws, "Year", small_bold, "s"), None]
            + [self.cell(ws, y, small_bold, "n") if y is not None else None for y in years[2:]]
        )
        out.append(
            [
                self.cell(ws, "Presence / function", bold, "s"),
                self.cell(ws, "Kind / priority", bold, "s"),
            ]
            + [
                self.cell(ws, MONTH_NAMES[m.start.month - 1][: 1 if narrow else 3], small, "s")
                for m in months
            ]
        )

        # colours of the actors that carry something, in plan order
        carriers = grid.carriers
        cycling = len(carriers) > len(ACTOR_PALETTE)
        actor_colour = {a: ACTOR_PALETTE[i % len(ACTOR_PALETTE)] for i, a in enumerate(carriers)}
        actor_number = {a: i + 1 for i, a in enumerate(carriers)}
        gap_style = self.style(
            fill=GAP_FILL, font_color="FFFFFF", bold=True, size=7, center=True, border=True
        )
        grey = self.style(fill=NOT_REQUIRED_FILL, border=True)
        partial_plain = self.style(font_color=GAP_FILL, bold=True, size=7, center=True)

        row = 4
        out.append([self.cell(ws, "Presences", bold, "s")])
        row += 1
        for p in plan.presences:
            fill = self.style(fill=KIND_FILL[p.kind], border=True)
            cells: list[object] = [
                self.text(ws, p.name, row, 1),
                p.kind.value,
            ]
            cells += [self.cell(ws, None, fill) if on else None for on in grid.presences[p.id]]
            out.append(cells)
            row += 1
        cells = [self.cell(ws, "Any presence", self.style(bold=False), "s"), None]
        for m, gap_days in zip(months, grid.presence_gap_days, strict=True):
            if gap_days and 2 * gap_days >= m.days:
                cells.append(self.cell(ws, "GAP", gap_style, "s"))
            elif gap_days:
                cells.append(self.cell(ws, "gap", partial_plain, "s"))
            else:
                cells.append(None)
        out.append(cells)
        row += 1
        out.append([])
        row += 1
        out.append([self.cell(ws, "Functions", bold, "s")])
        row += 1
        for f in plan.functions:
            cells = [self.text(ws, f.name, row, 1), f.priority.value]
            for fm in grid.functions[f.id]:
                if fm.is_gap:
                    cells.append(self.cell(ws, "GAP", gap_style, "s"))
                elif fm.actor_id is not None:
                    colour = actor_colour[fm.actor_id]
                    if fm.has_gap_days:
                        style = self.style(
                            fill=colour,
                            font_color=GAP_FILL,
                            bold=True,
                            size=7,
                            center=True,
                            border=True,
                        )
                        cells.append(self.cell(ws, "gap", style, "s"))
                    elif cycling:
                        style = self.style(fill=colour, size=7, center=True, border=True)
                        cells.append(self.cell(ws, actor_number[fm.actor_id], style, "n"))
                    else:
                        cells.append(self.cell(ws, None, self.style(fill=colour, border=True)))
                elif fm.required_days == 0:
                    cells.append(self.cell(ws, None, grey))
                else:
                    cells.append(None)
            out.append(cells)
            row += 1

        # legend
        out.append([])
        out.append([self.cell(ws, "Legend", bold, "s")])
        row += 2
        for actor_id in carriers:
            actor = self.plan.actor(actor_id)
            assert actor is not None
            label = f"{self._clean_name(actor.name)} ({actor.type.value})"
            colour = actor_colour[actor_id]
            if cycling:
                swatch = self.cell(
                    ws, actor_number[actor_id], self.style(fill=colour, size=7, center=True), "n"
                )
            else:
                swatch = self.cell(ws, None, self.style(fill=colour))
            # the label right of its swatch, running over the (empty) month columns
            out.append([None, swatch, self.cell(ws, label, self.style(), "s")])
        legend_rows = [
            (
                self.cell(ws, "GAP", gap_style, "s"),
                "GAP: nobody carries the function on most of its required days that month",
            ),
            (
                self.cell(ws, "gap", partial_plain, "s"),
                "gap: nobody carries the function on some required days that month",
            ),
            (self.cell(ws, None, grey), "grey: the function is not required that month"),
        ]
        for swatch, label in legend_rows:
            # the label right of its swatch, running over the (empty) month columns
            out.append([None, swatch, self.cell(ws, label, self.style(), "s")])
        kinds = [k for k in PresenceKind if any(p.kind is k for p in plan.presences)]
        for kind in kinds:
            out.append(
                [
                    None,
                    self.cell(ws, None, self.style(fill=KIND_FILL[kind])),
                    self.cell(ws, f"{kind.value} (presence)", self.style(), "s"),
                ]
            )
        if cycling:
            out.append(
                [
                    None,
                    None,
                    self.cell(
                        ws,
                        "Colours repeat: the number in a cell names the actor in this legend.",
                        self.style(),
                        "s",
                    ),
                ]
            )
        width = max(len(r) for r in out)
        _set_dimension(ws, f"A1:{get_column_letter(max(2, width))}{len(out)}")
        for cells in out:
            ws.append(cells)

    def _clean_name(self, name: str) -> str:
        from .text import strip_illegal

        return strip_illegal(name)[:255]

    # -- data sheets -------------------------------------------------------------------------

    def _values(self, sheet: DataSheet, entity: Entity) -> list[object]:
        out: list[object] = []
        for col in sheet.columns:
            value = getattr(entity, col.field)
            if col.kind == "function":
                value = self.function_names.get(value, "")
            elif col.kind == "actor":
                value = self.actor_names.get(value, "")
            elif col.kind == "presence":
                value = self.presence_names.get(value, "") if value else ""
            elif col.kind == "enum":
                value = value.value if value is not None else None
            out.append(value)
        out.append(entity.id)
        return out

    def write_data_sheets(self) -> dict[str, list[str]]:
        """Write the data sheets; return the name lists for the drop-downs."""
        lists = {
            FUNCTIONS: [f.name for f in self.plan.functions],
            ACTORS: [a.name for a in self.plan.actors],
            PRESENCES: [p.name for p in self.plan.presences],
        }
        list_column = {FUNCTIONS: "A", ACTORS: "B", PRESENCES: "C"}
        kinds_for = {"function": FUNCTIONS, "actor": ACTORS, "presence": PRESENCES}
        for sheet in DATA_SHEETS:
            entities: Sequence[Entity] = self.plan.entities(sheet.entity)
            rows = [self._values(sheet, e) for e in entities]
            validations: list[DataValidation] = []
            for i, col in enumerate(sheet.columns):
                letter = get_column_letter(i + 1)
                ref = f"{letter}2:{letter}{min(EXCEL_MAX_ROW, len(rows) + 1 + SPARE_ROWS)}"
                if col.kind == "enum":
                    assert col.enum is not None
                    allowed = enum_values(col.enum)
                    dv = DataValidation(
                        type="list",
                        formula1='"' + ",".join(allowed) + '"',
                        allow_blank=True,
                        showErrorMessage=True,
                        errorStyle="warning",
                        errorTitle=col.header,
                        error=f"{col.header} is one of: {', '.join(allowed)}"[:255],
                    )
                elif col.kind in kinds_for:
                    target = kinds_for[col.kind]
                    n = len(lists[target])
                    if n == 0:
                        continue
                    c = list_column[target]
                    dv = DataValidation(
                        type="list",
                        formula1=f"{LISTS}!${c}$2:${c}${n + 1}",
                        allow_blank=True,
                        showErrorMessage=True,
                        errorStyle="warning",
                        errorTitle=col.header,
                        error=(
                            f"Not a name on the {target} sheet as exported. If you added it "
                            f"there, keep it."
                        ),
                    )
                else:
                    continue
                dv.add(ref)
                validations.append(dv)
            self._write_table_sheet(
                sheet.title, sheet.table, list(sheet.columns), rows, validations
            )
        return lists

    def _write_table_sheet(
        self,
        title: str,
        table_name: str,
        columns: list[Column],
        rows: list[list[object]],
        validations: list[DataValidation],
    ) -> None:
        ws = _create_sheet(self.wb, title)
        headers = [c.header for c in columns] + [ID_HEADER]
        # widths from the content (set before the first row: write-only mode)
        for i, col in enumerate(columns):
            longest = len(col.header) + 3
            if col.kind in ("text", "name", "function", "actor", "presence", "enum"):
                for r in rows:
                    v = r[i]
                    if isinstance(v, str):
                        # a wrapped column only needs to be as wide as its longest line
                        n = max(map(len, v.split("\n"))) if col.wrap and "\n" in v else len(v)
                        if n > longest:
                            longest = n + 1
            ws.column_dimensions[get_column_letter(i + 1)].width = max(
                col.min_width, min(col.max_width, longest)
            )
        id_letter = get_column_letter(len(columns) + 1)
        ws.column_dimensions[id_letter].width = 19 if title != GAPS else 10
        ws.freeze_panes = "A2"
        self._page_setup(ws)
        ws.print_title_rows = "1:1"

        header_style = self.style(bold=True, fill=HEADER_FILL, font_color="FFFFFF")
        _set_dimension(ws, f"A1:{get_column_letter(len(headers))}{len(rows) + 1}")
        ws.append([self.cell(ws, h, header_style, "s") for h in headers])
        date_style = self.style(number_format=DATE_FORMAT)
        wrapped = [
            (i, ws.column_dimensions[get_column_letter(i + 1)].width)
            for i, col in enumerate(columns)
            if col.wrap
        ]
        for r_index, values in enumerate(rows, start=2):
            lines = max(
                (_lines(v, w) for i, w in wrapped if isinstance(v := values[i], str) and v),
                default=1,
            )
            height = _row_height(lines)
            if height is not None:
                ws.row_dimensions[r_index].height = height
            out: list[object] = []
            for c_index, (col, value) in enumerate(zip(columns, values, strict=False), start=1):
                if value is None or value == "":
                    out.append(None)
                elif col.kind == "date":
                    out.append(self.cell(ws, value, date_style, "d"))
                elif col.kind in ("number", "year", "enum"):
                    out.append(value)
                else:
                    out.append(self.text(ws, str(value), r_index, c_index, wrap=col.wrap))
            out.append(self.text(ws, str(values[-1]), r_index, len(columns) + 1))
            ws.append(out)

        last = get_column_letter(len(headers))
        table = Table(displayName=table_name, ref=f"A1:{last}{max(2, len(rows) + 1)}")
        table._initialise_columns()
        table.tableColumns = [TableColumn(id=i + 1, name=h) for i, h in enumerate(headers)]
        table.tableStyleInfo = TableStyleInfo(
            name=TABLE_STYLE, showRowStripes=True, showColumnStripes=False
        )
        _add_table(ws, table)
        for dv in validations:
            ws.data_validations.append(dv)

    def write_gaps(self) -> None:
        findings = self.analysis.findings
        extras: list[str] = []
        for f in findings:
            for k in f.extras:
                if k not in extras:
                    extras.append(k)
        ws = _create_sheet(self.wb, GAPS)
        headers = ["Rule", "Severity", "Function", "Start", "End", "Days", "Detail"]
        headers += [_extra_header(k) for k in extras]
        # unique headers (a table needs them)
        seen: set[str] = set()
        for i, h in enumerate(headers):
            base, n = h, 2
            while h.casefold() in seen:
                h, n = f"{base} {n}", n + 1
            headers[i] = h
            seen.add(h.casefold())
        widths = [18, 10, 28, 12, 12, 7, 60] + [13] * len(extras)
        for i, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = w
        ws.freeze_panes = "A2"
        self._page_setup(ws)
        ws.print_title_rows = "1:1"
        header_style = self.style(bold=True, fill=HEADER_FILL, font_color="FFFFFF")
        _set_dimension(ws, f"A1:{get_column_letter(len(headers))}{len(findings) + 1}")
        ws.append([self.cell(ws, h, header_style, "s") for h in headers])
        date_style = self.style(number_format=DATE_FORMAT)
        for r, f in enumerate(findings, start=2):
            height = _row_height(_lines(f.detail, widths[6]))
            if height is not None:
                ws.row_dimensions[r].height = height
            ws.append(self._finding_row(ws, f, r, extras, date_style))
        last = get_column_letter(len(headers))
        table = Table(displayName="tblGaps", ref=f"A1:{last}{max(2, len(findings) + 1)}")
        table._initialise_columns()
        table.tableColumns = [TableColumn(id=i + 1, name=h) for i, h in enumerate(headers)]
        table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        _add_table(ws, table)

    def _finding_row(
        self, ws: Any, f: Finding, r: int, extras: list[str], date_style: StyleArray
    ) -> list[object]:
        out: list[object] = [
            f.rule,
            self.cell(ws, f.severity.value, self.style(fill=SEVERITY_FILL[f.severity]), "s"),
            self.text(ws, f.function or "", r, 3),
            self.cell(ws, f.start, date_style, "d"),
            self.cell(ws, f.end, date_style, "d"),
            f.days,
            self.text(ws, f.detail, r, 7, wrap=True),
        ]
        for i, key in enumerate(extras, start=8):
            value = f.extras.get(key)
            if value is None:
                out.append(None)
            elif isinstance(value, date):
                out.append(self.date_cell(ws, value))
            elif isinstance(value, bool):
                out.append(str(value))
            elif isinstance(value, int | float):
                out.append(value)
            elif isinstance(value, list | tuple):
                out.append(self.text(ws, ", ".join(str(v) for v in value), r, i))
            else:
                out.append(self.text(ws, str(value), r, i))
        return out

    def write_lists(self, lists: dict[str, list[str]]) -> None:
        ws = _create_sheet(self.wb, LISTS)
        ws.sheet_state = "hidden"
        columns = [lists[FUNCTIONS], lists[ACTORS], lists[PRESENCES]]
        for i in range(3):
            ws.column_dimensions[get_column_letter(i + 1)].width = 30
        longest = max(len(c) for c in columns)
        _set_dimension(ws, f"A1:C{longest + 1}")
        ws.append([FUNCTIONS, ACTORS, PRESENCES])
        for r in range(longest):
            ws.append(
                [
                    self.text(ws, c[r], r + 2, i + 1) if r < len(c) else None
                    for i, c in enumerate(columns)
                ]
            )


def _lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide (an estimate)."""
    per_line = max(1, int(width * 1.15))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _row_height(lines: int) -> float | None:
    """Height in points for a row whose tallest wrapped cell has `lines` lines (None: default)."""
    if lines <= 1:
        return None
    return float(min(409, 15 * lines + 2))


def _create_sheet(wb: Workbook, title: str) -> Any:
    """A write-only sheet whose rows may mix plain values and prepared cells, converted without
    openpyxl's exception-per-cell path (a prepared cell is tried as a value first, and fails)."""
    ws = wb.create_sheet(title)

    def values_to_row(values: Sequence[object], row_idx: int) -> Iterator[Cell]:
        plain = WriteOnlyCell(ws)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = plain
                cell.value = value
            cell.column = col_idx
            cell.row = row_idx
            yield cell
            if cell is plain and plain.has_style:  # a date got its number format: start afresh
                plain = WriteOnlyCell(ws)

    ws._values_to_row = values_to_row
    return ws


def _set_dimension(ws: Any, ref: str) -> None:
    """Write the sheet's size (<dimension>) at its top, before the first row. Readers use it:
    openpyxl's read-only mode otherwise parses the whole sheet to find its size."""
    ws.calculate_dimension = lambda: ref


def _add_table(ws: Any, table: Table) -> None:
    with warnings.catch_warnings():
        # "In write-only mode you must add table columns manually": they are added already
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)


def _extra_header(key: str) -> str:
    text = key.replace("_", " ").strip()
    return (text[:1].upper() + text[1:]) or "Extra"
