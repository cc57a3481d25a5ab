"""What the analysis of every function needs from a plan, computed once (`AnalysisContext`):
the actors with their presences' lives, continuations, the cliff threshold as an exact ratio,
and the capacities' exact integer weights (weighed as the assignments are first read)."""

from __future__ import annotations

import math
from datetime import date
from typing import NamedTuple, TypeGuard

from .model import Plan, Presence

__all__ = ["NEVER_AFTER", "NEVER_BEFORE", "UNKNOWN_ACTOR", "AnalysisContext"]

UNKNOWN_ACTOR = "?"
_INFINITY = float("inf")
NEVER_BEFORE = -1  # an ordinal before every date
NEVER_AFTER = date.max.toordinal() + 1  # an ordinal after every date
#: capacities are first weighed as if none needed more bits than this (see `weigh`)
_WEIGHT_BITS = 24


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


class AnalysisContext:
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
                self.actors[a.id] = _Actor(a.name, None, h0, h1, NEVER_BEFORE, NEVER_AFTER, un)
            else:
                start, end = _life(presence, h0, h1)
                p_end = NEVER_AFTER if presence.end is None else presence.end.toordinal()
                self.actors[a.id] = _Actor(
                    a.name, presence, start, end, presence.start.toordinal(), p_end, un
                )
        self.unknown_actor = _Actor(UNKNOWN_ACTOR, None, h0, h1, NEVER_BEFORE, NEVER_AFTER, 0)
        #: each actor's fields but its presence, as a plain tuple (unpacked once per assignment)
        self.spans: dict[str, tuple[str, int, int, int, int, int]] = {
            actor_id: (a.name, a.life_start, a.life_end, a.presence_start, a.presence_end, a.un)
            for actor_id, a in self.actors.items()
        }
        self.unknown_span = (UNKNOWN_ACTOR, h0, h1, NEVER_BEFORE, NEVER_AFTER, 0)
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
        if _known(value):
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
        else:
            weight = self.unknown
        self.capacities[value] = weight
        return weight

    def weigh_all(self) -> None:
        """Weigh every capacity of the plan at once, with the scale and bound of all of them
        (binary floats' denominators are powers of two: the largest is a multiple of all)."""
        values = {s.capacity for s in self.plan.assignments}
        ratios = [value.as_integer_ratio() for value in values if _known(value)]
        self.scale = max((den for _num, den in ratios), default=1)
        self.weight_bits = max(
            ((num * (self.scale // den)).bit_length() for num, den in ratios), default=0
        )
        self._set_unknown()
        self.capacities.clear()
        for value in values:
            self.weigh(value)  # (none needs more now)


def _known(value: float | None) -> TypeGuard[float]:
    """Whether a capacity is known: a number, finite (an int's size is never too large)."""
    return value is not None and (value.__class__ is int or math.isfinite(value))


def _life(p: Presence, h0: int, h1: int) -> tuple[int, int]:
    """A presence's life clipped to the horizon (empty when start > end)."""
    end = h1 if p.end is None else min(p.end.toordinal(), h1)
    return max(p.start.toordinal(), h0), end
