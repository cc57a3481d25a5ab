"""The timeline of a plan as plain data: what to draw where, built from a plan and its analysis.

`timeline_series(plan, analysis)` lays the chart out in *rows* from the top: the band of
presences (one lane per set of presences that do not overlap), the lane of the headquarters lead,
then the functions grouped by area when the plan has areas (country-wide first, each area under
its heading; `area=` keeps one) and within it by category (critical functions first). A function
row holds one sub-lane per set of its assignments that do not overlap, so a warm handover shows
as two bars one above the other. Vertical positions are in row units growing downwards (y0 is a
row's top); dates are calendar days, both ends inclusive. The drawing code only converts and draws.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..domain.analysis import LEAD_PRECEDENCE
from ..domain.enums import (
    ActorType,
    FundingStatus,
    LeadDepartment,
    MilestoneKind,
    PresenceKind,
    Priority,
    Severity,
)
from ..domain.findings import Analysis, Finding
from ..domain.model import Assignment, Plan
from .series_marks import (
    AREA_HEIGHT,
    Bridge,
    HandoverMark,
    area_groups,
    bridges,
    compressed_drawdowns,
    handover_marks,
    plan_areas,
)
from .theme import ActorGroup, actor_group

PRESENCE_LANE_HEIGHT = 1.0
LEAD_LANE_HEIGHT = 0.8
CATEGORY_HEIGHT = 0.75
#: A function row: padding, then one 0.8 pitch per sub-lane holding a bar of BAR_HEIGHT.
LANE_PITCH = 0.8
BAR_HEIGHT = 0.62
ROW_PAD = 0.08
ROW_EXTRA = 0.2
#: The funding-gap strip at the bottom of a function row.
STRIP_HEIGHT = 0.12

PRIORITY_ORDER: dict[Priority, int] = {
    Priority.CRITICAL: 0,
    Priority.HIGH: 1,
    Priority.MEDIUM: 2,
    Priority.LOW: 3,
}
ACTOR_TYPE_ORDER: dict[ActorType, int] = {t: i for i, t in enumerate(ActorType)}
#: Findings drawn as spans (on the function's row, or the presence band).
SPAN_RULES = ("presence_gap", "coverage_gap", "funding_gap")
#: Findings drawn as markers on their day (their look: `theme.MARKER_STYLES`).
MARKER_RULES = ("cold_handover", "capacity_cliff", "un_exit")
NO_CATEGORY = ""


@dataclass(frozen=True)
class Row:
    """A horizontal band of the chart."""

    kind: str  # "presence" | "lead" | "area" | "category" | "function"
    label: str
    y0: float
    height: float
    function_id: str | None = None
    priority: Priority | None = None
    category: str = ""
    lanes: int = 1
    #: The area of an "area" heading or of a function ("" = country-wide).
    area: str = ""

    @property
    def center(self) -> float:
        return self.y0 + self.height / 2

    @property
    def y1(self) -> float:
        return self.y0 + self.height


@dataclass(frozen=True)
class PresenceBar:
    id: str
    name: str
    kind: PresenceKind
    lead: LeadDepartment
    start: date
    end: date
    #: The presence has no end date (it goes on past the horizon).
    open_end: bool
    own_start: date
    own_end: date | None
    y0: float
    height: float
    #: The day the drawdown began, when it falls on the drawn part of the presence.
    drawdown_start: date | None = None
    #: The presence's `compressed_drawdown` finding, if any.
    compressed: Finding | None = None


@dataclass(frozen=True)
class LeadSegment:
    lead: LeadDepartment
    presence_id: str
    presence_name: str
    start: date
    end: date


@dataclass(frozen=True)
class LeadChange:
    day: date
    from_lead: str
    to_lead: str
    detail: str


@dataclass(frozen=True)
class AssignmentBar:
    id: str
    function_id: str
    function_name: str
    actor_id: str
    actor_name: str
    actor_type: ActorType
    #: The drawn interval: the assignment's own dates clipped to the horizon.
    start: date
    end: date
    own_start: date
    own_end: date | None
    capacity: float | None
    funding_status: FundingStatus | None
    funding_source: str
    y0: float
    height: float

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class GapSpan:
    rule: str
    severity: Severity
    function_id: str | None
    function_name: str | None
    start: date
    end: date
    days: int
    detail: str
    y0: float
    height: float
    finding: Finding


@dataclass(frozen=True)
class Marker:
    """A finding of one day on its function's row. Markers of one row and day sit side by
    side: `slot` of `slots`, centred on the day."""

    rule: str
    severity: Severity
    day: date
    y: float
    function_id: str | None
    function_name: str | None
    detail: str
    finding: Finding
    slot: int = 0
    slots: int = 1


@dataclass(frozen=True)
class OutsideSpan:
    """The part of an assignment outside the life of its actor's presence (the
    `outlives_presence` finding): a dotted line under the assignment's bar, at `y`."""

    assignment_id: str
    function_id: str | None
    function_name: str | None
    actor: str
    presence: str
    start: date
    end: date
    days: int
    y: float
    detail: str
    finding: Finding


@dataclass(frozen=True)
class DrawdownBracket:
    """A presence ending shortly before an election (the `drawdown_before_election` finding):
    a bracket from the end of the presence's last day (`start`) to the election (`end`), on
    the lower edge of the presence's bar, at `y`."""

    presence_id: str | None
    presence: str
    milestone: str
    start: date
    end: date
    days_before: int
    y: float
    detail: str
    finding: Finding


@dataclass(frozen=True)
class MilestoneLine:
    id: str
    name: str
    day: date
    kind: MilestoneKind
    notes: str


@dataclass(frozen=True)
class NotRequired:
    """A part of a function row where the function is not required (outside its window)."""

    function_id: str
    start: date
    end: date
    y0: float
    height: float


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    type: ActorType
    #: How the charts colour the actor (UN or not, and who).
    group: ActorGroup = ActorGroup.OTHER


@dataclass(frozen=True)
class TimelineSeries:
    """Everything the timeline draws, in draw order."""

    plan_name: str
    horizon_start: date
    horizon_end: date
    rows: tuple[Row, ...]
    presences: tuple[PresenceBar, ...]
    lead_row: Row
    lead_segments: tuple[LeadSegment, ...]
    lead_changes: tuple[LeadChange, ...]
    bars: tuple[AssignmentBar, ...]
    gaps: tuple[GapSpan, ...]
    markers: tuple[Marker, ...]
    milestones: tuple[MilestoneLine, ...]
    not_required: tuple[NotRequired, ...]
    #: The actors that carry something on the chart, by type then name (the legend's order).
    actors: tuple[ActorInfo, ...]
    #: The day drawn as "today", or None (exports draw none unless given one).
    today: date | None
    total_height: float
    outside: tuple[OutsideSpan, ...] = ()
    drawdowns: tuple[DrawdownBracket, ...] = ()
    #: The handovers of the register on the rows of their functions, by due day.
    handovers: tuple[HandoverMark, ...] = ()
    #: The bridged breaks (`short_break`), drawn as joins.
    bridges: tuple[Bridge, ...] = ()
    #: Every area of the plan (for a filter), and the one shown (None: all).
    areas: tuple[str, ...] = ()
    area: str | None = None

    def function_row(self, function_id: str) -> Row | None:
        for row in self.rows:
            if row.kind == "function" and row.function_id == function_id:
                return row
        return None

    def bar(self, assignment_id: str) -> AssignmentBar | None:
        for bar in self.bars:
            if bar.id == assignment_id:
                return bar
        return None

    @property
    def presence_band(self) -> tuple[float, float]:
        """(top, bottom) of the presence band."""
        rows = [r for r in self.rows if r.kind == "presence"]
        if not rows:
            return (0.0, 0.0)
        return (rows[0].y0, rows[-1].y1)


def _clip(start: date, end: date | None, h0: date, h1: date) -> tuple[date, date] | None:
    """[start, end or h1] ∩ [h0, h1], or None when empty."""
    lo = max(start, h0)
    hi = h1 if end is None else min(end, h1)
    return (lo, hi) if lo <= hi else None


def effective_interval(plan: Plan, assignment: Assignment) -> tuple[date, date] | None:
    """SPEC §3: [start, end] cut to the life of the actor's presence, clipped to the horizon."""
    h0, h1 = plan.horizon_start, plan.horizon_end
    lo, hi = assignment.start, assignment.end or h1
    actor = plan.actor(assignment.actor_id)
    presence = plan.presence(actor.presence_id) if actor is not None else None
    if presence is not None:
        lo = max(lo, presence.start)
        hi = min(hi, presence.end or h1)
    lo, hi = max(lo, h0), min(hi, h1)
    return (lo, hi) if lo <= hi else None


def _pack(intervals: Iterable[tuple[date, date]]) -> tuple[list[int], int]:
    """Greedy lanes for intervals (given in the order to place them): a lane per index, count."""
    ends: list[date] = []
    lanes: list[int] = []
    for start, end in intervals:
        for i, last in enumerate(ends):
            if last < start:
                ends[i] = end
                lanes.append(i)
                break
        else:
            ends.append(end)
            lanes.append(len(ends) - 1)
    return lanes, max(1, len(ends))


def lead_segments(plan: Plan) -> list[LeadSegment]:
    """The headquarters lead over the horizon (the rule of the `lead_change` insight)."""
    h0, h1 = plan.horizon_start, plan.horizon_end
    lives: list[tuple[date, date, tuple[int, int, int], int]] = []
    for index, p in enumerate(plan.presences):
        rank = LEAD_PRECEDENCE.get(p.kind)
        if rank is None:
            continue
        life = _clip(p.start, p.end, h0, h1)
        if life is not None:
            lives.append((life[0], life[1], (rank, p.start.toordinal(), index), index))
    points = sorted({t[0] for t in lives} | {t[1] + timedelta(days=1) for t in lives})
    segments: list[LeadSegment] = []
    for k, point in enumerate(points):
        if point > h1:
            break
        alive = [t for t in lives if t[0] <= point <= t[1]]
        if not alive:
            continue
        leader = plan.presences[max(alive, key=lambda t: t[2])[3]]
        seg_end = points[k + 1] - timedelta(days=1) if k + 1 < len(points) else h1
        seg_end = min(seg_end, h1)
        last = segments[-1] if segments else None
        if (
            last is not None
            and last.presence_id == leader.id
            and last.end + timedelta(days=1) == point
        ):
            segments[-1] = LeadSegment(
                last.lead, last.presence_id, last.presence_name, last.start, seg_end
            )
        else:
            segments.append(LeadSegment(leader.lead, leader.id, leader.name, point, seg_end))
    return segments


def _category_order(
    plan: Plan, indexes: Iterable[int] | None = None
) -> list[tuple[str, list[int]]]:
    """Categories with their function indexes (of `indexes`, or all): critical first within a
    category; categories by their most urgent function, then by first appearance."""
    groups: dict[str, list[int]] = {}
    for i in range(len(plan.functions)) if indexes is None else indexes:
        groups.setdefault(plan.functions[i].category.strip(), []).append(i)
    ordered = []
    for first, (category, indexes) in enumerate(groups.items()):
        indexes.sort(key=lambda i: (PRIORITY_ORDER[plan.functions[i].priority], i))
        best = PRIORITY_ORDER[plan.functions[indexes[0]].priority]
        ordered.append((best, category == NO_CATEGORY, first, category, indexes))
    ordered.sort(key=lambda t: t[:3])
    return [(t[3], t[4]) for t in ordered]


def timeline_series(
    plan: Plan, analysis: Analysis, *, today: date | None = None, area: str | None = None
) -> TimelineSeries:
    """The timeline of `plan` with the findings of `analysis` (see the module's docstring).
    `area`: only the functions of that area ("": the country-wide ones); None: all."""
    h0, h1 = plan.horizon_start, plan.horizon_end
    if h1 < h0:
        h1 = h0
    rows: list[Row] = []
    y = 0.0

    # -- presence band ----------------------------------------------------------------------
    visible = [
        (p, life)
        for p in sorted(plan.presences, key=lambda p: (p.start, p.name))
        if (life := _clip(p.start, p.end, h0, h1)) is not None
    ]
    lanes, lane_count = _pack(life for _p, life in visible)
    compressed = compressed_drawdowns(analysis.findings)
    lane_height = PRESENCE_LANE_HEIGHT if lane_count <= 2 else 0.75
    for i in range(lane_count):
        rows.append(Row("presence", "", y + i * lane_height, lane_height))
    presences = tuple(
        PresenceBar(
            p.id,
            p.name,
            p.kind,
            p.lead,
            life[0],
            life[1],
            p.end is None or p.end > h1,
            p.start,
            p.end,
            y + lane * lane_height + 0.08,
            lane_height - 0.16,
            p.drawdown_start
            if p.drawdown_start is not None and life[0] <= p.drawdown_start <= life[1]
            else None,
            compressed.get(p.id),
        )
        for (p, life), lane in zip(visible, lanes, strict=True)
    )
    y += lane_count * lane_height
    presence_top, presence_bottom = 0.0, y

    # -- lead lane ----------------------------------------------------------------------
    lead_row = Row("lead", "", y, LEAD_LANE_HEIGHT)
    rows.append(lead_row)
    y += LEAD_LANE_HEIGHT
    changes = tuple(
        LeadChange(
            f.start,
            str(f.extras.get("from_lead", "")),
            str(f.extras.get("to_lead", "")),
            f.detail,
        )
        for f in analysis.findings
        if f.rule == "lead_change"
    )

    # -- functions by category --------------------------------------------------------------------
    by_function: dict[str, list[Assignment]] = {}
    for s in plan.assignments:
        by_function.setdefault(s.function_id, []).append(s)
    actors = {a.id: a for a in plan.actors}
    partner_presences = {p.id for p in plan.presences if p.kind is PresenceKind.PARTNER_MISSION}
    bars: list[AssignmentBar] = []
    not_required: list[NotRequired] = []
    function_rows: dict[str, Row] = {}
    used_actors: dict[str, ActorInfo] = {}
    areas = plan_areas(plan)
    all_categories = _category_order(plan)
    show_categories = len(all_categories) > 1 or (
        bool(all_categories) and all_categories[0][0] != NO_CATEGORY
    )
    ordered: list[tuple[str, str, list[int]]] = []
    for area_key, in_area in area_groups(plan, area):
        for category, indexes in _category_order(plan, in_area):
            ordered.append((area_key, category, indexes))
    shown_area: str | None = None
    for area_key, category, indexes in ordered:
        if areas and area_key != shown_area:
            # the area's heading ("" is country-wide: the drawing names it)
            rows.append(Row("area", area_key, y, AREA_HEIGHT, area=area_key))
            y += AREA_HEIGHT
            shown_area = area_key
        if show_categories:
            rows.append(
                Row(
                    "category",
                    category or "—",
                    y,
                    CATEGORY_HEIGHT,
                    category=category,
                    area=area_key,
                )
            )
            y += CATEGORY_HEIGHT
        for i in indexes:
            f = plan.functions[i]
            if f.id in function_rows:
                continue
            drawn: list[tuple[Assignment, tuple[date, date]]] = []
            for s in by_function.get(f.id, ()):
                clipped = _clip(s.start, s.end, h0, h1)
                if clipped is not None:
                    drawn.append((s, clipped))
            drawn.sort(key=lambda t: (t[1][0], t[1][1]))
            sub_lanes, count = _pack(c for _s, c in drawn)
            height = ROW_EXTRA + LANE_PITCH * count
            row = Row("function", f.name, y, height, f.id, f.priority, category, count, area_key)
            rows.append(row)
            function_rows[f.id] = row
            for (s, (start, end)), lane in zip(drawn, sub_lanes, strict=True):
                actor = actors.get(s.actor_id)
                actor_name = actor.name if actor is not None else "?"
                actor_type = actor.type if actor is not None else ActorType.OTHER
                if s.actor_id not in used_actors:
                    partner = actor is not None and actor.presence_id in partner_presences
                    used_actors[s.actor_id] = ActorInfo(
                        s.actor_id, actor_name, actor_type, actor_group(actor_type, partner)
                    )
                bars.append(
                    AssignmentBar(
                        s.id,
                        f.id,
                        f.name,
                        s.actor_id,
                        actor_name,
                        actor_type,
                        start,
                        end,
                        s.start,
                        s.end,
                        s.capacity,
                        s.funding_status,
                        s.funding_source,
                        y + ROW_PAD + lane * LANE_PITCH,
                        BAR_HEIGHT,
                    )
                )
            w0 = max(f.required_from or h0, h0)
            w1 = min(f.required_until or h1, h1)
            if w1 < w0:
                not_required.append(NotRequired(f.id, h0, h1, y, height))
            else:
                if w0 > h0:
                    not_required.append(NotRequired(f.id, h0, w0 - timedelta(days=1), y, height))
                if w1 < h1:
                    not_required.append(NotRequired(f.id, w1 + timedelta(days=1), h1, y, height))
            y += height

    # -- findings ----------------------------------------------------------------------
    names = {f.name: f.id for f in plan.functions}
    gaps: list[GapSpan] = []
    markers: list[Marker] = []
    outside: list[OutsideSpan] = []
    drawdowns: list[DrawdownBracket] = []
    bar_of = {b.id: b for b in bars}
    presence_bar = {p.id: p for p in presences}
    for finding in analysis.findings:
        if finding.rule == "outlives_presence":
            bar = bar_of.get(finding.assignment_ids[0]) if finding.assignment_ids else None
            if bar is not None:
                outside.append(
                    OutsideSpan(
                        bar.id,
                        bar.function_id,
                        bar.function_name,
                        str(finding.extras.get("actor", bar.actor_name)),
                        str(finding.extras.get("presence", "")),
                        max(finding.start, h0),
                        min(finding.end, h1),
                        finding.days,
                        bar.y0 + bar.height + (LANE_PITCH - BAR_HEIGHT) / 3,
                        finding.detail,
                        finding,
                    )
                )
            continue
        if finding.rule == "drawdown_before_election":
            pid = finding.presence_ids[0] if finding.presence_ids else None
            pbar = presence_bar.get(pid) if pid else None
            if pbar is not None:
                drawdowns.append(
                    DrawdownBracket(
                        pid,
                        pbar.name,
                        str(finding.extras.get("milestone", "")),
                        max(finding.start, h0),
                        min(finding.end, h1),
                        int(str(finding.extras.get("days_before", finding.days - 1))),
                        pbar.y0 + pbar.height,
                        finding.detail,
                        finding,
                    )
                )
            continue
        if finding.rule == "presence_gap":
            gaps.append(
                GapSpan(
                    finding.rule,
                    finding.severity,
                    None,
                    None,
                    finding.start,
                    finding.end,
                    finding.days,
                    finding.detail,
                    presence_top,
                    presence_bottom - presence_top,
                    finding,
                )
            )
            continue
        if finding.rule not in SPAN_RULES and finding.rule not in MARKER_RULES:
            continue
        fid = finding.function_id or names.get(finding.function or "")
        row_or_none = function_rows.get(fid) if fid else None
        if row_or_none is None:
            continue
        row = row_or_none
        if finding.rule == "coverage_gap":
            gaps.append(
                GapSpan(
                    finding.rule,
                    finding.severity,
                    row.function_id,
                    finding.function,
                    finding.start,
                    finding.end,
                    finding.days,
                    finding.detail,
                    row.y0 + ROW_PAD,
                    LANE_PITCH * (row.lanes - 1) + BAR_HEIGHT,
                    finding,
                )
            )
        elif finding.rule == "funding_gap":
            gaps.append(
                GapSpan(
                    finding.rule,
                    finding.severity,
                    row.function_id,
                    finding.function,
                    finding.start,
                    finding.end,
                    finding.days,
                    finding.detail,
                    row.y1 - STRIP_HEIGHT - 0.03,
                    STRIP_HEIGHT,
                    finding,
                )
            )
        else:
            markers.append(
                Marker(
                    finding.rule,
                    finding.severity,
                    finding.start,
                    row.y0 + ROW_PAD + BAR_HEIGHT / 2,
                    row.function_id,
                    finding.function,
                    finding.detail,
                    finding,
                )
            )

    markers = _side_by_side(markers)
    handovers = handover_marks(
        plan,
        {k: r.y0 for k, r in function_rows.items()},
        ROW_PAD,
        h0,
        h1,
        {p.id: (p.y0, p.start, p.end) for p in presences},
        area,
    )
    joins = bridges(analysis.findings, function_rows, bars, BAR_HEIGHT * 0.36)
    milestones = tuple(
        MilestoneLine(m.id, m.name, m.date, m.kind, m.notes)
        for m in sorted(plan.milestones, key=lambda m: (m.date, m.name))
        if h0 <= m.date <= h1
    )
    groups = list(ActorGroup)
    actor_list = tuple(
        sorted(used_actors.values(), key=lambda a: (groups.index(a.group), a.name.lower()))
    )
    return TimelineSeries(
        plan_name=plan.name,
        horizon_start=h0,
        horizon_end=h1,
        rows=tuple(rows),
        presences=presences,
        lead_row=lead_row,
        lead_segments=tuple(lead_segments(plan)),
        lead_changes=changes,
        bars=tuple(bars),
        gaps=tuple(gaps),
        markers=tuple(markers),
        milestones=milestones,
        not_required=tuple(not_required),
        actors=actor_list,
        today=today if today is not None and h0 <= today <= h1 else None,
        total_height=y,
        outside=tuple(outside),
        drawdowns=tuple(drawdowns),
        handovers=tuple(handovers),
        bridges=tuple(joins),
        areas=areas,
        area=area,
    )


def _side_by_side(markers: list[Marker]) -> list[Marker]:
    """Markers of one row and day get slots next to each other (in the order of the rules)."""
    groups: dict[tuple[float, date], list[int]] = {}
    for i, m in enumerate(markers):
        groups.setdefault((m.y, m.day), []).append(i)
    placed = list(markers)
    order = {rule: k for k, rule in enumerate(MARKER_RULES)}
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        indexes.sort(key=lambda i: (order.get(markers[i].rule, len(order)), markers[i].rule))
        for slot, i in enumerate(indexes):
            placed[i] = replace(markers[i], slot=slot, slots=len(indexes))
    return placed
