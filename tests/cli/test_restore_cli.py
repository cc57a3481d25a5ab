"""`backups` and `restore` on the command line, also on a damaged workspace (issue 15.3) and by
the name `backups` lists (issue 14.4). In-process `main()` on real workspace files."""

from __future__ import annotations

from pathlib import Path

import pytest

from transition_planner.cli import main
from transition_planner.services import PlanningService
from transition_planner.workbook.examples import haiti_plan


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def with_backup(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "field.tpw"
    with PlanningService.open(path, create=True) as service:
        service.create_plan(haiti_plan())
        backup = service.backup("before the field trip")
    return path, backup


def _scramble(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    half = len(data) // 2
    data[half:] = (bytes(range(256)) * (len(data) // 256 + 1))[: len(data) - half]
    path.write_bytes(bytes(data))
    return bytes(data)


def test_restore_repairs_a_damaged_workspace(
    capsys: pytest.CaptureFixture[str], with_backup: tuple[Path, Path]
) -> None:
    path, backup = with_backup
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a flat battery mid-copy
    code, _out, err = run(capsys, "plans", "--workspace", str(path))
    assert code == 2 and "damaged" in err and backup.name in err
    # backups are listed without opening the damaged file
    code, out, err = run(capsys, "backups", "--workspace", str(path))
    assert code == 0, err
    assert backup.name in out
    code, out, err = run(capsys, "restore", backup.name, "--workspace", str(path))
    assert code == 0, err
    kept = sorted(path.parent.glob("field-damaged-*.tpw"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert kept[0].read_bytes() == data[: len(data) // 2]
    code, out, err = run(capsys, "plans", "--workspace", str(path))
    assert (code, out) == (0, "Haiti\n"), err


def test_restore_a_scrambled_workspace_by_latest(
    capsys: pytest.CaptureFixture[str], with_backup: tuple[Path, Path]
) -> None:
    path, _backup = with_backup
    damaged = _scramble(path)
    code, out, err = run(capsys, "restore", "latest", "--workspace", str(path))
    assert code == 0, err
    kept = next(path.parent.glob("field-damaged-*.tpw"))
    assert kept.read_bytes() == damaged
    code, out, _err = run(capsys, "plans", "--workspace", str(path))
    assert out == "Haiti\n"


@pytest.mark.parametrize("how", ["name", "stem", "path"])
def test_restore_takes_what_backups_lists(
    capsys: pytest.CaptureFixture[str], with_backup: tuple[Path, Path], how: str
) -> None:
    path, backup = with_backup
    with PlanningService.open(path) as service:
        service.delete_plan(service.find_plan_id("Haiti"))
    code, listing, _err = run(capsys, "backups", "--workspace", str(path))
    assert code == 0 and backup.name in listing
    given = {"name": backup.name, "stem": backup.stem, "path": str(backup)}[how]
    code, out, err = run(capsys, "restore", given, "--workspace", str(path))
    assert code == 0, err
    assert "Restored" in out
    assert run(capsys, "plans", "--workspace", str(path))[1] == "Haiti\n"
    # the sound workspace was backed up first, and that backup is listed
    code, listing, _err = run(capsys, "backups", "--workspace", str(path))
    assert "before restore" in listing


def test_restore_of_an_unknown_name_says_what_there_is(
    capsys: pytest.CaptureFixture[str], with_backup: tuple[Path, Path]
) -> None:
    path, backup = with_backup
    before = path.read_bytes()
    code, _out, err = run(capsys, "restore", "yesterday", "--workspace", str(path))
    assert code == 2
    assert "'yesterday'" in err and backup.name in err and "backups" in err
    assert "Traceback" not in err
    assert path.read_bytes() == before
