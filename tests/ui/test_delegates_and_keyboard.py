"""Editing through the real cell editors with the keyboard alone, like a spreadsheet: Tab and
Shift+Tab move cell to cell, Enter commits and moves down, Escape cancels; a value that cannot be
stored keeps its editor open with the reason beside the cell. Every step is checked in the
database."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from transition_planner.domain.enums import ActorType
from transition_planner.ui.editors import ChoiceEdit, DateEdit, TextEditor
from transition_planner.ui.entity_table import EntityTable
from transition_planner.ui.main_window import MainWindow

from .conftest import stored_plan


def open_editor(table: EntityTable, row: int, field: str, qtbot: Any) -> QWidget:
    """Put the cursor on a cell and press F2; the widget that has the keyboard."""
    view = table.view
    column = table.model.column_of(field)
    index = table.proxy.mapFromSource(table.model.index(row, column))
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    return editor


def editor_of(focus: QWidget) -> QWidget:
    parent = focus.parent()
    return parent if isinstance(parent, DateEdit | ChoiceEdit) else focus


def current_field(table: EntityTable) -> str:
    index = table.proxy.mapToSource(table.view.currentIndex())
    return table.model.column(index.column()).field


def test_typed_iso_date_through_the_date_editor(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    focus = open_editor(table, 0, "end", qtbot)
    date_edit = focus.parent()
    assert isinstance(date_edit, DateEdit) and date_edit.optional
    # the editor is wide enough for a whole date, whatever the column's width
    assert date_edit.width() >= date_edit.minimumSizeHint().width()
    assert focus.fontMetrics().horizontalAdvance("2030-01-31") < date_edit.line.width()
    qtbot.keyClicks(focus, "2030-01-31")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].end == date(2030, 1, 31)
    # Enter moved the cursor down, on the same column
    assert table.view.currentIndex().row() == 1 and current_field(table) == "end"


def test_calendar_pick_commits(window: MainWindow, qtbot: Any, workspace_path: Path) -> None:
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    focus = open_editor(table, 0, "start", qtbot)
    date_edit = focus.parent()
    assert isinstance(date_edit, DateEdit)
    qtbot.keyClick(focus, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert date_edit.calendar.isVisible()
    date_edit.calendar.setSelectedDate(QDate(2003, 3, 3))
    date_edit.calendar.activated.emit(QDate(2003, 3, 3))
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].start == date(2003, 3, 3)


def test_a_bad_date_keeps_its_editor_open_with_the_reason_and_stores_nothing(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    focus = open_editor(table, 0, "start", qtbot)
    qtbot.keyClicks(focus, "next year")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    message = table.delegate.message
    assert message.isVisible() and "not a date" in message.text()
    assert table.delegate.open_editors(), "the editor stays open"
    assert "not a date" in window.last_message
    # typing again hides the message; Escape puts the stored value back
    qtbot.keyClick(focus, Qt.Key.Key_Backspace)
    assert not message.isVisible()
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    assert table.delegate.open_editors() == []
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].start == plan.presences[0].start
    assert table.model.data(table.model.index(0, table.model.column_of("start"))) == (
        plan.presences[0].start.isoformat()
    )


def test_tab_and_shift_tab_move_cell_to_cell_inside_the_table(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    """Tab after editing a presence's kind goes to its start, not out of the table."""
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    focus = open_editor(table, 0, "kind", qtbot)
    assert isinstance(editor_of(focus), ChoiceEdit)
    qtbot.keyClicks(focus, "spm")
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert current_field(table) == "start"
    focus = QApplication.focusWidget()
    assert isinstance(editor_of(focus), DateEdit), "Tab opened the next cell's editor"
    qtbot.keyClicks(focus, "2005-05-05")
    qtbot.keyClick(focus, Qt.Key.Key_Backtab)
    assert current_field(table) == "kind"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None
    assert str(stored.presences[0].kind) == "SPM"
    assert stored.presences[0].start == date(2005, 5, 5)
    assert table.view.hasFocus() or table.view.isAncestorOf(QApplication.focusWidget())


def test_actor_names_complete_as_typed_and_unknown_names_are_refused_at_the_cell(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    plan = window.plan
    assert plan is not None
    table = window.editor.assignments
    window.editor.show_table(table)
    # a unique beginning of a name is that name
    target = next(a for a in plan.actors if a.name.startswith("MINUJUSTH formed"))
    focus = open_editor(table, 0, "actor_id", qtbot)
    combo = editor_of(focus)
    assert isinstance(combo, ChoiceEdit)
    assert combo.completer().filterMode() == Qt.MatchFlag.MatchContains
    # its lists are as wide as the longest name
    longest = max(combo.fontMetrics().horizontalAdvance(a.name) for a in plan.actors)
    assert combo.list_view().minimumWidth() > longest
    qtbot.keyClicks(focus, "minujusth FORMED")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.assignments[0].actor_id == target.id

    # a name the plan does not have: refused, the editor stays, nothing changes
    focus = open_editor(table, 0, "actor_id", qtbot)
    qtbot.keyClicks(focus, "UNOVA")
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    message = table.delegate.message
    assert message.isVisible()
    assert "“UNOVA” is not an actor of this plan" in message.text()
    assert current_field(table) == "actor_id" and table.delegate.open_editors()
    # a beginning shared by several names says which
    combo = editor_of(QApplication.focusWidget())
    assert isinstance(combo, ChoiceEdit)
    line = combo.lineEdit()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "MINU")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "could be any of" in message.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.assignments[0].actor_id == target.id


def test_enum_choice_by_typing(window: MainWindow, qtbot: Any, workspace_path: Path) -> None:
    plan = window.plan
    assert plan is not None
    table = window.editor.actors
    window.editor.show_table(table)
    focus = open_editor(table, 0, "type", qtbot)
    qtbot.keyClicks(focus, "civil society")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.actors[0].type is ActorType.CIVIL_SOCIETY


def test_capacity_editor_refuses_a_negative_number_at_once(window: MainWindow, qtbot: Any) -> None:
    table = window.editor.assignments
    window.editor.show_table(table)
    focus = open_editor(table, 0, "capacity", qtbot)
    assert isinstance(focus, TextEditor)
    assert focus.selectedText() == focus.text(), "typing replaces the value"
    qtbot.keyClicks(focus, "-5")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert "at least 0" in table.delegate.message.text()


def test_leaving_a_cell_with_a_bad_value_puts_the_stored_one_back(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    focus = open_editor(table, 0, "end", qtbot)
    qtbot.keyClicks(focus, "2001-02-30")
    window.editor.settings_form.country.setFocus()  # as a click elsewhere does
    qtbot.waitUntil(lambda: table.delegate.open_editors() == [])
    assert "not a date" in table.delegate.message.text()
    assert table.model.cell_error(0, "end") == ""
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].end == plan.presences[0].end


def test_delete_clears_a_cell_that_may_be_blank_and_not_one_that_may_not(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    table = window.editor.presences
    plan = window.plan
    assert plan is not None
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.proxy.mapFromSource(table.model.index(0, 3)))  # End
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].end is None
    view.setCurrentIndex(table.proxy.mapFromSource(table.model.index(0, 0)))  # Name
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "a name is required" in table.delegate.message.text()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.presences[0].name == plan.presences[0].name


def test_shortcuts_are_standard_and_undo_shows_the_command(window: MainWindow, qtbot: Any) -> None:
    undo, redo = window.action("undo"), window.action("redo")
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert window.action("newPlan").shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.action("quit").shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    table = window.editor.presences
    name = table.model.entity(0).name
    table.model.setData(table.model.index(0, table.model.column_of("end")), "2031-12-31")
    assert undo.text() == f"&Undo Change End of {name}"
    window.activateWindow()
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undo.text() != f"&Undo Change End of {name}"
    assert redo.text() == f"&Redo Change End of {name}"


def test_enter_on_a_finding_activates_it(window: MainWindow, qtbot: Any) -> None:
    view = window.gaps.view
    view.setFocus()
    view.setCurrentIndex(window.gaps.proxy.index(0, 0))
    with qtbot.waitSignal(window.gaps.findingActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args[0] is window.gaps.model.findings()[0]
