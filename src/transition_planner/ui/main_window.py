"""The main window: plan browser, plan editor, timeline and dashboard, gaps panel, menus.

Every change goes through the service (one transaction) inside one undo command; the window
subscribes to the service's reports and refreshes what a report touched — the views never poll
the store. Opening a workspace clears the undo stack (it is not undoable); one stack serves all
the plans of a workspace, each command carrying its plan id.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..domain.changes import PlanChange, set_fields
from ..domain.findings import Analysis, Finding
from ..domain.model import Plan
from ..domain.validation import PlanInvalid, Problem
from . import settings as S
from .commands import CreatePlanCommand, DeletePlanCommand, EditPlanCommand, ImportCommand
from .gaps_panel import GapsPanel
from .plan_browser import PlanBrowser
from .plan_editor import PlanEditor
from .settings import Settings
from .workers import TaskRunner

StandardKey = QKeySequence.StandardKey


def _placeholder(text: str, parent: QWidget) -> QWidget:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666; font-size: 12pt;")
    return label


class LazyView(QWidget):
    """Holds a view that is built the first time it is shown (its module imports matplotlib)."""

    def __init__(
        self,
        factory: Callable[[QWidget], QWidget | None],
        missing: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.factory = factory
        self.missing = missing
        self.view: QWidget | None = None
        self.built = False
        self.dirty = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget | None:
        if not self.built:
            self.built = True
            try:
                self.view = self.factory(self)
            except ImportError:
                self.view = None
            self._layout.addWidget(self.view or _placeholder(self.missing, self))
        return self.view


class MainWindow(QMainWindow):
    """The desktop application's window over one workspace."""

    #: Emitted after the views show a new analysis of the current plan.
    analysisShown = Signal()
    #: Emitted after a background task (import, export, analysis) has ended.
    taskEnded = Signal()

    def __init__(
        self,
        service: Any = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`service`: an open PlanningService to show (the window owns it from then on; None:
        open one later with `open_workspace`). `settings`: where the window keeps its state
        (None: the user's settings)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else Settings()
        self.service: Any = None
        self.current_plan_id: str | None = None
        self.plan: Plan | None = None
        self.analysis: Analysis | None = None
        self.last_message = ""
        self._in_command = False
        self._analysis_seq = 0
        self.timings: dict[str, float] = {}
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self.tasks.busyChanged.connect(self._busy_changed)

        # -- widgets ----------------------------------------------------------------------
        self.browser = PlanBrowser(self)
        self.editor = PlanEditor(self)
        self.editor.set_controller(self)
        self.gaps = GapsPanel(self)
        self.gaps.findingActivated.connect(self.show_finding)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("viewTabs")
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setDocumentMode(True)
        self.timeline_host = LazyView(
            self._make_timeline,
            self.tr("The timeline view is not available in this build."),
            self,
        )
        self.dashboard_host = LazyView(
            self._make_dashboard, self.tr("The dashboard is not available in this build."), self
        )
        self.tabs.addTab(self.editor, self.tr("&Editor"))
        self.tabs.addTab(self.timeline_host, self.tr("&Timeline"))
        self.tabs.addTab(self.dashboard_host, self.tr("&Dashboard"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.welcome = self._make_welcome()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.welcome)
        right_layout.addWidget(self.tabs, 1)

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
        self.main_splitter.setSizes([300, 1300])
        self.right_splitter.setSizes([620, 330])
        self.setCentralWidget(self.main_splitter)

        self.browser.planSelected.connect(self.select_plan)
        self.browser.newPlanRequested.connect(self.new_plan)
        self.browser.duplicateRequested.connect(self.duplicate_plan)
        self.browser.renameRequested.connect(self.rename_plan)
        self.browser.deleteRequested.connect(self.delete_plan)

        self._make_actions()
        self._make_menus()
        self.statusBar().showMessage(self.tr("Ready"))
        self.resize(1600, 1000)
        self._restore_state()
        self._update_title()
        self._update_actions()
        if service is not None:
            self.set_service(service)

    # -- views that load lazily -----------------------------------------------------------

    def prewarm(self) -> threading.Thread:
        """Import the plotting modules in the background, so that the first visit to the
        timeline does not freeze the window (the imports take about half a second)."""

        def work() -> None:
            import importlib

            for name in (
                "matplotlib.figure",
                "matplotlib.backends.backend_agg",
                "transition_planner.charts.timeline",
                "transition_planner.charts.dashboard",
            ):
                try:
                    importlib.import_module(name)
                except Exception:  # only a head start; the view reports its own errors
                    return

        thread = threading.Thread(target=work, name="prewarm-charts", daemon=True)
        thread.start()
        return thread

    def _make_timeline(self, parent: QWidget) -> QWidget | None:
        from .timeline_view import TimelineView

        view = TimelineView(parent)
        view.setObjectName("timelineView")
        view.assignmentClicked.connect(self._timeline_clicked)
        view.assignmentDatesDragged.connect(self._timeline_dragged)
        return view

    def _make_dashboard(self, parent: QWidget) -> QWidget | None:
        from .dashboard_view import DashboardView

        view = DashboardView(parent)
        view.setObjectName("dashboardView")
        return view

    @property
    def timeline(self) -> Any:
        return self.timeline_host.view

    @property
    def dashboard(self) -> Any:
        return self.dashboard_host.view

    def _tab_changed(self, index: int) -> None:
        host = self.tabs.widget(index)
        if isinstance(host, LazyView):
            self._update_lazy(host)

    def _update_lazy(self, host: LazyView) -> None:
        view = host.build()
        if view is not None and host.dirty and self.plan is not None and self.analysis is not None:
            view.set_data(self.plan, self.analysis)  # type: ignore[attr-defined]
            host.dirty = False

    def _make_welcome(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("welcome")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("#welcome { background: #e8f1fb; border: 1px solid #9cc3e6; }")
        text = QLabel(
            self.tr(
                "<b>Welcome to Transition Planner.</b> Your workspace holds three example plans: "
                "the template (Kandora, PKO → SPM → UN country team), Haiti and Sudan. Pick one on "
                "the left to see its tables, its timeline and its gaps. To plan your own "
                "transition use <i>File → New plan from template</i> (Ctrl+Shift+N), then edit "
                "the presences, functions and assignments: the gaps panel updates after every "
                "edit and every edit can be undone. <i>Help → User guide</i> (F1) explains more."
            ),
            frame,
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        close = QToolButton(frame)
        close.setText("✕")
        close.setToolTip(self.tr("Close the welcome note"))
        close.setAccessibleName(self.tr("Close the welcome note"))
        close.clicked.connect(self.dismiss_welcome)
        row = QHBoxLayout(frame)
        row.addWidget(text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        frame.setVisible(False)
        return frame

    def dismiss_welcome(self) -> None:
        self.welcome.setVisible(False)
        self.settings.set(S.SHOW_WELCOME, False)

    # -- actions and menus ----------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: Any = None,
        tip: str = "",
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        tr = self.tr
        self.new_action = self._action(
            tr("&New plan…"),
            lambda: self.new_plan(False),
            StandardKey.New,
            tr("Create a blank plan"),
            "newPlan",
        )
        self.template_action = self._action(
            tr("New plan from &template…"),
            lambda: self.new_plan(True),
            "Ctrl+Shift+N",
            tr("Create a plan from the generic PKO → SPM → UNCT template"),
            "newFromTemplate",
        )
        self.open_action = self._action(
            tr("&Open workspace…"),
            self.choose_workspace,
            StandardKey.Open,
            tr("Open another workspace file"),
            "openWorkspace",
        )
        self.import_action = self._action(
            tr("&Import workbook…"),
            self.import_workbook,
            "Ctrl+I",
            tr("Import an Excel workbook"),
            "importWorkbook",
        )
        self.export_action = self._action(
            tr("&Export workbook…"),
            self.export_workbook,
            "Ctrl+E",
            tr("Write the plan as an Excel workbook"),
            "exportWorkbook",
        )
        self.picture_action = self._action(
            tr("Export timeline &picture…"),
            self.export_picture,
            "Ctrl+Shift+E",
            tr("Save the timeline as PNG, SVG or PDF"),
            "exportPicture",
        )
        self.backups_action = self._action(
            tr("&Backups…"),
            self.show_backups,
            None,
            tr("Restore the workspace from a backup"),
            "backups",
        )
        self.quit_action = self._action(
            tr("&Quit"), self.close, StandardKey.Quit, tr("Close the application"), "quit"
        )

        self.undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(StandardKey.Undo))
        self.undo_action.setObjectName("undo")
        self.redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(StandardKey.Redo))
        self.redo_action.setObjectName("redo")
        # route through undo()/redo() so that undoing a change to another plan shows that plan
        self.undo_action.triggered.disconnect()
        self.redo_action.triggered.disconnect()
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self.redo_action.triggered.connect(lambda _checked=False: self.redo())
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.add_row_action = self._action(
            tr("&Add row"),
            lambda: self.editor.add_row(),
            "Ctrl+Ins",
            tr("Add a row to the current table"),
            "addRow",
        )
        self.delete_row_action = self._action(
            tr("&Delete rows"),
            lambda: self.editor.delete_rows(),
            "Ctrl+Del",
            tr("Delete the selected rows"),
            "deleteRows",
        )
        self.duplicate_action = self._action(
            tr("D&uplicate rows"),
            lambda: self.editor.duplicate_rows(),
            "Ctrl+D",
            tr("Duplicate the selected rows"),
            "duplicateRows",
        )
        self.find_action = self._action(
            tr("&Find…"),
            self.focus_filter,
            StandardKey.Find,
            tr("Filter the current table"),
            "find",
        )
        self.rename_plan_action = self._action(
            tr("Re&name plan…"),
            lambda: self.rename_plan(self.current_plan_id or ""),
            None,
            tr("Rename the current plan"),
            "renamePlan",
        )
        self.duplicate_plan_action = self._action(
            tr("Duplicate p&lan…"),
            lambda: self.duplicate_plan(self.current_plan_id or ""),
            None,
            tr("Copy the current plan (a scenario)"),
            "duplicatePlan",
        )
        self.delete_plan_action = self._action(
            tr("Delete pla&n…"),
            lambda: self.delete_plan(self.current_plan_id or ""),
            None,
            tr("Delete the current plan"),
            "deletePlan",
        )

        self.view_actions: list[QAction] = []
        for i, (text, key) in enumerate(
            ((tr("&Editor"), "Ctrl+1"), (tr("&Timeline"), "Ctrl+2"), (tr("&Dashboard"), "Ctrl+3"))
        ):
            self.view_actions.append(
                self._action(text, lambda i=i: self.tabs.setCurrentIndex(i), key)
            )
        self.gaps_action = self._action(
            tr("&Gaps panel"), self.focus_gaps, "Ctrl+4", tr("Go to the gaps panel"), "focusGaps"
        )
        self.browser_action = self._action(
            tr("&Plan browser"),
            self.focus_browser,
            "Ctrl+0",
            tr("Go to the plan browser"),
            "focusBrowser",
        )
        self.reset_layout_action = self._action(
            tr("&Reset layout"), self.reset_layout, None, tr("Restore the default window layout")
        )
        self.guide_action = self._action(
            tr("&User guide"),
            self.show_guide,
            StandardKey.HelpContents,
            tr("Read the user guide"),
            "userGuide",
        )
        self.about_action = self._action(
            tr("&About Transition Planner"), self.show_about, None, "", "about"
        )

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.template_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("&Recent workspaces"), self)
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.picture_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_row_action)
        edit_menu.addAction(self.duplicate_action)
        edit_menu.addAction(self.delete_row_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.rename_plan_action)
        edit_menu.addAction(self.duplicate_plan_action)
        edit_menu.addAction(self.delete_plan_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for a in self.view_actions:
            view_menu.addAction(a)
        view_menu.addSeparator()
        view_menu.addAction(self.browser_action)
        view_menu.addAction(self.gaps_action)
        view_menu.addSeparator()
        view_menu.addAction(self.reset_layout_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)
        self.file_menu, self.edit_menu, self.view_menu, self.help_menu = (
            file_menu,
            edit_menu,
            view_menu,
            help_menu,
        )
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get(S.RECENT_WORKSPACES)
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {path}" if i < 9 else path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_workspace(Path(p)))
        self.recent_menu.setEnabled(bool(recent))

    def _update_actions(self) -> None:
        has_service = self.service is not None
        read_only = bool(has_service and self.service.workspace.read_only)
        has_plan = self.plan is not None
        writable = has_service and not read_only
        for a in (self.new_action, self.template_action, self.import_action, self.backups_action):
            a.setEnabled(writable)
        for a in (
            self.add_row_action,
            self.delete_row_action,
            self.duplicate_action,
            self.rename_plan_action,
            self.duplicate_plan_action,
            self.delete_plan_action,
        ):
            a.setEnabled(writable and has_plan)
        self.export_action.setEnabled(has_plan)
        self.picture_action.setEnabled(has_plan)

    def _update_title(self) -> None:
        parts = []
        if self.plan is not None:
            parts.append(self.plan.name)
        if self.service is not None:
            ws = self.service.workspace
            name = Path(ws.path).name
            parts.append(name + (self.tr(" (read-only)") if ws.read_only else ""))
            self.setWindowFilePath(str(ws.path))
        parts.append(APP_NAME)
        self.setWindowTitle(" — ".join(parts))

    # -- workspace ------------------------------------------------------------------------

    def open_workspace(
        self, path: Path | None, *, create: bool = False, read_only: bool = False
    ) -> bool:
        """Open a workspace (None: the default one). False (and a message) when it cannot be."""
        from ..services import PlanningService
        from ..store import WorkspaceCorrupt, WorkspaceError, WorkspaceLocked

        started = time.perf_counter()
        try:
            service = PlanningService.open(path, create=create, read_only=read_only)
        except WorkspaceLocked as exc:
            answer = QMessageBox.question(
                self,
                self.tr("Workspace in use"),
                self.tr("{0}\n\nOpen it read-only? You can look but not change it.").format(exc),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                return self.open_workspace(path, read_only=True)
            return False
        except WorkspaceCorrupt as exc:
            return self._offer_backup(path, exc)
        except (WorkspaceError, OSError) as exc:
            self.show_error(self.tr("Cannot open the workspace"), str(exc))
            return False
        self.set_service(service)
        self.timings["open_workspace"] = time.perf_counter() - started
        return True

    def _offer_backup(self, path: Path | None, exc: Any) -> bool:
        """A damaged workspace: say so, and offer to restore its latest backup."""
        from ..services import resolve_workspace_path
        from ..store import Workspace, WorkspaceError

        backup = getattr(exc, "latest_backup", None)
        if backup is None:
            self.show_error(self.tr("The workspace is damaged"), str(exc))
            return False
        answer = QMessageBox.question(
            self,
            self.tr("The workspace is damaged"),
            self.tr(
                "{0}\n\nRestore the latest backup ({1})? The damaged file is kept as a backup too."
            ).format(exc, Path(backup).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        target, _default = resolve_workspace_path(path)
        try:
            Workspace.restore(target, Path(backup))
        except (WorkspaceError, OSError) as error:
            self.show_error(self.tr("Could not restore the backup"), str(error))
            return False
        return self.open_workspace(target)

    def set_service(self, service: Any) -> None:
        """Show a freshly opened workspace (the window takes ownership of the service)."""
        self.close_workspace()
        self.service = service
        service.subscribe(self._on_report)
        self.undo_stack.clear()
        ws = service.workspace
        read_only = bool(ws.read_only)
        self.editor.set_read_only(read_only)
        self.browser.set_read_only(read_only)
        self.settings.add_recent_workspace(Path(ws.path))
        self._fill_recent()
        for warning in getattr(ws, "warnings", []) or []:
            self.statusBar().showMessage(warning, 15000)
        # the welcome note stays until the planner closes it (first run), and comes back for a
        # workspace that was just created
        self.welcome.setVisible(
            bool(
                self.settings.get(S.SHOW_WELCOME)
                or getattr(ws, "created", False)
                or service.first_run
            )
        )
        summaries = service.plans()
        last = self.settings.get(S.LAST_PLAN)
        ids = [s.id for s in summaries]
        chosen = last if last in ids else (ids[0] if ids else None)
        self.browser.set_plans(summaries, current=chosen)
        self.select_plan(chosen)
        self._update_actions()
        self._update_title()

    def close_workspace(self) -> None:
        if self.service is None:
            return
        self.tasks.cancel_all()
        self.tasks.wait()
        self.undo_stack.clear()
        self.service.unsubscribe(self._on_report)
        self.service.close()
        self.service = None
        self.plan = None
        self.analysis = None
        self.current_plan_id = None
        self.editor.set_plan(None)
        self.gaps.set_analysis(None)

    def choose_workspace(self) -> None:
        start = self.settings.get(S.LAST_DIRECTORY) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open workspace"),
            start,
            self.tr("Transition Planner workspaces (*.tpw *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.settings.set(S.LAST_DIRECTORY, str(Path(path).parent))
            self.open_workspace(Path(path))

    # -- plans ----------------------------------------------------------------------------

    def select_plan(self, plan_id: str | None) -> None:
        if plan_id == self.current_plan_id and self.plan is not None:
            return
        self.current_plan_id = plan_id
        self.statusBar().clearMessage()  # a message about another plan would mislead
        if plan_id is not None:
            self.settings.set(S.LAST_PLAN, plan_id)
            self.browser.select_plan(plan_id, emit=False)
        self._refresh_plan()

    def _refresh_plan(self) -> None:
        started = time.perf_counter()
        if self.service is None or self.current_plan_id is None:
            self.plan = None
            self.analysis = None
            self.editor.set_plan(None)
            self.gaps.set_analysis(None)
        else:
            self.plan = self.service.plan(self.current_plan_id)
            self.editor.set_plan(self.plan)
            self._analyse()
        self.timings["refresh_plan"] = time.perf_counter() - started
        self._update_title()
        self._update_actions()

    def _analyse(self) -> None:
        """The analysis of the current plan: at once, or off the GUI thread when it is big."""
        assert self.service is not None and self.plan is not None
        plan = self.plan
        self._analysis_seq += 1
        seq = self._analysis_seq
        if len(plan.assignments) <= self.settings.get(S.BACKGROUND_ANALYSIS_ABOVE):
            self._show_analysis(plan, self.service.analysis(plan.id))
            return
        from ..domain.analysis import analyse

        self.gaps.score_label.setText(self.tr("Continuity score: analysing…"))

        def done(result: object) -> None:
            if seq == self._analysis_seq and self.plan is plan and isinstance(result, Analysis):
                self._show_analysis(plan, result)
            self.taskEnded.emit()

        def failed(exc: Exception) -> None:
            self.show_error(self.tr("Analysis failed"), str(exc))
            self.taskEnded.emit()

        self.tasks.start(analyse, plan, on_done=done, on_error=failed, progress=False)

    def _show_analysis(self, plan: Plan, analysis: Analysis) -> None:
        self.analysis = analysis
        self.gaps.set_analysis(analysis, [f.name for f in plan.functions])
        for host in (self.timeline_host, self.dashboard_host):
            host.dirty = True
        current = self.tabs.currentWidget()
        if isinstance(current, LazyView):
            self._update_lazy(current)
        self.analysisShown.emit()

    def _refresh_browser(self) -> None:
        if self.service is None:
            return
        self.browser.set_plans(self.service.plans(), current=self.current_plan_id)

    def _on_report(self, report: Any) -> None:
        """Every change to the workspace reports here; refresh what it touched."""
        if self.service is None:
            return
        plan_id = report.plan_id
        structural = report.before is None or report.after is None or not plan_id
        renamed = (
            report.before is not None
            and report.after is not None
            and report.before.name != report.after.name
        )
        if structural or renamed or report.change.touched_types():
            self._refresh_browser()
        if not plan_id:  # the whole workspace changed (restored backup)
            self.undo_stack.clear()
            ids = [s.id for s in self.service.plans()]
            self.current_plan_id = None
            self.plan = None
            self.select_plan(ids[0] if ids else None)
            return
        if report.after is None and plan_id == self.current_plan_id:
            ids = self.browser.plan_ids()
            self.current_plan_id = None
            self.plan = None
            self.select_plan(ids[0] if ids else None)
            return
        if plan_id == self.current_plan_id:
            self._refresh_plan()
        elif self._in_command and report.after is not None:
            # undo/redo of a change to another plan: show that plan
            self.select_plan(plan_id)
        if report.lines:
            self.statusBar().showMessage(
                report.lines[0]
                if len(report.lines) == 1
                else self.tr("{0} (and {1} more)").format(report.lines[0], len(report.lines) - 1),
                8000,
            )

    # -- controller of the editor ------------------------------------------------------------

    def check(self, plan_id: str, change: PlanChange) -> list[Problem]:
        if self.service is None:
            return []
        try:
            result: list[Problem] = self.service.check(plan_id, change)
        except Exception as exc:  # ChangeConflict: stale change
            return [Problem("Plan", None, None, "", "", str(exc))]
        return result

    def push_edit(self, plan_id: str, change: PlanChange, label: str) -> bool:
        if self.service is None:
            return False
        return self._push(EditPlanCommand(self.service, plan_id, change, label, self._cmd_error))

    def _push(self, command: Any) -> bool:
        self._in_command = True
        try:
            self.undo_stack.push(command)
        finally:
            self._in_command = False
        return command.error is None

    def _cmd_error(self, label: str, exc: Exception) -> None:
        if isinstance(exc, PlanInvalid):
            text = "\n".join(str(p) for p in exc.problems[:10])
        else:
            text = str(exc)
        self.show_error(self.tr("Could not do “{0}”").format(label), text)
        self._refresh_plan()

    def show_message(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, 10000)

    def show_error(self, title: str, text: str) -> None:
        self.last_message = f"{title}: {text}"
        self.statusBar().showMessage(self.last_message, 15000)
        QMessageBox.warning(self, title, text)

    def _undo_redo(self, undo: bool) -> None:
        self._in_command = True
        try:
            if undo:
                self.undo_stack.undo()
            else:
                self.undo_stack.redo()
        finally:
            self._in_command = False

    def undo(self) -> None:
        self._undo_redo(True)

    def redo(self) -> None:
        self._undo_redo(False)

    # -- plan actions ---------------------------------------------------------------------

    def _ask_name(self, title: str, label: str, default: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label, text=default)
        name = name.strip() if ok else ""
        return name or None

    def _free_name(self, base: str) -> str:
        names = {s.name.casefold() for s in self.service.plans()} if self.service else set()
        if base.casefold() not in names:
            return base
        n = 2
        while f"{base} {n}".casefold() in names:
            n += 1
        return f"{base} {n}"

    def _name_taken(self, name: str, own_id: str | None = None) -> bool:
        if self.service is None:
            return False
        return any(
            s.name.casefold() == name.casefold() and s.id != own_id for s in self.service.plans()
        )

    def new_plan(self, from_template: bool = False) -> str | None:
        if self.service is None:
            return None
        name = self._ask_name(
            self.tr("New plan from template") if from_template else self.tr("New plan"),
            self.tr("Name of the new plan:"),
            self._free_name(self.tr("New transition plan")),
        )
        if name is None:
            return None
        if self._name_taken(name):
            self.show_error(
                self.tr("New plan"), self.tr("A plan named “{0}” already exists.").format(name)
            )
            return None
        plan = _build_new_plan(name, from_template)
        label = (
            self.tr("New plan {0} from template") if from_template else self.tr("New plan {0}")
        ).format(name)
        if self._push(CreatePlanCommand(self.service, plan, label, self._cmd_error)):
            self.select_plan(plan.id)
            return plan.id
        return None

    def duplicate_plan(self, plan_id: str) -> str | None:
        if self.service is None or not plan_id:
            return None
        source = self.service.plan(plan_id)
        name = self._ask_name(
            self.tr("Duplicate plan"),
            self.tr("Name of the copy:"),
            self._free_name(self.tr("{0} (copy)").format(source.name)),
        )
        if name is None:
            return None
        if self._name_taken(name):
            self.show_error(
                self.tr("Duplicate plan"),
                self.tr("A plan named “{0}” already exists.").format(name),
            )
            return None
        from ..domain.model import with_new_ids

        copy = with_new_ids(source, name=name)
        if self._push(
            CreatePlanCommand(
                self.service, copy, self.tr("Duplicate plan as {0}").format(name), self._cmd_error
            )
        ):
            self.select_plan(copy.id)
            return copy.id
        return None

    def rename_plan(self, plan_id: str) -> bool:
        if self.service is None or not plan_id:
            return False
        plan = self.service.plan(plan_id)
        name = self._ask_name(self.tr("Rename plan"), self.tr("New name:"), plan.name)
        if name is None or name == plan.name:
            return False
        if self._name_taken(name, plan_id):
            self.show_error(
                self.tr("Rename plan"), self.tr("A plan named “{0}” already exists.").format(name)
            )
            return False
        from ..domain.changes import settings_change

        return self.push_edit(
            plan_id,
            settings_change(plan, name=name),
            self.tr("Rename plan {0} to {1}").format(plan.name, name),
        )

    def delete_plan(self, plan_id: str) -> bool:
        if self.service is None or not plan_id:
            return False
        plan = self.service.plan(plan_id)
        if self.settings.get(S.CONFIRM_DELETE_PLAN):
            answer = QMessageBox.question(
                self,
                self.tr("Delete plan"),
                self.tr(
                    "Delete the plan “{0}” with its {1} assignments? "
                    "You can undo this with Edit → Undo."
                ).format(plan.name, len(plan.assignments)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._push(
            DeletePlanCommand(
                self.service, plan_id, self.tr("Delete plan {0}").format(plan.name), self._cmd_error
            )
        )

    # -- workbooks ------------------------------------------------------------------------

    def _busy_changed(self, busy: bool) -> None:
        for a in (self.import_action, self.export_action, self.open_action):
            a.setEnabled(not busy)
        if not busy:
            self._update_actions()

    def import_workbook(self, path: Path | None = None, *, into: bool | None = None) -> None:
        """Import a workbook into the current plan (change review) or as a new plan."""
        if self.service is None:
            return
        if path is None:
            start = self.settings.get(S.LAST_DIRECTORY) or str(Path.home())
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import workbook"), start, self.tr("Excel workbooks (*.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
            self.settings.set(S.LAST_DIRECTORY, str(path.parent))
        if into is None:
            into = False
            if self.plan is not None:
                box = QMessageBox(self)
                box.setWindowTitle(self.tr("Import workbook"))
                box.setText(
                    self.tr("Import “{0}” into the plan “{1}”, or as a new plan?").format(
                        path.name, self.plan.name
                    )
                )
                into_button = box.addButton(
                    self.tr("Into “{0}”").format(self.plan.name), QMessageBox.ButtonRole.AcceptRole
                )
                new_button = box.addButton(
                    self.tr("As a new plan"), QMessageBox.ButtonRole.AcceptRole
                )
                box.addButton(QMessageBox.StandardButton.Cancel)
                box.exec()
                if box.clickedButton() is into_button:
                    into = True
                elif box.clickedButton() is not new_button:
                    return
        if into and self.plan is not None:
            self._import_into(path, self.plan)
        else:
            self._import_new(path)

    def _import_into(self, path: Path, plan: Plan) -> None:
        from ..workbook import review_import

        def done(review: Any) -> None:
            self.taskEnded.emit()
            self.review_and_apply(plan.id, review)

        self.tasks.start(
            review_import,
            plan,
            path,
            on_done=done,
            on_error=lambda e: self._import_failed(path, e),
            label=self.tr("Reading {0}…").format(path.name),
        )

    def review_and_apply(self, plan_id: str, review: Any) -> bool:
        """Show the change review; apply what the planner accepts as one undoable command."""
        from .dialogs import ChangeReviewDialog

        plan = self.service.plan(plan_id)
        dialog = ChangeReviewDialog(
            review, plan.name, lambda change: self.check(plan_id, change), self
        )
        self.review_dialog = dialog
        try:
            if dialog.exec() != ChangeReviewDialog.DialogCode.Accepted:
                return False
            change = dialog.chosen_change()
        finally:
            self.review_dialog = None
            dialog.deleteLater()
        counts = change.counts()
        label = self.tr("Import workbook into {0} ({1} added, {2} changed, {3} removed)").format(
            plan.name, counts["added"], counts["changed"], counts["removed"]
        )
        return self._push(ImportCommand(self.service, plan_id, change, label, self._cmd_error))

    def _import_new(self, path: Path) -> None:
        from ..services.planning import read_workbook_plan

        def done(plan: Any) -> None:
            self.taskEnded.emit()
            self.add_imported_plan(plan)

        self.tasks.start(
            read_workbook_plan,
            path,
            on_done=done,
            on_error=lambda e: self._import_failed(path, e),
            label=self.tr("Reading {0}…").format(path.name),
        )

    def add_imported_plan(self, plan: Plan) -> str | None:
        from dataclasses import replace

        if self._name_taken(plan.name):
            name = self._ask_name(
                self.tr("Import workbook"),
                self.tr("A plan named “{0}” already exists. Name of the imported plan:").format(
                    plan.name
                ),
                self._free_name(plan.name),
            )
            if name is None or self._name_taken(name):
                return None
            plan = replace(plan, name=name)
        if self._push(
            CreatePlanCommand(
                self.service, plan, self.tr("Import {0}").format(plan.name), self._cmd_error
            )
        ):
            self.select_plan(plan.id)
            return plan.id
        return None

    def _import_failed(self, path: Path, exc: Exception) -> None:
        self.taskEnded.emit()
        problems = getattr(exc, "problems", None)
        if problems:
            text = self.tr("{0} problem(s); nothing was imported:\n{1}").format(
                len(problems), "\n".join(str(p) for p in problems[:20])
            )
        else:
            text = str(exc)
        self.show_error(self.tr("Cannot import {0}").format(path.name), text)

    def export_workbook(self, path: Path | None = None) -> None:
        if self.service is None or self.plan is None:
            return
        plan = self.plan
        if path is None:
            start = Path(self.settings.get(S.LAST_DIRECTORY) or str(Path.home()))
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export workbook"),
                str(start / f"{_file_name(plan.name)}.xlsx"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_suffix(".xlsx")
            self.settings.set(S.LAST_DIRECTORY, str(path.parent))
        # prime the caches on the GUI thread: the worker then only builds the workbook
        self.service.plan(plan.id)
        self.service.analysis(plan.id)
        target = Path(path)

        def done(warnings: Any) -> None:
            self.taskEnded.emit()
            text = self.tr("Exported {0} to {1}").format(plan.name, target)
            if warnings:
                text += self.tr(" ({0} warnings)").format(len(warnings))
                QMessageBox.information(
                    self, self.tr("Export workbook"), text + "\n\n" + "\n".join(warnings[:20])
                )
            self.show_message(text)

        def failed(exc: Exception) -> None:
            self.taskEnded.emit()
            self.show_error(self.tr("Cannot export to {0}").format(target), str(exc))

        self.tasks.start(
            self.service.export_workbook,
            plan.id,
            target,
            on_done=done,
            on_error=failed,
            label=self.tr("Writing {0}…").format(target.name),
        )

    def export_picture(self, path: Path | None = None) -> None:
        if self.plan is None or self.analysis is None:
            return
        try:
            from ..charts.export import render_timeline
        except ImportError:
            self.show_error(
                self.tr("Export timeline picture"),
                self.tr("Timeline pictures are not available in this build."),
            )
            return
        if path is None:
            start = Path(self.settings.get(S.LAST_DIRECTORY) or str(Path.home()))
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export timeline picture"),
                str(start / f"{_file_name(self.plan.name)}-timeline.png"),
                self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        plan, analysis, target = self.plan, self.analysis, Path(path)

        def done(_result: Any) -> None:
            self.taskEnded.emit()
            self.show_message(self.tr("Saved the timeline of {0} to {1}").format(plan.name, target))

        def failed(exc: Exception) -> None:
            self.taskEnded.emit()
            self.show_error(self.tr("Cannot save {0}").format(target), str(exc))

        self.tasks.start(
            render_timeline,
            plan,
            analysis,
            target,
            on_done=done,
            on_error=failed,
            label=self.tr("Drawing {0}…").format(target.name),
        )

    # -- backups, help --------------------------------------------------------------------

    def show_backups(self) -> None:
        if self.service is None:
            return
        from .dialogs import BackupsDialog

        dialog = BackupsDialog(self.service.backups(), self)
        if dialog.exec() != BackupsDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        backup = dialog.chosen()
        assert backup is not None
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the whole workspace by the backup {0}? The current workspace is "
                "backed up first. This cannot be undone with Edit → Undo."
            ).format(backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_backup(backup)

    def restore_backup(self, backup: Path) -> bool:
        assert self.service is not None
        try:
            self.service.restore_backup(backup)
        except Exception as exc:
            self.show_error(self.tr("Cannot restore {0}").format(backup.name), str(exc))
            return False
        self.undo_stack.clear()
        return True

    def show_guide(self) -> None:
        from .dialogs import GuideDialog

        GuideDialog(self).exec()

    def show_about(self) -> None:
        path = str(self.service.workspace.path) if self.service is not None else "–"
        QMessageBox.about(
            self,
            self.tr("About Transition Planner"),
            self.tr(
                "<h3>Transition Planner {0}</h3><p>Plan UN transitions (PKO → SPM → UN "
                "country team) and see every gap in continuity of care.</p>"
                "<p>Workspace: {1}</p>"
            ).format(__version__, path),
        )

    # -- navigation -----------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.tabs.setCurrentWidget(self.editor)
        self.editor.current_table().filter.setFocus()

    def focus_gaps(self) -> None:
        self.gaps.view.setFocus()

    def focus_browser(self) -> None:
        self.browser.view.setFocus()

    def show_finding(self, finding: Finding) -> None:
        """Select what a finding concerns in the editor and show it on the timeline."""
        if finding.assignment_ids:
            table = self.editor.assignments
            table.view.selectionModel().clearSelection()
            for i, aid in enumerate(finding.assignment_ids):
                if i == 0:
                    table.select_entity(aid)
                else:
                    row = table.model.row_of(aid)
                    if row is not None:
                        from PySide6.QtCore import QItemSelectionModel

                        table.view.selectionModel().select(
                            table.proxy.mapFromSource(table.model.index(row, 0)),
                            QItemSelectionModel.SelectionFlag.Select
                            | QItemSelectionModel.SelectionFlag.Rows,
                        )
            self.editor.show_table(table)
        elif finding.function_id:
            self.editor.functions.select_entity(finding.function_id)
            self.editor.show_table(self.editor.functions)
        elif finding.presence_ids:
            self.editor.presences.select_entity(finding.presence_ids[0])
            self.editor.show_table(self.editor.presences)
        timeline = self.timeline
        if timeline is not None and hasattr(timeline, "show_finding"):
            timeline.show_finding(finding)

    def _timeline_clicked(self, assignment_id: str) -> None:
        self.editor.assignments.select_entity(assignment_id)

    def _timeline_dragged(self, assignment_id: str, start: Any, end: Any) -> None:
        if self.plan is None:
            return
        entity = next((a for a in self.plan.assignments if a.id == assignment_id), None)
        if entity is None:
            return
        change = set_fields(self.plan, entity, start=start, end=end)
        if change.is_empty():
            return
        problems = self.check(self.plan.id, change)
        if problems:
            self.show_message(self.tr("Not moved: {0}").format(problems[0].message))
            self._show_analysis(self.plan, self.analysis) if self.analysis else None
            return
        from ..domain.changes import entity_label

        self.push_edit(
            self.plan.id, change, self.tr("Move {0}").format(entity_label(self.plan, entity))
        )

    # -- window state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.get(S.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get(S.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        for splitter, setting in (
            (self.main_splitter, S.MAIN_SPLITTER),
            (self.right_splitter, S.RIGHT_SPLITTER),
        ):
            data = self.settings.get(setting)
            if data:
                splitter.restoreState(QByteArray(data))
        for table in self.editor.tables:
            data = self.settings.get(S.header_state(table.model.table_name))
            if data and table.view.horizontalHeader().restoreState(QByteArray(data)):
                table.columns_fitted = True
        data = self.settings.get(S.header_state("gaps"))
        if data:
            self.gaps.view.horizontalHeader().restoreState(QByteArray(data))
        tab = self.settings.get(S.CURRENT_TAB)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_state(self) -> None:
        self.settings.set(S.WINDOW_GEOMETRY, self.saveGeometry().data())
        self.settings.set(S.WINDOW_STATE, self.saveState().data())
        self.settings.set(S.MAIN_SPLITTER, self.main_splitter.saveState().data())
        self.settings.set(S.RIGHT_SPLITTER, self.right_splitter.saveState().data())
        for table in self.editor.tables:
            self.settings.set(
                S.header_state(table.model.table_name),
                table.view.horizontalHeader().saveState().data(),
            )
        self.settings.set(
            S.header_state("gaps"), self.gaps.view.horizontalHeader().saveState().data()
        )
        self.settings.set(S.CURRENT_TAB, self.tabs.currentIndex())
        self.settings.sync()

    def reset_layout(self) -> None:
        self.settings.reset_window_state()
        self.main_splitter.setSizes([300, 1300])
        self.right_splitter.setSizes([620, 330])
        for table in self.editor.tables:
            header = table.view.horizontalHeader()
            for logical in range(header.count()):
                header.moveSection(header.visualIndex(logical), logical)
            table.fit_columns()
        self.resize(1600, 1000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.close_workspace()
        super().closeEvent(event)


def _build_new_plan(name: str, from_template: bool) -> Plan:
    if from_template:
        from ..domain.model import with_new_ids
        from ..workbook.examples import template_plan

        return with_new_ids(template_plan(name), name=name)
    from datetime import date

    today = date.today()
    return Plan(
        name=name,
        horizon_start=today.replace(month=1, day=1),
        horizon_end=today.replace(year=today.year + 5, month=12, day=31),
    )


def _file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_()" else "_" for c in name).strip()
    return cleaned or "plan"
