"""Closed pipes and arguments that are not text (issue 15.15, 15.16, 14.4)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import transition_planner
from transition_planner.services import PlanningService

from .test_cli import tp

COMMAND = [sys.executable, "-m", "transition_planner"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("pipes") / "plans.tpw"
    result = tp("examples", "--workspace", str(ws))
    assert result.returncode == 0, result.stderr
    return ws


def closed_pipe_run(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    """Run the command line with standard output a pipe whose reader is gone (`… | head -0`)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [*COMMAND, *args], stdout=write_end, stderr=subprocess.PIPE, timeout=120
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [["plans"], ["plans", "--format", "json"], ["check", "Haiti"], ["backups"]],
)
def test_a_closed_pipe_is_quiet(seeded: Path, args: list[str]) -> None:
    result = closed_pipe_run(*args, "--workspace", str(seeded))
    assert result.stderr == b"", result.stderr.decode()
    assert result.returncode == 0


def test_import_apply_into_a_closed_pipe_applies_and_exits_0(seeded: Path, tmp_path: Path) -> None:
    ws = tmp_path / "w.tpw"
    ws.write_bytes(seeded.read_bytes())
    book = tmp_path / "haiti.xlsx"
    assert tp("export", "Haiti", str(book), "--workspace", str(ws)).returncode == 0
    wb = openpyxl.load_workbook(book)
    sheet = wb["Functions"]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value:
            sheet.cell(row, 7).value = f"edited {row}"  # Notes: one change a function
    wb.save(book)
    result = closed_pipe_run(
        "import", str(book), "--into", "Haiti", "--apply", "--workspace", str(ws)
    )
    assert result.stderr == b"", result.stderr.decode()
    assert result.returncode == 0
    with PlanningService.open(ws, read_only=True) as service:
        plan = service.find_plan("Haiti")
        assert all(f.notes.startswith("edited ") for f in plan.functions)
        assert service.backups(), "the backup before the import was made"


@pytest.mark.parametrize(
    ("args", "option"),
    [
        ([b"plans", b"--workspace", b"/tmp/caf\xe9.tpw"], "--workspace"),
        ([b"--workspace", b"w\xff.tpw", b"plans"], "--workspace"),
        ([b"import", b"book.xlsx", b"--name", b"Ha\xefti"], "--name"),
        ([b"export", b"Ha\xefti", b"h.xlsx"], "PLAN"),
    ],
)
def test_arguments_that_are_not_utf8_are_refused(
    args: list[bytes], option: str, tmp_path: Path
) -> None:
    source = Path(transition_planner.__file__).resolve().parents[1]
    env = dict(os.environ, PYTHONPATH=str(source))  # this checkout, from another folder
    result = subprocess.run(
        [os.fsencode(a) for a in COMMAND] + args,
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2, stderr
    assert "is not valid text (UTF-8)" in stderr
    assert option in stderr
    assert "Traceback" not in stderr and "UnicodeEncodeError" not in stderr
    assert list(tmp_path.iterdir()) == []
