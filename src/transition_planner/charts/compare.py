"""Two options on one time axis (SPEC §6 "Options"), drawn on a matplotlib `Figure` without Qt.

`compare_series(a, analysis_a, b, analysis_b)` takes each plan's timeline as the timeline builder
lays it out (`series.timeline_series`) and puts the two side by side, row by row: the presences,
then every function of either plan (matched by name, A's order first). Each row holds a lane for
A above a lane for B, so that what option B changes shows right under option A.
`compare_draw.draw_compare` draws it; words come through `CompareLabels`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.enums import PresenceKind
from ..domain.findings import Analysis, Finding
from ..domain.model import Plan, name_key
from .series import TimelineSeries, timeline_series
from .theme import GAP_COLOR, PRESENCE_KIND_COLOR
from .timeline_style import actor_colors

OPTIONS = ("a", "b")
#: The height of one option's lane, and the room between two rows (row units).
LANE = 0.5
ROW_GAP = 0.3
PRESENCE_LANE = 0.8
#: A presence's share of the presence lane, when several overlap.
SUBLANE = 0.55
#: Inches of figure per row unit, at the chart's natural height.
INCH_PER_ROW = 0.28


@dataclass(frozen=True)
class CompareLabels:
    """The chart's words (the window passes translated ones)."""

    presences: str = "Presences"
    option_a: str = "A"
    option_b: str = "B"
    #: The legend's entries for the two options: {name} is the plan's name.
    legend_a: str = "A: {name}"
    legend_b: str = "B: {name}"
    gap: str = "Gap"
    outside: str = "Outside the plan's horizon"
    today: str = "Today"
    no_functions: str = "Neither plan has functions yet."
    #: The presence kinds' words, by the kind's value.
    kinds: dict[str, str] = field(default_factory=lambda: {k.value: k.value for k in PresenceKind})


@dataclass(frozen=True)
class Span:
    """Something drawn on one option's lane, over [start, end] (both inclusive)."""

    option: str  # "a" | "b"
    kind: str  # "presence" | "bar" | "gap"
    start: date
    end: date
    y0: float
    height: float
    label: str = ""
    color: str = "#999999"
    presence_kind: PresenceKind | None = None
    finding: Finding | None = None


@dataclass(frozen=True)
class CompareRow:
    """A band of the chart: A's lane on top (y0), B's below."""

    kind: str  # "presence" | "function"
    label: str
    y0: float
    lane: float

    @property
    def height(self) -> float:
        return 2 * self.lane

    def lane_y0(self, option: str) -> float:
        return self.y0 if option == "a" else self.y0 + self.lane


@dataclass(frozen=True)
class CompareSeries:
    name_a: str
    name_b: str
    #: The shared axis: from the earlier horizon start to the later horizon end.
    start: date
    end: date
    horizons: dict[str, tuple[date, date]]
    rows: tuple[CompareRow, ...]
    spans: tuple[Span, ...]
    today: date | None
    total_height: float

    def spans_of(self, kind: str, option: str | None = None) -> list[Span]:
        return [s for s in self.spans if s.kind == kind and option in (None, s.option)]


def _remap(y: float, top: float, size: float, lane_y0: float, lane: float) -> float:
    """A position of the source band [top, top + size] moved into the lane."""
    return lane_y0 + (y - top) / size * lane if size > 0 else lane_y0


def _function_order(a: TimelineSeries, b: TimelineSeries) -> list[tuple[str, str]]:
    """(key, label) of every function of either plan: A's order, then B's others."""
    seen: dict[str, str] = {}
    for s in (a, b):
        for r in s.rows:
            if r.kind == "function":
                seen.setdefault(name_key(r.label), r.label)
    order_a = [name_key(r.label) for r in a.rows if r.kind == "function"]
    rest = [name_key(r.label) for r in b.rows if r.kind == "function"]
    keys = order_a + [k for k in rest if k not in set(order_a)]
    return [(k, seen[k]) for k in dict.fromkeys(keys)]


def compare_series(
    a: Plan,
    analysis_a: Analysis,
    b: Plan,
    analysis_b: Analysis,
    *,
    today: date | None = None,
) -> CompareSeries:
    """Plans A and B as one chart (see the module's docstring)."""
    series = {"a": timeline_series(a, analysis_a), "b": timeline_series(b, analysis_b)}
    rows: list[CompareRow] = []
    spans: list[Span] = []
    # the presence lane as tall as the plan with the most overlapping presences needs
    depth = max(sum(1 for r in t.rows if r.kind == "presence") for t in series.values())
    presence_row = CompareRow("presence", "", 0.0, max(PRESENCE_LANE, SUBLANE * depth))
    rows.append(presence_row)
    y = presence_row.height + ROW_GAP
    order = _function_order(series["a"], series["b"])
    function_rows: dict[str, CompareRow] = {}
    for key, label in order:
        row = CompareRow("function", label, y, LANE)
        rows.append(row)
        function_rows[key] = row
        y += row.height + ROW_GAP
    for option, s in series.items():
        top, bottom = s.presence_band
        lane_y0 = presence_row.lane_y0(option)
        for p in s.presences:
            y0 = _remap(p.y0, top, bottom - top, lane_y0, presence_row.lane)
            spans.append(
                Span(
                    option,
                    "presence",
                    p.start,
                    p.end,
                    y0,
                    p.height / max(bottom - top, 1e-9) * presence_row.lane,
                    label=p.name,
                    color=PRESENCE_KIND_COLOR[p.kind],
                    presence_kind=p.kind,
                )
            )
        colors = actor_colors(s.actors)
        own_rows = {r.function_id: r for r in s.rows if r.kind == "function"}
        for bar in s.bars:
            src = own_rows.get(bar.function_id)
            frow = function_rows.get(name_key(bar.function_name))
            if src is None or frow is None:
                continue
            ly0 = frow.lane_y0(option)
            spans.append(
                Span(
                    option,
                    "bar",
                    bar.start,
                    bar.end,
                    _remap(bar.y0, src.y0, src.height, ly0, frow.lane),
                    bar.height / src.height * frow.lane,
                    label=bar.actor_name,
                    color=colors.get(bar.actor_id, "#999999"),
                )
            )
        for gap in s.gaps:
            if gap.rule == "funding_gap":
                continue
            grow = (
                function_rows.get(name_key(gap.function_name))
                if gap.function_name
                else presence_row
            )
            if grow is None:
                continue
            spans.append(
                Span(
                    option,
                    "gap",
                    gap.start,
                    gap.end,
                    grow.lane_y0(option),
                    grow.lane,
                    label=gap.detail,
                    color=GAP_COLOR,
                    finding=gap.finding,
                )
            )
    horizons = {o: (s.horizon_start, s.horizon_end) for o, s in series.items()}
    return CompareSeries(
        name_a=a.name,
        name_b=b.name,
        start=min(h[0] for h in horizons.values()),
        end=max(h[1] for h in horizons.values()),
        horizons=horizons,
        rows=tuple(rows),
        spans=tuple(spans),
        today=today,
        total_height=max(y - ROW_GAP, presence_row.height),
    )


def natural_height_in(series: CompareSeries) -> float:
    """The figure's height (inches) at which every row reads: rows, axis and legend."""
    return series.total_height * INCH_PER_ROW + 1.3


def option_findings(series: CompareSeries, option: str) -> list[Finding]:
    """The findings drawn on an option's lanes (tests)."""
    return [s.finding for s in series.spans_of("gap", option) if s.finding is not None]


__all__ = [
    "CompareLabels",
    "CompareRow",
    "CompareSeries",
    "Span",
    "compare_series",
    "natural_height_in",
    "option_findings",
]
