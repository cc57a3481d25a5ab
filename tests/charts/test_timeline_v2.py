"""The timeline of the v2 model: functions grouped by area, handovers on their due day, bridged
breaks joined, drawdowns on the presence band, the UN's exit marked — built without Qt, and
readable at 1366×768."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import combinations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from transition_planner.charts.legend import legend_handles
from transition_planner.charts.series import ROW_PAD, timeline_series
from transition_planner.charts.series_marks import COUNTRY_WIDE, plan_areas
from transition_planner.charts.theme import HANDOVER_STYLES, LIGHT
from transition_planner.charts.timeline import TimelineLabels, actor_colors, draw_timeline, span_of
from transition_planner.charts.timeline_marks import handover_offsets_pt
from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import (
    ActorType,
    HandoverKind,
    HandoverStatus,
    PresenceKind,
    Priority,
)
from transition_planner.domain.model import (
    Actor,
    Assignment,
    Function,
    Handover,
    Plan,
    Presence,
)
from transition_planner.workbook.examples import example_plans

AS_OF = date(2025, 11, 22)


def example(word: str) -> Plan:
    return next(p for p in example_plans() if word.lower() in p.name.lower())


@pytest.fixture(scope="module")
def kandora():
    plan = example("Kandora")
    analysis = analyse(plan, as_of=AS_OF)
    return plan, analysis, timeline_series(plan, analysis, today=AS_OF)


def drawn(series, width: float = 13.66, height: float = 7.68, labels=None):
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    art = draw_timeline(fig, series, labels=labels, title="Kandora")
    fig.canvas.draw()
    return fig, art


def area_plan() -> Plan:
    """Two functions in two areas and one country-wide; a handover of each status on the
    South Kivu row, two of them due on the same day."""
    mission = Presence(name="MONUSCO", kind=PresenceKind.PKO, start=date(2020, 1, 1), id="p")
    force = Actor(name="Force", type=ActorType.MISSION, presence_id="p", id="a-force")
    gov = Actor(name="FARDC", type=ActorType.GOVERNMENT, id="a-gov")
    south = Function(
        name="Protection (South Kivu)", priority=Priority.CRITICAL, area="South Kivu", id="f-s"
    )
    ituri = Function(
        name="Protection (Ituri)", priority=Priority.CRITICAL, area=" Ituri ", id="f-i"
    )
    wide = Function(name="Good offices", priority=Priority.HIGH, id="f-w")
    handovers = tuple(
        Handover(
            item=f"Item {status.value}",
            kind=HandoverKind.SITE,
            from_actor_id="a-force",
            to_actor_id=None if status is HandoverStatus.PLANNED else "a-gov",
            due=date(2022, 6, 30) if k < 2 else date(2021 + k, 1, 15),
            status=status,
            function_id="f-s",
            owner="Chief of staff",
            id=f"h{k}",
        )
        for k, status in enumerate(HandoverStatus)
    )
    return Plan(
        name="Kivus",
        horizon_start=date(2020, 1, 1),
        horizon_end=date(2026, 12, 31),
        presences=(mission,),
        actors=(force, gov),
        functions=(south, ituri, wide),
        assignments=tuple(
            Assignment(function_id=f, actor_id="a-force", start=date(2020, 1, 1), id=f"s-{f}")
            for f in ("f-s", "f-i", "f-w")
        ),
        handovers=(
            *handovers,
            # no function: not on a row; due after the horizon: not drawn
            Handover(
                item="Archives",
                kind=HandoverKind.RECORDS,
                from_actor_id="a-force",
                due=date(2023, 1, 1),
                id="h-archives",
            ),
            Handover(
                item="Late",
                kind=HandoverKind.TASK,
                from_actor_id="a-force",
                due=date(2030, 1, 1),
                function_id="f-s",
                id="h-late",
            ),
        ),
    )


def test_rows_are_grouped_by_area_under_headings() -> None:
    plan = area_plan()
    series = timeline_series(plan, analyse(plan))
    assert series.areas == ("South Kivu", "Ituri") == plan_areas(plan)
    kinds = [(r.kind, r.label) for r in series.rows if r.kind in ("area", "function")]
    assert kinds == [
        ("area", COUNTRY_WIDE),
        ("function", "Good offices"),
        ("area", "South Kivu"),
        ("function", "Protection (South Kivu)"),
        ("area", "Ituri"),
        ("function", "Protection (Ituri)"),
    ]
    # each function's row knows its area; the headings are drawn, the blank one named
    _fig, art = drawn(series, labels=TimelineLabels(country_wide="Whole country"))
    shown = art.shown_row_labels()
    assert {"Whole country", "South Kivu", "Ituri"} <= set(shown)
    headings = [lb for lb in art.row_layer.labels if lb.text in ("South Kivu", "Ituri")]
    assert all(lb.bold and lb.size > art.theme.font_size for lb in headings)
    assert {r.area for r in series.rows if r.kind == "function"} == {"", "South Kivu", "Ituri"}


def test_the_area_filter_keeps_one_area() -> None:
    plan = area_plan()
    analysis = analyse(plan)
    ituri = timeline_series(plan, analysis, area="Ituri")
    assert [r.label for r in ituri.rows if r.kind == "function"] == ["Protection (Ituri)"]
    assert ituri.area == "Ituri" and ituri.areas == ("South Kivu", "Ituri")
    # the handovers of the other area's function go with its row
    assert ituri.handovers == ()
    wide = timeline_series(plan, analysis, area=COUNTRY_WIDE)
    assert [r.label for r in wide.rows if r.kind == "function"] == ["Good offices"]
    # the presence band stays whatever the filter
    assert len(wide.presences) == len(ituri.presences) == 1
    # a plan without areas has no headings
    plain = example("Haiti")
    plain = replace(plain, functions=tuple(replace(f, area="") for f in plain.functions))
    series = timeline_series(plain, analyse(plain))
    assert series.areas == () and not [r for r in series.rows if r.kind == "area"]


def test_handovers_sit_on_their_functions_rows_by_due_day() -> None:
    plan = area_plan()
    series = timeline_series(plan, analyse(plan))
    row = series.function_row("f-s")
    assert row is not None
    # by due day, then item; the late one (after the horizon) is not drawn
    assert [m.id for m in series.handovers] == ["h1", "h0", "h-archives", "h2", "h3", "h4"]
    on_rows = [m for m in series.handovers if m.function_id is not None]
    assert all(m.y == pytest.approx(row.y0 + ROW_PAD) for m in on_rows)
    # the archives (no function) sit on the top edge of their sender's presence
    archives = next(m for m in series.handovers if m.id == "h-archives")
    (mission,) = series.presences
    assert archives.function_id is None and archives.y == pytest.approx(mission.y0)
    planned = series.handovers[1]
    assert planned.to_actor is None and planned.from_actor == "Force"
    assert planned.status is HandoverStatus.PLANNED and planned.due == date(2022, 6, 30)
    # two due the same day on one row sit side by side
    same = [m for m in series.handovers if m.due == date(2022, 6, 30)]
    assert sorted(handover_offsets_pt(same)) == [-4.5, 4.5]
    # a shape and a colour per status, the shapes apart from the findings' markers
    shapes = {s.marker for s in HANDOVER_STYLES.values()}
    assert len(shapes) == len(HandoverStatus) and not shapes & {"o", "v", "s", "D"}
    assert len({s.color for s in HANDOVER_STYLES.values()}) == len(HandoverStatus)


def test_handovers_are_drawn_found_under_the_pointer_and_in_the_legend() -> None:
    plan = area_plan()
    series = timeline_series(plan, analyse(plan))
    _fig, art = drawn(series)
    lines = [k for k in art.collections if k.startswith("handovers:")]
    assert {k.split(":")[1] for k in lines} == {s.value for s in HandoverStatus}
    for i, mark in enumerate(series.handovers):
        px, py = art.ax.transData.transform((art.x_of(mark.due) + 0.5, mark.y))
        hit = art.hit(px + art.handover_dx[i] * art.figure.dpi / 72, py)
        assert hit is not None and hit.kind == "handover" and hit.item is mark
        assert span_of(art, mark) is not None
    words = [h.get_label() for h in legend_handles(series, {}, TimelineLabels(), LIGHT)]
    assert {"Handover planned", "Handover done", "Handover lost"} <= set(words)
    # statuses absent from the plan are absent from the legend
    only_done = timeline_series(replace(plan, handovers=plan.handovers[2:3]), analyse(plan))
    words = [h.get_label() for h in legend_handles(only_done, {}, TimelineLabels(), LIGHT)]
    assert "Handover done" in words and "Handover lost" not in words


def test_bridged_breaks_are_joined_not_gaps(kandora) -> None:
    _plan, analysis, series = kandora
    breaks = [f for f in analysis.findings if f.rule == "short_break"]
    assert len(series.bridges) == len(breaks) == 1
    join = series.bridges[0]
    assert (join.start, join.end) == (breaks[0].start, breaks[0].end)
    # never drawn as a gap on its row
    assert not [
        g for g in series.gaps if g.function_id == join.function_id and g.start == join.start
    ]
    # the join runs across the middle of the bar that ends the day before
    before = next(
        b for b in series.bars if b.function_id == join.function_id and b.end < join.start
    )
    middle = before.y0 + before.height / 2
    assert join.y0 < middle < join.y0 + join.height
    _fig, art = drawn(series)
    assert len(art.collections["bridges"].get_paths()) == 1
    art.ax.set_xlim(art.x_of(date(2026, 6, 20)), art.x_of(date(2026, 7, 15)))
    px, py = art.ax.transData.transform((art.x_of(date(2026, 7, 3)), middle))
    hit = art.hit(px, py)
    assert hit is not None and hit.kind == "bridge" and hit.item is join


def test_drawdowns_and_the_un_exit_are_marked(kandora) -> None:
    _plan, analysis, series = kandora
    minuska = next(p for p in series.presences if p.name == "MINUSKA")
    assert minuska.drawdown_start == date(2025, 10, 15)
    assert minuska.compressed is not None and minuska.compressed.rule == "compressed_drawdown"
    uniok = next(p for p in series.presences if p.name == "UNIOK")
    assert uniok.drawdown_start == date(2027, 12, 20) and uniok.compressed is None
    exits = [f for f in analysis.findings if f.rule == "un_exit"]
    assert len([m for m in series.markers if m.rule == "un_exit"]) == len(exits) == 4
    _fig, art = drawn(series)
    assert "hatch:drawdown_phase" in art.collections and "compressed" in art.collections
    words = [h.get_label() for h in legend_handles(series, {}, TimelineLabels(), LIGHT)]
    assert {
        "Drawdown under way",
        "Compressed drawdown",
        "The UN stops carrying it",
        "Bridged break (a seam, not a gap)",
    } <= set(words)


@pytest.mark.parametrize("size", [(13.66, 7.68), (25.6, 14.4)], ids=["1366x768", "2560x1440"])
def test_no_labels_overlap(kandora, size) -> None:
    """Row names, headings, milestone names and the text on bars never run into each other."""
    _plan, _analysis, series = kandora
    _fig, art = drawn(series, *size)
    for layer in (art.row_layer, art.label_layer, art.milestone_layer):
        boxes = layer.drawn
        assert boxes
        for (a, ta), (b, tb) in combinations(boxes, 2):
            apart = a[2] <= b[0] + 0.5 or b[2] <= a[0] + 0.5 or a[3] <= b[1] + 0.5
            assert apart or b[3] <= a[1] + 0.5, f"{ta!r} overlaps {tb!r}"
    # every area heading is shown
    shown = art.shown_row_labels()
    assert all(a in shown for a in series.areas)
    assert len(actor_colors(series.actors)) == len(series.actors)
