"""Write the fixture workspace of each released schema revision into tests/store/fixtures/.

    .venv/bin/python tests/store/make_fixtures.py

A fixture is written the way that revision's application wrote files: Alembic `upgrade <rev>` on
a new file with our application id, then the plans inserted with plain SQL in that revision's
columns. So a later change of `store/schema.py` does not change what an old fixture holds, and
`test_migrations.py` checks that every fixture upgrades to head with its content intact.

When a revision is released, add a `write_<rev>` function and an entry in WRITERS, run this
script, and commit the new file. Never regenerate the file of an older revision.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"

if __name__ == "__main__":  # run as a script: make `tests` and the package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from transition_planner.domain import (  # noqa: E402
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
from transition_planner.domain.enums import (  # noqa: E402
    FundingKind,
    FundingLineStatus,
    HandoverKind,
    HandoverStatus,
    Readiness,
)
from transition_planner.domain.model import FundingLine, Handover  # noqa: E402
from transition_planner.store import APPLICATION_ID  # noqa: E402


def fixture_plans(revision: str = "0002") -> list[Plan]:
    """The plans the fixture of `revision` holds, built here (not from the example plans, which
    may change): a small transition PKO → SPM → UN country team using every field that revision
    has, and an empty plan. A field a revision does not have keeps its default."""
    plans = _fixture_plans_0002()
    if revision == "0001":
        return [_as_0001(plan) for plan in plans]
    return plans


def _as_0001(plan: Plan) -> Plan:
    """The plan as revision 0001 could hold it: the fields of 0002 at their defaults."""
    return replace(
        plan,
        region="",
        bridge_days=7,
        presences=tuple(replace(p, drawdown_start=None) for p in plan.presences),
        actors=tuple(replace(a, continues_id=None) for a in plan.actors),
        functions=tuple(replace(f, area="") for f in plan.functions),
        assignments=tuple(replace(s, readiness=None) for s in plan.assignments),
        handovers=(),
        funding_lines=(),
    )


def _fixture_plans_0002() -> list[Plan]:
    mission = Presence(
        id="pr-1",
        name="MINUKA",
        kind=PresenceKind.PKO,
        start=date(2016, 4, 1),
        end=date(2019, 10, 15),
        drawdown_start=date(2019, 4, 10),
        funding="Assessed",
        mandate="S/RES/2000 (2016)",
        notes="PKO",
    )
    spm = Presence(id="pr-2", name="BINUKA", kind=PresenceKind.SPM, start=date(2019, 10, 16))
    unct = Presence(
        id="pr-3",
        name="UNCT Kandora",
        kind=PresenceKind.NON_MISSION,
        start=date(2016, 1, 1),
        lead_department=LeadDepartment.OTHER,
    )
    actors = (
        Actor(id="ac-1", name="MINUKA Police", type=ActorType.MISSION, presence_id="pr-1"),
        Actor(
            id="ac-2",
            name="BINUKA Human Rights",
            type=ActorType.MISSION,
            presence_id="pr-2",
            continues_id="ac-1",
        ),
        Actor(id="ac-3", name="UNDP", type=ActorType.UN_ENTITY, notes="Rule of law programme"),
        Actor(id="ac-4", name="Police nationale", type=ActorType.GOVERNMENT),
    )
    functions = (
        Function(
            id="fn-1",
            name="Police support",
            priority=Priority.CRITICAL,
            category="Rule of law",
            required_from=date(2016, 4, 1),
            required_until=date(2022, 12, 31),
            notes="core",
        ),
        Function(id="fn-2", name="Human rights monitoring", priority=Priority.HIGH, area="North"),
        Function(id="fn-3", name="Mine action", priority=Priority.LOW, category="Security"),
    )
    assignments = (
        Assignment(
            id="as-1",
            function_id="fn-1",
            actor_id="ac-1",
            start=date(2016, 4, 1),
            end=date(2019, 10, 15),
            capacity=1200.0,
            funding_status=FundingStatus.SECURED,
            funding_source="Peacekeeping budget",
            notes="FPUs",
        ),
        Assignment(
            id="as-2",
            function_id="fn-1",
            actor_id="ac-3",
            start=date(2019, 9, 1),
            capacity=25.5,
            funding_status=FundingStatus.UNFUNDED,
        ),
        Assignment(id="as-3", function_id="fn-2", actor_id="ac-2", start=date(2019, 10, 16)),
        Assignment(
            id="as-4",
            function_id="fn-1",
            actor_id="ac-4",
            start=date(2018, 1, 1),
            funding_status=FundingStatus.PLEDGED,
            capacity=None,
            readiness=Readiness.PARTLY_READY,
        ),
    )
    handovers = (
        Handover(
            id="ho-1",
            item="Police training records",
            kind=HandoverKind.RECORDS,
            function_id="fn-1",
            area="Capital",
            from_actor_id="ac-1",
            to_actor_id="ac-4",
            owner="Police Commissioner",
            due=date(2019, 9, 30),
            status=HandoverStatus.IN_PROGRESS,
            notes="fixture",
        ),
        Handover(
            id="ho-2",
            item="Team site Nord",
            kind=HandoverKind.SITE,
            from_actor_id="ac-1",
            due=date(2019, 12, 1),
            status=HandoverStatus.LOST,
        ),
    )
    funding_lines = (
        FundingLine(
            id="fl-1",
            source="MINUKA budget",
            kind=FundingKind.ASSESSED,
            function_id="fn-1",
            actor_id="ac-1",
            year=2019,
            amount=1_250_000.5,
            status=FundingLineStatus.SECURED,
            notes="fixture",
        ),
        FundingLine(
            id="fl-2",
            source="Peacebuilding Fund",
            kind=FundingKind.PEACEBUILDING_FUND,
            year=2020,
            amount=3_000_000.0,
            status=FundingLineStatus.PROJECTED,
        ),
    )
    milestones = (
        Milestone(
            id="ms-1",
            name="Mandate ends",
            date=date(2019, 10, 15),
            kind=MilestoneKind.DRAWDOWN,
            notes="Resolution 2466",
        ),
        Milestone(id="ms-2", name="Elections", date=date(2021, 9, 26), kind=MilestoneKind.ELECTION),
    )
    kandora = Plan(
        id="plan-1",
        name="Kandora — fixture",
        country="Kandora (fictional)",
        region="Africa II",
        description="Fixture of a released schema: do not change.",
        horizon_start=date(2016, 1, 1),
        horizon_end=date(2023, 12, 31),
        min_overlap_days=60,
        cliff_threshold=0.4,
        bridge_days=3,
        presences=(mission, spm, unct),
        actors=actors,
        functions=functions,
        assignments=assignments,
        milestones=milestones,
        handovers=handovers,
        funding_lines=funding_lines,
    )
    empty = Plan(
        id="plan-2",
        name="Empty plan — ünïcode",
        horizon_start=date(2030, 1, 1),
        horizon_end=date(2030, 12, 31),
    )
    return [kandora, empty]


def _value(value: object) -> object:
    """A value as revision 0001 stores it: enums by spelling, dates ISO."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    if hasattr(value, "value"):
        return value.value  # type: ignore[no-any-return]
    return value


def write_0001(path: Path, plans: list[Plan]) -> None:
    from sqlalchemy import create_engine

    from transition_planner.store import migrate

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        from alembic import command

        command.upgrade(migrate.alembic_config(conn), "0001")
    engine.dispose()
    db = sqlite3.connect(path)
    with db:
        for plan in plans:
            db.execute(
                "INSERT INTO plans (id, name, country, description, horizon_start, horizon_end,"
                " min_overlap_days, cliff_threshold) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    _value(v)
                    for v in (
                        plan.id,
                        plan.name,
                        plan.country,
                        plan.description,
                        plan.horizon_start,
                        plan.horizon_end,
                        plan.min_overlap_days,
                        plan.cliff_threshold,
                    )
                ],
            )
            rows: dict[str, tuple[list[str], list[list[object]]]] = {
                "presences": (
                    [
                        "id",
                        "name",
                        "kind",
                        "start_date",
                        "end_date",
                        "lead_department",
                        "funding",
                        "mandate",
                        "notes",
                    ],
                    [
                        [
                            p.id,
                            p.name,
                            p.kind,
                            p.start,
                            p.end,
                            p.lead_department,
                            p.funding,
                            p.mandate,
                            p.notes,
                        ]
                        for p in plan.presences
                    ],
                ),
                "actors": (
                    ["id", "name", "actor_type", "presence_id", "notes"],
                    [[a.id, a.name, a.type, a.presence_id, a.notes] for a in plan.actors],
                ),
                "functions": (
                    [
                        "id",
                        "name",
                        "category",
                        "priority",
                        "required_from",
                        "required_until",
                        "notes",
                    ],
                    [
                        [
                            f.id,
                            f.name,
                            f.category,
                            f.priority,
                            f.required_from,
                            f.required_until,
                            f.notes,
                        ]
                        for f in plan.functions
                    ],
                ),
                "assignments": (
                    [
                        "id",
                        "function_id",
                        "actor_id",
                        "start_date",
                        "end_date",
                        "capacity",
                        "funding_status",
                        "funding_source",
                        "notes",
                    ],
                    [
                        [
                            s.id,
                            s.function_id,
                            s.actor_id,
                            s.start,
                            s.end,
                            s.capacity,
                            s.funding_status,
                            s.funding_source,
                            s.notes,
                        ]
                        for s in plan.assignments
                    ],
                ),
                "milestones": (
                    ["id", "name", "milestone_date", "kind", "notes"],
                    [[m.id, m.name, m.date, m.kind, m.notes] for m in plan.milestones],
                ),
            }
            for table, (columns, values) in rows.items():
                names = ", ".join(["plan_id", "position", *columns])
                marks = ", ".join("?" * (len(columns) + 2))
                for position, row in enumerate(values):
                    db.execute(
                        f"INSERT INTO {table} ({names}) VALUES ({marks})",
                        [plan.id, position, *(_value(v) for v in row)],
                    )
    db.execute("VACUUM")
    db.close()


def write_0002(path: Path, plans: list[Plan]) -> None:
    """Revision 0002 (the release of 2026-12-01): regions, bridge days, drawdown starts,
    continuations, areas, readiness, the handover register and funding lines."""
    from sqlalchemy import create_engine

    from transition_planner.store import migrate

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        from alembic import command

        command.upgrade(migrate.alembic_config(conn), "0002")
    engine.dispose()
    db = sqlite3.connect(path)
    with db:
        for plan in plans:
            settings = {
                "id": plan.id,
                "name": plan.name,
                "country": plan.country,
                "region": plan.region,
                "description": plan.description,
                "horizon_start": plan.horizon_start,
                "horizon_end": plan.horizon_end,
                "min_overlap_days": plan.min_overlap_days,
                "cliff_threshold": plan.cliff_threshold,
                "bridge_days": plan.bridge_days,
            }
            _insert(db, "plans", settings)
            tables: dict[str, list[dict[str, object]]] = {
                "presences": [
                    {
                        "id": p.id,
                        "name": p.name,
                        "kind": p.kind,
                        "start_date": p.start,
                        "end_date": p.end,
                        "drawdown_start": p.drawdown_start,
                        "lead_department": p.lead_department,
                        "funding": p.funding,
                        "mandate": p.mandate,
                        "notes": p.notes,
                    }
                    for p in plan.presences
                ],
                "actors": [
                    {
                        "id": a.id,
                        "name": a.name,
                        "actor_type": a.type,
                        "presence_id": a.presence_id,
                        "continues_id": a.continues_id,
                        "notes": a.notes,
                    }
                    for a in plan.actors
                ],
                "functions": [
                    {
                        "id": f.id,
                        "name": f.name,
                        "category": f.category,
                        "area": f.area,
                        "priority": f.priority,
                        "required_from": f.required_from,
                        "required_until": f.required_until,
                        "notes": f.notes,
                    }
                    for f in plan.functions
                ],
                "assignments": [
                    {
                        "id": s.id,
                        "function_id": s.function_id,
                        "actor_id": s.actor_id,
                        "start_date": s.start,
                        "end_date": s.end,
                        "capacity": s.capacity,
                        "funding_status": s.funding_status,
                        "funding_source": s.funding_source,
                        "readiness": s.readiness,
                        "notes": s.notes,
                    }
                    for s in plan.assignments
                ],
                "milestones": [
                    {
                        "id": m.id,
                        "name": m.name,
                        "milestone_date": m.date,
                        "kind": m.kind,
                        "notes": m.notes,
                    }
                    for m in plan.milestones
                ],
                "handovers": [
                    {
                        "id": h.id,
                        "item": h.item,
                        "kind": h.kind,
                        "function_id": h.function_id,
                        "area": h.area,
                        "from_actor_id": h.from_actor_id,
                        "to_actor_id": h.to_actor_id,
                        "owner": h.owner,
                        "due_date": h.due,
                        "status": h.status,
                        "notes": h.notes,
                    }
                    for h in plan.handovers
                ],
                "funding_lines": [
                    {
                        "id": line.id,
                        "source": line.source,
                        "kind": line.kind,
                        "function_id": line.function_id,
                        "actor_id": line.actor_id,
                        "funding_year": line.year,
                        "amount": line.amount,
                        "status": line.status,
                        "notes": line.notes,
                    }
                    for line in plan.funding_lines
                ],
            }
            for table, rows in tables.items():
                for position, row in enumerate(rows):
                    _insert(db, table, {"plan_id": plan.id, "position": position, **row})
    db.execute("VACUUM")
    db.close()


def _insert(db: sqlite3.Connection, table: str, values: dict[str, object]) -> None:
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    db.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", [_value(v) for v in values.values()]
    )


#: revision → the function that writes a workspace of that revision
WRITERS: dict[str, Callable[[Path, list[Plan]], None]] = {
    "0001": write_0001,
    "0002": write_0002,
}


def fixture_path(revision: str) -> Path:
    return FIXTURES / f"workspace-r{revision}.tpw"


def main(revisions: list[str]) -> None:
    FIXTURES.mkdir(exist_ok=True)
    for revision in revisions or list(WRITERS):
        path = fixture_path(revision)
        path.unlink(missing_ok=True)
        WRITERS[revision](path, fixture_plans(revision))
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
