"""The tables of the handover register and of the funding lines (SPEC §2), declared like the
plan's other tables (see `table_columns`).

Their columns read as a sentence — the item passes from one actor to another by a day, in a
status; so much money of a kind for a year — so that what a planner scans for (due, status, year,
amount) shows without scrolling; what it serves (function, area) follows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ..domain.enums import FundingKind, FundingLineStatus, HandoverKind, HandoverStatus
from ..domain.model import Actor, Entity, Function, FundingLine, Handover, Plan
from .table_columns import Column, ColumnKind, TableSpec, free_name, plan_areas
from .translation import QT_TRANSLATE_NOOP


def _today_in(plan: Plan) -> date:
    """Today, or the horizon's nearer end when today lies outside it."""
    return min(max(date.today(), plan.horizon_start), plan.horizon_end)


# -- handovers ------------------------------------------------------------------------------


def _new_handover(plan: Plan) -> Entity:
    if not plan.actors:
        raise ValueError(
            QCoreApplication.translate("Tables", "Add an actor before adding a handover.")
        )
    taken = {h.item.casefold() for h in plan.handovers}
    return Handover(
        item=free_name(QCoreApplication.translate("Tables", "New handover"), taken),
        kind=HandoverKind.TASK,
        from_actor_id=plan.actors[0].id,
        due=_today_in(plan),
    )


HANDOVERS = TableSpec(
    name="handovers",
    entity=Handover,
    columns=(
        Column(
            "item",
            QT_TRANSLATE_NOOP("Columns", "Item"),
            ColumnKind.NAME,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "What must pass hands: a task, a site, assets, case files, records…"
            ),
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            ColumnKind.ENUM,
            enum=HandoverKind,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Task, Site, Asset, Caseload, Records, Programme or Other"
            ),
        ),
        Column(
            "from_actor_id",
            QT_TRANSLATE_NOOP("Columns", "From"),
            ColumnKind.REF,
            ref=Actor,
            tooltip=QT_TRANSLATE_NOOP("Columns", "The actor that hands the item over"),
        ),
        Column(
            "to_actor_id",
            QT_TRANSLATE_NOOP("Columns", "To"),
            ColumnKind.OPTIONAL_REF,
            ref=Actor,
            tooltip=QT_TRANSLATE_NOOP("Columns", "The actor that receives it"),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: no receiver yet"),
            none_label=QT_TRANSLATE_NOOP("Columns", "(no receiver yet)"),
        ),
        Column("due", QT_TRANSLATE_NOOP("Columns", "Due"), ColumnKind.DATE),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            ColumnKind.ENUM,
            enum=HandoverStatus,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns",
                "Planned, In progress, Done, Blocked or Lost (a site looted, an asset "
                "destroyed, records gone)",
            ),
        ),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("Columns", "Owner"),
            tooltip=QT_TRANSLATE_NOOP("Columns", "The person or office answerable for it"),
        ),
        Column(
            "function_id",
            QT_TRANSLATE_NOOP("Columns", "Function"),
            ColumnKind.OPTIONAL_REF,
            ref=Function,
            tooltip=QT_TRANSLATE_NOOP("Columns", "The function the item serves, if any"),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: no function named"),
        ),
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
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), ColumnKind.NOTES),
    ),
    title=lambda: QCoreApplication.translate("Tables", "Handovers"),
    description=lambda: QCoreApplication.translate(
        "Tables",
        "The handover register: what must pass from one actor to another, by when, and who "
        "answers for it",
    ),
    add_label=lambda: QCoreApplication.translate("Tables", "Add a handover"),
    duplicate_label=lambda n: QCoreApplication.translate(
        "Tables", "Duplicate %n handover(s)", "", n
    ),
    delete_label=lambda n: QCoreApplication.translate("Tables", "Delete %n handover(s)", "", n),
    new_row=_new_handover,
    copies_renamed=False,
    area_field="area",
)

# -- funding lines --------------------------------------------------------------------------


def _new_funding_line(plan: Plan) -> Entity:
    return FundingLine(
        source=QCoreApplication.translate("Tables", "New source"),
        kind=FundingKind.VOLUNTARY,
        year=_today_in(plan).year,
        amount=0.0,
        status=FundingLineStatus.PROJECTED,
    )


FUNDING = TableSpec(
    name="funding_lines",
    entity=FundingLine,
    columns=(
        Column(
            "source",
            QT_TRANSLATE_NOOP("Columns", "Source"),
            ColumnKind.NAME,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns", "Where the money comes from: a budget, a fund, a donor, a decision"
            ),
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            ColumnKind.ENUM,
            enum=FundingKind,
            tooltip=QT_TRANSLATE_NOOP(
                "Columns",
                "Assessed, Regular budget, Peacebuilding Fund, Trust fund, Voluntary, "
                "Host government or Other",
            ),
        ),
        Column(
            "year",
            QT_TRANSLATE_NOOP("Columns", "Year"),
            ColumnKind.YEAR,
            tooltip=QT_TRANSLATE_NOOP("Columns", "The calendar year the money is for"),
        ),
        Column(
            "amount",
            QT_TRANSLATE_NOOP("Columns", "Amount (USD)"),
            ColumnKind.MONEY,
            tooltip=QT_TRANSLATE_NOOP("Columns", "US dollars, at least 0; type 1,250,000 or 1.25m"),
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Columns", "Status"),
            ColumnKind.ENUM,
            enum=FundingLineStatus,
            tooltip=QT_TRANSLATE_NOOP("Columns", "Secured, Pledged or Projected"),
        ),
        Column(
            "function_id",
            QT_TRANSLATE_NOOP("Columns", "Function"),
            ColumnKind.OPTIONAL_REF,
            ref=Function,
            tooltip=QT_TRANSLATE_NOOP("Columns", "The function the money pays for, if any"),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: no function named"),
        ),
        Column(
            "actor_id",
            QT_TRANSLATE_NOOP("Columns", "Actor"),
            ColumnKind.OPTIONAL_REF,
            ref=Actor,
            tooltip=QT_TRANSLATE_NOOP("Columns", "The actor that receives the money, if any"),
            blank=QT_TRANSLATE_NOOP("Columns", "Blank: no actor named"),
        ),
        Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), ColumnKind.NOTES),
    ),
    title=lambda: QCoreApplication.translate("Tables", "Funding"),
    description=lambda: QCoreApplication.translate(
        "Tables", "Money for one calendar year a row, in US dollars: its source, kind and status"
    ),
    add_label=lambda: QCoreApplication.translate("Tables", "Add a funding line"),
    duplicate_label=lambda n: QCoreApplication.translate(
        "Tables", "Duplicate %n funding line(s)", "", n
    ),
    delete_label=lambda n: QCoreApplication.translate("Tables", "Delete %n funding line(s)", "", n),
    new_row=_new_funding_line,
    copies_renamed=False,
)
