"""The result of the continuity analysis: findings and the continuity score (SPEC §3)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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

    @classmethod
    def deferred(
        cls,
        rule: str,
        severity: Severity,
        function: str | None,
        start: date,
        end: date,
        formatter: Callable[..., str],
        arguments: tuple[Any, ...],
        extras: dict[str, object],
        function_id: str | None = None,
        assignment_ids: tuple[str, ...] = (),
        presence_ids: tuple[str, ...] = (),
        ids: tuple[Callable[..., tuple[tuple[str, ...], tuple[str, ...]]], tuple[Any, ...]]
        | None = None,
    ) -> Finding:
        """A finding whose `detail` is ``formatter(*arguments)``, formatted on first read; with
        `ids` = (function, arguments), its `assignment_ids` and `presence_ids` are likewise
        ``function(*arguments)``, made on the first read of either.

        For the analysis, which makes thousands of findings of which a report shows a few: the
        finding is in every other way (fields, equality, `to_json`) the same as one made with
        the values. The functions must be pure and module-level (so the finding pickles).
        """
        self = object.__new__(cls)
        state = self.__dict__
        state.update(
            rule=rule,
            severity=severity,
            function=function,
            start=start,
            end=end,
            _deferred_detail=(formatter, arguments),
            extras=extras,
            function_id=function_id,
        )
        if ids is None:
            state["assignment_ids"] = assignment_ids
            state["presence_ids"] = presence_ids
        else:
            state["_deferred_ids"] = ids
        return self

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


class _DeferredDetail:
    """`Finding.detail` for a finding made by `Finding.deferred`.

    A non-data descriptor: a finding made the usual way holds its sentence in its ``__dict__``,
    which takes precedence, so this is only consulted when the sentence has not been formatted
    yet; it formats it once and stores it in the ``__dict__`` like the usual way would.
    """

    def __get__(self, instance: Finding | None, owner: type[Finding] | None = None) -> Any:
        if instance is None:
            return self
        state = instance.__dict__
        deferred = state.get("_deferred_detail")
        if deferred is None:  # formatted meanwhile by another thread
            return state["detail"]
        formatter, arguments = deferred
        text: str = formatter(*arguments)
        state["detail"] = text
        state.pop("_deferred_detail", None)
        return text


class _DeferredIds:
    """`Finding.assignment_ids` and `.presence_ids` for a finding made by `Finding.deferred` with
    `ids`; as `_DeferredDetail`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: Finding | None, owner: type[Finding] | None = None) -> Any:
        if instance is None:
            return _DEFAULT_IDS
        state = instance.__dict__
        deferred = state.get("_deferred_ids")
        if deferred is not None:
            function, arguments = deferred
            state["assignment_ids"], state["presence_ids"] = function(*arguments)
            state.pop("_deferred_ids", None)
        return state[self.name]


# Set after the class is made, so that the dataclass does not take them for default values (the
# class attributes of the two ids fields keep reading as their default, ()).
_DEFAULT_IDS: tuple[str, ...] = ()
setattr(Finding, "detail", _DeferredDetail())  # noqa: B010
setattr(Finding, "assignment_ids", _DeferredIds("assignment_ids"))  # noqa: B010
setattr(Finding, "presence_ids", _DeferredIds("presence_ids"))  # noqa: B010


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
