"""The main window: a composition of parts.

- `session.WorkspaceSession`: the open workspace, the plan shown, its analysis, the undo stack
  and the one path of every change (the window never writes anything itself);
- `actions`: the table of actions, from which the menus, the toolbar and the shortcuts come;
- `plan_flows`, `workbook_flows`, `workspace_flows`: what the planner does to plans, workbooks
  and workspaces (background work through `operations.Operation`);
- the widgets: the plan browser, the banner, the views (editor, timeline, dashboard) and the gaps
  panel — each saves and restores its own state.

The window connects them: signals from the session refresh the widgets, signals from the widgets
call the flows.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..domain.findings import Analysis, Finding
from ..domain.model import Plan
from . import actions as A
from . import settings as S
from .banner import Banner
from .gaps_panel import GapsPanel
from .operations import OperationRunner
from .plan_browser import PlanBrowser, PlanRow
from .plan_editor import PlanEditor
from .session import WorkspaceSession
from .settings import Settings
from .views import ViewTabs
from .window_commands import WindowCommands

if TYPE_CHECKING:
    from ..services.planning import PlanningService
    from .dashboard_view import DashboardView
    from .timeline_view import TimelineView


class MainWindow(WindowCommands):
    """The desktop application's window over one workspace."""

    #: The views show a new analysis of the current plan.
    analysisShown = Signal()

    def __init__(
        self,
        service: PlanningService | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`service`: an open PlanningService to show (the window owns it from then on; None:
        open one later with `open_workspace`). `settings`: where the window keeps its state
        (None: the user's settings)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else Settings()
        self.last_message = ""
        self.operations = OperationRunner(self, self.show_error)
        self.session = WorkspaceSession(self.settings, self.operations, self)

        self.browser = PlanBrowser(self)
        self.banner = Banner(self)
        self.editor = PlanEditor(self)
        self.editor.set_controller(self.session)
        self.views = ViewTabs(self.editor, self.settings, self)
        self.views.attach(self.session, self.operations, self)
        self.gaps = GapsPanel(self)
        self._layout()

        self.action_map, self.menus, self.toolbar = A.install(self, self)
        self.recent_menu = QMenu(self.tr("&Recent workspaces"), self)
        self.recent_menu.setObjectName("recentMenu")
        self.menus["file"].insertMenu(self._action_after("openWorkspace"), self.recent_menu)
        self._connect()
        self.recent_menu.aboutToShow.connect(lambda: self.workspaces.fill_recent(self.recent_menu))
        self.recent_menu.setEnabled(bool(self.settings.get(S.RECENT_WORKSPACES)))
        self.statusBar().showMessage(self.tr("Ready"))
        self.resize(1600, 1000)
        self._restore_state()
        self._update_title()
        self._update_actions()
        if service is not None:
            self.set_service(service)

    def _layout(self) -> None:
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.banner)
        column.addWidget(self.views, 1)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(right)
        self.right_splitter.addWidget(self.gaps)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.browser)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 4)
        self._default_splitters()
        self.setCentralWidget(self.main_splitter)
        # Tab follows the layout: the plans, the views' tabs, the plan's settings and its
        # tables, the gaps panel
        chain: list[QWidget] = [
            *self.browser.tab_chain(),
            self.views,
            *self.editor.tab_chain(),
            *self.gaps.tab_chain(),
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _default_splitters(self) -> None:
        self.main_splitter.setSizes([280, 1320])
        self.right_splitter.setSizes([620, 330])

    def _action_after(self, action_id: str) -> QAction:
        """The menu entry that follows `action_id` in its menu (to insert a submenu there)."""
        menu = self.menus["file"]
        entries = menu.actions()
        index = entries.index(self.action_map[action_id])
        return entries[index + 1]

    def _connect(self) -> None:
        session = self.session
        session.workspaceChanged.connect(self._workspace_changed)
        session.plansChanged.connect(self._refresh_browser)
        session.planEdited.connect(lambda plan: self.browser.update_plan(PlanRow.of(plan)))
        session.plansChanged.connect(self.views.plans_changed)
        session.planEdited.connect(lambda _plan: self.views.plans_changed())
        session.planChanged.connect(self._plan_changed)
        session.analysisChanged.connect(self._analysis_changed)
        session.analysing.connect(self.gaps.set_analysing)
        session.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        session.errorRaised.connect(self.show_error)
        session.damaged.connect(lambda exc: self.workspaces.damaged_while_open(exc))
        session.undo_stack.undoTextChanged.connect(
            lambda text: self.action_map["undo"].setText(A.undo_text(text))
        )
        session.undo_stack.redoTextChanged.connect(
            lambda text: self.action_map["redo"].setText(A.redo_text(text))
        )
        session.undo_stack.canUndoChanged.connect(self.action_map["undo"].setEnabled)
        session.undo_stack.canRedoChanged.connect(self.action_map["redo"].setEnabled)
        self.action_map["undo"].setEnabled(False)
        self.action_map["redo"].setEnabled(False)
        self.operations.busyChanged.connect(self._busy_changed)
        self.browser.planSelected.connect(self.select_plan)
        self.browser.newPlanRequested.connect(self.new_plan)
        self.browser.duplicateRequested.connect(self.duplicate_plan)
        self.browser.renameRequested.connect(self.rename_plan)
        self.browser.deleteRequested.connect(self.delete_plan)
        self.browser.compareRequested.connect(self.compare_plans)
        self.views.planFindingRequested.connect(self.show_plan_finding)
        self.views.planOpenRequested.connect(self.open_plan)
        self.banner.welcomeDismissed.connect(lambda: self.settings.set(S.SHOW_WELCOME, False))
        self.editor.message.connect(self.show_message)
        self.gaps.findingActivated.connect(self.show_finding)
        self.gaps.asOfChanged.connect(self.session.set_as_of)
        self.views.assignmentClicked.connect(self.editor.assignments.select_entity)
        self.views.assignmentDatesDragged.connect(self._timeline_dragged)

    # -- what the parts see of each other -------------------------------------------------

    def action(self, action_id: str) -> QAction:
        """The window's action of that id (see `actions.ACTIONS`)."""
        return self.action_map[action_id]

    @property
    def service(self) -> PlanningService | None:
        return self.session.service

    @property
    def plan(self) -> Plan | None:
        return self.session.plan

    @property
    def analysis(self) -> Analysis | None:
        return self.session.analysis

    @property
    def current_plan_id(self) -> str | None:
        return self.session.plan_id

    @property
    def undo_stack(self) -> QUndoStack:
        return self.session.undo_stack

    @property
    def timings(self) -> dict[str, float]:
        return self.session.timings

    @property
    def timeline(self) -> TimelineView | None:
        return self.views.timeline

    @property
    def dashboard(self) -> DashboardView | None:
        return self.views.dashboard

    def _update_actions(self) -> None:
        A.update_enabled(self.action_map, self.session.needs_met(busy=self.operations.busy))

    def _update_title(self) -> None:
        parts = []
        if self.plan is not None:
            parts.append(self.plan.name)
        service = self.session.service
        if service is not None:
            ws = service.workspace
            name = Path(ws.path).name
            parts.append(name + (self.tr(" (read-only)") if ws.read_only else ""))
            self.setWindowFilePath(str(ws.path))
        parts.append(APP_NAME)
        self.setWindowTitle(" — ".join(parts))

    # -- refreshing from the session ------------------------------------------------------

    def _workspace_changed(self) -> None:
        service = self.session.service
        read_only = self.session.read_only
        self.editor.set_read_only(read_only)
        self.browser.set_read_only(read_only)
        self.banner.show_workspace(
            open=service is not None,
            read_only=read_only,
            reason=self.workspaces.read_only_reason if read_only else "",
            # the welcome stays until the planner closes it, and comes back for a workspace
            # that was just created
            welcome=service is not None
            and (
                self.settings.get(S.SHOW_WELCOME) or service.workspace.created or service.first_run
            ),
            plan_names=[s.name for s in self.session.summaries()],
        )
        if service is not None:
            self.recent_menu.setEnabled(True)
            for warning in service.workspace.warnings:
                self.statusBar().showMessage(warning, 15000)
        self._update_actions()
        self._update_title()

    def _refresh_browser(self) -> None:
        self.browser.set_plans(self.session.summaries(), current=self.session.plan_id)

    def _plan_changed(self) -> None:
        if self.session.plan_id is not None:
            self.browser.select_plan(self.session.plan_id, emit=False)
        self.editor.set_plan(self.session.plan)
        self._update_title()
        self._update_actions()

    def _analysis_changed(self) -> None:
        plan, analysis = self.session.plan, self.session.analysis
        self.gaps.set_analysis(analysis, plan=plan)
        self.views.show_analysis(plan, analysis)
        self.analysisShown.emit()

    def _busy_changed(self, _busy: bool) -> None:
        # a restore replaces the workspace under the window: nothing may touch it meanwhile
        self.main_splitter.setEnabled(not self.operations.exclusive)
        self._update_actions()

    # -- jumping to a plan -------------------------------------------------------------

    def open_plan(self, plan_id: str) -> None:
        from .plan_jump import open_plan

        open_plan(self, plan_id)

    def show_plan_finding(self, plan_id: str, finding: Finding) -> None:
        from .plan_jump import show_plan_finding

        show_plan_finding(self, plan_id, finding)

    # -- window state ---------------------------------------------------------------------

    def _splitters(self) -> dict[S.Setting[bytes], QSplitter]:
        return {S.MAIN_SPLITTER: self.main_splitter, S.RIGHT_SPLITTER: self.right_splitter}

    def _restore_state(self) -> None:
        S.restore_window(self.settings, self, self._splitters())
        self.views.restore_state(self.settings)
        self.gaps.restore_state(self.settings)

    def save_state(self) -> None:
        S.save_window(self.settings, self, self._splitters())
        self.views.save_state(self.settings)
        self.gaps.save_state(self.settings)
        self.settings.sync()

    def reset_layout(self) -> None:
        self.settings.reset_window_state()
        self._default_splitters()
        self.editor.reset_layout()
        self.gaps.user_sized = False
        self.gaps.fit_columns()
        self.resize(1600, 1000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.close_workspace()
        super().closeEvent(event)
