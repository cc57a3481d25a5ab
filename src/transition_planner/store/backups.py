"""Backups (SQLite backup API) of a workspace and copies of it.

Every copy is written to a temporary name beside its target, checked (`PRAGMA quick_check` on a
database copy; the size on a byte copy), and only then renamed into place: a copy that fails
half-way — a full disk, a folder deleted meanwhile — is removed and never listed as a backup.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from ..i18n import translate
from .backup_files import BACKUPS_KEPT, _new_backup_path, backups_dir, list_backups
from .errors import DiskFull, WorkspaceError
from .sqlite import _SQLITE_CANTOPEN, _SQLITE_FULL, _uri, side_files, translated

#: The suffix of a copy being written (never listed as a backup; removed when it fails).
PARTIAL_SUFFIX = ".partial"


def _remove(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; nothing to do on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    code = getattr(error, "sqlite_errorcode", None)
    return (isinstance(code, int) and code & 0xFF == _SQLITE_FULL) or "disk is full" in str(error)


def _cannot_open(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == _SQLITE_CANTOPEN


def write_error(target: Path, error: BaseException, what: str) -> WorkspaceError:
    """The error that writing `what` (a backup, a copy) to `target` failed with, naming the
    folder it was to go into."""
    folder = target.parent
    if _full(error):
        return DiskFull(
            translate(
                "Store",
                "the disk is full: {what} could not be written into {folder}; nothing was "
                "changed. Free some space and try again",
            ).format(what=what, folder=folder)
        )
    if not folder.is_dir():
        return WorkspaceError(
            translate(
                "Store",
                "{what} could not be written: the folder {folder} does not exist (was it deleted "
                "or moved?); nothing was changed",
            ).format(what=what, folder=folder)
        )
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return WorkspaceError(
        translate("Store", "{what} could not be written into {folder} ({reason})").format(
            what=what, folder=folder, reason=reason
        )
    )


@contextlib.contextmanager
def _partial(target: Path, what: str) -> Iterator[Path]:
    """A temporary file beside `target` to write into; renamed into place when the block ends
    well, removed (with any journal) when it does not."""
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    _remove(partial)
    try:
        yield partial
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException as exc:
        _remove(partial)
        if isinstance(exc, OSError) or _full(exc) or _cannot_open(exc):
            raise write_error(target, exc, what) from exc
        raise  # the source's own errors (busy, damaged): the caller translates them
    _sync_folder(target.parent)


def copy_database(source: sqlite3.Connection, target: Path, what: str) -> None:
    """Copy a live database into `target` with the backup API, check the copy, then rename it
    into place. Raises DiskFull or WorkspaceError naming `target`'s folder (the source's own
    errors pass through as sqlite3 errors)."""
    with _partial(target, what) as partial:
        destination = sqlite3.connect(str(partial), isolation_level=None)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
            rows = [str(r[0]) for r in destination.execute("PRAGMA quick_check").fetchall()]
        finally:
            destination.close()
        if rows != ["ok"]:
            raise WorkspaceError(
                translate(
                    "Store", "{what} was not written: the copy does not check out ({problems})"
                ).format(what=what, problems="; ".join(rows[:3]))
            )


def copy_bytes(source: Path, target: Path, what: str) -> None:
    """Copy a file byte for byte (one SQLite cannot read), checked by its size."""
    with _partial(target, what) as partial:
        shutil.copyfile(source, partial)
        if partial.stat().st_size != source.stat().st_size:
            raise WorkspaceError(
                translate("Store", "{what} was not written: the copy is incomplete").format(
                    what=what
                )
            )


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
        for leftover in backups_dir(workspace).glob(f"*{PARTIAL_SUFFIX}*"):
            if leftover.stat().st_mtime < an_hour_ago:
                leftover.unlink()


def _a_backup_of(workspace: Path) -> str:
    """ "a backup of <name>", what a backup's errors call it."""
    return translate("Store", "a backup of {name}").format(name=workspace.name)


def _backup_target(workspace: Path, reason: str) -> Path:
    target = _new_backup_path(workspace, reason)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(target, exc, _a_backup_of(workspace)) from exc
    return target


def make_backup(engine: Engine, workspace: Path, reason: str) -> Path:
    """Back the workspace up (SQLite backup API) into `backups_dir`; keep the last 10."""
    target = _backup_target(workspace, reason)
    copy_to(engine, workspace, target, what=_a_backup_of(workspace))
    prune_backups(workspace)
    return target


def backup_file(workspace: Path, reason: str, *, prune: bool = True) -> Path:
    """Back up a sound workspace that is not open (before a restore)."""
    target = _backup_target(workspace, reason)
    source = sqlite3.connect(_uri(workspace, "ro"), uri=True, isolation_level=None)
    try:
        with translated(workspace):
            copy_database(source, target, _a_backup_of(workspace))
    finally:
        source.close()
    if prune:
        prune_backups(workspace)
    return target


def copy_to(engine: Engine, workspace: Path, target: Path, *, what: str = "") -> None:
    """A consistent copy of a live workspace at `target` (backup API; checked; atomic)."""
    what = what or translate("Store", "the copy {name}").format(name=target.name)
    with translated(workspace):
        fairy = engine.raw_connection()
        try:
            raw = fairy.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            copy_database(raw, target, what)
        finally:
            fairy.close()
