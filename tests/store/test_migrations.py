"""Alembic: the scripts, the schema they build, fixtures of released revisions upgraded to head,
and the rule that migrations run with foreign keys OFF (a batch rebuild of a parent table with
them ON deletes every child row)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, event

from transition_planner.store import Workspace, WorkspaceError, migrate
from transition_planner.store import sqlite as sqlite_file
from transition_planner.store.locking import lock_path
from transition_planner.store.schema import Base

from .helpers import digest, full_plan
from .make_fixtures import fixture_path, fixture_plans

CHILD_TABLES = (
    "presences",
    "actors",
    "functions",
    "assignments",
    "milestones",
    "handovers",
    "funding_lines",
)


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("plans", *CHILD_TABLES)
            if t in tables
        }
    finally:
        conn.close()


def _fk_check(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def test_known_revisions_match_the_scripts() -> None:
    assert migrate.script_revisions() == list(migrate.REVISIONS)
    assert migrate.REVISIONS[-1] == migrate.HEAD


def test_every_released_revision_has_a_fixture() -> None:
    for revision in migrate.REVISIONS:
        assert fixture_path(revision).is_file(), f"run tests/store/make_fixtures.py {revision}"


def test_scripts_build_the_schema_of_the_models(tmp_path: Path) -> None:
    """`upgrade head` from nothing and `create_all` give the same tables, columns, indexes,
    unique constraints and foreign keys."""
    engine = create_engine(f"sqlite:///{tmp_path / 'upgraded.db'}")
    with engine.begin() as conn:
        migrate.upgrade(conn)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diffs == []
    with (
        Workspace.open(tmp_path / "created.tpw", create=True) as ws,
        ws.engine.connect() as conn,
    ):
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert _schema(tmp_path / "upgraded.db") == _schema(tmp_path / "created.tpw")


def _schema(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Tables' columns (type, not null, default, pk), foreign keys with actions, and indexes."""
    conn = sqlite3.connect(path)
    try:
        result: dict[str, list[tuple[object, ...]]] = {}
        for table in ("plans", *CHILD_TABLES):
            columns = [r[1:] for r in conn.execute(f"PRAGMA table_info({table})")]
            fks = sorted(r[2:] for r in conn.execute(f"PRAGMA foreign_key_list({table})"))
            indexes = sorted(
                (r[1], r[2], tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')")))
                for r in conn.execute(f"PRAGMA index_list({table})")
            )
            result[table] = [*columns, *fks, *indexes]
        return result
    finally:
        conn.close()


@pytest.mark.parametrize("revision", migrate.REVISIONS)
def test_fixture_of_each_revision_upgrades_to_head(tmp_path: Path, revision: str) -> None:
    copy = tmp_path / f"old-{revision}.tpw"
    shutil.copyfile(fixture_path(revision), copy)
    before = _counts(copy)
    with Workspace.open(copy) as ws:
        for plan in fixture_plans(revision):
            assert ws.load_plan(plan.id) == plan
        assert [s.id for s in ws.list_plans()] == sorted(
            (p.id for p in fixture_plans()),
            key=lambda i: next(p.name for p in fixture_plans() if p.id == i).casefold(),
        )
        with ws.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        if revision != migrate.HEAD:
            assert ws.list_backups()[0].reason.startswith("before upgrade")
    after = _counts(copy)
    assert {t: n for t, n in after.items() if t in before} == before  # every row kept
    assert _fk_check(copy) == []
    assert sqlite_file.integrity_check(copy) == []


# -- a throwaway revision that rebuilds the parent table --------------------------------------

REBUILD_PLANS = '''
"""test: rebuild the plans table (batch) with a new column"""
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("plans", recreate="always") as batch:
        batch.add_column(sa.Column("status", sa.String(), nullable=True))


def downgrade():
    pass
'''

BREAK_REFERENCES = '''
"""test: a broken migration that leaves dangling references"""
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("DELETE FROM plans")


def downgrade():
    pass
'''


def _scripts_with(tmp_path: Path, body: str) -> Path:
    scripts = tmp_path / "scripts"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "r0002_test.py").write_text(body.format(head=migrate.HEAD))
    return scripts


def _old_workspace(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "old.tpw"
    with Workspace.open(path, create=True) as ws:
        ws.add_plan(full_plan())
        ws.add_plan(full_plan("Second"))
    counts = _counts(path)
    assert all(counts[t] > 0 for t in CHILD_TABLES)
    return path, counts


def test_parent_rebuild_with_foreign_keys_off_keeps_child_rows(tmp_path: Path) -> None:
    path, counts = _old_workspace(tmp_path)
    scripts = _scripts_with(tmp_path, REBUILD_PLANS)
    engine = sqlite_file.make_engine(path, read_only=False)
    try:
        sqlite_file.run_with_foreign_keys_off(
            engine, path, lambda conn: migrate.upgrade(conn, scripts)
        )
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == "0002_test"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on
    finally:
        engine.dispose()
    assert _counts(path) == counts
    assert _fk_check(path) == []
    columns = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(plans)")]
    assert "status" in columns


def test_the_same_rebuild_with_foreign_keys_on_loses_child_rows(tmp_path: Path) -> None:
    """Why the rule exists (and proof that the test above can fail)."""
    path, counts = _old_workspace(tmp_path)
    scripts = _scripts_with(tmp_path, REBUILD_PLANS)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    with engine.begin() as conn:
        migrate.upgrade(conn, scripts)
    engine.dispose()
    after = _counts(path)
    assert after["plans"] == counts["plans"]
    assert after["assignments"] == 0 and after["presences"] == 0


def test_open_upgrades_an_old_file_after_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, counts = _old_workspace(tmp_path)
    released = migrate.HEAD
    with Workspace.open(path, read_only=True) as viewer:
        plan_ids = {s.id for s in viewer.list_plans()}
    scripts = _scripts_with(tmp_path, REBUILD_PLANS)
    # this application now ships one more revision
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "REVISIONS", (*migrate.REVISIONS, "0002_test"))
    monkeypatch.setattr(migrate, "HEAD", "0002_test")
    with pytest.raises(WorkspaceError, match="older version"):
        Workspace.open(path, read_only=True)  # cannot upgrade without writing
    with Workspace.open(path) as ws:
        assert {s.id for s in ws.list_plans()} == plan_ids
        backups = ws.list_backups()
        assert [b.reason for b in backups] == [f"before upgrade from schema {released}"]
    assert _counts(path) == counts
    assert _fk_check(path) == []
    with sqlite3.connect(backups[0].path) as old:
        version = old.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == released


def test_a_migration_that_breaks_references_is_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, counts = _old_workspace(tmp_path)
    before = digest(path)
    scripts = _scripts_with(tmp_path, BREAK_REFERENCES)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "REVISIONS", (*migrate.REVISIONS, "0002_test"))
    monkeypatch.setattr(migrate, "HEAD", "0002_test")
    with pytest.raises(WorkspaceError, match="break references") as info:
        Workspace.open(path)
    assert "left as it was" in str(info.value)
    assert _counts(path) == counts
    assert digest(path) == before
    assert not lock_path(path).exists()
