"""Workbooks and pictures in and out: each one `Operation` in the background, its follow-up (the
change review, the naming of an imported plan, the warnings of an export) opened only once the
progress is gone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.model import Plan
from . import settings as S
from .commands import ImportCommand
from .operations import Operation, OperationRunner, RunningWork, describe_error
from .plan_flows import Notifier, PlanFlows
from .session import WorkspaceSession

if TYPE_CHECKING:
    from .dialogs import Review


def file_name(name: str) -> str:
    """A plan's name as a file name."""
    cleaned = "".join(c if c.isalnum() or c in " -_()" else "_" for c in name).strip()
    return cleaned or "plan"


class WorkbookFlows(QObject):
    def __init__(
        self,
        parent: QWidget,
        session: WorkspaceSession,
        operations: OperationRunner,
        notifier: Notifier,
        plans: PlanFlows,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.operations = operations
        self.notifier = notifier
        self.plans = plans
        #: the change review while it is open (tests and screenshots look at it)
        self.review_dialog: QWidget | None = None

    @property
    def settings(self) -> S.Settings:
        return self.session.settings

    def _start_folder(self) -> Path:
        return Path(self.settings.get(S.LAST_DIRECTORY) or str(Path.home()))

    # -- import ---------------------------------------------------------------------------

    def import_workbook(
        self, path: Path | None = None, *, into: bool | None = None
    ) -> RunningWork | None:
        """Import a workbook into the shown plan (with the change review) or as a new plan."""
        if self.session.service is None or not self.session.writable:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                self.tr("Import workbook"),
                str(self._start_folder()),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            self.settings.set(S.LAST_DIRECTORY, str(path.parent))
        plan = self.session.plan
        if into is None:
            into = False
            if plan is not None:
                answer = self._ask_into(path, plan)
                if answer is None:
                    return None
                into = answer
        if into and plan is not None:
            return self._import_into(path, plan)
        return self._import_new(path)

    def _ask_into(self, path: Path, plan: Plan) -> bool | None:
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle(self.tr("Import workbook"))
        box.setText(
            self.tr("Import “{0}” into the plan “{1}”, or as a new plan?").format(
                path.name, plan.name
            )
        )
        into_button = box.addButton(
            self.tr("Into “{0}”").format(plan.name), QMessageBox.ButtonRole.AcceptRole
        )
        new_button = box.addButton(self.tr("As a new plan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is into_button:
            return True
        if clicked is new_button:
            return False
        return None

    def _import_failed(self, path: Path, error: Exception) -> None:
        self.notifier.show_error(
            self.tr("Cannot import {0}").format(path.name),
            describe_error(error, lambda n: self.tr("%n problem(s); nothing was imported:", "", n)),
        )

    def _import_into(self, path: Path, plan: Plan) -> RunningWork:
        from ..services.planning import review_workbook

        plan_id = plan.id
        return (
            Operation(
                self.operations,
                lambda: review_workbook(plan, path),
                label=self.tr("Reading {0}…").format(path.name),
                error_title=self.tr("Cannot import {0}").format(path.name),
            )
            .success(lambda review: self.review_and_apply(plan_id, review))
            .failure(lambda error: self._import_failed(path, error))
            .run_in_background()
        )

    def review_and_apply(self, plan_id: str, review: Review) -> bool:
        """Show the change review; apply what the planner accepts as one undoable command."""
        from .dialogs import ChangeReviewDialog

        service = self.session.service
        if service is None:
            return False
        plan = service.plan(plan_id)
        dialog = ChangeReviewDialog(
            review,
            plan.name,
            lambda change: self.session.check(plan_id, change),
            self.parent_widget,
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
        return self.session.push(
            ImportCommand(service, plan_id, change, label, self.session.command_failed)
        )

    def _import_new(self, path: Path) -> RunningWork:
        from ..services.planning import read_workbook_plan

        return (
            Operation(
                self.operations,
                lambda: read_workbook_plan(path),
                label=self.tr("Reading {0}…").format(path.name),
                error_title=self.tr("Cannot import {0}").format(path.name),
            )
            .success(lambda plan: self.add_imported_plan(plan))
            .failure(lambda error: self._import_failed(path, error))
            .run_in_background()
        )

    def add_imported_plan(self, plan: Plan) -> str | None:
        service = self.session.service
        if service is None:
            return None
        from ..services.naming import PlanNameProblem

        title = self.tr("Import workbook")
        if service.plan_name_problem(plan.name) is not None:
            name = self.plans.ask_name(
                title,
                self.tr("A plan named “{0}” already exists. Name of the imported plan:").format(
                    plan.name
                ),
                service.free_plan_name(plan.name or self.tr("Imported plan")),
            )
            if name is None or self.plans.name_refused(title, name):
                return None
            plan = replace(plan, name=name)
        assert service.plan_name_problem(plan.name) is not PlanNameProblem.TAKEN
        return self.plans.create(plan, self.tr("Import {0}").format(plan.name))

    # -- export ---------------------------------------------------------------------------

    def export_workbook(self, path: Path | None = None) -> RunningWork | None:
        service, plan = self.session.service, self.session.plan
        if service is None or plan is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                self.tr("Export workbook"),
                str(self._start_folder() / f"{file_name(plan.name)}.xlsx"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_suffix(".xlsx")
            self.settings.set(S.LAST_DIRECTORY, str(path.parent))
        # prime the caches on the GUI thread: the worker then only builds the workbook
        # the Gaps sheet says what the gaps panel says: judged as of its As of day
        as_of = self.session.as_of
        service.plan(plan.id)
        service.analysis(plan.id, as_of)
        target = Path(path)
        plan_id, name = plan.id, plan.name

        def done(warnings: list[str]) -> None:
            text = self.tr("Exported {0} to {1}").format(name, target)
            if warnings:
                count = self.tr("%n warning(s):", "", len(warnings))
                QMessageBox.information(
                    self.parent_widget,
                    self.tr("Export workbook"),
                    f"{text}\n\n{count}\n" + "\n".join(warnings[:20]),
                )
            self.notifier.show_message(text)

        return (
            Operation(
                self.operations,
                lambda: service.export_workbook(plan_id, target, as_of),
                label=self.tr("Writing {0}…").format(target.name),
                error_title=self.tr("Cannot export to {0}").format(target),
            )
            .success(done)
            .run_in_background()
        )

    def export_picture(self, path: Path | None = None) -> RunningWork | None:
        plan, analysis = self.session.plan, self.session.analysis
        if plan is None or analysis is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent_widget,
                self.tr("Export timeline picture"),
                str(self._start_folder() / f"{file_name(plan.name)}-timeline.png"),
                self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        target = Path(path)
        name = plan.name
        service = self.session.service
        refusal = service.output_refusal(target) if service is not None else ""
        if refusal:
            self.notifier.show_error(self.tr("Cannot save {0}").format(target), refusal)
            return None

        def draw() -> object:
            from ..charts.export import render_timeline

            return render_timeline(plan, analysis, target)

        return (
            Operation(
                self.operations,
                draw,
                label=self.tr("Drawing {0}…").format(target.name),
                error_title=self.tr("Cannot save {0}").format(target),
            )
            .success(
                lambda _r: self.notifier.show_message(
                    self.tr("Saved the timeline of {0} to {1}").format(name, target)
                )
            )
            .run_in_background()
        )
