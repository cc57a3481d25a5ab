"""The dashboard view's funding chart on a real widget: by year and kind when the plan has funding
lines, of the required function-days otherwise, and the planner's choice between them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.ui.dashboard_view import DashboardView
from transition_planner.workbook.examples import example_plans


@pytest.fixture
def view(qtbot):
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def sudan():
    return next(p for p in example_plans() if p.name == "Sudan")


def test_funding_by_year_for_a_plan_with_funding_lines(view) -> None:
    plan = sudan()
    view.set_data(plan, analyse(plan))
    view.canvas.draw()
    assert view.funding_choice.currentData() == "years"
    words = view.artists.texts("funding")
    assert words[0] == "Funding by year and kind (US dollars)"
    assert "Assessed" in words and any(w.startswith("Cliff −") for w in words)
    # the planner's choice is kept while the same plan is edited
    view.funding_choice.setCurrentIndex(view.funding_choice.findData("coverage"))
    assert view.artists.texts("funding")[0] == "Funding of required function-days, by month"
    view.set_data(plan, analyse(plan))
    assert view.funding_choice.currentData() == "coverage"
    # a plan without funding lines opens on the funding of its coverage
    bare = replace(example_plans()[0], funding_lines=())
    view.set_data(bare, analyse(bare))
    assert view.funding_choice.currentData() == "coverage"
    view.set_data(plan, analyse(plan))
    assert view.funding_choice.currentData() == "years"
