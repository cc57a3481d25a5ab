"""Undo commands: one `QUndoCommand` per change a planner makes, one transaction each.

`QUndoStack.push()` calls `redo()` at once, so a command does its work in `redo()` and is never
applied before it is pushed. Commands carry the plan id: one stack serves the whole workspace.
When the service refuses (the plan changed under the command, the disk is full …) the command
marks itself obsolete — the stack drops it — and reports the error through `on_error`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from ..domain.changes import PlanChange
from ..domain.model import Plan

ErrorHandler = Callable[[str, Exception], None]


class PlanService(Protocol):
    """What the commands need of `services.PlanningService`."""

    def edit(self, plan_id: str, change: PlanChange, label: str = "") -> object: ...

    def apply_import(self, plan_id: str, change: PlanChange, label: str = "") -> object: ...

    def create_plan(self, plan: Plan, *, label: str = "") -> object: ...

    def delete_plan(self, plan_id: str) -> Plan: ...

    def restore_plan(self, plan: Plan) -> object: ...


class ServiceCommand(QUndoCommand):
    """Base: remembers the service, the plan id and where to report a failure."""

    def __init__(
        self, service: PlanService, plan_id: str, text: str, on_error: ErrorHandler | None = None
    ) -> None:
        super().__init__(text)
        self.service = service
        self.plan_id = plan_id
        self.on_error = on_error
        self.error: Exception | None = None
        self.done = False

    def _fail(self, exc: Exception) -> None:
        self.error = exc
        self.setObsolete(True)
        if self.on_error is not None:
            self.on_error(self.text(), exc)

    def redo(self) -> None:
        try:
            self.do()
            self.done = True
        except Exception as exc:  # the stack cannot see exceptions raised in redo()
            self._fail(exc)

    def undo(self) -> None:
        try:
            self.undo_it()
            self.done = False
        except Exception as exc:
            self._fail(exc)

    def do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_it(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class EditPlanCommand(ServiceCommand):
    """A change to one plan: a cell, added or removed rows, settings."""

    def __init__(
        self,
        service: PlanService,
        plan_id: str,
        change: PlanChange,
        text: str,
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(service, plan_id, text, on_error)
        self.change = change

    def do(self) -> None:
        self.service.edit(self.plan_id, self.change, self.text())

    def undo_it(self) -> None:
        self.service.edit(self.plan_id, self.change.inverted(), self.text())


class ImportCommand(EditPlanCommand):
    """The accepted part of a reviewed workbook: a backup first, then one transaction."""

    def do(self) -> None:
        self.service.apply_import(self.plan_id, self.change, self.text())


class CreatePlanCommand(ServiceCommand):
    """A new plan (blank, from the template, a duplicate or an imported workbook)."""

    def __init__(
        self, service: PlanService, plan: Plan, text: str, on_error: ErrorHandler | None = None
    ) -> None:
        super().__init__(service, plan.id, text, on_error)
        self.plan = plan

    def do(self) -> None:
        self.service.create_plan(self.plan, label=self.text())

    def undo_it(self) -> None:
        self.plan = self.service.delete_plan(self.plan_id)


class DeletePlanCommand(ServiceCommand):
    """A deleted plan; undo puts it back with the same ids."""

    def __init__(
        self, service: PlanService, plan_id: str, text: str, on_error: ErrorHandler | None = None
    ) -> None:
        super().__init__(service, plan_id, text, on_error)
        self.plan: Plan | None = None

    def do(self) -> None:
        self.plan = self.service.delete_plan(self.plan_id)

    def undo_it(self) -> None:
        assert self.plan is not None
        self.service.restore_plan(self.plan)
