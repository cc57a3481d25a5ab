"""Plans in and out of the database: portable SQLAlchemy on one Session (one transaction).

Rows go in and plain domain objects come out; no ORM instance ever leaves this module. Reads and
writes use statements (`select`, `insert`, `update`, `delete`), not the unit of work: a plan of
20,000 assignments loads with six queries, and a cell edit is one UPDATE by primary key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeAlias, cast

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..domain.changes import PlanChange
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
from .errors import DuplicatePlanName, PlanNotFound, StoreConflict
from .schema import (
    ActorRow,
    AssignmentRow,
    FunctionRow,
    FundingLineRow,
    HandoverRow,
    MilestoneRow,
    PlanRow,
    PresenceRow,
)

RowClass: TypeAlias = (
    type[PresenceRow]
    | type[ActorRow]
    | type[FunctionRow]
    | type[AssignmentRow]
    | type[MilestoneRow]
    | type[HandoverRow]
    | type[FundingLineRow]
)

ROWS: dict[type[Entity], RowClass] = {
    Presence: PresenceRow,
    Actor: ActorRow,
    Function: FunctionRow,
    Assignment: AssignmentRow,
    Milestone: MilestoneRow,
    Handover: HandoverRow,
    FundingLine: FundingLineRow,
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

#: The data fields of each entity class (the row attributes of the same names), then `id`.
FIELDS: dict[type[Entity], tuple[str, ...]] = {
    cls: (*entity_field_names(cls), "id") for cls in ENTITY_TYPES
}

#: attribute name → column key, per entity class (they differ for start, end, type, date).
_COLUMN_KEYS: dict[type[Entity], dict[str, str]] = {
    cls: {name: getattr(ROWS[cls], name).property.columns[0].key for name in FIELDS[cls]}
    for cls in ENTITY_TYPES
}

_TABLES: dict[type[Entity], Table] = {cls: cast(Table, ROWS[cls].__table__) for cls in ENTITY_TYPES}

#: Entity classes whose names are unique within a plan.
NAMED: frozenset[type[Entity]] = frozenset({Presence, Actor, Function})

_PENDING_NAME = "\u241f pending "


def _no_plan(plan_id: str) -> str:
    return translate("Store", "no plan with id {id}").format(id=repr(plan_id))


def _named_exists(name: object) -> str:
    return translate("Store", "a plan named {name} already exists").format(name=repr(name))


class StoredValueError(ValueError):
    """A stored value that this application cannot read (an unknown enumeration value)."""


# -- conversions ------------------------------------------------------------------------------


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
    """The row attributes of an entity (without plan and position)."""
    cls = type(entity)
    values: dict[str, Any] = {name: getattr(entity, name) for name in FIELDS[cls]}
    for name in ENUM_FIELDS[cls]:
        values[name] = _enum_value(cls, name, values[name])
    return values


def _columns(cls: type[Entity]) -> list[InstrumentedAttribute[Any]]:
    row = ROWS[cls]
    return [getattr(row, name) for name in FIELDS[cls]]


def _entities(session: Session, cls: type[Entity], plan_id: str) -> tuple[Entity, ...]:
    row = ROWS[cls]
    names = FIELDS[cls]
    enums = [(names.index(f), e) for f, e in ENUM_FIELDS[cls].items()]
    result = session.execute(
        select(*_columns(cls)).where(row.plan_id == plan_id).order_by(row.position)
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


_PLAN_COLUMNS = (PlanRow.id, *(getattr(PlanRow, name) for name in PLAN_SETTING_FIELDS))


def load_plan(session: Session, plan_id: str) -> Plan:
    """The plan with its entities in stored order."""
    row = session.execute(select(*_PLAN_COLUMNS).where(PlanRow.id == plan_id)).one_or_none()
    if row is None:
        raise PlanNotFound(_no_plan(plan_id))
    settings = dict(zip(PLAN_SETTING_FIELDS, tuple(row)[1:], strict=True))
    collections = {COLLECTION[cls]: _entities(session, cls, plan_id) for cls in ENTITY_TYPES}
    return Plan(id=plan_id, **settings, **collections)  # type: ignore[arg-type]


# -- plans ------------------------------------------------------------------------------------


def plan_rows(session: Session) -> list[tuple[str, str, str, date, date]]:
    rows = session.execute(
        select(
            PlanRow.id, PlanRow.name, PlanRow.country, PlanRow.horizon_start, PlanRow.horizon_end
        )
    )
    return list(rows)


def entity_counts(session: Session) -> dict[str, dict[str, int]]:
    """plan id → collection name → number of entities."""
    counts: dict[str, dict[str, int]] = {}
    for cls in ENTITY_TYPES:
        row = ROWS[cls]
        for plan_id, count in session.execute(
            select(row.plan_id, func.count()).group_by(row.plan_id)
        ):
            counts.setdefault(plan_id, {})[COLLECTION[cls]] = int(count)
    return counts


def plan_exists(session: Session, plan_id: str) -> bool:
    return session.execute(select(PlanRow.id).where(PlanRow.id == plan_id)).first() is not None


def plan_named(session: Session, name: str) -> str | None:
    return session.execute(select(PlanRow.id).where(PlanRow.name == name)).scalar()


def _plan_values(plan: Plan) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(plan, name) for name in PLAN_SETTING_FIELDS}
    values["id"] = plan.id
    return values


def insert_plan(session: Session, plan: Plan) -> None:
    """Insert a plan and all its entities with their ids, in order."""
    if plan_exists(session, plan.id):
        raise StoreConflict(
            translate("Store", "a plan with id {id} already exists").format(id=repr(plan.id))
        )
    other = plan_named(session, plan.name)
    if other is not None:
        raise DuplicatePlanName(_named_exists(plan.name))
    for cls in ENTITY_TYPES:
        taken = entity_ids(session, cls, [e.id for e in plan.entities(cls)])
        if taken:
            raise StoreConflict(
                translate("Store", "{kind} ids already used in the workspace: {ids}").format(
                    kind=cls.__name__, ids=", ".join(sorted(taken)[:5])
                )
            )
    session.execute(insert(PlanRow), [_plan_values(plan)])
    for cls in ENTITY_TYPES:
        items = plan.entities(cls)
        if not items:
            continue
        keys = _COLUMN_KEYS[cls]
        rows = []
        for position, entity in enumerate(items):
            values = {keys[k]: v for k, v in entity_values(entity).items()}
            values["plan_id"] = plan.id
            values["position"] = position
            rows.append(values)
        # Core executemany on the table: one statement for all rows (the ORM bulk insert
        # splits rows by which values are None)
        session.execute(insert(_TABLES[cls]), rows)


def delete_plan(session: Session, plan_id: str) -> None:
    """Delete a plan; its entities go with it (ON DELETE CASCADE)."""
    result = session.execute(
        delete(PlanRow).where(PlanRow.id == plan_id),
        execution_options={"synchronize_session": False},
    )
    if _rowcount(result) != 1:
        raise PlanNotFound(_no_plan(plan_id))


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0))


# -- changes ----------------------------------------------------------------------------------


def _position_for(
    session: Session, row: RowClass, plan_id: str, index: int | None, ends: dict[RowClass, int]
) -> int:
    """The position value that puts a new row at `index` of the plan's list (None or past the
    end: last). Rows at and after that index move one down."""
    if index is not None:
        at = session.execute(
            select(row.position)
            .where(row.plan_id == plan_id)
            .order_by(row.position)
            .limit(1)
            .offset(max(0, index))
        ).scalar()
        if at is not None:
            session.execute(
                update(row)
                .where(row.plan_id == plan_id, row.position >= at)
                .values(position=row.position + 1),
                execution_options={"synchronize_session": False},
            )
            if row in ends:
                ends[row] += 1
            return int(at)
    if row not in ends:
        last = session.execute(
            select(func.max(row.position)).where(row.plan_id == plan_id)
        ).scalar()
        ends[row] = 0 if last is None else int(last) + 1
    position = ends[row]
    ends[row] += 1
    return position


def apply_change(session: Session, plan_id: str, change: PlanChange) -> None:
    """Apply a PlanChange: settings, then each entity change in order.

    Positions follow `domain.changes.apply_change` exactly (each change sees the list as the
    previous ones left it). When a change holds several entity changes, names are written last,
    so that a name freed by one item may be taken by another whatever their order.
    """
    if not plan_exists(session, plan_id):
        raise PlanNotFound(_no_plan(plan_id))
    _apply_settings(session, plan_id, change)
    defer_names = len(change.entities) > 1
    pending: list[tuple[RowClass, str, str]] = []
    ends: dict[RowClass, int] = {}
    for item in change.entities:
        cls = item.entity_type
        row = ROWS[cls]
        label = f"{cls.__name__} {item.entity_id!r}"
        if item.kind == "removed":
            result = session.execute(
                delete(row).where(row.id == item.entity_id, row.plan_id == plan_id),
                execution_options={"synchronize_session": False},
            )
            if _rowcount(result) != 1:
                raise StoreConflict(
                    translate("Store", "{entity} cannot be removed: it is not in the plan").format(
                        entity=label
                    )
                )
            continue
        assert item.new is not None
        values = entity_values(item.new)
        if defer_names and cls in NAMED:
            pending.append((row, item.new.id, values["name"]))
            values["name"] = _PENDING_NAME + item.new.id
        if item.kind == "added":
            if session.execute(select(row.id).where(row.id == item.new.id)).first() is not None:
                raise StoreConflict(
                    translate("Store", "{entity} cannot be added: that id is already taken").format(
                        entity=label
                    )
                )
            values["plan_id"] = plan_id
            values["position"] = _position_for(session, row, plan_id, item.position, ends)
            session.execute(insert(row), [values])
        else:
            old_id = item.old.id if item.old is not None else item.new.id
            result = session.execute(
                update(row).where(row.id == old_id, row.plan_id == plan_id).values(**values),
                execution_options={"synchronize_session": False},
            )
            if _rowcount(result) != 1:
                raise StoreConflict(
                    translate("Store", "{entity} cannot be changed: it is not in the plan").format(
                        entity=label
                    )
                )
    for row, entity_id, name in pending:
        session.execute(
            update(row).where(row.id == entity_id).values(name=name),
            execution_options={"synchronize_session": False},
        )


def _apply_settings(session: Session, plan_id: str, change: PlanChange) -> None:
    if not change.settings:
        return
    values: dict[str, Any] = {}
    for setting in change.settings:
        if setting.field not in PLAN_SETTING_FIELDS:
            raise StoreConflict(
                translate("Store", "{field} is not a plan setting").format(
                    field=repr(setting.field)
                )
            )
        values[setting.field] = setting.new
    if "name" in values:
        other = plan_named(session, str(values["name"]))
        if other is not None and other != plan_id:
            raise DuplicatePlanName(_named_exists(values["name"]))
    session.execute(
        update(PlanRow).where(PlanRow.id == plan_id).values(**values),
        execution_options={"synchronize_session": False},
    )


def entity_ids(session: Session, cls: type[Entity], ids: Sequence[str]) -> set[str]:
    """Which of `ids` exist in the table of `cls` (any plan)."""
    row = ROWS[cls]
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        found.update(session.execute(select(row.id).where(row.id.in_(chunk))).scalars())
    return found
