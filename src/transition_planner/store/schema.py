"""The typed ORM classes of a workspace's tables (SQLAlchemy 2), used for writing.

Each class is mapped onto the Core `Table` of `store.tables`, where the tables are declared
once; the `Mapped[]` annotations give the attributes their Python types. Reading goes through
`store.rows` on the same tables, without the ORM.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase, Mapped

from . import tables
from .tables import NAMING_CONVENTION

__all__ = [
    "NAMING_CONVENTION",
    "ActorRow",
    "AssignmentRow",
    "Base",
    "EntityRow",
    "FunctionRow",
    "FundingLineRow",
    "HandoverRow",
    "MilestoneRow",
    "PlanRow",
    "PresenceRow",
]


class Base(DeclarativeBase):
    metadata = tables.metadata


class PlanRow(Base):
    __table__ = tables.plans

    id: Mapped[str]
    name: Mapped[str]
    country: Mapped[str]
    description: Mapped[str]
    horizon_start: Mapped[dt.date]
    horizon_end: Mapped[dt.date]
    min_overlap_days: Mapped[int]
    cliff_threshold: Mapped[float]
    region: Mapped[str]
    bridge_days: Mapped[int]


class PresenceRow(Base):
    __table__ = tables.presences

    id: Mapped[str]
    plan_id: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    start: Mapped[dt.date]
    end: Mapped[dt.date | None]
    lead_department: Mapped[str]
    funding: Mapped[str]
    mandate: Mapped[str]
    notes: Mapped[str]
    drawdown_start: Mapped[dt.date | None]


class ActorRow(Base):
    __table__ = tables.actors

    id: Mapped[str]
    plan_id: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    type: Mapped[str]
    presence_id: Mapped[str | None]
    notes: Mapped[str]
    continues_id: Mapped[str | None]


class FunctionRow(Base):
    __table__ = tables.functions

    id: Mapped[str]
    plan_id: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    category: Mapped[str]
    priority: Mapped[str]
    required_from: Mapped[dt.date | None]
    required_until: Mapped[dt.date | None]
    notes: Mapped[str]
    area: Mapped[str]


class AssignmentRow(Base):
    __table__ = tables.assignments

    id: Mapped[str]
    plan_id: Mapped[str]
    position: Mapped[int]
    function_id: Mapped[str]
    actor_id: Mapped[str]
    start: Mapped[dt.date]
    end: Mapped[dt.date | None]
    capacity: Mapped[float | None]
    funding_status: Mapped[str | None]
    funding_source: Mapped[str]
    notes: Mapped[str]
    readiness: Mapped[str | None]


class MilestoneRow(Base):
    __table__ = tables.milestones

    id: Mapped[str]
    plan_id: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    date: Mapped[dt.date]
    kind: Mapped[str]
    notes: Mapped[str]


class HandoverRow(Base):
    __table__ = tables.handovers

    id: Mapped[str]
    plan_id: Mapped[str]
    position: Mapped[int]
    item: Mapped[str]
    kind: Mapped[str]
    function_id: Mapped[str | None]
    area: Mapped[str]
    from_actor_id: Mapped[str]
    to_actor_id: Mapped[str | None]
    owner: Mapped[str]
    due: Mapped[dt.date]
    status: Mapped[str]
    notes: Mapped[str]


class FundingLineRow(Base):
    __table__ = tables.funding_lines

    id: Mapped[str]
    plan_id: Mapped[str]
    position: Mapped[int]
    source: Mapped[str]
    kind: Mapped[str]
    function_id: Mapped[str | None]
    actor_id: Mapped[str | None]
    year: Mapped[int]
    amount: Mapped[float]
    status: Mapped[str]
    notes: Mapped[str]


EntityRow = (
    PresenceRow
    | ActorRow
    | FunctionRow
    | AssignmentRow
    | MilestoneRow
    | HandoverRow
    | FundingLineRow
)
