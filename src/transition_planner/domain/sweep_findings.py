"""The findings one function's sweep makes (`analysis._sweep`), from its prepared assignments.

The sweep walks a function's assignments as `Item` tuples; here each per-function rule of
SPEC §3 turns the items of the day it fires on into a `Finding`. The sweep of a large plan makes
thousands of them, of which a report shows a few, so each is made with as little as its fields
need: everything else — the sentence (`detail`), the ids, and extras that take work — is made
when first read (`Finding.deferred`), from the items the finding keeps.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from datetime import date
from functools import lru_cache
from itertools import accumulate
from typing import Final

from . import sentences
from .enums import Priority, Readiness, Severity
from .findings import (
    Finding,
    deferred_finding,
    deferred_finding_with_ids,
)
from .model import Assignment, Function

__all__ = [
    "ACTOR",
    "CAP",
    "END",
    "FUNDED",
    "NAME",
    "NONE",
    "POS",
    "READINESS_RANK",
    "SENTINEL",
    "SEVERITY",
    "START",
    "UN",
    "CarriesOn",
    "Item",
    "break_finding",
    "cliff",
    "cold_handovers",
    "day",
    "funding_gap",
    "outlives",
    "un_exit",
]

# An assignment with a non-empty effective interval, prepared for the sweep, as a plain tuple
# (fast to build and to sort: sorting the tuples sorts by effective start, actor name, position):
# (start, actor name, position in plan.assignments, end, capacity weight, True when not
#  Unfunded (summed as 1), actor id, 1 when a UN actor else 0). The capacity weight is the
# scaled capacity, or the plan's weight of an unknown capacity (see `analysis._Context`): one
# sum then tells both the capacity and whether any is unknown. (The sweep sums the weights and
# the two flags of the active assignments without a test: small sums, which Python does not
# allocate.) What only a finding needs (the assignment's id, its readiness) is read from the
# assignment, by position.
Item = tuple[int, str, int, int, int, int, str, int]
START: Final = 0
NAME: Final = 1
POS: Final = 2
END: Final = 3
CAP: Final = 4
FUNDED: Final = 5
ACTOR: Final = 6
UN: Final = 7
_FAR: Final = date.max.toordinal() + 2
#: never starts, never ends: the sweep's lists end with it, so its loops need no bound checks
SENTINEL: Item = (_FAR, "", -1, _FAR, 0, 0, "", 0)
NONE: list[Item] = []  # (never appended to)

# (enumeration members as constants: `Severity.INFO` is a class attribute lookup in Python)
_MEDIUM = Severity.MEDIUM
_INFO = Severity.INFO
SEVERITY: dict[Priority, Severity] = {priority: priority.severity for priority in Priority}
_COLD_SEVERITY = {priority: severity.lowered() for priority, severity in SEVERITY.items()}
_READINESS_BY_RANK: dict[int, Readiness | None] = {0: None} | {r.rank: r for r in Readiness}
READINESS_RANK: dict[Readiness | None, int] = {r: rank for rank, r in _READINESS_BY_RANK.items()}


@lru_cache(maxsize=8192)
def day(ordinal: int) -> date:
    return date.fromordinal(ordinal)


def _ids(
    items: Sequence[Item],
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
    unique: bool,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ids of these assignments (each once when `unique`; `assignments` the plan's) and of
    their actors' presences (each once), in order."""
    ids = [assignments[it[POS]].id for it in items]
    presences = [presence_of.get(it[ACTOR]) for it in items]
    return (
        tuple(dict.fromkeys(ids)) if unique else tuple(ids),
        tuple(dict.fromkeys([p for p in presences if p is not None])),
    )


def _names(items: Sequence[Item]) -> list[str]:
    return [it[NAME] for it in items]


def _value(weight: int, scale: int) -> int | float:
    """A scaled capacity sum as the number it stands for (int when integral)."""
    return weight // scale if weight % scale == 0 else weight / scale


# -- capacity_cliff ---------------------------------------------------------------------------


def cliff(
    function: Function,
    when: int,
    old: int,
    new: int,
    ended: list[Item],
    started: list[Item],
    severity: Severity,
    bridged: bool,
    scale: int,
    threshold: float,
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
) -> Finding:
    """capacity_cliff on `when`: the capacity weights `old` (of prev(when)) and `new`; `ended`
    the assignments that ended the day before prev's next day, `started` those starting on
    `when` (their ids, in that order)."""
    on = day(when)
    return deferred_finding(
        "capacity_cliff",
        severity,
        function.name,
        on,
        on,
        _cliff_detail,
        (function.name, old, new, scale, threshold, when, bridged),
        (_cliff_extras, (old, new, scale)),
        function.id,
        _cliff_ids,
        (ended, started, assignments, presence_of),
    )


def _cliff_detail(
    function: str, old: int, new: int, scale: int, threshold: float, when: int, bridged: bool
) -> str:
    return sentences.capacity_cliff(
        function, _value(old, scale), _value(new, scale), threshold, when, bridged
    )


def _cliff_extras(old: int, new: int, scale: int) -> dict[str, object]:
    return {"from_capacity": _value(old, scale), "to_capacity": _value(new, scale)}


def _cliff_ids(
    ended: list[Item],
    started: list[Item],
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _ids(ended + started, assignments, presence_of, False)


# -- un_exit ----------------------------------------------------------------------------------


def un_exit(
    function: Function,
    when: int,
    started: list[Item],
    ended: list[Item],
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
) -> Finding:
    """un_exit on `when`: S(when) is those of `started` still active on it; `ended` holds the
    assignments that ended on the day before (its UN ones are named among the ids)."""
    active = []
    weakest = 3
    ranks = READINESS_RANK
    for x in started:
        if x[3] >= when:  # (END)
            active.append(x)
            rank = ranks[assignments[x[2]].readiness]  # (POS)
            if rank < weakest:
                weakest = rank
    if weakest <= 1:  # not assessed, or Not ready
        severity = SEVERITY[function.priority]
    elif weakest == 2:  # Partly ready
        severity = _COLD_SEVERITY[function.priority]
    else:
        severity = _INFO
    on = day(when)
    readiness = _READINESS_BY_RANK[weakest]
    return deferred_finding(
        "un_exit",
        severity,
        function.name,
        on,
        on,
        _un_exit_detail,
        (function.name, when, active, readiness),
        (_un_exit_extras, (active, readiness)),
        function.id,
        _un_exit_ids,
        (ended, active, assignments, presence_of),
    )


def _un_exit_detail(
    function: str, when: int, active: list[Item], readiness: Readiness | None
) -> str:
    return sentences.un_exit(function, when, _names(active), readiness)


def _un_exit_ids(
    ended: list[Item],
    active: list[Item],
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _ids([x for x in ended if x[UN]] + active, assignments, presence_of, True)


def _un_exit_extras(active: list[Item], readiness: Readiness | None) -> dict[str, object]:
    return {
        "to_actors": sorted({it[NAME] for it in active}),
        "readiness": None if readiness is None else readiness.value,
    }


# -- coverage_gap, short_break, funding_gap ---------------------------------------------------


def break_finding(
    rule: str,
    function: Function,
    start: int,
    end: int,
    before: list[Item],
    after: list[Item],
    bridge_days: int,
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
) -> Finding:
    """A coverage_gap, or (`rule` = "short_break") a bridged break: `before` ended the day before
    it, `after` start the day after."""
    if rule == "short_break":
        return deferred_finding(
            rule,
            _INFO,
            function.name,
            day(start),
            day(end),
            _short_break_detail,
            (function.name, start, end, before, after, bridge_days),
            {},
            function.id,
            _break_ids,
            (before, after, assignments, presence_of),
        )
    return deferred_finding(
        rule,
        SEVERITY[function.priority],
        function.name,
        day(start),
        day(end),
        _coverage_gap_detail,
        (function.name, start, end, before, after),
        {},
        function.id,
        _break_ids,
        (before, after, assignments, presence_of),
    )


def _coverage_gap_detail(
    function: str, start: int, end: int, before: list[Item], after: list[Item]
) -> str:
    return sentences.coverage_gap(function, start, end, _names(before), _names(after))


def _short_break_detail(
    function: str, start: int, end: int, before: list[Item], after: list[Item], bridge: int
) -> str:
    return sentences.short_break(function, start, end, _names(before), _names(after), bridge)


def _break_ids(
    before: list[Item],
    after: list[Item],
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _ids(before + after, assignments, presence_of, True)


def funding_gap(
    function: Function,
    start: int,
    end: int,
    involved: list[Item],
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
) -> Finding:
    """A funding_gap: `involved` (not to be changed after) holds the assignments active during
    it, in any order (they are named in the receiver order)."""
    return deferred_finding(
        "funding_gap",
        SEVERITY[function.priority],
        function.name,
        day(start),
        day(end),
        _funding_gap_detail,
        (function.name, start, end, involved),
        {},
        function.id,
        _funding_gap_ids,
        (involved, assignments, presence_of),
    )


def _funding_gap_detail(function: str, start: int, end: int, involved: list[Item]) -> str:
    involved.sort()
    return sentences.funding_gap(function, start, end, _names(involved))


def _funding_gap_ids(
    involved: list[Item], assignments: Sequence[Assignment], presence_of: dict[str, str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    involved.sort()
    return _ids(involved, assignments, presence_of, False)


# -- cold_handover ----------------------------------------------------------------------------


class CarriesOn:
    """Whether an actor, or one continuing it, carries the function on a day — for a function
    whose active sets are too large to scan: each actor's effective intervals sorted by start,
    with the running maximum of their ends."""

    def __init__(self, items: Sequence[Item]) -> None:
        by_actor: dict[str, list[Item]] = {}
        for it in items:  # sorted by effective start
            by_actor.setdefault(it[ACTOR], []).append(it)
        self.starts = {actor: [it[START] for it in group] for actor, group in by_actor.items()}
        self.reach = {
            actor: list(accumulate((it[END] for it in group), max))
            for actor, group in by_actor.items()
        }

    def on(self, actors: Collection[str], when: int) -> bool:
        for actor in actors:
            starts = self.starts.get(actor)
            if starts is None:
                continue
            k = bisect_right(starts, when)  # those starting on or before the day
            if k and self.reach[actor][k - 1] >= when:
                return True
        return False


def cold_handovers(
    function: Function,
    r: int,
    e: int,
    cold: list[Item],
    enders: list[Item],
    receiver: Item,
    active: Sequence[Item],
    carries_on: CarriesOn | None,
    min_overlap: int,
    carried_on_by: dict[str, frozenset[str]],
    assignments: Sequence[Assignment],
    presence_of: dict[str, str],
    findings: list[Finding],
) -> None:
    """cold_handover on day r by the assignments that ended on e (`enders`), of which `cold` are
    short of the minimum overlap with the receiver; `active` holds S(r) (and perhaps some that
    have ended: their end is before r); `carried_on_by` each actor with those continuing it."""
    receiver_start = receiver[START]
    # an actor hands over with the largest overlap of its assignments that end on e
    handing: list[tuple[str, int, Item]]  # (actor, overlap, assignment)
    if len(enders) == 1:  # the common case: `cold` is the one ender
        a = enders[0]
        overlap = e - (a[START] if a[START] > receiver_start else receiver_start) + 1
        handing = [(a[ACTOR], overlap if overlap > 0 else 0, a)]
    else:
        best: dict[str, tuple[int, int, Item]] = {}  # actor → (overlap, −position, assignment)
        short_actors = {a[ACTOR] for a in cold}
        for a in enders:
            actor = a[ACTOR]
            if actor not in short_actors:
                continue
            overlap = max(0, e - max(a[START], receiver_start) + 1)
            known = best.get(actor)
            if known is None or (overlap, -a[POS]) > known[:2]:
                best[actor] = (overlap, -a[POS], a)
        handing = [(actor, overlap, a) for actor, (overlap, _pos, a) in best.items()]
    to_presence: str | None = None
    for actor, overlap, a in handing:
        if overlap >= min_overlap:
            continue
        # no handover when the actor, or one continuing it, carries the function on r
        successors = carried_on_by.get(actor)
        if carries_on is not None:
            if carries_on.on((actor,) if successors is None else successors, r):
                continue
        elif successors is None:
            if _carries(active, r, actor):
                continue
        elif _any_carries(active, r, successors):
            continue
        if to_presence is None:
            to_presence = presence_of.get(receiver[ACTOR], "")
        from_presence = presence_of.get(actor)
        if from_presence is None:
            presence_ids: tuple[str, ...] = (to_presence,) if to_presence else ()
        elif not to_presence or to_presence == from_presence:
            presence_ids = (from_presence,)
        else:
            presence_ids = (from_presence, to_presence)
        on = day(r)
        findings.append(
            deferred_finding_with_ids(
                "cold_handover",
                _COLD_SEVERITY[function.priority],
                function.name,
                on,
                on,
                sentences.cold_handover,
                (function.name, a[NAME], receiver[NAME], overlap, min_overlap),
                {"from_actor": a[NAME], "to_actor": receiver[NAME], "overlap_days": overlap},
                function.id,
                (assignments[a[POS]].id, assignments[receiver[POS]].id),
                presence_ids,
                (),
            )
        )


# (loops, not `any()` over a generator: they run for most handovers, and a generator costs more
# than the few assignments it looks at)
def _carries(active: Sequence[Item], r: int, actor: str) -> bool:
    for x in active:  # noqa: SIM110
        if x[6] == actor and x[3] >= r:  # (ACTOR, END)
            return True
    return False


def _any_carries(active: Sequence[Item], r: int, actors: frozenset[str]) -> bool:
    for x in active:  # noqa: SIM110
        if x[3] >= r and x[6] in actors:  # (END, ACTOR)
            return True
    return False


# -- outlives_presence ------------------------------------------------------------------------


def outlives(
    function: Function,
    assignment_id: str,
    actor_name: str,
    presence_name: str,
    presence_id: str,
    start: int,
    end: int,
    after: bool,
    when: date,
    findings: list[Finding],
) -> None:
    """outlives_presence on [start, end]: the part of an assignment before its presence starts
    (`after` False) or after it ends on `when`."""
    findings.append(
        deferred_finding_with_ids(
            "outlives_presence",
            _MEDIUM,
            function.name,
            day(start),
            day(end),
            sentences.outlives_presence,
            (actor_name, function.name, start, end, presence_name, after, when),
            {"actor": actor_name, "presence": presence_name},
            function.id,
            (assignment_id,),
            (presence_id,),
            (),
        )
    )
