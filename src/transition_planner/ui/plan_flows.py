"""What the planner does to whole plans: create (blank or from the template), duplicate, rename,
delete. The service names and drafts the plans; each step here is one undoable command."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ..domain.changes import settings_change
from ..domain.model import Plan
from . import settings as S
from .commands import CreatePlanCommand, DeletePlanCommand
from .session import WorkspaceSession


class Notifier(Protocol):
    """Where the flows tell the planner something."""

    def show_error(self, title: str, text: str) -> None: ...

    def show_message(self, text: str) -> None: ...


class PlanFlows(QObject):
    def __init__(self, parent: QWidget, session: WorkspaceSession, notifier: Notifier) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.notifier = notifier

    # -- names ----------------------------------------------------------------------------

    def ask_name(self, title: str, label: str, default: str) -> str | None:
        name, ok = QInputDialog.getText(self.parent_widget, title, label, text=default)
        name = name.strip() if ok else ""
        return name or None

    def name_refused(self, title: str, name: str, own_id: str | None = None) -> bool:
        """Say so and return True when `name` cannot name a plan."""
        service = self.session.service
        if service is None:
            return True
        from ..services.naming import PlanNameProblem

        problem = service.plan_name_problem(name, own_id)
        if problem is PlanNameProblem.TAKEN:
            self.notifier.show_error(
                title, self.tr("A plan named “{0}” already exists.").format(name)
            )
            return True
        if problem is PlanNameProblem.BLANK:
            self.notifier.show_error(title, self.tr("A plan needs a name."))
            return True
        return False

    # -- plans ----------------------------------------------------------------------------

    def create(self, plan: Plan, label: str) -> str | None:
        """Store a drafted plan as one undoable command and show it."""
        service = self.session.service
        if service is None:
            return None
        if self.session.push(CreatePlanCommand(service, plan, label, self.session.command_failed)):
            self.session.select_plan(plan.id)
            return plan.id
        return None

    def new_plan(self, from_template: bool = False) -> str | None:
        service = self.session.service
        if service is None or not self.session.writable:
            return None
        title = self.tr("New plan from template") if from_template else self.tr("New plan")
        name = self.ask_name(
            title,
            self.tr("Name of the new plan:"),
            service.free_plan_name(self.tr("New transition plan")),
        )
        if name is None or self.name_refused(title, name):
            return None
        plan = service.draft_plan(name, from_template=from_template)
        label = (
            self.tr("New plan {0} from the template") if from_template else self.tr("New plan {0}")
        ).format(name)
        return self.create(plan, label)

    def duplicate_plan(self, plan_id: str | None) -> str | None:
        service = self.session.service
        if service is None or not plan_id or not self.session.writable:
            return None
        source = service.plan(plan_id)
        title = self.tr("Duplicate plan")
        name = self.ask_name(
            title,
            self.tr("Name of the copy:"),
            service.free_plan_name(self.tr("{0} (copy)").format(source.name)),
        )
        if name is None or self.name_refused(title, name):
            return None
        copy = service.draft_copy(plan_id, name)
        return self.create(copy, self.tr("Duplicate plan {0} as {1}").format(source.name, name))

    def rename_plan(self, plan_id: str | None) -> bool:
        service = self.session.service
        if service is None or not plan_id or not self.session.writable:
            return False
        plan = service.plan(plan_id)
        title = self.tr("Rename plan")
        name = self.ask_name(title, self.tr("New name:"), plan.name)
        if name is None or name == plan.name or self.name_refused(title, name, plan_id):
            return False
        return self.session.push_edit(
            plan_id,
            settings_change(plan, name=name),
            self.tr("Rename plan {0} to {1}").format(plan.name, name),
        )

    def delete_plan(self, plan_id: str | None) -> bool:
        service = self.session.service
        if service is None or not plan_id or not self.session.writable:
            return False
        plan = service.plan(plan_id)
        if self.session.settings.get(S.CONFIRM_DELETE_PLAN):
            answer = QMessageBox.question(
                self.parent_widget,
                self.tr("Delete plan"),
                self.tr(
                    "Delete the plan “{0}” with its %n assignment(s)? "
                    "You can undo this with Edit → Undo.",
                    "",
                    len(plan.assignments),
                ).format(plan.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.session.push(
            DeletePlanCommand(
                service,
                plan_id,
                self.tr("Delete plan {0}").format(plan.name),
                self.session.command_failed,
            )
        )
