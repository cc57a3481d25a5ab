"""Alembic, configured in code: the scripts live in `migrations/` inside the package, so that an
installed wheel or a frozen bundle migrates without an `alembic.ini` on disk.

Opening a workspace that is up to date needs no Alembic at all (it costs a tenth of a second
to import): the revisions this application knows are listed here, and a test checks the list
against the scripts. Alembic is imported only to create (stamp) or upgrade a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

#: The folder of the migration scripts (env.py and versions/).
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: Every revision of `migrations/versions/`, oldest first; the last is the head.
#: (tests/store/test_migrations.py checks this against the scripts.)
REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD = REVISIONS[-1]

VERSION_TABLE = "alembic_version"


def alembic_config(
    connection: Connection | None = None, script_location: Path | None = None
) -> Config:
    """An Alembic configuration without a file; `env.py` uses `connection`."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config


def script_revisions(script_location: Path | None = None) -> list[str]:
    """The revisions of the scripts, oldest first (from Alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None, script_location))
    return [s.revision for s in reversed(list(script.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database (None when it has no version table)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return str(rows[0]) if len(rows) == 1 else None


def is_known(revision: str) -> bool:
    """Whether this application knows `revision` (an unknown one is newer)."""
    return revision in REVISIONS


def upgrade(connection: Connection, script_location: Path | None = None) -> None:
    """Upgrade to head inside the connection's transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection, script_location), "head")


def stamp(connection: Connection, script_location: Path | None = None) -> None:
    """Mark a schema made by `create_all` as being at head."""
    from alembic import command

    command.stamp(alembic_config(connection, script_location), "head")
