"""Backups and restores that cannot leave a half-written file behind (issue 15: 2, 3, 9, 13, 18):
a full disk — a real small tmpfs, and an injected ENOSPC —, a backups folder deleted meanwhile,
a damaged workspace, a workspace reached through a symbolic link."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from transition_planner.store import (
    DiskFull,
    Workspace,
    WorkspaceError,
    backups_dir,
)
from transition_planner.store.sqlite import integrity_check

from .disks import fill, small_disk
from .helpers import big_plan, digest, full_plan


def _everything(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.name != "filler.bin")


def _enospc_on_big_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """fsync reports ENOSPC (as it does on a full disk with delayed allocation) for the copies
    of a database — not for the small lock file."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if os.fstat(fd).st_size > 20_000:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)


# -- 15.2: a backup is checked before it is listed ------------------------------------------


def _assert_backup_refused_cleanly(
    ws: Workspace, before: list[str], make: Callable[[], Path]
) -> None:
    listed = [b.path for b in ws.list_backups()]
    with pytest.raises(DiskFull, match="disk is full") as info:
        make()
    assert str(backups_dir(ws.path)) in str(info.value), "the message names the backups folder"
    assert [b.path for b in ws.list_backups()] == listed, "a failed backup is never listed"
    assert not list(backups_dir(ws.path).glob("*.partial*")), "and leaves no partial file"
    assert _everything(ws.path.parent) == before


def test_backup_on_a_full_disk_is_removed_not_listed(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 4096) as disk:
        path = disk / "plans.tpw"
        with Workspace.open(path, create=True) as ws:
            plan = big_plan(2000)
            ws.add_plan(plan)
            first = ws.backup("room for one")
            before = _everything(disk)
            fill(disk, leave=300_000)  # less than the workspace's 690 KB
            _assert_backup_refused_cleanly(ws, before, lambda: ws.backup("before import"))
            assert ws.load_plan(plan.id) == plan
        assert integrity_check(path) == [] and integrity_check(first) == []


def test_backup_with_an_injected_enospc_is_removed_not_listed(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.add_plan(full_plan())
    ws.backup("a good one")
    before = _everything(ws.path.parent)
    _enospc_on_big_files(monkeypatch)
    _assert_backup_refused_cleanly(ws, before, lambda: ws.backup("before import"))


def _null_where_not_null(path: Path) -> None:
    """A NULL in a NOT NULL column (which no save can write): the pages read, quick_check
    fails. Written by lifting the constraint for a moment with `writable_schema`."""
    for before, after in (("name VARCHAR NOT NULL,", "name VARCHAR,"), (None, None)):
        connection = sqlite3.connect(path, isolation_level=None)
        if before is None:
            connection.execute("UPDATE functions SET name = NULL")
            before, after = "name VARCHAR,", "name VARCHAR NOT NULL,"
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = 'functions'",
            (before, after),
        )
        connection.close()


def test_a_backup_that_does_not_check_out_is_never_listed(ws_path: Path) -> None:
    """The copy is checked (quick_check) before its rename: the copy of a damaged workspace
    (the backup API copies its pages as they are) is removed, not listed as a good backup."""
    with Workspace.open(ws_path, create=True) as ws:
        ws.add_plan(full_plan())
    _null_where_not_null(ws_path)
    with Workspace.open(ws_path, read_only=True) as ws:
        assert ws.quick_check() == ["NULL value in functions.name"] * 2
        with pytest.raises(WorkspaceError, match="does not check out") as info:
            ws.backup("of a damaged file")
        assert "NULL value in functions.name" in str(info.value)
        assert ws.list_backups() == []
    assert not list(backups_dir(ws_path).iterdir())


# -- 15.18: the backups folder deleted during a write ------------------------------------------


def test_backups_folder_deleted_meanwhile_is_named(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.add_plan(full_plan())
    folder = backups_dir(ws.path)
    real_mkdir = Path.mkdir

    def mkdir_then_vanish(self: Path, *args: object, **kwargs: object) -> None:
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]
        if self == folder:
            shutil.rmtree(folder)  # another program (or the planner) removes it meanwhile

    monkeypatch.setattr(Path, "mkdir", mkdir_then_vanish)
    with pytest.raises(WorkspaceError) as info:
        ws.backup("before import into Haiti")
    message = str(info.value)
    assert str(folder) in message and "does not exist" in message
    assert "unable to open database file" not in message
    assert f"{ws.path} " not in message.replace(str(folder), "")


# -- 15.3: restore repairs a damaged workspace ------------------------------------------------


def _damage_a_value_page(path: Path) -> None:
    """Scramble the second half of the file (the header stays valid; quick_check fails)."""
    data = bytearray(path.read_bytes())
    half = len(data) // 2
    data[half:] = (bytes(range(256)) * (len(data) // 256 + 1))[: len(data) - half]
    path.write_bytes(bytes(data))


def test_restore_repairs_a_damaged_workspace_and_sets_it_aside(ws_path: Path) -> None:
    plan = full_plan()
    with Workspace.open(ws_path, create=True) as ws:
        ws.add_plan(plan)
        ws.add_plan(big_plan(3000))
        backup = ws.backup("good")
    _damage_a_value_page(ws_path)
    damaged = ws_path.read_bytes()
    with Workspace.open(ws_path, read_only=True) as ws:
        assert ws.quick_check() != [], "the file is damaged"
    kept = Workspace.restore(ws_path, backup)
    assert kept.parent == ws_path.parent
    assert kept.name.startswith("plans-damaged-") and kept.suffix == ".tpw"
    assert kept.read_bytes() == damaged, "the damaged file is kept as it was"
    assert kept not in [b.path for b in Workspace.backups_of(ws_path)], "never offered"
    with Workspace.open(ws_path) as restored:
        assert restored.load_plan(plan.id) == plan
        assert restored.quick_check() == []
    assert not list(ws_path.parent.glob(".*restoring*"))


# -- 15.13: a restore on an almost full disk --------------------------------------------------


def _assert_restore_refused_cleanly(path: Path, backup: Path) -> None:
    before_bytes = digest(path)
    before_files = _everything(path.parent)
    listed = Workspace.backups_of(path)
    with pytest.raises(DiskFull, match="disk is full") as info:
        Workspace.restore(path, backup)
    assert "Traceback" not in str(info.value) and "OperationalError" not in str(info.value)
    assert digest(path) == before_bytes
    assert _everything(path.parent) == before_files, "no .restoring.partial left behind"
    assert Workspace.backups_of(path) == listed, "no truncated 'before restore' backup listed"
    with Workspace.open(path) as ws:
        assert ws.quick_check() == []


def test_restore_on_an_almost_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 4096) as disk:
        path = disk / "plans.tpw"
        with Workspace.open(path, create=True) as ws:
            ws.add_plan(big_plan(2000))
            backup = ws.backup("good")
            ws.add_plan(full_plan())
        fill(disk, leave=150_000)
        _assert_restore_refused_cleanly(path, backup)


def test_restore_with_an_injected_enospc(ws_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Workspace.open(ws_path, create=True) as ws:
        ws.add_plan(big_plan(500))
        backup = ws.backup("good")
        ws.add_plan(full_plan())
    _enospc_on_big_files(monkeypatch)
    _assert_restore_refused_cleanly(ws_path, backup)


# -- 15.9: restore through a symbolic link ----------------------------------------------------


def test_restore_through_a_link_restores_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "real.tpw"
    real.parent.mkdir()
    link = tmp_path / "link.tpw"
    link.symlink_to(real)
    plan = full_plan()
    with Workspace.open(real, create=True) as ws:
        ws.add_plan(plan)
        backup = ws.backup("good")
        ws.delete_plan(plan.id)
    Workspace.restore(link, backup)
    assert link.is_symlink() and link.resolve() == real
    with Workspace.open(real) as ws:
        assert ws.load_plan(plan.id) == plan


def test_leftovers_of_a_killed_restore_are_removed_at_the_next_open(ws_path: Path) -> None:
    Workspace.open(ws_path, create=True).close()
    leftovers = [
        ws_path.with_name(".plans.tpw.restoring"),
        ws_path.with_name(".plans.tpw.restoring.partial"),
        ws_path.with_name(".plans.tpw.restoring.partial-journal"),
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"half a copy")
    with Workspace.open(ws_path, read_only=True):
        assert all(p.exists() for p in leftovers), "a read-only open changes nothing"
    Workspace.open(ws_path).close()
    assert sorted(p.name for p in ws_path.parent.iterdir()) == ["plans.tpw"]
