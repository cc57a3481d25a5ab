"""Backups (SQLite backup API, the last 10 kept), restore, and a full disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from transition_planner.domain.changes import set_fields
from transition_planner.store import (
    BACKUPS_KEPT,
    DiskFull,
    NotAWorkspace,
    Workspace,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceMissing,
    backups_dir,
)
from transition_planner.store.sqlite import integrity_check, limit_pages

from .helpers import big_plan, digest, full_plan


def test_backup_is_a_complete_workspace(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    path = ws.backup("before import into Haiti — «draft»")
    assert path.parent == backups_dir(ws_path) == ws_path.parent / "plans-backups"
    assert path.suffix == ".tpw"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no partial, journal
    info = ws.list_backups()[0]
    assert info.path == path
    assert info.reason == "before import into Haiti draft"
    assert info.size == path.stat().st_size
    with Workspace.open(path, read_only=True) as copy:
        assert copy.load_plan(plan.id) == plan
    assert integrity_check(path) == []


def test_only_the_last_ten_backups_are_kept_newest_first(ws: Workspace) -> None:
    made = [ws.backup(f"edit {i}") for i in range(BACKUPS_KEPT + 3)]
    kept = ws.list_backups()
    assert [b.path for b in kept] == list(reversed(made))[:BACKUPS_KEPT]
    assert [b.reason for b in kept][:2] == ["edit 12", "edit 11"]
    assert kept[0].created >= kept[-1].created
    for gone in made[:3]:
        assert not gone.exists()
    # files that are not backups are never touched
    stranger = backups_dir(ws.path) / "my notes.txt"
    stranger.write_text("keep me")
    ws.backup("one more")
    assert stranger.exists()


def test_backup_of_a_read_only_workspace(ws: Workspace, ws_path: Path) -> None:
    ws.add_plan(full_plan())
    with Workspace.open(ws_path, read_only=True) as viewer:
        path = viewer.backup("from the viewer")
    assert path.exists()


def test_restore_backs_up_the_current_file_first(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    backup = ws.backup("good state")
    edit = set_fields(plan, plan.presences[0], name="Changed after the backup")
    ws.apply_change(plan.id, edit)
    with pytest.raises(WorkspaceLocked):
        Workspace.restore(ws_path, backup)  # the workspace is open
    ws.close()
    changed = digest(ws_path)
    safety = Workspace.restore(ws_path, backup)
    with Workspace.open(ws_path) as restored:
        assert restored.load_plan(plan.id) == plan
    assert digest(ws_path) != changed
    assert _plan_in(safety, plan.id).presences[0].name == "Changed after the backup"
    with Workspace.open(ws_path, read_only=True) as viewer:
        assert safety == viewer.list_backups()[0].path
        assert viewer.list_backups()[0].reason == "before restore"
    assert backup.exists()
    assert sorted(p.name for p in ws_path.parent.iterdir()) == ["plans-backups", "plans.tpw"]


def _plan_in(path: Path, plan_id: str):  # type: ignore[no-untyped-def]
    with Workspace.open(path, read_only=True) as ws:
        return ws.load_plan(plan_id)


def test_restoring_the_oldest_of_ten_keeps_it(ws: Workspace, ws_path: Path) -> None:
    made = [ws.backup(f"b{i}") for i in range(BACKUPS_KEPT)]
    ws.close()
    Workspace.restore(ws_path, made[0])
    assert made[0].exists()


def test_restore_refuses_what_is_not_a_backup(ws: Workspace, ws_path: Path, tmp_path: Path) -> None:
    ws.add_plan(full_plan())
    ws.close()
    before = digest(ws_path)
    letter = tmp_path / "letter.tpw"
    letter.write_text("not a database")
    with pytest.raises(NotAWorkspace):
        Workspace.restore(ws_path, letter)
    with pytest.raises(WorkspaceMissing):
        Workspace.restore(ws_path, tmp_path / "nothing.tpw")
    assert digest(ws_path) == before
    assert not backups_dir(ws_path).exists()


def test_restore_of_a_damaged_workspace_keeps_its_bytes(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    backup = ws.backup("good")
    ws.close()
    damaged = ws_path.read_bytes()[:100] + b"\x00" * 8000
    ws_path.write_bytes(damaged)
    safety = Workspace.restore(ws_path, backup)
    assert safety.read_bytes() == damaged
    with Workspace.open(ws_path) as restored:
        assert restored.load_plan(plan.id) == plan


def test_full_disk_leaves_the_previous_state_intact(ws: Workspace, ws_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    with ws.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    assert isinstance(pages, int)
    limit_pages(ws.engine, pages + 3)  # the "disk" holds three more pages
    with pytest.raises(DiskFull, match="disk is full") as info:
        ws.add_plan(big_plan(5000))
    assert str(ws_path) in str(info.value)
    assert [s.id for s in ws.list_plans()] == [plan.id]
    assert ws.load_plan(plan.id) == plan
    # a small edit still fits
    edit = set_fields(plan, plan.milestones[0], notes="still works")
    ws.apply_change(plan.id, edit)
    ws.close()
    assert integrity_check(ws_path) == []
    with Workspace.open(ws_path) as again:
        assert again.load_plan(plan.id).milestones[0].notes == "still works"
    conn2 = sqlite3.connect(ws_path)
    assert conn2.execute("PRAGMA foreign_key_check").fetchall() == []
    conn2.close()


def test_copy_to_writes_a_consistent_copy(ws: Workspace, tmp_path: Path) -> None:
    plan = full_plan()
    ws.add_plan(plan)
    target = tmp_path / "elsewhere" / "copy.tpw"
    target.parent.mkdir()
    ws.copy_to(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.tpw"]
    with Workspace.open(target) as copy:
        assert copy.load_plan(plan.id) == plan
    with pytest.raises(WorkspaceError):
        ws.copy_to(ws.path)
