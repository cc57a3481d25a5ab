"""What the window does when asked: the commands of its actions and of its parts.

The table of actions (`action_table`) calls these by name; each hands the work to the part that
does it — the session, the flows (made when first needed, for a shorter start), the views — so
that `main_window` stays the composition of the parts and how they are connected."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMessageBox

from ..domain.changes import PlanChange
from ..domain.findings import Finding
from ..domain.validation import Problem
from .operations import OperationRunner, RunningWork

if TYPE_CHECKING:
    from ..services.planning import PlanningService
    from .brief_flow import BriefFlow
    from .gaps_panel import GapsPanel
    from .navigation import Navigator
    from .plan_browser import PlanBrowser
    from .plan_editor import PlanEditor
    from .plan_flows import PlanFlows
    from .session import WorkspaceSession
    from .settings import Settings
    from .views import ViewTabs
    from .workbook_flows import WorkbookFlows
    from .workspace_flows import WorkspaceFlows


class WindowCommands(QMainWindow):
    """The main window's commands (`MainWindow` makes the parts named below)."""

    settings: Settings
    session: WorkspaceSession
    operations: OperationRunner
    browser: PlanBrowser
    editor: PlanEditor
    views: ViewTabs
    gaps: GapsPanel
    last_message: str

    # -- the flows, made when first needed (a shorter start) -----------------------------

    @cached_property
    def plans(self) -> PlanFlows:
        from .plan_flows import PlanFlows

        return PlanFlows(self, self.session, self)

    @cached_property
    def workbooks(self) -> WorkbookFlows:
        from .workbook_flows import WorkbookFlows

        return WorkbookFlows(self, self.session, self.operations, self, self.plans)

    @cached_property
    def workspaces(self) -> WorkspaceFlows:
        from .workspace_flows import WorkspaceFlows

        return WorkspaceFlows(self, self.session, self.operations, self)

    @cached_property
    def briefs(self) -> BriefFlow:
        from .brief_flow import BriefFlow

        return BriefFlow(self, self.session, self.operations, self)

    @cached_property
    def navigator(self) -> Navigator:
        from .navigation import Navigator

        return Navigator(self.browser, self.editor, self.views, self.gaps)

    # -- workspace ------------------------------------------------------------------------

    def open_workspace(
        self, path: Path | None, *, create: bool = False, read_only: bool = False
    ) -> bool:
        return self.workspaces.open_workspace(path, create=create, read_only=read_only)

    def set_service(self, service: PlanningService) -> None:
        """Show a freshly opened workspace (the window takes ownership of the service)."""
        self.session.set_service(service)

    def close_workspace(self) -> None:
        self.session.close()

    def choose_workspace(self) -> None:
        self.workspaces.choose_workspace()

    def backup_now(self) -> None:
        self.workspaces.backup_now()

    def show_backups(self) -> None:
        self.workspaces.show_backups()

    def restore_backup(self, backup: Path) -> RunningWork | None:
        return self.workspaces.restore_backup(backup)

    # -- plans ----------------------------------------------------------------------------

    def select_plan(self, plan_id: str | None) -> None:
        self.session.select_plan(plan_id)

    def new_plan(self, from_template: bool = False) -> str | None:
        return self.plans.new_plan(from_template)

    def duplicate_plan(self, plan_id: str | None = None) -> str | None:
        return self.plans.duplicate_plan(plan_id or self.session.plan_id)

    def rename_plan(self, plan_id: str | None = None) -> bool:
        return self.plans.rename_plan(plan_id or self.session.plan_id)

    def delete_plan(self, plan_id: str | None = None) -> bool:
        return self.plans.delete_plan(plan_id or self.session.plan_id)

    # -- workbooks ------------------------------------------------------------------------

    def import_workbook(
        self, path: Path | None = None, *, into: bool | None = None
    ) -> RunningWork | None:
        return self.workbooks.import_workbook(path, into=into)

    def export_workbook(self, path: Path | None = None) -> RunningWork | None:
        return self.workbooks.export_workbook(path)

    def export_picture(self, path: Path | None = None) -> RunningWork | None:
        return self.workbooks.export_picture(path)

    def export_brief(self, path: Path | None = None, language: str | None = None) -> object:
        return self.briefs.export_brief(path, language)

    # -- the workspace views --------------------------------------------------------------

    def compare_plans(self, a: str | None = None, b: str | None = None) -> object:
        """The Compare view, with plan `a` (default: the one shown) as A and `b` as B."""
        a = a or self.session.plan_id
        return self.views.compare_plans(a, b) if a else None

    # -- editing --------------------------------------------------------------------------

    def check(self, plan_id: str, change: PlanChange) -> list[Problem]:
        return self.session.check(plan_id, change)

    def push_edit(self, plan_id: str, change: PlanChange, label: str) -> bool:
        return self.session.push_edit(plan_id, change, label)

    def undo(self) -> None:
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def add_row(self) -> None:
        self.editor.add_row()

    def duplicate_rows(self) -> None:
        self.editor.duplicate_rows()

    def delete_rows(self) -> None:
        self.editor.delete_rows()

    def _timeline_dragged(self, assignment_id: str, start: date, end: date | None) -> None:
        if not self.editor.move_assignment(assignment_id, start, end):
            self.views.show_analysis(self.session.plan, self.session.analysis)  # the bar goes back

    # -- messages -------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.last_message = text
        self.statusBar().showMessage(text, 10000)

    def show_error(self, title: str, text: str) -> None:
        self.last_message = f"{title}: {text}"
        self.statusBar().showMessage(self.last_message, 15000)
        QMessageBox.warning(self, title, text)

    # -- navigation -----------------------------------------------------------------------

    def show_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)

    def focus_filter(self) -> None:
        self.navigator.focus_filter()

    def focus_gaps(self) -> None:
        self.gaps.view.setFocus()

    def focus_browser(self) -> None:
        self.browser.view.setFocus()

    def focus_pane(self, step: int) -> None:
        """F6 / Shift+F6: the next or previous part of the window."""
        self.navigator.focus_pane(step, self.focusWidget())

    def show_finding(self, finding: Finding) -> None:
        """Select what a finding concerns in the editor and show it on the timeline."""
        self.views.show_finding(finding)

    def show_guide(self) -> None:
        from .dialogs import show_guide

        show_guide(self)

    def show_preferences(self) -> bool:
        """Preferences; True when another language was chosen (it applies at the next start)."""
        from .preferences import show_preferences

        changed = show_preferences(self.settings, self)
        if changed:
            self.statusBar().showMessage(
                self.tr("The new language is used the next time Transition Planner starts."), 8000
            )
        return changed

    def show_about(self) -> None:
        from .dialogs import show_about

        service = self.session.service
        show_about(self, str(service.workspace.path) if service is not None else "–")
