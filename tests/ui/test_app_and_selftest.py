"""`ui.app.run` on the default workspace (first run), and the self-test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from transition_planner.ui.app import run
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.selftest import run_selftest
from transition_planner.ui.settings import Settings


def _shown_window() -> MainWindow:
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    assert len(shown) == 1
    return shown[0]


def _safety_net() -> QTimer:
    """Never hang the test run: quit the event loop after a while whatever happens."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(QApplication.quit)
    timer.start(30_000)
    return timer


def test_first_run_opens_the_default_workspace_with_examples_and_a_welcome(
    qtbot: Any, tmp_path: Path, answers: Any
) -> None:
    seen: dict[str, Any] = {}

    def look_and_quit() -> None:
        w = _shown_window()
        seen["title"] = w.windowTitle()
        seen["welcome"] = w.banner.welcome.isVisible()
        seen["plans"] = w.browser.model.rowCount()
        seen["path"] = Path(w.service.workspace.path)
        w.close()

    QTimer.singleShot(0, look_and_quit)
    net = _safety_net()
    code = run(None, settings=Settings(tmp_path / "s.ini"))
    net.stop()
    assert code == 0
    assert seen["plans"] == 3
    assert seen["welcome"] is True
    assert "Transition Planner" in seen["title"]
    assert str(tmp_path) not in str(seen["path"])  # the default workspace, under HOME/XDG
    assert seen["path"].exists()


def test_named_workspace_that_does_not_exist_is_created_empty(
    qtbot: Any, tmp_path: Path, answers: Any
) -> None:
    seen: dict[str, Any] = {}
    target = tmp_path / "new.tpw"

    def look_and_quit() -> None:
        w = _shown_window()
        seen["plans"] = w.browser.model.rowCount()
        seen["title"] = w.windowTitle()
        w.close()

    QTimer.singleShot(0, look_and_quit)
    net = _safety_net()
    assert run(target, settings=Settings(tmp_path / "s.ini")) == 0
    net.stop()
    assert target.exists()
    assert seen["plans"] == 0
    assert "new.tpw" in seen["title"]


def test_selftest_reports_timings(qtbot: Any) -> None:
    result = run_selftest()
    assert result["total"] > 0
    for key in ("window_shown", "export_workbook", "view:timeline", "view:dashboard"):
        assert key in result and result[key] >= 0
    assert all(isinstance(v, float) for v in result.values())
