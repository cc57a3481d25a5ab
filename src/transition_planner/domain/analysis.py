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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from .analysis_context import AnalysisContext
from .enums import FundingStatus
from .findings import Analysis, Finding
from .model import Plan
from .plan_rules import ELECTION_WINDOW_DAYS, LEAD_PRECEDENCE, plan_findings
from .register import register_findings
from .report_order import in_report_order
from .sweep import sweep
from .sweep_findings import Item, break_finding, outlives

__all__ = ["ELECTION_WINDOW_DAYS", "LEAD_PRECEDENCE", "analyse", "in_report_order"]

#: capacities are weighed as read (`AnalysisContext.weigh`); after this many larger scales or
#: bounds, all at once
_REWEIGHS = 3


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
    ctx = AnalysisContext(plan, h0, h1)
    items_by_function, outliving = _effective_intervals(ctx)
    findings: list[Finding] = []
    score = _sweep_functions(ctx, items_by_function, findings)
    _outliving(ctx, outliving, findings)
    findings += plan_findings(plan, h0, h1)
    findings += register_findings(plan, as_of, h0, h1)
    return Analysis(in_report_order(findings), score, as_of)


# The phases of `analyse` (separate for bench/bench_analysis.py's breakdown).


def _effective_intervals(ctx: AnalysisContext) -> tuple[dict[str, list[Item]], list[int]]:
    """One pass over the assignments: the non-empty effective intervals grouped by function id,
    and the positions of the assignments that outlive their actor's presence; the capacities
    weighed on the way (see `AnalysisContext.weigh`: the pass starts again when one needs a larger
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


def _read_intervals(ctx: AnalysisContext) -> tuple[dict[str, list[Item]], list[int]] | None:
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
    ctx: AnalysisContext, items_by_function: dict[str, list[Item]], findings: list[Finding]
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
            covered = sweep(ctx, function, w0, w1, items, findings)
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


def _outliving(ctx: AnalysisContext, outliving: list[int], findings: list[Finding]) -> None:
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
