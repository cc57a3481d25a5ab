"""The writer's lock against links, absurd pids, reused pids; and what it tells a planner
(issue 15.8, 15.14; issue 14.4's lock message)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from transition_planner.store import Workspace, WorkspaceLocked
from transition_planner.store.locking import _since, lock_path, process_started

from .helpers import full_plan


def _write_lock(path: Path, **holder: object) -> None:
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


def test_a_link_does_not_bypass_the_lock(tmp_path: Path) -> None:
    real = tmp_path / "real.tpw"
    link = tmp_path / "link.tpw"
    folder_link = tmp_path / "elsewhere"
    with Workspace.open(real, create=True) as window:
        link.symlink_to(real)
        folder_link.symlink_to(tmp_path, target_is_directory=True)
        for other in (link, folder_link / "real.tpw"):
            with pytest.raises(WorkspaceLocked):
                Workspace.open(other)
            with pytest.raises(WorkspaceLocked):
                Workspace.restore(other, window.backup("b"))
        window.add_plan(full_plan())
    assert not lock_path(link).exists() and not lock_path(real).exists()
    with Workspace.open(link) as through_link:
        assert [s.name for s in through_link.list_plans()] == [full_plan().name]
        assert lock_path(real).exists()
    assert link.is_symlink()


@pytest.mark.parametrize("pid", [1099511627776, 2**64, -5, "12ab", None])
def test_a_lock_naming_an_impossible_pid_is_stale(ws_path: Path, pid: object) -> None:
    Workspace.open(ws_path, create=True).close()
    _write_lock(ws_path, pid=pid, host=socket.gethostname(), app="Transition Planner 1.0")
    with Workspace.open(ws_path) as ws:
        assert json.loads(lock_path(ws_path).read_text())["pid"] == os.getpid()
        assert ws.list_plans() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="start times from /proc")
def test_a_lock_of_a_reused_pid_is_stale(ws_path: Path) -> None:
    """The pid is alive but belongs to a process that started after the lock was written."""
    Workspace.open(ws_path, create=True).close()
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=-1)
    try:
        started = process_started(other.pid)
        assert started is not None
        # the live process's own start time: the lock is respected
        _write_lock(ws_path, pid=other.pid, started=started, host=socket.gethostname(), app="TP")
        with pytest.raises(WorkspaceLocked):
            Workspace.open(ws_path)
        # the lock was written by an earlier process of the same pid
        boot, ticks = started.rsplit("/", 1)
        _write_lock(
            ws_path,
            pid=other.pid,
            started=f"{boot}/{int(ticks) - 1000}",
            host=socket.gethostname(),
            app="TP",
        )
        Workspace.open(ws_path).close()
        assert not lock_path(ws_path).exists()
    finally:
        other.kill()
        other.wait()


def test_the_lock_records_the_start_time(ws: Workspace, ws_path: Path) -> None:
    holder = json.loads(lock_path(ws_path).read_text())
    assert holder["started"] == process_started(os.getpid())
    if sys.platform.startswith("linux"):
        assert holder["started"]


def test_the_lock_message_a_planner_understands(ws: Workspace, ws_path: Path) -> None:
    ws.close()
    nine_25 = datetime.now().astimezone().replace(hour=9, minute=25, second=0, microsecond=0)
    _write_lock(
        ws_path,
        pid=os.getppid(),
        host=socket.gethostname(),
        app="Transition Planner 2.1.0",
        time=nine_25.isoformat(),
    )
    with pytest.raises(WorkspaceLocked) as info:
        Workspace.open(ws_path)
    message = str(info.value)
    assert message == (
        f"{ws_path} is open in Transition Planner on this computer since 09:25 today — close "
        "it there first, or open it read-only"
    )
    assert str(os.getppid()) in info.value.holder  # the details stay available
    _write_lock(ws_path, pid=1, host="laptop-in-the-field", app="Transition Planner 2.1.0")
    with pytest.raises(WorkspaceLocked, match="on the computer laptop-in-the-field"):
        Workspace.open(ws_path)


def test_since_in_words() -> None:
    now = datetime(2026, 12, 1, 10, 30).astimezone()
    assert _since(now.replace(hour=9, minute=25).isoformat(), now) == " since 09:25 today"
    assert _since((now - timedelta(days=1)).isoformat(), now) == " since yesterday 10:30"
    assert _since((now - timedelta(days=3)).isoformat(), now) == " since 28 Nov 2026 10:30"
    assert _since("garbage", now) == ""
