"""The list of findings: the model (one finding a row, most severe first), its filter (rule,
severity, function, area and the typed text) and its view (Enter shows a finding)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

from ..domain.enums import Severity
from ..domain.findings import Finding
from ..domain.model import Plan
from ..i18n import format_day, format_number
from .area_filter import matches
from .finding_words import rule_label, severity_label
from .palette import severity_color

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


def severity_icon(severity: Severity, size: int = 12) -> QIcon:
    """A square of the severity's colour (the same as on the charts), framed so that it shows
    on any palette: the severity is also written out beside it."""
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#202020"))
    painter.setBrush(severity_color(severity))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


class FindingsModel(QAbstractTableModel):
    """The findings of one analysis, in report order."""

    COL_SEVERITY, COL_RULE, COL_FUNCTION, COL_START, COL_END, COL_DAYS, COL_DETAIL = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []
        self._icons: dict[Severity, QIcon] = {}  # made when first shown
        self._headers = [
            self.tr("Severity"),
            self.tr("Rule"),
            self.tr("Function"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Days"),
            self.tr("Detail"),
        ]

    def set_rows(self, findings: list[Finding] | tuple[Finding, ...]) -> None:
        self.beginResetModel()
        self._rows = sorted(findings, key=Finding.sort_key)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def findings(self) -> list[Finding]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[col]}: {self._display(f, col)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return f.detail
        if role == SORT_ROLE:
            if col == self.COL_SEVERITY:
                return f.severity.rank
            if col == self.COL_DAYS:
                return f.days
            if col in (self.COL_START, self.COL_END):
                return (f.start if col == self.COL_START else f.end).isoformat()
            return self._display(f, col).casefold()
        if role == FINDING_ROLE:
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.detail
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_SEVERITY:
            icon = self._icons.get(f.severity)
            if icon is None:
                icon = self._icons[f.severity] = severity_icon(f.severity)
            return icon
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, f: Finding, col: int) -> str:
        if col == self.COL_SEVERITY:
            return severity_label(f.severity)
        if col == self.COL_RULE:
            return rule_label(f.rule)
        if col == self.COL_FUNCTION:
            return f.function or ""
        if col == self.COL_START:
            return format_day(f.start)
        if col == self.COL_END:
            return format_day(f.end)
        if col == self.COL_DAYS:
            return format_number(f.days)
        if col == self.COL_DETAIL:
            return f.detail
        return ""


def finding_areas(plan: Plan) -> dict[str, str]:
    """Where each function and handover of a plan is: id → area ("" for country-wide). A
    handover without an area of its own is where its function is."""
    areas = {f.id: f.area.strip() for f in plan.functions}
    for h in plan.handovers:
        areas[h.id] = h.area.strip() or areas.get(h.function_id or "", "")
    return areas


def area_of(finding: Finding, areas: dict[str, str]) -> str:
    """Where a finding is: its handover's area (a camp in South Darfur), else its function's;
    "" (country-wide) for a finding of the whole plan."""
    for handover_id in finding.handover_ids:
        if handover_id in areas:
            return areas[handover_id]
    if finding.function_id is not None:
        return areas.get(finding.function_id, "")
    return ""


class FindingsFilter(QSortFilterProxyModel):
    """Keeps the findings of one rule, one severity, one function and one area."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rule: str | None = None
        self.severity: Severity | None = None
        self.function: str | None = None
        #: None: every area; "": country-wide (and the plan-wide findings)
        self.area: str | None = None
        self.areas: dict[str, str] = {}
        #: the text searched for ("": none)
        self.search = ""
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_filters(
        self, rule: str | None, severity: Severity | None, function: str | None
    ) -> None:
        if (rule, severity, function) == (self.rule, self.severity, self.function):
            return
        self.beginFilterChange()
        self.rule, self.severity, self.function = rule, severity, function
        self.endFilterChange()

    def set_area(self, area: str | None, areas: dict[str, str]) -> None:
        """Keep the findings in `area` (None: all); `areas` says where each function and
        handover is (see `finding_areas`)."""
        if area == self.area and areas == self.areas:
            return
        self.beginFilterChange()
        self.area, self.areas = area, areas
        self.endFilterChange()

    def set_search(self, text: str) -> None:
        """Keep the findings that contain `text` in a column (any case)."""
        self.search = text
        self.setFilterFixedString(text)

    def searching(self) -> bool:
        """Whether text typed in the search field filters the findings."""
        return bool(self.search)

    def filtering(self) -> bool:
        return not (
            self.rule is None
            and self.severity is None
            and self.function is None
            and self.area is None
            and not self.searching()
        )

    def accepts(self, f: Finding) -> bool:
        """Whether a finding passes the rule, severity, function and area (the typed text
        aside)."""
        if self.rule is not None and f.rule != self.rule:
            return False
        if self.severity is not None and f.severity != self.severity:
            return False
        if self.function is not None and (f.function or "") != self.function:
            return False
        return self.area is None or matches(self.area, area_of(f, self.areas))

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self.filtering():
            return True
        model = self.sourceModel()
        if not isinstance(model, FindingsModel) or source_row >= model.rowCount():
            return False
        if not self.accepts(model.finding(source_row)):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class FindingsView(QTableView):
    """The list of findings; Enter on one shows it."""

    activated_finding = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_finding.emit(self.currentIndex().data(FINDING_ROLE))
            return
        super().keyPressEvent(event)
