"""A hundred rounds of import → change review → apply, and of a bad workbook → its problems →
OK, through the real dialogs: the progress is always gone before the follow-up dialog opens, no
dialog is left open, nothing freezes (issue 13's freeze: a 'Working…' box over the review)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from transition_planner.services import PlanningService
from transition_planner.ui.dialogs import ChangeReviewDialog
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.progress import ProgressDialog
from transition_planner.ui.settings import Settings
from transition_planner.workbook.examples import template_plan

from .conftest import stored_plan

ROUNDS = 100
#: How long the driver leaves a dialog open before it answers (a person takes longer).
HOLD_S = 0.02


def visible_progress() -> list[QWidget]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog) and w.isVisible()
    ]


def visible_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


class Driver:
    """Answers the modal dialogs as a planner would: looks, waits a moment, clicks."""

    def __init__(self) -> None:
        self.reviews = 0
        self.problem_boxes = 0
        self.problem_texts: list[str] = []
        self.failures: list[str] = []
        self._seen: dict[int, float] = {}
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or isinstance(modal, ProgressDialog):
            return
        if visible_progress():
            self.failures.append(f"a progress box is open over {type(modal).__name__}")
        first = self._seen.setdefault(id(modal), time.perf_counter())
        if time.perf_counter() - first < HOLD_S:
            return
        del self._seen[id(modal)]
        if isinstance(modal, ChangeReviewDialog):
            self.reviews += 1
            if not modal.apply_button.isEnabled():
                self.failures.append("the review offered nothing to apply")
                modal.reject()
                return
            modal.apply_button.click()
        elif isinstance(modal, QMessageBox):
            self.problem_boxes += 1
            self.problem_texts.append(modal.text())
            ok = modal.button(QMessageBox.StandardButton.Ok)
            (ok.click() if ok is not None else modal.accept())
        else:
            self.failures.append(f"an unexpected dialog: {type(modal).__name__}")
            modal.close()


@pytest.fixture
def driven_window(
    qtbot: Any, tmp_path: Path
) -> Iterator[tuple[MainWindow, Driver, PlanningService]]:
    """A window with the real dialogs (no patched QMessageBox) and a driver answering them."""
    service = PlanningService.open(tmp_path / "w.tpw", create=True)
    service.create_plan(template_plan())
    window = MainWindow(settings=Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.set_service(service)
    window.show()
    qtbot.waitExposed(window)
    window.operations.progress_delay_ms = 0  # the progress shows at once: the harder case
    driver = Driver()
    driver.timer.start()
    yield window, driver, service
    driver.timer.stop()
    window.operations.wait()
    window.close()


def two_workbooks(window: MainWindow, tmp_path: Path, qtbot: Any) -> tuple[Path, Path]:
    """The plan's workbook, and the same with the first function's notes changed."""
    first = tmp_path / "plan.xlsx"
    with qtbot.waitSignal(window.operations.ended, timeout=60000):
        assert window.export_workbook(first) is not None
    book = openpyxl.load_workbook(first)
    sheet = book["Functions"]
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("Notes") + 1).value = "Agreed at the planning retreat"
    second = tmp_path / "plan-edited.xlsx"
    book.save(second)
    return first, second


def test_a_hundred_rounds_of_import_and_of_a_bad_workbook_leave_no_dialog_open(
    driven_window: tuple[MainWindow, Driver, PlanningService], qtbot: Any, tmp_path: Path
) -> None:
    window, driver, service = driven_window
    plan = window.plan
    assert plan is not None
    original, edited = two_workbooks(window, tmp_path, qtbot)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    for round_ in range(ROUNDS):
        book = edited if round_ % 2 == 0 else original
        with qtbot.waitSignal(window.operations.ended, timeout=60000):
            assert window.import_workbook(book, into=True) is not None
        assert visible_dialogs() == [], f"round {round_}: a dialog stayed open"
        with qtbot.waitSignal(window.operations.ended, timeout=60000):
            assert window.import_workbook(bad, into=False) is not None
        assert visible_dialogs() == [], f"round {round_}: a dialog stayed open"
        assert not window.operations.busy
    assert driver.failures == []
    assert driver.reviews == ROUNDS and driver.problem_boxes == ROUNDS
    assert all("bad.xlsx" in text or "workbook" in text for text in driver.problem_texts)
    # every round applied: the last one put the original notes back, each one undoable
    stored = stored_plan(Path(service.workspace.path), plan.id)
    assert stored is not None and stored.functions[0].notes == plan.functions[0].notes
    assert window.undo_stack.count() == ROUNDS
    assert window.action("importWorkbook").isEnabled()
