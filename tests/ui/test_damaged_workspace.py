"""A damaged workspace is refused with a clear message and its latest backup is offered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from transition_planner.services import PlanningService
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import Settings


def _damaged_with_backup(path: Path) -> Path:
    with PlanningService.open(path, create=True) as service:
        service.add_examples()
        backup = service.workspace.backup("before the field trip")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a flat battery mid-copy
    return backup


def test_damaged_workspace_offers_and_restores_its_backup(
    qtbot: Any, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "field.tpw"
    backup = _damaged_with_backup(path)
    window = MainWindow(settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    answers.question = QMessageBox.StandardButton.Yes
    # the restore runs in the background; the workspace opens when it is done
    with qtbot.waitSignal(window.operations.ended, timeout=30000):
        assert not window.open_workspace(path)
    assert window.service is not None
    assert any(backup.name in text and "damaged" in text for text in answers.asked)
    assert {"Haiti", "Sudan"} <= {s.name for s in window.service.plans()}
    window.close_workspace()


def test_damaged_workspace_left_alone_when_declined(
    qtbot: Any, answers: Any, tmp_path: Path
) -> None:
    path = tmp_path / "field.tpw"
    _damaged_with_backup(path)
    damaged = path.read_bytes()
    window = MainWindow(settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    answers.question = QMessageBox.StandardButton.No
    assert not window.open_workspace(path)
    assert path.read_bytes() == damaged
