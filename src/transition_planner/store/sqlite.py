"""Everything particular to SQLite workspace files, in one place.

The rest of the store is portable SQLAlchemy; this module owns the file itself:

* checking a file before SQLite touches it (header, `application_id`, truncation), so that a file
  we refuse stays byte for byte as it was;
* the engine: URI with `mode=ro|rw|rwc`, `PRAGMA foreign_keys=ON` and the other pragmas on every
  connection, our own `BEGIN` (`BEGIN IMMEDIATE` for writes) so that `defer_foreign_keys` works;
* mapping SQLite errors (full disk, busy, corrupt, read-only) to `WorkspaceError`s;
* the lock file beside the workspace (one writer; stale locks of dead processes recovered);
* backups with the SQLite backup API, their listing and pruning, and restoring one;
* running migrations with foreign keys OFF followed by `PRAGMA foreign_key_check`;
* warnings about synced or network folders.

Journal mode is the rollback journal (DELETE) with `synchronous=FULL`: it works on network drives,
and a closed workspace is one file, with no `-journal`, `-wal` or `-shm` beside it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import sqlite3
import struct
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from .. import APP_NAME, __version__
from .errors import (
    DiskFull,
    NotAWorkspace,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceReadOnly,
)

#: `PRAGMA application_id` of every workspace: "TPws" in ASCII.
APPLICATION_ID = 0x54507773
#: The extension of workspace files.
WORKSPACE_SUFFIX = ".tpw"
#: How long a connection waits for another one's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS = 5000
#: How many backups `make_backup` keeps per workspace.
BACKUPS_KEPT = 10

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


def inspect_file(path: Path) -> FileState:
    """Check `path` without letting SQLite touch it.

    Raises NotAWorkspace for a folder, a non-SQLite file or another application's database, and
    WorkspaceCorrupt for a truncated workspace. An empty (0-byte) file is reported, not refused:
    the caller decides.
    """
    if not path.exists():
        return FileState(exists=False, empty=False, hot_journal=False)
    if path.is_dir():
        raise NotAWorkspace(f"{path} is a folder, not a workspace file")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError as exc:
        raise WorkspaceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if size == 0:
        return FileState(exists=True, empty=True, hot_journal=False)
    if len(header) < _HEADER_SIZE or not header.startswith(_SQLITE_MAGIC):
        raise NotAWorkspace(
            f"{path} is not a Transition Planner workspace (it is not an SQLite database file)"
        )
    application_id = struct.unpack(">I", header[68:72])[0]
    if application_id != APPLICATION_ID:
        raise NotAWorkspace(
            f"{path} is an SQLite database of another application (application id "
            f"{application_id:#010x}), not a Transition Planner workspace; it was left unchanged"
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
            raise WorkspaceCorrupt(
                f"{path} is damaged: the file is shorter than its contents "
                f"({size} bytes; truncated by an interrupted copy or download?)",
                latest_backup(path),
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
            f"the disk is full: the change could not be saved in {path}. Nothing of it was "
            "written and the workspace is as it was; free some space and try again"
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return WorkspaceLocked(f"{path} is busy: another program is using it; try again", "")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return corrupt_error(path, [text])
    if primary == _SQLITE_READONLY:
        return WorkspaceReadOnly(f"{path} cannot be written ({text})")
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return WorkspaceError(f"cannot read or write {path}: {text}")
    return None


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


@contextlib.contextmanager
def write_session(engine: Engine, path: Path) -> Iterator[Session]:
    """One write transaction: BEGIN IMMEDIATE, foreign keys checked at COMMIT.

    Deferring the foreign keys makes the order of the statements in the transaction irrelevant
    (an actor may be inserted before the presence it belongs to).
    """
    with (
        translated(path),
        Session(write_engine(engine), autoflush=False) as session,
        session.begin(),
    ):
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        yield session


@contextlib.contextmanager
def read_session(engine: Engine, path: Path) -> Iterator[Session]:
    """One read transaction (one consistent snapshot)."""
    with translated(path), Session(engine, autoflush=False) as session, session.begin():
        yield session


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
    return [f"{table} row {rowid} refers to a missing {parent}" for table, rowid, parent, _ in rows]


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
                        f"upgrading {path} would break references ({'; '.join(problems[:5])}); "
                        "nothing was changed"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def limit_pages(engine: Engine, pages: int) -> None:
    """Cap the file at `pages` pages on every connection of `engine` (tests: a full disk)."""
    engine.pool.dispose()

    def _limit(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={int(pages)}")

    event.listen(engine, "connect", _limit)


# -- the lock file ----------------------------------------------------------------------------

#: Lock files this process holds (a lock of our own pid that is not here is stale).
_HELD: set[str] = set()


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@dataclass
class LockFile:
    """The lock of one writer on one workspace: `<workspace>.lock` holding JSON about it."""

    path: Path
    token: str

    def release(self) -> None:
        key = str(self.path)
        _HELD.discard(key)
        holder = _read_lock(self.path)
        if holder is not None and holder.get("token") == self.token:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def describe_holder(holder: dict[str, Any] | None) -> str:
    if holder is None:
        return "another program (the lock file cannot be read)"
    app = holder.get("app") or "another program"
    return (
        f"{app}, process {holder.get('pid', '?')} on {holder.get('host', '?')}"
        f" (since {holder.get('time', '?')})"
    )


def _read_lock(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _create_exclusive(path: Path, content: str) -> None:
    """Create `path` holding `content`, atomically; FileExistsError when it exists.

    The content is written to a private file first and hard-linked into place, so that a
    lock file is never seen half written; where links are not supported, O_EXCL.
    """
    temp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    with temp.open("w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def pid_alive(pid: int) -> bool:
    """Whether a process of this id runs on this machine (zombies count as dead)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # ERROR_ACCESS_DENIED: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] in ("Z", "X"):
            return False
    return True


def _is_stale(holder: dict[str, Any] | None, path: Path) -> bool:
    if holder is None:
        # unreadable: stale unless it was just created by someone still writing it
        try:
            age = datetime.now().timestamp() - path.stat().st_mtime
        except OSError:
            return True
        return age > 10
    if holder.get("host") != socket.gethostname():
        return False  # another machine: we cannot tell, so we respect it
    try:
        pid = int(holder.get("pid", 0))
    except (TypeError, ValueError):
        return True
    if pid == os.getpid():
        return str(path) not in _HELD  # ours only if this process took it
    return not pid_alive(pid)


def _remove_dead_temporaries(lock: Path) -> None:
    """Temporary lock files of processes killed while they took the lock."""
    for temp in lock.parent.glob(f"{lock.name}.*.tmp"):
        parts = temp.name[len(lock.name) + 1 :].split(".")
        if len(parts) == 3 and parts[0].isdigit() and not pid_alive(int(parts[0])):
            with contextlib.suppress(OSError):
                temp.unlink()


def acquire_lock(workspace: Path) -> tuple[LockFile, bool]:
    """Take the writer's lock of `workspace`. Returns the lock and whether a stale lock (of a
    process that died: the previous session did not close cleanly) was recovered.

    Raises WorkspaceLocked when a live process holds it.
    """
    path = lock_path(workspace)
    token = secrets.token_hex(8)
    content = json.dumps(
        {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "app": f"{APP_NAME} {__version__}",
            "time": datetime.now().astimezone().isoformat(timespec="seconds"),
            "token": token,
        }
    )
    recovered = False
    for _attempt in range(5):
        try:
            _create_exclusive(path, content)
        except FileExistsError:
            holder = _read_lock(path)
            if not _is_stale(holder, path):
                who = describe_holder(holder)
                raise WorkspaceLocked(
                    f"{workspace} is open in {who}. Close it there first, or open it read-only",
                    who,
                ) from None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            recovered = True
            continue
        except OSError as exc:
            raise WorkspaceError(
                f"cannot create the lock file {path} ({exc.strerror or exc}); "
                "open the workspace read-only, or move it to a folder you can write to"
            ) from exc
        _HELD.add(str(path))
        _remove_dead_temporaries(path)
        return LockFile(path, token), recovered
    raise WorkspaceLocked(f"{workspace} is being opened by another program; try again", "")


# -- backups ----------------------------------------------------------------------------------

_BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"
_BACKUP_NAME = re.compile(r"_(?P<stamp>\d{8}-\d{6}-\d{6})(?:-(?P<n>\d+))?_(?P<slug>[A-Za-z0-9-]*)$")


def backups_dir(workspace: Path) -> Path:
    """The folder of a workspace's backups: `<stem>-backups` beside it."""
    workspace = Path(workspace)
    return workspace.with_name(f"{workspace.stem}-backups")


def slug(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


def list_backups(workspace: Path) -> list[BackupInfo]:
    """The backups of `workspace`, newest first."""
    folder = backups_dir(workspace)
    suffix = Path(workspace).suffix or WORKSPACE_SUFFIX
    prefix = f"{Path(workspace).stem}_"
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        if entry.suffix != suffix or not entry.name.startswith(prefix):
            continue
        match = _BACKUP_NAME.search(entry.stem)
        if match is None:
            continue
        try:
            created = datetime.strptime(match["stamp"], _BACKUP_STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        info = BackupInfo(entry, created, match["slug"].replace("-", " "), size)
        found.append((created, int(match["n"] or 0), info))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _created, _n, info in found]


def latest_backup(workspace: Path) -> Path | None:
    backups = list_backups(workspace)
    return backups[0].path if backups else None


def _new_backup_path(workspace: Path, reason: str) -> Path:
    folder = backups_dir(workspace)
    suffix = workspace.suffix or WORKSPACE_SUFFIX
    stamp = datetime.now().strftime(_BACKUP_STAMP)
    name = slug(reason)
    candidate = folder / f"{workspace.stem}_{stamp}_{name}{suffix}"
    n = 1
    while candidate.exists():
        candidate = folder / f"{workspace.stem}_{stamp}-{n}_{name}{suffix}"
        n += 1
    return candidate


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


def corrupt_error(path: Path, problems: list[str]) -> WorkspaceCorrupt:
    latest = latest_backup(path)
    detail = "; ".join(problems[:3])
    if latest is not None:
        advice = (
            f"The latest backup is {latest} — restore it (Restore backup, or "
            f"`transition-planner restore`) to continue from there"
        )
    else:
        advice = "There is no backup of it"
    return WorkspaceCorrupt(f"{path} is damaged ({detail}). {advice}.", latest)


# -- where the file lives ---------------------------------------------------------------------

_SYNCED_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "box": "Box",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
}
_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "lustre",
    "gpfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.davfs2",
    "davfs",
}


def _linux_filesystem(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def _on_network_drive(path: Path) -> bool:
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        import ctypes

        root = os.path.splitdrive(text)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == 4)  # DRIVE_REMOTE
    if sys.platform.startswith("linux"):
        return _linux_filesystem(path) in _NETWORK_FILESYSTEMS
    return False


def location_warnings(path: Path) -> list[str]:
    """Warnings about where a workspace lives (synced folder, network drive)."""
    warnings = []
    parts = [p.lower() for p in path.parent.parts]
    service = next(
        (
            name
            for part in parts
            for marker, name in _SYNCED_FOLDERS.items()
            if part == marker or part.startswith(marker + " ") or part.startswith(marker + "-")
        ),
        None,
    )
    if service is not None:
        warnings.append(
            f"{path} is in a folder synced by {service}: if two computers change it before "
            "the sync finishes, one set of changes is lost. Keep the workspace in a local "
            "folder and share plans as workbooks"
        )
    resolved = path.resolve()
    if _on_network_drive(resolved):
        warnings.append(
            f"{path} is on a network drive: saving is slower, and a dropped connection can "
            "interrupt a save. Keep the workspace in a local folder if you can"
        )
    return warnings
