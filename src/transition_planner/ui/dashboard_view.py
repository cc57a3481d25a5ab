"""The dashboard: drawdown curve, coverage heatmap, findings by rule, funding of coverage."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ..charts.dashboard import (
    DashboardArtists,
    DashboardData,
    DashboardLabels,
    dashboard_data,
    draw_dashboard,
)
from ..domain.enums import Severity
from ..domain.findings import Analysis
from ..domain.model import Plan
from .chart_theme import palette_theme


class DashboardView(QWidget):
    """Four charts of one plan, redrawn by `set_data`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Dashboard"))
        self.figure = Figure(figsize=(10, 6), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setAccessibleName(self.tr("Dashboard charts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.data: DashboardData | None = None
        self.artists: DashboardArtists | None = None
        self.theme = palette_theme(self)
        self.labels = self._labels()

    def _labels(self) -> DashboardLabels:
        tr = self.tr
        return DashboardLabels(
            drawdown=tr("Capacity over time, by actor type"),
            capacity=tr("Capacity (staff)"),
            unknown_capacity=tr("Assignments without a capacity (not counted): {n}"),
            heatmap=tr("Coverage of required days, by month"),
            heatmap_scale=tr("Share of required days covered"),
            findings=tr("Findings by rule and severity"),
            funding=tr("Funding of required function-days, by month"),
            share=tr("Share of required function-days"),
            nothing=tr("Nothing to show yet"),
            statuses=(
                tr("Secured"),
                tr("Pledged"),
                tr("Not tracked"),
                tr("Unfunded"),
                tr("Uncovered"),
            ),
            rules={
                "presence_gap": tr("Presence gap"),
                "coverage_gap": tr("Coverage gap"),
                "funding_gap": tr("Funding gap"),
                "capacity_cliff": tr("Capacity cliff"),
                "cold_handover": tr("Cold handover"),
                "outlives_presence": tr("Outlives presence"),
                "lead_change": tr("Lead change"),
                "drawdown_before_election": tr("Drawdown before election"),
            },
            severities={
                Severity.CRITICAL: tr("Critical"),
                Severity.HIGH: tr("High"),
                Severity.MEDIUM: tr("Medium"),
                Severity.LOW: tr("Low"),
                Severity.INFO: tr("Info"),
            },
        )

    def set_data(self, plan: Plan, analysis: Analysis) -> None:
        self.data = dashboard_data(plan, analysis)
        self._redraw()

    def _redraw(self) -> None:
        if self.data is None:
            return
        self.artists = draw_dashboard(
            self.figure, self.data, theme=self.theme, labels=self.labels, reuse=self.artists
        )
        self.canvas.draw_idle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            theme = palette_theme(self)
            if theme != self.theme:
                self.theme = theme
                self._redraw()
        super().changeEvent(event)
