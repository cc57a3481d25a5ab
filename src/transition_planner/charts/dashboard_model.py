"""The dashboard's data: plain series (numpy arrays over the horizon's days and months) computed
from a plan and its analysis, and the dashboard's fixed words.

Per function and day, coverage has one status, the best of the active set (SPEC §3's effective
intervals): Secured > Pledged > untracked (blank status) > Unfunded; a required day with no active
assignment is uncovered. So "Unfunded" days are exactly the funding gaps of the analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..domain.enums import ActorType, FundingKind, FundingStatus, Severity
from ..domain.findings import RULES, Analysis, rule_label
from ..domain.model import Plan
from .funding import FundingYears, funding_years
from .series import _category_order, effective_interval

#: Coverage statuses, best first (codes 4 … 0 in the day arrays).
COVERAGE_STATUSES: tuple[str, ...] = ("Secured", "Pledged", "Untracked", "Unfunded", "Uncovered")
_CODE: dict[FundingStatus | None, int] = {
    FundingStatus.SECURED: 4,
    FundingStatus.PLEDGED: 3,
    None: 2,
    FundingStatus.UNFUNDED: 1,
}
#: Actor types whose hatch tells them apart in grey print (drawdown curve).
_TYPE_HATCH: dict[ActorType, str] = {
    ActorType.MISSION: "",
    ActorType.UN_ENTITY: "..",
    ActorType.GOVERNMENT: "//",
    ActorType.REGIONAL_ORGANIZATION: "\\\\",
    ActorType.CIVIL_SOCIETY: "xx",
    ActorType.BILATERAL_PARTNER: "++",
    ActorType.OTHER: "--",
}


@dataclass(frozen=True)
class DashboardLabels:
    """The fixed words of the dashboard (the Qt view passes translated ones)."""

    drawdown: str = "Capacity over time, by actor type"
    drawdown_log: str = "Capacity over time, by actor type (logarithmic scale)"
    capacity: str = "Capacity (staff)"
    unknown_capacity: str = "Assignments without a capacity (not counted): {n}"
    heatmap: str = "Coverage of required days, by month"
    heatmap_scale: str = "Share of required days covered"
    findings: str = "Findings by rule and severity"
    funding: str = "Funding of required function-days, by month"
    share: str = "Share of required function-days"
    nothing: str = "Nothing to show yet"
    statuses: tuple[str, ...] = ("Secured", "Pledged", "Not tracked", "Unfunded", "Uncovered")
    rules: dict[str, str] = field(default_factory=lambda: {r: rule_label(r) for r in RULES})
    severities: dict[Severity, str] = field(
        default_factory=lambda: {s: s.value.capitalize() for s in Severity}
    )
    #: Funding by year (`funding`): the heading, the amounts' caption and units ({n} is a
    #: number), the kinds and statuses of money (by their values), the cliff years.
    money: str = "Funding by year and kind (US dollars)"
    money_caption: str = "US dollars"
    millions: str = "${n}M"
    thousands: str = "${n}K"
    dollars: str = "${n}"
    kinds: dict[str, str] = field(default_factory=lambda: {k.value: k.value for k in FundingKind})
    line_statuses: dict[str, str] = field(
        default_factory=lambda: {
            "Secured": "Secured (solid)",
            "Pledged": "Pledged (hatched)",
            "Projected": "Projected (outlined)",
        }
    )
    #: Above a cliff year: {drop} is the fall from the year before ("−73%").
    cliff: str = "Cliff {drop}"
    cliff_legend: str = "Financial cliff"
    no_funding: str = "No funding lines yet"
    outside_years: str = "Funding lines outside the horizon (not shown): {n}"


@dataclass(frozen=True)
class DashboardData:
    plan_name: str
    horizon_start: date
    horizon_end: date
    #: Drawdown: the days where some capacity changes (ordinals, ending with the horizon's
    #: end + 1) and, per actor type that has capacity, its capacity from each of those days.
    change_days: np.ndarray
    capacity_by_type: dict[ActorType, np.ndarray]
    unknown_capacity: int
    #: Months of the horizon (first days) and the functions of the heatmap (timeline order).
    months: tuple[date, ...]
    function_names: tuple[str, ...]
    #: function × month: share of the month's required days that are covered (NaN: none).
    coverage: np.ndarray
    #: rule → severity → number of findings.
    findings: dict[str, dict[Severity, int]]
    #: status (COVERAGE_STATUSES order) × month: share of required function-days.
    funding: np.ndarray
    #: required function-days per month (0: nothing required that month).
    required_days: np.ndarray
    #: The funding lines by year, kind and status (`funding`).
    money: FundingYears | None = None


def _month_starts(h0: date, h1: date) -> list[date]:
    months = [h0]
    y, m = h0.year, h0.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        first = date(y, m, 1)
        if first > h1:
            return months
        months.append(first)


def dashboard_data(plan: Plan, analysis: Analysis) -> DashboardData:
    h0, h1 = plan.horizon_start, max(plan.horizon_start, plan.horizon_end)
    o0 = h0.toordinal()
    n_days = h1.toordinal() - o0 + 1
    months = _month_starts(h0, h1)
    month_index = np.array([m.toordinal() - o0 for m in months])

    # -- drawdown: capacity per actor type and day ------------------------------------------
    actors = {a.id: a for a in plan.actors}
    capacity = np.zeros((len(ActorType), n_days + 1))
    type_index = {t: i for i, t in enumerate(ActorType)}
    unknown = 0
    points = {0, n_days}
    order = [f for _c, idx in _category_order(plan) for f in (plan.functions[i] for i in idx)]
    function_pos = {f.id: k for k, f in enumerate(order)}
    status = np.zeros((len(order), n_days), dtype=np.int8)
    for s in plan.assignments:
        interval = effective_interval(plan, s)
        if interval is None:
            continue
        a, b = interval[0].toordinal() - o0, interval[1].toordinal() - o0 + 1
        actor = actors.get(s.actor_id)
        t = actor.type if actor is not None else ActorType.OTHER
        if s.capacity is None or not np.isfinite(s.capacity):
            unknown += 1
        else:
            capacity[type_index[t], a:b] += s.capacity
            points.update((a, b))
        k = function_pos.get(s.function_id)
        if k is not None:
            row = status[k, a:b]
            np.maximum(row, _CODE.get(s.funding_status, 2), out=row)
    change = np.array(sorted(points))
    capacity_by_type = {t: capacity[i, change] for t, i in type_index.items() if capacity[i].any()}

    # -- coverage and funding per month -----------------------------------------------------------
    required = np.zeros((len(order), n_days), dtype=bool)
    for k, f in enumerate(order):
        w0 = max((f.required_from or h0).toordinal(), o0) - o0
        w1 = min((f.required_until or h1).toordinal(), h1.toordinal()) - o0
        if w0 <= w1:
            required[k, w0 : w1 + 1] = True
    req_month = np.add.reduceat(required, month_index, axis=1) if n_days else required
    covered = required & (status > 0)
    cov_month = np.add.reduceat(covered, month_index, axis=1) if n_days else covered
    with np.errstate(invalid="ignore", divide="ignore"):
        coverage = np.where(req_month > 0, cov_month / np.maximum(req_month, 1), np.nan)
    funding = np.zeros((len(COVERAGE_STATUSES), len(months)))
    total = req_month.sum(axis=0) if len(order) else np.zeros(len(months))
    for j, code in enumerate((4, 3, 2, 1, 0)):
        days = (
            np.add.reduceat(required & (status == code), month_index, axis=1).sum(axis=0)
            if len(order)
            else np.zeros(len(months))
        )
        funding[j] = np.where(total > 0, days / np.maximum(total, 1), 0.0)

    findings: dict[str, dict[Severity, int]] = {}
    for finding in analysis.findings:
        findings.setdefault(finding.rule, dict.fromkeys(Severity, 0))[finding.severity] += 1
    ordered = {r: findings[r] for r in RULES if r in findings}
    ordered.update({r: c for r, c in findings.items() if r not in ordered})
    return DashboardData(
        plan.name,
        h0,
        h1,
        change + o0,
        capacity_by_type,
        unknown,
        tuple(months),
        tuple(f.name for f in order),
        coverage,
        ordered,
        funding,
        total,
        funding_years(plan, analysis),
    )
