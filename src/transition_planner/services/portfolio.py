"""The region's view (SPEC §4 `portfolio`, §6 "The region"): one row per plan of a workspace, or
of one regional division, as of a day.

Each row tells the country and region, the presence of each kind alive on the day, the
continuity score and the counts of findings by severity (the same analysis as `check`), the next
milestone, and the headquarters line of the day: which Under-Secretary-General the region's
Assistant Secretary-General reports to on the country. Since the 2019 restructuring that is the
USG of DPO where a field-based peace operation is deployed and the USG of DPPA otherwise
(A/72/525, paragraph 9); the plan's own lead department comes first where the planner set one
(see `headquarters_line`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain.analysis import LEAD_PRECEDENCE
from ..domain.enums import LeadDepartment, PresenceKind, Severity
from ..domain.findings import Analysis
from ..domain.model import Milestone, Plan, Presence, name_key

if TYPE_CHECKING:
    from .planning import PlanningService

#: Lead departments that are a headquarters line (RC/UNCT and Other report to neither USG).
_HQ_LINES = (LeadDepartment.DPO, LeadDepartment.DPPA)


@dataclass(frozen=True)
class HeadquartersLine:
    """The department at headquarters a country reports to on a day."""

    department: LeadDepartment
    #: The department's name on the day (DPKO, DPA before 2019).
    name: str
    #: The presence whose lead department it is, when the plan sets it; None when it follows
    #: from the restructuring's rule (DPO where a PKO is deployed, DPPA otherwise).
    presence: str | None

    def to_json(self) -> dict[str, object]:
        return {"department": self.department.value, "name": self.name, "presence": self.presence}


@dataclass(frozen=True)
class PortfolioRow:
    plan: Plan
    analysis: Analysis
    as_of: date
    #: The presences alive on the as-of day, by kind (in the order of the kinds).
    presences: dict[PresenceKind, tuple[Presence, ...]]
    next_milestone: Milestone | None
    headquarters: HeadquartersLine

    @property
    def continuity_score(self) -> float | None:
        return self.analysis.continuity_score

    @property
    def counts(self) -> dict[Severity, int]:
        return self.analysis.counts_by_severity()

    def to_json(self) -> dict[str, object]:
        """As `portfolio --format json` prints a row. `presences` maps each kind to the name of
        its presence alive on the day (several, in the order they started, joined by ", ")."""
        return {
            "plan": self.plan.name,
            "country": self.plan.country,
            "region": self.plan.region,
            "presences": {
                kind.value: ", ".join(p.name for p in items)
                for kind, items in self.presences.items()
            },
            "continuity_score": self.continuity_score,
            "counts": {severity.value: n for severity, n in self.counts.items()},
            "next_milestone": (
                {"name": self.next_milestone.name, "date": self.next_milestone.date.isoformat()}
                if self.next_milestone is not None
                else None
            ),
            "headquarters": self.headquarters.to_json(),
        }


def alive_on(presence: Presence, day: date) -> bool:
    """The presence exists on `day` (an open end: it goes on)."""
    return presence.start <= day and (presence.end is None or day <= presence.end)


def presences_on(plan: Plan, day: date) -> dict[PresenceKind, tuple[Presence, ...]]:
    """The plan's presences alive on `day`, by kind, each kind's in the order they started."""
    alive = sorted((p for p in plan.presences if alive_on(p, day)), key=lambda p: (p.start, p.name))
    out: dict[PresenceKind, tuple[Presence, ...]] = {}
    for kind in PresenceKind:
        items = tuple(p for p in alive if p.kind is kind)
        if items:
            out[kind] = items
    return out


def headquarters_line(plan: Plan, day: date) -> HeadquartersLine:
    """The headquarters line of `plan` on `day`.

    The leader of the day is chosen as by the `lead_change` rule: among the UN presences alive
    (partner missions never lead), the one of the highest kind (PKO, SPM, Regional office,
    Non-mission), then the one that started last (then the one listed last). When its lead
    department is DPO or DPPA — the planner's choice, or the default of its kind — that is the
    line. Otherwise (no presence, or a UN country team whose lead is RC/UNCT): DPO when a PKO is
    deployed, DPPA otherwise.
    """
    leaders = [
        (LEAD_PRECEDENCE[p.kind], p.start, index, p)
        for index, p in enumerate(plan.presences)
        if p.kind in LEAD_PRECEDENCE and alive_on(p, day)
    ]
    if leaders:
        leader = max(leaders, key=lambda t: t[:3])[3]
        if leader.lead in _HQ_LINES:
            return HeadquartersLine(leader.lead, leader.lead.name_on(day), leader.name)
    pko = any(p.kind is PresenceKind.PKO and alive_on(p, day) for p in plan.presences)
    department = LeadDepartment.DPO if pko else LeadDepartment.DPPA
    return HeadquartersLine(department, department.name_on(day), None)


def next_milestone(plan: Plan, day: date) -> Milestone | None:
    """The first milestone after `day` (the one listed first on a tie), or None."""
    later = [m for m in plan.milestones if m.date > day]
    return min(later, key=lambda m: m.date) if later else None


def portfolio_row(plan: Plan, analysis: Analysis, day: date) -> PortfolioRow:
    return PortfolioRow(
        plan=plan,
        analysis=analysis,
        as_of=day,
        presences=presences_on(plan, day),
        next_milestone=next_milestone(plan, day),
        headquarters=headquarters_line(plan, day),
    )


def in_region(plan: Plan, region: str | None) -> bool:
    """The plan belongs to `region` (case and surrounding blanks ignored); None: every plan."""
    return region is None or name_key(plan.region) == name_key(region)


def sort_key(row: PortfolioRow) -> tuple[bool, str, bool, str, str]:
    """By region, then country (blank ones last), then plan name."""
    plan = row.plan
    return (
        not plan.region.strip(),
        name_key(plan.region),
        not plan.country.strip(),
        name_key(plan.country),
        name_key(plan.name),
    )


def portfolio(
    service: PlanningService, *, region: str | None = None, as_of: date | None = None
) -> list[PortfolioRow]:
    """One row per plan of the workspace (of `region`, when given), sorted by region then
    country, each analysed as of `as_of` (today when None)."""
    day = as_of or date.today()
    rows = []
    for summary in service.plans():
        plan = service.plan(summary.id)
        if in_region(plan, region):
            rows.append(portfolio_row(plan, service.analysis(summary.id, day), day))
    rows.sort(key=sort_key)
    return rows


__all__ = [
    "HeadquartersLine",
    "PortfolioRow",
    "alive_on",
    "headquarters_line",
    "in_region",
    "next_milestone",
    "portfolio",
    "portfolio_row",
    "presences_on",
]
