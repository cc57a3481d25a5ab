"""The Portfolio view's table: one row per plan with its region, country, headquarters line of the
day, presences alive today, continuity score, critical and high findings and next milestone; and
the rows computed in the background (`compute`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView

from ..charts.portfolio import PortfolioEntry
from ..domain.enums import PresenceKind, Severity
from ..domain.model import Plan
from ..i18n import format_day, format_score
from ..services.portfolio import PortfolioRow, portfolio_row, sort_key

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def compute(plans: Sequence[Plan], day: date) -> list[PortfolioRow]:
    """Every plan's row as of `day`, sorted by region then country (in the background)."""
    from ..domain.analysis import analyse

    return sorted((portfolio_row(p, analyse(p, day), day) for p in plans), key=sort_key)


def entry(row: PortfolioRow) -> PortfolioEntry:
    counts = row.counts
    return PortfolioEntry(
        row.plan,
        row.continuity_score,
        counts[Severity.CRITICAL],
        counts[Severity.HIGH],
        row.headquarters.name,
    )


class PortfolioModel(QAbstractTableModel):
    (
        COL_REGION,
        COL_COUNTRY,
        COL_PLAN,
        COL_HQ,
        COL_PRESENCES,
        COL_SCORE,
        COL_CRITICAL,
        COL_HIGH,
        COL_MILESTONE,
    ) = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PortfolioRow] = []
        self.headers = [
            self.tr("Region"),
            self.tr("Country"),
            self.tr("Plan"),
            self.tr("HQ line"),
            self.tr("Presences today"),
            self.tr("Score"),
            self.tr("Critical"),
            self.tr("High"),
            self.tr("Next milestone"),
        ]

    def kind_name(self, kind: PresenceKind) -> str:
        names = {
            PresenceKind.PKO: self.tr("PKO"),
            PresenceKind.SPM: self.tr("SPM"),
            PresenceKind.NON_MISSION: self.tr("Non-mission"),
            PresenceKind.REGIONAL_OFFICE: self.tr("Regional office"),
            PresenceKind.PARTNER_MISSION: self.tr("Partner mission"),
        }
        return names.get(kind, kind.value)

    def set_rows(self, rows: list[PortfolioRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def text(self, row: PortfolioRow, col: int) -> str:
        plan = row.plan
        if col == self.COL_REGION:
            return plan.region
        if col == self.COL_COUNTRY:
            return plan.country
        if col == self.COL_PLAN:
            return plan.name
        if col == self.COL_HQ:
            hq = row.headquarters
            if hq.presence:
                return self.tr("{0} (lead of {1})").format(hq.name, hq.presence)
            return hq.name
        if col == self.COL_PRESENCES:
            return "; ".join(
                f"{', '.join(p.name for p in items)} ({self.kind_name(kind)})"
                for kind, items in row.presences.items()
            ) or self.tr("none")
        if col == self.COL_SCORE:
            score = row.continuity_score
            return self.tr("n/a") if score is None else format_score(score)
        if col == self.COL_CRITICAL:
            return str(row.counts[Severity.CRITICAL])
        if col == self.COL_HIGH:
            return str(row.counts[Severity.HIGH])
        if col == self.COL_MILESTONE:
            m = row.next_milestone
            return f"{format_day(m.date)} {m.name}" if m is not None else ""
        return ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headers[col]}: {self.text(row, col)}"
        if role == ID_ROLE:
            return row.plan.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.COL_SCORE,
            self.COL_CRITICAL,
            self.COL_HIGH,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RowsView(QTableView):
    opened = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(str(self.currentIndex().data(ID_ROLE)))
            return
        super().keyPressEvent(event)
