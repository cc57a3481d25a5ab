"""A whole new plan typed with the keyboard alone — every key goes to whatever has the keyboard,
as it would for a planner who never touches the mouse — gives the findings that the same plan
imported from a workbook gives (issue 12's done-means)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import (
    ActorType,
    FundingStatus,
    MilestoneKind,
    PresenceKind,
    Priority,
)
from transition_planner.domain.findings import Finding
from transition_planner.domain.model import (
    Actor,
    Assignment,
    Function,
    Milestone,
    Plan,
    Presence,
)
from transition_planner.services import PlanningService
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import Settings
from transition_planner.workbook import export_plan

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
TAB, RETURN = Key.Key_Tab, Key.Key_Return

#: Presences, actors, functions, assignments and a milestone, cell by cell as typed.
PRESENCES = [
    ["MINUSKA", "pko", "2019-01-01", "2025-06-30"],
    ["UN country team", "non", "2015-01-01"],
]
ACTORS = [
    ["MINUSKA Police", "mission", "MINUSKA"],
    ["UNDP", "un entity"],
    ["Kandora Police", "government"],
]
FUNCTIONS = [
    ["Police support", "Security", "Northern Province", "critical"],
    ["Human rights monitoring", "Rights", "", "high"],
]
ASSIGNMENTS = [
    ["police", "MINUSKA P", "2024-01-01", "2025-06-30", "1200", "secured"],
    ["police", "kandora", "2025-06-15", "", "300", "unfunded"],
    ["human", "undp", "2024-01-01", "2026-12-31", "20", "pledged"],
]
MILESTONES = [["Elections", "2026-10-01", "election"]]


def reference_plan() -> Plan:
    """The same plan, built in code."""
    pko = Presence(
        name="MINUSKA", kind=PresenceKind.PKO, start=date(2019, 1, 1), end=date(2025, 6, 30)
    )
    unct = Presence(name="UN country team", kind=PresenceKind.NON_MISSION, start=date(2015, 1, 1))
    police = Actor(name="MINUSKA Police", type=ActorType.MISSION, presence_id=pko.id)
    undp = Actor(name="UNDP", type=ActorType.UN_ENTITY)
    kandora = Actor(name="Kandora Police", type=ActorType.GOVERNMENT)
    support = Function(
        name="Police support",
        category="Security",
        area="Northern Province",
        priority=Priority.CRITICAL,
    )
    rights = Function(name="Human rights monitoring", category="Rights", priority=Priority.HIGH)
    return Plan(
        name="Kandora by keyboard",
        country="Kandora",
        horizon_start=date(2024, 1, 1),
        horizon_end=date(2028, 12, 31),
        presences=(pko, unct),
        actors=(police, undp, kandora),
        functions=(support, rights),
        assignments=(
            Assignment(
                function_id=support.id,
                actor_id=police.id,
                start=date(2024, 1, 1),
                end=date(2025, 6, 30),
                capacity=1200,
                funding_status=FundingStatus.SECURED,
            ),
            Assignment(
                function_id=support.id,
                actor_id=kandora.id,
                start=date(2025, 6, 15),
                capacity=300,
                funding_status=FundingStatus.UNFUNDED,
            ),
            Assignment(
                function_id=rights.id,
                actor_id=undp.id,
                start=date(2024, 1, 1),
                end=date(2026, 12, 31),
                capacity=20,
                funding_status=FundingStatus.PLEDGED,
            ),
        ),
        milestones=(
            Milestone(name="Elections", date=date(2026, 10, 1), kind=MilestoneKind.ELECTION),
        ),
    )


class Keyboard:
    """Keys to whatever has the keyboard, as a person types them."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        #: the titles of the dialogs answered
        self.answered: list[str] = []

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def press(self, key: Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.qtbot.keyClick(self.focus(), key, modifiers)

    def type(self, text: str) -> None:
        for char in text:
            self.qtbot.keyClick(self.focus(), char)

    def replace(self, text: str) -> None:
        """Select what the field holds and type over it."""
        self.press(Key.Key_A, CTRL)
        self.type(text)

    def answer_modal(self, text: str) -> None:
        """Type into the next modal dialog's field and press Enter (from inside its loop)."""

        def answer() -> None:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QInputDialog):
                self.answered.append(modal.windowTitle())
            field = modal.findChild(QLineEdit) if modal is not None else None
            if field is None or not field.isVisible():
                QTimer.singleShot(10, answer)
                return
            modal.activateWindow()
            field.setFocus()  # the dialog's field has the keyboard, as it does on screen
            for char in text:
                self.qtbot.keyClick(field, char)
            self.qtbot.keyClick(field, RETURN)

        QTimer.singleShot(0, answer)


@pytest.fixture
def plain_window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """A window with the real dialogs (nothing patched) on an empty workspace."""
    service = PlanningService.open(tmp_path / "typed.tpw", create=True)
    window = MainWindow(settings=Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.set_service(service)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close()


def fill_rows(keys: Keyboard, window: MainWindow, rows: list[list[str]]) -> None:
    """Ctrl++ for a row, then its cells typed Tab by Tab; Enter ends the row."""
    for cells in rows:
        keys.press(Key.Key_Plus, CTRL)
        for k, value in enumerate(cells):
            if value:
                keys.type(value)
            else:  # a blank: open the cell, clear it
                keys.press(Key.Key_F2)
                keys.press(Key.Key_A, CTRL)
                keys.press(Key.Key_Delete)
            keys.press(TAB if k + 1 < len(cells) else RETURN)
        assert window.editor.current_table().delegate.open_editors() == [], window.last_message


def comparable(findings: tuple[Finding, ...] | list[Finding]) -> list[tuple[object, ...]]:
    return sorted(
        (f.rule, f.severity.value, f.function or "", f.start, f.end, f.days, f.detail)
        for f in findings
    )


def test_a_plan_typed_with_the_keyboard_alone_gets_the_findings_of_the_same_workbook(
    plain_window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    window = plain_window
    keys = Keyboard(qtbot)
    window.browser.search.setFocus()

    # File → New plan (Ctrl+N): the name typed into the dialog
    keys.answer_modal("Kandora by keyboard")
    keys.press(Key.Key_N, CTRL)
    window.activateWindow()  # the window manager gives the window back the keyboard
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    plan = window.plan
    assert plan is not None and plan.name == "Kandora by keyboard"
    assert keys.answered and keys.answered[0] == "New plan"  # the real dialog asked

    # F6 to the plan's settings; Tab from field to field; Enter in a field applies
    keys.press(Key.Key_1, CTRL)  # the editor
    for _ in range(4):
        if keys.focus() is window.editor.settings_form.name:
            break
        keys.press(Key.Key_F6)
    assert keys.focus() is window.editor.settings_form.name
    keys.press(TAB)
    keys.type("Kandora")  # country
    keys.press(TAB)  # region
    keys.press(TAB)  # description
    keys.press(TAB)
    keys.replace("2024-01-01")  # horizon start
    keys.press(TAB)
    keys.replace("2028-12-31")  # horizon end
    keys.press(RETURN)
    plan = window.plan
    assert plan is not None
    assert (plan.country, plan.horizon_start, plan.horizon_end) == (
        "Kandora",
        date(2024, 1, 1),
        date(2028, 12, 31),
    )

    # the tables, Ctrl+Tab from one to the next
    tables = [
        ("presences", PRESENCES),
        ("actors", ACTORS),
        ("functions", FUNCTIONS),
        ("assignments", ASSIGNMENTS),
        ("milestones", MILESTONES),
    ]
    for k, (name, rows) in enumerate(tables):
        if k:
            keys.press(TAB, CTRL)
        assert window.editor.current_table().model.table_name == name
        fill_rows(keys, window, rows)

    typed = window.service.plan(window.plan.id)  # type: ignore[union-attr]
    assert [p.name for p in typed.presences] == ["MINUSKA", "UN country team"]
    assert [a.name for a in typed.actors] == ["MINUSKA Police", "UNDP", "Kandora Police"]
    assert len(typed.assignments) == 3 and len(typed.milestones) == 1

    # the same plan through a workbook
    book = tmp_path / "reference.xlsx"
    reference = reference_plan()
    export_plan(reference, analyse(reference), book, app_version="test")
    imported = window.service.import_new(book, name="From the workbook")  # type: ignore[union-attr]
    typed_findings = comparable(window.analysis.findings)  # type: ignore[union-attr]
    assert typed_findings == comparable(analyse(imported).findings)
    rules = {f[0] for f in typed_findings}
    assert {"coverage_gap", "capacity_cliff", "funding_gap", "cold_handover"} <= rules
    assert window.analysis.continuity_score == analyse(imported).continuity_score  # type: ignore[union-attr]
