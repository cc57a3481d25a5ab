"""One entity table of the editor: its filter, its row buttons and a spreadsheet-like view.

Columns are as wide as what they show — whole names, whole dates, the longest choice of a
drop-down — and the notes take the width that is left, elided, in full on hover. The widths are
fitted to each plan until the planner resizes a column; the table saves and restores its own
header (widths, order, sort).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Entity
from .area_filter import AreaBox, RowFilter
from .delegates import SheetDelegate, source_of
from .editors import DATE_SAMPLE
from .settings import Settings, header_state
from .table_columns import ColumnKind
from .table_models import SORT_ROLE, EntityTableModel

#: The widest a name or reference column is fitted to (pixels); wider names scroll.
NAME_CAP = 360
#: The widest a short free text column is fitted to.
TEXT_CAP = 240
#: The narrowest the notes get (they take what is left of the width).
NOTES_MIN = 140
#: Rows measured when fitting (enough for every plan a planner types).
FIT_ROWS = 3000


class SheetView(QTableView):
    """A table view that moves like a spreadsheet: Tab and Shift+Tab cell to cell, Enter down,
    Delete clears the cell (when it may be blank). Ctrl+Tab switches tables."""

    #: The planner pressed Delete on a cell (the table clears it through the delegate).
    clearRequested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        current = self.currentIndex()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.ignore()  # Ctrl+Tab is the tables' (the tab widget shows the next one)
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            below = self.model().index(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
            return
        if plain and key == Qt.Key.Key_Delete and current.isValid():
            self.clearRequested.emit(current)
            return
        super().keyPressEvent(event)


class EntityTable(QWidget):
    """One entity table with its filter field and row buttons."""

    def __init__(self, model: EntityTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        spec = model.spec
        self.title = spec.title()
        self.setObjectName(f"{spec.name}Table")
        self.proxy = RowFilter(spec.area_field, self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit(self)
        self.filter.setObjectName(f"{spec.name}Filter")
        self.filter.setPlaceholderText(self.tr("Filter the rows (Ctrl+F)…"))
        self.filter.setAccessibleName(self.tr("Filter {0}").format(self.title))
        self.filter.setAccessibleDescription(
            self.tr("Shows only the rows that contain the text typed here")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        #: the filter by area (tables with an area; shown when the plan names areas)
        self.area_box: AreaBox | None = None
        if spec.area_field is not None:
            self.area_box = AreaBox(self)
            self.area_box.setObjectName(f"{spec.name}Area")
            self.area_box.setAccessibleName(self.tr("{0} by area").format(self.title))
            self.area_box.areaChanged.connect(self.proxy.set_area)

        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add a row (Ctrl++ or Ctrl+Ins)"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.setToolTip(self.tr("Duplicate the selected rows (Ctrl+D)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected rows (Ctrl+Del)"))
        for button, name, accessible in (
            (self.add_button, "add", self.tr("Add a row to {0}")),
            (self.duplicate_button, "duplicate", self.tr("Duplicate the selected rows of {0}")),
            (self.delete_button, "delete", self.tr("Delete the selected rows of {0}")),
        ):
            button.setObjectName(f"{spec.name}_{name}")
            button.setAccessibleName(accessible.format(self.title))

        self.view = SheetView(self)
        self.view.setObjectName(f"{spec.name}View")
        self.view.setAccessibleName(self.title)
        self.view.setAccessibleDescription(
            self.tr(
                "{0}. Type or press F2 to edit a cell; Tab and Shift+Tab move between cells, "
                "Enter commits and moves down, Escape cancels, Delete clears a cell; "
                "Ctrl+Tab shows the next table, F6 the next part of the window."
            ).format(spec.description())
        )
        self.view.setModel(self.proxy)
        self.delegate = SheetDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
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
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.clearRequested.connect(self.clear_cell)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(48)
        self._fitting = False
        #: the planner resized a column (or the widths came from the settings): keep them
        self.user_sized = False
        header.sectionResized.connect(self._section_resized)
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(max(24, self.fontMetrics().height() + 10))

        buttons = QHBoxLayout()
        buttons.addWidget(self.filter, 1)
        if self.area_box is not None:
            buttons.addWidget(self.area_box)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        if self.area_box is not None:
            self.setTabOrder(self.filter, self.area_box)
            self.setTabOrder(self.area_box, self.add_button)
        else:
            self.setTabOrder(self.filter, self.add_button)
        self.setTabOrder(self.add_button, self.duplicate_button)
        self.setTabOrder(self.duplicate_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.view)

    def tab_chain(self) -> list[QWidget]:
        """The filter, the area (when offered), the row buttons and the cells."""
        chain: list[QWidget] = [self.filter]
        if self.area_box is not None:
            chain.append(self.area_box)
        return [*chain, self.add_button, self.duplicate_button, self.delete_button, self.view]

    def set_areas(self, areas: list[str]) -> None:
        """The plan's areas, for the filter by area (hidden when there is none)."""
        if self.area_box is not None:
            self.area_box.set_areas(areas)

    # -- columns --------------------------------------------------------------------------

    def _section_resized(self, _logical: int, _old: int, _new: int) -> None:
        if not self._fitting and self.view.isVisible():
            self.user_sized = True

    def column_widths(self) -> list[int]:
        """What each column needs to show its contents whole (see the module's docstring)."""
        from PySide6.QtWidgets import QStyle  # (Qt types cost when first touched: not at start)

        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        style = self.view.style()
        pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 14
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 8
        rows = min(self.model.rowCount(), FIT_ROWS)
        widths: list[int] = []
        for c, col in enumerate(self.model.columns):
            head = header_metrics.horizontalAdvance(col.title()) + pad + 16  # sort arrow
            kind = col.kind
            if kind.is_date:
                content = metrics.horizontalAdvance(DATE_SAMPLE) + metrics.averageCharWidth()
                content += max(22, arrow) + pad  # the editor's calendar button
            elif kind.is_enum or kind.is_ref or kind is ColumnKind.SUGGEST:
                choices = self.model.choices(col) or []
                texts = [label for label, _v in choices] if not kind.is_ref else []
                texts += [
                    str(self.model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                    for r in range(rows)
                ]
                content = max((metrics.horizontalAdvance(t) for t in texts), default=60)
                content += arrow + pad
                if not kind.is_enum:
                    content = min(content, NAME_CAP)
            elif kind is ColumnKind.NOTES:
                content = NOTES_MIN
            else:
                texts = [
                    str(self.model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                    for r in range(rows)
                ]
                content = max((metrics.horizontalAdvance(t) for t in texts), default=40) + pad
                content = min(content, NAME_CAP if kind is ColumnKind.NAME else TEXT_CAP)
            widths.append(max(head, content, 56))
        return widths

    def fit_columns(self) -> None:
        """Every column as wide as it needs, the notes (last) taking what is left."""
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for c, width in enumerate(self.column_widths()):
                header.resizeSection(c, width)
        finally:
            self._fitting = False

    def refit(self) -> None:
        """Fit the columns unless the planner sized them."""
        if not self.user_sized:
            self.fit_columns()

    def reset_columns(self) -> None:
        header = self.view.horizontalHeader()
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
        self.user_sized = False
        self.fit_columns()

    def save_state(self, settings: Settings) -> None:
        if self.user_sized:
            data = self.view.horizontalHeader().saveState().data()
            settings.set(header_state(self.model.table_name), bytes(data))
        else:
            settings.reset(header_state(self.model.table_name))

    def restore_state(self, settings: Settings) -> None:
        from PySide6.QtCore import QByteArray

        data = settings.get(header_state(self.model.table_name))
        if data and self.view.horizontalHeader().restoreState(QByteArray(data)):
            self.user_sized = True

    # -- rows -----------------------------------------------------------------------------

    def selected_entities(self) -> list[Entity]:
        selection = self.view.selectionModel()
        rows = sorted({self.proxy.mapToSource(i).row() for i in selection.selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.proxy.mapToSource(self.view.currentIndex()).row()]
        return [self.model.entity(r) for r in rows]

    def select_entity(self, entity_id: str, column: int = 0) -> bool:
        from PySide6.QtCore import QItemSelectionModel

        row = self.model.row_of(entity_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            self.filter.clear()
            if self.area_box is not None:
                self.area_box.set_area(None)
            index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def select_entities(self, entity_ids: list[str]) -> int:
        """Select the rows of these entities (the first one current); how many were found."""
        from PySide6.QtCore import QItemSelectionModel

        found = 0
        selection = self.view.selectionModel()
        for entity_id in entity_ids:
            if found == 0:
                found += self.select_entity(entity_id)
                continue
            row = self.model.row_of(entity_id)
            if row is not None:
                selection.select(
                    self.proxy.mapFromSource(self.model.index(row, 0)),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                found += 1
        return found

    def clear_cell(self, index: QModelIndex) -> None:
        """Delete on a cell: blank it when the column may be blank, else say why not."""
        model, source = source_of(index)
        if model is None or not model.editable:
            return
        reason = model.validate(source, "")
        if reason:
            self.delegate.message.show_at(self.view.visualRect(index), reason, seconds=6)
            self.delegate.refused.emit(reason)
            return
        model.setData(source, "", Qt.ItemDataRole.EditRole)
