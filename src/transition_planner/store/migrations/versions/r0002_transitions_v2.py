"""Plans of SPEC §2 as revised on 2026-12-01: a plan's region and bridge days, a presence's
drawdown start, an actor's continuation, a function's area, an assignment's readiness, and the
handover register and funding lines.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Every new column is nullable or has a default, so every row of a workspace of the previous
release keeps its values and reads as before: region and area blank, bridge days 7, no drawdown
start, continuation or readiness. Only `actors` is rebuilt (SQLite adds a column with a foreign
key by copying the table): the store runs migrations with foreign keys off and checks them
after (store.sqlite.run_with_foreign_keys_off), so no ON DELETE fires while it is copied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
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
    with op.batch_alter_table("plans") as batch:
        batch.add_column(_text("region"))
        batch.add_column(sa.Column("bridge_days", sa.Integer(), nullable=False, server_default="7"))
    with op.batch_alter_table("presences") as batch:
        batch.add_column(sa.Column("drawdown_start", sa.Date(), nullable=True))
    with op.batch_alter_table("actors", recreate="always") as batch:
        batch.add_column(sa.Column("continues_id", sa.String(), nullable=True))
        batch.create_foreign_key(
            "fk_actors_continues_id_actors",
            "actors",
            ["continues_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("functions") as batch:
        batch.add_column(_text("area"))
    with op.batch_alter_table("assignments") as batch:
        batch.add_column(sa.Column("readiness", sa.String(), nullable=True))
    _entity(
        "handovers",
        sa.Column("item", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("function_id", sa.String(), nullable=True),
        _text("area"),
        sa.Column("from_actor_id", sa.String(), nullable=False),
        sa.Column("to_actor_id", sa.String(), nullable=True),
        _text("owner"),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        _text("notes"),
        sa.ForeignKeyConstraint(
            ["function_id"],
            ["functions.id"],
            name="fk_handovers_function_id_functions",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["from_actor_id"],
            ["actors.id"],
            name="fk_handovers_from_actor_id_actors",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_actor_id"],
            ["actors.id"],
            name="fk_handovers_to_actor_id_actors",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_handovers_from_actor_id", "handovers", ["from_actor_id"])
    _entity(
        "funding_lines",
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("function_id", sa.String(), nullable=True),
        sa.Column("actor_id", sa.String(), nullable=True),
        sa.Column("funding_year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        _text("notes"),
        sa.ForeignKeyConstraint(
            ["function_id"],
            ["functions.id"],
            name="fk_funding_lines_function_id_functions",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name="fk_funding_lines_actor_id_actors",
            ondelete="SET NULL",
        ),
    )


def downgrade() -> None:
    op.drop_table("funding_lines")
    op.drop_table("handovers")
    with op.batch_alter_table("assignments") as batch:
        batch.drop_column("readiness")
    with op.batch_alter_table("functions") as batch:
        batch.drop_column("area")
    with op.batch_alter_table("actors", recreate="always") as batch:
        batch.drop_constraint("fk_actors_continues_id_actors", type_="foreignkey")
        batch.drop_column("continues_id")
    with op.batch_alter_table("presences") as batch:
        batch.drop_column("drawdown_start")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("bridge_days")
        batch.drop_column("region")
