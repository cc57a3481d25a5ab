"""The report order of SPEC §4 (`in_report_order`): severity, start, rule, function, end, then
detail — sorted without formatting a sentence unless two findings are equal in all the rest."""

from __future__ import annotations

from datetime import date
from itertools import islice
from operator import eq
from typing import Final

from .enums import Severity
from .findings import RULES, Finding

__all__ = ["in_report_order"]

#: a severity's rank times more than any day's ordinal, and the rules in (code point) order
_SEVERITY_DAYS: dict[Severity, int] = {
    severity: severity.rank * (date.max.toordinal() + 1) for severity in Severity
}
_RULE_RANK: dict[str, int] = {rule: i for i, rule in enumerate(sorted(RULES))}
_N_RULES: Final = len(_RULE_RANK)


def in_report_order(findings: list[Finding]) -> tuple[Finding, ...]:
    """Sorted by severity, start, rule, function, end, then detail (SPEC §4).

    First by severity, start and rule alone, folded into one small integer per finding
    (integers sort far faster than tuples); then each run of findings of one severity, start
    and rule by function and end; the detail sentence only decides between findings equal in
    everything else, so it is only read (and formatted, see `Finding.deferred`) for those.
    """
    rank = _SEVERITY_DAYS
    try:
        rules = _RULE_RANK
        first = [
            (rank[f.severity] + f.start.toordinal()) * _N_RULES + rules[f.rule] for f in findings
        ]
    except KeyError:  # a rule of no analysis (a finding made elsewhere): rules ranked here
        rules = {rule: i for i, rule in enumerate(sorted({f.rule for f in findings}))}
        n_rules = len(rules)
        first = [
            (rank[f.severity] + f.start.toordinal()) * n_rules + rules[f.rule] for f in findings
        ]
    order = sorted(range(len(findings)), key=first.__getitem__)
    ordered = [first[k] for k in order]
    # same[i]: order[i] and order[i + 1] are of one severity, start and rule (found in C)
    same = list(map(eq, ordered, islice(ordered, 1, None)))
    last = len(same)
    i = 0
    while True:
        try:
            i = same.index(True, i)
        except ValueError:
            break
        j = i + 1
        while j < last and same[j]:
            j += 1
        order[i : j + 1] = _in_order(findings, order[i : j + 1])
        i = j + 1
    return tuple([findings[k] for k in order])


def _in_order(findings: list[Finding], run: list[int]) -> list[int]:
    """`run` (positions in `findings`, of one severity, start and rule, in order) sorted by
    function, end, then detail."""
    keyed = {k: (findings[k].function or "", findings[k].end) for k in run}
    run.sort(key=keyed.__getitem__)
    i = 1
    n = len(run)
    while i < n:
        if keyed[run[i]] != keyed[run[i - 1]]:
            i += 1
            continue
        j = i + 1  # run[i - 1 : j] is a run of equal keys
        while j < n and keyed[run[j]] == keyed[run[i]]:
            j += 1
        run[i - 1 : j] = sorted(run[i - 1 : j], key=lambda k: findings[k].detail)
        i = j + 1
    return run
