"""One function's sweep (`sweep`): the per-function rules of SPEC §3 over the boundary points
of its effective intervals (see `analysis` for the definitions), making their findings with
`sweep_findings`."""

from __future__ import annotations

from operator import itemgetter

from .analysis_context import AnalysisContext
from .findings import Finding
from .model import Function
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
    un_exit,
)

__all__ = ["sweep"]

_by_end = itemgetter(3)  # (an Item's end)
#: cold_handover: whether an actor (or one continuing it) carries on is found by scanning the
#: active assignments when there are at most this many, else through per-actor intervals.
_SCAN_LIMIT = 32


def sweep(
    ctx: AnalysisContext,
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

    capacity = 0  # the sum of the capacity weights (see AnalysisContext.unknown)
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
    ctx: AnalysisContext,
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
