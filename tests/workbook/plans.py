"""Plans and helpers for the workbook tests."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import date
from pathlib import Path

from transition_planner.domain.enums import (
    ActorType,
    FundingKind,
    FundingLineStatus,
    FundingStatus,
    HandoverKind,
    HandoverStatus,
    LeadDepartment,
    MilestoneKind,
    PresenceKind,
    Priority,
    Readiness,
    Severity,
)
from transition_planner.domain.findings import Analysis, Finding
from transition_planner.domain.model import (
    Actor,
    Assignment,
    Function,
    FundingLine,
    Handover,
    Milestone,
    Plan,
    Presence,
)


def small_plan(**settings: object) -> Plan:
    """A plan using every field: open ends, blank and set enums, capacities, notes."""
    pko = Presence(
        name="MINUSKA",
        kind=PresenceKind.PKO,
        start=date(2015, 1, 1),
        end=date(2019, 6, 30),
        drawdown_start=date(2018, 12, 20),
        funding="Assessed budget",
        mandate="Res 2222 (2015)",
        notes="Line one\nline two",
    )
    spm = Presence(
        name="UNIKA",
        kind=PresenceKind.SPM,
        start=date(2019, 7, 1),
        lead_department=LeadDepartment.DPO,  # not the kind's default
    )
    police = Actor(name="MINUSKA Police", type=ActorType.MISSION, presence_id=pko.id)
    undp = Actor(
        name="UNDP", type=ActorType.UN_ENTITY, notes="Rule of law programme", continues_id=police.id
    )
    gov = Actor(name="Ministry of Justice", type=ActorType.GOVERNMENT)
    f_police = Function(
        name="Police support", priority=Priority.CRITICAL, category="Security", area="Capital"
    )
    f_hr = Function(
        name="Human rights monitoring",
        priority=Priority.HIGH,
        required_from=date(2016, 1, 1),
        required_until=date(2021, 12, 31),
        notes="Public reporting",
    )
    f_ed = Function(name="Electoral support", priority=Priority.LOW)
    assignments = (
        Assignment(
            function_id=f_police.id,
            actor_id=police.id,
            start=date(2015, 1, 1),
            end=date(2019, 6, 30),
            capacity=1200,
            funding_status=FundingStatus.SECURED,
            funding_source="Assessed",
        ),
        Assignment(
            function_id=f_police.id,
            actor_id=undp.id,
            start=date(2019, 9, 1),
            capacity=12.5,
            funding_status=FundingStatus.UNFUNDED,
            notes="Gap of two months",
        ),
        Assignment(
            function_id=f_hr.id,
            actor_id=gov.id,
            start=date(2016, 1, 1),
            readiness=Readiness.PARTLY_READY,
        ),
    )
    handovers = (
        Handover(
            item="Police case files",
            kind=HandoverKind.CASELOAD,
            function_id=f_police.id,
            area="Capital",
            from_actor_id=police.id,
            to_actor_id=undp.id,
            owner="Police Commissioner",
            due=date(2019, 5, 31),
            status=HandoverStatus.IN_PROGRESS,
            notes="Source: transition calendar",
        ),
        Handover(
            item="Team site North",
            kind=HandoverKind.SITE,
            from_actor_id=police.id,
            due=date(2019, 8, 1),
            status=HandoverStatus.PLANNED,
        ),
    )
    funding_lines = (
        FundingLine(
            source="MINUSKA budget 2018/19",
            kind=FundingKind.ASSESSED,
            actor_id=police.id,
            year=2019,
            amount=410_000_000.0,
            status=FundingLineStatus.SECURED,
        ),
        FundingLine(
            source="Peacebuilding Fund",
            kind=FundingKind.PEACEBUILDING_FUND,
            function_id=f_police.id,
            year=2020,
            amount=3_500_000.5,
            status=FundingLineStatus.PLEDGED,
            notes="IRF, 18 months",
        ),
    )
    milestones = (
        Milestone(name="Elections", date=date(2020, 11, 1), kind=MilestoneKind.ELECTION),
        Milestone(name="Drawdown ends", date=date(2019, 6, 30), kind=MilestoneKind.DRAWDOWN),
        Milestone(name="Review", date=date(2021, 3, 1)),
    )
    plan = Plan(
        name="Kandora test",
        country="Kandora",
        description="A plan for tests",
        horizon_start=date(2015, 1, 1),
        horizon_end=date(2022, 12, 31),
        min_overlap_days=60,
        cliff_threshold=0.4,
        presences=(pko, spm),
        actors=(police, undp, gov),
        functions=(f_police, f_hr, f_ed),
        assignments=assignments,
        milestones=milestones,
        handovers=handovers,
        funding_lines=funding_lines,
        region="Africa II",
        bridge_days=5,
    )
    return dataclasses.replace(plan, **settings)  # type: ignore[arg-type]


def some_findings(plan: Plan) -> Analysis:
    f = plan.functions[0]
    return Analysis(
        (
            Finding(
                "coverage_gap",
                Severity.CRITICAL,
                f.name,
                date(2019, 7, 1),
                date(2019, 8, 31),
                "Nobody carries Police support for 62 days.",
                function_id=f.id,
            ),
            Finding(
                "cold_handover",
                Severity.HIGH,
                f.name,
                date(2019, 9, 1),
                date(2019, 9, 1),
                "Handover without overlap.",
                extras={"from_actor": "MINUSKA Police", "to_actor": "UNDP", "overlap_days": 0},
            ),
        ),
        87.5,
    )


def comparable(plan: Plan) -> tuple[object, ...]:
    """A plan with ids replaced by names, for comparing plans that differ only in ids."""
    fn = {f.id: f.name for f in plan.functions}
    an = {a.id: a.name for a in plan.actors}
    pn = {p.id: p.name for p in plan.presences}
    return (
        plan.settings(),
        [dataclasses.replace(p, id="") for p in plan.presences],
        [
            dataclasses.replace(
                a,
                id="",
                presence_id=pn.get(a.presence_id or ""),
                continues_id=an.get(a.continues_id or ""),
            )
            for a in plan.actors
        ],
        [dataclasses.replace(f, id="") for f in plan.functions],
        [
            dataclasses.replace(s, id="", function_id=fn[s.function_id], actor_id=an[s.actor_id])
            for s in plan.assignments
        ],
        [dataclasses.replace(m, id="") for m in plan.milestones],
        [
            dataclasses.replace(
                h,
                id="",
                function_id=fn.get(h.function_id or ""),
                from_actor_id=an[h.from_actor_id],
                to_actor_id=an.get(h.to_actor_id or ""),
            )
            for h in plan.handovers
        ],
        [
            dataclasses.replace(
                line,
                id="",
                function_id=fn.get(line.function_id or ""),
                actor_id=an.get(line.actor_id or ""),
            )
            for line in plan.funding_lines
        ],
    )


def sheet_xml(path: Path) -> dict[str, str]:
    """The XML of every worksheet part of a workbook."""
    with zipfile.ZipFile(path) as z:
        return {
            name: z.read(name).decode("utf-8")
            for name in z.namelist()
            if name.startswith("xl/worksheets/sheet")
        }
