"""The timeline reads at any size and the dashboard shows small capacities: actors told apart
and partners visibly not UN, findings of one day side by side, names beside short bars, every
milestone named, the categories' headings off the rows, a logarithmic capacity scale."""

from __future__ import annotations

import colorsys
from datetime import date
from itertools import combinations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure

from transition_planner.charts.dashboard import dashboard_data, draw_dashboard
from transition_planner.charts.series import timeline_series
from transition_planner.charts.theme import (
    SEVERITY_COLOR,
    ActorGroup,
    contrast_ratio,
    text_color_on,
)
from transition_planner.charts.timeline import actor_colors, draw_timeline
from transition_planner.charts.timeline_artists import marker_offsets_pt
from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import ActorType, Priority, Severity
from transition_planner.domain.model import Actor, Assignment, Function, Plan

from .plans import mali_plan


@pytest.fixture(scope="module")
def mali():
    plan = mali_plan()
    analysis = analyse(plan)
    return plan, analysis, timeline_series(plan, analysis)


def drawn(series, width: float = 13, height: float = 8):
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    art = draw_timeline(fig, series, title="Mali")
    fig.canvas.draw()
    return fig, art


def hue(color: str) -> float:
    return colorsys.rgb_to_hls(*to_rgb(color))[0] * 360


def test_actors_are_told_apart_and_partners_are_not_un(mali) -> None:
    _plan, _analysis, series = mali
    groups = {a.name: a.group for a in series.actors}
    assert groups["MINUSMA Force"] is ActorGroup.UN_MISSION
    assert groups["UNDP"] is ActorGroup.UN_ENTITY
    assert groups["Malian Defence and Security Forces"] is ActorGroup.NATIONAL
    # a Mission actor of a partner mission is no UN actor (SPEC §2)
    assert groups["AFISMA contingents"] is ActorGroup.PARTNER
    colors = actor_colors(series.actors)
    # no two actors share a colour; the mission's seven components differ visibly
    assert len(set(colors.values())) == len(colors)
    mission = [colors[a.id] for a in series.actors if a.group is ActorGroup.UN_MISSION]
    assert len(mission) == 7
    distance = min(
        float(np.linalg.norm(np.subtract(to_rgb(a), to_rgb(b))))
        for a, b in combinations(mission, 2)
    )
    assert distance > 0.12  # was ~0.05 between neighbouring shades of one blue
    # UN actors in blues and violets, national in greens, partners in orange: apart in hue
    un_hues = [hue(colors[a.id]) for a in series.actors if a.group.is_un]
    others = [hue(colors[a.id]) for a in series.actors if not a.group.is_un]
    assert all(180 <= h <= 300 for h in un_hues)
    assert all(not 180 <= h <= 300 for h in others)


def test_findings_of_one_day_sit_side_by_side(mali) -> None:
    _plan, _analysis, series = mali
    same_day = [m for m in series.markers if m.function_name == "Political good offices"]
    assert sorted(m.rule for m in same_day) == ["capacity_cliff", "cold_handover"]
    assert {m.day for m in same_day} == {date(2024, 1, 1)} and len({m.y for m in same_day}) == 1
    offsets = marker_offsets_pt(same_day)
    assert sorted(offsets) == [-4.5, 4.5]
    _fig, art = drawn(series)
    # each is found where it is drawn
    index = {id(m): i for i, m in enumerate(series.markers)}
    for m, dx in zip(same_day, offsets, strict=True):
        px, py = art.ax.transData.transform((art.x_of(m.day), m.y))
        hit = art.hit(px + dx * art.figure.dpi / 72, py)
        assert hit is not None and hit.kind == "marker" and hit.index == index[id(m)]


def test_every_milestone_is_named_without_overlap(mali) -> None:
    _plan, _analysis, series = mali
    _fig, art = drawn(series, 13, 8)
    boxes = art.milestone_boxes
    assert len(boxes) == len(series.milestones) == 13
    for (a0, a1, ay, _h, _i), (b0, b1, by, _h2, _j) in combinations(boxes, 2):
        if ay == by:
            assert a1 <= b0 or b1 <= a0, "two names overlap on one level"
    # hovering a name finds its milestone
    x0, x1, y0, y1, i = boxes[0]
    hit = art.hit((x0 + x1) / 2, (y0 + y1) / 2)
    assert hit is not None and hit.kind == "milestone" and hit.index == i


def test_categories_are_headings_beside_the_rows_not_over_them(mali) -> None:
    _plan, _analysis, series = mali
    _fig, art = drawn(series)
    headings = [r.label for r in series.rows if r.kind == "category"]
    assert headings == ["Political", "Protection", "Rule of law and security", "Human rights"]
    shown = art.shown_row_labels()
    assert all(h in shown for h in headings)
    layer = art.row_layer
    assert layer is not None
    heading_labels = [label for label in layer.labels if label.text in headings]
    assert all(label.bold and label.ha == "left" and label.dx < 0 for label in heading_labels)


def test_a_short_bar_has_its_name_beside_it() -> None:
    gov = Actor(name="Ministry of the Interior", type=ActorType.GOVERNMENT)
    undp = Actor(name="UNDP", type=ActorType.UN_ENTITY)
    fn = Function(name="Police", priority=Priority.CRITICAL)
    plan = Plan(
        name="Short",
        horizon_start=date(2020, 1, 1),
        horizon_end=date(2030, 12, 31),
        actors=(gov, undp),
        functions=(fn,),
        assignments=(
            Assignment(function_id=fn.id, actor_id=undp.id, start=date(2020, 1, 1)),
            Assignment(
                function_id=fn.id, actor_id=gov.id, start=date(2022, 1, 1), end=date(2022, 2, 28)
            ),
        ),
    )
    series = timeline_series(plan, analyse(plan))
    _fig, art = drawn(series, 10, 4)
    layer = art.label_layer
    assert layer is not None
    beside = [label for label in layer.labels if label.text.startswith("Ministry")]
    assert len(beside) == 1
    bar = next(b for b in series.bars if b.actor_name.startswith("Ministry"))
    assert beside[0].ha == "left" and beside[0].x == pytest.approx(art.x_of(bar.end) + 1)


def test_text_on_bars_contrasts(mali) -> None:
    _plan, _analysis, series = mali
    for color in actor_colors(series.actors).values():
        assert contrast_ratio(color, text_color_on(color)) >= 4.5


def test_severities_have_one_colour_each_apart_in_hue_and_lightness() -> None:
    critical, high = SEVERITY_COLOR[Severity.CRITICAL], SEVERITY_COLOR[Severity.HIGH]
    assert abs(hue(critical) - hue(high)) > 15  # red and orange, not two oranges
    lightness = [colorsys.rgb_to_hls(*to_rgb(SEVERITY_COLOR[s]))[1] for s in Severity]
    assert len({round(v, 1) for v in lightness}) >= 3


def test_the_dashboard_shows_small_capacities_on_a_logarithmic_scale(mali) -> None:
    plan, analysis, _series = mali
    data = dashboard_data(plan, analysis)
    fig = Figure(figsize=(12, 8), dpi=100)
    FigureCanvasAgg(fig)
    art = draw_dashboard(fig, data, log_scale=True)
    fig.canvas.draw()
    ax = art.axes["drawdown"]
    assert ax.get_yscale() == "log"
    assert "logarithmic" in art.texts("drawdown")[0]
    lines = [a for a in art.content if a.axes is ax and getattr(a, "get_drawstyle", None)]
    steps = [line for line in lines if line.get_drawstyle() == "steps-post"]
    assert len(steps) == len(data.capacity_by_type)
    # after the mission has gone, the UN entities' tens of staff are on the chart
    low, high = ax.get_ylim()
    un = data.capacity_by_type[ActorType.UN_ENTITY]
    days = [date.fromordinal(int(o)) for o in data.change_days]
    after = [c for d, c in zip(days, un, strict=False) if d >= date(2024, 1, 1) and c > 0]
    assert after and all(low <= c <= high for c in after) and low < min(after) / 2
    # the linear scale is still there
    art = draw_dashboard(fig, data, log_scale=False, reuse=art)
    assert art.axes["drawdown"].get_yscale() == "linear"
