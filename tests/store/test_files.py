"""The workspace file: what is refused (and left untouched), pragmas, side files, the writer's
lock, read-only opens, warnings about where the file lives."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from transition_planner.store import (
    APPLICATION_ID,
    NotAWorkspace,
    Workspace,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceMissing,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)
from transition_planner.store.locking import lock_path

from .helpers import big_plan, digest, full_plan


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- refusals: the file stays byte for byte --------------------------------------------------


def _assert_refused(path: Path, error: type[Exception], **open_args: bool) -> str:
    before = digest(path)
    folder = _files(path.parent)
    with pytest.raises(error) as info:
        Workspace.open(path, **open_args)
    assert digest(path) == before
    assert _files(path.parent) == folder  # no lock file, journal or backup left behind
    assert str(path) in str(info.value)
    return str(info.value)


def test_sqlite_file_of_another_application_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.tpw"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id=0x12345678")
    conn.execute("CREATE TABLE plans (id TEXT)")
    conn.commit()
    conn.close()
    for args in ({}, {"create": True}, {"read_only": True}):
        message = _assert_refused(other, NotAWorkspace, **args)
        assert "another application" in message


def test_sqlite_file_without_application_id_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    _assert_refused(other, NotAWorkspace, create=True)


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "letter.tpw"
    text.write_bytes(b"Dear colleague, please find attached the plan.\n" * 100)
    for args in ({}, {"create": True}, {"read_only": True}):
        message = _assert_refused(text, NotAWorkspace, **args)
        assert "not a Transition Planner workspace" in message
    tiny = tmp_path / "tiny.tpw"
    tiny.write_bytes(b"SQLite format 3\x00abc")  # shorter than a header
    _assert_refused(tiny, NotAWorkspace, create=True)


def test_truncated_workspace_is_refused(ws: Workspace, ws_path: Path) -> None:
    ws.add_plan(big_plan(500))
    ws.close()
    data = ws_path.read_bytes()
    for size in (len(data) // 2, len(data) - 4096, len(data) - 1):
        ws_path.write_bytes(data[:size])
        message = _assert_refused(ws_path, WorkspaceCorrupt, create=True)
        assert "damaged" in message
    ws_path.write_bytes(data[:60])
    _assert_refused(ws_path, NotAWorkspace, create=True)


def test_newer_schema_is_refused(ws: Workspace, ws_path: Path) -> None:
    ws.add_plan(full_plan())
    ws.close()
    conn = sqlite3.connect(ws_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    for args in ({}, {"read_only": True}):
        message = _assert_refused(ws_path, WorkspaceTooNew, **args)
        assert "newer version" in message


def test_empty_file_is_a_workspace_only_when_creating(tmp_path: Path) -> None:
    empty = tmp_path / "empty.tpw"
    empty.touch()
    _assert_refused(empty, NotAWorkspace)
    _assert_refused(empty, NotAWorkspace, read_only=True)
    with Workspace.open(empty, create=True) as ws:
        assert ws.created
        assert ws.list_plans() == []
    with Workspace.open(empty) as ws:
        assert not ws.created


def test_missing_file_is_created_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "new.tpw"
    with pytest.raises(WorkspaceMissing, match="does not exist"):
        Workspace.open(path)
    with pytest.raises(WorkspaceMissing):
        Workspace.open(path, read_only=True, create=True)
    assert _files(tmp_path) == []
    with pytest.raises(WorkspaceError, match="folder"):
        Workspace.open(tmp_path / "no-such-folder" / "x.tpw", create=True)
    with pytest.raises(NotAWorkspace, match="folder"):
        Workspace.open(tmp_path, create=True)
    with Workspace.open(path, create=True) as ws:
        assert ws.created
    assert _files(tmp_path) == ["new.tpw"]


def test_write_protected_file_is_refused_for_writing(ws: Workspace, ws_path: Path) -> None:
    ws.add_plan(full_plan())
    ws.close()
    ws_path.chmod(0o444)
    try:
        if os.access(ws_path, os.W_OK):
            pytest.skip("running as a user who can write anything")
        _assert_refused(ws_path, WorkspaceReadOnly)
        with Workspace.open(ws_path, read_only=True) as viewer:
            assert len(viewer.list_plans()) == 1
    finally:
        ws_path.chmod(0o644)


# -- the file while open and after close ------------------------------------------------------


def test_connection_pragmas(ws: Workspace) -> None:
    with ws.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "application_id")
        }
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "delete",
        "synchronous": 2,  # FULL
        "application_id": APPLICATION_ID,
    }


def test_no_side_files_after_close(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    for i in range(5):
        ws.apply_change(plan.id, _note(ws, plan.id, f"edit {i}"))
    assert not Path(f"{ws_path}-journal").exists()  # rollback journal gone after each commit
    ws.close()
    assert _files(ws_path.parent) == ["plans.tpw"]
    with Workspace.open(ws_path, read_only=True) as viewer:
        viewer.list_plans()
    assert _files(ws_path.parent) == ["plans.tpw"]
    assert ws_path.read_bytes()[68:72] == APPLICATION_ID.to_bytes(4, "big")


def _note(ws: Workspace, plan_id: str, text: str):  # type: ignore[no-untyped-def]
    from transition_planner.domain.changes import set_fields

    plan = ws.load_plan(plan_id)
    return set_fields(plan, plan.milestones[0], notes=text)


def test_opening_and_reading_does_not_change_the_file(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    ws.close()
    before = digest(ws_path)
    with Workspace.open(ws_path) as again:
        again.list_plans()
        again.load_plan(plan.id)
        again.quick_check()
    assert digest(ws_path) == before


# -- the writer's lock ------------------------------------------------------------------------


def test_second_writer_is_told_who_holds_the_lock(ws: Workspace, ws_path: Path) -> None:
    with pytest.raises(WorkspaceLocked) as info:
        Workspace.open(ws_path)
    assert str(os.getpid()) in info.value.holder
    assert socket.gethostname() in info.value.holder
    assert "Transition Planner" in info.value.holder
    assert str(ws_path) in str(info.value)
    # a read-only open takes no lock and works
    with Workspace.open(ws_path, read_only=True) as viewer:
        assert viewer.list_plans() == []
    ws.close()
    assert not lock_path(ws_path).exists()
    with Workspace.open(ws_path) as again:
        assert not again.read_only


def test_lock_held_by_another_live_process(tmp_path: Path) -> None:
    path = tmp_path / "shared.tpw"
    Workspace.open(path, create=True).close()
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from transition_planner.store import Workspace\n"
            f"ws = Workspace.open({str(path)!r})\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n"
            "ws.close()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceLocked) as info:
            Workspace.open(path)
        assert f"process {child.pid} " in info.value.holder
        child.stdin.close()
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    with Workspace.open(path) as ws:  # released by the child's close()
        assert ws.list_plans() == []


def _write_lock(path: Path, **holder: object) -> None:
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_lock_of_a_dead_process_is_recovered(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    ws.close()
    _write_lock(ws_path, pid=_dead_pid(), host=socket.gethostname(), app="Transition Planner")
    with Workspace.open(ws_path) as again:
        assert again.load_plan(plan.id) == plan
        holder = json.loads(lock_path(ws_path).read_text())
        assert holder["pid"] == os.getpid()
    assert not lock_path(ws_path).exists()


def test_locks_that_are_not_stale(ws: Workspace, ws_path: Path) -> None:
    ws.close()
    # a live process on this machine
    _write_lock(ws_path, pid=os.getppid(), host=socket.gethostname(), app="Other copy")
    with pytest.raises(WorkspaceLocked, match="Other copy"):
        Workspace.open(ws_path)
    # another machine: we cannot tell whether it still runs
    _write_lock(ws_path, pid=_dead_pid(), host="laptop-in-the-field", app="TP")
    with pytest.raises(WorkspaceLocked, match="laptop-in-the-field"):
        Workspace.open(ws_path)
    # a lock file being written right now
    lock_path(ws_path).write_text("{", encoding="utf-8")
    with pytest.raises(WorkspaceLocked):
        Workspace.open(ws_path)
    # ... but an unreadable one that is old is stale
    old = time.time() - 3600
    os.utime(lock_path(ws_path), (old, old))
    Workspace.open(ws_path).close()
    # a lock of our own pid that this process did not take (pid reused after a reboot)
    _write_lock(ws_path, pid=os.getpid(), host=socket.gethostname(), app="TP")
    Workspace.open(ws_path).close()
    assert not lock_path(ws_path).exists()


def test_unclean_shutdown_runs_quick_check_and_offers_the_latest_backup(
    ws: Workspace, ws_path: Path
) -> None:
    ws.add_plan(big_plan(3000))
    latest = ws.backup("before the accident")
    with ws.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    ws.close()
    data = bytearray(ws_path.read_bytes())
    offset = 4096 * (pages - 5)  # a page of the assignments table
    data[offset : offset + 16] = b"\xff" * 16
    ws_path.write_bytes(bytes(data))
    # a clean previous session: no check on open (it would cost time on every start)
    Workspace.open(ws_path).close()
    # the previous session died (its lock is left behind): checked, refused, backup offered
    _write_lock(ws_path, pid=_dead_pid(), host=socket.gethostname(), app="TP")
    with pytest.raises(WorkspaceCorrupt) as info:
        Workspace.open(ws_path)
    assert info.value.latest_backup == latest
    assert str(latest) in str(info.value)
    assert "damaged" in str(info.value)


# -- where the file lives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("OneDrive - United Nations", "OneDrive"),
        ("Dropbox", "Dropbox"),
        ("Google Drive", "Google Drive"),
        ("iCloud Drive", "iCloud Drive"),
    ],
)
def test_synced_folder_warning(tmp_path: Path, folder: str, service: str) -> None:
    (tmp_path / folder / "Plans").mkdir(parents=True)
    with Workspace.open(tmp_path / folder / "Plans" / "w.tpw", create=True) as ws:
        assert any(service in w for w in ws.warnings)


def test_no_warning_in_a_local_folder(ws: Workspace) -> None:
    assert ws.warnings == []


def test_leftovers_of_a_killed_opener_are_cleaned(ws: Workspace, ws_path: Path) -> None:
    ws.close()
    dead = _dead_pid()
    leftover = ws_path.with_name(f"{ws_path.name}.lock.{dead}.abcd1234.tmp")
    leftover.write_text("{}")
    mine = ws_path.with_name(f"{ws_path.name}.lock.{os.getpid()}.abcd1234.tmp")
    mine.write_text("{}")  # a live process (this one) may be taking the lock right now
    Workspace.open(ws_path).close()
    assert not leftover.exists()
    assert mine.exists()
    mine.unlink()
