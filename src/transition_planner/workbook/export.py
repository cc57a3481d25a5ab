"""Writing a plan's workbook (SPEC §5).

The workbook is written in openpyxl's write-only mode (the fast path for big plans) and saved
atomically: a temporary file in the target's folder, flushed to disk, then renamed over the target.
Text a person typed is always written as text (never as a formula); text a cell cannot hold is
cleaned, and every such change is returned as a warning naming the cell.

The workbook is written in the language of the process, or the one asked for (`language`): sheet
names, headers, Summary keys, drop-down values and the sentences of the findings (SPEC §6).
Cells stay real dates and numbers in every language; only the words change. Every sheet prints
on A4, one page wide (`paper`).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import secrets
import stat
import time
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from ..domain.enums import Readiness, Severity, enum_label
from ..domain.findings import Analysis, Finding, rule_label, severity_label
from ..domain.model import Entity, Plan
from ..i18n import QT_TRANSLATE_NOOP, format_day, translate, use_language
from .colours import (
    ACTOR_PALETTE,
    GAP_FILL,
    HEADER_FILL,
    KIND_FILL,
    NOT_REQUIRED_FILL,
    SEVERITY_FILL,
)
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
    SUMMARY_KEYS,
    Column,
    DataSheet,
    column_header,
    sheet_title,
    summary_key,
)
from .paper import ColumnNeed, fit_widths, page_setup, text_units, wrapped_lines
from .text import TextCleaner, cell_text, needs_quote_prefix
from .timeline_sheet import write_timeline_sheet

__all__ = [
    "ACTOR_PALETTE",
    "GAP_FILL",
    "HEADER_FILL",
    "KIND_FILL",
    "NOT_REQUIRED_FILL",
    "SEVERITY_FILL",
    "export_plan",
]

TABLE_STYLE = "TableStyleMedium2"
#: Bold header text is about this much wider than the default font's characters; a table's
#: header also shows a filter button (characters).
BOLD = 1.1
FILTER_BUTTON = 3.5
ID_WIDTH = 12.0
#: The Summary sheet: keys and values, and how many findings it names.
SUMMARY_KEY_WIDTH = 32.0
SUMMARY_VALUE_WIDTH = 95.0
TOP_FINDINGS = 5
GAPS_HEADERS = (
    QT_TRANSLATE_NOOP("Workbook", "Rule"),
    QT_TRANSLATE_NOOP("Workbook", "Severity"),
    QT_TRANSLATE_NOOP("Workbook", "Function"),
    QT_TRANSLATE_NOOP("Workbook", "Start"),
    QT_TRANSLATE_NOOP("Workbook", "End"),
    QT_TRANSLATE_NOOP("Workbook", "Days"),
    QT_TRANSLATE_NOOP("Workbook", "Detail"),
)
#: The headers of the extra fields of the findings (SPEC §3) on the Gaps sheet.
EXTRA_HEADERS: dict[str, str] = {
    "from_actor": QT_TRANSLATE_NOOP("Workbook", "From actor"),
    "to_actor": QT_TRANSLATE_NOOP("Workbook", "To actor"),
    "to_actors": QT_TRANSLATE_NOOP("Workbook", "To actors"),
    "overlap_days": QT_TRANSLATE_NOOP("Workbook", "Overlap (days)"),
    "from_capacity": QT_TRANSLATE_NOOP("Workbook", "Capacity before"),
    "to_capacity": QT_TRANSLATE_NOOP("Workbook", "Capacity after"),
    "readiness": QT_TRANSLATE_NOOP("Workbook", "Readiness"),
    "actor": QT_TRANSLATE_NOOP("Workbook", "Actor"),
    "presence": QT_TRANSLATE_NOOP("Workbook", "Presence"),
    "item": QT_TRANSLATE_NOOP("Workbook", "Item"),
    "owner": QT_TRANSLATE_NOOP("Workbook", "Owner"),
    "from_usd": QT_TRANSLATE_NOOP("Workbook", "Funding before (USD)"),
    "to_usd": QT_TRANSLATE_NOOP("Workbook", "Funding after (USD)"),
    "year": QT_TRANSLATE_NOOP("Workbook", "Year"),
    "from_lead": QT_TRANSLATE_NOOP("Workbook", "Lead before"),
    "to_lead": QT_TRANSLATE_NOOP("Workbook", "Lead after"),
    "from_presence": QT_TRANSLATE_NOOP("Workbook", "Presence before"),
    "to_presence": QT_TRANSLATE_NOOP("Workbook", "Presence after"),
    "milestone": QT_TRANSLATE_NOOP("Workbook", "Milestone"),
    "days_before": QT_TRANSLATE_NOOP("Workbook", "Days before"),
}
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
    language: str | None = None,
) -> list[str]:
    """Write `plan`'s workbook to `path` atomically; return the warnings (text cut, characters
    removed, picture left out …), each naming its cell. In `language` ("en", "fr"; default: the
    language of the process)."""
    path = Path(path)
    with use_language(language) if language else contextlib.nullcontext():
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
    if not directory.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(directory))
    tmp = directory / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        # created with the usual permissions (umask applies), unlike mkstemp's 0600
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.close(fd)
    except OSError as exc:
        raise _named(exc, path) from None
    _remove_stale_temporaries(directory)
    try:
        _write_archive(wb, tmp)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _named(exc, path) from None
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


#: The temporary files of `_save_atomically` (".plan.xlsx.1a2b3c4d.tmp"), and the age from which
#: one is left over from an export that was killed.
_TEMPORARY = re.compile(r"^\..+\.xlsx\.[0-9a-f]{8}\.tmp$", re.IGNORECASE)
STALE_SECONDS = 24 * 3600


def _remove_stale_temporaries(directory: Path) -> None:
    """Delete what killed exports left in `directory`: our own temporary files only, and only
    those older than a day (an export running now is never touched)."""
    limit = time.time() - STALE_SECONDS
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            if not _TEMPORARY.match(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                    os.unlink(entry.path)


def _write_archive(wb: Workbook, target: Path) -> None:
    """Save a workbook to `target` and flush it to disk. On a failure (a full disk) the half
    written archive is abandoned at once: left to the garbage collector, it would try to finish
    itself and print "Exception ignored in ZipFile.__del__"."""
    from openpyxl.writer.excel import ExcelWriter

    with open(target, "wb") as handle:
        archive = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(wb, archive).save()
        except BaseException:
            archive.fp = None  # nothing more is written to the file; it is deleted
            raise
        handle.flush()
        os.fsync(handle.fileno())


def _named(exc: OSError, path: Path) -> OSError:
    """The same error naming the workbook, not the temporary file it was written to."""
    return type(exc)(exc.errno, exc.strerror or str(exc), str(path))


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
            self._style_sheet = self.new_sheet(SUMMARY)
        return self._style_sheet

    def quoted(self, style: StyleArray) -> StyleArray:
        """`style` marked "text" (quotePrefix), made once."""
        key = ("quoted", *style)
        found = self._styles.get(key)
        if found is None:
            found = StyleArray(style)
            found.quotePrefix = 1
            self._styles[key] = found
        return found

    def cell(self, ws: Any, value: object, style: StyleArray, data_type: str = "n") -> Any:
        """A prepared cell. Text is always a string cell (never a formula or an error value),
        its line breaks and escapes as a spreadsheet reads them, and marked "text" when a
        spreadsheet could take it for a formula, a number or a date."""
        c = WriteOnlyCell(ws)
        if isinstance(value, str):
            data_type = "s"
            if not style.quotePrefix and needs_quote_prefix(value):
                style = self.quoted(style)
            value = cell_text(value)
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
        props.title = translate("Workbook", "Transition plan: {plan}").format(plan=plan.name)[:255]
        props.creator = "Transition Planner"
        props.lastModifiedBy = "Transition Planner"
        props.subject = plan.country[:255]
        props.keywords = translate("Workbook", "transition plan; continuity of care")
        props.description = translate(
            "Workbook", "Exported by Transition Planner {version}"
        ).format(version=app_version)
        stamp = exported_at.astimezone(UTC).replace(tzinfo=None)
        props.created = stamp
        props.modified = stamp

        self.write_summary(app_version, exported_at, timeline_png)
        write_timeline_sheet(self)
        lists = self.write_data_sheets()
        self.write_gaps()
        self.write_lists(lists)

    # -- helpers of the sheet writers --------------------------------------------------------

    def new_sheet(self, title: str) -> Any:
        """A new sheet, named in the language of the workbook."""
        return _create_sheet(self.wb, sheet_title(title))

    def page_setup(self, ws: Any, *, landscape: bool = True, fit_height: int = 0) -> None:
        """A4, one page wide, plan name and page number in the footer (set before rows)."""
        page_setup(
            ws,
            landscape=landscape,
            fit_height=fit_height,
            footer_left=_footer_text(self.plan.name),
            footer_right=translate("Workbook", "Page &P of &N"),
        )

    def clean_name(self, name: str) -> str:
        return self._clean_name(name)

    @staticmethod
    def set_dimension(ws: Any, ref: str) -> None:
        _set_dimension(ws, ref)

    # -- Summary -----------------------------------------------------------------------------

    def write_summary(
        self, app_version: str, exported_at: datetime, timeline_png: bytes | None
    ) -> None:
        plan = self.plan
        ws = self._any_sheet()
        ws.column_dimensions["A"].width = SUMMARY_KEY_WIDTH
        ws.column_dimensions["B"].width = SUMMARY_VALUE_WIDTH
        self.page_setup(ws)
        key = self.style(bold=True, top=True)
        heading = self.style(bold=True, size=12, top=True)
        wrap = self.style(wrap=True)
        left = self.style(left=True)
        values: dict[str, object] = {
            "name": self.text(ws, plan.name, 1, 2, bold=True),
            "country": self.text(ws, plan.country, 2, 2),
            "region": self.text(ws, plan.region, 3, 2),
            "description": self.text(ws, plan.description, 4, 2, wrap=True),
            "horizon_start": self.date_cell(ws, plan.horizon_start, left=True),
            "horizon_end": self.date_cell(ws, plan.horizon_end, left=True),
            "min_overlap_days": plan.min_overlap_days,
            "cliff_threshold": plan.cliff_threshold,
            "bridge_days": plan.bridge_days,
        }
        rows: list[tuple[object, object]] = [
            (summary_key(spec), values[spec.field]) for spec in SUMMARY_KEYS
        ]
        rows.append(("", None))
        score = self.analysis.continuity_score
        rows.append(
            (
                translate("Workbook", "Continuity score"),
                self.cell(ws, score, self.style(number_format="0.0", left=True), "n")
                if score is not None
                else translate("Workbook", "not analysed (no function)"),
            )
        )
        counts = self.analysis.counts_by_severity()
        rows.append(
            (self.cell(ws, translate("Workbook", "Findings by severity"), heading, "s"), None)
        )
        for severity in Severity:
            rows.append((severity_label(severity), counts[severity]))
        rows.append(("", None))
        rows.append(
            (self.cell(ws, translate("Workbook", "The most severe findings"), heading, "s"), None)
        )
        top = self.analysis.findings[:TOP_FINDINGS]
        for f in top:
            label = translate("Workbook", "{severity} · {rule}").format(
                severity=severity_label(f.severity), rule=rule_label(f.rule)
            )
            number = len(rows) + 1
            rows.append(
                (
                    self.cell(ws, label, self.style(fill=SEVERITY_FILL[f.severity], top=True), "s"),
                    self.text(ws, f.detail, number, 2, wrap=True),
                )
            )
        if not top:
            rows.append((translate("Workbook", "No findings"), None))
        rows.append(("", None))
        offset = exported_at.strftime("%z")
        when = translate("Workbook", "{day} at {time}").format(
            day=format_day(exported_at.date()), time=exported_at.strftime("%H:%M")
        )
        if offset:
            when += f" (UTC{offset[:3]}:{offset[3:]})"
        rows.append((translate("Workbook", "Exported"), when))
        rows.append(
            (
                translate("Workbook", "Application version"),
                f"Transition Planner {app_version}",
            )
        )
        rows.append((translate("Workbook", "Workbook format"), FORMAT_VERSION))
        how = translate(
            "Workbook",
            "Edit the Presences, Actors, Functions, Assignments, Milestones, Handovers and Funding"
            " sheets and the values above, then send the workbook back. Keep the ID column as it"
            " is (leave it blank in new rows). Timeline and Gaps are computed by Transition"
            " Planner and ignored on import. The workbook imports back in English or in French.",
        )
        rows.append((translate("Workbook", "How to edit"), self.cell(ws, how, wrap, "s")))
        _set_dimension(ws, f"A1:B{len(rows)}")
        for number, (key_text, value) in enumerate(rows, start=1):
            if isinstance(value, Cell) and isinstance(value._value, str):
                height = _row_height(_lines(value._value, SUMMARY_VALUE_WIDTH))
                if height is not None and value.alignment.wrap_text:
                    ws.row_dimensions[number].height = height
            elif isinstance(value, int | float | str):
                value = self.cell(ws, value, left, "s" if isinstance(value, str) else "n")
            key_cell = self.cell(ws, key_text, key, "s") if isinstance(key_text, str) else key_text
            ws.append([key_cell if key_text != "" else None, value])
        if timeline_png:
            # the picture on a page of its own, after the words
            ws.row_breaks.append(Break(id=len(rows)))
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
                value = enum_label(value) if value is not None else None
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
        lists_sheet = _sheet_reference(sheet_title(LISTS))
        for sheet in DATA_SHEETS:
            entities: Sequence[Entity] = self.plan.entities(sheet.entity)
            rows = [self._values(sheet, e) for e in entities]
            validations: list[DataValidation] = []
            for i, col in enumerate(sheet.columns):
                letter = get_column_letter(i + 1)
                ref = f"{letter}2:{letter}{min(EXCEL_MAX_ROW, len(rows) + 1 + SPARE_ROWS)}"
                header = column_header(col)
                if col.kind == "enum":
                    assert col.enum is not None
                    # the values in the workbook's language (no label holds a comma or a quote)
                    allowed = [enum_label(member) for member in col.enum]
                    dv = DataValidation(
                        type="list",
                        formula1='"' + ",".join(allowed) + '"',
                        allow_blank=True,
                        showErrorMessage=True,
                        errorStyle="warning",
                        errorTitle=header[:32],
                        error=translate("Workbook", "{column} is one of: {values}").format(
                            column=header, values=", ".join(allowed)
                        )[:255],
                    )
                elif col.kind in kinds_for:
                    target = kinds_for[col.kind]
                    n = len(lists[target])
                    if n == 0:
                        continue
                    c = list_column[target]
                    dv = DataValidation(
                        type="list",
                        formula1=f"{lists_sheet}!${c}$2:${c}${n + 1}",
                        allow_blank=True,
                        showErrorMessage=True,
                        errorStyle="warning",
                        errorTitle=header[:32],
                        error=translate(
                            "Workbook",
                            "Not a name on the {sheet} sheet as exported. If you added it there,"
                            " keep it.",
                        ).format(sheet=sheet_title(target))[:255],
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
        ws = self.new_sheet(title)
        headers = [column_header(c) for c in columns] + [ID_HEADER]
        # widths from the content and the page (set before the first row: write-only mode):
        # every header readable on two lines at most, text wrapped where the page is short
        widths = fit_widths(
            [
                _column_need(col, h, i, rows)
                for i, (col, h) in enumerate(zip(columns, headers, strict=False))
            ]
        )
        for i, width in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = round(width, 1)
        id_letter = get_column_letter(len(columns) + 1)
        ws.column_dimensions[id_letter].width = ID_WIDTH
        ws.freeze_panes = "A2"
        self.page_setup(ws)
        ws.print_title_rows = "1:1"
        # the IDs are for the machine: paper shows the columns before them
        ws.print_area = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"

        header_style = self.style(bold=True, fill=HEADER_FILL, font_color="FFFFFF", wrap=True)
        header_lines = max(
            _lines(h, (w - FILTER_BUTTON) / BOLD) for h, w in zip(headers[:-1], widths, strict=True)
        )
        if header_lines > 1:
            ws.row_dimensions[1].height = _row_height(header_lines)
        _set_dimension(ws, f"A1:{get_column_letter(len(headers))}{len(rows) + 1}")
        ws.append([self.cell(ws, h, header_style, "s") for h in headers])
        date_style = self.style(number_format=DATE_FORMAT, top=True, left=True)
        top = self.style(top=True, left=True)
        wrap_top = self.style(wrap=True, left=True)
        amount = self.style(number_format="#,##0", top=True)
        wrapped = [
            (i, widths[i]) for i, col in enumerate(columns) if col.kind in (*_TEXT_KINDS, "enum")
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
                elif col.kind in ("number", "year"):
                    out.append(self.cell(ws, value, amount if col.field == "amount" else top, "n"))
                elif col.kind == "enum":
                    out.append(self.cell(ws, value, wrap_top, "s"))
                else:
                    out.append(self.text(ws, str(value), r_index, c_index, wrap=True))
            out.append(self.text(ws, str(values[-1]), r_index, len(columns) + 1, top=True))
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
        ws = self.new_sheet(GAPS)
        headers = [translate("Workbook", h) for h in GAPS_HEADERS]
        headers += [_extra_header(k) for k in extras]
        # unique headers (a table needs them)
        seen: set[str] = set()
        for i, h in enumerate(headers):
            base, n = h, 2
            while h.casefold() in seen:
                h, n = f"{base} {n}", n + 1
            headers[i] = h
            seen.add(h.casefold())
        rules = [rule_label(f.rule) for f in findings]
        severities = [severity_label(f.severity) for f in findings]
        widths = [
            min(24.0, max([14.0] + [text_units(r) + 1 for r in rules])),
            min(15.0, max([10.0] + [text_units(s) + 2 for s in severities])),
            24.0,
            12.0,
            12.0,
            7.0,
            60.0,
        ] + [14.0] * len(extras)
        widths = [max(w, _header_width(h)) for w, h in zip(widths, headers, strict=True)]
        for i, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(i + 1)].width = w
        ws.freeze_panes = "A2"
        self.page_setup(ws)
        ws.print_title_rows = "1:1"
        # paper shows the findings in words; the extra fields are for filtering on screen
        ws.print_area = f"A1:{get_column_letter(len(GAPS_HEADERS))}{len(findings) + 1}"
        header_style = self.style(bold=True, fill=HEADER_FILL, font_color="FFFFFF", wrap=True)
        if any(_header_width(h) < text_units(h) * BOLD + FILTER_BUTTON for h in headers):
            ws.row_dimensions[1].height = _row_height(2)
        wrap_function = self.style(wrap=True)
        _set_dimension(ws, f"A1:{get_column_letter(len(headers))}{len(findings) + 1}")
        ws.append([self.cell(ws, h, header_style, "s") for h in headers])
        date_style = self.style(number_format=DATE_FORMAT, top=True, left=True)
        for r, f in enumerate(findings, start=2):
            lines = max(
                _lines(f.detail, widths[6]),
                _lines(rules[r - 2], widths[0]),
                _lines(f.function or "", widths[2]),
            )
            height = _row_height(lines)
            if height is not None:
                ws.row_dimensions[r].height = height
            ws.append(self._finding_row(ws, f, r, extras, date_style, wrap_function))
        last = get_column_letter(len(headers))
        table = Table(displayName="tblGaps", ref=f"A1:{last}{max(2, len(findings) + 1)}")
        table._initialise_columns()
        table.tableColumns = [TableColumn(id=i + 1, name=h) for i, h in enumerate(headers)]
        table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        _add_table(ws, table)

    def _finding_row(
        self,
        ws: Any,
        f: Finding,
        r: int,
        extras: list[str],
        date_style: StyleArray,
        wrap: StyleArray,
    ) -> list[object]:
        out: list[object] = [
            self.cell(ws, rule_label(f.rule), wrap, "s"),
            self.cell(
                ws,
                severity_label(f.severity),
                self.style(fill=SEVERITY_FILL[f.severity], top=True),
                "s",
            ),
            self.text(ws, f.function or "", r, 3, wrap=True),
            self.cell(ws, f.start, date_style, "d"),
            self.cell(ws, f.end, date_style, "d"),
            self.cell(ws, f.days, self.style(top=True, center=True), "n"),
            self.text(ws, f.detail, r, 7, wrap=True),
        ]
        for i, key in enumerate(extras, start=8):
            value = f.extras.get(key)
            if value is None:
                out.append(None)
            elif isinstance(value, date):
                out.append(self.date_cell(ws, value))
            elif isinstance(value, bool):
                out.append(self.text(ws, str(value), r, i))
            elif isinstance(value, int | float):
                out.append(value)
            elif isinstance(value, list | tuple):
                out.append(self.text(ws, ", ".join(str(v) for v in value), r, i))
            else:
                out.append(self.text(ws, _extra_value(key, str(value)), r, i))
        return out

    def write_lists(self, lists: dict[str, list[str]]) -> None:
        ws = self.new_sheet(LISTS)
        ws.sheet_state = "hidden"
        columns = [lists[FUNCTIONS], lists[ACTORS], lists[PRESENCES]]
        for i in range(3):
            ws.column_dimensions[get_column_letter(i + 1)].width = 30
        longest = max(len(c) for c in columns)
        _set_dimension(ws, f"A1:C{longest + 1}")
        ws.append([sheet_title(FUNCTIONS), sheet_title(ACTORS), sheet_title(PRESENCES)])
        for r in range(longest):
            ws.append(
                [
                    self.text(ws, c[r], r + 2, i + 1) if r < len(c) else None
                    for i, c in enumerate(columns)
                ]
            )


def _lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide (an estimate)."""
    return wrapped_lines(text, width)


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
            elif isinstance(value, str):
                # text is set directly: openpyxl's setter would make "#N/A" an error value and
                # "=…" a formula
                cell = plain
                cell._value = cell_text(value)
                cell.data_type = "s"
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
    """The header of a finding's extra field ("from_actor" → "Outgoing actor")."""
    label = EXTRA_HEADERS.get(key)
    if label is not None:
        return translate("Workbook", label)
    text = key.replace("_", " ").strip()
    return (text[:1].upper() + text[1:]) or "Extra"


def _extra_value(key: str, value: str) -> str:
    """An extra field's value as a person reads it (readiness and departments in words)."""
    if key == "readiness":
        try:
            return enum_label(Readiness(value))
        except ValueError:
            return value
    if key in ("from_lead", "to_lead"):
        return translate("LeadDepartment", value)
    return value


_TEXT_KINDS = ("text", "name", "function", "actor", "presence")


def _column_need(col: Column, header: str, index: int, rows: list[list[object]]) -> ColumnNeed:
    """How wide a data column would like to be, and how narrow it may get (wrapping)."""
    least = max(col.min_width, _header_width(header))
    if col.kind == "enum":
        assert col.enum is not None
        longest = max(text_units(enum_label(m)) for m in col.enum) + 1.5
        return ColumnNeed(least, max(least, min(col.max_width, longest)), False)
    if col.kind not in _TEXT_KINDS:
        return ColumnNeed(least, least, False)
    longest = 0.0
    for r in rows:
        v = r[index]
        if isinstance(v, str):
            # with a tenth to spare, so that what is meant to fit one line surely does
            longest = max(longest, max(map(text_units, v.split("\n"))) * 1.1 + 1.0)
    ideal = max(least, min(col.max_width, longest))
    return ColumnNeed(min(ideal, max(least, 14.0)), ideal, True)


def _header_width(header: str) -> float:
    """The least width that shows `header` (bold, with its filter button) on at most two lines."""
    words = header.split()
    longest_word = max((text_units(w) for w in words), default=0.0)
    return max(longest_word, text_units(header) / 2 + 1) * BOLD + FILTER_BUTTON


def _sheet_reference(title: str) -> str:
    """A sheet's name as a formula names it (quoted unless a plain word)."""
    return title if title.isascii() and title.isidentifier() else quote_sheetname(title)
