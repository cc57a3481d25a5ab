"""The plan's tables, declared: their columns, their words and how a new row starts.

A table of the editor is one `TableSpec`; a column one `Column` (both in `table_columns`; the
handover register and the funding lines are declared in `register_tables`). The model, the cell
editors, the column widths, the undo labels and the accessible names all come from these
declarations, so a new column is one `Column(...)` line and a new table one `TableSpec(...)`
block (and its entity type in the domain). Words are marked for translation here and translated
where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.enums import (
    DEFAULT_LEAD,
    ActorType,
    FundingStatus,
    LeadDepartment,
    MilestoneKind,
    PresenceKind,
    Priority,
    Readiness,
)
from ..domain.model import Actor, Assignment, Entity, Function, Milestone, Plan, Presence
from .register_tables import FUNDING, HANDOVERS
from .table_columns import (
    COLUMNS_CONTEXT,
    Column,
    ColumnKind,
    TableSpec,
    free_name,
    plan_areas,
)
from .translation import QT_TRANSLATE_NOOP

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
            "drawdown_start",
            QT_TRANSLATE_NOOP("Columns", "Drawdown start"),
            ColumnKind.OPTIONAL_DATE,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns",
                "The day the drawdown or withdrawal began (the Council's decision to close, "
                "a host government's demand to leave); between start and end",
            ),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: no drawdown decided"),
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
        Column(
            "continues_id",
            QT_TRANSLATE_NOOP("Columns", "Continues"),
            ColumnKind.OPTIONAL_REF,
            ref=Actor,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns",
                "The actor whose work this one carries on without a handover (a successor "
                "mission's police built from its predecessor's)",
            ),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: continues no other actor"),
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
            "area",
            QT_TRANSLATE_NOOP("Columns", "Area"),
            ColumnKind.SUGGEST,
            suggest=plan_areas,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Where in the country: a province, region or sector; blank: country-wide"
            ),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: country-wide"),
        ),
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
    area_field="area",
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
        Column(
            "readiness",
            QT_TRANSLATE_NOOP("Columns", "Readiness"),
            ColumnKind.OPTIONAL_ENUM,
            enum=Readiness,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns",
                "Whether a carrier that is not a UN actor can carry the function: Ready, "
                "Partly ready or Not ready",
            ),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: not assessed"),
            none_label=QT_TRANSLATE_NOOP("Columns", "(not assessed)"),
        ),
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
TABLES: tuple[TableSpec, ...] = (
    PRESENCES,
    ACTORS,
    FUNCTIONS,
    ASSIGNMENTS,
    MILESTONES,
    HANDOVERS,
    FUNDING,
)

__all__ = [
    "ACTORS",
    "ASSIGNMENTS",
    "COLUMNS_CONTEXT",
    "FUNCTIONS",
    "FUNDING",
    "HANDOVERS",
    "MILESTONES",
    "PRESENCES",
    "TABLES",
    "Column",
    "ColumnKind",
    "TableSpec",
    "free_name",
]
