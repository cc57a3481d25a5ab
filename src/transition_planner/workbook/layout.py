"""The workbook layout of SPEC §5, shared by export and import.

One `Column` per spreadsheet column: its header, the entity field it holds and how its cells are
written and read. Export writes the columns in this order; import finds them by header, in any
order and case.

Sheet names, headers and Summary keys are written in the language of the process and read in
any language of the application (SPEC §6): the English spellings here are the catalogue's
sources — sheet names and Summary keys in the context "Workbook", headers in "Field" (the labels
of `domain.changes.FIELD_LABELS`, which the editor's headings use too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..domain.enums import (
    ActorType,
    FundingKind,
    FundingLineStatus,
    FundingStatus,
    HandoverKind,
    HandoverStatus,
    LeadDepartment,
    MilestoneKind,
    PlanEnum,
    PresenceKind,
    Priority,
    Readiness,
)
from ..domain.model import (
    Actor,
    Assignment,
    Entity,
    Function,
    FundingLine,
    Handover,
    Milestone,
    Presence,
)
from ..i18n import QT_TRANSLATE_NOOP, all_translations, translate

#: Version of this layout, written on the Summary sheet (import does not need it). 2: the
#: columns and sheets of SPEC §5 as revised on 2026-12-01 (Handovers, Funding, Region …).
FORMAT_VERSION = 2

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

#: A cell holds at most this many characters (Excel's limit).
MAX_CELL_TEXT = 32_767
#: Import limits: beyond them the workbook is refused with a clear message.
MAX_ROWS = 100_000
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
#: What a workbook of MAX_ROWS rows may hold, counted before openpyxl reads it (a few tiny
#: strings compress to almost nothing: 1 GB of them took minutes and gigabytes to load).
MAX_STRINGS = 2_000_000
MAX_CELLS = 5_000_000
MAX_STRING_BYTES = 256 * 1024 * 1024
#: At most this many problems are listed; the rest are counted.
MAX_PROBLEMS = 500

SUMMARY = QT_TRANSLATE_NOOP("Workbook", "Summary")
TIMELINE = QT_TRANSLATE_NOOP("Workbook", "Timeline")
PRESENCES = QT_TRANSLATE_NOOP("Workbook", "Presences")
ACTORS = QT_TRANSLATE_NOOP("Workbook", "Actors")
FUNCTIONS = QT_TRANSLATE_NOOP("Workbook", "Functions")
ASSIGNMENTS = QT_TRANSLATE_NOOP("Workbook", "Assignments")
MILESTONES = QT_TRANSLATE_NOOP("Workbook", "Milestones")
HANDOVERS = QT_TRANSLATE_NOOP("Workbook", "Handovers")
FUNDING = QT_TRANSLATE_NOOP("Workbook", "Funding")
GAPS = QT_TRANSLATE_NOOP("Workbook", "Gaps")
LISTS = QT_TRANSLATE_NOOP("Workbook", "Lists")
#: Sheets that export writes and import ignores.
DERIVED_SHEETS = (TIMELINE, GAPS, LISTS)

ColumnKind = Literal[
    "text", "name", "date", "enum", "number", "year", "function", "actor", "presence"
]


@dataclass(frozen=True)
class Column:
    header: str
    #: The entity field ("" for the ID column).
    field: str
    kind: ColumnKind
    required: bool = False
    enum: type[PlanEnum] | None = None
    #: Column width in characters: the least and the most export uses.
    min_width: float = 10
    max_width: float = 40
    wrap: bool = False


ID_HEADER = "ID"


@dataclass(frozen=True)
class DataSheet:
    title: str
    entity: type[Entity]
    columns: tuple[Column, ...]
    table: str
    #: A sheet that workbooks of an earlier layout do not have: its absence is no problem.
    optional: bool = False

    def column(self, field: str) -> Column | None:
        for col in self.columns:
            if col.field == field:
                return col
        return None

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns] + [ID_HEADER]


def _text(header: str, field: str, *, wide: bool = False) -> Column:
    if wide:
        return Column(header, field, "text", min_width=16, max_width=60, wrap=True)
    return Column(header, field, "text", min_width=12, max_width=40)


def _date(header: str, field: str, *, required: bool = False) -> Column:
    return Column(header, field, "date", required=required, min_width=12, max_width=14)


def _enum(header: str, field: str, enum: type[PlanEnum], *, required: bool = False) -> Column:
    return Column(header, field, "enum", required=required, enum=enum, min_width=12, max_width=24)


DATA_SHEETS: tuple[DataSheet, ...] = (
    DataSheet(
        PRESENCES,
        Presence,
        (
            Column("Name", "name", "name", required=True, min_width=16, max_width=45),
            _enum("Kind", "kind", PresenceKind, required=True),
            _date("Start", "start", required=True),
            _date("End", "end"),
            _date("Drawdown start", "drawdown_start"),
            _enum("Lead department", "lead_department", LeadDepartment),
            _text("Funding", "funding"),
            _text("Mandate", "mandate", wide=True),
            _text("Notes", "notes", wide=True),
        ),
        "tblPresences",
    ),
    DataSheet(
        ACTORS,
        Actor,
        (
            Column("Name", "name", "name", required=True, min_width=16, max_width=45),
            _enum("Type", "type", ActorType, required=True),
            Column("Presence", "presence_id", "presence", min_width=14, max_width=40),
            Column("Continues", "continues_id", "actor", min_width=14, max_width=40),
            _text("Notes", "notes", wide=True),
        ),
        "tblActors",
    ),
    DataSheet(
        FUNCTIONS,
        Function,
        (
            Column("Name", "name", "name", required=True, min_width=16, max_width=45),
            _text("Category", "category"),
            _text("Area", "area"),
            _enum("Priority", "priority", Priority, required=True),
            _date("Required from", "required_from"),
            _date("Required until", "required_until"),
            _text("Notes", "notes", wide=True),
        ),
        "tblFunctions",
    ),
    DataSheet(
        ASSIGNMENTS,
        Assignment,
        (
            Column(
                "Function", "function_id", "function", required=True, min_width=16, max_width=40
            ),
            Column("Actor", "actor_id", "actor", required=True, min_width=16, max_width=40),
            _date("Start", "start", required=True),
            _date("End", "end"),
            Column("Capacity", "capacity", "number", min_width=10, max_width=12),
            _enum("Funding status", "funding_status", FundingStatus),
            _text("Funding source", "funding_source"),
            _enum("Readiness", "readiness", Readiness),
            _text("Notes", "notes", wide=True),
        ),
        "tblAssignments",
    ),
    DataSheet(
        MILESTONES,
        Milestone,
        (
            Column("Name", "name", "name", required=True, min_width=16, max_width=45),
            _date("Date", "date", required=True),
            _enum("Kind", "kind", MilestoneKind),
            _text("Notes", "notes", wide=True),
        ),
        "tblMilestones",
    ),
    DataSheet(
        HANDOVERS,
        Handover,
        (
            Column("Item", "item", "name", required=True, min_width=18, max_width=45),
            _enum("Kind", "kind", HandoverKind, required=True),
            Column("Function", "function_id", "function", min_width=16, max_width=40),
            _text("Area", "area"),
            Column("From", "from_actor_id", "actor", required=True, min_width=16, max_width=40),
            Column("To", "to_actor_id", "actor", min_width=16, max_width=40),
            _text("Owner", "owner"),
            _date("Due", "due", required=True),
            _enum("Status", "status", HandoverStatus, required=True),
            _text("Notes", "notes", wide=True),
        ),
        "tblHandovers",
        optional=True,
    ),
    DataSheet(
        FUNDING,
        FundingLine,
        (
            Column("Source", "source", "name", required=True, min_width=18, max_width=45),
            _enum("Kind", "kind", FundingKind, required=True),
            Column("Function", "function_id", "function", min_width=16, max_width=40),
            Column("Actor", "actor_id", "actor", min_width=16, max_width=40),
            Column("Year", "year", "year", required=True, min_width=8, max_width=8),
            Column("Amount (USD)", "amount", "number", required=True, min_width=16, max_width=18),
            _enum("Status", "status", FundingLineStatus, required=True),
            _text("Notes", "notes", wide=True),
        ),
        "tblFunding",
        optional=True,
    ),
)

SHEET_FOR: dict[type[Entity], DataSheet] = {s.entity: s for s in DATA_SHEETS}


@dataclass(frozen=True)
class SummaryKey:
    key: str
    field: str
    kind: Literal["text", "date", "int", "float"]
    required: bool = False


SUMMARY_KEYS: tuple[SummaryKey, ...] = (
    SummaryKey(QT_TRANSLATE_NOOP("Workbook", "Plan"), "name", "text", required=True),
    SummaryKey(QT_TRANSLATE_NOOP("Workbook", "Country"), "country", "text"),
    SummaryKey(QT_TRANSLATE_NOOP("Workbook", "Region"), "region", "text"),
    SummaryKey(QT_TRANSLATE_NOOP("Workbook", "Description"), "description", "text"),
    SummaryKey(
        QT_TRANSLATE_NOOP("Workbook", "Horizon start"), "horizon_start", "date", required=True
    ),
    SummaryKey(QT_TRANSLATE_NOOP("Workbook", "Horizon end"), "horizon_end", "date", required=True),
    SummaryKey(QT_TRANSLATE_NOOP("Workbook", "Minimum overlap (days)"), "min_overlap_days", "int"),
    SummaryKey(QT_TRANSLATE_NOOP("Workbook", "Cliff threshold"), "cliff_threshold", "float"),
    SummaryKey(QT_TRANSLATE_NOOP("Workbook", "Bridge breaks (days)"), "bridge_days", "int"),
)

#: Other spellings of Summary keys that import accepts (normalised, see `norm`).
SUMMARY_SYNONYMS: dict[str, str] = {
    "plan name": "plan",
    "name": "plan",
    "minimum overlap": "minimum overlap (days)",
    "minimum overlap days": "minimum overlap (days)",
    "min overlap days": "minimum overlap (days)",
    "start": "horizon start",
    "end": "horizon end",
    "bridge breaks": "bridge breaks (days)",
    "bridge days": "bridge breaks (days)",
    "regional division": "region",
}


def norm(text: str) -> str:
    """A header or key as compared on import: case and repeated blanks ignored."""
    return re.sub(r"\s+", " ", text.strip().rstrip(":").strip()).casefold()


# -- the words of the workbook, in either language ------------------------------------------


def sheet_title(title: str) -> str:
    """A sheet's name in the language of the process ("Presences" → "Présences")."""
    return translate("Workbook", title)


def sheet_titles(title: str) -> list[str]:
    """Every name sheet `title` may have: English first, then its translations."""
    return all_translations("Workbook", title)


def column_header(column: Column) -> str:
    """A column's header in the language of the process (the field's label)."""
    return translate("Field", column.header)


def column_headers(column: Column) -> list[str]:
    """Every header that names `column` on import, in any language."""
    return all_translations("Field", column.header)


def summary_key(key: SummaryKey) -> str:
    return translate("Workbook", key.key)


def summary_keys(key: SummaryKey) -> list[str]:
    return all_translations("Workbook", key.key)
