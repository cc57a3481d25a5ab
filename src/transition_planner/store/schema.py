"""The tables of a workspace: portable SQLAlchemy 2 typed ORM (SQLite today, PostgreSQL later).

Primary keys are the domain ids (globally unique strings). Every entity row carries its plan and a
`position` that keeps the planner's order. Enumerations are stored as their value strings, dates
as DATE, capacities and amounts as floats. Column names that are SQL keywords (`start`, `end`,
`date`, `type`, `year`) or read like them (`due`) get a suffix or prefix in the database and keep
the domain's name as the attribute.

Changing anything here needs an Alembic revision in `migrations/versions/`
(`tests/store/test_migrations.py` compares this metadata with the upgraded schema).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _text() -> Mapped[str]:
    return mapped_column(Text, nullable=False, default="", server_default="")


def _plan_fk() -> Mapped[str]:
    return mapped_column(String, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False)


class PlanRow(Base):
    __tablename__ = "plans"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    country: Mapped[str] = _text()
    description: Mapped[str] = _text()
    horizon_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    horizon_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    min_overlap_days: Mapped[int] = mapped_column(Integer, nullable=False)
    cliff_threshold: Mapped[float] = mapped_column(Float, nullable=False)
    region: Mapped[str] = _text()
    bridge_days: Mapped[int] = mapped_column(Integer, nullable=False, server_default="7")


class PresenceRow(Base):
    __tablename__ = "presences"
    __table_args__ = (
        UniqueConstraint("plan_id", "name"),
        Index(None, "plan_id", "position"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    plan_id: Mapped[str] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String, nullable=False)
    kind: Mapped[str] = mapped_column(String, nullable=False)
    start: Mapped[dt.date] = mapped_column("start_date", Date, nullable=False)
    end: Mapped[dt.date | None] = mapped_column("end_date", Date, nullable=True)
    lead_department: Mapped[str] = mapped_column(String, nullable=False)
    funding: Mapped[str] = _text()
    mandate: Mapped[str] = _text()
    notes: Mapped[str] = _text()
    drawdown_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ActorRow(Base):
    __tablename__ = "actors"
    __table_args__ = (
        UniqueConstraint("plan_id", "name"),
        Index(None, "plan_id", "position"),
        Index(None, "presence_id"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    plan_id: Mapped[str] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String, nullable=False)
    type: Mapped[str] = mapped_column("actor_type", String, nullable=False)
    presence_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("presences.id", ondelete="SET NULL"), nullable=True
    )
    notes: Mapped[str] = _text()
    continues_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("actors.id", ondelete="SET NULL"), nullable=True
    )


class FunctionRow(Base):
    __tablename__ = "functions"
    __table_args__ = (
        UniqueConstraint("plan_id", "name"),
        Index(None, "plan_id", "position"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    plan_id: Mapped[str] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String, nullable=False)
    category: Mapped[str] = _text()
    priority: Mapped[str] = mapped_column(String, nullable=False)
    required_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    required_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = _text()
    area: Mapped[str] = _text()


class AssignmentRow(Base):
    __tablename__ = "assignments"
    __table_args__ = (
        Index(None, "plan_id", "position"),
        Index(None, "function_id"),
        Index(None, "actor_id"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    plan_id: Mapped[str] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    function_id: Mapped[str] = mapped_column(
        String, ForeignKey("functions.id", ondelete="CASCADE"), nullable=False
    )
    actor_id: Mapped[str] = mapped_column(
        String, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False
    )
    start: Mapped[dt.date] = mapped_column("start_date", Date, nullable=False)
    end: Mapped[dt.date | None] = mapped_column("end_date", Date, nullable=True)
    capacity: Mapped[float | None] = mapped_column(Float, nullable=True)
    funding_status: Mapped[str | None] = mapped_column(String, nullable=True)
    funding_source: Mapped[str] = _text()
    notes: Mapped[str] = _text()
    readiness: Mapped[str | None] = mapped_column(String, nullable=True)


class MilestoneRow(Base):
    __tablename__ = "milestones"
    __table_args__ = (Index(None, "plan_id", "position"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    plan_id: Mapped[str] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String, nullable=False)
    date: Mapped[dt.date] = mapped_column("milestone_date", Date, nullable=False)
    kind: Mapped[str] = mapped_column(String, nullable=False)
    notes: Mapped[str] = _text()


class HandoverRow(Base):
    __tablename__ = "handovers"
    __table_args__ = (
        Index(None, "plan_id", "position"),
        Index(None, "from_actor_id"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    plan_id: Mapped[str] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    item: Mapped[str] = mapped_column(String, nullable=False)
    kind: Mapped[str] = mapped_column(String, nullable=False)
    function_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("functions.id", ondelete="SET NULL"), nullable=True
    )
    area: Mapped[str] = _text()
    from_actor_id: Mapped[str] = mapped_column(
        String, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False
    )
    to_actor_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("actors.id", ondelete="SET NULL"), nullable=True
    )
    owner: Mapped[str] = _text()
    due: Mapped[dt.date] = mapped_column("due_date", Date, nullable=False)
    status: Mapped[str] = mapped_column(String, nullable=False)
    notes: Mapped[str] = _text()


class FundingLineRow(Base):
    __tablename__ = "funding_lines"
    __table_args__ = (Index(None, "plan_id", "position"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    plan_id: Mapped[str] = _plan_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String, nullable=False)
    kind: Mapped[str] = mapped_column(String, nullable=False)
    function_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("functions.id", ondelete="SET NULL"), nullable=True
    )
    actor_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("actors.id", ondelete="SET NULL"), nullable=True
    )
    year: Mapped[int] = mapped_column("funding_year", Integer, nullable=False)
    amount: Mapped[float] = mapped_column(Float, nullable=False)
    status: Mapped[str] = mapped_column(String, nullable=False)
    notes: Mapped[str] = _text()


EntityRow = (
    PresenceRow
    | ActorRow
    | FunctionRow
    | AssignmentRow
    | MilestoneRow
    | HandoverRow
    | FundingLineRow
)
