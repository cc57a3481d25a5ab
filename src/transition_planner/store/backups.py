"""Backups (SQLite backup API) of a workspace, copies of it, and restoring one."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from .backup_files import BACKUPS_KEPT, _new_backup_path, backups_dir, list_backups
from .errors import WorkspaceError
from .sqlite import _uri, side_files, translated


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into a new file with the backup API; atomic via a partial file."""
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    destination = sqlite3.connect(str(partial), isolation_level=None)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


def prune_backups(
    workspace: Path, keep: int = BACKUPS_KEPT, protect: tuple[Path, ...] = ()
) -> None:
    """Delete all but the `keep` newest backups (never those in `protect`), and leftovers of
    interrupted backups."""
    for info in list_backups(workspace)[keep:]:
        if info.path in protect:
            continue
        with contextlib.suppress(OSError):
            info.path.unlink()
        for side in side_files(info.path):
            with contextlib.suppress(OSError):
                side.unlink()
    an_hour_ago = datetime.now().timestamp() - 3600
    with contextlib.suppress(OSError):
        for leftover in backups_dir(workspace).glob("*.partial"):
            if leftover.stat().st_mtime < an_hour_ago:
                leftover.unlink()


def make_backup(engine: Engine, workspace: Path, reason: str) -> Path:
    """Back the workspace up (SQLite backup API) into `backups_dir`; keep the last 10."""
    target = _new_backup_path(workspace, reason)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(
            f"cannot write a backup of {workspace} into {target.parent}: {exc.strerror or exc}"
        ) from exc
    copy_to(engine, workspace, target)
    prune_backups(workspace)
    return target


def backup_file(workspace: Path, reason: str, *, prune: bool = True) -> Path:
    """Back up a workspace that is not open (e.g. before a restore). A file SQLite cannot read
    is copied byte for byte, with its journal if it has one."""
    target = _new_backup_path(workspace, reason)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        source = sqlite3.connect(_uri(workspace, "rw"), uri=True, isolation_level=None)
        try:
            source.execute("SELECT count(*) FROM sqlite_master").fetchall()
            _copy_database(source, target)
        finally:
            source.close()
    except sqlite3.Error:
        # damaged beyond SQLite: keep the bytes as they are (the file is not live: we hold the
        # lock and SQLite has it closed)
        shutil.copyfile(workspace, target)
        for side in side_files(workspace):
            shutil.copyfile(side, Path(str(target) + side.name[len(workspace.name) :]))
    if prune:
        prune_backups(workspace)
    return target


def copy_to(engine: Engine, workspace: Path, target: Path) -> None:
    """A consistent copy of a live workspace at `target` (backup API; atomic)."""
    try:
        with translated(workspace):
            fairy = engine.raw_connection()
            try:
                raw = fairy.driver_connection
                assert isinstance(raw, sqlite3.Connection)
                _copy_database(raw, target)
            finally:
                fairy.close()
    except OSError as exc:
        raise WorkspaceError(f"cannot write {target}: {exc.strerror or exc}") from exc


def replace_file(workspace: Path, source: Path) -> None:
    """Replace `workspace` by a copy of the database `source` (backup API into a temporary file
    beside it, then an atomic rename). The caller holds the workspace's lock."""
    temp = workspace.with_name(f".{workspace.name}.restoring")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    origin = sqlite3.connect(_uri(source, "ro"), uri=True, isolation_level=None)
    try:
        _copy_database(origin, temp)
    finally:
        origin.close()
    # the old file's journal must not be applied to the new file
    for side in side_files(workspace):
        side.unlink()
    os.replace(temp, workspace)
