"""Plans into the database: portable SQLAlchemy on one Session (one transaction).

Writes use statements (`insert`, `update`, `delete`) on the typed ORM classes of `store.schema`,
not the unit of work: a cell edit is one UPDATE by primary key. Reading, and the mapping between
rows and domain objects, are in `store.rows` (SQLAlchemy Core, on the same tables); the checks a
write makes first (does the plan exist, is the name taken) read through it, in the write's own
transaction.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from ..domain.changes import PlanChange
from ..domain.model import (
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
)
from ..i18n import translate
from .errors import DuplicatePlanName, PlanNotFound, StoreConflict
from .rows import (
    TABLES,
    entity_ids,
    entity_values,
    no_plan,
    plan_exists,
    plan_named,
    plan_values,
)
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

#: The ORM class of each entity class (mapped on `rows.TABLES[cls]`).
ROWS: dict[type[Entity], RowClass] = {
    Presence: PresenceRow,
    Actor: ActorRow,
    Function: FunctionRow,
    Assignment: AssignmentRow,
    Milestone: MilestoneRow,
    Handover: HandoverRow,
    FundingLine: FundingLineRow,
}

#: Entity classes whose names are unique within a plan.
NAMED: frozenset[type[Entity]] = frozenset({Presence, Actor, Function})

_PENDING_NAME = "\u241f pending "


def _named_exists(name: object) -> str:
    return translate("Store", "a plan named {name} already exists").format(name=repr(name))


# -- plans ------------------------------------------------------------------------------------


def insert_plan(session: Session, plan: Plan) -> None:
    """Insert a plan and all its entities with their ids, in order."""
    connection = session.connection()
    if plan_exists(connection, plan.id):
        raise StoreConflict(
            translate("Store", "a plan with id {id} already exists").format(id=repr(plan.id))
        )
    other = plan_named(connection, plan.name)
    if other is not None:
        raise DuplicatePlanName(_named_exists(plan.name))
    for cls in ENTITY_TYPES:
        taken = entity_ids(connection, cls, [e.id for e in plan.entities(cls)])
        if taken:
            raise StoreConflict(
                translate("Store", "{kind} ids already used in the workspace: {ids}").format(
                    kind=cls.__name__, ids=", ".join(sorted(taken)[:5])
                )
            )
    session.execute(insert(PlanRow), [plan_values(plan)])
    for cls in ENTITY_TYPES:
        items = plan.entities(cls)
        if not items:
            continue
        rows = []
        for position, entity in enumerate(items):
            values = entity_values(entity)
            values["plan_id"] = plan.id
            values["position"] = position
            rows.append(values)
        # Core executemany on the table: one statement for all rows (the ORM bulk insert
        # splits rows by which values are None)
        session.execute(insert(TABLES[cls]), rows)


def delete_plan(session: Session, plan_id: str) -> None:
    """Delete a plan; its entities go with it (ON DELETE CASCADE)."""
    result = session.execute(
        delete(PlanRow).where(PlanRow.id == plan_id),
        execution_options={"synchronize_session": False},
    )
    if _rowcount(result) != 1:
        raise PlanNotFound(no_plan(plan_id))


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
    if not plan_exists(session.connection(), plan_id):
        raise PlanNotFound(no_plan(plan_id))
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
        other = plan_named(session.connection(), str(values["name"]))
        if other is not None and other != plan_id:
            raise DuplicatePlanName(_named_exists(values["name"]))
    session.execute(
        update(PlanRow).where(PlanRow.id == plan_id).values(**values),
        execution_options={"synchronize_session": False},
    )
