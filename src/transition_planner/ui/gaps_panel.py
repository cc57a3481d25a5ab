"""The gaps panel: the findings of the analysis, most severe first, with filters.

The continuity score and the counts by severity are always visible above the list. Double-clicking
a finding (or pressing Enter on it) emits `findingActivated`; the main window selects what the
finding concerns and shows it on the timeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

from ..domain.enums import Severity
from ..domain.findings import RULES, Analysis, Finding
from .finding_words import rule_label, severity_label
from .palette import severity_color
from .settings import GAPS_HEADER, Settings

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
            return f.start.isoformat()
        if col == self.COL_END:
            return f.end.isoformat()
        if col == self.COL_DAYS:
            return f"{f.days:,}"
        if col == self.COL_DETAIL:
            return f.detail
        return ""


class FindingsFilter(QSortFilterProxyModel):
    """Keeps the findings of one rule, one severity (or more severe) and one function."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rule: str | None = None
        self.severity: Severity | None = None
        self.function: str | None = None
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

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if (
            self.rule is None
            and self.severity is None
            and self.function is None
            and not (self.filterRegularExpression().pattern())
        ):
            return True
        model = self.sourceModel()
        if not isinstance(model, FindingsModel) or source_row >= model.rowCount():
            return False
        f = model.finding(source_row)
        if self.rule is not None and f.rule != self.rule:
            return False
        if self.severity is not None and f.severity != self.severity:
            return False
        if self.function is not None and (f.function or "") != self.function:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class _FindingsView(QTableView):
    activated_finding = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_finding.emit(self.currentIndex().data(FINDING_ROLE))
            return
        super().keyPressEvent(event)


class GapsPanel(QWidget):
    """Score, counts by severity, filters and the list of findings."""

    findingActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gapsPanel")
        self.analysis: Analysis | None = None
        self._function_names: list[str] = []
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel(self.tr("Gaps"), self)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.score_label = QLabel(self)
        self.score_label.setObjectName("scoreLabel")
        self.score_label.setAccessibleName(self.tr("Continuity score"))
        self.score_label.setToolTip(
            self.tr(
                "Share of the required days of the functions that are covered, weighted by "
                "priority (Critical 8, High 4, Medium 2, Low 1)"
            )
        )
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setAccessibleName(self.tr("Findings by severity"))

        self.rule_box = QComboBox(self)
        self.rule_box.setAccessibleName(self.tr("Filter by rule"))
        self.rule_box.setToolTip(self.tr("Show the findings of one rule"))
        self.rule_box.addItem(self.tr("All rules"), None)
        for rule in RULES:
            self.rule_box.addItem(rule_label(rule), rule)
        self.severity_box = QComboBox(self)
        self.severity_box.setAccessibleName(self.tr("Filter by severity"))
        self.severity_box.setToolTip(self.tr("Show the findings of one severity"))
        self.severity_box.addItem(self.tr("All severities"), None)
        for sev in Severity:
            self.severity_box.addItem(severity_label(sev), sev.value)
        self.function_box = QComboBox(self)
        self.function_box.setAccessibleName(self.tr("Filter by function"))
        self.function_box.setToolTip(self.tr("Show the findings of one function"))
        self.function_box.addItem(self.tr("All functions"), None)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search findings…"))
        self.search.setAccessibleName(self.tr("Search findings"))
        self.search.setClearButtonEnabled(True)

        self.view = _FindingsView(self)
        self.view.setObjectName("gapsTable")
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setAccessibleDescription(
            self.tr(
                "The gaps in continuity of care, most severe first. Enter or double-click "
                "shows what a finding concerns in the editor and on the timeline."
            )
        )
        self.view.setModel(self.proxy)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        #: the planner resized a column (or the widths came from the settings): keep them
        self.user_sized = False
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.view.doubleClicked.connect(self._activate)
        self.view.activated_finding.connect(self.findingActivated)
        self.view.setToolTip(self.tr("Double-click or press Enter to show the finding"))

        for box, length in ((self.rule_box, 18), (self.severity_box, 12), (self.function_box, 22)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(length)
            box.setMinimumWidth(90)
        filters = QHBoxLayout()
        filters.addWidget(self.rule_box)
        filters.addWidget(self.severity_box)
        filters.addWidget(self.function_box)
        filters.addWidget(self.search, 1)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.score_label)
        top.addSpacing(12)
        top.addWidget(self.counts_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.rule_box.currentIndexChanged.connect(self._apply_filters)
        self.severity_box.currentIndexChanged.connect(self._apply_filters)
        self.function_box.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.setTabOrder(self.rule_box, self.severity_box)
        self.setTabOrder(self.severity_box, self.function_box)
        self.setTabOrder(self.function_box, self.search)
        self.setTabOrder(self.search, self.view)
        self.set_analysis(None)

    def set_analysis(self, analysis: Analysis | None, functions: list[str] | None = None) -> None:
        """Show an analysis (None: no plan). `functions` fills the function filter."""
        self.analysis = analysis
        self.model.set_rows(analysis.findings if analysis is not None else [])
        if not self.user_sized:
            self.fit_columns()
        self._fill_functions(functions or [])
        if analysis is None:
            self.score_label.setText(self.tr("Continuity score: –"))
            self.counts_label.setText("")
            return
        score = analysis.continuity_score
        self.score_label.setText(
            self.tr("Continuity score: {0}").format(
                self.tr("n/a") if score is None else f"{score:.1f}"
            )
        )
        counts = analysis.counts_by_severity()
        parts = []
        spoken = []
        for sev in Severity:
            swatch = f'<span style="color:{severity_color(sev).name()}">■</span>'
            parts.append(f"{swatch} <b>{counts[sev]}</b> {severity_label(sev)}")
            spoken.append(f"{counts[sev]} {severity_label(sev)}")
        self.counts_label.setText(" · ".join(parts))
        self.counts_label.setAccessibleDescription(", ".join(spoken))

    def _section_resized(self, _logical: int, _old: int, _new: int) -> None:
        if not self._fitting and self.view.isVisible():
            self.user_sized = True

    def fit_columns(self) -> None:
        """Severity, rule, function, dates and days as wide as what they show (a function's
        name whole up to a limit); the detail takes the rest, whole on hover."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        findings = self.model.findings()
        pad = 18

        def widest(texts: list[str], floor: int = 40, cap: int = 10_000) -> int:
            return min(cap, max([floor, *(metrics.horizontalAdvance(t) for t in texts)]) + pad)

        rules = {f.rule for f in findings}
        functions = {f.function or "" for f in findings}
        longest = max((f.days for f in findings), default=0)
        widths = {
            FindingsModel.COL_SEVERITY: widest([severity_label(s) for s in Severity]) + 16,
            FindingsModel.COL_RULE: widest([rule_label(r) for r in rules]),
            FindingsModel.COL_FUNCTION: widest(list(functions), cap=340),
            FindingsModel.COL_START: widest(["0000-00-00"]),
            FindingsModel.COL_END: widest(["0000-00-00"]),
            FindingsModel.COL_DAYS: widest([f"{longest:,}"]),
        }
        self._fitting = True
        try:
            for col, width in widths.items():
                header.resizeSection(
                    col,
                    max(
                        width,
                        metrics.horizontalAdvance(
                            str(self.model.headerData(col, Qt.Orientation.Horizontal))
                        )
                        + pad
                        + 12,
                    ),
                )
        finally:
            self._fitting = False

    def tab_chain(self) -> list[QWidget]:
        return [self.rule_box, self.severity_box, self.function_box, self.search, self.view]

    def set_analysing(self) -> None:
        self.score_label.setText(self.tr("Continuity score: analysing…"))

    def _fill_functions(self, names: list[str]) -> None:
        if names == self._function_names:
            return
        self._function_names = list(names)
        current = self.function_box.currentData()
        self.function_box.blockSignals(True)
        self.function_box.clear()
        self.function_box.addItem(self.tr("All functions"), None)
        for name in names:
            self.function_box.addItem(name, name)
        i = self.function_box.findData(current) if current is not None else 0
        self.function_box.setCurrentIndex(max(0, i))
        self.function_box.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        sev = self.severity_box.currentData()
        self.proxy.set_filters(
            self.rule_box.currentData(),
            Severity(sev) if sev else None,
            self.function_box.currentData(),
        )

    def set_filters(
        self,
        *,
        rule: str | None = None,
        severity: Severity | None = None,
        function: str | None = None,
    ) -> None:
        self.rule_box.setCurrentIndex(max(0, self.rule_box.findData(rule)) if rule else 0)
        self.severity_box.setCurrentIndex(
            max(0, self.severity_box.findData(severity.value)) if severity else 0
        )
        self.function_box.setCurrentIndex(
            max(0, self.function_box.findData(function)) if function else 0
        )

    def visible_findings(self) -> list[Finding]:
        found = [self.proxy.index(r, 0).data(FINDING_ROLE) for r in range(self.proxy.rowCount())]
        return [f for f in found if isinstance(f, Finding)]

    def save_state(self, settings: Settings) -> None:
        if self.user_sized:
            settings.set(GAPS_HEADER, bytes(self.view.horizontalHeader().saveState().data()))
        else:
            settings.reset(GAPS_HEADER)

    def restore_state(self, settings: Settings) -> None:
        data = settings.get(GAPS_HEADER)
        if data and self.view.horizontalHeader().restoreState(QByteArray(data)):
            self.user_sized = True

    def _activate(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.findingActivated.emit(finding)
