"""A day-by-day REFERENCE of the continuity analysis (SPEC §3), obviously correct and slow.

It follows the specification's words literally — every day of the horizon, every assignment —
with no sweep, no event points and no cleverness, so that the real `analyse` can be compared with
it on small random plans. It returns comparable tuples rather than `Finding`s:

    (rule, severity, function name or None, start, end, extras as a sorted tuple, ids)

where ids are the assignment ids the rule determines (cold_handover: handing-over and receiver;
outlives_presence: the assignment; coverage_gap: those ending the day before and starting the day
after, sorted; funding_gap: those active during the gap, sorted) and () otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from fractions import Fraction

from transition_planner.domain.enums import FundingStatus, PresenceKind, Severity
from transition_planner.domain.model import Assignment, Plan, Presence

Row = tuple[str, Severity, str | None, date, date, tuple[tuple[str, object], ...], tuple[str, ...]]

LEAD_PRECEDENCE = {
    PresenceKind.PKO: 3,
    PresenceKind.SPM: 2,
    PresenceKind.REGIONAL_OFFICE: 1,
    PresenceKind.NON_MISSION: 0,
}


def _runs(days: list[int], flags: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive days whose flag is true."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for day, flag in zip(days, flags, strict=True):
        if flag and start is None:
            start = day
        if not flag and start is not None:
            runs.append((start, day - 1))
            start = None
    if start is not None:
        runs.append((start, days[-1]))
    return runs


def _known(capacity: float | None) -> bool:
    return capacity is not None and math.isfinite(capacity)


def _row(
    rule: str,
    severity: Severity,
    function: str | None,
    start: int,
    end: int,
    extras: Mapping[str, object] | None = None,
    ids: tuple[str, ...] = (),
) -> Row:
    return (
        rule,
        severity,
        function,
        date.fromordinal(start),
        date.fromordinal(end),
        tuple(sorted((extras or {}).items())),
        ids,
    )


def reference_analyse(plan: Plan) -> tuple[list[Row], float | None]:
    """The six rules of SPEC §3 and the continuity score, day by day."""
    h0 = plan.horizon_start.toordinal()
    h1 = plan.horizon_end.toordinal()
    if h1 < h0:
        return [], None
    horizon = list(range(h0, h1 + 1))
    rows: list[Row] = []

    def alive(p: Presence, day: int) -> bool:
        end = h1 if p.end is None else p.end.toordinal()
        return p.start.toordinal() <= day <= end

    # presence_gap
    no_presence = [not any(alive(p, d) for p in plan.presences) for d in horizon]
    for start, end in _runs(horizon, no_presence):
        rows.append(_row("presence_gap", Severity.CRITICAL, None, start, end))

    presences: dict[str, Presence] = {}
    for p in plan.presences:
        presences.setdefault(p.id, p)
    actor_names: dict[str, str] = {}
    actor_presence: dict[str, Presence | None] = {}
    for person in plan.actors:
        if person.id not in actor_names:
            actor_names[person.id] = person.name
            actor_presence[person.id] = (
                presences.get(person.presence_id) if person.presence_id else None
            )

    def name_of(s: Assignment) -> str:
        return actor_names.get(s.actor_id, "?")

    def effective(s: Assignment) -> tuple[int, int]:
        lo = s.start.toordinal()
        hi = h1 if s.end is None else s.end.toordinal()
        presence = actor_presence.get(s.actor_id)
        if presence is not None:
            lo = max(lo, presence.start.toordinal())
            hi = min(hi, h1 if presence.end is None else presence.end.toordinal())
        return max(lo, h0), min(hi, h1)

    weighted_covered = 0
    weighted_required = 0
    seen: set[str] = set()
    threshold = plan.cliff_threshold
    for f in plan.functions:
        if f.id in seen:
            continue
        seen.add(f.id)
        w0 = max(h0, f.required_from.toordinal()) if f.required_from else h0
        w1 = min(h1, f.required_until.toordinal()) if f.required_until else h1
        if w1 < w0:
            continue
        window = list(range(w0, w1 + 1))
        severity = Severity(f.priority.value.lower())
        mine = [(pos, s) for pos, s in enumerate(plan.assignments) if s.function_id == f.id]
        eff = {pos: effective(s) for pos, s in mine}

        def active(day: int, mine=mine, eff=eff) -> list[tuple[int, Assignment]]:  # type: ignore[no-untyped-def]
            return [(pos, s) for pos, s in mine if eff[pos][0] <= day <= eff[pos][1]]

        # coverage_gap and the score
        covered_flags = [bool(active(d)) for d in window]
        for start, end in _runs(window, [not c for c in covered_flags]):
            # the assignments that end just before the gap and start just after it
            ids = sorted(
                s.id
                for pos, s in mine
                if eff[pos][0] <= eff[pos][1]
                and (eff[pos][1] == start - 1 or eff[pos][0] == end + 1)
            )
            rows.append(_row("coverage_gap", severity, f.name, start, end, None, tuple(ids)))
        weighted_covered += f.priority.weight * sum(covered_flags)
        weighted_required += f.priority.weight * len(window)

        # funding_gap
        unfunded = []
        for d in window:
            act = active(d)
            unfunded.append(
                bool(act) and all(s.funding_status is FundingStatus.UNFUNDED for _p, s in act)
            )
        for start, end in _runs(window, unfunded):
            # the assignments active during the gap
            ids = sorted(
                s.id
                for pos, s in mine
                if eff[pos][0] <= eff[pos][1] and eff[pos][0] <= end and eff[pos][1] >= start
            )
            rows.append(_row("funding_gap", severity, f.name, start, end, None, tuple(ids)))

        # capacity_cliff
        for d in window[1:]:
            set_before, set_after = active(d - 1), active(d)
            if not set_before or not set_after:
                continue
            if not all(_known(s.capacity) for _p, s in set_before + set_after):
                continue
            cap_before = sum((Fraction(s.capacity or 0) for _p, s in set_before), Fraction(0))
            cap_after = sum((Fraction(s.capacity or 0) for _p, s in set_after), Fraction(0))
            if math.isnan(threshold):
                below = False
            elif math.isinf(threshold):
                below = threshold > 0
            else:
                below = cap_after < Fraction(threshold) * cap_before
            if cap_before > 0 and below:
                rows.append(
                    _row(
                        "capacity_cliff",
                        severity,
                        f.name,
                        d,
                        d,
                        {"from_capacity": _plain(cap_before), "to_capacity": _plain(cap_after)},
                    )
                )

        # cold_handover
        reported: dict[tuple[int, str], tuple[int, int, Row]] = {}
        for pos, a in mine:
            a_start, e = eff[pos]
            if a_start > e or not (w0 <= e + 1 <= w1):
                continue
            holders = active(e + 1)
            if not holders or any(x.actor_id == a.actor_id for _p, x in holders):
                continue

            overlaps = {x_pos: max(0, e - max(a_start, eff[x_pos][0]) + 1) for x_pos, _x in holders}
            receiver = sorted(
                holders,
                key=lambda item: (-overlaps[item[0]], eff[item[0]][0], name_of(item[1]), item[0]),
            )[0]
            days = overlaps[receiver[0]]
            if days < plan.min_overlap_days:
                row = _row(
                    "cold_handover",
                    severity.lowered(),
                    f.name,
                    e + 1,
                    e + 1,
                    {
                        "from_actor": name_of(a),
                        "to_actor": name_of(receiver[1]),
                        "overlap_days": days,
                    },
                    (a.id, receiver[1].id),
                )
                key = (e + 1, a.actor_id)
                if key not in reported or (days, pos) < reported[key][:2]:
                    reported[key] = (days, pos, row)
        rows += [row for _d, _p, row in reported.values()]

        # outlives_presence
        for _pos, s in mine:
            presence = actor_presence.get(s.actor_id)
            if presence is None:
                continue
            own = [
                d
                for d in horizon
                if s.start.toordinal() <= d <= (h1 if s.end is None else s.end.toordinal())
            ]
            p_start = presence.start.toordinal()
            p_end = None if presence.end is None else presence.end.toordinal()
            names = {"actor": name_of(s), "presence": presence.name}
            part_before = [d for d in own if d < p_start]
            part_after = [d for d in own if p_end is not None and d > p_end]
            for part in (part_before, part_after):
                if part:
                    rows.append(
                        _row(
                            "outlives_presence",
                            Severity.MEDIUM,
                            f.name,
                            part[0],
                            part[-1],
                            names,
                            (s.id,),
                        )
                    )

    score = None
    if weighted_required:
        exact = Fraction(100 * weighted_covered, weighted_required)
        score = math.floor(exact * 10 + Fraction(1, 2)) / 10
    return rows, score


def reference_lead_changes(plan: Plan) -> list[tuple[date, str, str, str, str, int]]:
    """lead_change day by day: (day, from_lead, to_lead, from_presence, to_presence, overlap)."""
    h0 = plan.horizon_start.toordinal()
    h1 = plan.horizon_end.toordinal()
    out = []
    last: tuple[int, Presence] | None = None
    candidates = [(i, p) for i, p in enumerate(plan.presences) if p.kind in LEAD_PRECEDENCE]

    def life(p: Presence) -> set[int]:
        end = h1 if p.end is None else p.end.toordinal()
        return set(range(max(h0, p.start.toordinal()), min(h1, end) + 1))

    for day in range(h0, h1 + 1):
        alive = [(i, p) for i, p in candidates if day in life(p)]
        if not alive:
            continue
        leader = max(alive, key=lambda t: (LEAD_PRECEDENCE[t[1].kind], t[1].start, t[0]))
        if last is not None and leader[1].lead != last[1].lead:
            overlap = len(life(last[1]) & life(leader[1]))
            out.append(
                (
                    date.fromordinal(day),
                    last[1].lead.value,
                    leader[1].lead.value,
                    last[1].name,
                    leader[1].name,
                    overlap,
                )
            )
        last = leader
    return out


def _plain(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)
