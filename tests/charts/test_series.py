"""The timeline's series and drawing, for a hand-made plan and the example plans."""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from transition_planner.charts.series import lead_segments, timeline_series
from transition_planner.charts.theme import DARK
from transition_planner.charts.timeline import MAX_LABELS, draw_timeline, span_of
from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import LeadDepartment
from transition_planner.domain.examples import example_plans

from .plans import big_plan, small_plan


@pytest.fixture(scope="module")
def small():
    plan = small_plan()
    return plan, analyse(plan)


def test_rows_group_functions_by_category_critical_first(small):
    plan, analysis = small
    series = timeline_series(plan, analysis)
    kinds = [(r.kind, r.label) for r in series.rows]
    assert kinds == [
        ("presence", ""),
        ("lead", ""),
        ("category", "Security"),
        ("function", "Police"),
        ("function", "Mine action"),
        ("category", "Human rights"),
        ("function", "Rights"),
    ]
    # rows stack downwards without overlapping
    for above, below in zip(series.rows, series.rows[1:], strict=False):
        assert below.y0 == pytest.approx(above.y1)
    assert series.total_height == pytest.approx(series.rows[-1].y1)


def test_bars_gaps_markers_milestones(small):
    plan, analysis = small
    series = timeline_series(plan, analysis)
    assert len(series.bars) == 5
    assert {b.id for b in series.bars} == {a.id for a in plan.assignments}
    rights = series.function_row("f-rights")
    assert rights is not None and rights.lanes == 2  # UNDP and government overlap
    undp, gov = (series.bar("s-undp"), series.bar("s-gov-rights"))
    assert undp is not None and gov is not None and undp.y0 != gov.y0
    assert rights.y0 <= min(undp.y0, gov.y0) and max(undp.y0, gov.y0) + undp.height <= rights.y1
    # an open end is drawn to the horizon's end
    assert series.bar("s-gov").end == date(2022, 12, 31)

    spans = sorted((g.rule, g.start, g.end, g.days) for g in series.gaps)
    assert spans == [
        ("coverage_gap", date(2021, 1, 1), date(2021, 5, 31), 151),
        ("funding_gap", date(2021, 6, 1), date(2022, 12, 31), 579),
        ("presence_gap", date(2021, 1, 1), date(2021, 2, 28), 59),
    ]
    top, bottom = series.presence_band
    presence_gap = next(g for g in series.gaps if g.rule == "presence_gap")
    assert (presence_gap.y0, presence_gap.y0 + presence_gap.height) == (top, bottom)
    assert sorted((m.rule, m.day) for m in series.markers) == [
        ("capacity_cliff", date(2022, 1, 1)),
        ("cold_handover", date(2022, 1, 1)),
    ]
    # the two markers of one day do not sit on each other
    assert len({m.y for m in series.markers}) == 2
    # a milestone outside the horizon is not drawn
    assert [m.name for m in series.milestones] == ["Elections"]
    # mine action is not required in 2020
    assert [(n.function_id, n.start, n.end) for n in series.not_required] == [
        ("f-mine", date(2020, 1, 1), date(2020, 12, 31))
    ]


def test_lead_lane_and_its_changes(small):
    plan, analysis = small
    series = timeline_series(plan, analysis)
    assert [(s.lead, s.start, s.end) for s in series.lead_segments] == [
        (LeadDepartment.DPO, date(2020, 1, 1), date(2020, 12, 31)),
        (LeadDepartment.DPPA, date(2021, 3, 1), date(2022, 12, 31)),
    ]
    assert [(c.day, c.from_lead, c.to_lead) for c in series.lead_changes] == [
        (date(2021, 3, 1), "DPO", "DPPA")
    ]


def test_today_only_when_given_and_inside_the_horizon(small):
    plan, analysis = small
    assert timeline_series(plan, analysis).today is None
    assert timeline_series(plan, analysis, today=date(2021, 7, 1)).today == date(2021, 7, 1)
    assert timeline_series(plan, analysis, today=date(2031, 1, 1)).today is None


@pytest.mark.parametrize("plan", example_plans(), ids=lambda p: p.name)
def test_example_plans(plan):
    analysis = analyse(plan)
    series = timeline_series(plan, analysis)
    h0, h1 = plan.horizon_start, plan.horizon_end
    drawn = [a for a in plan.assignments if a.start <= h1 and (a.end is None or a.end >= h0)]
    assert len(series.bars) == len(drawn)
    spans = [
        f for f in analysis.findings if f.rule in ("presence_gap", "coverage_gap", "funding_gap")
    ]
    assert len(series.gaps) == len(spans)
    markers = [f for f in analysis.findings if f.rule in ("cold_handover", "capacity_cliff")]
    assert len(series.markers) == len(markers)
    changes = [f for f in analysis.findings if f.rule == "lead_change"]
    assert [c.day for c in series.lead_changes] == [f.start for f in changes]
    # the lead lane changes department exactly where the analysis says the lead changes
    segments = lead_segments(plan)
    switches = [b.start for a, b in itertools.pairwise(segments) if a.lead != b.lead]
    assert switches == [f.start for f in changes]
    assert len(series.milestones) == sum(h0 <= m.date <= h1 for m in plan.milestones)
    # critical functions come first within each category
    by_category: dict[str, list[int]] = {}
    for row in series.rows:
        if row.kind == "function":
            by_category.setdefault(row.category, []).append(
                ["Critical", "High", "Medium", "Low"].index(str(row.priority))
            )
    for ranks in by_category.values():
        assert ranks == sorted(ranks)


def _figure() -> Figure:
    fig = Figure(figsize=(12, 7), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def test_draw_uses_collections_and_hit_testing(small):
    plan, analysis = small
    series = timeline_series(plan, analysis, today=date(2021, 7, 1))
    fig = _figure()
    art = draw_timeline(fig, series)
    fig.canvas.draw()
    assert len(art.collections["bars"].get_paths()) == 5
    # funding status picks the hatch: one overlay per hatch, a rectangle per bar
    assert len(art.collections["hatch:.."].get_path().to_polygons()) == 1  # pledged
    assert len(art.collections["hatch:xx"].get_path().to_polygons()) == 1  # unfunded
    assert len(art.collections["gaps"].get_paths()) == 2  # coverage + presence gap
    assert len(art.collections["funding_gaps"].get_paths()) == 1
    assert len(art.collections["milestones"].get_segments()) == 1
    # text only where there is room, and never more than the limit
    texts = [t for t in art.label_pool if t.get_visible()]
    assert 0 < len(texts) <= MAX_LABELS
    shown = {t.get_text() for t in texts}
    assert "151 d" in shown and "A Police · 100" in shown

    # hover lookup: the middle of a bar is that bar; a gap is that gap
    for bar in series.bars:
        x0, x1, y0, y1 = span_of(art, bar)
        px, py = art.ax.transData.transform(((x0 + x1) / 2, (y0 + y1) / 2))
        hit = art.hit(px, py)
        assert hit is not None and hit.kind == "bar" and hit.item.id == bar.id
    gap = next(g for g in series.gaps if g.rule == "coverage_gap")
    x0, x1, y0, y1 = span_of(art, gap)
    hit = art.hit(*art.ax.transData.transform(((x0 + x1) / 2, (y0 + y1) / 2)))
    assert hit is not None and hit.kind == "gap" and hit.item is gap
    # an edge: the right end of the mission police bar
    bar = series.bar("s-pol")
    px, py = art.ax.transData.transform((art.x_of(bar.end) + 1, bar.y0 + bar.height / 2))
    index, which = art.edge_at(px + 2, py)
    assert series.bars[index].id == "s-pol" and which == "end"
    # outside the axes: nothing
    assert art.hit(1, 1) is None


def test_labels_follow_the_zoom(small):
    plan, analysis = small
    fig = _figure()
    art = draw_timeline(fig, timeline_series(plan, analysis))
    fig.canvas.draw()
    # zoomed on one month of 2020 only the bars crossing it can carry labels
    art.ax.set_xlim(art.x_of(date(2020, 3, 1)), art.x_of(date(2020, 4, 1)))
    art.update_labels()
    shown = {t.get_text() for t in art.label_pool if t.get_visible()}
    assert "A Police · 100" in shown
    assert "151 d" not in shown  # the coverage gap is out of view


def test_dark_theme_draws(small):
    plan, analysis = small
    fig = _figure()
    art = draw_timeline(fig, timeline_series(plan, analysis), theme=DARK)
    fig.canvas.draw()
    assert art.ax.get_facecolor()[:3] == pytest.approx((0x1E / 255,) * 3)


def test_many_assignments_stay_collections():
    plan = big_plan(2000)
    series = timeline_series(plan, analyse(plan))
    fig = _figure()
    art = draw_timeline(fig, series)
    fig.canvas.draw()
    assert len(art.collections["bars"].get_paths()) == 2000
    assert len(art.ax.collections) < 20 and len(art.ax.patches) < 20
    assert sum(t.get_visible() for t in art.label_pool) <= MAX_LABELS
    fixed = len(series.milestones) + sum(r.kind == "category" for r in series.rows)
    assert len(art.ax.texts) <= MAX_LABELS + fixed + 2
    assert np.all(art.bar_x[:, 0] < art.bar_x[:, 1])
