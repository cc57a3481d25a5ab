"""The plan editor: the plan's settings above one table per entity type.

The editor never writes anything itself: every change becomes a `PlanChange` that it dry-runs with
the controller (`check`) and hands over (`push_edit`: one undo command, one transaction). The
tables then refresh from the service's report like every other view.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from ..domain.changes import (
    PlanChange,
    add_entities,
    entity_label,
    remove_entities,
    set_fields,
    settings_change,
)
from ..domain.findings import Finding
from ..domain.model import Entity, Plan
from ..domain.validation import Problem
from .entity_table import EntityTable
from .settings import ENTITY_TAB, Settings
from .settings_form import PlanSettingsForm, setting_label
from .table_columns import plan_areas
from .table_models import EntityTableModel, InputError
from .table_specs import TABLES


class Controller(Protocol):
    """What the editor needs of the window: the dry run and the one path of every change."""

    def check(self, plan_id: str, change: PlanChange) -> list[Problem]: ...

    def push_edit(self, plan_id: str, change: PlanChange, label: str) -> bool: ...


class _Sink:
    """The models' edit sink for the editor's current plan."""

    def __init__(self, editor: PlanEditor) -> None:
        self.editor = editor

    def check(self, change: PlanChange) -> list[Problem]:
        controller, plan = self.editor.controller, self.editor.plan
        if controller is None or plan is None:
            return []
        return controller.check(plan.id, change)

    def commit(self, change: PlanChange, label: str) -> bool:
        controller, plan = self.editor.controller, self.editor.plan
        if controller is None or plan is None:
            return False
        return controller.push_edit(plan.id, change, label)


class PlanEditor(QWidget):
    """Settings form above one tab per entity table."""

    #: Something could not be done or stored (the reason), for the status bar.
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.controller: Controller | None = None
        self.plan: Plan | None = None
        self.read_only = False
        self.sink = _Sink(self)
        self.settings_form = PlanSettingsForm(self)
        self.settings_form.changed.connect(self._settings_changed)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("entityTabs")
        self.tabs.setAccessibleName(self.tr("Plan tables"))
        self.tabs.setAccessibleDescription(
            self.tr("Ctrl+Tab and Ctrl+Shift+Tab switch between the tables")
        )
        self.tables: list[EntityTable] = []
        for spec in TABLES:
            table = EntityTable(EntityTableModel(spec, self.sink, self), self)
            table.add_button.clicked.connect(lambda _=False, t=table: self.add_row(t))
            table.duplicate_button.clicked.connect(lambda _=False, t=table: self.duplicate_rows(t))
            table.delete_button.clicked.connect(lambda _=False, t=table: self.delete_rows(t))
            table.model.inputRejected.connect(self._not_saved)
            table.delegate.refused.connect(self._not_saved)
            self.tables.append(table)
            self.tabs.addTab(table, table.title)
        self.tabs.currentChanged.connect(self._table_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.settings_form)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.settings_form.apply_button, self.tabs)

    def tab_chain(self) -> list[QWidget]:
        """The settings, then the tables' tabs, then each table's filter, buttons and cells
        (Tab visits those of the table shown)."""
        chain: list[QWidget] = [*self.settings_form.tab_chain(), self.tabs]
        for table in self.tables:
            chain += table.tab_chain()
        return chain

    # -- tables by name -------------------------------------------------------------------

    def table_for(self, table_name: str) -> EntityTable:
        for t in self.tables:
            if t.model.table_name == table_name:
                return t
        raise KeyError(table_name)

    @property
    def presences(self) -> EntityTable:
        return self.table_for("presences")

    @property
    def actors(self) -> EntityTable:
        return self.table_for("actors")

    @property
    def functions(self) -> EntityTable:
        return self.table_for("functions")

    @property
    def assignments(self) -> EntityTable:
        return self.table_for("assignments")

    @property
    def milestones(self) -> EntityTable:
        return self.table_for("milestones")

    @property
    def handovers(self) -> EntityTable:
        return self.table_for("handovers")

    @property
    def funding(self) -> EntityTable:
        return self.table_for("funding_lines")

    def current_table(self) -> EntityTable:
        return self.tables[self.tabs.currentIndex()]

    def show_table(self, table: EntityTable) -> None:
        self.tabs.setCurrentWidget(table)

    def _table_shown(self, index: int) -> None:
        """Switching tables from the keyboard (Ctrl+Tab) lands on the table's cells, as a
        spreadsheet's sheets do."""
        focus = QApplication.focusWidget()
        if focus is not None and self.tabs.isAncestorOf(focus):
            table = self.tables[index]
            table.view.setFocus(Qt.FocusReason.TabFocusReason)
            if not table.view.currentIndex().isValid() and table.proxy.rowCount():
                table.view.setCurrentIndex(table.proxy.index(0, 0))

    # -- plan -----------------------------------------------------------------------------

    def set_controller(self, controller: Controller | None) -> None:
        self.controller = controller

    def set_plan(self, plan: Plan | None) -> None:
        new_plan = plan is None or self.plan is None or plan.id != self.plan.id
        self.plan = plan
        self.settings_form.set_plan(plan)
        areas = plan_areas(plan) if plan is not None else []
        for table in self.tables:
            table.model.set_rows(plan)
            table.set_areas(areas)
            if new_plan or table.model.rowCount() <= 1:
                table.refit()
            enabled = plan is not None and not self.read_only
            for b in (table.add_button, table.duplicate_button, table.delete_button):
                b.setEnabled(enabled)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for table in self.tables:
            table.model.set_sink(None if read_only else self.sink)
            for b in (table.add_button, table.duplicate_button, table.delete_button):
                b.setVisible(not read_only)
        self.settings_form.set_read_only(read_only)

    def show_finding(self, finding: Finding) -> None:
        """Select what a finding concerns: its handover, its funding lines (a financial cliff:
        those of its year), its assignments, else its function, else its presence."""
        year = finding.extras.get("year") if finding.rule == "financial_cliff" else None
        if finding.handover_ids:
            table = self.handovers
            table.view.selectionModel().clearSelection()
            table.select_entities(list(finding.handover_ids))
        elif isinstance(year, int) and self.plan is not None:
            table = self.funding
            table.view.selectionModel().clearSelection()
            table.select_entities([f.id for f in self.plan.funding_lines if f.year == year])
        elif finding.assignment_ids:
            table = self.assignments
            table.view.selectionModel().clearSelection()
            table.select_entities(list(finding.assignment_ids))
        elif finding.function_id:
            table = self.functions
            table.select_entity(finding.function_id)
        elif finding.presence_ids:
            table = self.presences
            table.select_entity(finding.presence_ids[0])
        else:
            return
        self.show_table(table)

    def save_state(self, settings: Settings) -> None:
        settings.set(ENTITY_TAB, self.tabs.currentIndex())
        for table in self.tables:
            table.save_state(settings)

    def restore_state(self, settings: Settings) -> None:
        index = settings.get(ENTITY_TAB)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
        for table in self.tables:
            table.restore_state(settings)

    def reset_layout(self) -> None:
        for table in self.tables:
            table.reset_columns()

    # -- row actions ----------------------------------------------------------------------

    def _not_saved(self, reason: str) -> None:
        self.message.emit(self.tr("Not saved: {0}").format(reason))

    def _push(self, change: PlanChange, label: str) -> bool:
        if self.controller is None or self.plan is None or change.is_empty():
            return False
        problems = self.controller.check(self.plan.id, change)
        if problems:
            self._not_saved("; ".join(str(p) for p in problems[:5]))
            return False
        return self.controller.push_edit(self.plan.id, change, label)

    def add_row(self, table: EntityTable | None = None) -> Entity | None:
        """A new row in the table (the current one), selected with the keyboard on its first
        cell: typing fills it in."""
        table = table or self.current_table()
        if self.plan is None or self.read_only:
            return None
        try:
            entity = table.model.new_entity()
        except InputError as exc:
            self.message.emit(str(exc))
            return None
        if self._push(add_entities([entity]), table.model.spec.add_label()):
            self.show_table(table)
            table.select_entity(entity.id)
            table.view.setFocus()
            return entity
        return None

    def duplicate_rows(self, table: EntityTable | None = None) -> list[Entity]:
        table = table or self.current_table()
        chosen = table.selected_entities()
        if not chosen or self.plan is None or self.read_only:
            return []
        copies: list[Entity] = []
        taken: set[str] = set()
        for e in chosen:
            copy = table.model.duplicate(e, taken)
            copies.append(copy)
            taken.add(str(getattr(copy, "name", "")).casefold())
        if self._push(add_entities(copies), table.model.spec.duplicate_label(len(copies))):
            table.select_entity(copies[-1].id)
            return copies
        return []

    def delete_rows(self, table: EntityTable | None = None) -> list[Entity]:
        table = table or self.current_table()
        chosen = table.selected_entities()
        if not chosen or self.plan is None or self.read_only:
            return []
        change = remove_entities(self.plan, chosen)
        return chosen if self._push(change, table.model.spec.delete_label(len(chosen))) else []

    def move_assignment(self, assignment_id: str, start: date, end: date | None) -> bool:
        """New dates for an assignment (a bar's edge dragged on the timeline), one undoable
        edit; False (and the reason) when they cannot be."""
        plan = self.plan
        if plan is None or self.controller is None or self.read_only:
            return False
        entity = next((a for a in plan.assignments if a.id == assignment_id), None)
        if entity is None:
            return False
        change = set_fields(plan, entity, start=start, end=end)
        if change.is_empty():
            return True
        problems = self.controller.check(plan.id, change)
        if problems:
            self.message.emit(self.tr("Not moved: {0}").format(problems[0].message))
            return False
        label = self.tr("Move {0}").format(entity_label(plan, entity))
        return self.controller.push_edit(plan.id, change, label)

    # -- settings -------------------------------------------------------------------------

    def _settings_changed(self, values: dict[str, object]) -> None:
        if self.plan is None or self.controller is None:
            return
        change = settings_change(self.plan, **values)
        if change.is_empty():
            return
        problems = self.controller.check(self.plan.id, change)
        if problems:
            self.settings_form.show_error(
                self.tr("Not saved: {0}").format("; ".join(p.message for p in problems))
            )
            return
        label = (
            setting_label(next(iter(values)))
            if len(values) == 1
            else self.tr("Change plan settings")
        )
        self.settings_form.clear_error()
        self.controller.push_edit(self.plan.id, change, label)
