"""The filter by area: where in the country a function (or a handover) is.

`AreaBox` is the drop-down ("All areas", each area of the plan, "Country-wide"); it hides itself
when the plan names no area. `RowFilter` is a table's proxy: the text typed in its filter field
and the area chosen. `matches` says whether an area is the one chosen, for the gaps panel too.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QWidget

from .table_models import EntityTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

#: The data of the "Country-wide" entry: the blank area.
COUNTRY_WIDE = ""


def matches(chosen: str | None, area: str | None) -> bool:
    """Whether `area` (None or blank: country-wide) is the `chosen` one (None: every area)."""
    if chosen is None:
        return True
    return (area or "").strip().casefold() == chosen.strip().casefold()


class AreaBox(QComboBox):
    """All areas, one area of the plan, or country-wide (blank area)."""

    #: The chosen area changed: None for all areas, "" for country-wide, else the area.
    areaChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._areas: list[str] = []
        # as narrow as the other filters: an area's long name does not widen the window (the
        # list shows it whole)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setMinimumWidth(90)
        self.setToolTip(self.tr("Show only what lies in one area of the country"))
        self.setAccessibleDescription(
            self.tr(
                "Shows the rows of one area, or of the whole country (no area), or of all areas"
            )
        )
        self.addItem(self.tr("All areas"), None)
        self.currentIndexChanged.connect(lambda _i: self.areaChanged.emit(self.area()))
        self.setVisible(False)

    def area(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def areas(self) -> list[str]:
        return list(self._areas)

    def set_areas(self, areas: list[str]) -> None:
        """Offer these areas (the choice is kept when the area is still there); hidden when
        there is none, which also shows every row."""
        if areas == self._areas:
            return
        current = self.area()
        self._areas = list(areas)
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.tr("All areas"), None)
            for area in areas:
                self.addItem(area, area)
            if areas:
                self.addItem(self.tr("Country-wide (no area)"), COUNTRY_WIDE)
            keep = 0
            if current is not None:
                keep = next(
                    (
                        i
                        for i in range(1, self.count())
                        if str(self.itemData(i)).casefold() == current.casefold()
                    ),
                    0,
                )
            self.setCurrentIndex(keep)
        finally:
            self.blockSignals(False)
        self.setVisible(bool(areas))
        if self.area() != current:
            self.areaChanged.emit(self.area())

    def set_area(self, area: str | None) -> None:
        """Choose an area by its name (None: all areas)."""
        if area is None:
            self.setCurrentIndex(0)
            return
        for i in range(1, self.count()):
            if str(self.itemData(i)).casefold() == area.casefold():
                self.setCurrentIndex(i)
                return


class RowFilter(QSortFilterProxyModel):
    """The rows of an entity table that contain the typed text and lie in the chosen area."""

    def __init__(self, area_field: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area_field = area_field
        self.area: str | None = None

    def set_area(self, area: str | None) -> None:
        if area == self.area:
            return
        self.beginFilterChange()
        self.area = area
        self.endFilterChange()

    def row_area(self, model: EntityTableModel, row: int) -> str:
        """Where a row is: its own area, else (a handover) its function's, as the gaps panel
        places its findings."""
        entity = model.entity(row)
        area = str(getattr(entity, self.area_field or "", "") or "").strip()
        function_id = getattr(entity, "function_id", None)
        if not area and isinstance(function_id, str) and model.plan is not None:
            function = model.plan.function(function_id)
            area = function.area.strip() if function is not None else ""
        return area

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self.area is not None and self.area_field is not None:
            model = self.sourceModel()
            if (
                isinstance(model, EntityTableModel)
                and 0 <= source_row < model.rowCount()
                and not matches(self.area, self.row_area(model, source_row))
            ):
                return False
        return super().filterAcceptsRow(source_row, source_parent)
