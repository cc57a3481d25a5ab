"""The command line on a workspace with a damaged value (issue 15.11), on files that are not
regular files (15.17, 15.23), locked elsewhere, and with `--read-only` (14.4). In-process
`main()` on real files."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import threading
from datetime import datetime
from pathlib import Path

import pytest

from transition_planner.cli import main
from transition_planner.services import PlanningService
from transition_planner.store.locking import lock_path
from transition_planner.workbook.examples import haiti_plan

from .test_restore_cli import run


@pytest.fixture
def haiti(tmp_path: Path) -> tuple[Path, Path, Path]:
    path = tmp_path / "field.tpw"
    with PlanningService.open(path, create=True) as service:
        plan = service.create_plan(haiti_plan()).after
        assert plan is not None
        backup = service.backup("good")
    book = tmp_path / "haiti.xlsx"
    assert main(["export", "Haiti", str(book), "--workspace", str(path)]) == 0
    return path, backup, book


COMMANDS = {
    "plans": ["plans"],
    "plans json": ["plans", "--format", "json"],
    "check": ["check", "Haiti"],
    "export": ["export", "Haiti", "{tmp}/out.xlsx"],
    "import --into": ["import", "{book}", "--into", "Haiti"],
    "import --into --apply": ["import", "{book}", "--into", "Haiti", "--apply"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_damaged_date_is_a_clear_refusal(
    capsys: pytest.CaptureFixture[str],
    haiti: tuple[Path, Path, Path],
    tmp_path: Path,
    command: str,
) -> None:
    path, backup, book = haiti
    connection = sqlite3.connect(path)
    connection.execute("UPDATE assignments SET start_date = '2019-01-0x' WHERE position = 2")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    args = [a.format(tmp=tmp_path, book=book) for a in COMMANDS[command]]
    code, out, err = run(capsys, *args, "--workspace", str(path))
    if command.startswith("plans"):
        # the listing reads no assignment dates: it works, and a damaged plan is refused when
        # it is opened
        assert code == 0 and "Haiti" in out
        return
    assert code == 2, err
    assert "Traceback" not in err and "ValueError" not in err
    assert "plan 'Haiti', assignments row 3" in err
    assert "start_date holds '2019-01-0x', not a date" in err
    assert backup.name in err and "restore" in err
    assert path.read_bytes() == before
    assert not (tmp_path / "out.xlsx").exists()
    assert not lock_path(path).exists()


def test_a_damaged_horizon_refuses_plans(
    capsys: pytest.CaptureFixture[str], haiti: tuple[Path, Path, Path]
) -> None:
    path, backup, _book = haiti
    connection = sqlite3.connect(path)
    connection.execute("UPDATE plans SET horizon_start = '2O16-01-01'")
    connection.commit()
    connection.close()
    code, _out, err = run(capsys, "plans", "--workspace", str(path))
    assert code == 2 and "Traceback" not in err
    assert "plan 'Haiti', its settings: horizon_start holds '2O16-01-01', not a date" in err
    assert backup.name in err


# -- not a regular file ----------------------------------------------------------------------


def _device(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        pytest.skip("creating a device node needs root")
    device = tmp_path / "device.tpw"
    os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # a null device, under tmp_path
    return device


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
@pytest.mark.parametrize("command", ["plans", "examples", "import", "backups", "restore"])
def test_a_workspace_that_is_not_a_regular_file_is_refused(
    capsys: pytest.CaptureFixture[str],
    haiti: tuple[Path, Path, Path],
    tmp_path: Path,
    kind: str,
    command: str,
) -> None:
    _path, backup, book = haiti
    if kind == "fifo":
        special = tmp_path / "pipe.tpw"
        os.mkfifo(special)
    elif kind == "device":
        special = _device(tmp_path)
    else:
        special = tmp_path / "folder.tpw"
        special.mkdir()
    args = {
        "plans": ["plans"],
        "examples": ["examples"],
        "import": ["import", str(book)],
        "backups": ["backups"],
        "restore": ["restore", str(backup)],
    }[command]
    before = sorted(p.name for p in tmp_path.iterdir())
    result: list[tuple[int, str, str]] = []
    # a FIFO must not hang the command: it runs in a thread that must end within 20 s
    worker = threading.Thread(
        target=lambda: result.append(run(capsys, *args, "--workspace", str(special))),
        daemon=True,
    )
    worker.start()
    worker.join(20)
    if worker.is_alive():
        if kind == "fifo":  # release the reader, so that the test process can end
            os.close(os.open(special, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"`{command}` on a {kind} hangs")
    [(code, _out, err)] = result
    if command == "backups":
        assert code == 2 or "No backups" in _out
    else:
        assert code == 2, err
        assert "not a workspace file" in err or "not a regular" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "no -journal left beside it"


# -- locked elsewhere, and --read-only --------------------------------------------------------


def _locked_elsewhere(path: Path) -> None:
    nine_25 = datetime.now().astimezone().replace(hour=9, minute=25, second=0, microsecond=0)
    holder = {
        "pid": os.getppid(),
        "host": socket.gethostname(),
        "app": "Transition Planner 1.0",
        "time": nine_25.isoformat(),
    }
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


def test_the_lock_message_on_the_command_line(
    capsys: pytest.CaptureFixture[str], haiti: tuple[Path, Path, Path]
) -> None:
    path, _backup, _book = haiti
    _locked_elsewhere(path)
    code, _out, err = run(capsys, "examples", "--workspace", str(path))
    assert code == 2
    assert err.strip().endswith(
        "is open in Transition Planner on this computer since 09:25 today — close it there "
        "first, or open it read-only with `--read-only`"
    )
    assert "process" not in err and "T09:25" not in err


def test_read_only_reads_a_locked_workspace_and_refuses_writes(
    capsys: pytest.CaptureFixture[str], haiti: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    path, backup, book = haiti
    _locked_elsewhere(path)
    before = path.read_bytes()
    for args in (["plans"], ["check", "Haiti"], ["import", str(book), "--into", "Haiti"]):
        code, out, err = run(capsys, "--read-only", *args, "--workspace", str(path))
        assert code == 0, err
    code, out, _err = run(capsys, "plans", "--read-only", "--workspace", str(path))
    assert (code, out) == (0, "Haiti\n")
    for args in (
        ["examples"],
        ["import", str(book)],
        ["import", str(book), "--into", "Haiti", "--apply"],
        ["restore", str(backup)],
    ):
        code, _out, err = run(capsys, "--read-only", *args, "--workspace", str(path))
        assert code == 2
        assert "--read-only does not allow" in err and "nothing was written" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]
