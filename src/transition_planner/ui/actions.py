"""The window's actions as data, as napari and Picard declare theirs: one table (id, text,
shortcut, menu, handler, when it is enabled) from which the menus, the toolbar and the shortcuts
are built — and which a test checks for clashing shortcuts.

A handler receives the window (anything that offers `ActionTarget`'s methods); `needs` says what
must be true for the action to be enabled. Adding an action is adding an `ActionSpec` line here
(and the method it calls).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Flag, auto
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from .translation import QT_TRANSLATE_NOOP

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

    def show_about(self) -> object: ...


Shortcut = StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    handler: Callable[[ActionTarget], object]
    #: menus are cut by separators between groups
    group: int = 0
    shortcuts: tuple[Shortcut, ...] = ()
    tip: str = ""
    needs: Needs = Needs.NOTHING
    toolbar: bool = False

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


WRITABLE_PLAN = Needs.WRITABLE | Needs.PLAN

#: The menus, in the menu bar's order: (key, title).
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    # -- file
    ActionSpec(
        "newPlan",
        QT_TRANSLATE_NOOP("Actions", "&New plan…"),
        "file",
        lambda w: w.new_plan(False),
        shortcuts=(StandardKey.New,),
        tip=QT_TRANSLATE_NOOP("Actions", "Create a blank plan"),
        needs=Needs.WRITABLE,
        toolbar=True,
    ),
    ActionSpec(
        "newFromTemplate",
        QT_TRANSLATE_NOOP("Actions", "New plan from &template…"),
        "file",
        lambda w: w.new_plan(True),
        shortcuts=("Ctrl+Shift+N",),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Create a plan from the generic PKO → SPM → UN country team template"
        ),
        needs=Needs.WRITABLE,
    ),
    ActionSpec(
        "openWorkspace",
        QT_TRANSLATE_NOOP("Actions", "&Open workspace…"),
        "file",
        lambda w: w.choose_workspace(),
        group=1,
        shortcuts=(StandardKey.Open,),
        tip=QT_TRANSLATE_NOOP("Actions", "Open another workspace file"),
        needs=Needs.IDLE,
    ),
    ActionSpec(
        "importWorkbook",
        QT_TRANSLATE_NOOP("Actions", "&Import workbook…"),
        "file",
        lambda w: w.import_workbook(),
        group=2,
        shortcuts=("Ctrl+I",),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Import an Excel workbook, into the current plan or as a new plan"
        ),
        needs=Needs.WRITABLE | Needs.IDLE,
        toolbar=True,
    ),
    ActionSpec(
        "exportWorkbook",
        QT_TRANSLATE_NOOP("Actions", "&Export workbook…"),
        "file",
        lambda w: w.export_workbook(),
        group=2,
        shortcuts=("Ctrl+E",),
        tip=QT_TRANSLATE_NOOP("Actions", "Write the plan as an Excel workbook"),
        needs=Needs.PLAN | Needs.IDLE,
        toolbar=True,
    ),
    ActionSpec(
        "exportPicture",
        QT_TRANSLATE_NOOP("Actions", "Export timeline &picture…"),
        "file",
        lambda w: w.export_picture(),
        group=2,
        shortcuts=("Ctrl+Shift+E",),
        tip=QT_TRANSLATE_NOOP("Actions", "Save the timeline as PNG, SVG or PDF"),
        needs=Needs.PLAN | Needs.IDLE,
    ),
    ActionSpec(
        "backupNow",
        QT_TRANSLATE_NOOP("Actions", "Back &up now"),
        "file",
        lambda w: w.backup_now(),
        group=3,
        tip=QT_TRANSLATE_NOOP("Actions", "Copy the workspace into its backups folder now"),
        needs=Needs.WRITABLE | Needs.IDLE,
    ),
    ActionSpec(
        "backups",
        QT_TRANSLATE_NOOP("Actions", "&Backups…"),
        "file",
        lambda w: w.show_backups(),
        group=3,
        tip=QT_TRANSLATE_NOOP("Actions", "Restore the workspace from a backup"),
        needs=Needs.WRITABLE | Needs.IDLE,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "file",
        lambda w: w.close(),
        group=4,
        shortcuts=(StandardKey.Quit,),
        tip=QT_TRANSLATE_NOOP("Actions", "Close the application"),
    ),
    # -- edit
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "edit",
        lambda w: w.undo(),
        shortcuts=(StandardKey.Undo,),
        toolbar=True,
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "edit",
        lambda w: w.redo(),
        shortcuts=(StandardKey.Redo,),
        toolbar=True,
    ),
    ActionSpec(
        "addRow",
        QT_TRANSLATE_NOOP("Actions", "&Add row"),
        "edit",
        lambda w: w.add_row(),
        group=1,
        shortcuts=("Ctrl+Ins",),
        tip=QT_TRANSLATE_NOOP("Actions", "Add a row to the current table"),
        needs=WRITABLE_PLAN,
    ),
    ActionSpec(
        "duplicateRows",
        QT_TRANSLATE_NOOP("Actions", "D&uplicate rows"),
        "edit",
        lambda w: w.duplicate_rows(),
        group=1,
        shortcuts=("Ctrl+D",),
        tip=QT_TRANSLATE_NOOP("Actions", "Duplicate the selected rows"),
        needs=WRITABLE_PLAN,
    ),
    ActionSpec(
        "deleteRows",
        QT_TRANSLATE_NOOP("Actions", "&Delete rows"),
        "edit",
        lambda w: w.delete_rows(),
        group=1,
        shortcuts=("Ctrl+Del",),
        tip=QT_TRANSLATE_NOOP("Actions", "Delete the selected rows"),
        needs=WRITABLE_PLAN,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        "edit",
        lambda w: w.focus_filter(),
        group=2,
        shortcuts=(StandardKey.Find,),
        tip=QT_TRANSLATE_NOOP("Actions", "Filter the current table"),
        needs=Needs.PLAN,
    ),
    ActionSpec(
        "renamePlan",
        QT_TRANSLATE_NOOP("Actions", "Re&name plan…"),
        "edit",
        lambda w: w.rename_plan(),
        group=3,
        tip=QT_TRANSLATE_NOOP("Actions", "Rename the current plan"),
        needs=WRITABLE_PLAN,
    ),
    ActionSpec(
        "duplicatePlan",
        QT_TRANSLATE_NOOP("Actions", "Duplicate p&lan…"),
        "edit",
        lambda w: w.duplicate_plan(),
        group=3,
        tip=QT_TRANSLATE_NOOP("Actions", "Copy the current plan (an option to compare)"),
        needs=WRITABLE_PLAN,
    ),
    ActionSpec(
        "deletePlan",
        QT_TRANSLATE_NOOP("Actions", "Delete pla&n…"),
        "edit",
        lambda w: w.delete_plan(),
        group=3,
        tip=QT_TRANSLATE_NOOP("Actions", "Delete the current plan"),
        needs=WRITABLE_PLAN,
    ),
    # -- view
    ActionSpec(
        "showEditor",
        QT_TRANSLATE_NOOP("Actions", "&Editor"),
        "view",
        lambda w: w.show_view(0),
        shortcuts=("Ctrl+1",),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the plan's tables"),
    ),
    ActionSpec(
        "showTimeline",
        QT_TRANSLATE_NOOP("Actions", "&Timeline"),
        "view",
        lambda w: w.show_view(1),
        shortcuts=("Ctrl+2",),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the plan's timeline"),
    ),
    ActionSpec(
        "showDashboard",
        QT_TRANSLATE_NOOP("Actions", "&Dashboard"),
        "view",
        lambda w: w.show_view(2),
        shortcuts=("Ctrl+3",),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the plan's dashboard"),
    ),
    ActionSpec(
        "focusBrowser",
        QT_TRANSLATE_NOOP("Actions", "&Plan browser"),
        "view",
        lambda w: w.focus_browser(),
        group=1,
        shortcuts=("Ctrl+B",),
        tip=QT_TRANSLATE_NOOP("Actions", "Go to the list of plans"),
    ),
    ActionSpec(
        "focusGaps",
        QT_TRANSLATE_NOOP("Actions", "&Gaps panel"),
        "view",
        lambda w: w.focus_gaps(),
        group=1,
        shortcuts=("Ctrl+4",),
        tip=QT_TRANSLATE_NOOP("Actions", "Go to the gaps panel"),
    ),
    ActionSpec(
        "nextPane",
        QT_TRANSLATE_NOOP("Actions", "Ne&xt pane"),
        "view",
        lambda w: w.focus_pane(1),
        group=1,
        shortcuts=("F6",),
        tip=QT_TRANSLATE_NOOP("Actions", "Go to the next part of the window"),
    ),
    ActionSpec(
        "previousPane",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious pane"),
        "view",
        lambda w: w.focus_pane(-1),
        group=1,
        shortcuts=("Shift+F6",),
        tip=QT_TRANSLATE_NOOP("Actions", "Go to the previous part of the window"),
    ),
    ActionSpec(
        "resetLayout",
        QT_TRANSLATE_NOOP("Actions", "&Reset layout"),
        "view",
        lambda w: w.reset_layout(),
        group=2,
        tip=QT_TRANSLATE_NOOP("Actions", "Restore the default window layout and column widths"),
    ),
    # -- help
    ActionSpec(
        "userGuide",
        QT_TRANSLATE_NOOP("Actions", "&User guide"),
        "help",
        lambda w: w.show_guide(),
        shortcuts=(StandardKey.HelpContents,),
        tip=QT_TRANSLATE_NOOP("Actions", "Read the user guide"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About Transition Planner"),
        "help",
        lambda w: w.show_about(),
    ),
)


def build_actions(
    owner: QObject, target: ActionTarget, specs: Iterable[ActionSpec] = ACTIONS
) -> dict[str, QAction]:
    """A QAction per spec, owned by `owner` (the window: its shortcuts work everywhere in it)."""
    actions: dict[str, QAction] = {}
    for spec in specs:
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
    bar: QMenuBar, actions: dict[str, QAction], specs: Iterable[ActionSpec] = ACTIONS
) -> dict[str, QMenu]:
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        menu = bar.addMenu(QCoreApplication.translate(CONTEXT, title))
        menu.setObjectName(f"{key}Menu")
        menus[key] = menu
    last_group: dict[str, int] = {}
    for spec in specs:
        menu = menus[spec.menu]
        if spec.menu in last_group and last_group[spec.menu] != spec.group:
            menu.addSeparator()
        last_group[spec.menu] = spec.group
        menu.addAction(actions[spec.id])
    return menus


def build_toolbar(
    toolbar: QToolBar, actions: dict[str, QAction], specs: Iterable[ActionSpec] = ACTIONS
) -> None:
    last_menu = ""
    for spec in specs:
        if not spec.toolbar:
            continue
        if last_menu and spec.menu != last_menu:
            toolbar.addSeparator()
        last_menu = spec.menu
        toolbar.addAction(actions[spec.id])


def update_enabled(
    actions: dict[str, QAction], state: Needs, specs: Iterable[ActionSpec] = ACTIONS
) -> None:
    """Enable each action whose needs `state` meets (undo and redo follow their stack)."""
    for spec in specs:
        if spec.id in ("undo", "redo"):
            continue
        actions[spec.id].setEnabled(spec.needs & state == spec.needs)


def undo_text(label: str) -> str:
    if not label:
        return QCoreApplication.translate(CONTEXT, "&Undo")
    return QCoreApplication.translate(CONTEXT, "&Undo {0}").format(label)


def redo_text(label: str) -> str:
    if not label:
        return QCoreApplication.translate(CONTEXT, "&Redo")
    return QCoreApplication.translate(CONTEXT, "&Redo {0}").format(label)
