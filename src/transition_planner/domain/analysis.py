"""The continuity analysis of SPEC §3: `analyse(plan) -> Analysis`.

Everything is computed from intervals: per function one sweep over the sorted boundary points
(the days where an effective interval starts, or the day after one ends), never day by day.
Days are handled as proleptic ordinals (`date.toordinal()`); every interval is inclusive.

Definitions (SPEC §3, word by word)
-----------------------------------
* Horizon ``[H0, H1]``; an open end means H1. A plan whose horizon ends before it starts has
  nothing to analyse (no findings, score None).
* A function's required window W is ``[required_from or H0, required_until or H1]`` clipped to
  the horizon. A function with an empty W is skipped entirely: no finding of any rule mentions it
  (outlives_presence included) and it does not count in the score.
* An assignment's effective interval is ``[start, end or H1]`` cut to the life of its actor's
  presence (``[presence start, presence end or H1]``) when the actor belongs to a presence, and
  clipped to the horizon. An actor that is unknown, or whose presence id is unknown, is treated as
  not belonging to a presence. Assignments of unknown functions are ignored.
* Active set of a day: the function's assignments whose effective interval contains that day.
* Capacities: cap is the *exact* sum of the active set's capacities. Capacities are binary
  floats, so all of the plan's capacities are scaled by one power of two to integers and summed
  as integers: the threshold comparison is exact and does not depend on the order of additions.
  A capacity that is None (or not a finite number) is unknown.

Rules of SPEC §3
----------------
``presence_gap`` (critical)
    Each maximal run of days of the horizon on which no presence (of any kind) exists.
``coverage_gap`` (the function's priority)
    Each maximal run of days of W on which the function is not covered.
``funding_gap`` (the function's priority)
    Each maximal run of days of W on which the function is covered and every assignment of the
    active set is ``Unfunded`` (a blank funding status is "not tracked", never a gap).
``capacity_cliff`` (the function's priority)
    Each day d of W after W's first day where the active sets of d−1 and d are both non-empty,
    every capacity in both is known, cap(d−1) > 0 and cap(d) < threshold × cap(d−1). Extras
    ``from_capacity``, ``to_capacity`` (numbers: int when integral).
``cold_handover`` (one level below the function's priority)
    For each assignment a with effective end e and e+1 in W: when the active set S of e+1 is
    non-empty and holds no assignment of a's actor, a hands over. The overlap with x ∈ S is
    ``max(0, e − max(a.start, x.start) + 1)`` on effective intervals; the receiver is the x with
    the largest overlap (ties: earliest effective start, then actor name, then plan order). If that
    overlap < the plan's minimum overlap days: one finding on e+1 with extras ``from_actor``,
    ``to_actor`` (names) and ``overlap_days``. The same (function, day, from_actor) is reported
    once: when several assignments of one actor end on e, the one with the smallest overlap is
    reported (ties: plan order). Because every x ∈ S is still active on e+1, the receiver is
    simply the active assignment with the smallest (effective start, actor name, plan order): a
    pointer that only moves forward over the assignments sorted that way finds it.
``outlives_presence`` (medium)
    For each assignment whose actor belongs to a presence: the part of its own ``[start, end or
    H1]`` within the horizon before the presence starts, and the part after the presence ends
    (each non-empty part is one finding). Extras ``actor``, ``presence`` (names).

Continuity score: 100 × Σ w·covered days / Σ w·days of W over the analysed functions (weights
Critical 8, High 4, Medium 2, Low 1), rounded half up to one decimal; None when no function is
analysed.

Insight rules of this application
---------------------------------
``lead_change`` (info, plan-wide)
    Consider the presences that are not ``Partner mission``, each alive on ``[start, end or H1]``
    clipped to the horizon. The *leader of a day* is, among the presences alive that day, the one
    of the highest kind — PKO, then SPM, then Regional office, then Non-mission (a UN country
    team coexists with a mission, which leads) — and among those the one that started most
    recently (its real start date; ties: the one listed last in the plan). The *lead of the day*
    is the leader's lead department (as the planner set it). A finding is made on each day d
    whose lead differs from the lead of the last earlier day that had one (days on which no such
    presence exists are skipped: the gap itself is ``presence_gap``'s). Extras ``from_lead``,
    ``to_lead``, ``from_presence``, ``to_presence`` (the leaders of those two days, names) and
    ``overlap_days`` (the days both presences coexist within the horizon).
``drawdown_before_election`` (medium, plan-wide)
    A presence of kind PKO or SPM with an end date (an ongoing presence does not draw down) that
    falls within the horizon, and an ``Election`` milestone within the horizon with
    ``end ≤ election`` and ``election − end ≤ 180`` days: one finding per (presence, election),
    from the presence's end to the election. Extras ``presence``, ``milestone``, ``days_before``.

Findings are ordered by `Finding.sort_key` (severity, start, rule, function), then end and detail
so that the order is fully deterministic.

Ids for navigation: ``function_id`` on every per-function finding; ``assignment_ids`` —
coverage_gap: the assignments that end the day before and start the day after the gap;
funding_gap: the assignments active during it; capacity_cliff: those ending on d−1 and starting
on d; cold_handover: (handing over, receiver); outlives_presence: the assignment. ``presence_ids``
— the presences of those assignments' actors; presence_gap: the presences closing before and
opening after it; lead_change: (from, to); drawdown_before_election: the presence.

Cost: O(n log n) in the number of assignments (one pass to build effective intervals, then per
function two sorts and a sweep whose work is proportional to its boundary points), plus the
findings themselves. The findings are made with `Finding.deferred`: a detail sentence (and, for
coverage_gap, funding_gap and capacity_cliff, the ids) is only formatted when first read; the
report order reads the sentence only to decide between findings equal in everything else.
See ``bench/bench_analysis.py``.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence, Set
from datetime import date
from fractions import Fraction
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import Final, NamedTuple

from .enums import FundingStatus, MilestoneKind, PresenceKind, Priority, Severity
from .findings import Analysis, Finding
from .model import Assignment, Function, Plan, Presence

__all__ = ["ELECTION_WINDOW_DAYS", "LEAD_PRECEDENCE", "analyse", "format_day", "format_number"]

#: drawdown_before_election: a presence end at most this many days before an election.
ELECTION_WINDOW_DAYS = 180

#: lead_change: which presence's lead department is the headquarters lead when several coexist.
#: Partner missions are not UN presences and never lead.
LEAD_PRECEDENCE: dict[PresenceKind, int] = {
    PresenceKind.PKO: 3,
    PresenceKind.SPM: 2,
    PresenceKind.REGIONAL_OFFICE: 1,
    PresenceKind.NON_MISSION: 0,
}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UNKNOWN_ACTOR = "?"
_INFINITY = float("inf")


def format_day(day: date) -> str:
    """'16 Oct 2019' (independent of the locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_number(value: float | Fraction) -> str:
    """1200 → '1,200'; 12.5 → '12.5'."""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=8192)
def _day(ordinal: int) -> date:
    return date.fromordinal(ordinal)


@lru_cache(maxsize=8192)
def _day_text(ordinal: int) -> str:
    return format_day(date.fromordinal(ordinal))


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _span(start: int, end: int) -> str:
    """'168 days (16 Oct 2019 – 31 Mar 2020)'; one day: '1 day (16 Oct 2019)'."""
    first = _day_text(start)
    if start == end:
        return f"1 day ({first})"
    return f"{_plural(end - start + 1, 'day')} ({first} – {_day_text(end)})"


def _names(names: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C' (duplicates dropped, order kept)."""
    unique = list(dict.fromkeys(names))
    if len(unique) <= 1:
        return "".join(unique)
    return ", ".join(unique[:-1]) + " and " + unique[-1]


class _Actor(NamedTuple):
    name: str
    #: The actor's presence when it belongs to one that exists in the plan.
    presence: Presence | None
    #: The presence's life clipped to the horizon (the horizon when there is no presence).
    life_start: int
    life_end: int
    #: The presence's own start and end (without a presence: days no assignment reaches), to
    #: tell quickly whether an assignment outlives its presence.
    presence_start: int
    presence_end: int


# An assignment with a non-empty effective interval, prepared for the sweep, as a plain tuple
# (fast to build and to sort: sorting the tuples sorts by effective start, actor name, position):
# (start, actor name, position in plan.assignments, end, capacity weight, 1 when Unfunded else
#  0, actor id, assignment id). The capacity weight is the scaled capacity, or `_Context.unknown`
# when the capacity is unknown: one sum then tells both the capacity and whether any is unknown.
_Item = tuple[int, str, int, int, int, int, str, str]
_START: Final = 0
_NAME: Final = 1
_POS: Final = 2
_END: Final = 3
_CAP: Final = 4
_UNFUNDED: Final = 5
_ACTOR: Final = 6
_ID: Final = 7
_SENTINEL: _Item = (date.max.toordinal() + 2, "", -1, date.max.toordinal() + 2, 0, 0, "", "")
_by_end = itemgetter(_END)
_NEVER_BEFORE = -1  # an ordinal before every date
_NEVER_AFTER = date.max.toordinal() + 1  # an ordinal after every date
#: cold_handover: whether an actor carries on is found by scanning the assignments that may be
#: active when there are at most this many, else by `_continuing`.
_SCAN_LIMIT = 32
_SEVERITY: dict[Priority, Severity] = {priority: priority.severity for priority in Priority}
_COLD_SEVERITY = {priority: severity.lowered() for priority, severity in _SEVERITY.items()}


class _Context:
    """What every function's analysis needs from the plan, computed once."""

    def __init__(self, plan: Plan, h0: int, h1: int) -> None:
        self.plan = plan
        self.h0 = h0
        self.h1 = h1
        self.presences: dict[str, Presence] = {}
        for p in plan.presences:
            self.presences.setdefault(p.id, p)
        self.actors: dict[str, _Actor] = {}
        for a in plan.actors:
            if a.id in self.actors:
                continue
            presence = self.presences.get(a.presence_id) if a.presence_id else None
            if presence is None:
                self.actors[a.id] = _Actor(a.name, None, h0, h1, _NEVER_BEFORE, _NEVER_AFTER)
            else:
                start, end = _life(presence, h0, h1)
                p_end = _NEVER_AFTER if presence.end is None else presence.end.toordinal()
                self.actors[a.id] = _Actor(
                    a.name, presence, start, end, presence.start.toordinal(), p_end
                )
        self.unknown_actor = _Actor(_UNKNOWN_ACTOR, None, h0, h1, _NEVER_BEFORE, _NEVER_AFTER)
        threshold = float(plan.cliff_threshold)
        self.threshold = threshold
        # cap(d) < threshold × cap(d−1)  ⇔  cap(d) × den < num × cap(d−1), exactly
        self.cliffs = not math.isnan(threshold) and threshold != -_INFINITY
        self.always_below = threshold == _INFINITY
        self.num, self.den = threshold.as_integer_ratio() if math.isfinite(threshold) else (0, 1)
        #: threshold > 1: a steady positive capacity is a cliff on every day
        self.steady_cliffs = self.always_below or self.num > self.den
        self.min_overlap = plan.min_overlap_days
        scale, scaled = _scaled_capacities({s.capacity for s in plan.assignments})
        self.scale = scale
        # The weight of an unknown capacity: more than twice any sum of known ones, so a sum
        # with an unknown capacity in it is ≥ `half` and a sum of known ones is < `half`.
        largest = max((abs(v) for v in scaled.values() if v is not None), default=0)
        self.unknown = 1 << (largest.bit_length() + len(plan.assignments).bit_length() + 2)
        self.half = self.unknown >> 1
        self.capacities: dict[float | None, int] = {
            value: self.unknown if v is None else v for value, v in scaled.items()
        }
        self.presence_of = {
            actor_id: a.presence.id for actor_id, a in self.actors.items() if a.presence
        }
        self.percent = f"{threshold * 100:g}%"


def _scaled_capacities(
    values: set[float | None],
) -> tuple[int, dict[float | None, int | None]]:
    """One power of two that turns every capacity into an integer, and each capacity scaled —
    or None when it is unknown (None, NaN, infinite)."""
    scaled: dict[float | None, int | None] = {}
    fractional: list[float] = []
    for value in values:
        if value is None:
            scaled[value] = None
        elif value.__class__ is int or value.is_integer():
            scaled[value] = int(value)
        elif math.isfinite(value):
            fractional.append(value)
        else:
            scaled[value] = None
    if not fractional:
        return 1, scaled
    ratios = [float(value).as_integer_ratio() for value in fractional]
    scale = max(den for _num, den in ratios)
    for value, item in scaled.items():
        if item is not None:
            scaled[value] = item * scale
    for value, (num, den) in zip(fractional, ratios, strict=True):
        scaled[value] = num * (scale // den)
    return scale, scaled


def analyse(plan: Plan) -> Analysis:
    """The findings and continuity score of `plan` (SPEC §3 and the insight rules above)."""
    h0 = plan.horizon_start.toordinal()
    h1 = plan.horizon_end.toordinal()
    if h1 < h0:
        return Analysis((), None)
    ctx = _Context(plan, h0, h1)
    items_by_function, outliving = _effective_intervals(ctx)
    findings = _presence_gaps(plan, h0, h1)
    analysed, score = _sweep_functions(ctx, items_by_function, findings)
    _outliving(ctx, outliving, analysed, findings)
    findings += _lead_changes(plan, h0, h1)
    findings += _drawdowns_before_elections(plan, h0, h1)
    return Analysis(_in_report_order(findings), score)


# The phases of `analyse` (separate for bench/bench_analysis.py's breakdown).


def _effective_intervals(ctx: _Context) -> tuple[dict[str, list[_Item]], list[int]]:
    """One pass over the assignments: the non-empty effective intervals grouped by function id,
    and the positions of the assignments that outlive their actor's presence."""
    h1 = ctx.h1
    items_by_function: defaultdict[str, list[_Item]] = defaultdict(list)
    outliving: list[int] = []
    actors_get = ctx.actors.get
    unknown_actor = ctx.unknown_actor
    capacities = ctx.capacities
    unfunded_status = FundingStatus.UNFUNDED
    for pos, s in enumerate(ctx.plan.assignments):
        actor_id = s.actor_id
        name, _presence, life_start, life_end, p_start, p_end = actors_get(actor_id, unknown_actor)
        own_start = s.start.toordinal()
        own_end = h1 if s.end is None else s.end.toordinal()
        if own_start < p_start or own_end > p_end:
            outliving.append(pos)
        start = own_start if own_start > life_start else life_start
        end = own_end if own_end < life_end else life_end
        if start <= end:
            items_by_function[s.function_id].append(
                (
                    start,
                    name,
                    pos,
                    end,
                    capacities[s.capacity],
                    s.funding_status is unfunded_status,
                    actor_id,
                    s.id,
                )
            )
    return items_by_function, outliving


def _sweep_functions(
    ctx: _Context, items_by_function: dict[str, list[_Item]], findings: list[Finding]
) -> tuple[dict[str, Function], float | None]:
    """Sweep every function with a non-empty W (sorting its items in place); the analysed
    functions by id, and the continuity score."""
    h0 = ctx.h0
    h1 = ctx.h1
    weighted_covered = 0
    weighted_required = 0
    analysed: dict[str, Function] = {}
    seen: set[str] = set()
    no_items: list[_Item] = []
    for function in ctx.plan.functions:
        if function.id in seen:  # a duplicated id (an invalid plan): the first one counts
            continue
        seen.add(function.id)
        w0 = h0 if function.required_from is None else max(function.required_from.toordinal(), h0)
        w1 = h1 if function.required_until is None else min(function.required_until.toordinal(), h1)
        if w1 < w0:
            continue
        analysed[function.id] = function
        items = items_by_function.get(function.id, no_items)
        if items:
            covered = _sweep(ctx, function, w0, w1, items, findings)
        else:
            covered = 0
            findings.append(_coverage_gap(ctx, function, w0, w1, [], []))
        weight = function.priority.weight
        weighted_covered += weight * covered
        weighted_required += weight * (w1 - w0 + 1)
    score: float | None = None
    if weighted_required:
        # 100 × covered / required, rounded half up to one decimal, exactly
        tenths = (2000 * weighted_covered + weighted_required) // (2 * weighted_required)
        score = tenths / 10
    return analysed, score


def _outliving(
    ctx: _Context, outliving: list[int], analysed: dict[str, Function], findings: list[Finding]
) -> None:
    assignments = ctx.plan.assignments
    for pos in outliving:
        s = assignments[pos]
        function = analysed.get(s.function_id)
        if function is not None:
            _outlives(ctx, function, s, findings)


def _in_report_order(findings: list[Finding]) -> tuple[Finding, ...]:
    """Sorted by severity, start, rule, function, end, then detail.

    The detail sentence only decides between findings equal in everything else, so it is only
    read (and formatted, see `Finding.deferred`) for those.
    """
    rank = {severity: severity.rank for severity in Severity}
    keyed = [(rank[f.severity], f.start, f.rule, f.function or "", f.end) for f in findings]
    order = sorted(range(len(findings)), key=keyed.__getitem__)
    i = 1
    n = len(order)
    while i < n:
        if keyed[order[i]] != keyed[order[i - 1]]:
            i += 1
            continue
        j = i + 1  # order[i - 1 : j] is a run of equal keys
        while j < n and keyed[order[j]] == keyed[order[i]]:
            j += 1
        order[i - 1 : j] = sorted(order[i - 1 : j], key=lambda k: findings[k].detail)
        i = j + 1
    return tuple([findings[k] for k in order])


# -- presences -------------------------------------------------------------------------------


def _life(p: Presence, h0: int, h1: int) -> tuple[int, int]:
    """A presence's life clipped to the horizon (empty when start > end)."""
    end = h1 if p.end is None else min(p.end.toordinal(), h1)
    return max(p.start.toordinal(), h0), end


def _presence_gaps(plan: Plan, h0: int, h1: int) -> list[Finding]:
    lives = []
    for p in plan.presences:
        start, end = _life(p, h0, h1)
        if start <= end:
            lives.append((start, end, p))
    lives.sort(key=lambda t: (t[0], t[1]))
    gaps: list[tuple[int, int]] = []
    cursor = h0  # the first day not known to have a presence
    for start, end, _p in lives:
        if start > cursor:
            gaps.append((cursor, start - 1))
        cursor = max(cursor, end + 1)
    if cursor <= h1:
        gaps.append((cursor, h1))
    out = []
    for start, end in gaps:
        before = [p for _s, e, p in lives if e == start - 1]
        after = [p for s, _e, p in lives if s == end + 1]
        detail = f"No presence in the country for {_span(start, end)}"
        if before:
            verb = "closes" if len(before) == 1 else "close"
            detail += f" after {_names(p.name for p in before)} {verb}"
        if after:
            joiner = " and" if before else ""
            verb = "opens" if len(after) == 1 else "open"
            detail += f"{joiner} until {_names(p.name for p in after)} {verb}"
        out.append(
            Finding(
                "presence_gap",
                Severity.CRITICAL,
                None,
                _day(start),
                _day(end),
                detail,
                {},
                None,
                (),
                tuple(dict.fromkeys(p.id for p in [*before, *after])),
            )
        )
    return out


# -- per function ----------------------------------------------------------------------------
# The findings are made with `Finding.deferred`: their detail sentences are formatted (by the
# `_…_detail` functions) only when somebody reads them.


def _outlives(ctx: _Context, function: Function, s: Assignment, findings: list[Finding]) -> None:
    """outlives_presence: the parts of the assignment, within the horizon, outside its presence."""
    actor = ctx.actors[s.actor_id]
    presence = actor.presence
    assert presence is not None
    lo = max(s.start.toordinal(), ctx.h0)
    hi = ctx.h1 if s.end is None else min(s.end.toordinal(), ctx.h1)
    parts: list[tuple[int, int, bool, date]] = []
    if lo <= hi and lo < actor.presence_start:
        parts.append((lo, min(hi, actor.presence_start - 1), False, presence.start))
    if lo <= hi and presence.end is not None and hi > actor.presence_end:
        parts.append((max(lo, actor.presence_end + 1), hi, True, presence.end))
    for start, end, after, when in parts:
        findings.append(
            Finding.deferred(
                "outlives_presence",
                Severity.MEDIUM,
                function.name,
                _day(start),
                _day(end),
                _outlives_detail,
                (actor.name, function.name, start, end, presence.name, after, when),
                {"actor": actor.name, "presence": presence.name},
                function.id,
                (s.id,),
                (presence.id,),
            )
        )


def _outlives_detail(
    actor: str, function: str, start: int, end: int, presence: str, after: bool, when: date
) -> str:
    if after:
        moment = f"after {presence} ends ({format_day(when)})"
    else:
        moment = f"before {presence} starts ({format_day(when)})"
    return (
        f"{actor} carries {function} for {_span(start, end)} {moment}; those days count for nothing"
    )


def _continuing(items: list[_Item]) -> Set[int]:
    """The positions of the assignments whose actor still carries the function on the day after
    they end (through another of its assignments): those never hand over.

    `items` is sorted by effective start.
    """
    by_actor: dict[str, list[_Item]] = {}
    for it in items:
        by_actor.setdefault(it[_ACTOR], []).append(it)
    out: set[int] = set()
    for group in by_actor.values():
        if len(group) < 2:
            continue
        starts = [it[_START] for it in group]
        reach = list(accumulate((it[_END] for it in group), max))  # reach[i]: max end of [:i+1]
        for it in group:
            day = it[_END] + 1
            k = bisect_right(starts, day)  # group[:k] start on or before that day
            if k and reach[k - 1] >= day:
                out.add(it[_POS])
    return out


def _sweep(
    ctx: _Context,
    function: Function,
    w0: int,
    w1: int,
    items: list[_Item],
    findings: list[Finding],
) -> int:
    """One sweep over the boundary points of the function's effective intervals.

    Between two consecutive points the active set does not change; the state (count, unfunded
    count, capacity sum with its unknown weights, unfunded assignments) is updated at each point.
    Returns the number of covered days of W.
    """
    severity = _SEVERITY[function.priority]
    cold_severity = _COLD_SEVERITY[function.priority]
    min_overlap = ctx.min_overlap
    cliffs = ctx.cliffs
    always_below = ctx.always_below
    num = ctx.num
    den = ctx.den
    steady_cliffs = ctx.steady_cliffs
    half = ctx.half

    items.sort()  # effective start, then actor name, then position: the receiver order
    by_start = items
    by_end = sorted(items, key=_by_end)
    # an actor with several assignments may carry on after one of them ends
    continuing: Set[int] | None = None  # see _continuing, made when first needed
    by_start.append(_SENTINEL)  # never starts, never ends: no bound checks in the loops
    by_end.append(_SENTINEL)

    count = 0
    unfunded = 0
    capacity = 0  # the sum of the capacity weights (see _Context.unknown)

    uncovered = 0  # the days of the coverage gaps
    gap_start = -1  # -1: not in a coverage gap
    gap_before: list[_Item] = []
    fund_start = -1  # -1: not in a funding gap
    fund_items: list[_Item] = []  # the assignments active during the funding gap
    unfunded_active: dict[int, _Item] = {}  # by position

    si = 0  # by_start[:si] have started
    ei = 0  # by_end[:ei] have ended
    first = 0  # by_start[first] is the first active one in receiver order (when any is active)
    # the points: each day where an interval starts or the day after one ends, and w0; the next
    # point is always the smaller of the next start and the next end + 1 (sentinels: +∞)
    p = min(by_start[0][0], by_end[0][3] + 1, w0)
    while p <= w1:
        prev_capacity = capacity
        # (constant subscripts: the fields of _Item, see _START … _ID)
        ei0 = ei
        it = by_end[ei]
        while it[3] < p:
            count -= 1
            if it[5]:
                unfunded -= 1
                del unfunded_active[it[2]]
            capacity -= it[4]
            ei += 1
            it = by_end[ei]
        nxt = it[3] + 1
        si0 = si
        it = by_start[si]
        while it[0] == p:
            count += 1
            if it[5]:
                unfunded += 1
                unfunded_active[it[2]] = it
            capacity += it[4]
            si += 1
            it = by_start[si]
        if it[0] < nxt:
            nxt = it[0]
        if p < w0:  # before W: only the state matters
            p = nxt if nxt < w0 else w0
            continue
        if nxt > w1:
            nxt = w1 + 1

        if count:
            # capacity_cliff on the boundary day p (cap(p−1) > 0 and known); with a threshold
            # ≤ 1 a cliff is a drop, above 1 it can be any day
            if steady_cliffs:
                if capacity < half:
                    if (
                        0 < prev_capacity < half
                        and p > w0
                        and (always_below or capacity * den < num * prev_capacity)
                    ):
                        changed = by_end[ei0:ei] + by_start[si0:si]
                        findings.append(
                            _cliff(ctx, function, p, prev_capacity, capacity, changed, severity)
                        )
                    # … and inside a steady stretch
                    if capacity > 0:
                        for day in range(p + 1, nxt):
                            findings.append(
                                _cliff(ctx, function, day, capacity, capacity, [], severity)
                            )
            elif (
                capacity < prev_capacity
                and capacity < half
                and 0 < prev_capacity < half
                and p > w0
                and cliffs
                and capacity * den < num * prev_capacity
            ):
                changed = by_end[ei0:ei] + by_start[si0:si]
                findings.append(
                    _cliff(ctx, function, p, prev_capacity, capacity, changed, severity)
                )
            # cold_handover on p = e + 1 by the assignments that ended on e: those whose overlap
            # with the receiver, p − max(start, receiver start), is < min_overlap
            if ei > ei0:
                while by_start[first][3] < p:
                    first += 1
                latest = p - min_overlap  # the overlap is < min_overlap ⇔ a start is > latest
                j = ei0
                if by_start[first][0] <= latest:  # the receiver is warm: only short ones
                    while j < ei and by_end[j][0] <= latest:
                        j += 1
                if j < ei:
                    # (the rare case: sort out those whose actor carries on)
                    cold: list[_Item] = []
                    warm = by_start[first][0] <= latest
                    for it in by_end[j:ei]:
                        if it[0] > latest or not warm:
                            # unless its actor carries on with another assignment active on p
                            actor = it[6]
                            if si - first <= _SCAN_LIMIT:
                                for k in range(first, si):
                                    x = by_start[k]
                                    if x[3] >= p and x[6] == actor:
                                        break
                                else:
                                    cold.append(it)
                            else:
                                if continuing is None:
                                    continuing = _continuing(by_start[:-1])
                                if it[2] not in continuing:
                                    cold.append(it)
                    if cold:
                        _cold_handovers(
                            ctx, function, p, cold, by_start[first], cold_severity, findings
                        )
            # the end of a coverage gap
            if gap_start >= 0:
                findings.append(
                    _coverage_gap(ctx, function, gap_start, p - 1, gap_before, by_start[si0:si])
                )
                uncovered += p - gap_start
                gap_start = -1
            # funding_gap
            if unfunded == count:
                if fund_start < 0:
                    fund_start = p
                    fund_items = list(unfunded_active.values())
                else:
                    fund_items += by_start[si0:si]
            elif fund_start >= 0:
                findings.append(_funding_gap(ctx, function, fund_start, p - 1, fund_items))
                fund_start = -1
        else:
            if gap_start < 0:
                gap_start = p
                gap_before = by_end[ei0:ei]
            if fund_start >= 0:
                findings.append(_funding_gap(ctx, function, fund_start, p - 1, fund_items))
                fund_start = -1
        p = nxt

    if gap_start >= 0:
        after = []  # who starts the day after W ends
        while by_start[si][0] == w1 + 1:
            after.append(by_start[si])
            si += 1
        findings.append(_coverage_gap(ctx, function, gap_start, w1, gap_before, after))
        uncovered += w1 + 1 - gap_start
    if fund_start >= 0:
        findings.append(_funding_gap(ctx, function, fund_start, w1, fund_items))
    return w1 + 1 - w0 - uncovered


def _cold_handovers(
    ctx: _Context,
    function: Function,
    p: int,
    enders: list[_Item],
    receiver: _Item,
    severity: Severity,
    findings: list[Finding],
) -> None:
    """cold_handover on day p by the assignments that ended on p − 1, whose actors do not carry
    on (S is non-empty)."""
    min_overlap = ctx.min_overlap
    worst: dict[str, tuple[int, int, _Item]] = {}  # per actor: (overlap, position, assignment)
    receiver_start = receiver[_START]
    for a in enders:
        overlap = p - max(a[_START], receiver_start)  # e − max(a.start, x.start) + 1, e = p − 1
        if overlap >= min_overlap:
            continue
        actor = a[_ACTOR]
        known = worst.get(actor)
        if known is None or (overlap, a[_POS]) < known[:2]:
            worst[actor] = (overlap, a[_POS], a)
    fname = function.name
    day = _day(p)
    presence_of = ctx.presence_of.get
    to_presence = presence_of(receiver[_ACTOR])
    for overlap, _pos, a in worst.values():
        from_presence = presence_of(a[_ACTOR])
        if from_presence is None:
            presence_ids: tuple[str, ...] = () if to_presence is None else (to_presence,)
        elif to_presence is None or to_presence == from_presence:
            presence_ids = (from_presence,)
        else:
            presence_ids = (from_presence, to_presence)
        findings.append(
            Finding.deferred(
                "cold_handover",
                severity,
                fname,
                day,
                day,
                _cold_detail,
                (fname, a[_NAME], receiver[_NAME], overlap, min_overlap),
                {"from_actor": a[_NAME], "to_actor": receiver[_NAME], "overlap_days": overlap},
                function.id,
                (a[_ID], receiver[_ID]),
                presence_ids,
            )
        )


def _ids(
    items: Sequence[_Item], presence_of: dict[str, str], unique: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ids of these assignments (each once when `unique`) and of their actors' presences
    (each once), in order."""
    ids = [it[_ID] for it in items]
    presences = [presence_of.get(it[_ACTOR]) for it in items]
    return (
        tuple(dict.fromkeys(ids)) if unique else tuple(ids),
        tuple(dict.fromkeys([p for p in presences if p is not None])),
    )


def _cold_detail(function: str, giver: str, receiver: str, overlap: int, required: int) -> str:
    return (
        f"{function} handed over cold from {giver} to {receiver}:"
        f" {_plural(overlap, 'day')} of overlap ({required:,} required)"
    )


def _cliff(
    ctx: _Context,
    function: Function,
    day: int,
    old: int,
    new: int,
    changed: Sequence[_Item],
    severity: Severity,
) -> Finding:
    scale = ctx.scale
    old_value = old // scale if old % scale == 0 else old / scale
    new_value = new // scale if new % scale == 0 else new / scale
    when = _day(day)
    return Finding.deferred(
        "capacity_cliff",
        severity,
        function.name,
        when,
        when,
        _cliff_detail,
        (function.name, old_value, new_value, ctx.percent, when),
        {"from_capacity": old_value, "to_capacity": new_value},
        function.id,
        ids=(_ids, (changed, ctx.presence_of, False)),
    )


def _cliff_detail(function: str, old: float, new: float, percent: str, day: date) -> str:
    return (
        f"Capacity of {function} drops from {format_number(old)} to"
        f" {format_number(new)} (below {percent}) on {format_day(day)}"
    )


def _coverage_gap(
    ctx: _Context,
    function: Function,
    start: int,
    end: int,
    before: Sequence[_Item],
    after: Sequence[_Item],
) -> Finding:
    return Finding.deferred(
        "coverage_gap",
        _SEVERITY[function.priority],
        function.name,
        _day(start),
        _day(end),
        _coverage_detail,
        (function.name, start, end, before, after),
        {},
        function.id,
        ids=(_ids, ([*before, *after], ctx.presence_of, True)),
    )


def _coverage_detail(
    function: str, start: int, end: int, before: Sequence[_Item], after: Sequence[_Item]
) -> str:
    detail = f"{function} is uncovered for {_span(start, end)}"
    if before:
        verb = "leaves" if len({it[_NAME] for it in before}) == 1 else "leave"
        detail += f" after {_names(it[_NAME] for it in before)} {verb}"
    if after:
        joiner = " and" if before else ""
        verb = "takes" if len({it[_NAME] for it in after}) == 1 else "take"
        detail += f"{joiner} until {_names(it[_NAME] for it in after)} {verb} over"
    if not before and not after:
        detail += ": nobody carries it"
    return detail


def _funding_gap(
    ctx: _Context,
    function: Function,
    start: int,
    end: int,
    involved: list[_Item],
) -> Finding:
    involved.sort()
    return Finding.deferred(
        "funding_gap",
        _SEVERITY[function.priority],
        function.name,
        _day(start),
        _day(end),
        _funding_detail,
        (function.name, start, end, involved),
        {},
        function.id,
        ids=(_ids, (involved, ctx.presence_of, False)),
    )


def _funding_detail(function: str, start: int, end: int, involved: Sequence[_Item]) -> str:
    return (
        f"{function} is carried but unfunded for {_span(start, end)}: every assignment"
        f" carrying it ({_names(it[_NAME] for it in involved)}) is Unfunded"
    )


# -- insight rules ---------------------------------------------------------------------------


def _lead_changes(plan: Plan, h0: int, h1: int) -> list[Finding]:
    # (life start, life end, precedence, presence); precedence orders the candidates for leader
    lives: list[tuple[int, int, tuple[int, int, int], Presence]] = []
    for index, p in enumerate(plan.presences):
        rank = LEAD_PRECEDENCE.get(p.kind)
        if rank is None:
            continue
        start, end = _life(p, h0, h1)
        if start <= end:
            lives.append((start, end, (rank, p.start.toordinal(), index), p))
    # the leader only changes where a life starts or the day after one ends
    points = sorted({t[0] for t in lives} | {t[1] + 1 for t in lives})
    out: list[Finding] = []
    last: tuple[int, int, tuple[int, int, int], Presence] | None = None
    for point in points:
        alive = [t for t in lives if t[0] <= point <= t[1]]
        if not alive:
            continue
        leader = max(alive, key=lambda t: t[2])
        if last is not None and leader[3].lead != last[3].lead:
            old, new = last[3], leader[3]
            overlap = max(0, min(last[1], leader[1]) - max(last[0], leader[0]) + 1)
            together = (
                "with no overlap" if overlap == 0 else f"with {_plural(overlap, 'day')} of overlap"
            )
            out.append(
                Finding(
                    "lead_change",
                    Severity.INFO,
                    None,
                    _day(point),
                    _day(point),
                    f"Headquarters lead moves from {old.lead} ({old.name}) to {new.lead}"
                    f" ({new.name}) {together}",
                    {
                        "from_lead": old.lead.value,
                        "to_lead": new.lead.value,
                        "from_presence": old.name,
                        "to_presence": new.name,
                        "overlap_days": overlap,
                    },
                    None,
                    (),
                    (old.id, new.id),
                )
            )
        last = leader
    return out


def _drawdowns_before_elections(plan: Plan, h0: int, h1: int) -> list[Finding]:
    elections = [
        m
        for m in plan.milestones
        if m.kind is MilestoneKind.ELECTION and h0 <= m.date.toordinal() <= h1
    ]
    out: list[Finding] = []
    if not elections:
        return out
    for p in plan.presences:
        if p.kind not in (PresenceKind.PKO, PresenceKind.SPM) or p.end is None:
            continue
        end = p.end.toordinal()
        if not h0 <= end <= h1:
            continue
        for m in elections:
            days_before = m.date.toordinal() - end
            if 0 <= days_before <= ELECTION_WINDOW_DAYS:
                out.append(
                    Finding(
                        "drawdown_before_election",
                        Severity.MEDIUM,
                        None,
                        p.end,
                        m.date,
                        f"{p.name} ({p.kind}) ends on {format_day(p.end)},"
                        f" {_plural(days_before, 'day')} before the election"
                        f" '{m.name}' ({format_day(m.date)})",
                        {"presence": p.name, "milestone": m.name, "days_before": days_before},
                        None,
                        (),
                        (p.id,),
                    )
                )
    return out
