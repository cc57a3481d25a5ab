"""`Finding.deferred` for the analysis's thousands of per-function findings, made faster.

`Finding.deferred` builds each finding's state as a new dictionary of a dozen entries, which is
most of what a finding costs the analysis (a sweep of 500 functions makes about 5,000 of them).
Here the state is a copy of a template and the values are written over it: copying a dictionary
is far cheaper than building one.

The template is made *by* `Finding.deferred`, called once with a distinct sentinel for each
argument: which entry of its state holds which argument is read from it, so this module does not
need to know the names `Finding.deferred` gives them. The findings made here are those it would
make (tests/domain/test_deferred.py checks it field by field).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .enums import Severity
from .findings import Finding

__all__ = ["deferred_finding", "deferred_finding_lazy_extras", "deferred_finding_with_ids"]


def _template(made: Finding, sentinels: list[Any]) -> tuple[dict[str, Any], list[str]]:
    """The state of `made` and, for each sentinel, the key of its state that holds it."""
    template: dict[str, Any] = dict(vars(made))
    where = {id(value): key for key, value in template.items()}
    keys = [where[id(s)] for s in sentinels]
    if len(set(keys)) != len(keys):  # pragma: no cover - Finding.deferred changed its ways
        raise RuntimeError("Finding.deferred keeps its arguments in an unexpected way")
    return template, keys


def _maker(lazy_extras: bool) -> Callable[..., Finding]:
    """A function making a finding as ``Finding.deferred(rule, …, extras, function_id,
    ids=(ids_function, ids_arguments))`` would, with `extras` a dict or (when `lazy_extras`) a
    (function, arguments) pair."""
    sentinels: list[Any] = [object() for _ in range(11)]
    sentinels[7] = (object(), ()) if lazy_extras else {}  # extras (a dict is told by its class)
    s = sentinels
    made = Finding.deferred(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], ids=(s[9], s[10]))
    template, keys = _template(made, sentinels)
    k0, k1, k2, k3, k4, k5, k6, k7, k8, k9, k10 = keys
    copy = template.copy
    new = object.__new__
    set_state = object.__setattr__

    def make(
        rule: str,
        severity: Severity,
        function: str | None,
        start: Any,
        end: Any,
        formatter: Callable[..., str],
        arguments: tuple[Any, ...],
        extras: Any,
        function_id: str | None,
        ids_function: Callable[..., Any],
        ids_arguments: tuple[Any, ...],
    ) -> Finding:
        state = copy()
        state[k0] = rule
        state[k1] = severity
        state[k2] = function
        state[k3] = start
        state[k4] = end
        state[k5] = formatter
        state[k6] = arguments
        state[k7] = extras
        state[k8] = function_id
        state[k9] = ids_function
        state[k10] = ids_arguments
        finding: Finding = new(Finding)
        set_state(finding, "__dict__", state)
        return finding

    return make


def _maker_with_ids() -> Callable[..., Finding]:
    """A function making a finding as ``Finding.deferred(rule, …, extras, function_id,
    assignment_ids, presence_ids, handover_ids=handover_ids)`` would (`extras` a dict)."""
    s: list[Any] = [object() for _ in range(12)]
    s[7] = {}
    made = Finding.deferred(
        s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], handover_ids=s[11]
    )
    template, keys = _template(made, s)
    k0, k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11 = keys
    copy = template.copy
    new = object.__new__
    set_state = object.__setattr__

    def make(
        rule: str,
        severity: Severity,
        function: str | None,
        start: Any,
        end: Any,
        formatter: Callable[..., str],
        arguments: tuple[Any, ...],
        extras: dict[str, object],
        function_id: str | None,
        assignment_ids: tuple[str, ...],
        presence_ids: tuple[str, ...],
        handover_ids: tuple[str, ...],
    ) -> Finding:
        state = copy()
        state[k0] = rule
        state[k1] = severity
        state[k2] = function
        state[k3] = start
        state[k4] = end
        state[k5] = formatter
        state[k6] = arguments
        state[k7] = extras
        state[k8] = function_id
        state[k9] = assignment_ids
        state[k10] = presence_ids
        state[k11] = handover_ids
        finding: Finding = new(Finding)
        set_state(finding, "__dict__", state)
        return finding

    return make


#: ``deferred_finding(rule, severity, function, start, end, formatter, arguments, extras,
#: function_id, ids_function, ids_arguments)`` — `extras` a dict.
deferred_finding = _maker(False)
#: The same with `extras` a (function, arguments) pair, made on first read.
deferred_finding_lazy_extras = _maker(True)
#: ``deferred_finding_with_ids(rule, severity, function, start, end, formatter, arguments,
#: extras, function_id, assignment_ids, presence_ids, handover_ids)`` — ids given, not deferred.
deferred_finding_with_ids = _maker_with_ids()
