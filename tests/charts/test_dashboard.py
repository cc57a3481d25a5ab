"""The dashboard's data and drawing."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from transition_planner.charts.dashboard import (
    COVERAGE_STATUSES,
    DashboardLabels,
    dashboard_data,
    draw_dashboard,
)
from transition_planner.charts.theme import DARK
from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import ActorType, Severity
from transition_planner.workbook.examples import example_plans

from .plans import small_plan


def test_small_plan_dashboard_data():
    plan = small_plan()
    analysis = analyse(plan)
    data = dashboard_data(plan, analysis)
    assert len(data.months) == 36 and data.months[0] == date(2020, 1, 1)
    assert data.function_names == ("Police", "Mine action", "Rights")

    # drawdown: 100 mission staff in 2020 (UNDP's 10 are a UN entity), mine action has none
    days = [date.fromordinal(int(o)) for o in data.change_days]
    mission = data.capacity_by_type[ActorType.MISSION]
    assert mission[days.index(date(2020, 1, 1))] == 100
    assert mission[days.index(date(2021, 1, 1))] == 0
    assert data.capacity_by_type[ActorType.GOVERNMENT][days.index(date(2021, 10, 1))] == 22
    assert data.unknown_capacity == 1

    # heatmap: police uncovered Jan–May 2021, mine action not required in 2020 (NaN)
    police, mine = data.coverage[0], data.coverage[1]
    assert police[0] == 1.0 and police[12] == 0.0 and police[17] == 1.0
    assert np.isnan(mine[0]) and mine[12] == 1.0

    # funding shares per month add up to one; June 2021 police is Unfunded
    assert np.allclose(data.funding.sum(axis=0), 1.0)
    unfunded = data.funding[COVERAGE_STATUSES.index("Unfunded")]
    uncovered = data.funding[COVERAGE_STATUSES.index("Uncovered")]
    assert uncovered[13] == pytest.approx(1 / 3)  # Feb 2021: police of 3 required functions
    assert unfunded[17] == pytest.approx(1 / 3)

    assert data.findings["coverage_gap"][Severity.CRITICAL] == 1
    assert data.findings["lead_change"][Severity.INFO] == 1


@pytest.mark.parametrize("plan", example_plans(), ids=lambda p: p.name)
def test_draw_dashboard_of_examples(plan):
    analysis = analyse(plan)
    data = dashboard_data(plan, analysis)
    assert sum(sum(c.values()) for c in data.findings.values()) == len(analysis.findings)
    fig = Figure(figsize=(12, 8))
    FigureCanvasAgg(fig)
    art = draw_dashboard(fig, data)
    fig.canvas.draw()
    assert set(art.axes) == {"drawdown", "funding", "heatmap", "findings"}
    heat = art.texts("heatmap")
    assert heat[0] == "Coverage of required days, by month"
    names = [f.name if len(f.name) <= 30 else f.name[:29] for f in plan.functions]
    assert sum(any(t.startswith(n.rstrip()) for t in heat) for n in names) == len(names)
    # every rule with findings has its row and its total
    words = art.texts("findings")
    for rule, counts in data.findings.items():
        assert DashboardLabels().rules[rule] in words
        assert str(sum(counts.values())) in words


def test_redraw_reuses_the_axes_and_replaces_the_data():
    plan = example_plans()[1]
    analysis = analyse(plan)
    fig = Figure(figsize=(12, 8))
    FigureCanvasAgg(fig)
    first = draw_dashboard(fig, dashboard_data(plan, analysis))
    fig.canvas.draw()
    axes = dict(first.axes)
    children = {name: len(ax.get_children()) for name, ax in axes.items()}
    for _ in range(3):
        again = draw_dashboard(fig, dashboard_data(plan, analysis), reuse=first)
        fig.canvas.draw()
    assert again is first and again.axes == axes
    assert {name: len(ax.get_children()) for name, ax in axes.items()} == children
    # a smaller plan on the same axes: its rows only
    small = small_plan()
    draw_dashboard(fig, dashboard_data(small, analyse(small)), reuse=first)
    assert "Police" in first.texts("heatmap") and axes["heatmap"].get_ylim() == (3, 0)
    # another theme: a new frame
    dark = draw_dashboard(fig, dashboard_data(plan, analysis), theme=DARK, reuse=first)
    assert dark is not first and len(fig.axes) == 5


def test_text_is_drawn_by_the_layers():
    """A matplotlib Text costs ~1 ms to draw: only the rotated captions are Text artists."""
    plan = example_plans()[1]
    fig = Figure(figsize=(12, 8))
    FigureCanvasAgg(fig)
    draw_dashboard(fig, dashboard_data(plan, analyse(plan)))
    fig.canvas.draw()
    texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text()]
    assert len(texts) <= 3


def test_empty_plan_dashboard():
    plan = small_plan()
    from dataclasses import replace

    empty = replace(plan, functions=(), assignments=(), milestones=())
    data = dashboard_data(empty, analyse(empty))
    fig = Figure(figsize=(10, 6))
    FigureCanvasAgg(fig)
    art = draw_dashboard(fig, data)
    fig.canvas.draw()
    assert data.capacity_by_type == {}
    assert "Nothing to show yet" in art.texts("drawdown")
    assert "Nothing to show yet" in art.texts("heatmap")
