"""Plans for the store tests: one that uses every field, and big ones."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from transition_planner.domain import (
    Actor,
    ActorType,
    Assignment,
    Function,
    FundingStatus,
    LeadDepartment,
    Milestone,
    MilestoneKind,
    Plan,
    Presence,
    PresenceKind,
    Priority,
)
from transition_planner.domain.enums import (
    FundingKind,
    FundingLineStatus,
    HandoverKind,
    HandoverStatus,
    Readiness,
)
from transition_planner.domain.model import FundingLine, Handover

LONG_TEXT = "Continuity of care — ✓ " * 1300 + "\nzweite Zeile\tend"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def full_plan(name: str = "Kandora — full") -> Plan:
    """A plan whose entities use every field, with None values, unicode, long text, floats."""
    mission = Presence(
        name="MINUKA",
        kind=PresenceKind.PKO,
        start=date(2024, 1, 1),
        end=date(2026, 6, 30),
        drawdown_start=date(2026, 1, 15),
        funding="Assessed contributions",
        mandate="S/RES/9999 (2024) — «protection of civilians»",
        notes=LONG_TEXT,
    )
    office = Presence(
        name="UNOKA 事务所",
        kind=PresenceKind.SPM,
        start=date(2026, 7, 1),
        lead_department=LeadDepartment.OTHER,  # not the kind's default
    )
    team = Presence(name="UNCT Kandora", kind=PresenceKind.NON_MISSION, start=date(2024, 1, 1))
    police = Actor(
        name="MINUKA Police", type=ActorType.MISSION, presence_id=mission.id, notes="FPU × 3"
    )
    undp = Actor(name="UNDP", type=ActorType.UN_ENTITY, continues_id=police.id)
    ministry = Actor(name="Ministère de l'Intérieur", type=ActorType.GOVERNMENT, notes="'; --")
    policing = Function(
        name="Police support",
        priority=Priority.CRITICAL,
        category="Rule of law",
        required_from=date(2024, 3, 1),
        required_until=date(2028, 12, 31),
        notes='=HYPERLINK("http://x")',
    )
    rights = Function(name="Human rights monitoring", priority=Priority.LOW, area="Nord-Kivu")
    assignments = (
        Assignment(
            function_id=policing.id,
            actor_id=police.id,
            start=date(2024, 1, 1),
            end=date(2026, 6, 30),
            capacity=1234.5,
            funding_status=FundingStatus.SECURED,
            funding_source="Peacekeeping budget",
            notes="né-free",
        ),
        Assignment(
            function_id=policing.id,
            actor_id=undp.id,
            start=date(2026, 5, 1),
            capacity=0.1 + 0.2,  # floats come back bit for bit
            funding_status=FundingStatus.UNFUNDED,
        ),
        Assignment(
            function_id=rights.id,
            actor_id=ministry.id,
            start=date(2025, 1, 1),
            end=None,
            capacity=None,
            funding_status=None,
            readiness=Readiness.NOT_READY,
        ),
    )
    handovers = (
        Handover(
            item="Case files — «confidential»",
            kind=HandoverKind.CASELOAD,
            function_id=rights.id,
            area="Nord-Kivu",
            from_actor_id=police.id,
            to_actor_id=undp.id,
            owner="Chief of Staff",
            due=date(2026, 6, 1),
            status=HandoverStatus.IN_PROGRESS,
            notes="=1+1",
        ),
        Handover(
            item="Team site 7",
            kind=HandoverKind.SITE,
            from_actor_id=police.id,
            due=date(2026, 7, 15),
            status=HandoverStatus.LOST,
        ),
    )
    funding_lines = (
        FundingLine(
            source="MINUKA budget",
            kind=FundingKind.ASSESSED,
            function_id=policing.id,
            actor_id=police.id,
            year=2025,
            amount=123_456_789.25,
            status=FundingLineStatus.SECURED,
        ),
        FundingLine(
            source="Peacebuilding Fund — IRF",
            kind=FundingKind.PEACEBUILDING_FUND,
            year=2026,
            amount=0.1 + 0.2,
            status=FundingLineStatus.PROJECTED,
            notes="x",
        ),
    )
    milestones = (
        Milestone(
            name="Mandate renewal", date=date(2025, 6, 30), kind=MilestoneKind.MANDATE_RENEWAL
        ),
        Milestone(name="Elections", date=date(2026, 11, 1), kind=MilestoneKind.ELECTION, notes="x"),
        Milestone(name="Elections", date=date(2027, 11, 1)),  # milestone names may repeat
    )
    return Plan(
        name=name,
        country="Kandora (fictional) — ÇÃ",
        description=LONG_TEXT,
        horizon_start=date(2024, 1, 1),
        horizon_end=date(2029, 12, 31),
        region="Africa II",
        min_overlap_days=45,
        cliff_threshold=0.35,
        bridge_days=10,
        presences=(mission, office, team),
        actors=(police, undp, ministry),
        functions=(policing, rights),
        assignments=assignments,
        milestones=milestones,
        handovers=handovers,
        funding_lines=funding_lines,
    )


def big_plan(assignments: int, name: str = "Big") -> Plan:
    """A plan with many assignments (spread over 200 functions and 100 actors)."""
    presences = (Presence(name="Mission", kind=PresenceKind.PKO, start=date(2020, 1, 1)),)
    actors = tuple(
        Actor(
            name=f"Actor {i}",
            type=ActorType.UN_ENTITY,
            presence_id=presences[0].id if i % 3 == 0 else None,
        )
        for i in range(100)
    )
    functions = tuple(
        Function(name=f"Function {i}", priority=list(Priority)[i % 4]) for i in range(200)
    )
    items = tuple(
        Assignment(
            function_id=functions[i % 200].id,
            actor_id=actors[i % 100].id,
            start=date(2020 + i % 5, 1 + i % 12, 1 + i % 28),
            end=None if i % 7 == 0 else date(2026, 12, 31),
            capacity=None if i % 11 == 0 else float(i % 50),
            funding_status=list(FundingStatus)[i % 3] if i % 4 else None,
            funding_source="Trust fund" if i % 2 else "",
            notes=f"assignment {i}",
        )
        for i in range(assignments)
    )
    milestones = tuple(
        Milestone(name=f"Milestone {i}", date=date(2021, 1 + i % 12, 1)) for i in range(50)
    )
    return Plan(
        name=name,
        horizon_start=date(2020, 1, 1),
        horizon_end=date(2030, 12, 31),
        presences=presences,
        actors=actors,
        functions=functions,
        assignments=items,
        milestones=milestones,
    )
