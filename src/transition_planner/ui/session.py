"""The window's state without its widgets: the open workspace, the plan shown and its analysis, the
undo stack, and the one path of every change.

Every change goes through the service (one transaction) inside one undo command; the session
subscribes to the service's reports and says what changed through its signals — the widgets never
poll the store. Opening a workspace clears the undo stack (it is not undoable); one stack serves
all the plans of a workspace, each command carrying its plan id. A report that arrives from
another thread (a restore in the background) is handled on the GUI thread.
"""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QUndoStack

from ..domain.changes import PlanChange
from ..domain.findings import Analysis
from ..domain.model import Plan
from ..domain.validation import PlanInvalid, Problem
from . import settings as S
from .actions import Needs
from .operations import Operation, OperationRunner
from .settings import Settings

if TYPE_CHECKING:
    from ..services import PlanSummary
    from ..services.planning import EditReport, PlanningService
    from .commands import ServiceCommand


class WorkspaceSession(QObject):
    """See the module's docstring."""

    #: A workspace was opened or closed.
    workspaceChanged = Signal()
    #: The list of plans may have changed (a plan added, removed, or the workspace replaced).
    plansChanged = Signal()
    #: A plan of the workspace was edited (its name, country, horizon or counts may differ).
    planEdited = Signal(object)
    #: `plan` is another plan, or the same plan changed.
    planChanged = Signal()
    #: `analysis` is new (of `plan`).
    analysisChanged = Signal()
    #: A big plan's analysis started in the background.
    analysing = Signal()
    #: A line for the status bar (what a change did).
    statusMessage = Signal(str)
    #: A change failed: (title, text).
    errorRaised = Signal(str, str)
    #: A plan chosen later in the session cannot be read (a damaged stored value): the error.
    damaged = Signal(object)
    _reportArrived = Signal(object)

    def __init__(
        self, settings: Settings, operations: OperationRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.operations = operations
        self.service: PlanningService | None = None
        self.plan_id: str | None = None
        self.plan: Plan | None = None
        self.analysis: Analysis | None = None
        #: The as-of day of the register rules (None: today), set in the gaps panel.
        self.as_of: date | None = None
        self.undo_stack = QUndoStack(self)
        self.timings: dict[str, float] = {}
        self._in_command = False
        self._analysis_seq = 0
        self._reportArrived.connect(self._on_report)

    # -- workspace ------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return bool(self.service is not None and self.service.workspace.read_only)

    @property
    def writable(self) -> bool:
        return self.service is not None and not self.read_only

    def needs_met(self, *, busy: bool) -> Needs:
        """What the actions may rely on now (see `actions.Needs`)."""
        met = Needs.NOTHING
        if self.service is not None:
            met |= Needs.WORKSPACE
            if self.writable:
                met |= Needs.WRITABLE
        if self.plan is not None:
            met |= Needs.PLAN
        if not busy:
            met |= Needs.IDLE
        return met

    def set_service(self, service: PlanningService) -> None:
        """Show a freshly opened workspace (the session owns the service from then on)."""
        self.close()
        self.service = service
        service.subscribe(self._report_from_service)
        self.undo_stack.clear()
        self.settings.add_recent_workspace(service.workspace.path)
        summaries = service.plans()
        last = self.settings.get(S.LAST_PLAN)
        ids = [s.id for s in summaries]
        chosen = last if last in ids else (ids[0] if ids else None)
        self.plan_id = None
        self.workspaceChanged.emit()
        self.plansChanged.emit()
        self.select_plan(chosen)

    def close(self) -> None:
        """Close the workspace (one file, no lock left)."""
        service = self.service
        if service is None:
            return
        self.operations.cancel_all()
        self.operations.wait()
        self.undo_stack.clear()
        service.unsubscribe(self._report_from_service)
        service.close()
        self.service = None
        self.plan_id = None
        self.plan = None
        self.analysis = None
        self.workspaceChanged.emit()
        self.plansChanged.emit()
        self.planChanged.emit()
        self.analysisChanged.emit()

    def summaries(self) -> list[PlanSummary]:
        if self.service is None:
            return []
        return self.service.plans()

    # -- the plan shown -------------------------------------------------------------------

    def select_plan(self, plan_id: str | None) -> None:
        if plan_id == self.plan_id and self.plan is not None:
            return
        self.plan_id = plan_id
        if plan_id is not None:
            self.settings.set(S.LAST_PLAN, plan_id)
        self.refresh_plan()

    def refresh_plan(self) -> None:
        started = time.perf_counter()
        if self.service is None or self.plan_id is None:
            self.plan = None
            self.analysis = None
            self.planChanged.emit()
            self.analysisChanged.emit()
        else:
            from ..services import WorkspaceCorrupt

            try:
                self.plan = self.service.plan(self.plan_id)
            except WorkspaceCorrupt as exc:
                self.plan = None
                self.analysis = None
                self.planChanged.emit()
                self.analysisChanged.emit()
                self.damaged.emit(exc)
                return
            self.planChanged.emit()
            self._analyse()
        self.timings["refresh_plan"] = time.perf_counter() - started

    def set_as_of(self, day: date | None) -> None:
        """Judge the registers as of `day` (None: today) from now on; analyse again."""
        if day == self.as_of:
            return
        self.as_of = day
        if self.service is not None and self.plan is not None:
            self._analyse()

    def _analyse(self) -> None:
        """The analysis of the current plan: at once, or off the GUI thread when it is big."""
        assert self.service is not None and self.plan is not None
        plan = self.plan
        self._analysis_seq += 1
        seq = self._analysis_seq
        if len(plan.assignments) <= self.settings.get(S.BACKGROUND_ANALYSIS_ABOVE):
            self.analysis = self.service.analysis(plan.id, self.as_of)
            self.analysisChanged.emit()
            return
        from ..domain.analysis import analyse

        day = self.as_of

        def shown(result: Analysis) -> None:
            if seq == self._analysis_seq and self.plan is plan:
                self.analysis = result
                self.analysisChanged.emit()

        self.analysing.emit()
        Operation(
            self.operations,
            lambda: analyse(plan, day),
            label=self.tr("Analysing {0}…").format(plan.name),
            error_title=self.tr("Analysis failed"),
            progress=False,
        ).success(shown).run_in_background()

    # -- reports --------------------------------------------------------------------------

    def _report_from_service(self, report: EditReport) -> None:
        if QThread.currentThread() is self.thread():
            self._on_report(report)
        else:
            self._reportArrived.emit(report)  # queued to the GUI thread

    def _on_report(self, report: EditReport) -> None:
        """Every change to the workspace reports here; say what it touched."""
        if self.service is None:
            return
        plan_id = report.plan_id
        if report.before is not None and report.after is not None:
            self.planEdited.emit(report.after)  # the list shows it from the plan: no query
        else:
            self.plansChanged.emit()
        if not plan_id:  # the whole workspace changed (a restored backup)
            self.undo_stack.clear()
            ids = [s.id for s in self.service.plans()]
            keep = self.plan_id if self.plan_id in ids else (ids[0] if ids else None)
            self.plan_id, self.plan = None, None
            self.select_plan(keep)
        elif report.after is None and plan_id == self.plan_id:
            ids = [s.id for s in self.service.plans()]
            self.plan_id, self.plan = None, None
            self.select_plan(ids[0] if ids else None)
        elif plan_id == self.plan_id:
            self.refresh_plan()
        elif self._in_command and report.after is not None:
            # undo/redo of a change to another plan: show that plan
            self.select_plan(plan_id)
        if report.lines:
            more = len(report.lines) - 1
            self.statusMessage.emit(
                report.lines[0]
                if more == 0
                else self.tr("{0} (and %n more)", "", more).format(report.lines[0])
            )

    # -- the one path of every change -----------------------------------------------------

    def check(self, plan_id: str, change: PlanChange) -> list[Problem]:
        if self.service is None:
            return []
        try:
            return self.service.check(plan_id, change)
        except Exception as exc:  # ChangeConflict: a stale change
            return [Problem("Plan", None, None, "", "", str(exc))]

    def push_edit(self, plan_id: str, change: PlanChange, label: str) -> bool:
        if self.service is None or self.read_only:
            return False
        from .commands import EditPlanCommand  # (made when first needed: a shorter start)

        return self.push(EditPlanCommand(self.service, plan_id, change, label, self.command_failed))

    def push(self, command: ServiceCommand) -> bool:
        """Do a command (its redo runs now) and keep it for undo; False when it failed."""
        self._in_command = True
        try:
            self.undo_stack.push(command)
        finally:
            self._in_command = False
        return command.error is None

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        self._in_command = True
        try:
            if undo:
                self.undo_stack.undo()
            else:
                self.undo_stack.redo()
        finally:
            self._in_command = False

    def command_failed(self, label: str, exc: Exception) -> None:
        if isinstance(exc, PlanInvalid):
            text = "\n".join(str(p) for p in exc.problems[:10])
        else:
            text = str(exc)
        self.errorRaised.emit(self.tr("Could not do “{0}”").format(label), text)
        self.refresh_plan()
