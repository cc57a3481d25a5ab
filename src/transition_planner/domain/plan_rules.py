"""The plan-wide rules: `presence_gap` and `compressed_drawdown` (SPEC §3), and the application's
insight rules `lead_change` and `drawdown_before_election` (user guide).

``presence_gap`` (critical)
    Each maximal run of days of the horizon on which no presence (of any kind, a partner mission
    included) exists. No bridging: a day without any presence is never a seam.
``compressed_drawdown`` (high)
    A PKO or SPM with a drawdown start and an end within the horizon, where
    end − drawdown start + 1 < 365 days (on the unclipped dates): one finding from the drawdown
    start (or the horizon's start, if later) to the end. Extra ``presence``.
``lead_change`` (info)
    Consider the presences that are not ``Partner mission``, each alive on ``[start, end or H1]``
    clipped to the horizon. The *leader of a day* is, among the presences alive that day, the one
    of the highest kind — PKO, then SPM, then Regional office, then Non-mission (a UN country
    team coexists with a mission, which leads) — and among those the one that started most
    recently (ties: the one listed last). The *lead of the day* is the leader's lead department.
    A finding is made on each day d whose lead differs from the lead of the last earlier day that
    had one (days without such a presence are skipped: the gap is ``presence_gap``'s).
    Departments are compared as departments and named as on day d (DPKO and DPA before 1 January
    2019): the 2019 rename is not a change. Extras ``from_lead``, ``to_lead`` (names on d),
    ``from_presence``, ``to_presence`` and ``overlap_days`` (the days both leaders coexist within
    the horizon).
``drawdown_before_election`` (medium)
    A PKO or SPM with an end within the horizon and an ``Election`` milestone within the horizon
    with ``end ≤ election`` and ``election − end ≤ 180`` days: one finding per (presence,
    election), from the end to the election. Extras ``presence``, ``milestone``, ``days_before``.
"""

from __future__ import annotations

from datetime import date

from . import sentences
from .enums import MilestoneKind, PresenceKind, Severity
from .findings import Finding
from .model import Plan, Presence

__all__ = [
    "COMPRESSED_DRAWDOWN_DAYS",
    "ELECTION_WINDOW_DAYS",
    "LEAD_PRECEDENCE",
    "plan_findings",
]

#: drawdown_before_election: a presence end at most this many days before an election.
ELECTION_WINDOW_DAYS = 180
#: compressed_drawdown: a drawdown shorter than this many days.
COMPRESSED_DRAWDOWN_DAYS = 365

#: lead_change: which presence's lead department is the headquarters lead when several coexist.
#: Partner missions are not UN presences and never lead.
LEAD_PRECEDENCE: dict[PresenceKind, int] = {
    PresenceKind.PKO: 3,
    PresenceKind.SPM: 2,
    PresenceKind.REGIONAL_OFFICE: 1,
    PresenceKind.NON_MISSION: 0,
}
_DRAWING_DOWN = (PresenceKind.PKO, PresenceKind.SPM)


def plan_findings(plan: Plan, h0: int, h1: int) -> list[Finding]:
    """Every plan-wide finding of `plan` over the horizon [h0, h1] (ordinals)."""
    return [
        *_presence_gaps(plan, h0, h1),
        *_compressed_drawdowns(plan, h0, h1),
        *_lead_changes(plan, h0, h1),
        *_drawdowns_before_elections(plan, h0, h1),
    ]


def _day(ordinal: int) -> date:
    return date.fromordinal(ordinal)


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
        out.append(
            Finding.deferred(
                "presence_gap",
                Severity.CRITICAL,
                None,
                _day(start),
                _day(end),
                sentences.presence_gap,
                (start, end, [p.name for p in before], [p.name for p in after]),
                {},
                None,
                (),
                tuple(dict.fromkeys(p.id for p in [*before, *after])),
            )
        )
    return out


def _compressed_drawdowns(plan: Plan, h0: int, h1: int) -> list[Finding]:
    out = []
    for p in plan.presences:
        if p.kind not in _DRAWING_DOWN or p.drawdown_start is None or p.end is None:
            continue
        end = p.end.toordinal()
        if not h0 <= end <= h1:
            continue
        drawdown = p.drawdown_start.toordinal()
        days = end - drawdown + 1
        start = max(drawdown, h0)
        if days >= COMPRESSED_DRAWDOWN_DAYS or start > end:
            continue
        out.append(
            Finding.deferred(
                "compressed_drawdown",
                Severity.HIGH,
                None,
                _day(start),
                p.end,
                sentences.compressed_drawdown,
                (p.name, p.drawdown_start, p.end, days),
                {"presence": p.name},
                None,
                (),
                (p.id,),
            )
        )
    return out


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
            when = _day(point)
            old_lead = old.lead.name_on(when)
            new_lead = new.lead.name_on(when)
            overlap = max(0, min(last[1], leader[1]) - max(last[0], leader[0]) + 1)
            out.append(
                Finding.deferred(
                    "lead_change",
                    Severity.INFO,
                    None,
                    when,
                    when,
                    sentences.lead_change,
                    (old_lead, old.name, new_lead, new.name, overlap),
                    {
                        "from_lead": old_lead,
                        "to_lead": new_lead,
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
        if p.kind not in _DRAWING_DOWN or p.end is None:
            continue
        end = p.end.toordinal()
        if not h0 <= end <= h1:
            continue
        for m in elections:
            days_before = m.date.toordinal() - end
            if 0 <= days_before <= ELECTION_WINDOW_DAYS:
                out.append(
                    Finding.deferred(
                        "drawdown_before_election",
                        Severity.MEDIUM,
                        None,
                        p.end,
                        m.date,
                        sentences.drawdown_before_election,
                        (p.name, p.kind, p.end, days_before, m.name, m.date),
                        {"presence": p.name, "milestone": m.name, "days_before": days_before},
                        None,
                        (),
                        (p.id,),
                    )
                )
    return out
