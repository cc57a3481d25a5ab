"""The dashboard: capacity over time (on a linear or a logarithmic scale), funding (by year and
kind in US dollars, the financial cliffs marked; or of the required function-days), coverage
heatmap, findings by rule. Severities have the gaps panel's colours."""

from __future__ import annotations

from matplotlib.figure import Figure
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..charts.dashboard import (
    DashboardArtists,
    DashboardData,
    DashboardLabels,
    dashboard_data,
    draw_dashboard,
)
from ..domain.enums import FundingKind, enum_label
from ..domain.findings import Analysis
from ..domain.model import Plan
from .canvas import ChartCanvas
from .chart_theme import palette_theme
from .finding_words import rule_labels, severity_labels
from .settings import DASHBOARD_LOG_SCALE, Settings


class DashboardView(QWidget):
    """Four charts of one plan, redrawn by `set_data`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Dashboard"))
        self.figure = Figure(figsize=(10, 6), dpi=100)
        self.canvas = ChartCanvas(self.figure, self)
        self.canvas.setObjectName("dashboardCanvas")
        self.canvas.setAccessibleName(self.tr("Dashboard charts"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Capacity over time by actor type; funding by year and kind in US dollars, or "
                "of the required function-days by month; coverage of each function by month; "
                "findings by rule and severity"
            )
        )
        self.log_scale = QCheckBox(self.tr("&Logarithmic capacity scale"), self)
        self.log_scale.setObjectName("logScale")
        self.log_scale.setToolTip(
            self.tr(
                "Show each actor type's capacity on a logarithmic scale, so that small "
                "capacities after a mission leaves stay visible"
            )
        )
        self.log_scale.toggled.connect(lambda _on: self._redraw())
        self.funding_choice = QComboBox(self)
        self.funding_choice.setObjectName("fundingChart")
        self.funding_choice.addItem(self.tr("By year and kind (US dollars)"), "years")
        self.funding_choice.addItem(self.tr("Of the required function-days"), "coverage")
        self.funding_choice.setAccessibleName(self.tr("Funding chart"))
        self.funding_choice.setToolTip(
            self.tr(
                "Funding by year: the plan's funding lines, Secured solid, Pledged hatched, "
                "Projected outlined, the financial cliffs marked. Of the required "
                "function-days: the funding status of the assignments that carry them."
            )
        )
        self.funding_choice.currentIndexChanged.connect(lambda _i: self._redraw())
        funding_label = QLabel(self.tr("Fundin&g:"), self)
        funding_label.setBuddy(self.funding_choice)
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 2)
        top.addWidget(self.log_scale)
        top.addSpacing(18)
        top.addWidget(funding_label)
        top.addWidget(self.funding_choice)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        self.data: DashboardData | None = None
        self.plan_id: str | None = None
        self.artists: DashboardArtists | None = None
        self.theme = palette_theme(self)
        self.labels = self._labels()

    def _labels(self) -> DashboardLabels:
        return DashboardLabels(
            drawdown=self.tr("Capacity over time, by actor type"),
            drawdown_log=self.tr("Capacity over time, by actor type (logarithmic scale)"),
            capacity=self.tr("Capacity (staff)"),
            unknown_capacity=self.tr("Assignments without a capacity (not counted): {n}"),
            heatmap=self.tr("Coverage of required days, by month"),
            heatmap_scale=self.tr("Share of required days covered"),
            findings=self.tr("Findings by rule and severity"),
            funding=self.tr("Funding of required function-days, by month"),
            share=self.tr("Share of required function-days"),
            nothing=self.tr("Nothing to show yet"),
            statuses=(
                self.tr("Secured"),
                self.tr("Pledged"),
                self.tr("Not tracked"),
                self.tr("Unfunded"),
                self.tr("Uncovered"),
            ),
            rules=rule_labels(),
            severities=severity_labels(),
            money=self.tr("Funding by year and kind (US dollars)"),
            money_caption=self.tr("US dollars"),
            millions=self.tr("${n}M"),
            thousands=self.tr("${n}K"),
            dollars=self.tr("${n}"),
            kinds={k.value: enum_label(k) for k in FundingKind},
            line_statuses={
                "Secured": self.tr("Secured (solid)"),
                "Pledged": self.tr("Pledged (hatched)"),
                "Projected": self.tr("Projected (outlined)"),
            },
            cliff=self.tr("Cliff {drop}"),
            cliff_legend=self.tr("Financial cliff"),
            no_funding=self.tr("No funding lines yet"),
            outside_years=self.tr("Funding lines outside the horizon (not shown): {n}"),
        )

    def save_state(self, settings: Settings) -> None:
        settings.set(DASHBOARD_LOG_SCALE, self.log_scale.isChecked())

    def restore_state(self, settings: Settings) -> None:
        self.log_scale.setChecked(settings.get(DASHBOARD_LOG_SCALE))

    def set_data(self, plan: Plan, analysis: Analysis) -> None:
        new_plan = self.plan_id != plan.id
        self.plan_id = plan.id
        self.data = dashboard_data(plan, analysis)
        if new_plan:
            # a plan with funding lines shows them; one without, the funding of its coverage
            has_lines = self.data.money is not None and self.data.money.has_lines
            self.funding_choice.blockSignals(True)
            self.funding_choice.setCurrentIndex(0 if has_lines else 1)
            self.funding_choice.blockSignals(False)
        self._redraw()

    def _redraw(self) -> None:
        if self.data is None:
            return
        self.artists = draw_dashboard(
            self.figure,
            self.data,
            theme=self.theme,
            labels=self.labels,
            reuse=self.artists,
            log_scale=self.log_scale.isChecked(),
            funding=str(self.funding_choice.currentData()),
        )
        self.canvas.redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            theme = palette_theme(self)
            if theme != self.theme:
                self.theme = theme
                self._redraw()
        super().changeEvent(event)
