"""The result of the continuity analysis: findings and the continuity score (SPEC §3)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .enums import Severity

#: The rules of SPEC §3, then the insight rules of this application (see the user guide).
RULES: tuple[str, ...] = (
    "presence_gap",
    "coverage_gap",
    "funding_gap",
    "capacity_cliff",
    "cold_handover",
    "outlives_presence",
    "lead_change",
    "drawdown_before_election",
)


@dataclass(frozen=True)
class Finding:
    """One gap or insight. `extras` holds the rule's extra fields of SPEC §3."""

    rule: str
    severity: Severity
    #: The function's name (None for presence_gap and the plan-wide insight rules).
    function: str | None
    start: date
    end: date
    detail: str
    extras: dict[str, object] = field(default_factory=dict)
    #: Ids of what the finding concerns, for navigation in the editor and the timeline.
    function_id: str | None = None
    assignment_ids: tuple[str, ...] = ()
    presence_ids: tuple[str, ...] = ()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def sort_key(self) -> tuple[int, date, str, str]:
        """Severity (most severe first), then start, rule, function (SPEC §4)."""
        return (self.severity.rank, self.start, self.rule, self.function or "")

    def to_json(self) -> dict[str, object]:
        """The finding as in `check --format json`: ISO dates, extras inline."""
        out: dict[str, object] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "function": self.function,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "detail": self.detail,
        }
        for key, value in self.extras.items():
            out[key] = value.isoformat() if isinstance(value, date) else value
        return out


@dataclass(frozen=True)
class Analysis:
    """All findings of a plan, in report order, and its continuity score."""

    findings: tuple[Finding, ...]
    #: 0–100 rounded to one decimal; None when there is nothing to analyse.
    continuity_score: float | None

    def counts_by_severity(self) -> dict[Severity, int]:
        counts = dict.fromkeys(Severity, 0)
        for f in self.findings:
            counts[f.severity] += 1
        return counts

    def counts_by_rule(self) -> dict[str, int]:
        counts = dict.fromkeys(RULES, 0)
        for f in self.findings:
            counts[f.rule] = counts.get(f.rule, 0) + 1
        return counts

    def at_least(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity.at_least(severity)]
