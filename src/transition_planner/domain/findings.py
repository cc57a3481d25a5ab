"""The result of the continuity analysis: findings and the continuity score (SPEC §3)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, language, translate
from .enums import Severity

#: The rules of SPEC §3 (continuity, then the registers), then the insight rules of this
#: application (see the user guide).
RULES: tuple[str, ...] = (
    "presence_gap",
    "coverage_gap",
    "short_break",
    "funding_gap",
    "capacity_cliff",
    "un_exit",
    "cold_handover",
    "outlives_presence",
    "compressed_drawdown",
    "handover_after_exit",
    "handover_unassigned",
    "handover_overdue",
    "handover_lost",
    "financial_cliff",
    "lead_change",
    "drawdown_before_election",
)


#: Each rule as a person reads it (gaps panel, workbook, charts, brief).
RULE_LABELS: dict[str, str] = {
    "presence_gap": QT_TRANSLATE_NOOP("Rule", "No presence"),
    "coverage_gap": QT_TRANSLATE_NOOP("Rule", "Coverage gap"),
    "short_break": QT_TRANSLATE_NOOP("Rule", "Short break"),
    "funding_gap": QT_TRANSLATE_NOOP("Rule", "Funding gap"),
    "capacity_cliff": QT_TRANSLATE_NOOP("Rule", "Capacity cliff"),
    "un_exit": QT_TRANSLATE_NOOP("Rule", "UN exit"),
    "cold_handover": QT_TRANSLATE_NOOP("Rule", "Cold handover"),
    "outlives_presence": QT_TRANSLATE_NOOP("Rule", "Outlives its presence"),
    "compressed_drawdown": QT_TRANSLATE_NOOP("Rule", "Compressed drawdown"),
    "handover_after_exit": QT_TRANSLATE_NOOP("Rule", "Handover after exit"),
    "handover_unassigned": QT_TRANSLATE_NOOP("Rule", "Handover without receiver"),
    "handover_overdue": QT_TRANSLATE_NOOP("Rule", "Handover overdue"),
    "handover_lost": QT_TRANSLATE_NOOP("Rule", "Handover lost"),
    "financial_cliff": QT_TRANSLATE_NOOP("Rule", "Financial cliff"),
    "lead_change": QT_TRANSLATE_NOOP("Rule", "Lead change"),
    "drawdown_before_election": QT_TRANSLATE_NOOP("Rule", "Drawdown before an election"),
}

#: Each severity as a person reads it.
SEVERITY_LABELS: dict[Severity, str] = {
    Severity.CRITICAL: QT_TRANSLATE_NOOP("Severity", "Critical"),
    Severity.HIGH: QT_TRANSLATE_NOOP("Severity", "High"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("Severity", "Medium"),
    Severity.LOW: QT_TRANSLATE_NOOP("Severity", "Low"),
    Severity.INFO: QT_TRANSLATE_NOOP("Severity", "Information"),
}


def rule_label(rule: str) -> str:
    """'Cold handover' for "cold_handover", in the language of the process."""
    label = RULE_LABELS.get(rule)
    return translate("Rule", label) if label is not None else rule


def severity_label(severity: Severity) -> str:
    """'Critical' … 'Information', in the language of the process."""
    return translate("Severity", SEVERITY_LABELS[severity])


@dataclass
class Finding:
    """One gap or insight. `extras` holds the rule's extra fields of SPEC §3.

    Not frozen, so that the analysis can make its thousands of findings at the cost of a plain
    object (see `deferred_finding`); nothing changes a finding once it is made.
    """

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
    #: The handover register rules: the handover concerned.
    handover_ids: tuple[str, ...] = ()

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
        extras: dict[str, object] | tuple[Callable[..., dict[str, object]], tuple[Any, ...]],
        function_id: str | None = None,
        assignment_ids: tuple[str, ...] = (),
        presence_ids: tuple[str, ...] = (),
        ids: tuple[Callable[..., tuple[tuple[str, ...], tuple[str, ...]]], tuple[Any, ...]]
        | None = None,
        handover_ids: tuple[str, ...] = (),
    ) -> Finding:
        """A finding whose `detail` is ``formatter(*arguments)``, formatted on first read; with
        `ids` = (function, arguments), its `assignment_ids` and `presence_ids` are likewise
        ``function(*arguments)``, made on the first read of either; `extras` may likewise be a
        (function, arguments) pair.

        For the analysis, which makes thousands of findings of which a report shows a few: the
        finding is in every other way (fields, equality, `to_json`) the same as one made with
        the values. The functions must be pure and module-level (so the finding pickles).
        The analysis calls the makers below (`deferred_finding`, `deferred_finding_with_ids`)
        directly.
        """
        if ids is None:
            return deferred_finding_with_ids(
                rule,
                severity,
                function,
                start,
                end,
                formatter,
                arguments,
                extras,
                function_id,
                assignment_ids,
                presence_ids,
                handover_ids,
            )
        finding = deferred_finding(
            rule, severity, function, start, end, formatter, arguments, extras, function_id, *ids
        )
        if handover_ids:
            finding.handover_ids = handover_ids
        return finding

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
    which takes precedence, so this is only consulted for a deferred finding. It formats the
    sentence in the language of the process on first read in that language, and keeps it.
    """

    def __get__(self, instance: Finding | None, owner: type[Finding] | None = None) -> Any:
        if instance is None:
            return self
        state = instance.__dict__
        formatter, arguments = state["_formatter"], state["_arguments"]
        lang = language()
        cache: dict[str, str] = state.setdefault("_details", {})
        text = cache.get(lang)
        if text is None:
            text = formatter(*arguments)
            cache[lang] = text
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
        function = state.pop("_ids_function", None)
        if function is not None:
            arguments = state.pop("_ids_arguments")
            state["assignment_ids"], state["presence_ids"] = function(*arguments)
        return state[self.name]


class _DeferredExtras:
    """`Finding.extras` for a finding made by `Finding.deferred` with extras to make."""

    def __get__(self, instance: Finding | None, owner: type[Finding] | None = None) -> Any:
        if instance is None:
            return _DEFAULT_EXTRAS
        state = instance.__dict__
        deferred = state.pop("_deferred_extras", None)
        if deferred is not None:
            function, arguments = deferred
            state["extras"] = function(*arguments)
        return state["extras"]


# Set after the class is made, so that the dataclass does not take them for default values (the
# class attributes of the ids and extras fields keep reading as their defaults).
_DEFAULT_IDS: tuple[str, ...] = ()
_DEFAULT_EXTRAS: dict[str, object] = {}
setattr(Finding, "detail", _DeferredDetail())  # noqa: B010
setattr(Finding, "assignment_ids", _DeferredIds("assignment_ids"))  # noqa: B010
setattr(Finding, "presence_ids", _DeferredIds("presence_ids"))  # noqa: B010
setattr(Finding, "extras", _DeferredExtras())  # noqa: B010


# The analysis's makers of deferred findings (`Finding.deferred`: ids made on first read, or
# given). A finding is a plain object whose attributes are set one by one, as its own
# `__init__` would: Python keeps them in the object itself (no dictionary is made until one is
# asked for), which costs a third of building its state as a dictionary — and the analysis of a
# large plan makes thousands of findings.
_new = object.__new__


def _finding(
    rule: str,
    severity: Severity,
    function: str | None,
    start: date,
    end: date,
    formatter: Callable[..., str],
    arguments: tuple[Any, ...],
    extras: dict[str, object] | tuple[Callable[..., dict[str, object]], tuple[Any, ...]],
    function_id: str | None,
) -> Any:
    """A finding with its fields but the ids (set by the caller); `extras` a dict, or a
    (function, arguments) pair made on first read."""
    f: Any = _new(Finding)
    f.rule = rule
    f.severity = severity
    f.function = function
    f.start = start
    f.end = end
    f._formatter = formatter
    f._arguments = arguments
    if extras.__class__ is dict:
        f.extras = extras
    else:
        f._deferred_extras = extras
    f.function_id = function_id
    return f


def deferred_finding(
    rule: str,
    severity: Severity,
    function: str | None,
    start: date,
    end: date,
    formatter: Callable[..., str],
    arguments: tuple[Any, ...],
    extras: dict[str, object] | tuple[Callable[..., dict[str, object]], tuple[Any, ...]],
    function_id: str | None,
    ids_function: Callable[..., tuple[tuple[str, ...], tuple[str, ...]]],
    ids_arguments: tuple[Any, ...],
) -> Finding:
    """``Finding.deferred(rule, …, extras, function_id, ids=(ids_function, ids_arguments))``:
    the assignment and presence ids made on first read."""
    f = _finding(rule, severity, function, start, end, formatter, arguments, extras, function_id)
    f.handover_ids = ()
    f._ids_function = ids_function
    f._ids_arguments = ids_arguments
    finding: Finding = f
    return finding


def deferred_finding_with_ids(
    rule: str,
    severity: Severity,
    function: str | None,
    start: date,
    end: date,
    formatter: Callable[..., str],
    arguments: tuple[Any, ...],
    extras: dict[str, object] | tuple[Callable[..., dict[str, object]], tuple[Any, ...]],
    function_id: str | None,
    assignment_ids: tuple[str, ...],
    presence_ids: tuple[str, ...],
    handover_ids: tuple[str, ...],
) -> Finding:
    """``Finding.deferred(rule, …, extras, function_id, assignment_ids, presence_ids,
    handover_ids=handover_ids)``: ids given, not deferred."""
    f = _finding(rule, severity, function, start, end, formatter, arguments, extras, function_id)
    f.handover_ids = handover_ids
    f.assignment_ids = assignment_ids
    f.presence_ids = presence_ids
    finding: Finding = f
    return finding


@dataclass(frozen=True)
class Analysis:
    """All findings of a plan, in report order, and its continuity score."""

    findings: tuple[Finding, ...]
    #: 0–100 rounded down to one decimal; None when there is nothing to analyse.
    continuity_score: float | None
    #: The reference day of the register rules (handovers, funding), None when not given.
    as_of: date | None = None

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
