"""Hand-made plans for the chart tests (and a generator of big plans)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from transition_planner.domain.enums import (
    ActorType,
    FundingStatus,
    MilestoneKind,
    PresenceKind,
    Priority,
)
from transition_planner.domain.model import Actor, Assignment, Function, Milestone, Plan, Presence


def small_plan() -> Plan:
    """PKO (2019–2020) → presence gap Jan–Feb 2021 → SPM (Mar 2021 – ongoing).

    Police (critical, Security): mission police in 2020, then unfunded government police from
    June 2021 → coverage gap 2021-01-01..2021-05-31 (151 days) and a funding gap after it.
    Mine action (medium, Security, required from 2021): UNDP from 2021.
    Rights (high, Human rights): UNDP (10) and government (2) overlap, then only government:
    two sub-lanes, a capacity cliff and (minimum overlap 120 days) a cold handover on 2022-01-01.
    """
    pko = Presence(
        name="Mission A",
        kind=PresenceKind.PKO,
        start=date(2019, 1, 1),
        end=date(2020, 12, 31),
        id="p-pko",
    )
    spm = Presence(name="Office B", kind=PresenceKind.SPM, start=date(2021, 3, 1), id="p-spm")
    police = Actor(name="A Police", type=ActorType.MISSION, presence_id="p-pko", id="a-pol")
    gov = Actor(name="Gov Police", type=ActorType.GOVERNMENT, id="a-gov")
    undp = Actor(name="UNDP", type=ActorType.UN_ENTITY, id="a-undp")
    f_police = Function(
        name="Police", priority=Priority.CRITICAL, category="Security", id="f-police"
    )
    f_rights = Function(
        name="Rights", priority=Priority.HIGH, category="Human rights", id="f-rights"
    )
    f_mine = Function(
        name="Mine action",
        priority=Priority.MEDIUM,
        category="Security",
        required_from=date(2021, 1, 1),
        id="f-mine",
    )
    return Plan(
        name="Small",
        horizon_start=date(2020, 1, 1),
        horizon_end=date(2022, 12, 31),
        min_overlap_days=120,
        presences=(pko, spm),
        actors=(police, gov, undp),
        # Rights first in the plan: the chart still shows the critical Security group first
        functions=(f_rights, f_police, f_mine),
        assignments=(
            Assignment(
                function_id="f-police",
                actor_id="a-pol",
                start=date(2020, 1, 1),
                end=date(2020, 12, 31),
                capacity=100,
                funding_status=FundingStatus.SECURED,
                id="s-pol",
            ),
            Assignment(
                function_id="f-police",
                actor_id="a-gov",
                start=date(2021, 6, 1),
                capacity=20,
                funding_status=FundingStatus.UNFUNDED,
                id="s-gov",
            ),
            Assignment(
                function_id="f-rights",
                actor_id="a-undp",
                start=date(2020, 1, 1),
                end=date(2021, 12, 31),
                capacity=10,
                funding_status=FundingStatus.PLEDGED,
                id="s-undp",
            ),
            Assignment(
                function_id="f-rights",
                actor_id="a-gov",
                start=date(2021, 10, 1),
                end=date(2022, 12, 31),
                capacity=2,
                id="s-gov-rights",
            ),
            Assignment(
                function_id="f-mine",
                actor_id="a-undp",
                start=date(2021, 1, 1),
                capacity=None,
                funding_status=FundingStatus.SECURED,
                id="s-mine",
            ),
        ),
        milestones=(
            Milestone(
                name="Elections",
                date=date(2021, 4, 1),
                kind=MilestoneKind.ELECTION,
                id="m-election",
            ),
            Milestone(name="Far away", date=date(2030, 1, 1), id="m-far"),
        ),
    )


def big_plan(assignments: int, seed: int = 7) -> Plan:
    """A generated plan: 20 assignments per function in overlapping chains, 40 actors."""
    rng = random.Random(seed)
    h0, h1 = date(2020, 1, 1), date(2029, 12, 31)
    presences = (
        Presence(
            name="PKO",
            kind=PresenceKind.PKO,
            start=date(2015, 1, 1),
            end=date(2024, 6, 30),
            id="pko",
        ),
        Presence(name="SPM", kind=PresenceKind.SPM, start=date(2024, 7, 1), id="spm"),
        Presence(name="UNCT", kind=PresenceKind.NON_MISSION, start=date(2015, 1, 1), id="unct"),
    )
    types = list(ActorType)
    actors = tuple(
        Actor(name=f"Actor {i:02d}", type=types[i % len(types)], id=f"a{i}") for i in range(40)
    )
    n_functions = max(1, assignments // 20)
    functions = tuple(
        Function(
            name=f"Function {i:03d}",
            priority=list(Priority)[i % 4],
            category=f"Category {i % 6}",
            id=f"f{i}",
        )
        for i in range(n_functions)
    )
    items = []
    span = (h1 - h0).days
    for k in range(assignments):
        f = k % n_functions
        start = h0 + timedelta(days=rng.randrange(0, span - 30))
        end = start + timedelta(days=rng.randrange(30, 700))
        items.append(
            Assignment(
                function_id=f"f{f}",
                actor_id=f"a{rng.randrange(40)}",
                start=start,
                end=min(end, h1) if rng.random() < 0.9 else None,
                capacity=float(rng.randrange(1, 200)),
                funding_status=rng.choice([None, *FundingStatus]),
                id=f"s{k}",
            )
        )
    milestones = tuple(
        Milestone(
            name=f"Milestone {i}",
            date=h0 + timedelta(days=200 * i + 50),
            kind=MilestoneKind.OTHER,
            id=f"m{i}",
        )
        for i in range(15)
    )
    return Plan(
        name=f"Big {assignments}",
        horizon_start=h0,
        horizon_end=h1,
        presences=presences,
        actors=actors,
        functions=functions,
        assignments=tuple(items),
        milestones=milestones,
    )


def outliving_plan() -> Plan:
    """`small_plan` where the mission police carry on five months after their mission ends
    (2021-01-01..2021-05-31: an `outlives_presence` finding); the mission still ends 91 days
    before the elections of 2021-04-01 (a `drawdown_before_election` finding)."""
    plan = small_plan()
    return replace(
        plan,
        assignments=tuple(
            replace(a, end=date(2021, 5, 31)) if a.id == "s-pol" else a for a in plan.assignments
        ),
    )
