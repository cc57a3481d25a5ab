"""The first workspace schema: plans and their presences, actors, functions, assignments and
milestones.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Constraint names are spelled out (they follow schema.NAMING_CONVENTION) so that later batch
migrations can find them. New workspaces are made by `create_all` and stamped; this script is
the history that `upgrade` replays, and a test checks that both give the same schema.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def _entity(table: str, *columns: sa.Column[Any] | sa.Constraint) -> None:
    op.create_table(
        table,
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("plan_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=f"fk_{table}_plan_id_plans", ondelete="CASCADE"
        ),
    )
    op.create_index(f"ix_{table}_plan_id_position", table, ["plan_id", "position"])


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        _text("country"),
        _text("description"),
        sa.Column("horizon_start", sa.Date(), nullable=False),
        sa.Column("horizon_end", sa.Date(), nullable=False),
        sa.Column("min_overlap_days", sa.Integer(), nullable=False),
        sa.Column("cliff_threshold", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_plans"),
        sa.UniqueConstraint("name", name="uq_plans_name"),
    )
    _entity(
        "presences",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("lead_department", sa.String(), nullable=False),
        _text("funding"),
        _text("mandate"),
        _text("notes"),
        sa.UniqueConstraint("plan_id", "name", name="uq_presences_plan_id_name"),
    )
    _entity(
        "actors",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("actor_type", sa.String(), nullable=False),
        sa.Column("presence_id", sa.String(), nullable=True),
        _text("notes"),
        sa.ForeignKeyConstraint(
            ["presence_id"],
            ["presences.id"],
            name="fk_actors_presence_id_presences",
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint("plan_id", "name", name="uq_actors_plan_id_name"),
    )
    op.create_index("ix_actors_presence_id", "actors", ["presence_id"])
    _entity(
        "functions",
        sa.Column("name", sa.String(), nullable=False),
        _text("category"),
        sa.Column("priority", sa.String(), nullable=False),
        sa.Column("required_from", sa.Date(), nullable=True),
        sa.Column("required_until", sa.Date(), nullable=True),
        _text("notes"),
        sa.UniqueConstraint("plan_id", "name", name="uq_functions_plan_id_name"),
    )
    _entity(
        "assignments",
        sa.Column("function_id", sa.String(), nullable=False),
        sa.Column("actor_id", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("capacity", sa.Float(), nullable=True),
        sa.Column("funding_status", sa.String(), nullable=True),
        _text("funding_source"),
        _text("notes"),
        sa.ForeignKeyConstraint(
            ["function_id"],
            ["functions.id"],
            name="fk_assignments_function_id_functions",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name="fk_assignments_actor_id_actors",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_assignments_function_id", "assignments", ["function_id"])
    op.create_index("ix_assignments_actor_id", "assignments", ["actor_id"])
    _entity(
        "milestones",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("milestone_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        _text("notes"),
    )


def downgrade() -> None:
    for table in ("milestones", "assignments", "functions", "actors", "presences", "plans"):
        op.drop_table(table)
