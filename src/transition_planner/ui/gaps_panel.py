"""The gaps panel: the findings of the analysis, most severe first, with filters.

The continuity score and the counts by severity of the findings shown are always visible above
the list, with the as-of day of the register rules (today unless the planner sets another day).
Findings can be filtered by rule, severity, function, area (when the plan names areas) and text.
Double-clicking a finding (or pressing Enter on it) emits `findingActivated`; the main window
selects what the finding concerns and shows it on the timeline.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QByteArray, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Severity
from ..domain.findings import RULES, Analysis, Finding
from ..domain.model import Plan
from ..i18n import format_day, format_number, format_score
from .area_filter import AreaBox
from .as_of_field import AsOfField
from .finding_words import rule_label, severity_label
from .findings_table import (
    FINDING_ROLE,
    FindingsFilter,
    FindingsModel,
    FindingsView,
    finding_areas,
)
from .palette import severity_color
from .settings import GAPS_HEADER, Settings
from .table_columns import plan_areas


class GapsPanel(QWidget):
    """Score, counts by severity, the as-of day, filters and the list of findings."""

    findingActivated = Signal(object)
    #: The planner set the as-of day of the register rules (a date; None: today).
    asOfChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gapsPanel")
        self.analysis: Analysis | None = None
        self._function_names: list[str] = []
        #: the as-of day the planner set (None: today)
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
        self.counts_label.setWordWrap(True)  # wraps in a narrow window rather than widen it
        self.counts_label.setAccessibleName(self.tr("Findings by severity"))
        self.as_of_field = AsOfField(self)
        self.as_of_field.changed.connect(self.asOfChanged)
        #: the as-of field's date editor and the reason it refused a day
        self.as_of = self.as_of_field.edit
        self.as_of_error = self.as_of_field.error

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
        self.area_box = AreaBox(self)
        self.area_box.setObjectName("gapsArea")
        self.area_box.setAccessibleName(self.tr("Filter by area"))
        self.area_box.setToolTip(
            self.tr("Show the findings of the functions and handovers of one area")
        )
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search findings…"))
        self.search.setAccessibleName(self.tr("Search findings"))
        self.search.setClearButtonEnabled(True)

        self.view = FindingsView(self)
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

        for box, length in ((self.rule_box, 16), (self.severity_box, 10), (self.function_box, 18)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(length)
            box.setMinimumWidth(90)
        filters = QHBoxLayout()
        filters.addWidget(self.rule_box)
        filters.addWidget(self.severity_box)
        filters.addWidget(self.function_box)
        filters.addWidget(self.area_box)
        filters.addWidget(self.search, 1)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.score_label)
        top.addSpacing(12)
        top.addWidget(self.counts_label, 1)
        top.addWidget(self.as_of_field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.rule_box.currentIndexChanged.connect(self._apply_filters)
        self.severity_box.currentIndexChanged.connect(self._apply_filters)
        self.function_box.currentIndexChanged.connect(self._apply_filters)
        self.area_box.areaChanged.connect(lambda _a: self._apply_filters())
        self.search.textChanged.connect(self._search)
        chain = self.tab_chain()
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self._areas: dict[str, str] = {}
        self.set_analysis(None)

    def set_analysis(
        self,
        analysis: Analysis | None,
        functions: list[str] | None = None,
        *,
        plan: Plan | None = None,
    ) -> None:
        """Show an analysis (None: no plan). `functions` fills the function filter (the
        plan's functions when not given); `plan` also fills the filter by area."""
        self.analysis = analysis
        self.model.set_rows(analysis.findings if analysis is not None else [])
        if not self.user_sized:
            self.fit_columns()
        if functions is None:
            functions = [f.name for f in plan.functions] if plan is not None else []
        self._areas = finding_areas(plan) if plan is not None else {}
        self.area_box.set_areas(plan_areas(plan) if plan is not None else [])
        self._fill_functions(functions)
        self._apply_filters()
        if analysis is not None and analysis.as_of is not None:
            self.as_of_field.show_day(analysis.as_of)
        if analysis is None:
            self.score_label.setText(self.tr("Continuity score: –"))
            self.counts_label.setText("")
            return
        score = analysis.continuity_score
        self.score_label.setText(
            self.tr("Continuity score: {0}").format(
                self.tr("n/a") if score is None else format_score(score)
            )
        )

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_counts()

    def _show_counts(self) -> None:
        """The findings shown, by severity (and how many of all when a filter hides some)."""
        if self.analysis is None:
            self.counts_label.setText("")
            self.counts_label.setAccessibleDescription("")
            return
        findings = self.model.findings()
        if not self.proxy.filtering():
            shown = findings
        elif self.proxy.searching():
            shown = self.visible_findings()
        else:  # (without asking the view for thousands of rows)
            shown = [f for f in findings if self.proxy.accepts(f)]
        counts = dict.fromkeys(Severity, 0)
        for finding in shown:
            counts[finding.severity] += 1
        parts = []
        spoken = []
        for sev in Severity:
            swatch = f'<span style="color:{severity_color(sev).name()}">■</span>'
            parts.append(f"{swatch} <b>{counts[sev]}</b> {severity_label(sev)}")
            spoken.append(f"{counts[sev]} {severity_label(sev)}")
        total = len(findings)
        text = " · ".join(parts)
        said = ", ".join(spoken)
        if len(shown) < total:
            of = self.tr("%n of {0} shown", "", len(shown)).format(total)
            text += f" — {of}"
            said += f"; {of}"
        self.counts_label.setText(text)
        self.counts_label.setAccessibleDescription(said)

    def set_as_of(self, day: date | None) -> None:
        """Set the as-of day as the planner would (None: today)."""
        self.as_of_field.set_day(day)

    @property
    def as_of_day(self) -> date | None:
        """The as-of day the planner set (None: today)."""
        return self.as_of_field.day

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
            FindingsModel.COL_START: widest([format_day(date(2000, 9, 30))]),
            FindingsModel.COL_END: widest([format_day(date(2000, 9, 30))]),
            FindingsModel.COL_DAYS: widest([format_number(longest)]),
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
        return [
            self.as_of.line,
            self.rule_box,
            self.severity_box,
            self.function_box,
            self.area_box,
            self.search,
            self.view,
        ]

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

    def _apply_filters(self) -> None:
        sev = self.severity_box.currentData()
        self.proxy.set_filters(
            self.rule_box.currentData(),
            Severity(sev) if sev else None,
            self.function_box.currentData(),
        )
        self.proxy.set_area(self.area_box.area(), self._areas)
        self._show_counts()

    def set_filters(
        self,
        *,
        rule: str | None = None,
        severity: Severity | None = None,
        function: str | None = None,
        area: str | None = None,
    ) -> None:
        self.rule_box.setCurrentIndex(max(0, self.rule_box.findData(rule)) if rule else 0)
        self.severity_box.setCurrentIndex(
            max(0, self.severity_box.findData(severity.value)) if severity else 0
        )
        self.function_box.setCurrentIndex(
            max(0, self.function_box.findData(function)) if function else 0
        )
        self.area_box.set_area(area)

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
