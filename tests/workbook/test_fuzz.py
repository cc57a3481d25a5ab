"""Hostile workbooks: import never fails with anything but WorkbookError naming its places."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transition_planner.domain.findings import Analysis
from transition_planner.workbook import WorkbookError, export_plan, read_plan

from .fuzzing import check, workbooks, write
from .plans import small_plan

_DIR = Path(tempfile.mkdtemp(prefix="tp-fuzz-"))


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
@given(workbooks)
def test_random_workbooks_fail_only_with_workbook_errors(recipe: list[dict[str, Any]]) -> None:
    path = _DIR / "fuzz.xlsx"
    write(recipe, path)
    check(path)


def _export() -> bytes:
    path = _DIR / "base.xlsx"
    export_plan(small_plan(), Analysis((), None), path, app_version="1")
    return path.read_bytes()


_BASE = _export()


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    st.integers(0, len(_BASE) - 1),
    st.binary(min_size=1, max_size=64),
    st.booleans(),
)
def test_damaged_files_fail_only_with_workbook_errors(at: int, junk: bytes, cut: bool) -> None:
    data = _BASE[:at] if cut else _BASE[:at] + junk + _BASE[at + len(junk) :]
    path = _DIR / "damaged.xlsx"
    path.write_bytes(data)
    try:
        read_plan(path)
    except WorkbookError as exc:
        assert all(p.sheet for p in exc.problems)
