"""The Compare view: two plans of the workspace side by side (SPEC §4 `compare`, §6 "Options").

Two pickers choose plan A and plan B; the view shows both timelines on one time axis (a lane for A
above a lane for B on every row, `charts.compare`), the two continuity scores and their difference,
and three lists — the findings only in A, only in B and in both (`services.compare`). Double-click
or Enter on a finding asks the window to show it in its plan (`findingActivated`).

The plans are read on the GUI thread (the store is the GUI thread's); their analyses, the
comparison and the chart's layout are computed by the window's `Operation` runner in the
background, and a result that arrives after the choice changed is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..charts.compare import CompareLabels, CompareSeries, compare_series, natural_height_in
from ..charts.compare_draw import CompareArtists, draw_compare, layout_compare
from ..domain.enums import PresenceKind, enum_label
from ..domain.findings import Finding
from ..domain.model import Plan
from ..i18n import format_score
from ..services.compare import Comparison, compare_analyses
from .canvas import ChartCanvas
from .chart_theme import palette_theme
from .findings_table import FINDING_ROLE, FindingsModel

if TYPE_CHECKING:
    from .operations import OperationRunner
    from .session import WorkspaceSession


@dataclass(frozen=True)
class CompareResult:
    comparison: Comparison
    series: CompareSeries


def compute(a: Plan, b: Plan, day: date) -> CompareResult:
    """The comparison of A and B as of `day`, and its chart (in the background)."""
    from ..domain.analysis import analyse

    analysis_a, analysis_b = analyse(a, day), analyse(b, day)
    comparison = compare_analyses(a, analysis_a, b, analysis_b)
    return CompareResult(comparison, compare_series(a, analysis_a, b, analysis_b, today=day))


class FindingList(QTableView):
    """One of the three lists; Enter on a finding activates it as a double-click does."""

    activated_finding = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_finding.emit(self.currentIndex().data(FINDING_ROLE))
            return
        super().keyPressEvent(event)


class CompareView(QWidget):
    """See the module's docstring."""

    #: A finding was activated: (the id of its plan, the finding).
    findingActivated = Signal(str, object)
    #: A comparison was shown (tests wait for it).
    compared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Compare two plans"))
        self.session: WorkspaceSession | None = None
        self.operations: OperationRunner | None = None
        self.result: CompareResult | None = None
        self.artists: CompareArtists | None = None
        self._seq = 0
        self.theme = palette_theme(self)

        self.box_a = QComboBox(self)
        self.box_a.setObjectName("compareA")
        self.box_a.setAccessibleName(self.tr("Plan A"))
        self.box_b = QComboBox(self)
        self.box_b.setObjectName("compareB")
        self.box_b.setAccessibleName(self.tr("Plan B"))
        for box in (self.box_a, self.box_b):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(18)
            box.activated.connect(lambda _i: self.refresh())
        label_a = QLabel(self.tr("Plan &A:"), self)
        label_a.setBuddy(self.box_a)
        label_b = QLabel(self.tr("Plan &B:"), self)
        label_b.setBuddy(self.box_b)
        self.swap_button = QToolButton(self)
        self.swap_button.setObjectName("compareSwap")
        self.swap_button.setText(self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Swap plans A and B"))
        self.swap_button.setAccessibleName(self.tr("Swap plans A and B"))
        self.swap_button.clicked.connect(self.swap)
        self.scores = QLabel(self)
        self.scores.setObjectName("compareScores")
        self.scores.setAccessibleName(self.tr("Continuity scores"))
        self.scores.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 2)
        for w in (label_a, self.box_a, self.swap_button, label_b, self.box_b):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(self.scores, 1)

        self.figure = Figure(figsize=(10, 4), dpi=100)
        self.canvas = ChartCanvas(self.figure, self)
        self.canvas.setObjectName("compareCanvas")
        self.canvas.setAccessibleName(self.tr("Both plans on one time axis"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Every row holds plan A's lane above plan B's: presences first, then each "
                "function of either plan; gaps are hatched"
            )
        )
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.canvas)
        self.canvas.mpl_connect("resize_event", lambda _e: self._relayout())

        self.lists: dict[str, FindingList] = {}
        self.models: dict[str, FindingsModel] = {}
        self.titles: dict[str, QLabel] = {}
        lists = QSplitter(Qt.Orientation.Horizontal, self)
        lists.setObjectName("compareLists")
        for key, name in (
            ("only_a", self.tr("Only in A")),
            ("only_b", self.tr("Only in B")),
            ("both", self.tr("In both")),
        ):
            pane = QWidget(lists)
            column = QVBoxLayout(pane)
            column.setContentsMargins(2, 2, 2, 2)
            title = QLabel(name, pane)
            title.setStyleSheet("font-weight: bold;")
            model = FindingsModel(self)
            view = FindingList(pane)
            view.setObjectName(f"compare_{key}")
            view.setAccessibleName(name)
            view.setAccessibleDescription(
                self.tr("Enter or a double-click shows the finding in its plan")
            )
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setTabKeyNavigation(False)
            view.setWordWrap(False)
            view.verticalHeader().setVisible(False)
            # the severity and the sentence (which names the function and the dates)
            for col in (
                FindingsModel.COL_FUNCTION,
                FindingsModel.COL_RULE,
                FindingsModel.COL_START,
                FindingsModel.COL_END,
                FindingsModel.COL_DAYS,
            ):
                view.setColumnHidden(col, True)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            view.doubleClicked.connect(lambda index, k=key: self._activate(k, index))
            view.activated_finding.connect(lambda f, k=key: self._emit(k, f))
            title.setBuddy(view)
            column.addWidget(title)
            column.addWidget(view, 1)
            self.lists[key] = view
            self.models[key] = model
            self.titles[key] = title
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.addWidget(self.scroller)
        self.splitter.addWidget(lists)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._show_scores()

    def labels(self) -> CompareLabels:
        return CompareLabels(
            presences=self.tr("Presences"),
            option_a=self.tr("A"),
            option_b=self.tr("B"),
            legend_a=self.tr("A: {name}"),
            legend_b=self.tr("B: {name}"),
            gap=self.tr("Gap"),
            outside=self.tr("Outside the plan's horizon"),
            today=self.tr("Today"),
            no_functions=self.tr("Neither plan has functions yet."),
            kinds={kind.value: enum_label(kind) for kind in PresenceKind},
        )

    # -- the plans to choose from ----------------------------------------------------------

    def attach(self, session: WorkspaceSession, operations: OperationRunner) -> None:
        self.session, self.operations = session, operations

    def fill_plans(self) -> None:
        """List the workspace's plans in both pickers (keeping the choice where it still is)."""
        summaries = self.session.summaries() if self.session is not None else []
        current = self.session.plan_id if self.session is not None else None
        ids = [s.id for s in summaries]
        a, b = self.plan_ids()
        if a not in ids:
            a = current if current in ids else (ids[0] if ids else None)
        if b not in ids or b == a:
            b = next((i for i in ids if i != a), None)
        for box, chosen in ((self.box_a, a), (self.box_b, b)):
            box.blockSignals(True)
            box.clear()
            for s in sorted(summaries, key=lambda s: s.name.casefold()):
                box.addItem(s.name, s.id)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def plan_ids(self) -> tuple[str | None, str | None]:
        a, b = self.box_a.currentData(), self.box_b.currentData()
        return (str(a) if a else None, str(b) if b else None)

    def choose(self, a: str, b: str | None = None) -> None:
        """Compare plan `a` with `b` (None: keep B, or the first other plan)."""
        self.fill_plans()
        self.box_a.setCurrentIndex(max(0, self.box_a.findData(a)))
        if b is None and self.box_b.currentData() == a:
            b = next(
                (
                    str(self.box_b.itemData(i))
                    for i in range(self.box_b.count())
                    if self.box_b.itemData(i) != a
                ),
                None,
            )
        if b is not None:
            self.box_b.setCurrentIndex(max(0, self.box_b.findData(b)))
        self.refresh()

    def swap(self) -> None:
        a, b = self.plan_ids()
        if a is not None and b is not None:
            self.choose(b, a)

    # -- computing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compare the chosen plans again (in the background)."""
        session, operations = self.session, self.operations
        if session is None or operations is None or session.service is None:
            self._seq += 1  # a comparison still running is of a closed workspace
            for box in (self.box_a, self.box_b):
                box.clear()
            if self.result is not None:
                self._show(None)
            return
        if self.box_a.count() == 0:
            self.fill_plans()
        a_id, b_id = self.plan_ids()
        self._seq += 1
        seq = self._seq
        if a_id is None or b_id is None:
            self._show(None)
            return
        from .operations import Operation

        service = session.service
        a, b = service.plan(a_id), service.plan(b_id)
        day = date.today()

        def shown(result: CompareResult) -> None:
            if seq == self._seq:
                self._show(result)

        Operation(
            operations,
            lambda: compute(a, b, day),
            label=self.tr("Comparing {0} and {1}…").format(a.name, b.name),
            error_title=self.tr("Cannot compare {0} and {1}").format(a.name, b.name),
            progress=False,
        ).success(shown).run_in_background()

    def _show(self, result: CompareResult | None) -> None:
        self.result = result
        comparison = result.comparison if result is not None else None
        findings: dict[str, tuple[Finding, ...]] = {
            "only_a": comparison.only_a if comparison else (),
            "only_b": comparison.only_b if comparison else (),
            "both": tuple(fa for fa, _ in comparison.both) if comparison else (),
        }
        names = {
            "only_a": self.tr("Only in A"),
            "only_b": self.tr("Only in B"),
            "both": self.tr("In both"),
        }
        for key, items in findings.items():
            self.models[key].set_rows(items)
            self.titles[key].setText(self.tr("{0}: {1}").format(names[key], len(items)))
        self._show_scores()
        self._draw()
        self.compared.emit()

    def _show_scores(self) -> None:
        comparison = self.result.comparison if self.result is not None else None
        if comparison is None:
            self.scores.setText(self.tr("Choose two plans to compare."))
            return

        def score(value: float | None) -> str:
            return self.tr("n/a") if value is None else format_score(value)

        delta = comparison.score_delta
        self.scores.setText(
            self.tr("Continuity score — A: {0} · B: {1} · difference (B − A): {2}").format(
                score(comparison.score_a),
                score(comparison.score_b),
                self.tr("n/a") if delta is None else format_score(delta, sign=True),
            )
        )

    def _draw(self) -> None:
        if self.result is None:
            self.figure.clear()
            self.artists = None
            self.canvas.redraw()
            return
        series = self.result.series
        # as tall as the rows need to read (the scroll area shows the rest)
        self.canvas.setMinimumHeight(int(natural_height_in(series) * self.logicalDpiY() * 0.9))
        self.artists = draw_compare(self.figure, series, theme=self.theme, labels=self.labels())
        self.canvas.redraw()

    def _relayout(self) -> None:
        if self.artists is not None:
            layout_compare(self.artists)

    # -- activation ---------------------------------------------------------------------------

    def _activate(self, key: str, index: QModelIndex) -> None:
        self._emit(key, index.data(FINDING_ROLE))

    def _emit(self, key: str, finding: object) -> None:
        if not isinstance(finding, Finding) or self.result is None:
            return
        comparison = self.result.comparison
        plan = comparison.b if key == "only_b" else comparison.a
        self.findingActivated.emit(plan.id, finding)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            theme = palette_theme(self)
            if theme != self.theme:
                self.theme = theme
                self._draw()
        super().changeEvent(event)
