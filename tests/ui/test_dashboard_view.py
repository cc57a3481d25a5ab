"""The dashboard view on a real widget."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from transition_planner.domain.analysis import analyse
from transition_planner.domain.examples import example_plans
from transition_planner.ui.dashboard_view import DashboardView


@pytest.fixture
def view(qtbot):
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_draws_the_four_charts(view):
    plan = example_plans()[1]
    analysis = analyse(plan)
    view.set_data(plan, analysis)
    view.canvas.draw()
    axes = view.artists.axes
    assert set(axes) == {"drawdown", "funding", "heatmap", "findings"}
    assert axes["findings"].get_title(loc="left") == "Findings by rule and severity"
    labels = [t.get_text() for t in axes["heatmap"].get_yticklabels()]
    assert len(labels) == len(plan.functions)
    # one bar segment per (rule, severity) present
    pairs = {(f.rule, f.severity) for f in analysis.findings}
    assert sum(p.get_width() > 0 for p in axes["findings"].patches) == len(pairs)


def test_follows_a_dark_palette(view):
    plan = example_plans()[0]
    view.set_data(plan, analyse(plan))
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#1b1b1b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    view.setPalette(palette)
    assert view.theme.dark
    assert view.figure.get_facecolor()[:3] == pytest.approx((0x1B / 255,) * 3)
