"""The dashboard view on a real widget."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QColor, QPalette

from transition_planner.domain.analysis import analyse
from transition_planner.ui.dashboard_view import DashboardView
from transition_planner.workbook.examples import example_plans


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
    assert view.artists.texts("findings")[0] == "Findings by rule and severity"
    heat = view.artists.texts("heatmap")
    assert sum(f.name[:20] in " ".join(heat) for f in plan.functions) == len(plan.functions)
    # one bar segment per (rule, severity) present
    pairs = {(f.rule, f.severity) for f in analysis.findings}
    bars = [
        c for c in axes["findings"].collections if c.get_label() in view.labels.severities.values()
    ]
    assert sum(len(c.get_paths()) for c in bars) == len(pairs)


def test_set_data_again_keeps_the_axes_and_is_quick(view):
    plan = example_plans()[0]
    analysis = analyse(plan)
    view.set_data(plan, analysis)
    view.canvas.draw()
    axes = dict(view.artists.axes)
    started = time.perf_counter()
    view.set_data(plan, analysis)
    view.canvas.draw()
    elapsed = time.perf_counter() - started
    assert view.artists.axes == axes
    assert elapsed < 0.5  # ~30 ms here; generous for a loaded CI machine


def test_follows_a_dark_palette(view):
    plan = example_plans()[0]
    view.set_data(plan, analyse(plan))
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#1b1b1b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    view.setPalette(palette)
    assert view.theme.dark
    assert view.figure.get_facecolor()[:3] == pytest.approx((0x1B / 255,) * 3)
