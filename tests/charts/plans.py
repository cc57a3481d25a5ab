"""Hand-made plans for the chart tests (and a generator of big plans)."""

from __future__ import annotations

import inspect
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


def mali_plan() -> Plan:
    """A plan the size of the Mali transition: 10 functions, 15 actors, 13 milestones, five
    presences (two of them partner missions), 2013–2025.

    Built from public dates (MINUSMA: resolution 2100, 25 Apr 2013; took over from AFISMA on
    1 Jul 2013; consent withdrawn 16 Jun 2023; resolution 2690 ended the mandate on 30 Jun 2023
    and the withdrawal on 31 Dec 2023); the assignments and capacities are illustrative orders
    of magnitude, for the charts and the screenshots."""
    d = date.fromisoformat
    afisma = Presence(
        name="AFISMA", kind=PresenceKind.PARTNER_MISSION, start=d("2013-01-20"), end=d("2013-06-30")
    )
    minusma = Presence(
        name="MINUSMA", kind=PresenceKind.PKO, start=d("2013-07-01"), end=d("2023-12-31")
    )
    eutm = Presence(
        name="EUTM Mali",
        kind=PresenceKind.PARTNER_MISSION,
        start=d("2013-02-18"),
        end=d("2024-05-18"),
    )
    barkhane = Presence(
        name="Operation Barkhane",
        kind=PresenceKind.PARTNER_MISSION,
        start=d("2014-08-01"),
        end=d("2022-08-15"),
    )
    unct = Presence(name="UN country team", kind=PresenceKind.NON_MISSION, start=d("2010-01-01"))

    def mission(name: str) -> Actor:
        return Actor(name=name, type=ActorType.MISSION, presence_id=minusma.id)

    srsg = mission("MINUSMA SRSG office")
    force = mission("MINUSMA Force")
    police = mission("MINUSMA Police")
    hrd = mission("MINUSMA Human Rights Division")
    civil = mission("MINUSMA Civil Affairs")
    ddr = mission("MINUSMA DDR/CVR Section")
    justice = mission("MINUSMA Justice and Corrections")
    afisma_troops = Actor(name="AFISMA contingents", type=ActorType.MISSION, presence_id=afisma.id)
    unmas = Actor(name="UNMAS Mali", type=ActorType.UN_ENTITY)
    undp = Actor(name="UNDP", type=ActorType.UN_ENTITY)
    unicef = Actor(name="UNICEF", type=ActorType.UN_ENTITY)
    ohchr = Actor(name="OHCHR country office", type=ActorType.UN_ENTITY)
    rco = Actor(name="Resident Coordinator's Office", type=ActorType.UN_ENTITY)
    fama = Actor(name="Malian Defence and Security Forces", type=ActorType.GOVERNMENT)
    moj = Actor(name="Ministry of Justice", type=ActorType.GOVERNMENT)

    def fn(name: str, priority: Priority, category: str, since: str = "2013-07-01") -> Function:
        # required from the UN's mandate on, unless said otherwise
        return Function(name=name, priority=priority, category=category, required_from=d(since))

    rule_of_law = "Rule of law and security"
    good_offices = fn("Political good offices", Priority.CRITICAL, "Political")
    elections = fn("Electoral support", Priority.MEDIUM, "Political")
    poc_centre = fn(
        "Protection of civilians (Centre)", Priority.CRITICAL, "Protection", "2015-01-01"
    )
    poc_north = fn("Protection of civilians (North)", Priority.CRITICAL, "Protection", "2013-01-20")
    police_support = fn("Police support", Priority.HIGH, rule_of_law)
    justice_fn = fn("Justice and corrections", Priority.HIGH, rule_of_law)
    ddr_fn = fn("DDR and community violence reduction", Priority.MEDIUM, rule_of_law, "2014-01-01")
    mines = fn("Mine action", Priority.MEDIUM, rule_of_law)
    rights = fn("Human rights monitoring", Priority.HIGH, "Human rights")
    children = fn("Child protection", Priority.HIGH, "Human rights")

    S, P, U = FundingStatus.SECURED, FundingStatus.PLEDGED, FundingStatus.UNFUNDED

    def a(
        f: Function,
        who: Actor,
        start: str,
        end: str | None,
        capacity: float | None,
        status: FundingStatus | None = S,
        source: str = "",
    ) -> Assignment:
        return Assignment(
            function_id=f.id,
            actor_id=who.id,
            start=d(start),
            end=d(end) if end else None,
            capacity=capacity,
            funding_status=status,
            funding_source=source,
        )

    assignments = (
        a(good_offices, srsg, "2013-07-01", "2023-12-31", 40, S, "Assessed budget"),
        a(good_offices, rco, "2024-01-01", None, 6, P, "Regular budget"),
        a(elections, civil, "2013-07-01", "2018-12-31", 60, S, "Assessed budget"),
        a(elections, undp, "2019-01-01", "2023-12-31", 12, P, "Basket fund"),
        a(poc_centre, force, "2015-01-01", "2023-12-31", 3000, S, "Assessed budget"),
        a(poc_centre, fama, "2022-01-01", None, 2000, None),
        a(poc_north, afisma_troops, "2013-01-20", "2013-06-30", 6000, P, "AU and donors"),
        a(poc_north, force, "2013-07-01", "2023-10-31", 9000, S, "Assessed budget"),
        a(poc_north, fama, "2023-11-15", None, 1500, None),
        a(police_support, police, "2013-07-01", "2023-12-31", 1900, S, "Assessed budget"),
        a(police_support, undp, "2024-03-01", None, 20, P, "Peacebuilding Fund"),
        a(justice_fn, justice, "2013-07-01", "2023-12-31", 45, S, "Assessed budget"),
        a(justice_fn, undp, "2014-01-01", "2023-12-31", 30, S, "Trust fund"),
        a(justice_fn, moj, "2013-01-01", None, 50, U),
        a(ddr_fn, ddr, "2014-01-01", "2023-06-30", 120, S, "Assessed budget"),
        a(ddr_fn, undp, "2024-01-01", "2025-12-31", 15, U),
        a(mines, unmas, "2013-07-01", "2023-12-31", 200, S, "Assessed budget"),
        a(rights, hrd, "2013-07-01", "2023-12-31", 150, S, "Assessed budget"),
        a(rights, ohchr, "2024-06-01", "2025-12-31", 8, P, "Voluntary"),
        a(children, unicef, "2013-01-01", None, 40, S, "Regular resources"),
        a(children, hrd, "2014-01-01", "2023-12-31", 10, S, "Assessed budget"),
    )

    def m(name: str, day: str, kind: MilestoneKind) -> Milestone:
        return Milestone(name=name, date=d(day), kind=kind)

    milestones = (
        m("Res 2100: MINUSMA established", "2013-04-25", MilestoneKind.MANDATE_RENEWAL),
        m("MINUSMA takes over from AFISMA", "2013-07-01", MilestoneKind.HANDOVER),
        m("Presidential election", "2013-07-28", MilestoneKind.ELECTION),
        m("Peace and Reconciliation Agreement", "2015-06-20", MilestoneKind.BENCHMARK),
        m("Presidential election", "2018-07-29", MilestoneKind.ELECTION),
        m("Coup d'état", "2020-08-18", MilestoneKind.OTHER),
        m("Second coup d'état", "2021-05-24", MilestoneKind.OTHER),
        m("Operation Barkhane leaves Mali", "2022-08-15", MilestoneKind.OTHER),
        m("Government asks MINUSMA to leave", "2023-06-16", MilestoneKind.DRAWDOWN),
        m("Constitutional referendum", "2023-06-18", MilestoneKind.ELECTION),
        m("Res 2690: mandate ends, withdrawal by 31 Dec", "2023-06-30", MilestoneKind.DRAWDOWN),
        m("Kidal camp handed over (≈)", "2023-10-31", MilestoneKind.HANDOVER),
        m("Withdrawal completed", "2023-12-31", MilestoneKind.DRAWDOWN),
    )
    return Plan(
        name="Mali (MINUSMA exit)",
        country="Mali",
        description=inspect.cleandoc(mali_plan.__doc__ or ""),
        horizon_start=d("2013-01-01"),
        horizon_end=d("2025-12-31"),
        presences=(afisma, minusma, eutm, barkhane, unct),
        actors=(
            srsg,
            force,
            police,
            hrd,
            civil,
            ddr,
            justice,
            afisma_troops,
            unmas,
            undp,
            unicef,
            ohchr,
            rco,
            fama,
            moj,
        ),
        functions=(
            good_offices,
            elections,
            poc_centre,
            poc_north,
            police_support,
            justice_fn,
            ddr_fn,
            mines,
            rights,
            children,
        ),
        assignments=assignments,
        milestones=milestones,
    )
