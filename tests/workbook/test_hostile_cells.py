"""Odd cells of a workbook someone sent: a clear problem at the cell, nothing leaked to standard
error (issue 15.19)."""

from __future__ import annotations

import subprocess
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.workbook import WorkbookError, export_plan, read_plan

from .plans import small_plan


def exported(path: Path) -> Path:
    plan = small_plan()
    export_plan(
        plan, analyse(plan), path, app_version="t", exported_at=datetime(2024, 5, 1, tzinfo=UTC)
    )
    return path


def with_serial(path: Path, serial: float) -> Path:
    wb = openpyxl.load_workbook(path)
    ws = wb["Presences"]
    assert ws["C2"].is_date
    ws["C2"].value = serial  # keeps its date format: a date serial
    wb.save(path)
    return path


def test_a_date_serial_out_of_range_is_a_problem_at_its_cell(tmp_path: Path) -> None:
    book = with_serial(exported(tmp_path / "serial.xlsx"), 99_999_999)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning that leaks fails the test
        with pytest.raises(WorkbookError) as caught:
            read_plan(book)
    messages = [str(p) for p in caught.value.problems]
    assert any(
        m.startswith("Presences!C2: a date cell holding 99999999") and "2025-06-30" in m
        for m in messages
    ), messages


def test_the_command_line_prints_no_library_warning(tmp_path: Path) -> None:
    book = with_serial(exported(tmp_path / "serial.xlsx"), 99_999_999)
    result = subprocess.run(
        [sys.executable, "-m", "transition_planner", "import", str(book), "--workspace",
         str(tmp_path / "w.tpw")],
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Presences!C2: a date cell holding 99999999" in result.stderr
    assert "UserWarning" not in result.stderr
    assert "site-packages" not in result.stderr
    assert not (tmp_path / "w.tpw").exists()
