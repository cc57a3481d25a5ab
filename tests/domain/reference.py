"""A day-by-day REFERENCE of the continuity analysis (SPEC §3 as revised 2026-12-01), obviously
correct and slow.

It follows the specification's words literally — every day of the horizon, every assignment —
with no sweep, no event points and no cleverness, so that the real `analyse` can be compared with
it on small random plans. It returns comparable tuples rather than `Finding`s:

    (rule, severity, function name or None, start, end, extras as a sorted tuple, ids)

where ids are the assignment ids the rule determines (cold_handover: handing-over and receiver;
outlives_presence: the assignment; coverage_gap and short_break: those ending the day before and
starting the day after, sorted; funding_gap: those active during the gap, sorted; register rules:
the handover) and () otherwise.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from fractions import Fraction

from transition_planner.domain.enums import (
    ActorType,
    FundingLineStatus,
    FundingStatus,
    HandoverStatus,
    PresenceKind,
    Priority,
    Readiness,
    Severity,
)
from transition_planner.domain.model import Assignment, Plan, Presence

Row = tuple[str, Severity, str | None, date, date, tuple[tuple[str, object], ...], tuple[str, ...]]

LEAD_PRECEDENCE = {
    PresenceKind.PKO: 3,
    PresenceKind.SPM: 2,
    PresenceKind.REGIONAL_OFFICE: 1,
    PresenceKind.NON_MISSION: 0,
}
SEVERITY = {
    Priority.CRITICAL: Severity.CRITICAL,
    Priority.HIGH: Severity.HIGH,
    Priority.MEDIUM: Severity.MEDIUM,
    Priority.LOW: Severity.LOW,
}
ONE_BELOW = {
    Severity.CRITICAL: Severity.HIGH,
    Severity.HIGH: Severity.MEDIUM,
    Severity.MEDIUM: Severity.LOW,
    Severity.LOW: Severity.LOW,
}
READINESS_ORDER = [None, Readiness.NOT_READY, Readiness.PARTLY_READY, Readiness.READY]


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


def reference_analyse(plan: Plan, as_of: date | None = None) -> tuple[list[Row], float | None]:
    """The rules of SPEC §3 (continuity, then the registers when `as_of` is given) and the
    continuity score, day by day."""
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

    # compressed_drawdown
    for p in plan.presences:
        if p.kind not in (PresenceKind.PKO, PresenceKind.SPM):
            continue
        if p.drawdown_start is None or p.end is None or not h0 <= p.end.toordinal() <= h1:
            continue
        if p.end.toordinal() - p.drawdown_start.toordinal() + 1 < 365:
            start = max(p.drawdown_start.toordinal(), h0)
            if start <= p.end.toordinal():
                rows.append(
                    _row(
                        "compressed_drawdown",
                        Severity.HIGH,
                        None,
                        start,
                        p.end.toordinal(),
                        {"presence": p.name},
                    )
                )

    presences: dict[str, Presence] = {}
    for p in plan.presences:
        presences.setdefault(p.id, p)
    actor_names: dict[str, str] = {}
    actor_presence: dict[str, Presence | None] = {}
    actor_un: dict[str, bool] = {}
    continues: dict[str, str | None] = {}
    for person in plan.actors:
        if person.id not in actor_names:
            actor_names[person.id] = person.name
            presence = presences.get(person.presence_id) if person.presence_id else None
            actor_presence[person.id] = presence
            actor_un[person.id] = person.type is ActorType.UN_ENTITY or (
                person.type is ActorType.MISSION
                and (presence is None or presence.kind is not PresenceKind.PARTNER_MISSION)
            )
            continues[person.id] = person.continues_id

    def continues_through_chain(x: str, a: str) -> bool:
        """x continues a, directly or through a chain of `continues`."""
        seen = set()
        node = continues.get(x)
        while node is not None and node not in seen:
            if node == a:
                return True
            seen.add(node)
            node = continues.get(node)
        return False

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

    weighted_counted = 0
    weighted_required = 0
    seen: set[str] = set()
    threshold = plan.cliff_threshold
    functions_by_id = {}
    for f in plan.functions:
        functions_by_id.setdefault(f.id, f)
    for f in plan.functions:
        if f.id in seen:
            continue
        seen.add(f.id)
        mine = [(pos, s) for pos, s in enumerate(plan.assignments) if s.function_id == f.id]

        # outlives_presence: whatever the function's window
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

        w0 = max(h0, f.required_from.toordinal()) if f.required_from else h0
        w1 = min(h1, f.required_until.toordinal()) if f.required_until else h1
        if w1 < w0:
            continue
        window = list(range(w0, w1 + 1))
        severity = SEVERITY[f.priority]
        eff = {pos: effective(s) for pos, s in mine}

        def active(day: int, mine=mine, eff=eff) -> list[tuple[int, Assignment]]:  # type: ignore[no-untyped-def]
            return [(pos, s) for pos, s in mine if eff[pos][0] <= day <= eff[pos][1]]

        covered = {d: bool(active(d)) for d in window}

        def is_covered(day: int, w0=w0, w1=w1, covered=covered) -> bool:  # type: ignore[no-untyped-def]
            return w0 <= day <= w1 and covered[day]

        # bridged breaks: maximal uncovered runs of W with a covered day of W right before and
        # right after, at most bridge days long
        bridged_runs = []
        for start, end in _runs(window, [not covered[d] for d in window]):
            bridged = (
                is_covered(start - 1)
                and is_covered(end + 1)
                and end - start + 1 <= plan.bridge_days
            )
            ids = tuple(
                sorted(
                    s.id
                    for pos, s in mine
                    if eff[pos][0] <= eff[pos][1]
                    and (eff[pos][1] == start - 1 or eff[pos][0] == end + 1)
                )
            )
            if bridged:
                bridged_runs.append((start, end))
                rows.append(_row("short_break", Severity.INFO, f.name, start, end, None, ids))
            else:
                rows.append(_row("coverage_gap", severity, f.name, start, end, None, ids))
        bridged_days = {d for start, end in bridged_runs for d in range(start, end + 1)}
        counted = sum(1 for d in window if covered[d] or d in bridged_days)
        weighted_counted += f.priority.weight * counted
        weighted_required += f.priority.weight * len(window)

        def prev(day: int, w0=w0, covered=covered, bridged_runs=bridged_runs) -> int | None:  # type: ignore[no-untyped-def]
            if day <= w0:
                return None
            if covered[day - 1]:
                return day - 1
            for start, end in bridged_runs:
                if end == day - 1:
                    return start - 1
            return None

        # funding_gap
        unfunded = []
        for d in window:
            act = active(d)
            unfunded.append(
                bool(act) and all(s.funding_status is FundingStatus.UNFUNDED for _p, s in act)
            )
        for start, end in _runs(window, unfunded):
            ids = tuple(
                sorted(
                    s.id
                    for pos, s in mine
                    if eff[pos][0] <= eff[pos][1] and eff[pos][0] <= end and eff[pos][1] >= start
                )
            )
            rows.append(_row("funding_gap", severity, f.name, start, end, None, ids))

        # capacity_cliff and un_exit
        for d in window:
            if not covered[d]:
                continue
            p = prev(d)
            if p is None:
                continue
            set_before, set_after = active(p), active(d)
            if all(_known(s.capacity) for _p, s in set_before + set_after):
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
                            {
                                "from_capacity": _plain(cap_before),
                                "to_capacity": _plain(cap_after),
                            },
                        )
                    )
            if any(actor_un.get(s.actor_id, False) for _p, s in set_before) and not any(
                actor_un.get(s.actor_id, False) for _p, s in set_after
            ):
                weakest = min((s.readiness for _p, s in set_after), key=READINESS_ORDER.index)
                if weakest in (None, Readiness.NOT_READY):
                    level = severity
                elif weakest is Readiness.PARTLY_READY:
                    level = ONE_BELOW[severity]
                else:
                    level = Severity.INFO
                rows.append(
                    _row(
                        "un_exit",
                        level,
                        f.name,
                        d,
                        d,
                        {
                            "to_actors": sorted({name_of(s) for _p, s in set_after}),
                            "readiness": None if weakest is None else weakest.value,
                        },
                    )
                )

        # cold_handover
        groups: dict[tuple[int, str], list[tuple[int, int, Assignment, Assignment]]] = {}
        for pos, a in mine:
            a_start, e = eff[pos]
            if a_start > e or not (w0 <= e + 1 <= w1):
                continue
            if covered[e + 1]:
                r = e + 1
            else:
                starting = [(s, t) for s, t in bridged_runs if s == e + 1]
                if not starting:
                    continue
                r = starting[0][1] + 1
            holders = active(r)
            if any(
                x.actor_id == a.actor_id or continues_through_chain(x.actor_id, a.actor_id)
                for _p, x in holders
            ):
                continue
            overlaps = {x_pos: max(0, e - max(a_start, eff[x_pos][0]) + 1) for x_pos, _x in holders}
            receiver_pos, receiver = sorted(
                holders,
                key=lambda item: (-overlaps[item[0]], eff[item[0]][0], name_of(item[1]), item[0]),
            )[0]
            groups.setdefault((r, a.actor_id), []).append(
                (overlaps[receiver_pos], pos, a, receiver)
            )
        for (r, _actor), members in groups.items():
            best = max(members, key=lambda m: (m[0], -m[1]))
            days, _pos, a, receiver = best
            if days < plan.min_overlap_days:
                rows.append(
                    _row(
                        "cold_handover",
                        ONE_BELOW[severity],
                        f.name,
                        r,
                        r,
                        {
                            "from_actor": name_of(a),
                            "to_actor": name_of(receiver),
                            "overlap_days": days,
                        },
                        (a.id, receiver.id),
                    )
                )

    if as_of is not None:
        rows += _register_rows(plan, as_of, h0, h1, functions_by_id, actor_presence)

    score = None
    if weighted_required:
        score = math.floor(Fraction(1000 * weighted_counted, weighted_required)) / 10
    return rows, score


def _register_rows(plan, as_of, h0, h1, functions, actor_presence) -> list[Row]:  # type: ignore[no-untyped-def]
    rows: list[Row] = []
    a0 = as_of.toordinal()

    def clipped(rule, severity, h, start, end, extras):  # type: ignore[no-untyped-def]
        start, end = max(start, h0), min(end, h1)
        if start <= end:
            function = functions.get(h.function_id) if h.function_id else None
            rows.append(
                _row(
                    rule, severity, function.name if function else None, start, end, extras, (h.id,)
                )
            )

    for h in plan.handovers:
        due = h.due.toordinal()
        function = functions.get(h.function_id) if h.function_id else None
        presence = actor_presence.get(h.from_actor_id)
        if (
            h.status is not HandoverStatus.DONE
            and presence is not None
            and presence.end
            and due > presence.end.toordinal()
        ):
            clipped(
                "handover_after_exit",
                Severity.HIGH,
                h,
                presence.end.toordinal() + 1,
                due,
                {"item": h.item, "presence": presence.name},
            )
        if (
            h.status not in (HandoverStatus.DONE, HandoverStatus.LOST)
            and h.to_actor_id is None
            and h0 <= due <= h1
        ):
            start = max(a0, h0)
            severity = (
                Severity.HIGH
                if function is not None and function.priority in (Priority.CRITICAL, Priority.HIGH)
                else Severity.MEDIUM
            )
            if due < start:
                clipped("handover_unassigned", severity, h, due, due, {"item": h.item})
            else:
                clipped("handover_unassigned", severity, h, start, due, {"item": h.item})
        if (
            h.status in (HandoverStatus.PLANNED, HandoverStatus.IN_PROGRESS, HandoverStatus.BLOCKED)
            and due < a0
        ):
            clipped(
                "handover_overdue",
                Severity.HIGH,
                h,
                due,
                a0 - 1,
                {"item": h.item, "owner": h.owner},
            )
        if h.status is HandoverStatus.LOST:
            clipped("handover_lost", Severity.MEDIUM, h, due, due, {"item": h.item})

    # financial_cliff, year by year
    first_year = date.fromordinal(h0).year
    last_year = date.fromordinal(h1).year
    for year in range(first_year, last_year):

        def total(y: int) -> Fraction:
            return sum(
                (
                    Fraction(line.amount)
                    for line in plan.funding_lines
                    if line.year == y
                    and line.status in (FundingLineStatus.SECURED, FundingLineStatus.PLEDGED)
                ),
                Fraction(0),
            )

        before, after = total(year), total(year + 1)
        if before > 0 and after < Fraction(plan.cliff_threshold) * before:
            start = max(date(year + 1, 1, 1).toordinal(), h0)
            end = min(date(year + 1, 12, 31).toordinal(), h1)
            rows.append(
                _row(
                    "financial_cliff",
                    Severity.HIGH,
                    None,
                    start,
                    end,
                    {"from_usd": _plain(before), "to_usd": _plain(after), "year": year + 1},
                )
            )
    return rows


def reference_lead_changes(plan: Plan) -> list[tuple[date, str, str, str, str, int]]:
    """lead_change day by day: (day, from_lead, to_lead, from_presence, to_presence, overlap),
    departments named as on the day (DPKO/DPA before 2019)."""
    h0 = plan.horizon_start.toordinal()
    h1 = plan.horizon_end.toordinal()
    out = []
    last: tuple[int, Presence] | None = None
    candidates = [(i, p) for i, p in enumerate(plan.presences) if p.kind in LEAD_PRECEDENCE]

    def life(p: Presence) -> set[int]:
        end = h1 if p.end is None else p.end.toordinal()
        return set(range(max(h0, p.start.toordinal()), min(h1, end) + 1))

    def named(lead: str, day: date) -> str:
        if day < date(2019, 1, 1):
            return {"DPO": "DPKO", "DPPA": "DPA"}.get(lead, lead)
        return lead

    for day in range(h0, h1 + 1):
        alive = [(i, p) for i, p in candidates if day in life(p)]
        if not alive:
            continue
        leader = max(alive, key=lambda t: (LEAD_PRECEDENCE[t[1].kind], t[1].start, t[0]))
        if last is not None and leader[1].lead != last[1].lead:
            when = date.fromordinal(day)
            overlap = len(life(last[1]) & life(leader[1]))
            out.append(
                (
                    when,
                    named(last[1].lead.value, when),
                    named(leader[1].lead.value, when),
                    last[1].name,
                    leader[1].name,
                    overlap,
                )
            )
        last = leader
    return out


def _plain(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)
