"""The grid of the Timeline sheet, computed from the plan's intervals.

Pure computation (no openpyxl): for each presence, whether it exists in a period; for each
function, which actor carries it most days of the period and how many required days nobody
covers. A period is a calendar month, or a calendar quarter or year for horizons too long to
print month by month on one page wide. Intervals follow SPEC §3: open ends mean the horizon end,
an actor's assignment is cut to its presence's life, everything is clipped to the horizon.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.model import Plan

#: The grid shows at most this many months (50 years); a longer horizon is cut, with a warning.
MAX_MONTHS = 600

Interval = tuple[date, date]


@dataclass(frozen=True)
class Month:
    """One period of the grid (a month, quarter or year), clipped to the horizon."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


Period = Month


@dataclass(frozen=True)
class FunctionMonth:
    #: The actor carrying the function most days of the month (None: nobody).
    actor_id: str | None
    #: Days of the month inside the function's required window.
    required_days: int
    #: Of those, days on which nobody carries the function.
    uncovered_days: int

    @property
    def is_gap(self) -> bool:
        """Nobody carries the function on most of its required days this month."""
        return self.required_days > 0 and 2 * self.uncovered_days >= self.required_days

    @property
    def has_gap_days(self) -> bool:
        return self.uncovered_days > 0


@dataclass(frozen=True)
class TimelineGrid:
    #: The periods (columns) of the grid: months, or quarters or years (`months_per_period`).
    months: tuple[Month, ...]
    #: presence id → for each month, whether the presence exists on any day of it.
    presences: dict[str, tuple[bool, ...]]
    #: For each month, days on which no presence exists.
    presence_gap_days: tuple[int, ...]
    #: function id → one entry per month.
    functions: dict[str, tuple[FunctionMonth, ...]]
    #: Actor ids in plan order that carry some function in some month of the grid.
    carriers: tuple[str, ...]
    #: True when the horizon is longer than MAX_MONTHS and the grid was cut.
    truncated: bool
    #: 1: a column per month; 3: per calendar quarter; 12: per calendar year.
    months_per_period: int = 1


def months_of(
    start: date, end: date, limit: int = MAX_MONTHS, months_per_period: int = 1
) -> tuple[list[Month], bool]:
    """The calendar months (quarters, years) from `start` to `end`, the first and last clipped
    to them; True when more than `limit` months were cut off."""
    months: list[Month] = []
    if end < start:
        return months, False
    step = months_per_period
    y, m = start.year, start.month - (start.month - 1) % step
    covered = 0
    while True:
        first = date(y, m, 1)
        if first > end:
            return months, False
        if covered >= limit:
            return months, True
        m += step
        if m > 12:
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        nxt = date(y, m, 1)
        months.append(Month(max(first, start), min(nxt - timedelta(days=1), end)))
        covered += step


def _clip(a: Interval, b: Interval) -> Interval | None:
    s, e = max(a[0], b[0]), min(a[1], b[1])
    return (s, e) if s <= e else None


def _union(intervals: Iterable[Interval]) -> list[Interval]:
    out: list[Interval] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1] + timedelta(days=1):
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


class _MonthIndex:
    def __init__(self, months: list[Month], months_per_period: int = 1) -> None:
        self.months = months
        self.step = months_per_period
        self.y0 = months[0].start.year if months else 0
        self.m0 = months[0].start.month - (months[0].start.month - 1) % self.step if months else 0

    def index(self, d: date) -> int:
        return ((d.year - self.y0) * 12 + d.month - self.m0) // self.step

    def spread(self, interval: Interval) -> Iterable[tuple[int, int]]:
        """(month index, days of `interval` in that month) for the months it touches."""
        s, e = interval
        first = max(0, self.index(s))
        last = min(len(self.months) - 1, self.index(e))
        for i in range(first, last + 1):
            month = self.months[i]
            lo, hi = max(s, month.start), min(e, month.end)
            if lo <= hi:
                yield i, (hi - lo).days + 1


def timeline_grid(plan: Plan, limit: int = MAX_MONTHS, months_per_period: int = 1) -> TimelineGrid:
    """The grid of `plan`: a column per month (or per quarter, `months_per_period=3`, or per
    year, 12) of its horizon, at most `limit` months of it."""
    h0, h1 = plan.horizon_start, plan.horizon_end
    months, truncated = months_of(h0, h1, limit, months_per_period)
    horizon: Interval = (h0, months[-1].end if months else h1)
    idx = _MonthIndex(months, months_per_period)
    n = len(months)

    life: dict[str, Interval | None] = {}
    presences: dict[str, tuple[bool, ...]] = {}
    for p in plan.presences:
        span = _clip((p.start, p.end or h1), horizon)
        life[p.id] = span
        exists = [False] * n
        if span is not None:
            for i, _days in idx.spread(span):
                exists[i] = True
        presences[p.id] = tuple(exists)
    covered = [0] * n
    for span in _union(s for s in life.values() if s is not None):
        for i, days in idx.spread(span):
            covered[i] += days
    presence_gap_days = tuple(m.days - c for m, c in zip(months, covered, strict=True))

    actor_presence = {a.id: a.presence_id for a in plan.actors}
    by_function: dict[str, list[tuple[str, Interval]]] = {f.id: [] for f in plan.functions}
    for s in plan.assignments:
        if s.function_id not in by_function:
            continue
        span = _clip((s.start, s.end or h1), horizon)
        presence_id = actor_presence.get(s.actor_id)
        if span is not None and presence_id is not None and presence_id in life:
            presence_span = life[presence_id]
            span = _clip(span, presence_span) if presence_span is not None else None
        if span is not None:
            by_function[s.function_id].append((s.actor_id, span))

    actor_order = {a.id: i for i, a in enumerate(plan.actors)}
    carriers: set[str] = set()
    functions: dict[str, tuple[FunctionMonth, ...]] = {}
    for f in plan.functions:
        window = _clip((f.required_from or h0, f.required_until or h1), horizon)
        days_by_actor: list[dict[str, int]] = [{} for _ in range(n)]
        for actor_id, span in by_function[f.id]:
            for i, days in idx.spread(span):
                counts = days_by_actor[i]
                counts[actor_id] = counts.get(actor_id, 0) + days
        required = [0] * n
        covered_w = [0] * n
        if window is not None:
            for i, days in idx.spread(window):
                required[i] = days
            for span in _union(span for _a, span in by_function[f.id]):
                inside = _clip(span, window)
                if inside is not None:
                    for i, days in idx.spread(inside):
                        covered_w[i] += days
        row: list[FunctionMonth] = []
        for i in range(n):
            counts = days_by_actor[i]
            carrier = (
                min(counts, key=lambda a: (-counts[a], actor_order.get(a, len(actor_order))))
                if counts
                else None
            )
            if carrier is not None:
                carriers.add(carrier)
            row.append(FunctionMonth(carrier, required[i], required[i] - covered_w[i]))
        functions[f.id] = tuple(row)

    return TimelineGrid(
        months=tuple(months),
        presences=presences,
        presence_gap_days=presence_gap_days,
        functions=functions,
        carriers=tuple(a.id for a in plan.actors if a.id in carriers),
        truncated=truncated,
        months_per_period=months_per_period,
    )
