"""The rules of the handover register and the funding lines (SPEC §3), as of a day.

``handover_after_exit`` (high)
    A handover not ``Done`` (a ``Lost`` one included) whose ``from`` actor belongs to a presence
    with an end, due after that end: from the day after the end to the due day. Extras ``item``,
    ``presence``.
``handover_unassigned`` (high for a Critical or High function, else medium)
    A handover neither ``Done`` nor ``Lost`` with no receiver, due within the horizon: from the
    as-of day (or the horizon's start, if later) to the due day; start = end = the due day when it
    is already past. Extra ``item``.
``handover_overdue`` (high)
    A ``Planned``, ``In progress`` or ``Blocked`` handover due before the as-of day: from the due
    day to the day before the as-of day. Extras ``item``, ``owner``.
``handover_lost`` (medium)
    A ``Lost`` handover: start = end = its due day. Extra ``item``.
``financial_cliff`` (high)
    For consecutive calendar years y and y+1 that both overlap the horizon, when the ``Secured``
    and ``Pledged`` lines of y+1 add up to less than the cliff threshold × those of y (y having
    some): one plan-wide finding for y+1, 1 January to 31 December clipped to the horizon.
    Extras ``from_usd``, ``to_usd``, ``year``. Amounts are compared exactly (as fractions of
    their binary values), as capacities are.

Findings name the handover's function when it has one (else null), and are clipped to the
horizon; one left empty by the clipping is not reported. An actor or presence that the plan
does not know (an invalid plan) is skipped.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from fractions import Fraction

from . import sentences
from .enums import FundingLineStatus, HandoverStatus, Priority, Severity
from .findings import Finding, deferred_finding_with_ids
from .model import Function, Handover, Plan, Presence

__all__ = ["register_findings"]

_COUNTED = (FundingLineStatus.SECURED, FundingLineStatus.PLEDGED)
_OPEN = (HandoverStatus.PLANNED, HandoverStatus.IN_PROGRESS, HandoverStatus.BLOCKED)
_ONE_DAY = timedelta(days=1)
# Enumeration members as plain constants: reading `HandoverStatus.DONE` goes through the enum's
# class attribute lookup, a cost worth avoiding once per handover.
_DONE = HandoverStatus.DONE
_LOST = HandoverStatus.LOST
_DONE_OR_LOST = (_DONE, _LOST)
_SERIOUS = (Priority.CRITICAL, Priority.HIGH)
_HIGH = Severity.HIGH
_MEDIUM = Severity.MEDIUM


def register_findings(plan: Plan, as_of: date, h0: int, h1: int) -> list[Finding]:
    """The register findings of `plan` as of `as_of`, clipped to the horizon [h0, h1]."""
    out: list[Finding] = []
    functions: dict[str, Function] = {}
    for f in plan.functions:
        functions.setdefault(f.id, f)
    first = date.fromordinal(h0)
    last = date.fromordinal(h1)

    def add(
        rule: str,
        severity: Severity,
        h: Handover,
        start: date,
        end: date,
        formatter: Callable[..., str],
        arguments: tuple[object, ...],
        extras: dict[str, object],
        presence_ids: tuple[str, ...] = (),
    ) -> None:
        start, end = max(start, first), min(end, last)
        if start > end:
            return
        function = functions.get(h.function_id) if h.function_id else None
        out.append(
            deferred_finding_with_ids(
                rule,
                severity,
                function.name if function else None,
                start,
                end,
                formatter,
                arguments,
                extras,
                function.id if function else None,
                (),
                presence_ids,
                (h.id,),
            )
        )

    presences: dict[str, Presence | None] = {}  # the sender's presence, by sender id
    for h in plan.handovers:
        function = functions.get(h.function_id) if h.function_id else None
        try:
            presence = presences[h.from_actor_id]
        except KeyError:
            sender = plan.actor(h.from_actor_id)
            presence = plan.actor_presence(sender) if sender is not None else None
            presences[h.from_actor_id] = presence
        ended = presence.end if presence is not None else None
        if h.status is not _DONE and ended is not None and h.due > ended:
            assert presence is not None
            add(
                "handover_after_exit",
                _HIGH,
                h,
                ended + _ONE_DAY,
                h.due,
                sentences.handover_after_exit,
                (h.item, h.due, presence.name, ended),
                {"item": h.item, "presence": presence.name},
                (presence.id,),
            )
        if h.status not in _DONE_OR_LOST and h.to_actor_id is None and first <= h.due <= last:
            start = max(as_of, first)
            past = h.due < start
            serious = function is not None and function.priority in _SERIOUS
            add(
                "handover_unassigned",
                _HIGH if serious else _MEDIUM,
                h,
                h.due if past else start,
                h.due,
                sentences.handover_unassigned,
                (h.item, h.due, past),
                {"item": h.item},
            )
        if h.status in _OPEN and h.due < as_of:
            add(
                "handover_overdue",
                _HIGH,
                h,
                h.due,
                as_of - _ONE_DAY,
                sentences.handover_overdue,
                (h.item, h.due, h.status, as_of, h.owner),
                {"item": h.item, "owner": h.owner},
            )
        if h.status is _LOST:
            add(
                "handover_lost",
                _MEDIUM,
                h,
                h.due,
                h.due,
                sentences.handover_lost,
                (h.item, h.due),
                {"item": h.item},
            )
    out += _financial_cliffs(plan, first, last)
    return out


def _financial_cliffs(plan: Plan, first: date, last: date) -> list[Finding]:
    # The counted amounts of each year summed exactly: every finite float is an integer over a
    # power of two, so all of them are scaled by the largest such power and summed as integers.
    ratios: dict[int, list[tuple[int, int]]] = {}
    scale = 1
    for line in plan.funding_lines:
        if line.status in _COUNTED and math.isfinite(line.amount):
            num, den = line.amount.as_integer_ratio()
            if scale % den:  # (powers of two for floats: the lcm is the largest)
                scale = math.lcm(scale, den)
            ratios.setdefault(line.year, []).append((num, den))
    totals = {
        year: sum([num * (scale // den) for num, den in pairs]) for year, pairs in ratios.items()
    }
    threshold = plan.cliff_threshold
    if not math.isfinite(threshold):
        return []
    t_num, t_den = threshold.as_integer_ratio()
    out = []
    for year in range(first.year, last.year):  # y and y + 1 both overlap the horizon
        before = totals.get(year, 0)
        after = totals.get(year + 1, 0)
        # after / scale < threshold × before / scale, exactly
        if before > 0 and after * t_den < t_num * before:
            start = max(date(year + 1, 1, 1), first)
            end = min(date(year + 1, 12, 31), last)
            from_usd = _plain(Fraction(before, scale))
            to_usd = _plain(Fraction(after, scale))
            out.append(
                Finding.deferred(
                    "financial_cliff",
                    Severity.HIGH,
                    None,
                    start,
                    end,
                    sentences.financial_cliff,
                    (year + 1, from_usd, to_usd, threshold),
                    {"from_usd": from_usd, "to_usd": to_usd, "year": year + 1},
                )
            )
    return out


def _plain(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)
