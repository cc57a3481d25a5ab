"""The plan's tables, declared: their columns, their words and how a new row starts.

A table of the editor is one `TableSpec`; a column one `Column`. The model, the cell editors, the
column widths, the undo labels and the accessible names all come from these declarations, so a new
column is one `Column(...)` line and a new table one `TableSpec(...)` block (and its entity type in
the domain). Words are marked for translation here and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..domain.enums import (
    DEFAULT_LEAD,
    ActorType,
    FundingStatus,
    LeadDepartment,
    MilestoneKind,
    PlanEnum,
    PresenceKind,
    Priority,
)
from ..domain.model import Actor, Assignment, Entity, Function, Milestone, Plan, Presence
from .translation import QT_TRANSLATE_NOOP

#: The translation context of column headers and their tooltips.
COLUMNS_CONTEXT = "Columns"


class ColumnKind(Enum):
    """What a column holds: it chooses the editor, the parsing, the width and the sort."""

    NAME = "name"  # a required name, unique in its table
    TEXT = "text"  # a short free text
    NOTES = "notes"  # a long free text: takes the width that is left, elided, full on hover
    DATE = "date"
    OPTIONAL_DATE = "optional_date"
    ENUM = "enum"
    OPTIONAL_ENUM = "optional_enum"
    REF = "ref"  # the name of another entity of the plan (stored as its id)
    OPTIONAL_REF = "optional_ref"
    NUMBER = "number"

    @property
    def is_date(self) -> bool:
        return self in (ColumnKind.DATE, ColumnKind.OPTIONAL_DATE)

    @property
    def is_enum(self) -> bool:
        return self in (ColumnKind.ENUM, ColumnKind.OPTIONAL_ENUM)

    @property
    def is_ref(self) -> bool:
        return self in (ColumnKind.REF, ColumnKind.OPTIONAL_REF)

    @property
    def optional(self) -> bool:
        return self in (
            ColumnKind.OPTIONAL_DATE,
            ColumnKind.OPTIONAL_ENUM,
            ColumnKind.OPTIONAL_REF,
        )

    @property
    def is_text(self) -> bool:
        return self in (ColumnKind.NAME, ColumnKind.TEXT, ColumnKind.NOTES)


class Column:
    """One column: the entity field it shows, its header and what it holds.

    (A plain class, not a dataclass: a dataclass compiles its methods when the module loads,
    and the tables load with the window.)"""

    __slots__ = ("blank", "enum", "field", "header", "kind", "ref", "tooltip")

    def __init__(
        self,
        field: str,
        header: str,
        kind: ColumnKind = ColumnKind.TEXT,
        *,
        enum: type[PlanEnum] | None = None,
        ref: type[Entity] | None = None,
        tooltip: str = "",
        blank: str = "",
    ) -> None:
        if kind.is_enum and enum is None:
            raise ValueError(f"column {field}: an enumeration column needs its enum")
        if kind.is_ref and ref is None:
            raise ValueError(f"column {field}: a reference column needs its entity type")
        self.field = field
        self.header = header
        self.kind = kind
        #: ENUM columns: the enumeration offered.
        self.enum = enum
        #: REF columns: the entity type whose names are offered (the plan's entities of it).
        self.ref = ref
        #: What the column means (the header's tooltip and the cells' accessible description).
        self.tooltip = tooltip
        #: What a blank cell means (its tooltip), for optional columns.
        self.blank = blank

    def __repr__(self) -> str:
        return f"Column({self.field!r}, {self.kind.name})"

    def title(self) -> str:
        return QCoreApplication.translate(COLUMNS_CONTEXT, self.header)

    def description(self) -> str:
        return QCoreApplication.translate(COLUMNS_CONTEXT, self.tooltip) if self.tooltip else ""

    def blank_meaning(self) -> str:
        return QCoreApplication.translate(COLUMNS_CONTEXT, self.blank) if self.blank else ""


def _nothing_implied(_entity: Entity, _field: str, _value: object) -> dict[str, object]:
    return {}


class TableSpec:
    """One table of the editor."""

    def __init__(
        self,
        *,
        name: str,
        entity: type[Entity],
        columns: tuple[Column, ...],
        title: Callable[[], str],
        description: Callable[[], str],
        add_label: Callable[[], str],
        duplicate_label: Callable[[int], str],
        delete_label: Callable[[int], str],
        new_row: Callable[[Plan], Entity],
        implied: Callable[[Entity, str, object], dict[str, object]] = _nothing_implied,
        copies_renamed: bool = True,
    ) -> None:
        notes = [i for i, c in enumerate(columns) if c.kind is ColumnKind.NOTES]
        if notes and notes != [len(columns) - 1]:
            raise ValueError(f"table {name}: the notes column comes last (it stretches)")
        #: The plural, lower-case name: object names and settings keys ("presences").
        self.name = name
        self.entity = entity
        self.columns = columns
        self.title = title
        #: What the table holds, for screen readers.
        self.description = description
        #: Undo labels: "Add a presence", "Duplicate %n presence(s)", "Delete %n presence(s)".
        self.add_label = add_label
        self.duplicate_label = duplicate_label
        self.delete_label = delete_label
        #: A new row with sensible defaults (ValueError with the reason when none can be made).
        self.new_row = new_row
        #: Further fields that follow from an edit (field, new value) of an entity.
        self.implied = implied
        #: Copies of a row get a free "… (copy)" name.
        self.copies_renamed = copies_renamed

    def column_of(self, field_name: str) -> int:
        for i, col in enumerate(self.columns):
            if col.field == field_name:
                return i
        raise KeyError(field_name)


def free_name(base: str, taken: set[str]) -> str:
    """`base`, or `base 2`, `base 3` … whichever `taken` (case-folded names) lacks."""
    if base.casefold() not in taken:
        return base
    n = 2
    while f"{base} {n}".casefold() in taken:
        n += 1
    return f"{base} {n}"


# -- presences ----------------------------------------------------------------------------


def _new_presence(plan: Plan) -> Entity:
    taken = {p.name.casefold() for p in plan.presences}
    return Presence(
        name=free_name(QCoreApplication.translate("Tables", "New presence"), taken),
        kind=PresenceKind.SPM,
        start=plan.horizon_start,
    )


def _presence_implied(entity: Entity, field_name: str, value: object) -> dict[str, object]:
    # the lead department follows the kind while the planner has not chosen another one
    if (
        field_name == "kind"
        and isinstance(entity, Presence)
        and isinstance(value, PresenceKind)
        and entity.lead_department == DEFAULT_LEAD[entity.kind]
    ):
        return {"lead_department": DEFAULT_LEAD[value]}
    return {}


PRESENCES = TableSpec(
    name="presences",
    entity=Presence,
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), ColumnKind.NAME),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            ColumnKind.ENUM,
            enum=PresenceKind,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "PKO, SPM, Non-mission (UN country team), Regional office or Partner"
            ),
        ),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), ColumnKind.DATE),
        Column(
            "end",
            QT_TRANSLATE_NOOP("Columns", "End"),
            ColumnKind.OPTIONAL_DATE,
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: ongoing"),
        ),
        Column(
            "lead_department",
            QT_TRANSLATE_NOOP("Columns", "Lead department"),
            ColumnKind.ENUM,
            enum=LeadDepartment,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "The department that leads at headquarters; follows the kind"
            ),
        ),
        Column("funding", QT_TRANSLATE_NOOP("Columns", "Funding")),
        Column("mandate", QT_TRANSLATE_NOOP("Columns", "Mandate")),
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), ColumnKind.NOTES),
    ),
    title=lambda: QCoreApplication.translate("Tables", "Presences"),
    description=lambda: QCoreApplication.translate(
        "Tables", "The UN and partner presences in the country, one a row"
    ),
    add_label=lambda: QCoreApplication.translate("Tables", "Add a presence"),
    duplicate_label=lambda n: QCoreApplication.translate(
        "Tables", "Duplicate %n presence(s)", "", n
    ),
    delete_label=lambda n: QCoreApplication.translate("Tables", "Delete %n presence(s)", "", n),
    new_row=_new_presence,
    implied=_presence_implied,
)

# -- actors ----------------------------------------------------------------------------


def _new_actor(plan: Plan) -> Entity:
    taken = {a.name.casefold() for a in plan.actors}
    return Actor(
        name=free_name(QCoreApplication.translate("Tables", "New actor"), taken),
        type=ActorType.UN_ENTITY,
    )


ACTORS = TableSpec(
    name="actors",
    entity=Actor,
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), ColumnKind.NAME),
        Column("type", QT_TRANSLATE_NOOP("Columns", "Type"), ColumnKind.ENUM, enum=ActorType),
        Column(
            "presence_id",
            QT_TRANSLATE_NOOP("Columns", "Presence"),
            ColumnKind.OPTIONAL_REF,
            ref=Presence,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "The presence this actor belongs to: it acts only while it exists"
            ),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: belongs to no presence"),
        ),
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), ColumnKind.NOTES),
    ),
    title=lambda: QCoreApplication.translate("Tables", "Actors"),
    description=lambda: QCoreApplication.translate(
        "Tables", "Who can carry a function: mission components, UN entities, the government…"
    ),
    add_label=lambda: QCoreApplication.translate("Tables", "Add an actor"),
    duplicate_label=lambda n: QCoreApplication.translate("Tables", "Duplicate %n actor(s)", "", n),
    delete_label=lambda n: QCoreApplication.translate("Tables", "Delete %n actor(s)", "", n),
    new_row=_new_actor,
)

# -- functions ----------------------------------------------------------------------------


def _new_function(plan: Plan) -> Entity:
    taken = {f.name.casefold() for f in plan.functions}
    return Function(
        name=free_name(QCoreApplication.translate("Tables", "New function"), taken),
        priority=Priority.HIGH,
    )


FUNCTIONS = TableSpec(
    name="functions",
    entity=Function,
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), ColumnKind.NAME),
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category")),
        Column(
            "priority", QT_TRANSLATE_NOOP("Columns", "Priority"), ColumnKind.ENUM, enum=Priority
        ),
        Column(
            "required_from",
            QT_TRANSLATE_NOOP("Columns", "Required from"),
            ColumnKind.OPTIONAL_DATE,
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: from the horizon's start"),
        ),
        Column(
            "required_until",
            QT_TRANSLATE_NOOP("Columns", "Required until"),
            ColumnKind.OPTIONAL_DATE,
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: until the horizon's end"),
        ),
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), ColumnKind.NOTES),
    ),
    title=lambda: QCoreApplication.translate("Tables", "Functions"),
    description=lambda: QCoreApplication.translate(
        "Tables", "The mandated functions that need continuity of care"
    ),
    add_label=lambda: QCoreApplication.translate("Tables", "Add a function"),
    duplicate_label=lambda n: QCoreApplication.translate(
        "Tables", "Duplicate %n function(s)", "", n
    ),
    delete_label=lambda n: QCoreApplication.translate("Tables", "Delete %n function(s)", "", n),
    new_row=_new_function,
)

# -- assignments ----------------------------------------------------------------------------


def _new_assignment(plan: Plan) -> Entity:
    if not plan.functions or not plan.actors:
        raise ValueError(
            QCoreApplication.translate(
                "Tables", "Add a function and an actor before adding an assignment."
            )
        )
    return Assignment(
        function_id=plan.functions[0].id,
        actor_id=plan.actors[0].id,
        start=plan.horizon_start,
    )


ASSIGNMENTS = TableSpec(
    name="assignments",
    entity=Assignment,
    columns=(
        Column(
            "function_id", QT_TRANSLATE_NOOP("Columns", "Function"), ColumnKind.REF, ref=Function
        ),
        Column("actor_id", QT_TRANSLATE_NOOP("Columns", "Actor"), ColumnKind.REF, ref=Actor),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), ColumnKind.DATE),
        Column(
            "end",
            QT_TRANSLATE_NOOP("Columns", "End"),
            ColumnKind.OPTIONAL_DATE,
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: open-ended (until the horizon's end)"),
        ),
        Column(
            "capacity",
            QT_TRANSLATE_NOOP("Columns", "Capacity"),
            ColumnKind.NUMBER,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "A number of at least 0 (e.g. staff); blank: unknown"
            ),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: capacity unknown"),
        ),
        Column(
            "funding_status",
            QT_TRANSLATE_NOOP("Columns", "Funding status"),
            ColumnKind.OPTIONAL_ENUM,
            enum=FundingStatus,
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: funding not tracked"),
        ),
        Column("funding_source", QT_TRANSLATE_NOOP("Columns", "Funding source")),
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), ColumnKind.NOTES),
    ),
    title=lambda: QCoreApplication.translate("Tables", "Assignments"),
    description=lambda: QCoreApplication.translate(
        "Tables", "Who carries which function over which period, with what capacity and money"
    ),
    add_label=lambda: QCoreApplication.translate("Tables", "Add an assignment"),
    duplicate_label=lambda n: QCoreApplication.translate(
        "Tables", "Duplicate %n assignment(s)", "", n
    ),
    delete_label=lambda n: QCoreApplication.translate("Tables", "Delete %n assignment(s)", "", n),
    new_row=_new_assignment,
    copies_renamed=False,
)

# -- milestones ----------------------------------------------------------------------------


def _new_milestone(plan: Plan) -> Entity:
    return Milestone(
        name=QCoreApplication.translate("Tables", "New milestone"), date=plan.horizon_start
    )


MILESTONES = TableSpec(
    name="milestones",
    entity=Milestone,
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), ColumnKind.NAME),
        Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), ColumnKind.DATE),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), ColumnKind.ENUM, enum=MilestoneKind),
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), ColumnKind.NOTES),
    ),
    title=lambda: QCoreApplication.translate("Tables", "Milestones"),
    description=lambda: QCoreApplication.translate(
        "Tables", "Dated events that matter to the transition: renewals, elections…"
    ),
    add_label=lambda: QCoreApplication.translate("Tables", "Add a milestone"),
    duplicate_label=lambda n: QCoreApplication.translate(
        "Tables", "Duplicate %n milestone(s)", "", n
    ),
    delete_label=lambda n: QCoreApplication.translate("Tables", "Delete %n milestone(s)", "", n),
    new_row=_new_milestone,
    copies_renamed=False,
)

#: The editor's tables, in the workbook's order.
TABLES: tuple[TableSpec, ...] = (PRESENCES, ACTORS, FUNCTIONS, ASSIGNMENTS, MILESTONES)
