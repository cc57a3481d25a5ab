"""The writer's lock of a workspace: `<workspace>.lock` beside it, holding JSON about its holder.

One writer per workspace; a lock of a process that died (or whose pid now belongs to another
process) is stale and recovered.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import APP_NAME, __version__
from ..i18n import format_day, translate
from .errors import WorkspaceError, WorkspaceLocked

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
    """Who holds a lock, with the details (application, process, machine, time)."""
    if holder is None:
        return translate("Store", "another program (the lock file cannot be read)")
    app = holder.get("app") or translate("Store", "another program")
    return translate("Store", "{app}, process {pid} on {host} (since {time})").format(
        app=app,
        pid=holder.get("pid", "?"),
        host=holder.get("host", "?"),
        time=holder.get("time", "?"),
    )


def _since(text: object, now: datetime | None = None) -> str:
    """ "since 09:25 today", "since yesterday 17:40", "since 28 Nov 2026 09:25" ("" if unknown)."""
    try:
        when = datetime.fromisoformat(str(text))
    except ValueError:
        return ""
    now = now or datetime.now().astimezone()
    if when.tzinfo is not None and now.tzinfo is not None:
        when = when.astimezone(now.tzinfo)
    clock = f"{when.hour:02d}:{when.minute:02d}"
    days = (now.date() - when.date()).days
    if days == 0:
        return translate("Store", " since {clock} today").format(clock=clock)
    if days == 1:
        return translate("Store", " since yesterday {clock}").format(clock=clock)
    return translate("Store", " since {day} {clock}").format(
        day=format_day(when.date()), clock=clock
    )


def locked_message(workspace: Path, holder: dict[str, Any] | None) -> str:
    """The sentence a planner reads when a workspace is open elsewhere."""
    if holder is None:
        return translate(
            "Store",
            "{workspace} is being opened by another program right now — try again in a "
            "moment, or open it read-only",
        ).format(workspace=workspace)
    # "Transition Planner 1.2.0" → "Transition Planner"
    name = re.sub(r"\s+v?\d[\w.+-]*$", "", str(holder.get("app") or "")) or translate(
        "Store", "another program"
    )
    host = holder.get("host")
    if host == socket.gethostname():
        where = translate("Store", "on this computer")
    elif host:
        where = translate("Store", "on the computer {host}").format(host=host)
    else:
        where = translate("Store", "on another computer")
    return translate(
        "Store",
        "{workspace} is open in {name} {where}{since} — close it there first, or open it read-only",
    ).format(workspace=workspace, name=name, where=where, since=_since(holder.get("time")))


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


#: Larger than any process id of any system we run on (Linux: at most 2**22).
_PID_MAX = 2**31 - 1


def process_started(pid: int) -> str | None:
    """When process `pid` started, as a token that changes when the pid is reused (Linux: the
    boot id and the start time in clock ticks from /proc); None where it cannot be told."""
    if not sys.platform.startswith("linux") or not 0 < pid <= _PID_MAX:
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        ticks = stat.rsplit(")", 1)[1].split()[19]  # field 22: starttime
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except (OSError, IndexError):
        return None
    return f"{boot}/{ticks}"


def pid_alive(pid: int) -> bool:
    """Whether a process of this id runs on this machine (zombies count as dead)."""
    if pid <= 0 or pid > _PID_MAX:
        return False  # no such process can exist (and os.kill would raise OverflowError)
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
    except (OverflowError, ValueError, OSError):
        return False
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
    except (TypeError, ValueError, OverflowError):
        return True
    if pid == os.getpid():
        return str(path) not in _HELD  # ours only if this process took it
    if not pid_alive(pid):
        return True
    recorded = holder.get("started")
    if isinstance(recorded, str) and recorded:
        now = process_started(pid)
        if now is not None and now != recorded:
            return True  # the pid now belongs to another process
    return False


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
            "started": process_started(os.getpid()),
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
                raise WorkspaceLocked(
                    locked_message(workspace, holder), describe_holder(holder)
                ) from None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            recovered = True
            continue
        except OSError as exc:
            raise WorkspaceError(
                translate(
                    "Store",
                    "cannot create the lock file {path} ({reason}); "
                    "open the workspace read-only, or move it to a folder you can write to",
                ).format(path=path, reason=exc.strerror or exc)
            ) from exc
        _HELD.add(str(path))
        _remove_dead_temporaries(path)
        return LockFile(path, token), recovered
    raise WorkspaceLocked(
        translate("Store", "{workspace} is being opened by another program; try again").format(
            workspace=workspace
        ),
        "",
    )
