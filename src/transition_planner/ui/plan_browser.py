"""The plan browser: the workspace's plans, a search field and the plan actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Plan
from ..i18n import format_day, format_number

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class Summary(Protocol):
    """What the list shows of a plan (the store's `PlanSummary`)."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def country(self) -> str: ...

    @property
    def horizon_start(self) -> date: ...

    @property
    def horizon_end(self) -> date: ...

    @property
    def counts(self) -> dict[str, int]: ...


@dataclass(frozen=True)
class PlanRow:
    """A plan's summary made from the plan itself (after an edit: no query needed)."""

    id: str
    name: str
    country: str
    horizon_start: date
    horizon_end: date
    counts: dict[str, int]

    @classmethod
    def of(cls, plan: Plan) -> PlanRow:
        return cls(
            plan.id, plan.name, plan.country, plan.horizon_start, plan.horizon_end, plan.counts()
        )


class PlanListModel(QAbstractTableModel):
    """One row per plan of the workspace."""

    COL_NAME, COL_COUNTRY, COL_HORIZON, COL_ASSIGNMENTS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Summary] = []
        self._headers = [
            self.tr("Plan"),
            self.tr("Country"),
            self.tr("Horizon"),
            self.tr("Assignments"),
        ]

    def set_rows(self, summaries: Sequence[Summary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def update(self, summary: Summary) -> bool:
        """Show a plan's new summary in its row; False when it is not listed."""
        row = self.row_of(summary.id)
        if row is None:
            return False
        self._rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def summary(self, row: int) -> Summary:
        return self._rows[row]

    def row_of(self, plan_id: str) -> int | None:
        for i, s in enumerate(self._rows):
            if s.id == plan_id:
                return i
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.COL_NAME:
                return s.name
            if col == self.COL_COUNTRY:
                return s.country
            if col == self.COL_HORIZON:
                return f"{s.horizon_start.year}–{s.horizon_end.year}"
            if col == self.COL_ASSIGNMENTS:
                return format_number(s.counts.get("assignments", 0))
        if role == SORT_ROLE:
            if col == self.COL_ASSIGNMENTS:
                return s.counts.get("assignments", 0)
            if col == self.COL_HORIZON:
                return s.horizon_start.isoformat()
            return str(self.data(index)).casefold()
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = s.counts
            return self.tr(
                "{0}\n{1} – {2}\npresences: {3} · actors: {4} · functions: {5} · "
                "assignments: {6} · milestones: {7}"
            ).format(
                s.name,
                format_day(s.horizon_start),
                format_day(s.horizon_end),
                counts.get("presences", 0),
                counts.get("actors", 0),
                counts.get("functions", 0),
                counts.get("assignments", 0),
                counts.get("milestones", 0),
            )
        return None


class PlanBrowser(QWidget):
    """Lists the plans; emits what the planner asks for (the main window does it)."""

    planSelected = Signal(str)
    newPlanRequested = Signal(bool)  # from template?
    duplicateRequested = Signal(str)
    renameRequested = Signal(str)
    deleteRequested = Signal(str)
    #: "Compare with" on a plan's context menu: (that plan, the other plan).
    compareRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planBrowser")
        self.model = PlanListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)

        title = QLabel(self.tr("Plans"), self)
        title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search plans…"))
        self.search.setAccessibleName(self.tr("Search plans"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTableView(self)
        self.view.setObjectName("planList")
        self.view.setAccessibleName(self.tr("Plans of the workspace"))
        self.view.setAccessibleDescription(
            self.tr("Up and Down choose the plan the window shows; Tab goes on to the plan")
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the list
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(PlanListModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        # a long name wraps onto a second line rather than being cut; the country gives way
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PlanListModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PlanListModel.COL_COUNTRY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            PlanListModel.COL_HORIZON, QHeaderView.ResizeMode.ResizeToContents
        )
        header.resizeSection(PlanListModel.COL_COUNTRY, 80)
        self.view.setColumnHidden(PlanListModel.COL_ASSIGNMENTS, True)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        def button(text: str, tip: str, name: str) -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setObjectName(name)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            return b

        self.new_button = button(self.tr("New"), self.tr("New blank plan"), "newPlanButton")
        self.template_button = button(
            self.tr("From template"), self.tr("New plan from the template"), "templateButton"
        )
        self.duplicate_button = button(
            self.tr("Duplicate"), self.tr("Duplicate the selected plan"), "duplicateButton"
        )
        self.rename_button = button(
            self.tr("Rename"), self.tr("Rename the selected plan"), "renameButton"
        )
        self.delete_button = button(
            self.tr("Delete"), self.tr("Delete the selected plan"), "deleteButton"
        )
        self.new_button.clicked.connect(lambda: self.newPlanRequested.emit(False))
        self.template_button.clicked.connect(lambda: self.newPlanRequested.emit(True))
        self.duplicate_button.clicked.connect(
            lambda: self._emit_for_current(self.duplicateRequested)
        )
        self.rename_button.clicked.connect(lambda: self._emit_for_current(self.renameRequested))
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.deleteRequested))

        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for group in (
            (self.new_button, self.template_button),
            (self.duplicate_button, self.rename_button, self.delete_button),
        ):
            row = QHBoxLayout()
            row.setSpacing(2)
            for b in group:
                row.addWidget(b)
            row.addStretch(1)
            buttons.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.search, self.view)
        self._updating = False

    def tab_chain(self) -> list[QWidget]:
        """The browser's widgets in the order Tab visits them."""
        return [
            self.search,
            self.view,
            self.new_button,
            self.template_button,
            self.duplicate_button,
            self.rename_button,
            self.delete_button,
        ]

    def _emit_for_current(self, signal: SignalInstance) -> None:
        plan_id = self.current_plan_id()
        if plan_id:
            signal.emit(plan_id)

    def set_plans(self, summaries: Sequence[Summary], current: str | None = None) -> None:
        self._updating = True
        try:
            self.model.set_rows(summaries)
        finally:
            self._updating = False
        if current is not None:
            self.select_plan(current, emit=False)
        self._update_buttons()

    def update_plan(self, summary: Summary) -> None:
        """A plan was edited: its row shows it (the list keeps its order and selection)."""
        self.model.update(summary)

    def select_plan(self, plan_id: str, *, emit: bool = True) -> bool:
        row = self.model.row_of(plan_id)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():  # filtered out: clear the search
            self.search.clear()
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._updating = not emit
        try:
            self.view.selectionModel().setCurrentIndex(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._updating = False
        self.view.scrollTo(proxy_index)
        self._update_buttons()
        return True

    def current_plan_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return str(value) if value else None

    def plan_ids(self) -> list[str]:
        return [self.model.summary(r).id for r in range(self.model.rowCount())]

    def visible_names(self) -> list[str]:
        return [
            str(self.proxy.index(r, PlanListModel.COL_NAME).data())
            for r in range(self.proxy.rowCount())
        ]

    def context_menu(self, plan_id: str) -> QMenu:
        """The menu of a plan: compare it with another plan, duplicate, rename, delete."""
        menu = QMenu(self)
        menu.setObjectName("planContextMenu")
        others = sorted(
            (self.model.summary(r) for r in range(self.model.rowCount())),
            key=lambda s: s.name.casefold(),
        )
        compare = menu.addMenu(self.tr("&Compare with"))
        compare.setObjectName("compareWithMenu")
        for other in others:
            if other.id != plan_id:
                action = compare.addAction(other.name)
                action.triggered.connect(
                    lambda _c=False, b=other.id: self.compareRequested.emit(plan_id, b)
                )
        compare.setEnabled(not compare.isEmpty())
        menu.addSeparator()
        for text, signal, button in (
            (self.tr("D&uplicate…"), self.duplicateRequested, self.duplicate_button),
            (self.tr("Re&name…"), self.renameRequested, self.rename_button),
            (self.tr("&Delete…"), self.deleteRequested, self.delete_button),
        ):
            if button.isVisible() or button.isVisibleTo(self):
                action = menu.addAction(text)
                action.triggered.connect(lambda _c=False, s=signal: s.emit(plan_id))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        plan_id = index.data(ID_ROLE)
        if plan_id:
            self.context_menu(str(plan_id)).popup(self.view.viewport().mapToGlobal(pos))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if self._updating or not current.isValid():
            return
        plan_id = current.data(ID_ROLE)
        if plan_id:
            self.planSelected.emit(str(plan_id))

    def _update_buttons(self) -> None:
        has = self.current_plan_id() is not None
        for b in (self.duplicate_button, self.rename_button, self.delete_button):
            b.setEnabled(has)

    def set_read_only(self, read_only: bool) -> None:
        for b in (
            self.new_button,
            self.template_button,
            self.duplicate_button,
            self.rename_button,
            self.delete_button,
        ):
            b.setVisible(not read_only)
