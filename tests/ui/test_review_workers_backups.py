"""The change review's partial acceptance, background work and its cancellation, backups."""

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
from transition_planner.ui.workers import TaskRunner

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


def test_a_cancelled_task_delivers_nothing(qtbot: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()
    results: list[object] = []
    task = runner.start(
        lambda: release.wait(10) and "done",
        on_done=results.append,
        on_error=results.append,
        progress=True,
        label="waiting",
    )
    assert runner.busy
    runner.cancel_all()
    assert not runner.busy
    release.set()
    qtbot.waitUntil(task.finished.is_set)
    runner.wait()
    qtbot.wait(20)  # let any queued delivery arrive (there must be none)
    assert results == []


def test_a_task_error_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[Exception] = []
    main = threading.get_ident()
    seen: list[int] = []

    def boom() -> None:
        raise ValueError("Summary!B2: bad date")

    def on_error(exc: Exception) -> None:
        seen.append(threading.get_ident())
        errors.append(exc)

    runner.start(boom, on_done=lambda r: None, on_error=on_error, progress=False)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "Summary!B2: bad date"
    assert seen == [main]


def test_big_plans_are_analysed_off_the_gui_thread(window: MainWindow, qtbot: Any) -> None:
    window.settings.set(S.BACKGROUND_ANALYSIS_ABOVE, 0)
    table = window.editor.presences
    with qtbot.waitSignal(window.analysisShown, timeout=30000):
        assert table.model.setData(table.model.index(0, table.model.COL_NOTES), "async")
        assert "analysing" in window.gaps.score_label.text()
    assert window.gaps.score_label.text().startswith("Continuity score: ")
    assert "analysing" not in window.gaps.score_label.text()


def test_restoring_a_backup_reloads_and_clears_undo(
    window: MainWindow, answers: Any, workspace_path: Path
) -> None:
    plan = window.plan
    assert plan is not None
    backup = window.service.workspace.backup("test")
    table = window.editor.presences
    assert table.model.setData(table.model.index(0, table.model.COL_NOTES), "after the backup")
    assert window.undo_stack.canUndo()
    assert window.restore_backup(backup)
    assert not window.undo_stack.canUndo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].notes == plan.presences[0].notes
    assert window.plan is not None
    assert window.editor.presences.model.entity(0).notes == plan.presences[0].notes


def test_welcome_closes_for_good(window: MainWindow) -> None:
    assert window.welcome.isVisible()
    window.dismiss_welcome()
    assert not window.welcome.isVisible()
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
