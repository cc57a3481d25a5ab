"""The window started on a workspace with a damaged stored value (integrity_check ok): no crash,
no lock left behind, the latest backup offered (issue 15.11); and `run(read_only=True)` (the
`--read-only` option) opens a workspace another program holds (issue 14.4)."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from transition_planner.services import PlanningService
from transition_planner.store.locking import lock_path
from transition_planner.ui.app import run
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import Settings


def _with_a_damaged_horizon(path: Path) -> Path:
    with PlanningService.open(path, create=True) as service:
        service.add_examples()
        backup = service.workspace.backup("before the field trip")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE plans SET horizon_end = '2O21-12-31' WHERE name = 'Haiti'")
    connection.commit()
    connection.close()
    return backup


def test_declined_leaves_no_lock_and_the_file_as_it_was(
    qtbot: Any, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "field.tpw"
    _with_a_damaged_horizon(path)
    damaged = path.read_bytes()
    window = MainWindow(settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    answers.question = QMessageBox.StandardButton.No
    assert not window.open_workspace(path)
    assert window.service is None
    assert not lock_path(path).exists()
    [asked] = answers.asked
    assert "plan 'Haiti', its settings: horizon_end holds '2O21-12-31'" in asked
    assert "before-the-field-trip" in asked
    assert path.read_bytes() == damaged


def test_accepted_restores_the_backup_and_opens_it(
    qtbot: Any, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "field.tpw"
    _with_a_damaged_horizon(path)
    window = MainWindow(settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    answers.question = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.operations.ended, timeout=30000):
        assert not window.open_workspace(path)
    assert window.service is not None
    assert "Haiti" in {s.name for s in window.service.plans()}
    assert len(list(tmp_path.glob("field-damaged-*.tpw"))) == 1
    window.close_workspace()
    assert not lock_path(path).exists()


def _shown_window() -> MainWindow:
    [shown] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    return shown


def _safety_net() -> QTimer:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(QApplication.quit)
    timer.start(30_000)
    return timer


def test_the_application_started_on_it_ends_cleanly(
    qtbot: Any, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "field.tpw"
    _with_a_damaged_horizon(path)
    answers.question = QMessageBox.StandardButton.No
    seen: dict[str, Any] = {}

    def look_and_quit() -> None:
        window = _shown_window()
        seen["service"] = window.service
        seen["locked"] = lock_path(path).exists()
        window.close()

    QTimer.singleShot(0, look_and_quit)
    net = _safety_net()
    assert run(path, settings=Settings(tmp_path / "s.ini")) == 0
    net.stop()
    assert seen == {"service": None, "locked": False}
    assert answers.asked, "the backup was offered"
    assert not lock_path(path).exists()


def test_read_only_start_opens_a_workspace_held_elsewhere(
    qtbot: Any, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "shared.tpw"
    with PlanningService.open(path, create=True) as service:
        service.add_examples()
    holder = {"pid": os.getppid(), "host": socket.gethostname(), "app": "Transition Planner"}
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")
    before = path.read_bytes()
    seen: dict[str, Any] = {}

    def look_and_quit() -> None:
        window = _shown_window()
        seen["read_only"] = window.service is not None and window.service.workspace.read_only
        seen["plans"] = window.browser.model.rowCount()
        seen["title"] = window.windowTitle()
        window.close()

    QTimer.singleShot(0, look_and_quit)
    net = _safety_net()
    assert run(path, settings=Settings(tmp_path / "s.ini"), read_only=True) == 0
    net.stop()
    assert seen["read_only"] is True and seen["plans"] == 3
    assert "read-only" in seen["title"]
    assert answers.asked == [], "not asked: read-only was chosen on the command line"
    assert path.read_bytes() == before
    assert json.loads(lock_path(path).read_text())["pid"] == os.getppid(), "their lock stays"


def test_a_plan_damaged_later_in_the_session_is_refused_and_its_backup_offered(
    qtbot: Any, answers: Any, tmp_path: Path
) -> None:
    """Listing works, but one plan's rows cannot be read: choosing it does not crash the window;
    the workspace is closed (no lock left) and the latest backup offered."""
    path = tmp_path / "field.tpw"
    with PlanningService.open(path, create=True) as service:
        service.add_examples()
        service.workspace.backup("before the field trip")
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE assignments SET start_date = '2O19-01-01' WHERE plan_id = "
        "(SELECT id FROM plans WHERE name = 'Sudan')"
    )
    connection.commit()
    connection.close()
    window = MainWindow(settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    answers.question = QMessageBox.StandardButton.No
    assert window.open_workspace(path)
    service = window.service
    assert service is not None
    sudan = service.find_plan_id("Sudan")
    window.select_plan(sudan)
    qtbot.waitUntil(lambda: window.service is None)
    assert not lock_path(path).exists()
    [asked] = answers.asked
    assert "Sudan" in asked and "before-the-field-trip" in asked
