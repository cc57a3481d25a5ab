"""Everything particular to SQLite workspace files, in one place.

The rest of the store is portable SQLAlchemy; this module owns the file itself:

* checking a file before SQLite touches it (a regular file, header, `application_id`,
  truncation), so that a file we refuse stays byte for byte as it was;
* the engine: URI with `mode=ro|rw|rwc`, `PRAGMA foreign_keys=ON` and the other pragmas on every
  connection, our own `BEGIN` (`BEGIN IMMEDIATE` for writes) so that `defer_foreign_keys` works;
* mapping SQLite errors (full disk, busy, corrupt, read-only) to `WorkspaceError`s;
* running migrations with foreign keys OFF followed by `PRAGMA foreign_key_check`.

The lock file is in `store.locking`, backups and restoring in `store.backups` (their names and
listing in `store.backup_files`), the warnings about where a file lives in `store.location`.

Journal mode is the rollback journal (DELETE) with `synchronous=FULL`: it works on network drives,
and a closed workspace is one file, with no `-journal`, `-wal` or `-shm` beside it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import struct
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from ..i18n import translate
from .backup_files import WORKSPACE_SUFFIX, latest_backup
from .errors import (
    DiskFull,
    NotAWorkspace,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceReadOnly,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["WORKSPACE_SUFFIX"]

#: `PRAGMA application_id` of every workspace: "TPws" in ASCII.
APPLICATION_ID = 0x54507773
#: How long a connection waits for another one's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS = 5000

_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")

# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


# -- the file before SQLite opens it ----------------------------------------------------------


@dataclass(frozen=True)
class FileState:
    """What a quick look at a file (without SQLite) tells."""

    exists: bool
    empty: bool
    hot_journal: bool


def side_files(path: Path) -> list[Path]:
    """The `-journal`, `-wal` and `-shm` files of a database that exist right now."""
    return [p for p in (Path(f"{path}{s}") for s in _SIDE_SUFFIXES) if p.exists()]


def _hot_journal(path: Path) -> bool:
    """Whether a rollback journal beside `path` will be played back by SQLite (it exists and its
    header is written: a zeroed header means the database was not touched yet)."""
    try:
        with Path(f"{path}-journal").open("rb") as handle:
            return any(handle.read(8))
    except OSError:
        return False


def real_path(path: Path) -> Path:
    """The file a workspace path names, symbolic links resolved: one file has one lock, one
    backups folder, and a restore replaces the file, not the link. (On Windows only a link
    itself is resolved: resolving a mapped drive would turn it into a UNC path.)"""
    if sys.platform == "win32" and not path.is_symlink():
        return path
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links: let the open say what is wrong
        return path


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return translate("Store", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("Store", "a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Store", "a device")
    if stat.S_ISSOCK(mode):
        return translate("Store", "a socket")
    return translate("Store", "not a regular file")


def refuse_special(path: Path) -> None:
    """NotAWorkspace for a folder, device, FIFO or socket (checked without opening it: opening
    a FIFO waits for ever, and SQLite would leave a `-journal` beside a device)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    kind = _kind(mode)
    if kind is not None:
        raise NotAWorkspace(
            translate(
                "Store",
                "{path} is {kind}, not a workspace file; choose a Transition Planner workspace "
                "(.tpw) file. Nothing was written",
            ).format(path=path, kind=kind)
        )


def inspect_file(path: Path) -> FileState:
    """Check `path` without letting SQLite touch it.

    Raises NotAWorkspace for a folder, device, FIFO, a non-SQLite file or another application's
    database, and WorkspaceCorrupt for a truncated workspace. An empty (0-byte) file is
    reported, not refused: the caller decides.
    """
    if not path.exists():
        return FileState(exists=False, empty=False, hot_journal=False)
    refuse_special(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError as exc:
        raise WorkspaceError(
            translate("Store", "cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    if size == 0:
        return FileState(exists=True, empty=True, hot_journal=False)
    if len(header) < _HEADER_SIZE or not header.startswith(_SQLITE_MAGIC):
        raise NotAWorkspace(
            translate(
                "Store",
                "{path} is not a Transition Planner workspace (it is not an SQLite database file)",
            ).format(path=path)
        )
    application_id = struct.unpack(">I", header[68:72])[0]
    if application_id != APPLICATION_ID:
        raise NotAWorkspace(
            translate(
                "Store",
                "{path} is an SQLite database of another application (application id {id}), "
                "not a Transition Planner workspace; it was left unchanged",
            ).format(path=path, id=f"{application_id:#010x}")
        )
    hot_journal = _hot_journal(path)
    if not hot_journal:
        # A hot journal may legitimately describe a file that is being extended; SQLite rolls
        # it back. Without one, the header's page count must fit in the file.
        page_size = struct.unpack(">H", header[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        change_counter = struct.unpack(">I", header[24:28])[0]
        page_count = struct.unpack(">I", header[28:32])[0]
        valid_for = struct.unpack(">I", header[92:96])[0]
        truncated = size % page_size != 0 if page_size >= 512 else True
        if valid_for == change_counter and page_count and size < page_count * page_size:
            truncated = True
        if truncated:
            raise corrupt_error(
                path,
                [
                    translate(
                        "Store",
                        "the file is shorter than its contents ({size} bytes; truncated by an "
                        "interrupted copy or download?)",
                    ).format(size=size)
                ],
            )
    return FileState(exists=True, empty=False, hot_journal=hot_journal)


# -- the engine -------------------------------------------------------------------------------


def _uri(path: Path, mode: str) -> str:
    text = path.absolute().as_posix()
    if not text.startswith("/"):  # a Windows drive path: C:/...
        text = "/" + text
    return "file://" + quote(text, safe="/:") + f"?mode={mode}"


def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    """Pragmas of every connection (foreign keys are per connection)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA trusted_schema=OFF")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if mode is not None and str(mode[0]).lower() not in ("delete", "memory"):
            cursor.execute("PRAGMA journal_mode=DELETE")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    """Our own BEGIN (the driver is in autocommit mode), IMMEDIATE for write transactions."""
    if connection.get_execution_options().get("tp_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, read_only: bool, create: bool = False) -> Engine:
    """An engine on the workspace file (`mode=ro` for read-only; `rwc` only when creating)."""
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = _uri(path, mode)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri,
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine, beginning its transactions with BEGIN IMMEDIATE."""
    return engine.execution_options(tp_write=True)


def translate_error(exc: BaseException, path: Path) -> WorkspaceError | None:
    """The WorkspaceError that an SQLite error means for a person, or None."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig)
    if primary == _SQLITE_FULL or "disk is full" in text:
        return DiskFull(
            translate(
                "Store",
                "the disk is full: the change could not be saved in {path}. Nothing of it was "
                "written and the workspace is as it was; free some space and try again",
            ).format(path=path)
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        busy = translate("Store", "{path} is busy: another program is using it; try again")
        return WorkspaceLocked(busy.format(path=path), "")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or unreadable_value(orig):
        return corrupt_error(path, [text])
    if primary == _SQLITE_READONLY:
        return WorkspaceReadOnly(
            translate("Store", "{path} cannot be written ({reason})").format(path=path, reason=text)
        )
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return WorkspaceError(
            translate("Store", "cannot read or write {path}: {reason}").format(
                path=path, reason=text
            )
        )
    return None


#: What SQLite (or its driver) says about a stored value or table it cannot read.
_UNREADABLE = (
    "could not decode to utf-8",
    "no such column",
    "no such table",
    "malformed",
    "unsupported file format",
)


def unreadable_value(exc: BaseException) -> bool:
    """Whether an SQLite error means that a stored value or a table definition is damaged."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(orig, sqlite3.Error) and any(
        words in str(orig).lower() for words in _UNREADABLE
    )


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """Re-raise SQLite errors as the WorkspaceErrors they mean."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        mapped = translate_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    except UnicodeDecodeError as exc:
        # SQLite's own message quoted a damaged table definition that is not UTF-8: the
        # driver could not even decode the error
        damaged = translate("Store", "its table definitions are damaged")
        raise corrupt_error(path, [damaged]) from exc


@contextlib.contextmanager
def write_session(engine: Engine, path: Path) -> Iterator[Session]:
    """One write transaction: BEGIN IMMEDIATE, foreign keys checked at COMMIT.

    Deferring the foreign keys makes the order of the statements in the transaction irrelevant
    (an actor may be inserted before the presence it belongs to). (The ORM is imported here,
    by the first write: reading needs none of it.)
    """
    from sqlalchemy.orm import Session

    with (
        translated(path),
        Session(write_engine(engine), autoflush=False) as session,
        session.begin(),
    ):
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        yield session


@contextlib.contextmanager
def read_connection(engine: Engine, path: Path) -> Iterator[Connection]:
    """One read transaction (one consistent snapshot), in SQLAlchemy Core."""
    with translated(path), engine.connect() as connection, connection.begin():
        yield connection


def remove_stale_journal(engine: Engine, path: Path) -> bool:
    """Delete a `-journal` that SQLite left because it is not hot (a writer killed while it was
    still filling the journal, before it changed the database: the header is zeroed).

    Done inside BEGIN IMMEDIATE: no other connection can be writing, and we have not opened a
    journal of our own, so the file is nobody's. A hot journal was already rolled back by the
    first read. Returns whether a journal was removed.
    """
    journal = Path(f"{path}-journal")
    if not journal.exists():
        return False
    with translated(path), write_engine(engine).connect() as connection, connection.begin():
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
        if journal.exists():
            journal.unlink()
            return True
    return False


def set_application_id(connection: Connection) -> None:
    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def application_id(connection: Connection) -> int:
    value = connection.exec_driver_sql("PRAGMA application_id").scalar()
    return int(value or 0)


def quick_check(engine: Engine, path: Path) -> list[str]:
    """`PRAGMA quick_check`: [] when the file is sound, else SQLite's messages."""
    try:
        with translated(path), engine.connect() as connection:
            rows = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA quick_check").all()]
            connection.rollback()
    except WorkspaceCorrupt as exc:  # damaged so badly that the check itself fails
        cause = exc.__cause__
        return [str(getattr(cause, "orig", cause) or exc)]
    return [] if rows == ["ok"] else rows


def integrity_check(path: Path) -> list[str]:
    """`PRAGMA integrity_check` on a closed file: [] when it is sound."""
    connection = sqlite3.connect(_uri(path, "rw"), uri=True, isolation_level=None)
    try:
        rows = [str(r[0]) for r in connection.execute("PRAGMA integrity_check").fetchall()]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def foreign_key_problems(connection: Connection) -> list[str]:
    """`PRAGMA foreign_key_check` as sentences ([] when every reference holds)."""
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    sentence = translate("Store", "{table} row {row} refers to a missing {parent}")
    return [sentence.format(table=t, row=r, parent=p) for t, r, p, _ in rows]


def run_with_foreign_keys_off(
    engine: Engine, path: Path, work: Callable[[Connection], None]
) -> None:
    """Run `work` (a migration) in one transaction with foreign keys OFF, then check them.

    With foreign keys on, a batch migration that rebuilds a parent table fires ON DELETE CASCADE
    and deletes every child row. Any broken reference afterwards rolls the whole transaction
    back and raises WorkspaceError.
    """
    with translated(path), write_engine(engine).connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, or it is ignored
        try:
            with connection.begin():
                work(connection)
                problems = foreign_key_problems(connection)
                if problems:
                    raise WorkspaceError(
                        translate(
                            "Store",
                            "upgrading {path} would break references ({problems}); "
                            "nothing was changed",
                        ).format(path=path, problems="; ".join(problems[:5]))
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def limit_pages(engine: Engine, pages: int) -> None:
    """Cap the file at `pages` pages on every connection of `engine` (tests: a full disk)."""
    engine.pool.dispose()

    def _limit(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={int(pages)}")

    event.listen(engine, "connect", _limit)


def backup_advice(path: Path) -> tuple[str, Path | None]:
    """What to do about a damaged workspace: restore its latest backup (named), if it has one."""
    latest = latest_backup(path)
    if latest is None:
        return translate("Store", "There is no backup of it"), None
    return (
        translate(
            "Store",
            "Its latest backup is {latest} — restore it (File → Backups…, or "
            "`transition-planner restore {name} --workspace {path}`) to "
            "continue from there; the damaged file is kept aside",
        ).format(latest=latest, name=latest.name, path=path),
        latest,
    )


def corrupt_error(path: Path, problems: list[str]) -> WorkspaceCorrupt:
    detail = "; ".join(problems[:3])
    advice, latest = backup_advice(path)
    message = translate("Store", "{path} is damaged ({detail}). {advice}.")
    return WorkspaceCorrupt(message.format(path=path, detail=detail, advice=advice), latest)
