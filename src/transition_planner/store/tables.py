"""The tables of a workspace, in SQLAlchemy Core: portable (SQLite today, PostgreSQL later).

Declared once, here; the typed ORM classes of `store.schema` (used for writing) are mapped onto
these same `Table`s. This module does not import `sqlalchemy.orm`, so that reading a workspace
(the command line's `plans` and `check`) does not pay for the ORM.

Primary keys are the domain ids (globally unique strings). Every entity row carries its plan and a
`position` that keeps the planner's order. Enumerations are stored as their value strings, dates
as DATE, capacities and amounts as floats. Column names that are SQL keywords (`start`, `end`,
`date`, `type`, `year`) or read like them (`due`) get a suffix or prefix in the database; the
column's key (`table.c.start`) and the ORM attribute keep the domain's name.

Changing anything here needs an Alembic revision in `migrations/versions/`
(`tests/store/test_migrations.py` compares this metadata with the upgraded schema).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _id() -> Column[str]:
    return Column("id", String, primary_key=True)


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, default="", server_default="")


def _plan_fk() -> Column[str]:
    return Column("plan_id", String, ForeignKey("plans.id", ondelete="CASCADE"), nullable=False)


def _position() -> Column[int]:
    return Column("position", Integer, nullable=False)


def _ref(name: str, table: str, *, cascade: bool = False) -> Column[Any]:
    """A reference to another entity: ON DELETE CASCADE (and NOT NULL), or SET NULL."""
    return Column(
        name,
        String,
        ForeignKey(f"{table}.id", ondelete="CASCADE" if cascade else "SET NULL"),
        nullable=not cascade,
    )


plans = Table(
    "plans",
    metadata,
    _id(),
    Column("name", String, nullable=False, unique=True),
    _text("country"),
    _text("description"),
    Column("horizon_start", Date, nullable=False),
    Column("horizon_end", Date, nullable=False),
    Column("min_overlap_days", Integer, nullable=False),
    Column("cliff_threshold", Float, nullable=False),
    _text("region"),
    Column("bridge_days", Integer, nullable=False, server_default="7"),
)

presences = Table(
    "presences",
    metadata,
    _id(),
    _plan_fk(),
    _position(),
    Column("name", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("start_date", Date, nullable=False, key="start"),
    Column("end_date", Date, nullable=True, key="end"),
    Column("lead_department", String, nullable=False),
    _text("funding"),
    _text("mandate"),
    _text("notes"),
    Column("drawdown_start", Date, nullable=True),
    UniqueConstraint("plan_id", "name"),
    Index(None, "plan_id", "position"),
)

actors = Table(
    "actors",
    metadata,
    _id(),
    _plan_fk(),
    _position(),
    Column("name", String, nullable=False),
    Column("actor_type", String, nullable=False, key="type"),
    _ref("presence_id", "presences"),
    _text("notes"),
    _ref("continues_id", "actors"),
    UniqueConstraint("plan_id", "name"),
    Index(None, "plan_id", "position"),
    Index(None, "presence_id"),
)

functions = Table(
    "functions",
    metadata,
    _id(),
    _plan_fk(),
    _position(),
    Column("name", String, nullable=False),
    _text("category"),
    Column("priority", String, nullable=False),
    Column("required_from", Date, nullable=True),
    Column("required_until", Date, nullable=True),
    _text("notes"),
    _text("area"),
    UniqueConstraint("plan_id", "name"),
    Index(None, "plan_id", "position"),
)

assignments = Table(
    "assignments",
    metadata,
    _id(),
    _plan_fk(),
    _position(),
    _ref("function_id", "functions", cascade=True),
    _ref("actor_id", "actors", cascade=True),
    Column("start_date", Date, nullable=False, key="start"),
    Column("end_date", Date, nullable=True, key="end"),
    Column("capacity", Float, nullable=True),
    Column("funding_status", String, nullable=True),
    _text("funding_source"),
    _text("notes"),
    Column("readiness", String, nullable=True),
    Index(None, "plan_id", "position"),
    Index(None, "function_id"),
    Index(None, "actor_id"),
)

milestones = Table(
    "milestones",
    metadata,
    _id(),
    _plan_fk(),
    _position(),
    Column("name", String, nullable=False),
    Column("milestone_date", Date, nullable=False, key="date"),
    Column("kind", String, nullable=False),
    _text("notes"),
    Index(None, "plan_id", "position"),
)

handovers = Table(
    "handovers",
    metadata,
    _id(),
    _plan_fk(),
    _position(),
    Column("item", String, nullable=False),
    Column("kind", String, nullable=False),
    _ref("function_id", "functions"),
    _text("area"),
    _ref("from_actor_id", "actors", cascade=True),
    _ref("to_actor_id", "actors"),
    _text("owner"),
    Column("due_date", Date, nullable=False, key="due"),
    Column("status", String, nullable=False),
    _text("notes"),
    Index(None, "plan_id", "position"),
    Index(None, "from_actor_id"),
)

funding_lines = Table(
    "funding_lines",
    metadata,
    _id(),
    _plan_fk(),
    _position(),
    Column("source", String, nullable=False),
    Column("kind", String, nullable=False),
    _ref("function_id", "functions"),
    _ref("actor_id", "actors"),
    Column("funding_year", Integer, nullable=False, key="year"),
    Column("amount", Float, nullable=False),
    Column("status", String, nullable=False),
    _text("notes"),
    Index(None, "plan_id", "position"),
)
