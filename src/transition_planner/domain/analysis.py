"""The continuity analysis of SPEC §3: `analyse(plan, as_of) -> Analysis`.

Everything is computed from intervals: per function one sweep over the sorted boundary points
(the days where an effective interval starts, or the day after one ends), never day by day.
Days are handled as proleptic ordinals (`date.toordinal()`); every interval is inclusive.

Definitions (SPEC §3, word by word)
-----------------------------------
* Horizon ``[H0, H1]``; an open end means H1. A plan whose horizon ends before it starts has
  nothing to analyse (no findings, score None).
* A function's required window W is ``[required_from or H0, required_until or H1]`` clipped to
  the horizon. A function with an empty W is not analysed (no coverage, funding, capacity,
  handover or UN-exit finding, no weight in the score); its assignments can still outlive their
  presence (``outlives_presence`` holds "whatever its function's window").
* An assignment's effective interval is ``[start, end or H1]`` cut to the life of its actor's
  presence (``[presence start, presence end or H1]``) when the actor belongs to a presence, and
  clipped to the horizon. An actor that is unknown, or whose presence id is unknown, is treated as
  not belonging to a presence (and is not a UN actor when unknown). Assignments of unknown
  functions are ignored.
* Active set S(d): the function's assignments whose effective interval contains d.
* A **bridged break** is a maximal run of uncovered days of W with a covered day of W right
  before and right after it, at most the plan's bridge days long. **prev(d)**, for a day d of W
  after W's first day: d−1 when covered; the last covered day before the break when d−1 ends a
  bridged break; else none.
* Capacities: cap is the *exact* sum of the active set's capacities. Capacities are binary
  floats, so all of the plan's capacities are scaled by one power of two to integers and summed
  as integers: the threshold comparison is exact and does not depend on the order of additions.
  A capacity that is None (or not a finite number) is unknown. (The scale is found as the
  assignments are first read: see `_Context.weigh`.)

Per-function rules (`_sweep`)
-----------------------------
``coverage_gap`` / ``short_break``: each maximal uncovered run of W, a short break when bridged.
``funding_gap``: each maximal run of covered days whose active set is all ``Unfunded``.
``capacity_cliff``: each covered day d with p = prev(d), all capacities of S(p) and S(d) known,
cap(p) > 0 and cap(d) < threshold × cap(p). ``un_exit``: each covered day d with p = prev(d), a
UN actor in S(p) and none in S(d); severity from the weakest readiness of S(d).
``cold_handover``: for an assignment a ending on e with e+1 in W, the handover day r is e+1 when
covered, the first day after a bridged break that e+1 starts, else none. When S(r) holds no
assignment of a's actor nor of an actor continuing it (directly or through a chain), a hands over
to the receiver x ∈ S(r) of largest overlap ``max(0, e − max(a.start, x.start) + 1)`` (ties:
earliest effective start, then actor name, then plan order). The overlap only grows as x.start
falls, so the receiver is simply the active assignment first in (effective start, actor name,
plan order): a pointer that only moves forward over the assignments sorted that way finds it.
An actor's assignments ending on one day hand over together: one finding per (function, r,
actor), with the largest of their overlaps, when that is below the minimum overlap.

Since S(d) only changes at the boundary points, the rules that compare a day with prev(d) only
need the points (and, for a cliff threshold above 1, which validation forbids but the rule
allows, every day of a steady stretch). Between points the sweep keeps counts: active
assignments, Unfunded ones, UN ones, and the capacity weights. A point where assignments only
start, covered and funded the day before, changes no finding unless capacities can be negative
or the threshold is above 1 (a start can then be a cliff): the sweep sums such starts in one
tight loop up to the day after the next end.

Score: 100 × Σ w·(covered + bridged days) / Σ w·|W|, exact, rounded down to one decimal.

Plan-wide rules (presence_gap, compressed_drawdown and the insight rules lead_change and
drawdown_before_election) are in `plan_rules`; the register rules (handovers, funding) in
`register`. Sentences are in `sentences` (translated on first read).

Ids for navigation: ``function_id`` on every per-function finding; ``assignment_ids`` —
coverage_gap and short_break: the assignments that end the day before and start the day after
the break; funding_gap: those active during it; capacity_cliff: those ending on the day before
and starting on d; un_exit: the UN assignments of the day before and those of S(d);
cold_handover: (handing over, receiver); outlives_presence: the assignment. ``presence_ids`` —
the presences of those assignments' actors.

Cost: O(n log n) in the number of assignments (one pass to build effective intervals, then per
function two sorts and a sweep whose work is proportional to its boundary points), plus the
findings themselves, made in `sweep_findings` as plain objects whose sentences and ids are made
when first read (`Finding.deferred`). See ``bench/bench_analysis.py`` (the 500 × 40 plan: about
9× the time of sorting its assignments by start).
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from itertools import islice, repeat
from operator import eq, floordiv, itemgetter, methodcaller, mul
from typing import Final, NamedTuple

from .enums import FundingStatus, Severity
from .findings import RULES, Analysis, Finding
from .model import Function, Plan, Presence
from .plan_rules import ELECTION_WINDOW_DAYS, LEAD_PRECEDENCE, plan_findings
from .register import register_findings
from .sweep_findings import (
    NONE,
    SENTINEL,
    SEVERITY,
    CarriesOn,
    Item,
    break_finding,
    cliff,
    cold_handovers,
    funding_gap,
    outlives,
    un_exit,
)

__all__ = ["ELECTION_WINDOW_DAYS", "LEAD_PRECEDENCE", "analyse", "in_report_order"]

_UNKNOWN_ACTOR = "?"
_INFINITY = float("inf")


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
    #: 1 for a UN actor (SPEC §2), else 0.
    un: int


_by_end = itemgetter(3)  # (an Item's end)
_NEVER_BEFORE = -1  # an ordinal before every date
_NEVER_AFTER = date.max.toordinal() + 1  # an ordinal after every date
#: capacities are first weighed as if none needed more bits than this (see `_Context.weigh`)
_WEIGHT_BITS = 24
#: … and after this many larger scales or bounds, all at once
_REWEIGHS = 3
#: cold_handover: whether an actor (or one continuing it) carries on is found by scanning the
#: active assignments when there are at most this many, else through per-actor intervals.
_SCAN_LIMIT = 32
#: a severity's rank times more than any day's ordinal, and the rules in (code point) order
#: (see `in_report_order`)
_SEVERITY_DAYS: dict[Severity, int] = {
    severity: severity.rank * (date.max.toordinal() + 1) for severity in Severity
}
_RULE_RANK: dict[str, int] = {rule: i for i, rule in enumerate(sorted(RULES))}
_N_RULES: Final = len(_RULE_RANK)


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
            un = 1 if a.is_un(presence) else 0
            if presence is None:
                self.actors[a.id] = _Actor(a.name, None, h0, h1, _NEVER_BEFORE, _NEVER_AFTER, un)
            else:
                start, end = _life(presence, h0, h1)
                p_end = _NEVER_AFTER if presence.end is None else presence.end.toordinal()
                self.actors[a.id] = _Actor(
                    a.name, presence, start, end, presence.start.toordinal(), p_end, un
                )
        self.unknown_actor = _Actor(_UNKNOWN_ACTOR, None, h0, h1, _NEVER_BEFORE, _NEVER_AFTER, 0)
        #: each actor's fields but its presence, as a plain tuple (unpacked once per assignment)
        self.spans: dict[str, tuple[str, int, int, int, int, int]] = {
            actor_id: (a.name, a.life_start, a.life_end, a.presence_start, a.presence_end, a.un)
            for actor_id, a in self.actors.items()
        }
        self.unknown_span = (_UNKNOWN_ACTOR, h0, h1, _NEVER_BEFORE, _NEVER_AFTER, 0)
        #: for each actor id, itself and the actors continuing it (directly or by a chain)
        self.carried_on_by: dict[str, frozenset[str]] = {
            actor_id: others | {actor_id} for actor_id, others in plan.continuers().items()
        }
        threshold = float(plan.cliff_threshold)
        self.threshold = threshold
        # cap(d) < threshold × cap(p)  ⇔  cap(d) × den < num × cap(p), exactly
        self.cliffs = not math.isnan(threshold) and threshold != -_INFINITY
        self.always_below = threshold == _INFINITY
        self.num, self.den = threshold.as_integer_ratio() if math.isfinite(threshold) else (0, 1)
        #: threshold > 1: a steady positive capacity is a cliff on every day
        self.steady_cliffs = self.always_below or self.num > self.den
        self.min_overlap = plan.min_overlap_days
        self.bridge_days = plan.bridge_days
        # Capacities are weighed as the assignments are first read (`_effective_intervals`):
        # each scaled by `scale` to an integer (its weight), a bound on their magnitudes
        # (`weight_bits`) setting the weight of an unknown capacity; a capacity that needs a
        # larger scale or bound has them grown, and the reading starts again.
        self.scale = 1
        self.weight_bits = _WEIGHT_BITS
        self.negative = False  # whether some capacity is negative
        #: each capacity's weight (see `weigh`)
        self.capacities: dict[float | None, int] = {}
        self._set_unknown()

        self.presence_of = {
            actor_id: a.presence.id for actor_id, a in self.actors.items() if a.presence
        }
        #: whether a day where assignments only start (none ends) can be a capacity cliff: not
        #: when capacities are never negative and the threshold is at most 1 (the capacity
        #: does not fall then, and a cliff is a fall); known once the capacities are weighed
        self.start_cliffs = True

    def _set_unknown(self) -> None:
        # The weight of an unknown capacity: more than twice any sum of known ones, so a sum
        # with an unknown capacity in it is ≥ `half` and a sum of known ones is < `half`.
        self.unknown = 1 << (self.weight_bits + len(self.plan.assignments).bit_length() + 2)
        self.half = self.unknown >> 1

    def weigh(self, value: float | None) -> int | None:
        """The weight of a capacity not weighed yet (kept in `capacities`); None when it needs
        a larger scale or bound: they are grown, and the weights so far are forgotten."""
        if value is None or (value.__class__ is not int and not math.isfinite(value)):
            weight = self.unknown
        else:
            num, den = value.as_integer_ratio()
            if self.scale % den:  # (powers of two: the larger one is a multiple of both)
                self.scale = max(self.scale, den)
                self.capacities.clear()
                return None
            weight = num * (self.scale // den)
            if weight.bit_length() > self.weight_bits:
                self.weight_bits = weight.bit_length()
                self._set_unknown()
                self.capacities.clear()
                return None
            if weight < 0:
                self.negative = True
        self.capacities[value] = weight
        return weight

    def weigh_all(self) -> None:
        """Weigh every capacity of the plan at once: the scale and bound of all of them."""
        values = {s.capacity for s in self.plan.assignments}
        scale, weights, unknown = _scaled_capacities(values)
        self.scale = scale
        self.weight_bits = max(map(int.bit_length, map(abs, weights.values())), default=0)
        self.negative = min(weights.values(), default=0) < 0
        self._set_unknown()
        for value in unknown:
            weights[value] = self.unknown
        self.capacities = weights


_as_ratio = methodcaller("as_integer_ratio")
_numerator = itemgetter(0)
_denominator = itemgetter(1)


def _scaled_capacities(
    values: set[float | None],
) -> tuple[int, dict[float | None, int], set[float | None]]:
    """One power of two that turns every known capacity into an integer, each known capacity
    scaled by it, and the unknown ones (None, NaN, infinite)."""
    finite = [
        value
        for value in values
        if value is not None and (value.__class__ is int or math.isfinite(value))
    ]
    # each as an exact fraction (an int's is itself over 1); binary floats' denominators are
    # powers of two, so the largest is a multiple of all of them
    ratios = list(map(_as_ratio, finite))
    scale = max(map(_denominator, ratios), default=1)
    scaled: dict[float | None, int] = dict(
        zip(
            finite,
            map(
                mul,
                map(_numerator, ratios),
                map(floordiv, repeat(scale), map(_denominator, ratios)),
            ),
            strict=True,
        )
    )
    return scale, scaled, values.difference(finite)


def analyse(plan: Plan, as_of: date | None = None) -> Analysis:
    """The findings and continuity score of `plan` (SPEC §3 and the insight rules), with the
    register rules as of `as_of` (today when None)."""
    if as_of is None:
        as_of = date.today()
    with _no_cycle_collection():
        return _analyse(plan, as_of)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while the analysis runs.

    The analysis makes tens of thousands of small tuples and lists and never a reference cycle;
    left on, the collector walks the whole plan again and again while they are made (on the
    benchmark plan a third of the time). It is switched back on at the end, as it was.

    Switched back on, it would at once walk every object the analysis made (they are all still
    young), to find no cycle among them: a twentieth of the analysis. So they are first moved
    to the oldest generation, where the collector looks at them only in its rare full
    collections: `gc.freeze()` then `gc.unfreeze()` does exactly that, in constant time. (Not
    when the process has frozen objects of its own: `unfreeze` would release them too.) Nothing
    escapes collection; objects made just before the analysis are merely promoted with them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _analyse(plan: Plan, as_of: date) -> Analysis:
    h0 = plan.horizon_start.toordinal()
    h1 = plan.horizon_end.toordinal()
    if h1 < h0:
        return Analysis((), None, as_of)
    ctx = _Context(plan, h0, h1)
    items_by_function, outliving = _effective_intervals(ctx)
    findings: list[Finding] = []
    score = _sweep_functions(ctx, items_by_function, findings)
    _outliving(ctx, outliving, findings)
    findings += plan_findings(plan, h0, h1)
    findings += register_findings(plan, as_of, h0, h1)
    return Analysis(in_report_order(findings), score, as_of)


# The phases of `analyse` (separate for bench/bench_analysis.py's breakdown).


def _effective_intervals(ctx: _Context) -> tuple[dict[str, list[Item]], list[int]]:
    """One pass over the assignments: the non-empty effective intervals grouped by function id,
    and the positions of the assignments that outlive their actor's presence; the capacities
    weighed on the way (see `_Context.weigh`: the pass starts again when one needs a larger
    scale or bound — a few times, then with every capacity weighed first)."""
    for _attempt in range(_REWEIGHS):
        read = _read_intervals(ctx)
        if read is not None:
            break
    else:
        ctx.weigh_all()
        read = _read_intervals(ctx)
        assert read is not None
    ctx.start_cliffs = ctx.steady_cliffs or ctx.negative
    return read


def _read_intervals(ctx: _Context) -> tuple[dict[str, list[Item]], list[int]] | None:
    h1 = ctx.h1
    # (a plain dictionary holding a list for each function: a subscript Python does fastest)
    items_by_function: dict[str, list[Item]] = {f.id: [] for f in ctx.plan.functions}
    outliving: list[int] = []
    spans = ctx.spans
    unknown_span = ctx.unknown_span
    capacities = ctx.capacities
    weigh = ctx.weigh
    unfunded_status = FundingStatus.UNFUNDED
    for pos, s in enumerate(ctx.plan.assignments):
        actor_id = s.actor_id
        try:
            name, life_start, life_end, p_start, p_end, un = spans[actor_id]
        except KeyError:  # an actor the plan does not know
            name, life_start, life_end, p_start, p_end, un = unknown_span
        start = s.start.toordinal()
        last = s.end
        end = h1 if last is None else last.toordinal()
        if start < p_start or end > p_end:
            outliving.append(pos)
        if start < life_start:
            start = life_start
        if end > life_end:
            end = life_end
        if start <= end:
            capacity = s.capacity
            try:
                weight = capacities[capacity]
            except KeyError:
                known = weigh(capacity)
                if known is None:
                    return None
                weight = known
            # (not contextlib.suppress: a context manager per assignment costs; `try` does not)
            try:  # noqa: SIM105
                items_by_function[s.function_id].append(
                    (
                        start,
                        name,
                        pos,
                        end,
                        weight,
                        s.funding_status is not unfunded_status,
                        actor_id,
                        un,
                    )
                )
            except KeyError:  # an assignment of a function the plan does not have: ignored
                pass
    return items_by_function, outliving


def _sweep_functions(
    ctx: _Context, items_by_function: dict[str, list[Item]], findings: list[Finding]
) -> float | None:
    """Sweep every function with a non-empty W (sorting its items in place); the score."""
    h0 = ctx.h0
    h1 = ctx.h1
    weighted_covered = 0
    weighted_required = 0
    seen: set[str] = set()
    no_items: list[Item] = []
    for function in ctx.plan.functions:
        if function.id in seen:  # a duplicated id (an invalid plan): the first one counts
            continue
        seen.add(function.id)
        w0 = h0 if function.required_from is None else max(function.required_from.toordinal(), h0)
        w1 = h1 if function.required_until is None else min(function.required_until.toordinal(), h1)
        if w1 < w0:
            continue
        items = items_by_function.get(function.id, no_items)
        if items:
            covered = _sweep(ctx, function, w0, w1, items, findings)
        else:
            covered = 0
            findings.append(
                break_finding(
                    "coverage_gap",
                    function,
                    w0,
                    w1,
                    [],
                    [],
                    ctx.bridge_days,
                    ctx.plan.assignments,
                    ctx.presence_of,
                )
            )
        weight = function.priority.weight
        weighted_covered += weight * covered
        weighted_required += weight * (w1 - w0 + 1)
    if not weighted_required:
        return None
    # 100 × covered / required, rounded down to one decimal, exactly
    return (1000 * weighted_covered // weighted_required) / 10


def _outliving(ctx: _Context, outliving: list[int], findings: list[Finding]) -> None:
    """outlives_presence: the parts, within the horizon, of these assignments (positions) outside
    their actor's presence."""
    assignments = ctx.plan.assignments
    functions = {f.id: f for f in reversed(ctx.plan.functions)}  # the first of a duplicated id
    h0 = ctx.h0
    h1 = ctx.h1
    for pos in outliving:
        s = assignments[pos]
        function = functions.get(s.function_id)
        if function is None:
            continue
        actor = ctx.actors[s.actor_id]
        presence = actor.presence
        assert presence is not None
        lo = max(s.start.toordinal(), h0)
        hi = h1 if s.end is None else min(s.end.toordinal(), h1)
        if lo > hi:
            continue
        if lo < actor.presence_start:
            outlives(
                function,
                s.id,
                actor.name,
                presence.name,
                presence.id,
                lo,
                min(hi, actor.presence_start - 1),
                False,
                presence.start,
                findings,
            )
        if presence.end is not None and hi > actor.presence_end:
            outlives(
                function,
                s.id,
                actor.name,
                presence.name,
                presence.id,
                max(lo, actor.presence_end + 1),
                hi,
                True,
                presence.end,
                findings,
            )


def in_report_order(findings: list[Finding]) -> tuple[Finding, ...]:
    """Sorted by severity, start, rule, function, end, then detail (SPEC §4).

    First by severity, start and rule alone, folded into one small integer per finding
    (integers sort far faster than tuples); then each run of findings of one severity, start
    and rule by function and end; the detail sentence only decides between findings equal in
    everything else, so it is only read (and formatted, see `Finding.deferred`) for those.
    """
    rank = _SEVERITY_DAYS
    try:
        rules = _RULE_RANK
        first = [
            (rank[f.severity] + f.start.toordinal()) * _N_RULES + rules[f.rule] for f in findings
        ]
    except KeyError:  # a rule of no analysis (a finding made elsewhere): rules ranked here
        rules = {rule: i for i, rule in enumerate(sorted({f.rule for f in findings}))}
        n_rules = len(rules)
        first = [
            (rank[f.severity] + f.start.toordinal()) * n_rules + rules[f.rule] for f in findings
        ]
    order = sorted(range(len(findings)), key=first.__getitem__)
    ordered = [first[k] for k in order]
    # same[i]: order[i] and order[i + 1] are of one severity, start and rule (found in C)
    same = list(map(eq, ordered, islice(ordered, 1, None)))
    last = len(same)
    i = 0
    while True:
        try:
            i = same.index(True, i)
        except ValueError:
            break
        j = i + 1
        while j < last and same[j]:
            j += 1
        order[i : j + 1] = _in_order(findings, order[i : j + 1])
        i = j + 1
    return tuple([findings[k] for k in order])


def _in_order(findings: list[Finding], run: list[int]) -> list[int]:
    """`run` (positions in `findings`, of one severity, start and rule, in order) sorted by
    function, end, then detail."""
    keyed = {k: (findings[k].function or "", findings[k].end) for k in run}
    run.sort(key=keyed.__getitem__)
    i = 1
    n = len(run)
    while i < n:
        if keyed[run[i]] != keyed[run[i - 1]]:
            i += 1
            continue
        j = i + 1  # run[i - 1 : j] is a run of equal keys
        while j < n and keyed[run[j]] == keyed[run[i]]:
            j += 1
        run[i - 1 : j] = sorted(run[i - 1 : j], key=lambda k: findings[k].detail)
        i = j + 1
    return run


def _life(p: Presence, h0: int, h1: int) -> tuple[int, int]:
    """A presence's life clipped to the horizon (empty when start > end)."""
    end = h1 if p.end is None else min(p.end.toordinal(), h1)
    return max(p.start.toordinal(), h0), end


# -- per function ----------------------------------------------------------------------------


def _sweep(
    ctx: _Context,
    function: Function,
    w0: int,
    w1: int,
    items: list[Item],
    findings: list[Finding],
) -> int:
    """One sweep over the boundary points of the function's effective intervals.

    Between two consecutive points the active set does not change; the state (capacity sum with
    its unknown weights, UN count, count of the not Unfunded ones) is updated at each point; the
    number of active assignments is ``si − ei`` (started minus ended); the Unfunded ones of a
    funding gap are found when it starts. Returns the number of covered and bridged days of W.
    """
    severity = SEVERITY[function.priority]
    min_overlap = ctx.min_overlap
    handovers = min_overlap > 0  # (an overlap is never negative: else no handover is cold)
    bridge_days = ctx.bridge_days
    cliffs = ctx.cliffs
    always_below = ctx.always_below
    num = ctx.num
    den = ctx.den
    steady_cliffs = ctx.steady_cliffs
    start_cliffs = ctx.start_cliffs
    scale = ctx.scale
    threshold = ctx.threshold
    presence_of = ctx.presence_of
    carried_on_by = ctx.carried_on_by
    assignments = ctx.plan.assignments
    half = ctx.half

    items.sort()  # effective start, then actor name, then position: the receiver order
    by_start = items
    by_end = sorted(items, key=_by_end)
    by_start.append(SENTINEL)  # never starts, never ends: no bound checks in the loops
    by_end.append(SENTINEL)
    carries_on: CarriesOn | None = None  # made when first needed

    capacity = 0  # the sum of the capacity weights (see _Context.unknown)
    funded = 0  # the active assignments that are not Unfunded
    un = 0  # the active assignments of UN actors

    uncovered = 0  # the days of the coverage gaps (not of the bridged breaks)
    gap_start = -1  # -1: not in an uncovered run of W
    gap_before: list[Item] = []  # the assignments that ended the day before the run
    saved_capacity = 0  # the state of the last covered day before the run
    saved_un = 0
    in_funding_gap = False
    fund_start = -1  # the funding gap's first day
    fund_items: list[Item] = []  # the assignments active during the funding gap

    si = 0  # by_start[:si] have started
    ei = 0  # by_end[:ei] have ended
    first = 0  # by_start[first] is the first active one in receiver order (when any is active)
    # the points: each day where an interval starts or the day after one ends, and w0; the next
    # point is always the smaller of the next start and the next end + 1 (sentinels: +∞)
    p = min(by_start[0][0], by_end[0][3] + 1, w0)
    while p < w0:  # before W: only the state matters
        it = by_end[ei]
        while it[3] < p:
            capacity -= it[4]
            funded -= it[5]
            un -= it[7]
            ei += 1
            it = by_end[ei]
        nxt = it[3] + 1
        it = by_start[si]
        while it[0] == p:
            capacity += it[4]
            funded += it[5]
            un += it[7]
            si += 1
            it = by_start[si]
        if it[0] < nxt:
            nxt = it[0]
        p = nxt if nxt < w0 else w0

    # The state of p − 1 (set at the end of each point); on W's first day, none: prev(w0) is
    # none, so that no rule comparing with the day before fires on it.
    prev_capacity = 0
    prev_un = 0
    while p <= w1:
        # (constant subscripts: the fields of Item, see sweep_findings.START … READY)
        ei0 = ei
        it = by_end[ei]
        while it[3] < p:
            capacity -= it[4]
            funded -= it[5]
            un -= it[7]
            ei += 1
            it = by_end[ei]
        nxt = it[3] + 1
        si0 = si
        it = by_start[si]
        while it[0] == p:
            capacity += it[4]
            funded += it[5]
            un += it[7]
            si += 1
            it = by_start[si]
        if it[0] < nxt:
            nxt = it[0]

        if si > ei:  # covered
            if gap_start < 0:
                # the common case: p is W's first day or p − 1 is covered, so prev(p) = p − 1.
                # Only a day where an assignment ends can lose the UN or see a handover, and
                # (unless ctx.start_cliffs) be a cliff: a day where they only start is passed.
                if ei > ei0 or start_cliffs:
                    # (none on W's first day: prev_capacity and prev_un are 0 then)
                    # capacity_cliff on p: cap(p) < threshold × cap(p − 1), exactly, with both
                    # known and cap(p − 1) > 0 (the comparison first: it rules out most days)
                    if (
                        (always_below or capacity * den < num * prev_capacity)
                        and capacity < half
                        and 0 < prev_capacity < half
                        and cliffs
                    ):
                        findings.append(
                            cliff(
                                function,
                                p,
                                prev_capacity,
                                capacity,
                                by_end[ei0:ei],
                                by_start[si0:si],
                                severity,
                                False,
                                scale,
                                threshold,
                                assignments,
                                presence_of,
                            )
                        )
                    # un_exit on p: the UN carried it on p − 1 and nobody of the UN carries it now
                    if prev_un and not un:
                        while by_start[first][3] < p:
                            first += 1
                        findings.append(
                            un_exit(
                                function,
                                p,
                                by_start[first:si],
                                by_end[ei0:ei],
                                assignments,
                                presence_of,
                            )
                        )
                    # cold_handover on p by the assignments that ended on p − 1
                    if ei > ei0 and handovers:
                        while by_start[first][3] < p:
                            first += 1
                        latest = p - min_overlap  # overlap < min_overlap ⇔ max(starts) > latest
                        # The enders all ended on p − 1 and come by start (by_end is sorted stably
                        # from by_start): the last of them started last.
                        late = by_start[first][0] > latest  # the receiver: everyone is short of it
                        if late or by_end[ei - 1][0] > latest:  # (the rare case)
                            # with a warm receiver, only the enders that started late count
                            cold = (
                                by_end[ei0:ei]
                                if late
                                else [a for a in by_end[ei0:ei] if a[0] > latest]
                            )
                            if si - first > _SCAN_LIMIT and carries_on is None:
                                carries_on = CarriesOn(by_start[:-1])
                            cold_handovers(
                                function,
                                p,
                                p - 1,
                                cold,
                                by_end[ei0:ei],
                                by_start[first],
                                by_start[first:si],
                                carries_on if si - first > _SCAN_LIMIT else None,
                                min_overlap,
                                carried_on_by,
                                assignments,
                                presence_of,
                                findings,
                            )
            else:
                # p ends the uncovered run [gap_start, p − 1] (no assignment ended on p − 1)
                if gap_start > w0 and p - gap_start <= bridge_days:
                    # a short break: prev(p) is its day before, whose enders hand over on p
                    findings.append(
                        break_finding(
                            "short_break",
                            function,
                            gap_start,
                            p - 1,
                            gap_before,
                            by_start[si0:si],
                            bridge_days,
                            assignments,
                            presence_of,
                        )
                    )
                    first, carries_on = _across_break(
                        ctx,
                        function,
                        p,
                        gap_start - 1,
                        saved_capacity,
                        saved_un,
                        capacity,
                        un,
                        gap_before,
                        by_start,
                        si0,
                        si,
                        first,
                        carries_on,
                        findings,
                    )
                else:
                    findings.append(
                        break_finding(
                            "coverage_gap",
                            function,
                            gap_start,
                            p - 1,
                            gap_before,
                            by_start[si0:si],
                            bridge_days,
                            assignments,
                            presence_of,
                        )
                    )
                    uncovered += p - gap_start
                gap_start = -1
            # … and inside a steady stretch, with a threshold above 1
            if steady_cliffs and cliffs and 0 < capacity < half:
                for day in range(p + 1, nxt if nxt <= w1 else w1 + 1):
                    findings.append(
                        cliff(
                            function,
                            day,
                            capacity,
                            capacity,
                            [],
                            [],
                            severity,
                            False,
                            scale,
                            threshold,
                            assignments,
                            presence_of,
                        )
                    )
            # funding_gap
            if not funded:  # every active assignment is Unfunded
                if not in_funding_gap:
                    in_funding_gap = True
                    fund_start = p
                    while by_start[first][3] < p:
                        first += 1
                    fund_items = [x for x in by_start[first:si] if x[3] >= p]
                else:
                    fund_items += by_start[si0:si]
            else:
                if in_funding_gap:
                    findings.append(
                        funding_gap(
                            function, fund_start, p - 1, fund_items, assignments, presence_of
                        )
                    )
                    in_funding_gap = False
                if not start_cliffs:
                    # Until the day after the next end, assignments only start: that changes
                    # no finding (no cliff, the UN does not leave, nobody hands over, coverage
                    # and funding go on), so their starts are summed at once.
                    nxt = by_end[ei][3] + 1
                    if nxt > w1:
                        nxt = w1 + 1
                    it = by_start[si]
                    while it[0] < nxt:
                        capacity += it[4]
                        funded += it[5]
                        un += it[7]
                        si += 1
                        it = by_start[si]
        else:
            if gap_start < 0:
                gap_start = p
                gap_before = by_end[ei0:ei] if ei > ei0 else NONE
                saved_capacity = prev_capacity
                saved_un = prev_un
            if in_funding_gap:
                findings.append(
                    funding_gap(function, fund_start, p - 1, fund_items, assignments, presence_of)
                )
                in_funding_gap = False
        prev_capacity = capacity
        prev_un = un
        p = nxt

    if gap_start >= 0:  # a run to the end of W: never bridged
        after = []  # who starts the day after W ends
        while by_start[si][0] == w1 + 1:
            after.append(by_start[si])
            si += 1
        findings.append(
            break_finding(
                "coverage_gap",
                function,
                gap_start,
                w1,
                gap_before,
                after,
                bridge_days,
                assignments,
                presence_of,
            )
        )
        uncovered += w1 + 1 - gap_start
    if in_funding_gap:
        findings.append(funding_gap(function, fund_start, w1, fund_items, assignments, presence_of))
    return w1 + 1 - w0 - uncovered


def _across_break(
    ctx: _Context,
    function: Function,
    p: int,
    e: int,
    prev_capacity: int,
    prev_un: int,
    capacity: int,
    un: int,
    enders: list[Item],
    by_start: list[Item],
    si0: int,
    si: int,
    first: int,
    carries_on: CarriesOn | None,
    findings: list[Finding],
) -> tuple[int, CarriesOn | None]:
    """The rules that compare p with prev(p) = e, the last covered day before a short break
    ending on p − 1 (`prev_capacity` and `prev_un` the state of e, `capacity` and `un` that of
    p), and the handovers on p of the assignments that ended on e (`enders`). Returns the
    sweep's receiver pointer and per-actor index, moved on as needed."""
    severity = SEVERITY[function.priority]
    half = ctx.half
    if (
        capacity < half
        and 0 < prev_capacity < half
        and ctx.cliffs
        and (ctx.always_below or capacity * ctx.den < ctx.num * prev_capacity)
    ):
        findings.append(
            cliff(
                function,
                p,
                prev_capacity,
                capacity,
                enders,
                by_start[si0:si],
                severity,
                True,
                ctx.scale,
                ctx.threshold,
                ctx.plan.assignments,
                ctx.presence_of,
            )
        )
    while by_start[first][3] < p:
        first += 1
    if prev_un and not un:
        findings.append(
            un_exit(function, p, by_start[first:si], enders, ctx.plan.assignments, ctx.presence_of)
        )
    min_overlap = ctx.min_overlap
    if enders and min_overlap > 0:
        latest = e + 1 - min_overlap
        cold = enders if by_start[first][0] > latest else [a for a in enders if a[0] > latest]
        if cold:
            if si - first > _SCAN_LIMIT and carries_on is None:
                carries_on = CarriesOn(by_start[:-1])
            cold_handovers(
                function,
                p,
                e,
                cold,
                enders,
                by_start[first],
                by_start[first:si],
                carries_on if si - first > _SCAN_LIMIT else None,
                min_overlap,
                ctx.carried_on_by,
                ctx.plan.assignments,
                ctx.presence_of,
                findings,
            )
    return first, carries_on
