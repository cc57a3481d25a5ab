"""An export that fails says so in words, leaves nothing behind and prints no traceback
(issue 15.24, 14.4)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.workbook import export_plan

from .plans import small_plan

FULL_DISK = """
import errno, gc, sys, zipfile
from datetime import UTC, datetime
from pathlib import Path
sys.path.insert(0, {tests!r})
from workbook.plans import small_plan
from transition_planner.domain.analysis import analyse
from transition_planner.workbook import export_plan

writes = 0
real = zipfile.ZipFile.writestr

def writestr(self, *args, **kwargs):  # the disk fills up at the fifth part
    global writes
    writes += 1
    if writes >= 5:
        raise OSError(errno.ENOSPC, "No space left on device")
    return real(self, *args, **kwargs)

zipfile.ZipFile.writestr = writestr
plan = small_plan()
target = Path(sys.argv[1])
try:
    export_plan(plan, analyse(plan), target, app_version="t")
except OSError as exc:
    print(f"{{exc.errno}}|{{exc.filename}}|{{exc.strerror}}")
gc.collect()
"""


def export(path: Path) -> list[str]:
    plan = small_plan()
    return export_plan(
        plan, analyse(plan), path, app_version="t", exported_at=datetime(2024, 5, 1, tzinfo=UTC)
    )


def test_a_full_disk_is_an_error_naming_the_workbook_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the previous export")
    tests = str(Path(__file__).resolve().parents[1])
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK.format(tests=tests), str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr  # no "Exception ignored in ZipFile.__del__"
    errno_, filename, _message = result.stdout.strip().split("|")
    assert errno_ == "28"
    assert filename == str(target)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


def small_filesystem(tmp_path: Path) -> Path:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small filesystem needs root (mount -t tmpfs)")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    return mount


def test_export_on_a_really_full_disk(tmp_path: Path) -> None:
    mount = small_filesystem(tmp_path)
    try:
        ws = tmp_path / "w.tpw"
        tp = [sys.executable, "-m", "transition_planner"]
        assert (
            subprocess.run([*tp, "examples", "--workspace", str(ws)], timeout=120).returncode == 0
        )
        result = subprocess.run(
            [*tp, "export", "Haiti", str(mount / "h.xlsx"), "--workspace", str(ws)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 2
        assert "No space left on device" in result.stderr
        assert "h.xlsx" in result.stderr and ".tmp" not in result.stderr
        assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr
        assert list(mount.iterdir()) == []
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_stale_temporary_files_of_killed_exports_are_removed(tmp_path: Path) -> None:
    day_ago = time.time() - 25 * 3600
    stale = tmp_path / ".plan.xlsx.deadbeef.tmp"
    fresh = tmp_path / ".other.xlsx.cafebabe.tmp"  # an export running now
    foreign = tmp_path / "notes.tmp"
    not_ours = tmp_path / ".plan.xlsx.backup.tmp"
    folder = tmp_path / ".dir.xlsx.0badf00d.tmp"
    for p in (stale, fresh, foreign, not_ours):
        p.write_bytes(b"x")
    folder.mkdir()
    for p in (stale, foreign, not_ours, folder):
        os.utime(p, (day_ago, day_ago))
    export(tmp_path / "plan.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [fresh.name, foreign.name, not_ours.name, folder.name, "plan.xlsx"]
    )


def test_a_missing_folder_is_named_not_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "nodir" / "h.xlsx"
    with pytest.raises(FileNotFoundError) as caught:
        export(target)
    assert caught.value.filename == str(tmp_path / "nodir")
    assert ".tmp" not in str(caught.value)
    read_only = tmp_path / "locked"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        if os.access(read_only, os.W_OK):
            return  # root writes anywhere: nothing more to see
        with pytest.raises(PermissionError) as denied:
            export(read_only / "h.xlsx")
        assert denied.value.filename == str(read_only / "h.xlsx")
    finally:
        read_only.chmod(0o700)
