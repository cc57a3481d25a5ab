"""Two options side by side (SPEC §4 `compare`, §6 "Options"): the score of each and their
difference, and the findings only in A, only in B and in both.

A finding of one plan is matched with a finding of the other by (rule, function, start, end).
Matching is one to one: when A has two findings with one key and B has one, one pair is in
`both` and A's other finding is only in A — so every finding of each plan is told exactly once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.findings import Analysis, Finding
from ..domain.model import Plan

if TYPE_CHECKING:
    from .planning import PlanningService

MatchKey = tuple[str, str | None, date, date]


def match_key(finding: Finding) -> MatchKey:
    """What makes two findings of two plans the same finding (SPEC §4)."""
    return (finding.rule, finding.function, finding.start, finding.end)


@dataclass(frozen=True)
class Comparison:
    """Plan A and plan B compared; findings in each plan's report order."""

    a: Plan
    b: Plan
    analysis_a: Analysis
    analysis_b: Analysis
    only_a: tuple[Finding, ...]
    only_b: tuple[Finding, ...]
    #: The matched pairs, (A's finding, B's finding), in A's order.
    both: tuple[tuple[Finding, Finding], ...]

    @property
    def score_a(self) -> float | None:
        return self.analysis_a.continuity_score

    @property
    def score_b(self) -> float | None:
        return self.analysis_b.continuity_score

    @property
    def score_delta(self) -> float | None:
        """B − A, to one decimal as the scores are (None when either plan has no score)."""
        if self.score_a is None or self.score_b is None:
            return None
        return float(Decimal(str(self.score_b)) - Decimal(str(self.score_a)))

    def to_json(self) -> dict[str, object]:
        """As `compare --format json` prints it; `both` holds A's findings."""
        return {
            "a": self.a.name,
            "b": self.b.name,
            "score_a": self.score_a,
            "score_b": self.score_b,
            "score_delta": self.score_delta,
            "only_a": [f.to_json() for f in self.only_a],
            "only_b": [f.to_json() for f in self.only_b],
            "both": [fa.to_json() for fa, _ in self.both],
        }


def compare_analyses(a: Plan, analysis_a: Analysis, b: Plan, analysis_b: Analysis) -> Comparison:
    """Compare two plans' analyses (made as of the same day, for a fair comparison)."""
    unmatched_b: dict[MatchKey, list[Finding]] = defaultdict(list)
    for f in analysis_b.findings:
        unmatched_b[match_key(f)].append(f)
    only_a: list[Finding] = []
    both: list[tuple[Finding, Finding]] = []
    paired_b: set[int] = set()
    for f in analysis_a.findings:
        candidates = unmatched_b.get(match_key(f))
        if candidates:
            partner = candidates.pop(0)
            paired_b.add(id(partner))
            both.append((f, partner))
        else:
            only_a.append(f)
    only_b = [f for f in analysis_b.findings if id(f) not in paired_b]
    return Comparison(a, b, analysis_a, analysis_b, tuple(only_a), tuple(only_b), tuple(both))


def compare_plans(
    service: PlanningService, plan_id_a: str, plan_id_b: str, as_of: date | None = None
) -> Comparison:
    """Compare two plans of an open workspace, both analysed as of `as_of` (today when None)."""
    day = as_of or date.today()
    return compare_analyses(
        service.plan(plan_id_a),
        service.analysis(plan_id_a, day),
        service.plan(plan_id_b),
        service.analysis(plan_id_b, day),
    )


__all__ = ["Comparison", "MatchKey", "compare_analyses", "compare_plans", "match_key"]
