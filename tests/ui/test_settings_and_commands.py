"""The typed settings layer and the undo commands on a bare QUndoStack."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from transition_planner.domain.changes import add_entities, settings_change
from transition_planner.domain.enums import PresenceKind
from transition_planner.domain.model import Presence, with_new_ids
from transition_planner.services import PlanningService
from transition_planner.ui import settings as S
from transition_planner.ui.commands import (
    CreatePlanCommand,
    DeletePlanCommand,
    EditPlanCommand,
)
from transition_planner.workbook.examples import template_plan

from .conftest import stored_names, stored_plan


def test_settings_have_types_and_defaults(tmp_path: Path) -> None:
    s = S.Settings(tmp_path / "a.ini")
    assert s.get(S.CONFIRM_DELETE_PLAN) is True
    assert s.get(S.RECENT_WORKSPACES) == []
    assert s.get(S.WINDOW_GEOMETRY) == b""
    s.set(S.CONFIRM_DELETE_PLAN, False)
    s.set(S.RECENT_LIMIT, 3)
    s.set(S.WINDOW_GEOMETRY, b"\x00\x01binary")
    s.set(S.RECENT_WORKSPACES, ["/a.tpw"])
    s.sync()
    again = S.Settings(tmp_path / "a.ini")
    assert again.get(S.CONFIRM_DELETE_PLAN) is False
    assert again.get(S.RECENT_LIMIT) == 3
    assert again.get(S.WINDOW_GEOMETRY) == b"\x00\x01binary"
    assert again.get(S.RECENT_WORKSPACES) == ["/a.tpw"]
    for p in ("/b", "/c", "/d", "/a.tpw"):
        again.add_recent_workspace(Path(p))
    assert again.get(S.RECENT_WORKSPACES) == ["/a.tpw", "/d", "/c"]  # most recent first, limit 3


def test_window_state_resets_apart_from_preferences(tmp_path: Path) -> None:
    s = S.Settings(tmp_path / "b.ini")
    s.set(S.SHOW_WELCOME, False)
    s.set(S.MAIN_SPLITTER, b"xyz")
    s.reset_window_state()
    assert s.get(S.MAIN_SPLITTER) == b""
    assert s.get(S.SHOW_WELCOME) is False
    assert all(
        setting.is_preference != setting.key.startswith("state/") for setting in S.ALL_SETTINGS
    )


def test_old_settings_file_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("version", 1)
    old.setValue("recent", ["/old.tpw"])
    old.setValue("confirm_delete", "false")
    old.sync()
    del old
    s = S.Settings(path)
    assert s.upgraded_from == 1
    assert s.version == S.SETTINGS_VERSION
    assert s.get(S.RECENT_WORKSPACES) == ["/old.tpw"]
    assert s.get(S.CONFIRM_DELETE_PLAN) is False
    assert S.Settings(path).upgraded_from is None


def test_corrupt_value_falls_back_to_default(tmp_path: Path) -> None:
    path = tmp_path / "c.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("version", S.SETTINGS_VERSION)
    raw.setValue(S.RECENT_LIMIT.key, "many")
    raw.sync()
    assert S.Settings(path).get(S.RECENT_LIMIT) == S.RECENT_LIMIT.default


@pytest.fixture
def service(tmp_path: Path):  # type: ignore[no-untyped-def]
    svc = PlanningService.open(tmp_path / "cmd.tpw", create=True)
    yield svc
    svc.close()


def test_commands_on_a_bare_stack(service: PlanningService, tmp_path: Path) -> None:
    path = tmp_path / "cmd.tpw"
    stack = QUndoStack()
    errors: list[str] = []
    plan = with_new_ids(template_plan("Stacked"), name="Stacked")
    stack.push(
        CreatePlanCommand(service, plan, "New plan Stacked", lambda t, e: errors.append(str(e)))
    )
    assert stored_names(path) == ["Stacked"]
    presence = Presence(name="Office", kind=PresenceKind.REGIONAL_OFFICE, start=date(2026, 1, 1))
    stack.push(EditPlanCommand(service, plan.id, add_entities([presence]), "Add presence"))
    assert "Office" in [p.name for p in stored_plan(path, plan.id).presences]  # type: ignore[union-attr]
    change = settings_change(service.plan(plan.id), country="Elsewhere")
    stack.push(EditPlanCommand(service, plan.id, change, "Change plan country"))
    assert stored_plan(path, plan.id).country == "Elsewhere"  # type: ignore[union-attr]
    stack.push(DeletePlanCommand(service, plan.id, "Delete plan Stacked"))
    assert stored_names(path) == []
    assert stack.undoText() == "Delete plan Stacked"
    stack.undo()
    assert stored_plan(path, plan.id).country == "Elsewhere"  # type: ignore[union-attr]
    stack.undo()
    assert stored_plan(path, plan.id).country == plan.country  # type: ignore[union-attr]
    stack.undo()
    assert "Office" not in [p.name for p in stored_plan(path, plan.id).presences]  # type: ignore[union-attr]
    stack.undo()
    assert stored_names(path) == []
    for _ in range(4):
        stack.redo()
    assert stored_names(path) == []
    stack.undo()
    restored = stored_plan(path, plan.id)
    assert restored is not None and restored.country == "Elsewhere"
    assert errors == []


def test_a_refused_command_is_dropped_and_reported(service: PlanningService) -> None:
    stack = QUndoStack()
    errors: list[str] = []
    plan = with_new_ids(template_plan("One"), name="One")
    service.create_plan(plan)
    # a presence whose id already exists cannot be added
    dup = add_entities([plan.presences[0]])
    command = EditPlanCommand(service, plan.id, dup, "Bad", lambda t, e: errors.append(t))
    stack.push(command)
    assert command.error is not None
    assert errors == ["Bad"]
    assert stack.count() == 0  # obsolete: dropped
