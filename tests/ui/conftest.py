"""Fixtures of the desktop tests: a real workspace and real settings in tmp_path, a real window,
and the modal dialogs answered by the tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from transition_planner.domain.model import Plan
from transition_planner.services import PlanningService
from transition_planner.store import Workspace
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import Settings


class Answers:
    """What the patched dialogs answer; what they were asked is recorded."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.question = QMessageBox.StandardButton.Yes
        self.asked: list[str] = []
        self.warnings: list[tuple[str, str]] = []
        self.infos: list[str] = []


#: Qt messages that mean a bug of ours: a test fails when Qt logs one of them.
FORBIDDEN_QT_MESSAGES = (
    "commitData called with an editor that does not belong to this view",
    "Ambiguous shortcut",
    "QString::arg: Argument missing",
)


def forbidden(messages: list[str]) -> list[str]:
    return [m for m in messages if any(bad in m for bad in FORBIDDEN_QT_MESSAGES)]


@pytest.fixture(autouse=True)
def no_bad_qt_messages(qtlog: Any) -> Iterator[None]:
    """Fail the test when Qt logs an editor committed to the wrong view, an ambiguous shortcut
    or a message with a missing argument (pytest-qt captures Qt's log in `qtlog`)."""
    yield
    bad = forbidden([record.message for record in qtlog.records])
    assert bad == [], f"Qt logged: {bad}"


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: Any) -> None:
    """The application's translations, as `run` installs them (English: its plurals)."""
    from transition_planner.ui.translation import install_translations

    install_translations("en")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    a = Answers()

    def get_text(parent: Any, title: str, label: str, *args: Any, **kw: Any) -> tuple[str, bool]:
        a.asked.append(label)
        if not a.names:
            return "", False
        return a.names.pop(0), True

    def question(parent: Any, title: str, text: str, *args: Any, **kw: Any) -> Any:
        a.asked.append(text)
        return a.question

    def warning(parent: Any, title: str, text: str, *args: Any, **kw: Any) -> Any:
        a.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    def information(parent: Any, title: str, text: str, *args: Any, **kw: Any) -> Any:
        a.infos.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a_, **k: None))
    return a


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "transition-planner.ini"


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.tpw"


@pytest.fixture
def window(
    qtbot: Any, answers: Answers, settings_path: Path, workspace_path: Path
) -> Iterator[MainWindow]:
    service = PlanningService.open(workspace_path, create=True)
    service.add_examples()
    w = MainWindow(settings=Settings(settings_path))
    qtbot.addWidget(w)
    w.set_service(service)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.operations.wait()
    w.close()


def stored_plan(path: Path, plan_id: str) -> Plan | None:
    """The plan as the DATABASE holds it (a second, read-only connection)."""
    ws = Workspace.open(path, read_only=True)
    try:
        if not ws.has_plan(plan_id):
            return None
        return ws.load_plan(plan_id)
    finally:
        ws.close()


def stored_names(path: Path) -> list[str]:
    ws = Workspace.open(path, read_only=True)
    try:
        return sorted(s.name for s in ws.list_plans())
    finally:
        ws.close()
