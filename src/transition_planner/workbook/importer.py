"""Importing a workbook: as a new plan (`read_plan`) or into an existing one (`review_import`).

Every problem is collected and reported at once, each naming its `Sheet!Cell`; nothing is ever
written. Headers are found case-insensitively in any order, extra columns and sheets are ignored,
Timeline, Gaps and Lists are derived sheets and ignored, blank rows are skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import MISSING, dataclass, field, fields
from dataclasses import replace as dc_replace
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from ..domain.changes import PlanChange, describe_change, diff_plans
from ..domain.enums import PlanEnum, parse_enum_any_language
from ..domain.model import (
    DEFAULT_BRIDGE_DAYS,
    DEFAULT_CLIFF_THRESHOLD,
    DEFAULT_MIN_OVERLAP_DAYS,
    Actor,
    Assignment,
    Entity,
    Function,
    FundingLine,
    Handover,
    Milestone,
    Plan,
    Presence,
    name_key,
    new_id,
)
from ..domain.validation import validate_plan
from .errors import WorkbookError, WorkbookProblem
from .layout import (
    ACTORS,
    ASSIGNMENTS,
    DATA_SHEETS,
    FUNCTIONS,
    FUNDING,
    HANDOVERS,
    ID_HEADER,
    MAX_PROBLEMS,
    MILESTONES,
    PRESENCES,
    SUMMARY,
    SUMMARY_KEYS,
    SUMMARY_SYNONYMS,
    Column,
    DataSheet,
    SummaryKey,
    column_headers,
    norm,
    sheet_titles,
    summary_keys,
)
from .reader import WORKBOOK, BadSerial, CellError, Formula, RawBook, RawSheet, _blank
from .text import normalise_line_ends, same_text, strip_illegal

if TYPE_CHECKING:
    from .plaintext import TextBook

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?\s*$")
SHEET_ORDER = [WORKBOOK, SUMMARY] + [s.title for s in DATA_SHEETS]


@cache
def _sheet_ranks() -> dict[str, int]:
    """A sheet's place in the order of problems, by any of its names (normalised)."""
    return {
        norm(name): i
        for i, title in enumerate(SHEET_ORDER)
        for name in ([title] if title == WORKBOOK else sheet_titles(title))
    }


@dataclass(frozen=True)
class ImportReview:
    """What importing an edited workbook into an existing plan would do."""

    change: PlanChange
    before: Plan
    after: Plan
    lines: list[str]
    warnings: list[str]


def read_plan(path: Path, *, name: str | None = None) -> Plan:
    """A new plan from the workbook at `path`, with fresh ids; its name from the Summary sheet's
    `Plan` value unless `name` is given. Raises WorkbookError with every problem found."""
    importer = _Importer(Path(path), current=None, name=name)
    return importer.run()


def read_plan_text(path: Path, text: str | None = None) -> Plan:
    """A new plan from a plan written as TOML (`plaintext`), checked as a workbook is."""
    from .plaintext import TextBook

    importer = _Importer(Path(path), current=None, name=None)
    return importer.run(TextBook(Path(path), text))


def review_import(current: Plan, path: Path) -> ImportReview:
    """Compare an edited workbook with `current`: rows are matched by ID, else by name
    (assignments by function, actor and start). Raises WorkbookError with every problem found."""
    importer = _Importer(Path(path), current=current, name=current.name)
    after = importer.run()
    change = diff_plans(current, after)
    lines = describe_change(current, after, change)
    return ImportReview(change, current, after, lines, importer.warnings)


# -- parsing cells ---------------------------------------------------------------------------


class _CellProblem(ValueError):
    pass


def _text_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return normalise_line_ends(strip_illegal(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return strip_illegal(str(value))


def _date_value(value: object) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        m = _ISO_DATE.match(value)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
        raise _CellProblem(f"bad date {_show(value)}; type a date or YYYY-MM-DD")
    if isinstance(value, bool):
        raise _CellProblem(f"bad date {_show(value)}; type a date or YYYY-MM-DD")
    if isinstance(value, int | float):
        raise _CellProblem(
            f"bad date: {_show(value)} is a number, not a date; type a date or YYYY-MM-DD"
        )
    raise _CellProblem(f"bad date {_show(value)}; type a date or YYYY-MM-DD")


def _number_value(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _CellProblem(f"not a number: {_show(value)}")
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace("\u00a0", "").replace(" ", ""))
        except ValueError:
            raise _CellProblem(f"not a number: {_show(value)}") from None
    else:
        raise _CellProblem(f"not a number: {_show(value)}")
    if not math.isfinite(number):
        raise _CellProblem(f"not a number: {_show(value)}")
    return number


def _enum_value(enum: type[PlanEnum], value: object) -> PlanEnum | None:
    text = _text_value(value)
    if not text.strip():
        return None
    try:
        return parse_enum_any_language(enum, text)
    except ValueError as exc:
        raise _CellProblem(str(exc)) from None


def _year_value(value: object) -> int | None:
    number = _number_value(value)
    if number is None:
        return None
    if not number.is_integer():
        raise _CellProblem(f"not a year: {_show(value)}; type a year such as 2025")
    return int(number)


def _show(value: object) -> str:
    text = _text_value(value) if not isinstance(value, str) else value
    if len(text) > 60:
        text = text[:57] + "…"
    return repr(text)


# -- rows ------------------------------------------------------------------------------------


@dataclass
class _Row:
    sheet: DataSheet
    number: int
    #: field → parsed value, for the columns present and readable
    values: dict[str, Any] = field(default_factory=dict)
    #: the ID column's text ("" when blank or absent)
    row_id: str = ""
    #: a cell of this row has a problem: the row is not built
    bad: bool = False

    @property
    def name(self) -> str:
        """The row's name (a handover's item, a funding line's source)."""
        column = next((c for c in self.sheet.columns if c.kind == "name"), None)
        value = self.values.get(column.field) if column is not None else None
        return value if isinstance(value, str) else ""


@dataclass
class _SheetData:
    sheet: DataSheet
    title: str
    rows: list[_Row]
    #: field → column letter, for the columns present
    letters: dict[str, str]
    missing: list[Column]
    #: False when the sheet or a required column is missing: references to it are not checked
    usable: bool = True
    #: an optional sheet (of a later layout) that the workbook does not have
    absent: bool = False


class _Importer:
    def __init__(self, path: Path, *, current: Plan | None, name: str | None) -> None:
        self.path = path
        self.current = current
        self.name = name
        self.problems: list[tuple[tuple[int, int, int], WorkbookProblem]] = []
        self.warnings: list[str] = []
        #: (entity class name, index in the built plan) → row
        self.rows_of: dict[str, list[_Row]] = {}
        self.summary_cells: dict[str, str] = {}
        #: plan settings with a problem reported already
        self.bad_settings: set[str] = set()
        self.letters: dict[str, dict[str, str]] = {}
        #: the layout's sheet title → the workbook's name for it
        self.titles: dict[str, str] = {}

    # -- problems ----------------------------------------------------------------------------

    def problem(self, sheet: str, cell: str | None, message: str) -> None:
        order = _sheet_ranks().get(norm(sheet), len(SHEET_ORDER))
        row, col = 0, 0
        if cell:
            m = re.match(r"([A-Z]+)(\d+)", cell)
            if m:
                row = int(m[2])
                col = sum((ord(ch) - 64) * 26**i for i, ch in enumerate(reversed(m[1])))
        self.problems.append(((order, row, col), WorkbookProblem(sheet, cell, message)))

    def fail_if_problems(self) -> None:
        if not self.problems:
            return
        ordered = [p for _key, p in sorted(self.problems, key=lambda item: item[0])]
        unique: list[WorkbookProblem] = []
        seen: set[WorkbookProblem] = set()
        for p in ordered:
            if p not in seen:
                seen.add(p)
                unique.append(p)
        if len(unique) > MAX_PROBLEMS:
            more = len(unique) - MAX_PROBLEMS
            unique = unique[:MAX_PROBLEMS]
            unique.append(WorkbookProblem(WORKBOOK, None, f"… and {more:,} more problems"))
        raise WorkbookError(unique, self.path)

    # -- the whole import --------------------------------------------------------------------

    def run(self, source: RawBook | TextBook | None = None) -> Plan:
        with source if source is not None else RawBook(self.path) as book:
            if not book.open():
                for p in book.problems:
                    self.problem(p.sheet, p.cell, p.message)
                self.fail_if_problems()
            raw: dict[str, RawSheet | None] = {}
            optional = {s.title for s in DATA_SHEETS if s.optional}
            titles = [SUMMARY] + [s.title for s in DATA_SHEETS]
            chosen = {title: self.choose_sheet(book, title) for title in titles}
            if not any(found or ambiguous for found, ambiguous in chosen.values()):
                self.problem(
                    WORKBOOK,
                    None,
                    f"{self.path.name} is not a Transition Planner workbook: it has none of the "
                    f"sheets {', '.join(titles)}",
                )
                self.fail_if_problems()
            for title, (found, ambiguous) in chosen.items():
                if found is None:
                    if ambiguous:
                        pass  # reported, naming the sheets
                    elif title in optional:
                        if self.current is not None:
                            self.warnings.append(
                                f"{title}: no such sheet (a workbook of an earlier version); "
                                "the plan's rows are kept as they are"
                            )
                    else:
                        self.problem(title, None, "missing sheet")
                    raw[title] = None
                else:
                    raw[title] = book.read_sheet(found, min_width=2 if title == SUMMARY else 1)
            for p in book.problems:
                # the workbook's own sheet name is kept in problems (as a person sees it)
                self.problem(_canonical(p.sheet), p.cell, p.message)
        settings = self.parse_summary(raw[SUMMARY])
        data = {s.title: self.parse_sheet(s, raw[s.title]) for s in DATA_SHEETS}
        plan = self.build(settings, data)
        self.map_validation(plan)
        self.fail_if_problems()
        return plan

    def choose_sheet(self, book: RawBook | TextBook, title: str) -> tuple[str | None, bool]:
        """The sheet of the workbook to read as `title`, and whether the choice is ambiguous
        (a problem naming the sheets is reported). Two sheets that read as one name (`Actors`
        and `Actors `) are ambiguous, whether hidden or not; a hidden sheet is read only when no
        visible one has the name (in any language), and the review says so."""
        names = book.find_sheets(sheet_titles(title))
        if not names:
            return None, False

        def shown(name: str) -> str:
            state = book.sheet_state(name)
            return repr(name) + (
                "" if state == "visible" else f" ({_STATE_WORDS.get(state, state)})"
            )

        by_key: dict[str, list[str]] = {}
        for name in names:
            by_key.setdefault(norm(name), []).append(name)
        visible = [n for n in names if book.sheet_state(n) == "visible"]
        clash = next((group for group in by_key.values() if len(group) > 1), None)
        if clash is None and len(visible) > 1:
            clash = visible
        if clash is None and not visible and len(names) > 1:
            clash = names
        if clash is not None:
            self.problem(
                title,
                None,
                f"{len(clash)} sheets read as {title}: "
                + " and ".join(shown(n) for n in clash)
                + "; rename or delete all but one",
            )
            return None, True
        if visible:
            chosen = visible[0]
            for other in names:
                if other != chosen:
                    self.warnings.append(
                        f"{title}: the hidden sheet {other!r} was not read; "
                        f"the visible sheet {chosen!r} was"
                    )
            return chosen, False
        chosen = names[0]
        self.warnings.append(
            f"{title}: the sheet {shown(chosen)} is hidden; it was read, as no visible sheet "
            "has that name"
        )
        return chosen, False

    # -- Summary -----------------------------------------------------------------------------

    def parse_summary(self, sheet: RawSheet | None) -> dict[str, Any]:
        settings: dict[str, Any] = {}
        if sheet is None:  # reported as a missing sheet: nothing more to say about its values
            self.bad_settings.update(spec.field for spec in SUMMARY_KEYS)
            return settings
        self.titles[SUMMARY] = title = sheet.title
        found: dict[str, tuple[int, object]] = {}
        rows = [(1, sheet.header), *sheet.rows]
        for number, values in rows:
            if not values:
                continue
            key = values[0]
            if not isinstance(key, str) or not key.strip():
                continue
            k = norm(key)
            k = SUMMARY_SYNONYMS.get(k, k)
            if k in found:
                continue
            found[k] = (number, values[1] if len(values) > 1 else None)
        for spec in SUMMARY_KEYS:
            entry = next(
                (found[k] for key in summary_keys(spec) if (k := norm(key)) in found), None
            )
            if entry is None:
                if spec.required and not (spec.field == "name" and self.name is not None):
                    self.problem(title, None, f"missing row {spec.key!r} (in column A)")
                    self.bad_settings.add(spec.field)
                continue
            number, value = entry
            cell = f"B{number}"
            self.summary_cells[spec.field] = cell
            try:
                parsed = self._summary_value(spec, value)
            except _CellProblem as exc:
                self.problem(title, cell, str(exc))
                self.bad_settings.add(spec.field)
                continue
            if parsed is None:
                if spec.required and not (spec.field == "name" and self.name is not None):
                    self.problem(title, cell, f"{spec.key}: required value missing")
                    self.bad_settings.add(spec.field)
                continue
            settings[spec.field] = parsed
        return settings

    def _summary_value(self, spec: SummaryKey, value: object) -> object:
        _check_special(value)
        if spec.kind == "text":
            text = _text_value(value)
            return text if text.strip() or not spec.required else None
        if spec.kind == "date":
            return _date_value(value)
        number = _number_value(value)
        if number is None:
            return None
        if spec.kind == "int":
            if not number.is_integer() or abs(number) > 100_000_000:
                raise _CellProblem(f"{spec.key} must be a whole number of days")
            return int(number)
        return number

    # -- data sheets -------------------------------------------------------------------------

    def parse_sheet(self, sheet: DataSheet, raw: RawSheet | None) -> _SheetData:
        # problems name the sheet as the workbook does (a French workbook's "Présences")
        title = raw.title if raw is not None else sheet.title
        data = _SheetData(sheet, title, [], {}, [])
        self.letters[sheet.title] = data.letters
        self.titles[sheet.title] = title
        if raw is None:
            if sheet.optional:
                data.absent = True
                return data
            data.usable = False
            return data
        positions: dict[str, int] = {}
        for index, value in enumerate(raw.header):
            if not isinstance(value, str) or not value.strip():
                continue
            key = norm(value)
            if key in positions:
                self.problem(
                    title,
                    f"{get_column_letter(index + 1)}1",
                    f"column {value.strip()!r} appears twice "
                    f"(also in column {get_column_letter(positions[key] + 1)})",
                )
                continue
            positions[key] = index
        columns: list[tuple[Column, int]] = []
        for col in sheet.columns:
            found = next(
                (positions[k] for h in column_headers(col) if (k := norm(h)) in positions), None
            )
            if found is None:
                if col.required:
                    self.problem(title, None, f"missing column {col.header!r}")
                elif self.current is not None:
                    self.warnings.append(
                        f"{title}: no column {col.header!r}; its values are kept as they are"
                    )
                data.missing.append(col)
                continue
            columns.append((col, found))
            data.letters[col.field] = get_column_letter(found + 1)
        id_index = positions.get(norm(ID_HEADER))
        if any(col.required for col in data.missing):
            data.usable = False
            return data
        for number, values in raw.rows:
            row = _Row(sheet, number)
            cells = [(col, values[i] if i < len(values) else None, i) for col, i in columns]
            if all(_blank(v) for _c, v, _i in cells):
                continue  # a row with only an ID, or only extra columns: nothing to import
            for col, value, index in cells:
                cell = f"{get_column_letter(index + 1)}{number}"
                try:
                    _check_special(value)
                    parsed = self._cell_value(col, value)
                except _CellProblem as exc:
                    self.problem(title, cell, str(exc))
                    row.bad = True
                    continue
                if parsed is None and col.required:
                    self.problem(title, cell, f"{col.header}: required value missing")
                    row.bad = True
                    continue
                row.values[col.field] = parsed
            self._row_rules(data, row)
            if id_index is not None and id_index < len(values):
                raw_id = values[id_index]
                if not isinstance(raw_id, CellError | Formula):
                    row.row_id = _text_value(raw_id).strip()
            data.rows.append(row)
        return data

    def _row_rules(self, data: _SheetData, row: _Row) -> None:
        """The domain's rules within one row, checked on every row (also rows that are not
        built because of another problem); the same words as `validate_plan`."""
        v = row.values
        pairs = [("start", "end", "end is before start")]
        if data.sheet.entity is Function:
            pairs = [("required_from", "required_until", "required until is before required from")]
        for first, last, message in pairs:
            a, b = v.get(first), v.get(last)
            if isinstance(a, date) and isinstance(b, date) and b < a:
                self.problem(data.title, f"{data.letters[last]}{row.number}", message)
        capacity = v.get("capacity")
        if isinstance(capacity, float) and capacity < 0:
            self.problem(
                data.title,
                f"{data.letters['capacity']}{row.number}",
                "capacity must be a number of at least 0",
            )

    def _cell_value(self, col: Column, value: object) -> object:
        if col.kind == "date":
            return _date_value(value)
        if col.kind == "number":
            return _number_value(value)
        if col.kind == "year":
            return _year_value(value)
        if col.kind == "enum":
            assert col.enum is not None
            return _enum_value(col.enum, value)
        text = _text_value(value)
        if col.kind in ("function", "actor", "presence"):
            return text.strip() or None
        if col.kind == "name" and not text.strip():
            return None
        return text

    # -- building the plan -------------------------------------------------------------------

    def build(self, settings: dict[str, Any], data: dict[str, _SheetData]) -> Plan:
        current = self.current
        name = self.name if self.name is not None else settings.get("name", "")
        plan_kwargs: dict[str, Any] = {
            "name": name,
            "country": settings.get("country", current.country if current else ""),
            "region": settings.get("region", current.region if current else ""),
            "description": settings.get("description", current.description if current else ""),
            # placeholders for a missing horizon (reported already) that add no problem
            "horizon_start": settings.get(
                "horizon_start", settings.get("horizon_end", date(2000, 1, 1))
            ),
            "horizon_end": settings.get(
                "horizon_end", settings.get("horizon_start", date(2000, 1, 1))
            ),
            "min_overlap_days": settings.get("min_overlap_days", DEFAULT_MIN_OVERLAP_DAYS),
            "cliff_threshold": settings.get("cliff_threshold", DEFAULT_CLIFF_THRESHOLD),
            "bridge_days": settings.get("bridge_days", DEFAULT_BRIDGE_DAYS),
        }
        if current is not None:
            summary_name = settings.get("name")
            if isinstance(summary_name, str) and summary_name.strip() != current.name.strip():
                self.warnings.append(
                    f"{SUMMARY}: the workbook names the plan {summary_name!r}; "
                    f"the plan keeps its name {current.name!r}"
                )
            for key in ("min_overlap_days", "cliff_threshold", "bridge_days"):
                if key not in settings and key not in self.summary_cells:
                    plan_kwargs[key] = getattr(current, key)
            for key in ("country", "region", "description"):
                if same_text(plan_kwargs[key], getattr(current, key)):
                    plan_kwargs[key] = getattr(current, key)  # only the line ends differ

        presences = self._entities(data[PRESENCES], {})
        presence_ids = self._names(data[PRESENCES], presences, Presence)
        actors = self._entities(data[ACTORS], {"presence": presence_ids})
        actor_ids = self._names(data[ACTORS], actors, Actor)
        actors = self._continuations(data[ACTORS], actors, actor_ids)
        functions = self._entities(data[FUNCTIONS], {})
        function_ids = self._names(data[FUNCTIONS], functions, Function)
        references = {"function": function_ids, "actor": actor_ids}
        assignments = self._entities(data[ASSIGNMENTS], references)
        milestones = self._entities(data[MILESTONES], {})
        handovers = self._entities(data[HANDOVERS], references)
        funding = self._entities(data[FUNDING], references)

        def built(items: list[tuple[_Row, Entity]], cls: type[Entity]) -> tuple[Any, ...]:
            self.rows_of[cls.__name__] = [r for r, _e in items]
            return tuple(e for _r, e in items)

        def register(
            sheet: str, items: list[tuple[_Row, Entity]], cls: type[Entity]
        ) -> tuple[Any, ...]:
            """An optional sheet the workbook lacks keeps the plan's rows (into a plan) or
            means an empty register (a new plan)."""
            if data[sheet].absent:
                self.rows_of[cls.__name__] = []
                return current.entities(cls) if current is not None else ()
            return built(items, cls)

        plan = Plan(
            **plan_kwargs,
            presences=built(presences, Presence),
            actors=built(actors, Actor),
            functions=built(functions, Function),
            assignments=built(assignments, Assignment),
            milestones=built(milestones, Milestone),
            handovers=register(HANDOVERS, handovers, Handover),
            funding_lines=register(FUNDING, funding, FundingLine),
            id=current.id if current is not None else new_id(),
        )
        return plan

    def _continuations(
        self,
        data: _SheetData,
        actors: list[tuple[_Row, Entity]],
        actor_ids: dict[str, str | None],
    ) -> list[tuple[_Row, Entity]]:
        """Actors name the actor they continue on the same sheet: resolved once its names are
        known. An unknown name is a problem at its cell (the actor itself is kept, so that the
        rows naming it are not reported too)."""
        letter = data.letters.get("continues_id")
        out: list[tuple[_Row, Entity]] = []
        for row, actor in actors:
            assert isinstance(actor, Actor)
            text = actor.continues_id
            if text is None or data.absent:
                out.append((row, actor))
                continue
            key = name_key(text)
            if key not in actor_ids:
                self.problem(
                    data.title,
                    f"{letter}{row.number}",
                    f"unknown actor {text!r} (not on the {ACTORS} sheet)",
                )
            out.append((row, dc_replace(actor, continues_id=actor_ids.get(key))))
        return out

    def _names(
        self, data: _SheetData, built: list[tuple[_Row, Entity]], cls: type[Entity]
    ) -> dict[str, str | None]:
        """Name (casefolded) → id of the entity built from it; None for a row not built (its
        problem is reported already). For an import into a plan, the current names of entities
        the workbook renamed are known too, so that references not yet renamed still resolve."""
        ids: dict[str, str | None] = {}
        if not data.usable:
            return _Unknown()
        by_row = {id(r): e for r, e in built}
        for row in data.rows:
            key = name_key(row.name)
            if key and key not in ids:
                entity = by_row.get(id(row))
                ids[key] = entity.id if entity is not None else None
            elif key:  # the same words as the domain's rule: reported once
                self.problem(
                    data.title,
                    f"{data.letters['name']}{row.number}",
                    f"duplicate name {row.name!r}",
                )
        if self.current is not None:
            kept = {e.id for _r, e in built}
            for old in self.current.entities(cls):
                key = name_key(getattr(old, "name", ""))
                if key and key not in ids and old.id in kept:
                    ids[key] = old.id
        return ids

    def _entities(
        self, data: _SheetData, refs: dict[str, dict[str, str | None]]
    ) -> list[tuple[_Row, Entity]]:
        sheet = data.sheet
        cls = sheet.entity
        # resolve references first: the ids they point to are part of an assignment's key
        resolved: list[tuple[_Row, dict[str, Any]]] = []
        for row in data.rows:
            if row.bad:
                continue
            values = dict(row.values)
            ok = True
            for col in sheet.columns:
                if col.kind not in refs or col.field not in values:
                    continue
                text = values[col.field]
                if text is None:
                    values[col.field] = None
                    continue
                key = name_key(str(text))
                table = refs[col.kind]
                if key not in table:
                    self.problem(
                        data.title,
                        f"{data.letters[col.field]}{row.number}",
                        f"unknown {col.kind} {text!r} (not on the {_plural(col.kind)} sheet)",
                    )
                    ok = False
                elif table[key] is None:
                    ok = False  # that row has a problem of its own
                else:
                    values[col.field] = table[key]
            if ok:
                resolved.append((row, values))

        current_items: Sequence[Entity] = (
            self.current.entities(cls) if self.current is not None else ()
        )
        matches = self._match(cls, resolved, current_items)
        out: list[tuple[_Row, Entity]] = []
        for (row, values), old in zip(resolved, matches, strict=True):
            kwargs = dict(values)
            if old is not None:
                for col in data.missing:
                    kwargs[col.field] = getattr(old, col.field)
                for key, value in kwargs.items():
                    if isinstance(value, str) and same_text(value, getattr(old, key, None)):
                        kwargs[key] = getattr(old, key)  # only the line ends differ
            for f in fields(cls):
                if kwargs.get(f.name, "") is None and f.default not in (None, MISSING):
                    kwargs[f.name] = f.default  # a blank cell means the default (Kind: Other)
            kwargs["id"] = old.id if old is not None else new_id()
            try:
                entity = cls(**kwargs)
            except (TypeError, ValueError, KeyError) as exc:  # pragma: no cover - defensive
                self.problem(data.title, None, f"row {row.number}: {exc}")
                continue
            out.append((row, entity))
        return out

    def _match(
        self,
        cls: type[Entity],
        rows: list[tuple[_Row, dict[str, Any]]],
        current: Sequence[Entity],
    ) -> list[Entity | None]:
        """For each row, the current entity it edits (None: a new entity)."""
        result: list[Entity | None] = [None] * len(rows)
        if not current:
            return result
        by_id = {e.id: e for e in current}
        claimed: set[str] = set()
        # 1. by ID; a duplicated ID goes to the row that kept the entity's name
        candidates: dict[str, list[int]] = {}
        for i, (row, _v) in enumerate(rows):
            if row.row_id in by_id:
                candidates.setdefault(row.row_id, []).append(i)
        for entity_id, indexes in candidates.items():
            old_name = name_key(str(getattr(by_id[entity_id], "name", "")))
            chosen = next(
                (i for i in indexes if name_key(rows[i][0].name) == old_name),
                indexes[0],
            )
            result[chosen] = by_id[entity_id]
            claimed.add(entity_id)
        # 2. by name (assignments: function, actor and start), for rows without a known ID
        keys: list[tuple[Callable[[dict[str, Any]], Hashable], Callable[[Entity], Hashable]]]
        if cls is Handover:
            keys = [
                (
                    lambda v: (name_key(str(v.get("item") or "")), v.get("due")),
                    lambda e: (name_key(getattr(e, "item", "")), getattr(e, "due", None)),
                ),
                (
                    lambda v: name_key(str(v.get("item") or "")),
                    lambda e: name_key(getattr(e, "item", "")),
                ),
            ]
        elif cls is FundingLine:
            keys = [
                (
                    lambda v: (name_key(str(v.get("source") or "")), v.get("year"), v.get("kind")),
                    lambda e: (
                        name_key(getattr(e, "source", "")),
                        getattr(e, "year", None),
                        getattr(e, "kind", None),
                    ),
                ),
                (
                    lambda v: (name_key(str(v.get("source") or "")), v.get("year")),
                    lambda e: (name_key(getattr(e, "source", "")), getattr(e, "year", None)),
                ),
            ]
        elif cls is Assignment:
            keys = [
                (
                    lambda v: (v.get("function_id"), v.get("actor_id"), v.get("start")),
                    lambda e: (
                        getattr(e, "function_id", None),
                        getattr(e, "actor_id", None),
                        getattr(e, "start", None),
                    ),
                )
            ]
        else:

            def name_of(v: dict[str, Any]) -> Hashable:
                return name_key(str(v.get("name") or ""))

            def entity_name(e: Entity) -> Hashable:
                return name_key(str(getattr(e, "name", "")))

            keys = []
            if cls is Milestone:
                keys.append(
                    (
                        lambda v: (name_of(v), v.get("date")),
                        lambda e: (entity_name(e), getattr(e, "date", None)),
                    )
                )
            keys.append((name_of, entity_name))
        for row_key, entity_key in keys:
            pool: dict[Hashable, list[Entity]] = {}
            for e in current:
                if e.id not in claimed:
                    pool.setdefault(entity_key(e), []).append(e)
            for i, (_row, values) in enumerate(rows):
                if result[i] is not None:
                    continue
                for e in pool.get(row_key(values), []):
                    if e.id not in claimed:
                        result[i] = e
                        claimed.add(e.id)
                        break
        return result

    # -- domain rules ------------------------------------------------------------------------

    def map_validation(self, plan: Plan) -> None:
        """Report the domain's problems with the built plan at their cells."""
        for p in validate_plan(plan):
            if p.entity == "Plan":
                if p.field in self.bad_settings:
                    continue
                cell = self.summary_cells.get(p.field)
                if p.field == "name" and self.name is not None and self.current is None:
                    self.problem(WORKBOOK, None, f"plan name: {p.message}")
                else:
                    self.problem(self.titles.get(SUMMARY, SUMMARY), cell, p.message)
                continue
            sheet = next(s for s in DATA_SHEETS if s.entity.__name__ == p.entity)
            title = self.titles.get(sheet.title, sheet.title)
            rows = self.rows_of.get(p.entity, [])
            if p.index is None or p.index >= len(rows):
                self.problem(title, None, p.message)
                continue
            number = rows[p.index].number
            field_name = {"end": "end"}.get(p.field, p.field)
            letter = self.letters[sheet.title].get(field_name)
            if letter is None:
                letter = next(iter(self.letters[sheet.title].values()), "A")
            self.problem(title, f"{letter}{number}", p.message)


_STATE_WORDS = {"hidden": "hidden", "veryHidden": "very hidden"}


class _Unknown(dict[str, "str | None"]):
    """The names of a sheet that could not be read: every name is known, as a row not built
    (the sheet's own problem is reported; its references are not reported again)."""

    def __contains__(self, key: object) -> bool:
        return True

    def __getitem__(self, key: str) -> str | None:
        return None


def _check_special(value: object) -> None:
    if isinstance(value, Formula):
        raise _CellProblem(
            "a formula without a computed value; type the value instead "
            "(or open and save the workbook in Excel first)"
        )
    if isinstance(value, BadSerial):
        raise _CellProblem(
            f"a date cell holding {value.serial}, which is no day a workbook can hold; "
            "type a date such as 2025-06-30"
        )
    if isinstance(value, CellError):
        raise _CellProblem(f"error value {value.text}; type the value instead")


def _plural(kind: str) -> str:  # the sheet that holds the names of a kind of reference
    return {"function": FUNCTIONS, "actor": ACTORS, "presence": PRESENCES}.get(kind, kind)


def _canonical(sheet: str) -> str:
    """The layout's spelling of a sheet name the workbook spells differently."""
    for title in SHEET_ORDER:
        if norm(title) == norm(sheet):
            return title
    return sheet
