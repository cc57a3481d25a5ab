"""A workspace: one file holding any number of plans.

`Workspace.open` checks the file before SQLite touches it, takes the writer's lock, creates or
upgrades the schema, and checks the file after an unclean shutdown. Every public method is one
session and one transaction, and hands out plain domain objects.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from .. import APP_NAME
from ..domain.model import COLLECTION, ENTITY_TYPES, Plan
from ..i18n import translate
from . import backup_files, backups, location, migrate, reading, restore, rows, tables
from . import sqlite as sqlite_file
from .backup_files import WORKSPACE_SUFFIX, BackupInfo, backups_dir
from .errors import (
    NotAWorkspace,
    PlanNotFound,
    StoreConflict,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceMissing,
    WorkspaceOutdated,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..domain.changes import PlanChange
    from .locking import LockFile

__all__ = ["BackupInfo", "PlanSummary", "Workspace", "backups_dir", "default_workspace_path"]


@dataclass(frozen=True)
class PlanSummary:
    id: str
    name: str
    country: str
    horizon_start: date
    horizon_end: date
    #: presences, actors, functions, assignments, milestones → how many
    counts: dict[str, int]


def default_workspace_path() -> Path:
    """The workspace in the user's data folder (created on first start)."""
    import platformdirs  # only when no workspace is named: the command line starts faster

    folder = platformdirs.user_data_path(APP_NAME, appauthor=False)
    return folder / f"workspace{WORKSPACE_SUFFIX}"


class Workspace:
    """An open workspace file. Use `Workspace.open`; close it (or use `with`)."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        read_only: bool,
        created: bool,
        lock: LockFile | None,
        warnings: list[str],
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.created = created
        self.warnings = warnings
        self._engine: Engine | None = engine
        self._lock = lock

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, read_only: bool = False) -> Workspace:
        """Open the workspace at `path`.

        `create`: make a new workspace when the file does not exist (or is an empty 0-byte
        file). `read_only`: take no lock, never write (a second window may look at a workspace
        another one edits). Raises a WorkspaceError subclass saying what is wrong; a file that is
        refused is left exactly as it was.
        """
        path = sqlite_file.real_path(Path(path).expanduser().absolute())
        state = sqlite_file.inspect_file(path)
        _refuse_early(path, state, create=create, read_only=read_only)
        lock: LockFile | None = None
        recovered = False
        if not read_only:
            # A writer takes the lock and loads the ORM that writes (now rather than at the
            # first edit); a read-only open (the command line's `plans`, `check`) needs neither.
            from . import locking

            importlib.import_module(f"{__package__}.repository")
            lock, recovered = locking.acquire_lock(path)
        try:
            # look again now that we hold the lock (another process may have just created it)
            state = sqlite_file.inspect_file(path)
            _refuse_early(path, state, create=create, read_only=read_only)
            new = not state.exists or state.empty
            if new:
                engine = _create(path, existed=state.exists)
            else:
                engine = sqlite_file.make_engine(path, read_only=read_only)
                try:
                    _prepare(engine, path, read_only, unclean=recovered or state.hot_journal)
                    if not read_only:
                        sqlite_file.remove_stale_journal(engine, path)
                        restore.remove_leftovers(path)
                except BaseException:
                    engine.dispose()
                    raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(
            path,
            engine,
            read_only=read_only,
            created=new,
            lock=lock,
            warnings=location.location_warnings(path),
        )

    def close(self) -> None:
        """Close the file (one file on disk, no side files) and release the lock."""
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    @property
    def closed(self) -> bool:
        return self._engine is None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<Workspace {self.path} {mode}{' closed' if self.closed else ''}>"

    # -- sessions --------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise WorkspaceError(
                translate("Store", "the workspace {path} is closed").format(path=self.path)
            )
        return self._engine

    @contextmanager
    def _read(self, plan_id: str | None = None) -> Iterator[Connection]:
        """One read transaction (SQLAlchemy Core: reading needs no ORM). A stored value that
        cannot be read (a damaged date, text that is not UTF-8, a damaged table definition) is
        WorkspaceCorrupt naming the plan and row."""
        try:
            with sqlite_file.read_connection(self.engine, self.path) as connection:
                yield connection
        except (ValueError, TypeError, OverflowError, UnicodeError, DBAPIError) as exc:
            if isinstance(exc, DBAPIError) and not sqlite_file.unreadable_value(exc):
                raise
            text = str(exc) if isinstance(exc, rows.StoredValueError) else repr(exc)
            raise self._unreadable(plan_id, [text]) from exc
        except WorkspaceCorrupt as exc:
            found = reading.scan(self.path, plan_id)
            if not found:
                raise
            raise self._unreadable(plan_id, found) from exc

    def _unreadable(self, plan_id: str | None, fallback: list[str]) -> WorkspaceCorrupt:
        label = reading.plan_label(self.path, plan_id)
        found = reading.scan(self.path, plan_id) or [
            translate("Store", "{row}: {problem}").format(row=label, problem=text)
            if label
            else text
            for text in fallback
        ]
        problem = translate("Store", "a stored value cannot be read: {values}")
        return sqlite_file.corrupt_error(self.path, [problem.format(values="; ".join(found[:3]))])

    @contextmanager
    def _write(self) -> Iterator[Session]:
        if self.read_only:
            raise WorkspaceReadOnly(
                translate(
                    "Store",
                    "{path} is open read-only: nothing can be changed in it. "
                    "Open it for writing to make changes",
                ).format(path=self.path)
            )
        try:
            with sqlite_file.write_session(self.engine, self.path) as session:
                yield session
        except IntegrityError as exc:
            raise StoreConflict(
                translate(
                    "Store",
                    "the change does not fit what {path} holds: {reason}; nothing was written",
                ).format(path=self.path, reason=exc.orig)
            ) from exc

    # -- reading ---------------------------------------------------------------------------

    def list_plans(self) -> list[PlanSummary]:
        """The plans, sorted by name (case-insensitive)."""
        with self._read() as connection:
            plans = rows.plan_rows(connection)
            counts = rows.entity_counts(connection)
        damaged = [
            row for row in plans if not all(isinstance(v, str) for v in row[:3]) or None in row
        ]
        if damaged:
            row = translate("Store", "the plan row {row}").format(row=repr(damaged[0]))
            raise self._unreadable(None, [row])
        summaries = [
            PlanSummary(
                id=plan_id,
                name=name,
                country=country,
                horizon_start=start,
                horizon_end=end,
                counts={
                    COLLECTION[c]: counts.get(plan_id, {}).get(COLLECTION[c], 0)
                    for c in ENTITY_TYPES
                },
            )
            for plan_id, name, country, start, end in plans
        ]
        summaries.sort(key=lambda s: (s.name.casefold(), s.name))
        return summaries

    def plan_id(self, name: str) -> str | None:
        """The id of the plan named `name` (exact), else of the one plan whose name matches
        ignoring case; None when there is none (or several)."""
        with self._read() as connection:
            plans = rows.plan_rows(connection)
        for plan_id, plan_name, *_rest in plans:
            if plan_name == name:
                return plan_id
        matches = [r[0] for r in plans if r[1].casefold() == name.casefold()]
        return matches[0] if len(matches) == 1 else None

    def load_plan(self, plan_id: str) -> Plan:
        """The plan with every entity, as plain domain objects, in stored order. A plan holding
        what no save could have written (a damaged value, a reference to a row that is not
        there) is WorkspaceCorrupt naming the plan and the row."""
        with self._read(plan_id) as connection:
            plan = rows.load_plan(connection, plan_id)
        problems = reading.check_plan(plan)
        if problems:
            raise sqlite_file.corrupt_error(
                self.path,
                [
                    translate("Store", "plan {plan} holds what cannot be read: {problems}").format(
                        plan=repr(plan.name), problems="; ".join(problems)
                    )
                ],
            )
        return plan

    # -- writing ---------------------------------------------------------------------------

    def add_plan(self, plan: Plan, *, replace_id: str | None = None) -> None:
        """Insert a plan with its ids, in one transaction; with `replace_id`, that plan is
        deleted first in the same transaction."""
        from . import repository

        with self._write() as session:
            if replace_id is not None:
                repository.delete_plan(session, replace_id)
            repository.insert_plan(session, plan)

    def apply_change(self, plan_id: str, change: PlanChange) -> None:
        """Apply one user action to a stored plan, in one transaction."""
        if change.is_empty():
            if not self.has_plan(plan_id):
                raise PlanNotFound(
                    translate("Store", "no plan with id {id} in {path}").format(
                        id=repr(plan_id), path=self.path
                    )
                )
            return
        from . import repository

        with self._write() as session:
            repository.apply_change(session, plan_id, change)

    def delete_plan(self, plan_id: str) -> None:
        from . import repository

        with self._write() as session:
            repository.delete_plan(session, plan_id)

    def has_plan(self, plan_id: str) -> bool:
        with self._read() as connection:
            return rows.plan_exists(connection, plan_id)

    # -- safety ----------------------------------------------------------------------------

    def backup(self, reason: str) -> Path:
        """Copy the workspace into its backups folder (SQLite backup API); the last 10 are
        kept. Returns the backup's path."""
        return backups.make_backup(self.engine, self.path, reason)

    def list_backups(self) -> list[BackupInfo]:
        """The workspace's backups, newest first."""
        return backup_files.list_backups(self.path)

    @staticmethod
    def backups_of(path: Path | str) -> list[BackupInfo]:
        """The backups of the workspace at `path`, newest first, known by their names: the
        workspace is not opened (it may be damaged)."""
        return backup_files.list_backups(sqlite_file.real_path(Path(path).expanduser().absolute()))

    @staticmethod
    def restore(path: Path, backup: Path) -> Path:
        """Replace the (closed) workspace at `path` by `backup`, also when the workspace is
        damaged. Returns where its previous state is kept: a "before restore" backup, or the
        damaged file set aside as `<name>-damaged-<time>.tpw`."""
        return restore.restore(path, backup)

    def quick_check(self) -> list[str]:
        """`PRAGMA quick_check`: [] when the file is sound."""
        return sqlite_file.quick_check(self.engine, self.path)

    def copy_to(self, target: Path) -> None:
        """Write a consistent copy of the workspace to `target` (Save a copy)."""
        target = Path(target).expanduser().absolute()
        if target == self.path:
            raise WorkspaceError(
                translate("Store", "{target} is the workspace itself").format(target=target)
            )
        backups.copy_to(self.engine, self.path, target)


# -- helpers of open ----------------------------------------------------------------------------


def _refuse_early(
    path: Path, state: sqlite_file.FileState, *, create: bool, read_only: bool
) -> None:
    if not state.exists:
        if read_only or not create:
            raise WorkspaceMissing(
                translate("Store", "workspace {path} does not exist").format(path=path)
            )
        if not path.parent.is_dir():
            raise WorkspaceError(
                translate(
                    "Store", "cannot create {path}: the folder {folder} does not exist"
                ).format(path=path, folder=path.parent)
            )
        return
    if state.empty:
        if read_only or not create:
            raise NotAWorkspace(
                translate(
                    "Store", "{path} is an empty file, not a Transition Planner workspace"
                ).format(path=path)
            )
        return
    if not read_only and not os.access(path, os.W_OK):
        raise WorkspaceReadOnly(
            translate(
                "Store", "{path} is write-protected; open it read-only to look at its plans"
            ).format(path=path)
        )
    if read_only and state.hot_journal:
        raise WorkspaceError(
            translate(
                "Store", "{path} was not closed properly; open it once for writing to recover it"
            ).format(path=path)
        )


def _create(path: Path, *, existed: bool) -> Engine:
    """A new workspace: application id, `create_all`, Alembic stamped at head, one transaction."""
    engine = sqlite_file.make_engine(path, read_only=False, create=True)
    try:
        with (
            sqlite_file.translated(path),
            sqlite_file.write_engine(engine).connect() as conn,
            conn.begin(),
        ):
            sqlite_file.set_application_id(conn)
            tables.metadata.create_all(conn)
            migrate.stamp(conn)
    except BaseException:
        engine.dispose()
        if not existed:
            for leftover in (path, *sqlite_file.side_files(path)):
                leftover.unlink(missing_ok=True)
        raise
    return engine


def _prepare(engine: Engine, path: Path, read_only: bool, *, unclean: bool) -> None:
    """Check an existing workspace and upgrade it when it is behind."""
    with sqlite_file.translated(path), engine.connect() as conn:
        if sqlite_file.application_id(conn) != sqlite_file.APPLICATION_ID:
            raise NotAWorkspace(
                translate("Store", "{path} is not a Transition Planner workspace").format(path=path)
            )
        revision = migrate.current_revision(conn)
        conn.rollback()
    if revision is None:
        raise sqlite_file.corrupt_error(path, [translate("Store", "it has no schema version")])
    if not migrate.is_known(revision):
        raise WorkspaceTooNew(
            translate(
                "Store",
                "{path} was saved by a newer version of Transition Planner (schema {revision}); "
                "install the newer version to open it. The file was left unchanged",
            ).format(path=path, revision=revision)
        )
    if unclean:
        problems = sqlite_file.quick_check(engine, path)
        if problems:
            raise sqlite_file.corrupt_error(path, problems)
    if revision == migrate.HEAD:
        return
    if read_only:
        raise WorkspaceOutdated(
            translate(
                "Store",
                "{path} was saved by an older version of Transition Planner and must be upgraded; "
                "open it for writing once (a backup is made first)",
            ).format(path=path)
        )
    backup = backups.make_backup(engine, path, f"before upgrade from schema {revision}")
    try:
        sqlite_file.run_with_foreign_keys_off(engine, path, migrate.upgrade)
    except Exception as exc:
        # The upgrade is one transaction, rolled back on failure; should the file nevertheless
        # not be what it was, put the backup back.
        engine.dispose()
        if not _still_at(path, revision):
            restore.replace_file(path, backup)
        raise WorkspaceError(
            translate(
                "Store",
                "could not upgrade {path} to this version ({reason}); the file was left as it was "
                "(a copy is in {backup})",
            ).format(path=path, reason=exc, backup=backup)
        ) from exc


def _still_at(path: Path, revision: str) -> bool:
    engine = sqlite_file.make_engine(path, read_only=True)
    try:
        with engine.connect() as conn:
            if migrate.current_revision(conn) != revision:
                return False
            conn.rollback()
        return sqlite_file.quick_check(engine, path) == []
    except Exception:
        return False
    finally:
        engine.dispose()
