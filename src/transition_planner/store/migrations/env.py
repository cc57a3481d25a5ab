"""Alembic environment: online only, on the connection the store hands over (see migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from transition_planner.store.tables import metadata

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError(
        "Transition Planner migrations run from the application (store.migrate), "
        "on a connection it provides"
    )
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
