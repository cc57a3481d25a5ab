"""The timeline's series and drawing, for a hand-made plan and the example plans."""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from transition_planner.charts.series import MARKER_RULES, lead_segments, timeline_series
from transition_planner.charts.theme import DARK
from transition_planner.charts.timeline import draw_timeline, span_of
from transition_planner.charts.timeline_style import LINE_EM, MAX_LABELS
from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import LeadDepartment
from transition_planner.workbook.examples import example_plans

from .plans import big_plan, outliving_plan, small_plan


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
        ("un_exit", date(2022, 1, 1)),  # the mission leaves it to the government
    ]
    # the three markers of one day sit side by side on the row, not on each other
    assert len({m.y for m in series.markers}) == 1
    assert sorted((m.slot, m.slots) for m in series.markers) == [(0, 3), (1, 3), (2, 3)]
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
    markers = [f for f in analysis.findings if f.rule in MARKER_RULES]
    assert len(series.markers) == len(markers)
    changes = [f for f in analysis.findings if f.rule == "lead_change"]
    assert [c.day for c in series.lead_changes] == [f.start for f in changes]
    # the lead lane changes department exactly where the analysis says the lead changes
    segments = lead_segments(plan)
    switches = [b.start for a, b in itertools.pairwise(segments) if a.lead != b.lead]
    assert switches == [f.start for f in changes]
    assert len(series.milestones) == sum(h0 <= m.date <= h1 for m in plan.milestones)
    # critical functions come first within each category (of each area)
    by_category: dict[tuple[str, str], list[int]] = {}
    for row in series.rows:
        if row.kind == "function":
            by_category.setdefault((row.area, row.category), []).append(
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
    texts = art.shown_labels()
    assert 0 < len(texts) <= MAX_LABELS
    shown = set(texts)
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
    shown = set(art.shown_labels())
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
    assert len(art.shown_labels()) <= MAX_LABELS
    # text is drawn by a few layers, not by an artist per label
    assert len(art.ax.texts) <= 2
    assert np.all(art.bar_x[:, 0] < art.bar_x[:, 1])


def test_outside_presence_and_drawdown_are_drawn():
    plan = outliving_plan()
    analysis = analyse(plan)
    series = timeline_series(plan, analysis)
    (outside,) = series.outside
    assert outside.assignment_id == "s-pol" and outside.presence == "Mission A"
    assert (outside.start, outside.end, outside.days) == (date(2021, 1, 1), date(2021, 5, 31), 151)
    bar = series.bar("s-pol")
    # under its bar, above the next lane and the funding strip
    row = series.function_row("f-police")
    assert bar.y0 + bar.height < outside.y < row.y1 - 0.12
    (drawdown,) = series.drawdowns
    assert (drawdown.presence, drawdown.milestone, drawdown.days_before) == (
        "Mission A",
        "Elections",
        91,
    )
    assert (drawdown.start, drawdown.end) == (date(2020, 12, 31), date(2021, 4, 1))
    pko = next(p for p in series.presences if p.id == "p-pko")
    assert drawdown.y == pytest.approx(pko.y0 + pko.height)

    fig = _figure()
    art = draw_timeline(fig, series)
    fig.canvas.draw()
    assert len(art.collections["outside"].get_segments()) == 1
    assert len(art.collections["outside_fade"].get_paths()) == 1
    # a bracket: the span and a tick at each end
    assert len(art.collections["drawdowns"].get_segments()) == 3
    assert art.drawdown_x[0] == pytest.approx(
        (art.x_of(date(2021, 1, 1)), art.x_of(date(2021, 4, 1)))
    )
    # both in the legend, which shows them only for the plans that have them
    assert {"Outside its presence", "Drawdown before election"} <= set(art.legend.texts())
    plain = draw_timeline(_figure(), timeline_series(small_plan(), analyse(small_plan())))
    assert "Outside its presence" not in plain.legend.texts()

    # hover lookup on the dotted line and on the bracket
    x = art.x_of(date(2021, 3, 1))
    hit = art.hit(*art.ax.transData.transform((x, outside.y)))
    assert hit is not None and hit.kind == "outside" and hit.item is outside
    x = art.x_of(date(2021, 2, 15))
    hit = art.hit(*art.ax.transData.transform((x, drawdown.y)))
    assert hit is not None and hit.kind == "drawdown" and hit.item is drawdown
    assert span_of(art, drawdown)[:2] == pytest.approx(tuple(art.drawdown_x[0]))


def test_bar_labels_need_room_across_their_bar():
    """A label is placed only on a bar at least a line of text high: labels on neighbouring
    lanes never run into each other."""
    plan = big_plan(300)
    series = timeline_series(plan, analyse(plan))
    fig = _figure()
    art = draw_timeline(fig, series)
    fig.canvas.draw()
    line_px = art.theme.small_font_size * fig.dpi / 72 * LINE_EM
    px_per_row = art.ax.bbox.height / abs(np.diff(art.ax.get_ylim())[0])
    # the whole plan in 7 inches: bars are a few pixels high, too thin for text
    assert series.bars[0].height * px_per_row < line_px
    bar_texts = {b.actor_name for b in series.bars}
    assert not any(t.split(" · ")[0] in bar_texts for t in art.shown_labels())
    # a few rows in view: the bars get their labels back
    art.ax.set_ylim(12, 0)
    art.update_labels()
    shown = art.shown_labels()
    assert any(t.split(" · ")[0] in bar_texts for t in shown)
    assert len(shown) <= MAX_LABELS


def test_row_labels_never_overlap_and_all_fit_when_there_is_room(small):
    plan, analysis = small
    series = timeline_series(plan, analysis)
    fig = _figure()
    art = draw_timeline(fig, series)
    fig.canvas.draw()
    # a small plan: every row has its label, each category its heading
    assert art.shown_row_labels() == [
        "Presences",
        "HQ lead",
        "Security",
        "Police · Critical",
        "Mine action · Medium",
        "Human rights",
        "Rights · High",
    ]
    # a big plan fitted on the page: labels thinned to one per line of text, none dropped
    # where there is room for it
    plan = big_plan(2000)
    art = draw_timeline(fig, timeline_series(plan, analyse(plan)))
    fig.canvas.draw()
    labels = art.row_layer.labels
    ys = art.ax.transData.transform([(0, lb.y) for lb in labels])[:, 1]
    gaps = -np.diff(ys)
    line_px = art.theme.font_size * fig.dpi / 72
    assert len(labels) > 20 and np.all(gaps >= line_px)
    positions = art._row_ticks[0]
    pitch = line_px * 1.05 / (art.ax.bbox.height / abs(np.diff(art.ax.get_ylim())[0]))
    shown = np.array([lb.y for lb in labels])
    for y in positions:
        # a row without a label is within a line of text of a labelled one
        assert np.min(np.abs(shown - y)) < pitch


def test_redraw_on_the_same_figure_reuses_the_axes(small):
    plan, analysis = small
    series = timeline_series(plan, analysis)
    fig = _figure()
    first = draw_timeline(fig, series, legend=False)
    fig.canvas.draw()
    second = draw_timeline(fig, series, legend=False, reuse=first)
    fig.canvas.draw()
    assert second.ax is first.ax and fig.axes == [first.ax]
    # nothing of the first drawing is left on the axes: the same children as a fresh drawing
    fresh = draw_timeline(_figure(), series, legend=False)

    def children(ax):
        return [len(g) for g in (ax.collections, ax.lines, ax.patches, ax.artists, ax.texts)]

    assert children(second.ax) == children(fresh.ax)
    assert not any(c in second.ax.collections for c in first.collections.values())
    assert second.shown_labels() == first.shown_labels()
    # with a legend or another theme the figure is drawn from scratch
    third = draw_timeline(fig, series, theme=DARK, reuse=second)
    assert third.ax is not second.ax
