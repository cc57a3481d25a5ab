"""Rows and domain objects: the one mapping between them, and every read, in SQLAlchemy Core.

Reading a plan (and listing plans) runs Core statements on the tables of `store.tables` over
a `Connection`, without `sqlalchemy.orm`: the command line's `plans` and `check` start fast
(issue 14.3). Writing (`store.repository`) goes through the ORM classes mapped on the same
tables and uses the same field lists, enumerations and conversions from here. No row object
ever leaves the store: rows go in and plain domain objects come out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Column, Connection, Table, func, select

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
    COLLECTION,
    ENTITY_TYPES,
    PLAN_SETTING_FIELDS,
    Actor,
    Assignment,
    Entity,
    Function,
    FundingLine,
    Handover,
    Milestone,
    Plan,
    Presence,
    entity_field_names,
)
from ..i18n import translate
from . import tables
from .errors import PlanNotFound, StoreConflict

#: The table of each entity class.
TABLES: dict[type[Entity], Table] = {
    Presence: tables.presences,
    Actor: tables.actors,
    Function: tables.functions,
    Assignment: tables.assignments,
    Milestone: tables.milestones,
    Handover: tables.handovers,
    FundingLine: tables.funding_lines,
}

#: The enumerated fields of each entity class.
ENUM_FIELDS: dict[type[Entity], dict[str, type[PlanEnum]]] = {
    Presence: {"kind": PresenceKind, "lead_department": LeadDepartment},
    Actor: {"type": ActorType},
    Function: {"priority": Priority},
    Assignment: {"funding_status": FundingStatus, "readiness": Readiness},
    Milestone: {"kind": MilestoneKind},
    Handover: {"kind": HandoverKind, "status": HandoverStatus},
    FundingLine: {"kind": FundingKind, "status": FundingLineStatus},
}

#: The data fields of each entity class (the column keys of the same names), then `id`.
FIELDS: dict[type[Entity], tuple[str, ...]] = {
    cls: (*entity_field_names(cls), "id") for cls in ENTITY_TYPES
}


def column(cls: type[Entity], field: str) -> Column[Any]:
    """The column that holds `field` of the entities of `cls` (its key is the field's name; its
    name in the database may differ: `start` is `start_date`)."""
    return TABLES[cls].c[field]


class StoredValueError(ValueError):
    """A stored value that this application cannot read (an unknown enumeration value)."""


def no_plan(plan_id: str) -> str:
    """ "no plan with id '…'" (reading and writing say it alike)."""
    return translate("Store", "no plan with id {id}").format(id=repr(plan_id))


# -- domain objects to rows -------------------------------------------------------------------


def _enum_value(cls: type[Entity], field: str, value: object) -> str | None:
    if value is None:
        return None
    enum = ENUM_FIELDS[cls][field]
    try:
        return enum(str(value)).value
    except ValueError:
        raise StoreConflict(
            translate("Store", "{kind} {field} {value} is not one of: {allowed}").format(
                kind=cls.__name__,
                field=field,
                value=repr(value),
                allowed=", ".join(e.value for e in enum),
            )
        ) from None


def entity_values(entity: Entity) -> dict[str, Any]:
    """The row values of an entity by column key (without plan and position)."""
    cls = type(entity)
    values: dict[str, Any] = {name: getattr(entity, name) for name in FIELDS[cls]}
    for name in ENUM_FIELDS[cls]:
        values[name] = _enum_value(cls, name, values[name])
    return values


def plan_values(plan: Plan) -> dict[str, Any]:
    """The row values of a plan's own row (its settings and id)."""
    values: dict[str, Any] = {name: getattr(plan, name) for name in PLAN_SETTING_FIELDS}
    values["id"] = plan.id
    return values


# -- rows to domain objects -------------------------------------------------------------------


def _entities(connection: Connection, cls: type[Entity], plan_id: str) -> tuple[Entity, ...]:
    table = TABLES[cls]
    names = FIELDS[cls]
    enums = [(names.index(f), e) for f, e in ENUM_FIELDS[cls].items()]
    result = connection.execute(
        select(*(table.c[name] for name in names))
        .where(table.c.plan_id == plan_id)
        .order_by(table.c.position)
    )
    items: list[Entity] = []
    for values in result:
        data = list(values)
        for index, enum in enums:
            raw = data[index]
            if raw is not None:
                try:
                    data[index] = enum(raw)
                except ValueError:
                    raise StoredValueError(
                        translate("Store", "{kind} {id} has an unknown {field} {value}").format(
                            kind=cls.__name__, id=data[-1], field=names[index], value=repr(raw)
                        )
                    ) from None
        items.append(cls(**dict(zip(names, data, strict=True))))
    return tuple(items)


def load_plan(connection: Connection, plan_id: str) -> Plan:
    """The plan with its entities in stored order."""
    plans = tables.plans
    row = connection.execute(
        select(plans.c.id, *(plans.c[name] for name in PLAN_SETTING_FIELDS)).where(
            plans.c.id == plan_id
        )
    ).one_or_none()
    if row is None:
        raise PlanNotFound(no_plan(plan_id))
    settings = dict(zip(PLAN_SETTING_FIELDS, tuple(row)[1:], strict=True))
    collections = {COLLECTION[cls]: _entities(connection, cls, plan_id) for cls in ENTITY_TYPES}
    return Plan(id=plan_id, **settings, **collections)  # type: ignore[arg-type]


# -- plans ------------------------------------------------------------------------------------


def plan_rows(connection: Connection) -> list[tuple[str, str, str, date, date]]:
    """(id, name, country, horizon start, horizon end) of every plan, in stored order."""
    c = tables.plans.c
    rows = connection.execute(select(c.id, c.name, c.country, c.horizon_start, c.horizon_end))
    return list(rows)


def entity_counts(connection: Connection) -> dict[str, dict[str, int]]:
    """plan id → collection name → number of entities."""
    counts: dict[str, dict[str, int]] = {}
    for cls in ENTITY_TYPES:
        table = TABLES[cls]
        for plan_id, count in connection.execute(
            select(table.c.plan_id, func.count()).group_by(table.c.plan_id)
        ):
            counts.setdefault(plan_id, {})[COLLECTION[cls]] = int(count)
    return counts


def plan_exists(connection: Connection, plan_id: str) -> bool:
    c = tables.plans.c
    return connection.execute(select(c.id).where(c.id == plan_id)).first() is not None


def plan_named(connection: Connection, name: str) -> str | None:
    c = tables.plans.c
    found: str | None = connection.execute(select(c.id).where(c.name == name)).scalar()
    return found


def entity_ids(connection: Connection, cls: type[Entity], ids: Sequence[str]) -> set[str]:
    """Which of `ids` exist in the table of `cls` (any plan)."""
    c = TABLES[cls].c
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        found.update(connection.execute(select(c.id).where(c.id.in_(chunk))).scalars())
    return found
