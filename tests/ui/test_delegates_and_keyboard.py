"""Editing through the real cell editors with the keyboard alone; the gaps panel and shortcuts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from transition_planner.domain.enums import ActorType
from transition_planner.ui.delegates import ChoiceEdit, DateEdit
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.table_models import (
    ActorTableModel,
    AssignmentTableModel,
    PresenceTableModel,
)

from .conftest import stored_plan


def open_editor(table: Any, row: int, column: int, qtbot: Any) -> Any:
    view = table.view
    index = table.proxy.mapFromSource(table.model.index(row, column))
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    return editor


def test_typed_iso_date_through_the_date_editor(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    focus = open_editor(table, 0, PresenceTableModel.COL_END, qtbot)
    date_edit = focus.parent()
    assert isinstance(date_edit, DateEdit) and date_edit.optional
    focus.selectAll()
    qtbot.keyClicks(focus, "2030-01-31")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].end == date(2030, 1, 31)


def test_calendar_pick_commits(window: MainWindow, qtbot: Any, workspace_path: Path) -> None:
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    focus = open_editor(table, 0, PresenceTableModel.COL_START, qtbot)
    date_edit = focus.parent()
    assert isinstance(date_edit, DateEdit)
    qtbot.keyClick(focus, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert date_edit.calendar.isVisible()
    date_edit.calendar.setSelectedDate(QDate(2003, 3, 3))
    date_edit.calendar.activated.emit(QDate(2003, 3, 3))
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].start == date(2003, 3, 3)


def test_bad_typed_date_turns_the_cell_red_and_stores_nothing(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    focus = open_editor(table, 0, PresenceTableModel.COL_START, qtbot)
    focus.selectAll()
    qtbot.keyClicks(focus, "next year")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert "not a date" in table.model.cell_error(0, "start")
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].start == plan.presences[0].start


def test_combo_editor_searches_and_sets_enum_and_reference(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    plan = window.plan
    assert plan is not None
    table = window.editor.actors
    window.editor.show_table(table)
    focus = open_editor(table, 0, ActorTableModel.COL_TYPE, qtbot)
    combo = focus if isinstance(focus, ChoiceEdit) else focus.parent()
    assert isinstance(combo, ChoiceEdit)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "civil society")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.actors[0].type is ActorType.CIVIL_SOCIETY

    table = window.editor.assignments
    window.editor.show_table(table)
    target = plan.actors[-1]
    focus = open_editor(table, 0, AssignmentTableModel.COL_ACTOR, qtbot)
    combo = focus if isinstance(focus, ChoiceEdit) else focus.parent()
    assert isinstance(combo, ChoiceEdit)
    assert combo.completer().filterMode() == Qt.MatchFlag.MatchContains
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), target.name.upper())
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.assignments[0].actor_id == target.id


def test_capacity_editor_is_a_plain_field(window: MainWindow, qtbot: Any) -> None:
    table = window.editor.assignments
    window.editor.show_table(table)
    focus = open_editor(table, 0, AssignmentTableModel.COL_CAPACITY, qtbot)
    assert isinstance(focus, QLineEdit)
    focus.selectAll()
    qtbot.keyClicks(focus, "-5")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    # the view commits a plain editor on the next turn of the event loop
    qtbot.waitUntil(lambda: "at least 0" in table.model.cell_error(0, "capacity"))


def test_shortcuts_are_standard_and_undo_shows_the_command(window: MainWindow, qtbot: Any) -> None:
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    table = window.editor.presences
    name = table.model.entity(0).name
    table.model.setData(table.model.index(0, PresenceTableModel.COL_END), "2031-12-31")
    assert window.undo_action.text() == f"&Undo Change End of {name}"
    window.activateWindow()
    window.editor.presences.view.setFocus()
    qtbot.keyClick(window.editor.presences.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_action.text() != f"&Undo Change End of {name}"
    assert window.redo_action.text() == f"&Redo Change End of {name}"


def test_enter_on_a_finding_activates_it(window: MainWindow, qtbot: Any) -> None:
    view = window.gaps.view
    view.setFocus()
    view.setCurrentIndex(window.gaps.proxy.index(0, 0))
    with qtbot.waitSignal(window.gaps.findingActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args[0] is window.gaps.model.findings()[0]


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QTableView

    missing = []
    for w in (
        window.findChildren(QLineEdit)
        + window.findChildren(QComboBox)
        + window.findChildren(QTableView)
    ):
        if isinstance(w.parent(), QComboBox) or w.objectName().startswith("qt_"):
            continue
        if not w.accessibleName() and not isinstance(w.parent(), DateEdit) and w.isVisible():
            missing.append(repr(w))
    assert missing == []
    unlabeled = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible()
        and not (b.text() or b.accessibleName())
        and not b.objectName().startswith("qt_")
    ]
    assert unlabeled == []
