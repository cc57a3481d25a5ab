"""Funding by year and kind, in US dollars: the sums, the cliff years, the drawing (built without
Qt), words passed in (French), and text that never overlaps at 1366×768."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import combinations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from transition_planner.charts.dashboard import DashboardLabels, dashboard_data, draw_dashboard
from transition_planner.charts.funding import LINE_STATUSES, funding_years, usd_text
from transition_planner.charts.theme import FUNDING_KIND_COLOR
from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import FundingKind, FundingLineStatus
from transition_planner.domain.model import FundingLine, Plan
from transition_planner.workbook.examples import example_plans

K, S = FundingKind, FundingLineStatus


def line(kind: FundingKind, year: int, amount: float, status: FundingLineStatus) -> FundingLine:
    return FundingLine(
        source=f"{kind.value} {year}", kind=kind, year=year, amount=amount, status=status
    )


def money_plan() -> Plan:
    """2020: $400M assessed + $20M pledged PBF; 2021: $80M assessed, $15M projected voluntary
    (a cliff: 80 < 0.5 × 420); 2022: only $30M projected (a cliff: 0 < 0.5 × 80); a line of
    2019, before the horizon."""
    return Plan(
        name="Money",
        horizon_start=date(2020, 3, 1),
        horizon_end=date(2022, 6, 30),
        funding_lines=(
            line(K.ASSESSED, 2020, 300e6, S.SECURED),
            line(K.ASSESSED, 2020, 100e6, S.SECURED),
            line(K.PEACEBUILDING_FUND, 2020, 20e6, S.PLEDGED),
            line(K.ASSESSED, 2021, 80e6, S.SECURED),
            line(K.VOLUNTARY, 2021, 15e6, S.PROJECTED),
            line(K.HOST_GOVERNMENT, 2022, 30e6, S.PROJECTED),
            line(K.ASSESSED, 2019, 500e6, S.SECURED),
        ),
    )


def test_amounts_per_kind_status_and_year() -> None:
    plan = money_plan()
    data = funding_years(plan, analyse(plan))
    assert data.years == (2020, 2021, 2022)
    # only the kinds with lines, in the order of the kinds
    assert data.kinds == (K.ASSESSED, K.PEACEBUILDING_FUND, K.VOLUNTARY, K.HOST_GOVERNMENT)
    assert data.amount(K.ASSESSED, S.SECURED, 2020) == 400e6
    assert data.amount(K.PEACEBUILDING_FUND, S.PLEDGED, 2020) == 20e6
    assert data.amount(K.VOLUNTARY, S.PROJECTED, 2021) == 15e6
    assert data.amount(K.ASSESSED, S.PROJECTED, 2021) == 0
    assert data.amount(K.TRUST_FUND, S.SECURED, 2020) == 0  # no such kind
    assert data.amount(K.ASSESSED, S.SECURED, 2019) == 0 and data.outside == 1
    assert list(data.counted) == [420e6, 80e6, 0.0]
    assert list(data.totals) == [420e6, 95e6, 30e6]
    assert data.amounts.shape == (4, len(LINE_STATUSES), 3)
    # the cliffs of the analysis, with their fall
    assert data.cliffs == {2021: pytest.approx(1 - 80 / 420), 2022: 1.0}


def test_the_examples_sum_every_line_of_their_horizon() -> None:
    for plan in example_plans():
        data = funding_years(plan, analyse(plan))
        for kind in FundingKind:
            for status in FundingLineStatus:
                for year in data.years:
                    expected = sum(
                        fl.amount
                        for fl in plan.funding_lines
                        if (fl.kind, fl.status, fl.year) == (kind, status, year)
                    )
                    assert data.amount(kind, status, year) == pytest.approx(expected)
        cliffs = [f.extras["year"] for f in analyse(plan).findings if f.rule == "financial_cliff"]
        assert sorted(data.cliffs) == sorted(cliffs) and cliffs


def test_readable_units() -> None:
    labels = DashboardLabels()
    assert usd_text(366e6, labels) == "$366M"
    assert usd_text(2.5e6, labels) == "$2.5M"
    assert usd_text(450e3, labels) == "$450K"
    assert usd_text(25.2e6, labels, 1e6) == "$25.2M"


def drawn(plan: Plan, labels: DashboardLabels | None = None, size=(13.66, 7.68), **kw):
    fig = Figure(figsize=size, dpi=100)
    FigureCanvasAgg(fig)
    art = draw_dashboard(fig, dashboard_data(plan, analyse(plan)), labels=labels, **kw)
    fig.canvas.draw()
    return fig, art


def test_the_chart_stacks_secured_solid_pledged_hatched_projected_outlined() -> None:
    plan = money_plan()
    _fig, art = drawn(plan)
    ax = art.axes["funding"]
    bars = [a for a in art.content if isinstance(a, PolyCollection) and a.axes is ax]
    solid = [b for b in bars if not b.get_hatch() and b.get_linestyle()[0][1] is None]
    hatched = [b for b in bars if b.get_hatch()]
    dashed = [b for b in bars if b.get_linestyle()[0][1] is not None]
    # assessed secured (2 years) + the cliff shades; PBF pledged; voluntary and host projected
    assert len(hatched) == 1 and len(hatched[0].get_paths()) == 1
    assert len(dashed) == 2
    heights = sorted(
        round(float(np.ptp(p.vertices[:, 1])) / 1e6) for b in bars for p in b.get_paths()
    )
    assert {400, 20, 80, 15, 30} <= set(heights)
    # the assessed money is drawn in its kind's colour
    blue = [b for b in solid if tuple(b.get_facecolor()[0][:3]) != (1.0, 1.0, 1.0)]
    assert any(
        np.allclose(b.get_facecolor()[0][:3], _rgb(FUNDING_KIND_COLOR[K.ASSESSED])) for b in blue
    )
    words = art.texts("funding")
    assert words[0] == "Funding by year and kind (US dollars)"
    assert {"2020", "2021", "2022", "Cliff −81%", "Cliff −100%"} <= set(words)
    assert "Assessed" in words and "Trust fund" not in words  # the legend: kinds with lines
    assert {"Secured (solid)", "Pledged (hatched)", "Projected (outlined)"} <= set(words)
    assert "Financial cliff" in words and any(w.endswith("M") and w.startswith("$") for w in words)
    assert "Funding lines outside the horizon (not shown): 1" in words


def _rgb(color: str) -> tuple[float, float, float]:
    from matplotlib.colors import to_rgb

    return to_rgb(color)


def test_words_come_from_the_labels() -> None:
    french = replace(
        DashboardLabels(),
        money="Financement par année et par type (dollars des États-Unis)",
        millions="{n} M$",
        kinds={k.value: f"fr:{k.value}" for k in FundingKind},
        cliff="Falaise {drop}",
    )
    _fig, art = drawn(money_plan(), french)
    words = art.texts("funding")
    assert words[0].startswith("Financement")
    assert "fr:Assessed" in words and "Falaise −81%" in words
    assert any(w.endswith(" M$") for w in words)


def test_the_coverage_chart_is_still_there_and_plans_without_lines_get_it() -> None:
    plan = money_plan()
    _fig, art = drawn(plan, funding="coverage")
    assert art.texts("funding")[0] == "Funding of required function-days, by month"
    bare = replace(example_plans()[1], funding_lines=())
    _fig, art = drawn(bare)
    assert art.texts("funding")[0] == "Funding of required function-days, by month"
    _fig, art = drawn(bare, funding="years")
    assert "No funding lines yet" in art.texts("funding")


@pytest.mark.parametrize(
    "size",
    [(11.2, 4.3), (11.2, 6.4), (23.0, 12.0)],
    ids=["1366x768", "1366x768-no-gaps-panel", "2560x1440"],
)
@pytest.mark.parametrize("word", ["Haiti", "Sudan", "Kandora"])
def test_no_text_overlaps(word: str, size) -> None:
    """No word of the dashboard runs into another, and none leaves the figure (in the window
    at 1366×768 the dashboard's canvas is about 1120 × 430 pixels with the gaps panel open)."""
    plan = next(p for p in example_plans() if word in p.name)
    _fig, art = drawn(plan, size=size)
    boxes = [(box, text) for layer in art.layers.values() for box, text in layer.drawn]
    assert len(art.layers["funding"].drawn) > 10
    for (a, ta), (b, tb) in combinations(boxes, 2):
        apart = a[2] <= b[0] + 0.5 or b[2] <= a[0] + 0.5 or a[3] <= b[1] + 0.5 or b[3] <= a[1] + 0.5
        assert apart, f"{ta!r} overlaps {tb!r}"
    # the cliff labels stay inside the chart, the legends inside the figure
    ax = art.axes["funding"]
    cliffs = [box for box, text in art.layers["funding"].drawn if text.startswith("Cliff")]
    assert cliffs and all(
        ax.bbox.x0 - 1 <= x0 and x1 <= ax.bbox.x1 + 1 for x0, _y0, x1, _y1 in cliffs
    )
    width = art.figure.bbox.width
    assert all(x1 <= width for (_x0, _y0, x1, _y1), _t in boxes)
    # every cliff year is written under its bar, whatever the years left out for room
    words = art.texts("funding")
    cliff_years = [f.extras["year"] for f in analyse(plan).findings if f.rule == "financial_cliff"]
    assert all(str(y) in words for y in cliff_years)
