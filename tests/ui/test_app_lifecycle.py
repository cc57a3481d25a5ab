"""The real application process: it starts, holds its workspace, and on SIGTERM (a session
shutting down) closes it cleanly — one file, no lock or journal left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from transition_planner.store import Workspace


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX signals")
def test_sigterm_closes_the_workspace_cleanly(qtbot: Any, tmp_path: Path) -> None:
    workspace = tmp_path / "field.tpw"
    lock = Path(f"{workspace}.lock")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "transition_planner", "--workspace", str(workspace)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: lock.exists() or proc.poll() is not None, timeout=30_000)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("field")) == ["field.tpw"]
    with Workspace.open(workspace) as ws:  # no stale lock, no check needed
        assert ws.list_plans() == []
