"""Exits under signals (issue 13: "Fatal Python error: bool_dealloc" once in about eight
SIGTERMs). Fifty times the application's `run` opens its window on a workspace and is ended by
SIGTERM, SIGINT or SIGHUP sent to the process at a random moment; and a dozen times the real
application, in its own process, is ended the same way after its window is up. Every time it
returns (exits with) status 0 with no fatal error, and leaves one file: no lock, no journal."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from transition_planner.store import Workspace
from transition_planner.ui.app import SignalWatcher, run
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import Settings

#: Exits of `run` in this process, and of the application in its own process.
EXITS = 50
PROCESS_EXITS = 12
#: Two processes at a time: the machine has two cores.
AT_ONCE = 2
SIGNALS = [getattr(signal, n) for n in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, n)]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals")


def one_exit(folder: Path, seed: int) -> tuple[int, str, int]:
    """Start, wait for the workspace's lock (the window is up), wait a random moment, send a
    random signal; (exit status, standard error, signal)."""
    rng = random.Random(seed)
    folder.mkdir()
    workspace = folder / "field.tpw"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(folder),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "transition_planner", "--workspace", str(workspace)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = Path(f"{workspace}.lock")
    deadline = time.monotonic() + 60
    while not lock.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.6))  # before, during or after the charts' import
    sig = rng.choice(SIGNALS)
    if proc.poll() is None:
        proc.send_signal(sig)
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
        return -999, f"did not exit in 60 s after {sig}\n{err}", sig
    return proc.returncode, err, sig


def open_a_dialog() -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    box = QMessageBox(QMessageBox.Icon.Question, "Delete plan", "Delete?", parent=windows[0])
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.exec()


def test_fifty_closes_of_the_window_under_signals_are_clean(
    qtbot: Any, tmp_path: Path, answers: Any
) -> None:
    rng = random.Random(13)
    sent: list[int] = []
    for i in range(EXITS):
        workspace = tmp_path / f"w{i}.tpw"
        sig = SIGNALS[i % len(SIGNALS)]
        sent.append(sig)
        delay = rng.randint(0, 400)  # before the window shows, while it opens, after
        if i % 5 == 4:  # a dialog is open when the signal arrives: it is cancelled
            QTimer.singleShot(max(0, delay - 50), open_a_dialog)
        QTimer.singleShot(delay, lambda s=sig: os.kill(os.getpid(), s))
        net = QTimer()
        net.setSingleShot(True)
        net.timeout.connect(QApplication.quit)  # never hang the test run
        net.start(30_000)
        code = run(workspace, settings=Settings(tmp_path / "s.ini"))
        net.stop()
        assert code == 0
        left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(f"w{i}."))
        assert left == [f"w{i}.tpw"], f"exit {i} left {left}"
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert set(sent) == set(SIGNALS)
    # the signal handlers are Python's again (pytest's Ctrl+C works)
    assert signal.getsignal(signal.SIGINT) is not SignalWatcher._noted


def test_a_dozen_exits_of_the_application_under_signals_are_clean(tmp_path: Path) -> None:
    with ThreadPoolExecutor(AT_ONCE) as pool:
        results = list(pool.map(lambda i: one_exit(tmp_path / f"run{i}", i), range(PROCESS_EXITS)))
    bad = [
        (i, code, sig, err[-600:])
        for i, (code, err, sig) in enumerate(results)
        if code != 0 or "Fatal" in err or "Traceback" in err or "Segmentation" in err
    ]
    assert bad == []
    assert {sig for _c, _e, sig in results} == set(SIGNALS)  # every signal was sent
    for i in range(PROCESS_EXITS):
        folder = tmp_path / f"run{i}"
        left = sorted(p.name for p in folder.iterdir() if p.name.startswith("field"))
        assert left == ["field.tpw"], f"run {i} left {left}"
    with Workspace.open(tmp_path / "run0" / "field.tpw") as ws:  # no stale lock to recover
        assert ws.list_plans() == []
