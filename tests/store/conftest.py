"""Fixtures of the store tests: real workspace files under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from transition_planner.store import Workspace


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "plans.tpw"


@pytest.fixture
def ws(ws_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(ws_path, create=True)
    yield workspace
    workspace.close()
