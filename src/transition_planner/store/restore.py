"""Restoring a workspace from one of its backups — also when the workspace itself is damaged.

The backup is checked, copied beside the workspace under a temporary name (checked again), and
renamed over the workspace, under the writer's lock. What the workspace was is kept first: a sound
workspace as a "before restore" backup, a damaged one set aside, untouched, as
`<name>-damaged-<time>.tpw` beside it (never listed as a backup, so never offered for a restore).
Through a symbolic link, the file the link points to is restored and the link stays a link.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from ..i18n import translate
from . import migrate, reading
from . import sqlite as sqlite_file
from .backups import PARTIAL_SUFFIX, backup_file, copy_bytes, copy_database, prune_backups
from .errors import NotAWorkspace, WorkspaceError, WorkspaceMissing, WorkspaceTooNew


def restore(path: Path, backup: Path) -> Path:
    """Replace the (closed) workspace at `path` by `backup`. Returns where the previous state is
    kept: its "before restore" backup, or the damaged file set aside."""
    from .locking import acquire_lock  # here: opening a workspace read-only needs no lock

    path = sqlite_file.real_path(Path(path).expanduser().absolute())
    backup = Path(backup).expanduser().absolute()
    if not backup.is_file():
        raise WorkspaceMissing(
            translate("Store", "the backup {backup} does not exist").format(backup=backup)
        )
    if not path.exists():
        raise WorkspaceMissing(
            translate("Store", "workspace {path} does not exist").format(path=path)
        )
    sqlite_file.refuse_special(path)
    if backup.resolve() == path:
        raise WorkspaceError(
            translate("Store", "{backup} is the workspace itself, not a backup of it").format(
                backup=backup
            )
        )
    check_restorable(backup)
    lock, _recovered = acquire_lock(path)
    try:
        temp = copy_beside(path, backup)
        try:
            if damage(path):
                kept = set_aside(path)
            else:
                kept = backup_file(path, "before restore", prune=False)
            # the old file's journal must not be applied to the restored file
            for side in sqlite_file.side_files(path):
                side.unlink()
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    finally:
        lock.release()
    prune_backups(path, protect=(kept, backup))
    return kept


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.restoring")


def remove_leftovers(path: Path) -> None:
    """The temporary files of a restore that was killed (the caller holds the lock, so no
    restore of this workspace is running)."""
    temp = _temporary(path)
    for leftover in (temp, temp.with_name(temp.name + PARTIAL_SUFFIX)):
        for side in (leftover, *sqlite_file.side_files(leftover)):
            with contextlib.suppress(OSError):
                side.unlink()


def copy_beside(path: Path, backup: Path) -> Path:
    """A checked copy of `backup` beside the workspace, under a temporary name."""
    temp = _temporary(path)
    origin = sqlite3.connect(sqlite_file._uri(backup, "ro"), uri=True, isolation_level=None)
    try:
        with sqlite_file.translated(backup):
            copy_database(
                origin,
                temp,
                translate("Store", "the restored copy of {name}").format(name=backup.name),
            )
    finally:
        origin.close()
    return temp


def replace_file(path: Path, backup: Path) -> None:
    """Put `backup` in the place of the workspace (its lock is held by the caller)."""
    temp = copy_beside(path, backup)
    for side in sqlite_file.side_files(path):
        side.unlink()
    os.replace(temp, path)


def damage(path: Path) -> list[str]:
    """What is wrong with the workspace file at `path` ([] when it is a sound workspace), read
    without changing it (a file with a journal to play back counts as damaged here: it is set
    aside as it is, journal and all)."""
    try:
        sqlite_file.inspect_file(path)
    except WorkspaceError as exc:
        return [str(exc)]
    if sqlite_file.side_files(path):
        return [translate("Store", "it has a journal left by an interrupted write")]
    try:
        connection = sqlite3.connect(sqlite_file._uri(path, "ro"), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        return [str(exc)]
    connection.text_factory = bytes
    try:
        rows = [
            bytes(r[0]).decode("utf-8", "replace")
            for r in connection.execute("PRAGMA quick_check").fetchall()
        ]
    except (sqlite3.Error, UnicodeError) as exc:  # a message quoting damaged bytes
        return [repr(exc)]
    finally:
        connection.close()
    if rows != ["ok"]:
        return rows
    return reading.scan(path)  # sound pages may still hold values no save could write


def damaged_name(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-damaged-{stamp}-{n}{path.suffix}")
        n += 1
    return candidate


def set_aside(path: Path) -> Path:
    """Keep the damaged file (and its journal) under a `-damaged-<time>` name beside it: a hard
    link where the file system has them (no space needed), else a checked byte copy."""
    target = damaged_name(path)
    for source in (path, *sqlite_file.side_files(path)):
        destination = Path(str(target) + source.name[len(path.name) :])
        try:
            os.link(source, destination)
        except OSError:
            what = translate("Store", "the damaged file's copy {name}")
            copy_bytes(source, destination, what.format(name=destination.name))
    return target


def check_restorable(backup: Path) -> None:
    """A backup must be a sound workspace this version can read."""
    state = sqlite_file.inspect_file(backup)
    if state.empty:
        raise NotAWorkspace(
            translate("Store", "{backup} is an empty file, not a backup of a workspace").format(
                backup=backup
            )
        )
    engine = sqlite_file.make_engine(backup, read_only=True)
    try:
        with sqlite_file.translated(backup), engine.connect() as conn:
            revision = migrate.current_revision(conn)
            conn.rollback()
        if revision is None:
            raise sqlite_file.corrupt_error(
                backup, [translate("Store", "it has no schema version")]
            )
        if not migrate.is_known(revision):
            raise WorkspaceTooNew(
                translate(
                    "Store",
                    "{backup} was saved by a newer version of Transition Planner; it cannot be "
                    "restored by this one",
                ).format(backup=backup)
            )
        problems = sqlite_file.quick_check(engine, backup)
        if problems:
            raise sqlite_file.corrupt_error(backup, problems)
    finally:
        engine.dispose()
