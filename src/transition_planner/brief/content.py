"""What goes into the brief (SPEC §6), chosen from a plan and its analysis as of a day.

Pure data, no layout: the PDF (`brief.pdf`) only draws what `brief_content` chose. Words meant for
people are not made here, except the findings' own sentences (`Finding.detail`), which the
analysis writes in the language of the process.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from ..charts.series import lead_segments
from ..domain.enums import (
    PILLAR_RESTRUCTURING,
    FundingKind,
    FundingLineStatus,
    HandoverKind,
    HandoverStatus,
    LeadDepartment,
    PresenceKind,
    Severity,
)
from ..domain.findings import Analysis, Finding
from ..domain.model import Milestone, Plan

#: At most this many findings are told as top risks (SPEC §6).
MAX_RISKS = 8
#: Handovers due within this many days of the as-of day need action (SPEC §6).
DUE_SOON_DAYS = 90
#: The handover statuses that still need doing.
OPEN_STATUSES = (HandoverStatus.PLANNED, HandoverStatus.IN_PROGRESS, HandoverStatus.BLOCKED)
_RENAMED = (LeadDepartment.DPO, LeadDepartment.DPPA)


@dataclass(frozen=True)
class PresenceRow:
    name: str
    kind: PresenceKind
    start: date
    #: None: ongoing.
    end: date | None
    lead: LeadDepartment

    def lead_names(self) -> tuple[str, ...]:
        """The lead department's name(s) over the presence's life: ("DPKO", "DPO") when it
        lived through the 2019 rename, else one name."""
        first = self.lead.label_on(self.start)
        lived_through = self.end is None or self.end >= PILLAR_RESTRUCTURING
        if self.lead in _RENAMED and self.start < PILLAR_RESTRUCTURING and lived_through:
            return (first, self.lead.label_on(PILLAR_RESTRUCTURING))
        return (first,)


@dataclass(frozen=True)
class LeadPeriod:
    """A stretch of the horizon with one headquarters lead, named as it was then."""

    start: date
    end: date
    department: LeadDepartment
    #: The department's name in this period (DPKO, DPA before 2019).
    name: str
    #: The presence whose lead department it is.
    presence: str
    #: The period starts with the 2019 rename of the department of the period before: the same
    #: lead under its new name.
    renamed: bool = False


@dataclass(frozen=True)
class Risk:
    finding: Finding

    @property
    def severity(self) -> Severity:
        return self.finding.severity

    @property
    def subject(self) -> str:
        """What the finding is about: its function, else the presence or item it names."""
        f = self.finding
        if f.function:
            return f.function
        for key in ("presence", "item", "actor"):
            value = f.extras.get(key)
            if isinstance(value, str) and value:
                return value
        return ""


@dataclass(frozen=True)
class HandoverAction:
    """A handover of the register that needs action on the as-of day."""

    item: str
    kind: HandoverKind
    function: str
    area: str
    from_actor: str
    #: None: nobody to receive it yet.
    to_actor: str | None
    owner: str
    due: date
    status: HandoverStatus
    overdue: bool
    unassigned: bool
    due_soon: bool
    #: Days late (overdue) or days left (due soon, 0 = due on the as-of day).
    days: int


@dataclass(frozen=True)
class FundingTable:
    """Funding lines summed by calendar year and kind, and by year and status (US dollars)."""

    years: tuple[int, ...]
    kinds: tuple[FundingKind, ...]
    statuses: tuple[FundingLineStatus, ...]
    by_kind: dict[tuple[int, FundingKind], Fraction]
    by_status: dict[tuple[int, FundingLineStatus], Fraction]
    total: dict[int, Fraction]
    #: The years of a `financial_cliff` finding.
    cliff_years: frozenset[int] = frozenset()

    @property
    def largest(self) -> Fraction:
        return max(self.total.values(), default=Fraction(0))


@dataclass(frozen=True)
class BriefContent:
    plan_name: str
    country: str
    region: str
    description: str
    as_of: date
    horizon_start: date
    horizon_end: date
    continuity_score: float | None
    counts: dict[Severity, int]
    next_milestone: Milestone | None
    presences: tuple[PresenceRow, ...]
    lead_periods: tuple[LeadPeriod, ...]
    #: The most severe findings (info left out), at most MAX_RISKS.
    risks: tuple[Risk, ...]
    #: How many findings could have been told (every finding but the informational ones).
    risks_total: int
    #: Every handover needing action, by due day.
    handovers: tuple[HandoverAction, ...]
    #: The plan has a handover register (at least one handover).
    has_register: bool
    #: None when the plan has no funding lines.
    funding: FundingTable | None


def brief_content(plan: Plan, analysis: Analysis, as_of: date) -> BriefContent:
    """What the brief of `plan` says as of `as_of` (`analysis` is the plan's, as of that day)."""
    return BriefContent(
        plan_name=plan.name,
        country=plan.country,
        region=plan.region,
        description=plan.description.strip(),
        as_of=as_of,
        horizon_start=plan.horizon_start,
        horizon_end=plan.horizon_end,
        continuity_score=analysis.continuity_score,
        counts=analysis.counts_by_severity(),
        next_milestone=next_milestone(plan, as_of),
        presences=tuple(
            PresenceRow(p.name, p.kind, p.start, p.end, p.lead)
            for p in sorted(plan.presences, key=lambda p: (p.start, p.name.casefold()))
        ),
        lead_periods=lead_periods(plan),
        risks=tuple(Risk(f) for f in top_risks(analysis, as_of)),
        risks_total=sum(1 for f in analysis.findings if f.severity is not Severity.INFO),
        handovers=handover_actions(plan, as_of),
        has_register=bool(plan.handovers),
        funding=funding_table(plan, analysis),
    )


def next_milestone(plan: Plan, as_of: date) -> Milestone | None:
    """The first milestone after `as_of` (the earliest listed first on a tie), or None."""
    later = [m for m in plan.milestones if m.date > as_of]
    return min(later, key=lambda m: m.date) if later else None


def top_risks(analysis: Analysis, as_of: date, limit: int = MAX_RISKS) -> list[Finding]:
    """The most severe findings, informational ones left out: by severity, and within one
    severity those not over by `as_of` first (what a Head of Mission can still act on), then by
    start, rule and function."""
    candidates = [f for f in analysis.findings if f.severity is not Severity.INFO]
    candidates.sort(
        key=lambda f: (f.severity.rank, f.end < as_of, f.start, f.rule, f.function or "")
    )
    return candidates[:limit]


def lead_periods(plan: Plan) -> tuple[LeadPeriod, ...]:
    """The headquarters lead over the horizon (the `lead_change` rule's leader of each day),
    a period cut in two where its department was renamed on 1 January 2019."""
    out: list[LeadPeriod] = []
    for seg in lead_segments(plan):
        if seg.lead in _RENAMED and seg.start < PILLAR_RESTRUCTURING <= seg.end:
            cut = PILLAR_RESTRUCTURING - timedelta(days=1)
            out.append(
                LeadPeriod(
                    seg.start, cut, seg.lead, seg.lead.label_on(seg.start), seg.presence_name
                )
            )
            out.append(
                LeadPeriod(
                    PILLAR_RESTRUCTURING,
                    seg.end,
                    seg.lead,
                    seg.lead.label_on(PILLAR_RESTRUCTURING),
                    seg.presence_name,
                    renamed=True,
                )
            )
        else:
            out.append(
                LeadPeriod(
                    seg.start, seg.end, seg.lead, seg.lead.label_on(seg.start), seg.presence_name
                )
            )
    return tuple(out)


def handover_actions(plan: Plan, as_of: date) -> tuple[HandoverAction, ...]:
    """The handovers that are overdue, have no receiver, or are due within DUE_SOON_DAYS of
    `as_of` (SPEC §6), by due day then item.

    Overdue and without receiver read as the register rules do (`handover_overdue`,
    `handover_unassigned`); due soon: not Done or Lost, due on `as_of` or in the 90 days after.
    """
    soon = as_of + timedelta(days=DUE_SOON_DAYS)
    out: list[HandoverAction] = []
    for h in plan.handovers:
        if h.status in (HandoverStatus.DONE, HandoverStatus.LOST):
            continue
        overdue = h.status in OPEN_STATUSES and h.due < as_of
        unassigned = h.to_actor_id is None and plan.horizon_start <= h.due <= plan.horizon_end
        due_soon = as_of <= h.due <= soon
        if not (overdue or unassigned or due_soon):
            continue
        giver = plan.actor(h.from_actor_id)
        receiver = plan.actor(h.to_actor_id)
        function = plan.function(h.function_id)
        out.append(
            HandoverAction(
                item=h.item,
                kind=h.kind,
                function=function.name if function else "",
                area=h.area,
                from_actor=giver.name if giver else "",
                to_actor=receiver.name if receiver else None,
                owner=h.owner,
                due=h.due,
                status=h.status,
                overdue=overdue,
                unassigned=unassigned,
                due_soon=due_soon,
                days=abs((h.due - as_of).days),
            )
        )
    out.sort(key=lambda a: (a.due, a.item.casefold()))
    return tuple(out)


def funding_table(plan: Plan, analysis: Analysis | None = None) -> FundingTable | None:
    """The plan's funding lines summed by year and kind and by year and status, with the years
    of the analysis's financial cliffs; None without lines. Sums are exact (fractions of the
    amounts' binary values)."""
    if not plan.funding_lines:
        return None
    by_kind: dict[tuple[int, FundingKind], Fraction] = defaultdict(Fraction)
    by_status: dict[tuple[int, FundingLineStatus], Fraction] = defaultdict(Fraction)
    total: dict[int, Fraction] = defaultdict(Fraction)
    for line in plan.funding_lines:
        amount = Fraction(line.amount)
        by_kind[(line.year, line.kind)] += amount
        by_status[(line.year, line.status)] += amount
        total[line.year] += amount
    kinds = {kind for _, kind in by_kind}
    statuses = {status for _, status in by_status}
    return FundingTable(
        years=tuple(sorted(total)),
        kinds=tuple(k for k in FundingKind if k in kinds),
        statuses=tuple(s for s in FundingLineStatus if s in statuses),
        by_kind=dict(by_kind),
        by_status=dict(by_status),
        total=dict(total),
        cliff_years=frozenset(
            year
            for f in (analysis.findings if analysis is not None else ())
            if f.rule == "financial_cliff" and isinstance(year := f.extras.get("year"), int)
        ),
    )
