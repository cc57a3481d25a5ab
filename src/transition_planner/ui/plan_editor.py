"""The plan editor: the plan's settings and one table per entity type.

The editor never writes anything itself: every change becomes a `PlanChange` that it dry-runs with
the controller (`check`) and hands over (`push_edit`: one undo command, one transaction). The
tables then refresh from the service's report like every other view.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import (
    PlanChange,
    add_entities,
    remove_entities,
    settings_change,
)
from ..domain.model import Entity, Plan
from ..domain.validation import Problem
from .delegates import DateEdit, EntityItemDelegate
from .table_models import (
    MODEL_CLASSES,
    SORT_ROLE,
    EntityTableModel,
    InputError,
    parse_date,
)


class Controller(Protocol):
    """What the editor needs of the main window."""

    def check(self, plan_id: str, change: PlanChange) -> list[Problem]: ...

    def push_edit(self, plan_id: str, change: PlanChange, label: str) -> bool: ...

    def show_message(self, text: str) -> None: ...


class _Sink:
    """The models' edit sink for the editor's current plan."""

    def __init__(self, editor: PlanEditor) -> None:
        self.editor = editor

    def check(self, change: PlanChange) -> list[Problem]:
        if self.editor.controller is None or self.editor.plan is None:
            return []
        return self.editor.controller.check(self.editor.plan.id, change)

    def commit(self, change: PlanChange, label: str) -> bool:
        if self.editor.controller is None or self.editor.plan is None:
            return False
        return self.editor.controller.push_edit(self.editor.plan.id, change, label)


class EntityTable(QWidget):
    """One entity table with its filter field and row buttons."""

    def __init__(self, model: EntityTableModel, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = title
        self.setObjectName(f"{model.table_name}Table")
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter {0}…").format(title.lower()))
        self.filter.setAccessibleName(self.tr("Filter {0}").format(title.lower()))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add a row (Ctrl+Ins)"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.setToolTip(self.tr("Duplicate the selected rows (Ctrl+D)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected rows (Ctrl+Del)"))
        for b, name in (
            (self.add_button, "add"),
            (self.duplicate_button, "duplicate"),
            (self.delete_button, "delete"),
        ):
            b.setObjectName(f"{model.table_name}_{name}")
            b.setAccessibleName(f"{b.text()} ({title})")

        self.view = QTableView(self)
        self.view.setObjectName(f"{model.table_name}View")
        self.view.setAccessibleName(title)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(EntityItemDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultSectionSize(130)
        self.view.verticalHeader().setDefaultSectionSize(24)

        buttons = QHBoxLayout()
        buttons.addWidget(self.filter, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.setTabOrder(self.filter, self.add_button)
        self.setTabOrder(self.add_button, self.duplicate_button)
        self.setTabOrder(self.duplicate_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.view)
        #: set when the widths were fitted or restored from the settings
        self.columns_fitted = False
        model.inputRejected.connect(self._rejected)

    def _rejected(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(self.tr("Not saved: {0}").format(message))

    def fit_columns(self, cap: int = 260) -> None:
        """Columns as wide as their contents (at most `cap` pixels), the last one stretched."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for col in range(header.count()):
            header.resizeSection(col, min(cap, max(70, header.sectionSize(col) + 12)))
        self.columns_fitted = True

    def selected_entities(self) -> list[Entity]:
        rows = sorted(
            {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        )
        if not rows and self.view.currentIndex().isValid():
            rows = [self.proxy.mapToSource(self.view.currentIndex()).row()]
        return [self.model.entity(r) for r in rows]

    def select_entity(self, entity_id: str, column: int = 0) -> bool:
        row = self.model.row_of(entity_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def source_index(self, row: int, column: int) -> Any:
        return self.model.index(row, column)


class PlanSettingsForm(QWidget):
    """Name, country, description, horizon, minimum overlap, cliff threshold."""

    changed = Signal(dict)  # field → new value (only what the planner changed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planSettings")
        self.plan: Plan | None = None
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Plan name"))
        self.country = QLineEdit(self)
        self.country.setAccessibleName(self.tr("Country"))
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        self.horizon_start = DateEdit(self)
        self.horizon_start.setAccessibleName(self.tr("Horizon start"))
        self.horizon_end = DateEdit(self)
        self.horizon_end.setAccessibleName(self.tr("Horizon end"))
        self.min_overlap = QSpinBox(self)
        self.min_overlap.setRange(0, 3650)
        self.min_overlap.setSuffix(self.tr(" days"))
        self.min_overlap.setAccessibleName(self.tr("Minimum overlap"))
        self.min_overlap.setToolTip(
            self.tr("A handover with less overlap than this is a cold handover")
        )
        self.cliff = QDoubleSpinBox(self)
        self.cliff.setRange(0.0, 1.0)
        self.cliff.setSingleStep(0.05)
        self.cliff.setDecimals(2)
        self.cliff.setAccessibleName(self.tr("Cliff threshold"))
        self.cliff.setToolTip(
            self.tr("A capacity falling below this share of the day before is a capacity cliff")
        )
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setObjectName("applySettings")
        self.apply_button.setToolTip(self.tr("Save the plan settings (Enter in a field)"))
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.setWordWrap(True)

        left = QFormLayout()
        left.addRow(self.tr("&Name"), self.name)
        left.addRow(self.tr("&Country"), self.country)
        left.addRow(self.tr("&Description"), self.description)
        right = QFormLayout()
        right.addRow(self.tr("Horizon &start"), self.horizon_start)
        right.addRow(self.tr("Horizon &end"), self.horizon_end)
        right.addRow(self.tr("Minimum &overlap"), self.min_overlap)
        right.addRow(self.tr("C&liff threshold"), self.cliff)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.apply_button)
        layout.addLayout(bottom)

        self.apply_button.clicked.connect(self.apply)
        for line in (self.name, self.country):
            line.returnPressed.connect(self.apply)
        self.horizon_start.line.returnPressed.connect(self.apply)
        self.horizon_end.line.returnPressed.connect(self.apply)
        self.horizon_start.picked.connect(self.apply)
        self.horizon_end.picked.connect(self.apply)
        self.min_overlap.editingFinished.connect(self.apply)
        self.cliff.editingFinished.connect(self.apply)
        self.name.editingFinished.connect(self.apply)
        self.country.editingFinished.connect(self.apply)
        self._loading = False

    def set_plan(self, plan: Plan | None) -> None:
        self._loading = True
        try:
            self.plan = plan
            self.setEnabled(plan is not None)
            if plan is None:
                for w in (self.name, self.country):
                    w.clear()
                self.description.clear()
                self.horizon_start.setText("")
                self.horizon_end.setText("")
                return
            if self.name.text() != plan.name:
                self.name.setText(plan.name)
            if self.country.text() != plan.country:
                self.country.setText(plan.country)
            if self.description.toPlainText() != plan.description:
                self.description.setPlainText(plan.description)
            self.horizon_start.line.setText(plan.horizon_start.isoformat())
            self.horizon_end.line.setText(plan.horizon_end.isoformat())
            self.min_overlap.setValue(plan.min_overlap_days)
            self.cliff.setValue(plan.cliff_threshold)
            self.error.clear()
        finally:
            self._loading = False

    def values(self) -> dict[str, object]:
        """The form's values as plan settings; InputError for a bad date."""
        start = parse_date(self.horizon_start.text(), optional=False)
        end = parse_date(self.horizon_end.text(), optional=False)
        assert isinstance(start, date) and isinstance(end, date)
        return {
            "name": self.name.text().strip(),
            "country": self.country.text().strip(),
            "description": self.description.toPlainText(),
            "horizon_start": start,
            "horizon_end": end,
            "min_overlap_days": self.min_overlap.value(),
            "cliff_threshold": round(self.cliff.value(), 4),
        }

    def apply(self) -> None:
        if self._loading or self.plan is None:
            return
        try:
            values = self.values()
        except InputError as exc:
            self.show_error(str(exc))
            return
        if abs(float(values["cliff_threshold"]) - self.plan.cliff_threshold) < 1e-9:  # type: ignore[arg-type]
            values["cliff_threshold"] = self.plan.cliff_threshold
        changed = {k: v for k, v in values.items() if getattr(self.plan, k) != v}
        if changed:
            self.changed.emit(changed)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setToolTip(text)


class PlanEditor(QWidget):
    """Settings form above one tab per entity table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.controller: Controller | None = None
        self.plan: Plan | None = None
        self.sink = _Sink(self)
        self.settings_form = PlanSettingsForm(self)
        self.settings_form.changed.connect(self._settings_changed)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("entityTabs")
        self.tabs.setAccessibleName(self.tr("Plan tables"))
        titles = [
            self.tr("Presences"),
            self.tr("Actors"),
            self.tr("Functions"),
            self.tr("Assignments"),
            self.tr("Milestones"),
        ]
        self.tables: list[EntityTable] = []
        for cls, title in zip(MODEL_CLASSES, titles, strict=True):
            model = cls(self.sink, self)
            table = EntityTable(model, title, self)
            table.add_button.clicked.connect(lambda _=False, t=table: self.add_row(t))
            table.duplicate_button.clicked.connect(lambda _=False, t=table: self.duplicate_rows(t))
            table.delete_button.clicked.connect(lambda _=False, t=table: self.delete_rows(t))
            self.tables.append(table)
            self.tabs.addTab(table, title)
        self.presences, self.actors, self.functions, self.assignments, self.milestones = self.tables
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.settings_form)
        layout.addWidget(self.tabs, 1)

    def set_controller(self, controller: Controller | None) -> None:
        self.controller = controller

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.settings_form.set_plan(plan)
        for table in self.tables:
            table.model.set_rows(plan)
            if plan is not None and not table.columns_fitted and table.model.rowCount():
                table.fit_columns()
            enabled = plan is not None
            for b in (table.add_button, table.duplicate_button, table.delete_button):
                b.setEnabled(enabled)

    def set_read_only(self, read_only: bool) -> None:
        for table in self.tables:
            table.model.set_sink(None if read_only else self.sink)
            for b in (table.add_button, table.duplicate_button, table.delete_button):
                b.setVisible(not read_only)
        self.settings_form.apply_button.setVisible(not read_only)

    def current_table(self) -> EntityTable:
        return self.tables[self.tabs.currentIndex()]

    def table_for(self, table_name: str) -> EntityTable:
        for t in self.tables:
            if t.model.table_name == table_name:
                return t
        raise KeyError(table_name)

    def show_table(self, table: EntityTable) -> None:
        self.tabs.setCurrentWidget(table)

    # -- row actions ----------------------------------------------------------------------

    def _push(self, change: PlanChange, label: str) -> bool:
        if self.controller is None or self.plan is None or change.is_empty():
            return False
        problems = self.controller.check(self.plan.id, change)
        if problems:
            self.controller.show_message(
                self.tr("Not saved: {0}").format("; ".join(str(p) for p in problems[:5]))
            )
            return False
        return self.controller.push_edit(self.plan.id, change, label)

    def add_row(self, table: EntityTable | None = None) -> Entity | None:
        table = table or self.current_table()
        if self.plan is None:
            return None
        try:
            entity = table.model.new_entity()
        except InputError as exc:
            if self.controller is not None:
                self.controller.show_message(str(exc))
            return None
        if self._push(add_entities([entity]), self.tr("Add {0}").format(_singular(table))):
            self.show_table(table)
            table.select_entity(entity.id)
            table.view.setFocus()
            return entity
        return None

    def duplicate_rows(self, table: EntityTable | None = None) -> list[Entity]:
        table = table or self.current_table()
        chosen = table.selected_entities()
        if not chosen or self.plan is None:
            return []
        copies: list[Entity] = []
        taken: set[str] = set()
        for e in chosen:
            copy = table.model.duplicate(e, taken)
            copies.append(copy)
            taken.add(str(getattr(copy, "name", "")).casefold())
        label = (
            self.tr("Duplicate {0}").format(_singular(table))
            if len(copies) == 1
            else self.tr("Duplicate {0} {1}").format(len(copies), table.title.lower())
        )
        if self._push(add_entities(copies), label):
            table.select_entity(copies[-1].id)
            return copies
        return []

    def delete_rows(self, table: EntityTable | None = None) -> list[Entity]:
        table = table or self.current_table()
        chosen = table.selected_entities()
        if not chosen or self.plan is None:
            return []
        change = remove_entities(self.plan, chosen)
        label = (
            self.tr("Delete {0}").format(_singular(table))
            if len(chosen) == 1
            else self.tr("Delete {0} {1}").format(len(chosen), table.title.lower())
        )
        return chosen if self._push(change, label) else []

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
        if len(values) == 1:
            label = self.tr("Change plan {0}").format(_setting_label(self, next(iter(values))))
        else:
            label = self.tr("Change plan settings")
        self.settings_form.error.clear()
        self.controller.push_edit(self.plan.id, change, label)


def _singular(table: EntityTable) -> str:
    names = {
        "presences": EntityTable.tr("presence"),
        "actors": EntityTable.tr("actor"),
        "functions": EntityTable.tr("function"),
        "assignments": EntityTable.tr("assignment"),
        "milestones": EntityTable.tr("milestone"),
    }
    return names.get(table.model.table_name, table.model.table_name)


def _setting_label(editor: PlanEditor, field: str) -> str:
    labels = {
        "name": PlanEditor.tr("name"),
        "country": PlanEditor.tr("country"),
        "description": PlanEditor.tr("description"),
        "horizon_start": PlanEditor.tr("horizon start"),
        "horizon_end": PlanEditor.tr("horizon end"),
        "min_overlap_days": PlanEditor.tr("minimum overlap"),
        "cliff_threshold": PlanEditor.tr("cliff threshold"),
    }
    return labels.get(field, field)
