"""The change review's partial acceptance, operations in the background and their
cancellation, backups and restores."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from transition_planner.domain.changes import diff_plans
from transition_planner.domain.enums import ActorType
from transition_planner.domain.model import Actor, Assignment
from transition_planner.ui import settings as S
from transition_planner.ui.dialogs import ChangeReviewDialog
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.operations import Operation, OperationRunner

from .conftest import stored_plan


class Review:
    def __init__(self, before: Any, after: Any) -> None:
        self.before, self.after = before, after
        self.change = diff_plans(before, after)
        self.lines: list[str] = []
        self.warnings: list[str] = ["Assignments!H7: text cut to 32,767 characters"]


def test_review_refuses_a_part_that_is_not_valid_alone_and_applies_a_valid_part(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    plan = window.plan
    assert plan is not None
    actor = Actor(name="AU Liaison", type=ActorType.REGIONAL_ORGANIZATION)
    assignment = Assignment(
        function_id=plan.functions[0].id, actor_id=actor.id, start=plan.horizon_start
    )
    after = replace(
        plan,
        actors=(*plan.actors, actor),
        assignments=(*plan.assignments, assignment),
        country="Haïti",
    )
    review = Review(plan, after)
    dialog = ChangeReviewDialog(review, plan.name, lambda c: window.check(plan.id, c), window)
    qtbot.addWidget(dialog)
    assert len(dialog.items) == 2 and dialog.settings_item is not None
    assert dialog.warnings.text().startswith("Assignments!H7")
    actor_index = next(i for i, e in enumerate(review.change.entities) if e.entity_type is Actor)
    dialog.set_checked(actor_index, False)
    dialog.accept()  # the assignment alone refers to an actor that is not there
    assert dialog.result() != ChangeReviewDialog.DialogCode.Accepted
    assert "cannot be applied alone" in dialog.problems.text()
    dialog.set_all(False)
    dialog.accept()
    assert "Nothing is selected" in dialog.problems.text()
    dialog.set_all(True)
    dialog.settings_item.setCheckState(0, dialog.settings_item.checkState(0).Unchecked)
    dialog.accept()
    assert dialog.result() == ChangeReviewDialog.DialogCode.Accepted
    chosen = dialog.chosen_change()
    assert chosen.settings == () and len(chosen.entities) == 2


def _runner(qtbot: Any, errors: list[tuple[str, str]]) -> OperationRunner:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    return OperationRunner(parent, lambda title, text: errors.append((title, text)))


def test_a_cancelled_operation_delivers_nothing(qtbot: Any) -> None:
    errors: list[tuple[str, str]] = []
    runner = _runner(qtbot, errors)
    runner.progress_delay_ms = 0
    release = threading.Event()
    results: list[object] = []
    op = (
        Operation(runner, lambda: release.wait(10) and "done", label="waiting", error_title="x")
        .success(results.append)
        .failure(results.append)
        .run_in_background()
    )
    assert runner.busy
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible())
    op.dialog.cancel_button.click()  # the progress's Cancel
    assert not runner.busy and op.cancelled
    release.set()
    assert op.wait_for_worker()
    runner.wait()
    qtbot.wait(20)  # let any queued delivery arrive (there must be none)
    assert results == [] and errors == []


def test_an_error_arrives_on_the_gui_thread_and_is_shown(qtbot: Any) -> None:
    errors: list[tuple[str, str]] = []
    runner = _runner(qtbot, errors)
    main = threading.get_ident()
    seen: list[int] = []

    def boom() -> None:
        seen.append(threading.get_ident())
        raise ValueError("Summary!B2: bad date")

    with qtbot.waitSignal(runner.ended, timeout=5000):
        Operation(runner, boom, label="x", error_title="Cannot read").run_in_background()
    assert errors == [("Cannot read", "Summary!B2: bad date")]
    assert seen and seen[0] != main


def test_the_progress_is_gone_before_the_follow_up_opens(qtbot: Any) -> None:
    """The success callback runs after the progress dialog was hidden and stopped: a dialog it
    opens is never under a progress box (the freeze of issue 13)."""
    errors: list[tuple[str, str]] = []
    runner = _runner(qtbot, errors)
    runner.progress_delay_ms = 0
    release = threading.Event()
    seen: dict[str, object] = {}

    def follow_up(_result: object) -> None:
        op_dialog = op.dialog
        seen["dialog"] = op_dialog
        seen["busy"] = runner.busy
        from PySide6.QtWidgets import QApplication

        from transition_planner.ui.progress import ProgressDialog

        seen["visible"] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ProgressDialog) and w.isVisible()
        ]

    op = Operation(runner, lambda: release.wait(10), label="l", error_title="e").success(follow_up)
    with qtbot.waitSignal(runner.ended, timeout=5000):
        op.run_in_background()
        qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible())
        release.set()
    assert seen == {"dialog": None, "busy": False, "visible": []}


def test_big_plans_are_analysed_off_the_gui_thread(window: MainWindow, qtbot: Any) -> None:
    window.settings.set(S.BACKGROUND_ANALYSIS_ABOVE, 0)
    table = window.editor.presences
    with qtbot.waitSignal(window.analysisShown, timeout=30000):
        assert table.model.setData(table.model.index(0, table.model.column_of("notes")), "async")
        assert "analysing" in window.gaps.score_label.text()
    assert window.gaps.score_label.text().startswith("Continuity score: ")
    assert "analysing" not in window.gaps.score_label.text()


def test_restoring_a_backup_reloads_and_clears_undo(
    window: MainWindow, answers: Any, workspace_path: Path, qtbot: Any
) -> None:
    plan = window.plan
    assert plan is not None
    backup = window.service.workspace.backup("test")
    table = window.editor.presences
    assert table.model.setData(table.model.index(0, table.model.column_of("notes")), "after")
    assert window.undo_stack.canUndo()
    with qtbot.waitSignal(window.operations.ended, timeout=30000):
        assert window.restore_backup(backup) is not None
    assert not window.undo_stack.canUndo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].notes == plan.presences[0].notes
    assert window.plan is not None
    assert window.editor.presences.model.entity(0).notes == plan.presences[0].notes


def test_welcome_closes_for_good(window: MainWindow) -> None:
    welcome = window.banner.welcome
    assert welcome.isVisible()
    assert welcome.close_button is not None
    welcome.close_button.click()
    assert not welcome.isVisible()
    assert window.settings.get(S.SHOW_WELCOME) is False


def test_help_guide_and_about(window: MainWindow, monkeypatch: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from transition_planner import __version__
    from transition_planner.ui.dialogs import GuideDialog

    guide = GuideDialog(window)
    qtbot.addWidget(guide)
    assert "continuity of care" in guide.browser.toPlainText()
    seen: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: seen.append(text))
    )
    window.show_about()
    assert __version__ in seen[0] and str(window.service.workspace.path) in seen[0]
