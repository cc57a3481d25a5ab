"""The window says what is so: the welcome speaks of the workspace it is on, a read-only
workspace shows as such in the window (not only its title) and cannot be edited, the plan list
follows every change (the country of a plan after an applied import too)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from transition_planner.domain.changes import diff_plans
from transition_planner.services import PlanningService
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import SHOW_WELCOME, Settings
from transition_planner.workbook.examples import template_plan


def open_window(qtbot: Any, tmp_path: Path, service: PlanningService) -> MainWindow:
    window = MainWindow(settings=Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.set_service(service)
    window.show()
    return window


def test_the_welcome_speaks_of_the_workspace_it_is_on(
    qtbot: Any, tmp_path: Path, answers: Any
) -> None:
    empty = PlanningService.open(tmp_path / "empty.tpw", create=True)
    window = open_window(qtbot, tmp_path, empty)
    welcome = window.banner.welcome
    assert welcome.isVisible()
    assert "no plans yet" in welcome.text() and "example" not in welcome.text()
    window.close_workspace()

    mine = PlanningService.open(tmp_path / "mine.tpw", create=True)
    for name in ("Mali", "Mali option B"):
        mine.create_plan(replace(template_plan(name), name=name))
    window.set_service(mine)
    assert "holds 2 plans" in welcome.text() and "example" not in welcome.text()
    window.close_workspace()

    examples = PlanningService.open(tmp_path / "examples.tpw", create=True)
    examples.add_examples()
    window.set_service(examples)
    assert "holds 3 plans, among them the examples" in welcome.text()
    assert "Haiti" in welcome.text() and "Sudan" in welcome.text()
    # closed for good: an existing workspace opens without it
    assert welcome.close_button is not None
    welcome.close_button.click()
    assert window.settings.get(SHOW_WELCOME) is False
    window.close_workspace()
    again = PlanningService.open(tmp_path / "examples.tpw")
    window.set_service(again)
    assert not welcome.isVisible()
    window.close()


def test_a_read_only_workspace_says_so_in_the_window_and_cannot_be_edited(
    window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path, workspace_path: Path
) -> None:
    other = MainWindow(settings=Settings(tmp_path / "other.ini"))
    qtbot.addWidget(other)
    other.show()
    answers.question = answers.question.Yes  # "open it read-only?"
    assert other.open_workspace(workspace_path)
    note = other.banner.read_only
    assert note.isVisible() and "Read-only" in note.text()
    assert "is open in" in note.text()  # why: the other window holds it
    form = other.editor.settings_form
    assert form.name.isReadOnly() and form.horizon_start.line.isReadOnly()
    assert not form.apply_button.isVisible()
    model = other.editor.presences.model
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    for action in ("newPlan", "importWorkbook", "addRow", "deleteRows", "renamePlan"):
        assert not other.action(action).isEnabled(), action
    assert other.action("exportWorkbook").isEnabled()  # looking and exporting still work
    assert other.editor.add_row() is None
    # the window that holds the lock is not read-only
    assert not window.banner.read_only.isVisible()
    other.close()


def test_the_plan_list_follows_every_change(window: MainWindow) -> None:
    plan = window.plan
    assert plan is not None
    row = window.browser.model.row_of(plan.id)
    assert row is not None

    def shown_country() -> str:
        r = window.browser.model.row_of(plan.id)
        assert r is not None
        return str(window.browser.model.index(r, 1).data())

    # an applied import that changes the country (issue 13: blank until the next edit)
    edited = replace(plan, country="République d'Haïti")
    change = diff_plans(plan, edited)

    from transition_planner.ui.commands import ImportCommand

    assert window.session.push(
        ImportCommand(window.service, plan.id, change, "Import", window.session.command_failed)  # type: ignore[arg-type]
    )
    assert shown_country() == "République d'Haïti"
    window.undo()
    assert shown_country() == plan.country
    # a settings edit shows at once too
    form = window.editor.settings_form
    form.country.setText("Ayiti")
    form.apply()
    assert shown_country() == "Ayiti"
