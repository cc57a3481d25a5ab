"""The window's actions as data, as napari and Picard declare theirs: one table (id, text,
shortcut, menu, handler, when it is enabled — `action_table.ACTIONS`) from which the menus, the
toolbar and the shortcuts are built, and which a test checks for clashing shortcuts.

A handler receives the window (anything that offers `ActionTarget`'s methods); `needs` says what
must be true for the action to be enabled. Adding an action is adding an `ActionSpec` to the
table (and the method it calls).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Flag, auto
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar

StandardKey = QKeySequence.StandardKey
CONTEXT = "Actions"


class Needs(Flag):
    """What an action needs to be enabled."""

    NOTHING = 0
    #: a workspace is open
    WORKSPACE = auto()
    #: … and it may be changed (not read-only)
    WRITABLE = auto()
    #: a plan is shown
    PLAN = auto()
    #: no background work runs (imports, exports, backups, restores)
    IDLE = auto()


class ActionTarget(Protocol):
    """What the actions call on the window."""

    def new_plan(self, from_template: bool = False) -> object: ...

    def choose_workspace(self) -> object: ...

    def import_workbook(self) -> object: ...

    def export_workbook(self) -> object: ...

    def export_picture(self) -> object: ...

    def export_brief(self) -> object: ...

    def backup_now(self) -> object: ...

    def show_backups(self) -> object: ...

    def close(self) -> object: ...

    def undo(self) -> object: ...

    def redo(self) -> object: ...

    def add_row(self) -> object: ...

    def duplicate_rows(self) -> object: ...

    def delete_rows(self) -> object: ...

    def focus_filter(self) -> object: ...

    def rename_plan(self) -> object: ...

    def duplicate_plan(self) -> object: ...

    def delete_plan(self) -> object: ...

    def show_view(self, index: int) -> object: ...

    def focus_browser(self) -> object: ...

    def focus_gaps(self) -> object: ...

    def focus_pane(self, step: int) -> object: ...

    def reset_layout(self) -> object: ...

    def show_guide(self) -> object: ...

    def show_preferences(self) -> object: ...

    def show_about(self) -> object: ...


Shortcut = StandardKey | str


class ActionSpec:
    """One action of the window (a plain class: a dataclass compiles its methods at load)."""

    __slots__ = ("group", "handler", "id", "menu", "needs", "shortcuts", "text", "tip", "toolbar")

    def __init__(
        self,
        id: str,
        text: str,
        menu: str,
        handler: Callable[[ActionTarget], object],
        *,
        group: int = 0,
        shortcuts: tuple[Shortcut, ...] = (),
        tip: str = "",
        needs: Needs = Needs.NOTHING,
        toolbar: bool = False,
    ) -> None:
        self.id = id
        self.text = text
        self.menu = menu
        self.handler = handler
        #: menus are cut by separators between groups
        self.group = group
        self.shortcuts = shortcuts
        self.tip = tip
        self.needs = needs
        self.toolbar = toolbar

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)

    def tooltip(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.tip) if self.tip else ""

    def key_sequences(self) -> list[QKeySequence]:
        keys: list[QKeySequence] = []
        for shortcut in self.shortcuts:
            if isinstance(shortcut, StandardKey):
                keys += QKeySequence.keyBindings(shortcut)
            else:
                keys.append(QKeySequence(shortcut))
        return keys


def build_actions(
    owner: QObject, target: ActionTarget, specs: Iterable[ActionSpec] | None = None
) -> dict[str, QAction]:
    """A QAction per spec, owned by `owner` (the window: its shortcuts work everywhere in it)."""
    actions: dict[str, QAction] = {}
    for spec in specs if specs is not None else _table():
        action = QAction(spec.title(), owner)
        action.setObjectName(spec.id)
        keys = spec.key_sequences()
        if keys:
            action.setShortcuts(keys)
        tip = spec.tooltip()
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False, s=spec: s.handler(target))
        actions[spec.id] = action
    return actions


def build_menus(
    bar: QMenuBar, actions: dict[str, QAction], specs: Iterable[ActionSpec] | None = None
) -> dict[str, QMenu]:
    from .action_table import MENUS

    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menu = bar.addMenu(QCoreApplication.translate(CONTEXT, title))
        menu.setObjectName(f"{key}Menu")
        menus[key] = menu
    last_group: dict[str, int] = {}
    for spec in specs if specs is not None else _table():
        menu = menus[spec.menu]
        if spec.menu in last_group and last_group[spec.menu] != spec.group:
            menu.addSeparator()
        last_group[spec.menu] = spec.group
        menu.addAction(actions[spec.id])
    return menus


def build_toolbar(
    toolbar: QToolBar, actions: dict[str, QAction], specs: Iterable[ActionSpec] | None = None
) -> None:
    last_menu = ""
    for spec in specs if specs is not None else _table():
        if not spec.toolbar:
            continue
        if last_menu and spec.menu != last_menu:
            toolbar.addSeparator()
        last_menu = spec.menu
        toolbar.addAction(actions[spec.id])


def update_enabled(
    actions: dict[str, QAction], state: Needs, specs: Iterable[ActionSpec] | None = None
) -> None:
    """Enable each action whose needs `state` meets (undo and redo follow their stack)."""
    for spec in specs if specs is not None else _table():
        if spec.id in ("undo", "redo"):
            continue
        actions[spec.id].setEnabled(spec.needs & state == spec.needs)


def install(
    window: QMainWindow, target: ActionTarget
) -> tuple[dict[str, QAction], dict[str, QMenu], QToolBar]:
    """The window's actions (their shortcuts working anywhere in it), menus and toolbar."""
    actions = build_actions(window, target)
    for action in actions.values():
        window.addAction(action)
    menus = build_menus(window.menuBar(), actions)
    toolbar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    build_toolbar(toolbar, actions)
    window.addToolBar(toolbar)
    return actions, menus, toolbar


def _table() -> tuple[ActionSpec, ...]:
    from .action_table import ACTIONS

    return ACTIONS


def undo_text(label: str) -> str:
    if not label:
        return QCoreApplication.translate("Actions", "&Undo")
    return QCoreApplication.translate("Actions", "&Undo {0}").format(label)


def redo_text(label: str) -> str:
    if not label:
        return QCoreApplication.translate("Actions", "&Redo")
    return QCoreApplication.translate("Actions", "&Redo {0}").format(label)
