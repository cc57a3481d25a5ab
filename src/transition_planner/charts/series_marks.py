"""What the timeline draws of the v2 model, as plain data: the functions grouped by area, the
handovers of the register on the rows of their functions, the bridged breaks (SPEC §3's seams of
at most the plan's bridge days) drawn as joins, and the presences' drawdowns.

The builders take what `series.timeline_series` has laid out (the function rows' tops, the bars)
and return frozen dataclasses; nothing here draws.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain.enums import HandoverKind, HandoverStatus
from ..domain.findings import Finding
from ..domain.model import Plan

if TYPE_CHECKING:
    from .series import AssignmentBar, Row

#: The height of an area's heading row (row units).
AREA_HEIGHT = 0.85
#: The handover statuses in the legend's order.
HANDOVER_STATUSES: tuple[HandoverStatus, ...] = tuple(HandoverStatus)
#: The key of the functions that have no area (country-wide) in `area` filters.
COUNTRY_WIDE = ""


@dataclass(frozen=True)
class HandoverMark:
    """A handover of the register on its due day, on the row of its function (at the top
    edge of the row's first lane: finding markers sit on the bars' middle); a handover of no
    function on the top edge of its sender's presence, when that is drawn. Marks of one row
    and day sit side by side: `slot` of `slots`."""

    id: str
    item: str
    kind: HandoverKind
    status: HandoverStatus
    due: date
    from_actor: str
    #: None: no receiver yet.
    to_actor: str | None
    owner: str
    #: None: a handover of no function (drawn on its sender's presence).
    function_id: str | None
    function_name: str
    area: str
    y: float
    slot: int = 0
    slots: int = 1


@dataclass(frozen=True)
class Bridge:
    """A bridged break (the `short_break` finding): the days between two assignments of a
    function that are a data-entry seam, not a gap. Drawn as a join across the break, on the
    lane of the bar that ends before it."""

    function_id: str
    function_name: str | None
    start: date
    end: date
    days: int
    y0: float
    height: float
    detail: str
    finding: Finding


def plan_areas(plan: Plan) -> tuple[str, ...]:
    """The areas of the plan's functions (stripped, each once, in the order of the plan);
    the country-wide functions (no area) are not an area."""
    return tuple(dict.fromkeys(a for f in plan.functions if (a := f.area.strip())))


def area_groups(plan: Plan, area: str | None) -> list[tuple[str, list[int]]]:
    """The functions' indexes by area: the country-wide functions first, then each area in
    the order of the plan. `area` keeps only that area's functions (COUNTRY_WIDE: the
    functions without one); None keeps all."""
    groups: dict[str, list[int]] = {COUNTRY_WIDE: []}
    for a in plan_areas(plan):
        groups[a] = []
    for i, f in enumerate(plan.functions):
        groups[f.area.strip()].append(i)
    return [
        (key, indexes)
        for key, indexes in groups.items()
        if indexes and (area is None or key == area.strip())
    ]


def handover_marks(
    plan: Plan,
    row_tops: Mapping[str, float],
    first_lane_top: float,
    h0: date,
    h1: date,
    presence_tops: Mapping[str, tuple[float, date, date]] | None = None,
    area: str | None = None,
) -> list[HandoverMark]:
    """The handovers due within the horizon whose function has a row, at the top edge of
    the row's first lane (`row_tops[function id] + first_lane_top`); those of no function at
    the top edge of their sender's presence bar (`presence_tops[presence id]`: its top and
    drawn days) when the due day falls on it (and, with an `area` shown, when the handover is
    of that area)."""
    actors = {a.id: a for a in plan.actors}
    functions = {f.id: f for f in plan.functions}
    marks: list[HandoverMark] = []
    for h in sorted(plan.handovers, key=lambda h: (h.due, h.item)):
        if not h0 <= h.due <= h1:
            continue
        receiver = actors.get(h.to_actor_id) if h.to_actor_id else None
        sender = actors.get(h.from_actor_id)
        if h.function_id is None:
            if presence_tops is None or sender is None or sender.presence_id is None:
                continue
            if area is not None and h.area.strip() != area.strip():
                continue
            bar = presence_tops.get(sender.presence_id)
            if bar is None or not bar[1] <= h.due <= bar[2]:
                continue
            marks.append(
                HandoverMark(
                    h.id,
                    h.item,
                    h.kind,
                    h.status,
                    h.due,
                    sender.name,
                    receiver.name if receiver else ("?" if h.to_actor_id else None),
                    h.owner,
                    None,
                    "",
                    h.area.strip(),
                    bar[0],
                )
            )
            continue
        if h.function_id not in row_tops:
            continue
        f = functions[h.function_id]
        marks.append(
            HandoverMark(
                h.id,
                h.item,
                h.kind,
                h.status,
                h.due,
                sender.name if sender else "?",
                receiver.name if receiver else ("?" if h.to_actor_id else None),
                h.owner,
                f.id,
                f.name,
                h.area.strip() or f.area.strip(),
                row_tops[f.id] + first_lane_top,
            )
        )
    groups: dict[tuple[float, date], list[int]] = {}
    for i, m in enumerate(marks):
        groups.setdefault((m.y, m.due), []).append(i)
    for indexes in groups.values():
        if len(indexes) > 1:
            for slot, i in enumerate(indexes):
                marks[i] = replace(marks[i], slot=slot, slots=len(indexes))
    return marks


def bridges(
    findings: Iterable[Finding],
    rows: Mapping[str, Row],
    bars: Sequence[AssignmentBar],
    band: float,
) -> list[Bridge]:
    """The `short_break` findings of the functions on the chart, each a band `band` high
    across the middle of the lane of the bar that ends the day before the break."""
    ends: dict[tuple[str, date], AssignmentBar] = {}
    for b in bars:
        ends.setdefault((b.function_id, b.end), b)
    out: list[Bridge] = []
    for f in findings:
        if f.rule != "short_break" or f.function_id is None or f.function_id not in rows:
            continue
        row = rows[f.function_id]
        before = ends.get((f.function_id, f.start - timedelta(days=1)))
        center = before.y0 + before.height / 2 if before is not None else row.y0 + 0.4
        out.append(
            Bridge(
                f.function_id,
                f.function,
                f.start,
                f.end,
                f.days,
                center - band / 2,
                band,
                f.detail,
                f,
            )
        )
    return out


def compressed_drawdowns(findings: Iterable[Finding]) -> dict[str, Finding]:
    """The `compressed_drawdown` finding of each presence that has one, by presence id."""
    out: dict[str, Finding] = {}
    for f in findings:
        if f.rule == "compressed_drawdown" and f.presence_ids:
            out.setdefault(f.presence_ids[0], f)
    return out


__all__ = [
    "AREA_HEIGHT",
    "COUNTRY_WIDE",
    "HANDOVER_STATUSES",
    "Bridge",
    "HandoverMark",
    "area_groups",
    "bridges",
    "compressed_drawdowns",
    "handover_marks",
    "plan_areas",
]
