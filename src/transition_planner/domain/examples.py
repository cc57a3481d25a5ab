"""The example plans a new workspace starts with.

* `Kandora (template)` — the generic template PKO → SPM → UN country team for a fictional country,
  with the functions planners expect and typical successors (shared/REFERENCE.md, "Who typically
  takes over a function"). New plans "from template" copy it.
* `Haiti` — MINUSTAH → MINUJUSTH → BINUH, with the Multinational Security Support mission.
* `Sudan` — UNAMID → UNITAMS → UN country team and Personal Envoy.

The real-history plans use the public dates gathered in shared/REFERENCE.md (UN pages, Security
Council Report, resolutions as cited there). Dates marked ≈ there are marked ≈ here too. Staffing
figures are illustrative orders of magnitude for planning exercises, not official strengths, and
the plans say so. Each plan deliberately keeps the gaps that history shows, so that the analysis
has something real to find.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .enums import ActorType, FundingStatus, MilestoneKind, PresenceKind, Priority
from .model import Actor, Assignment, Function, Milestone, Plan, Presence

TEMPLATE_NAME = "Kandora (template)"


def d(text: str) -> date:
    return date.fromisoformat(text)


@dataclass
class _Builder:
    """Terse construction of a plan by names."""

    presences: dict[str, Presence] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    functions: dict[str, Function] = field(default_factory=dict)
    assignments: list[Assignment] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)

    def presence(
        self,
        name: str,
        kind: PresenceKind,
        start: str,
        end: str | None = None,
        *,
        funding: str = "",
        mandate: str = "",
        notes: str = "",
    ) -> None:
        self.presences[name] = Presence(
            name=name,
            kind=kind,
            start=d(start),
            end=d(end) if end else None,
            funding=funding,
            mandate=mandate,
            notes=notes,
        )

    def actor(
        self, name: str, type_: ActorType, presence: str | None = None, notes: str = ""
    ) -> None:
        self.actors[name] = Actor(
            name=name,
            type=type_,
            presence_id=self.presences[presence].id if presence else None,
            notes=notes,
        )

    def function(
        self,
        name: str,
        category: str,
        priority: Priority,
        *,
        required_from: str | None = None,
        required_until: str | None = None,
        notes: str = "",
    ) -> None:
        self.functions[name] = Function(
            name=name,
            category=category,
            priority=priority,
            required_from=d(required_from) if required_from else None,
            required_until=d(required_until) if required_until else None,
            notes=notes,
        )

    def assign(
        self,
        function: str,
        actor: str,
        start: str,
        end: str | None = None,
        capacity: float | None = None,
        funding: FundingStatus | None = None,
        source: str = "",
        notes: str = "",
    ) -> None:
        self.assignments.append(
            Assignment(
                function_id=self.functions[function].id,
                actor_id=self.actors[actor].id,
                start=d(start),
                end=d(end) if end else None,
                capacity=capacity,
                funding_status=funding,
                funding_source=source,
                notes=notes,
            )
        )

    def milestone(self, name: str, when: str, kind: MilestoneKind, notes: str = "") -> None:
        self.milestones.append(Milestone(name=name, date=d(when), kind=kind, notes=notes))

    def plan(self, **settings: object) -> Plan:
        return Plan(
            presences=tuple(self.presences.values()),
            actors=tuple(self.actors.values()),
            functions=tuple(self.functions.values()),
            assignments=tuple(self.assignments),
            milestones=tuple(self.milestones),
            **settings,  # type: ignore[arg-type]
        )


SECURED = FundingStatus.SECURED
PLEDGED = FundingStatus.PLEDGED
UNFUNDED = FundingStatus.UNFUNDED
PKO, SPM, UNCT, PARTNER = (
    PresenceKind.PKO,
    PresenceKind.SPM,
    PresenceKind.NON_MISSION,
    PresenceKind.PARTNER_MISSION,
)
MISSION, UN_ENTITY, GOVERNMENT = ActorType.MISSION, ActorType.UN_ENTITY, ActorType.GOVERNMENT
CRITICAL, HIGH, MEDIUM, LOW = Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW


def template_plan(name: str = TEMPLATE_NAME) -> Plan:
    """The generic PKO → SPM → UN country team template (fictional country Kandora)."""
    b = _Builder()
    b.presence(
        "MINUSKA",
        PKO,
        "2019-01-01",
        "2026-06-30",
        funding="Assessed peacekeeping budget",
        mandate="Multidimensional PKO: protection of civilians, political process, rule of law",
    )
    b.presence(
        "UNIOK",
        SPM,
        "2026-07-01",
        "2028-12-31",
        funding="Regular budget (special political missions)",
        mandate="Integrated office: good offices, elections, human rights, transition support",
    )
    b.presence(
        "UN country team",
        UNCT,
        "2019-01-01",
        funding="Agency programme budgets, pooled funds",
        mandate="Development, humanitarian and peacebuilding programmes under the RC",
    )

    b.actor("MINUSKA Political Affairs", MISSION, "MINUSKA")
    b.actor("MINUSKA Force", MISSION, "MINUSKA")
    b.actor("MINUSKA Police", MISSION, "MINUSKA")
    b.actor("MINUSKA Justice and Corrections", MISSION, "MINUSKA")
    b.actor("MINUSKA Human Rights", MISSION, "MINUSKA")
    b.actor("MINUSKA DDR", MISSION, "MINUSKA")
    b.actor("MINUSKA Electoral Affairs", MISSION, "MINUSKA")
    b.actor("MINUSKA Civil Affairs", MISSION, "MINUSKA")
    b.actor("UNIOK", MISSION, "UNIOK")
    b.actor("Resident Coordinator's Office", UN_ENTITY, "UN country team")
    b.actor("UNDP", UN_ENTITY)
    b.actor("UNMAS", UN_ENTITY, notes="Mine action programme, first under the mission budget")
    b.actor("OHCHR country office", UN_ENTITY)
    b.actor("UNICEF", UN_ENTITY)
    b.actor("UN Women", UN_ENTITY)
    b.actor("IOM", UN_ENTITY)
    b.actor("Kandora National Police", GOVERNMENT)
    b.actor("Ministry of Justice", GOVERNMENT)
    b.actor("Kandora Armed Forces", GOVERNMENT)
    b.actor("National Mine Action Authority", GOVERNMENT)

    b.function("Political good offices", "Political", CRITICAL)
    b.function("Protection of civilians", "Protection", CRITICAL)
    b.function("Police support", "Rule of law and security", CRITICAL)
    b.function("Justice and corrections", "Rule of law and security", HIGH)
    b.function("Security sector reform", "Rule of law and security", MEDIUM)
    b.function("DDR and community violence reduction", "Rule of law and security", HIGH)
    b.function("Mine action", "Protection", MEDIUM)
    b.function("Human rights monitoring", "Human rights", HIGH)
    b.function(
        "Electoral assistance",
        "Political",
        HIGH,
        required_from="2026-01-01",
        required_until="2027-12-31",
    )
    b.function("Child protection", "Protection", HIGH)
    b.function("Gender and women, peace and security", "Protection", MEDIUM)
    b.function("Civil affairs and reconciliation", "Peacebuilding", LOW)

    b.assign(
        "Political good offices",
        "MINUSKA Political Affairs",
        "2019-01-01",
        "2026-06-30",
        40,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Political good offices", "UNIOK", "2026-07-01", "2028-12-31", 25, SECURED, "Regular budget"
    )
    b.assign(
        "Political good offices",
        "Resident Coordinator's Office",
        "2028-07-01",
        None,
        6,
        PLEDGED,
        "RC system fund",
    )
    b.assign(
        "Protection of civilians",
        "MINUSKA Force",
        "2019-01-01",
        "2026-06-30",
        9000,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Protection of civilians",
        "Kandora Armed Forces",
        "2026-03-01",
        None,
        4000,
        SECURED,
        "National budget",
        "National protection plan adopted Jan 2026",
    )
    b.assign(
        "Police support",
        "MINUSKA Police",
        "2019-01-01",
        "2026-06-30",
        1500,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Police support",
        "UNIOK",
        "2026-07-01",
        "2028-12-31",
        20,
        SECURED,
        "Regular budget",
        "Police advisory unit only",
    )
    b.assign(
        "Police support",
        "Kandora National Police",
        "2025-01-01",
        None,
        None,
        None,
        "",
        "National capacity not costed",
    )
    b.assign(
        "Justice and corrections",
        "MINUSKA Justice and Corrections",
        "2019-01-01",
        "2026-06-30",
        60,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Justice and corrections",
        "UNDP",
        "2026-07-01",
        None,
        15,
        PLEDGED,
        "Global Focal Point, Peacebuilding Fund",
    )
    b.assign(
        "Security sector reform",
        "MINUSKA Police",
        "2019-01-01",
        "2026-06-30",
        10,
        SECURED,
        "Assessed budget",
    )
    b.assign("Security sector reform", "UNDP", "2027-01-01", None, 5, UNFUNDED, "")
    b.assign(
        "DDR and community violence reduction",
        "MINUSKA DDR",
        "2019-01-01",
        "2026-06-30",
        50,
        SECURED,
        "Assessed budget (programmatic)",
    )
    b.assign(
        "DDR and community violence reduction",
        "IOM",
        "2026-01-01",
        None,
        12,
        UNFUNDED,
        "",
        "Proposal to the Peacebuilding Fund pending",
    )
    b.assign("Mine action", "UNMAS", "2019-01-01", "2026-06-30", 120, SECURED, "Assessed budget")
    b.assign(
        "Mine action",
        "UNMAS",
        "2026-07-01",
        None,
        30,
        UNFUNDED,
        "Voluntary trust fund (no pledges yet)",
    )
    b.assign(
        "Mine action",
        "National Mine Action Authority",
        "2027-01-01",
        None,
        40,
        PLEDGED,
        "Bilateral donors",
    )
    b.assign(
        "Human rights monitoring",
        "MINUSKA Human Rights",
        "2019-01-01",
        "2026-06-30",
        45,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Human rights monitoring",
        "UNIOK",
        "2026-07-01",
        "2028-12-31",
        12,
        SECURED,
        "Regular budget",
    )
    b.assign(
        "Electoral assistance",
        "MINUSKA Electoral Affairs",
        "2026-01-01",
        "2026-06-30",
        30,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Electoral assistance",
        "UNDP",
        "2026-05-01",
        "2027-12-31",
        25,
        PLEDGED,
        "Electoral basket fund",
    )
    b.assign("Child protection", "UNICEF", "2019-01-01", None, 10, SECURED, "UNICEF programme")
    b.assign(
        "Gender and women, peace and security",
        "UN Women",
        "2024-01-01",
        None,
        6,
        PLEDGED,
        "UN Women programme",
    )
    b.assign(
        "Civil affairs and reconciliation",
        "MINUSKA Civil Affairs",
        "2019-01-01",
        "2026-06-30",
        35,
        SECURED,
        "Assessed budget",
    )

    b.milestone("Mandate renewal (final)", "2025-06-30", MilestoneKind.MANDATE_RENEWAL)
    b.milestone("Drawdown complete", "2026-06-30", MilestoneKind.DRAWDOWN)
    b.milestone("General elections", "2026-11-15", MilestoneKind.ELECTION)
    b.milestone("UNIOK closes; RC leads", "2028-12-31", MilestoneKind.HANDOVER)

    return b.plan(
        name=name,
        country="Kandora (fictional)",
        description=(
            "Generic template of a transition PKO → SPM → UN country team for a fictional "
            "country. Copy it to start a new plan; replace names, dates and figures. Successors "
            "follow typical practice: government for protection and "
            "police, UNDP and the Global Focal Point for rule of law, OHCHR for human rights, "
            "UNMAS then a national authority for mine action, UNDP for elections, UNICEF and "
            "UN Women. Figures are illustrative."
        ),
        horizon_start=d("2025-01-01"),
        horizon_end=d("2029-12-31"),
    )


def haiti_plan() -> Plan:
    """MINUSTAH → MINUJUSTH → BINUH, with the Kenya-led Multinational Security Support mission."""
    b = _Builder()
    b.presence(
        "MINUSTAH",
        PKO,
        "2004-06-01",
        "2017-10-15",
        funding="Assessed peacekeeping budget",
        mandate="Res 1542 (2004); closed by res 2350 (2017)",
        notes="Start ≈1 Jun 2004 (secondary sources)",
    )
    b.presence(
        "MINUJUSTH",
        PKO,
        "2017-10-16",
        "2019-10-15",
        funding="Assessed peacekeeping budget",
        mandate=(
            "Res 2350 (2017), renewed by res 2410 (2018) and finally res 2466 (2019): police only"
        ),
    )
    b.presence(
        "BINUH",
        SPM,
        "2019-10-16",
        funding="Regular budget (special political missions)",
        mandate="Res 2476 (2019); renewed to 31 Jan 2027 by res 2814",
    )
    b.presence(
        "UN country team",
        UNCT,
        "2004-06-01",
        funding="Agency programmes, pooled funds",
        mandate="Development and humanitarian programmes under the Resident Coordinator",
    )
    b.presence(
        "Multinational Security Support mission",
        PARTNER,
        "2023-10-02",
        "2025-09-30",
        funding="Voluntary contributions (trust fund)",
        mandate="Authorized by res 2699 (2 Oct 2023); non-UN, Kenya-led",
    )
    b.presence(
        "Gang Suppression Force",
        PARTNER,
        "2025-09-30",
        funding="Voluntary, with a UN Support Office",
        mandate="Res 2793 (30 Sep 2025)",
    )

    b.actor("MINUSTAH Police", MISSION, "MINUSTAH")
    b.actor("MINUSTAH Force", MISSION, "MINUSTAH")
    b.actor("MINUSTAH Justice", MISSION, "MINUSTAH")
    b.actor("MINUSTAH Human Rights", MISSION, "MINUSTAH")
    b.actor("MINUSTAH CVR", MISSION, "MINUSTAH", "Community violence reduction section")
    b.actor("MINUJUSTH Police", MISSION, "MINUJUSTH")
    b.actor("MINUJUSTH Justice", MISSION, "MINUJUSTH")
    b.actor("MINUJUSTH Human Rights", MISSION, "MINUJUSTH")
    b.actor("MINUJUSTH CVR", MISSION, "MINUJUSTH")
    b.actor("MINUJUSTH SRSG", MISSION, "MINUJUSTH")
    b.actor("MINUSTAH SRSG", MISSION, "MINUSTAH")
    b.actor("BINUH", MISSION, "BINUH")
    b.actor("BINUH Human Rights Service", MISSION, "BINUH", "Integrated with OHCHR")
    b.actor("UNDP", UN_ENTITY)
    b.actor("UNICEF", UN_ENTITY)
    b.actor("MINUJUSTH formed police units", MISSION, "MINUJUSTH")
    b.actor(
        "MSS contingents", ActorType.BILATERAL_PARTNER, "Multinational Security Support mission"
    )
    b.actor(
        "Gang Suppression Force",
        ActorType.REGIONAL_ORGANIZATION,
        "Gang Suppression Force",
        "Type simplified: a multinational force",
    )

    b.function("Political good offices", "Political", CRITICAL)
    b.function(
        "Security and protection of civilians",
        "Protection",
        CRITICAL,
        notes="International security support to the Haitian National Police",
    )
    b.function("Police development", "Rule of law and security", CRITICAL)
    b.function("Justice and corrections", "Rule of law and security", HIGH)
    b.function("Human rights monitoring", "Human rights", HIGH)
    b.function("Community violence reduction", "Rule of law and security", MEDIUM)
    b.function("Child protection", "Protection", MEDIUM)

    b.assign(
        "Political good offices",
        "MINUSTAH SRSG",
        "2004-06-01",
        "2017-10-15",
        30,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Political good offices",
        "MINUJUSTH SRSG",
        "2017-10-16",
        "2019-10-15",
        20,
        SECURED,
        "Assessed budget",
    )
    b.assign("Political good offices", "BINUH", "2019-10-16", None, 25, SECURED, "Regular budget")
    b.assign(
        "Security and protection of civilians",
        "MINUSTAH Force",
        "2004-06-01",
        "2017-10-15",
        2370,
        SECURED,
        "Assessed budget",
        "Military component withdrawn with MINUSTAH",
    )
    b.assign(
        "Security and protection of civilians",
        "MINUJUSTH formed police units",
        "2017-10-16",
        "2019-10-15",
        980,
        SECURED,
        "Assessed budget",
        "Res 2350: up to 7 formed police units (980 personnel)",
    )
    b.assign(
        "Security and protection of civilians",
        "MSS contingents",
        "2024-06-25",
        "2025-09-30",
        1000,
        PLEDGED,
        "Voluntary trust fund",
        "First contingent ≈25 Jun 2024 (press reports); never at full strength",
    )
    b.assign(
        "Security and protection of civilians",
        "Gang Suppression Force",
        "2025-10-01",
        None,
        5550,
        UNFUNDED,
        "Voluntary",
        "Authorized strength; deployment pending",
    )
    b.assign(
        "Police development",
        "MINUSTAH Police",
        "2004-06-01",
        "2017-10-15",
        2600,
        SECURED,
        "Assessed budget",
        "≈ police strength in 2017",
    )
    b.assign(
        "Police development",
        "MINUJUSTH Police",
        "2017-10-16",
        "2019-10-15",
        1275,
        SECURED,
        "Assessed budget",
        "Res 2350: 7 formed police units and 295 individual officers",
    )
    b.assign(
        "Police development",
        "BINUH",
        "2019-10-16",
        None,
        40,
        SECURED,
        "Regular budget",
        "Police advisers (illustrative)",
    )
    b.assign(
        "Justice and corrections",
        "MINUSTAH Justice",
        "2004-06-01",
        "2017-10-15",
        80,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Justice and corrections",
        "MINUJUSTH Justice",
        "2017-10-16",
        "2019-10-15",
        60,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Justice and corrections",
        "UNDP",
        "2019-10-16",
        None,
        15,
        PLEDGED,
        "Peacebuilding Fund, basket fund",
    )
    b.assign(
        "Human rights monitoring",
        "MINUSTAH Human Rights",
        "2004-06-01",
        "2017-10-15",
        40,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Human rights monitoring",
        "MINUJUSTH Human Rights",
        "2017-10-16",
        "2019-10-15",
        35,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Human rights monitoring",
        "BINUH Human Rights Service",
        "2019-10-16",
        None,
        20,
        SECURED,
        "Regular budget",
    )
    b.assign(
        "Community violence reduction",
        "MINUSTAH CVR",
        "2004-06-01",
        "2017-10-15",
        30,
        SECURED,
        "Assessed budget (programmatic)",
    )
    b.assign(
        "Community violence reduction",
        "MINUJUSTH CVR",
        "2017-10-16",
        "2019-10-15",
        25,
        SECURED,
        "Assessed budget (programmatic)",
    )
    b.assign(
        "Community violence reduction",
        "UNDP",
        "2020-03-01",
        None,
        10,
        UNFUNDED,
        "",
        "No successor budget line for CVR after assessed funding ended",
    )
    b.assign("Child protection", "UNICEF", "2004-06-01", None, 15, SECURED, "UNICEF programme")

    b.milestone(
        "Res 2350: MINUSTAH to close, MINUJUSTH established",
        "2017-04-13",
        MilestoneKind.MANDATE_RENEWAL,
    )
    b.milestone("Res 2466: final MINUJUSTH renewal", "2019-04-12", MilestoneKind.MANDATE_RENEWAL)
    b.milestone("Res 2476: BINUH established", "2019-06-25", MilestoneKind.MANDATE_RENEWAL)
    b.milestone("MINUJUSTH hands over to BINUH", "2019-10-16", MilestoneKind.HANDOVER)
    b.milestone("Res 2699: MSS authorized", "2023-10-02", MilestoneKind.OTHER)
    b.milestone("Res 2793: Gang Suppression Force", "2025-09-30", MilestoneKind.OTHER)
    b.milestone("BINUH mandate end (res 2814)", "2027-01-31", MilestoneKind.MANDATE_RENEWAL)

    return b.plan(
        name="Haiti",
        country="Haiti",
        description=(
            "MINUSTAH → MINUJUSTH → BINUH, with a non-UN security mission from 2023. Dates from "
            "Security Council resolutions 1542, 2350, 2410, 2466, 2476, 2699, 2793 and 2814 "
            "(UN pages, Security Council Report); ≈ marks "
            "secondary sources. Capacities are illustrative orders of magnitude."
        ),
        horizon_start=d("2016-01-01"),
        horizon_end=d("2026-12-31"),
    )


def sudan_plan() -> Plan:
    """UNAMID → UNITAMS → UN country team and a Personal Envoy."""
    b = _Builder()
    b.presence(
        "UNAMID",
        PKO,
        "2007-12-31",
        "2021-06-30",
        funding="Assessed peacekeeping budget",
        mandate="AU–UN hybrid, res 1769 (2007); mandate ended 31 Dec 2020 (res 2559), "
        "withdrawal by 30 Jun 2021, closure by 30 Jun 2022",
        notes="End = end of withdrawal; the mandate ended 31 Dec 2020",
    )
    b.presence(
        "UNITAMS",
        SPM,
        "2020-06-03",
        "2024-02-29",
        funding="Regular budget (special political missions)",
        mandate=(
            "Res 2524 (2020); mandate ended 3 Dec 2023, tasks transferred by 29 Feb 2024 (res 2715)"
        ),
        notes="Start ≈3 Jun 2020 (secondary sources)",
    )
    b.presence(
        "UN country team",
        UNCT,
        "2007-12-31",
        funding="Agency programmes, humanitarian appeals",
        mandate="Development and humanitarian work under the Resident Coordinator; "
        "leads after UNITAMS, with a Personal Envoy of the Secretary-General (Dec 2023)",
    )

    b.actor("UNAMID Force", MISSION, "UNAMID")
    b.actor("UNAMID Police", MISSION, "UNAMID")
    b.actor("UNAMID Human Rights", MISSION, "UNAMID")
    b.actor("UNAMID Rule of Law", MISSION, "UNAMID")
    b.actor("UNAMID Political Affairs", MISSION, "UNAMID")
    b.actor("UNITAMS", MISSION, "UNITAMS")
    b.actor("UNITAMS Human Rights", MISSION, "UNITAMS")
    b.actor("Personal Envoy", UN_ENTITY, notes="Personal Envoy of the Secretary-General for Sudan")
    b.actor("OHCHR country office", UN_ENTITY)
    b.actor("UNDP", UN_ENTITY)
    b.actor("UNMAS", UN_ENTITY)
    b.actor("UNICEF", UN_ENTITY)
    b.actor("Government of Sudan", GOVERNMENT, notes="National Plan for Civilian Protection (2020)")

    b.function("Protection of civilians", "Protection", CRITICAL)
    b.function("Political good offices", "Political", CRITICAL)
    b.function("Human rights monitoring", "Human rights", HIGH)
    b.function("Police and rule of law", "Rule of law and security", HIGH)
    b.function("Mine action", "Protection", MEDIUM)
    b.function(
        "Peace agreement support and DDR",
        "Rule of law and security",
        HIGH,
        required_from="2020-10-03",
    )
    b.function("Child protection", "Protection", MEDIUM)

    b.assign(
        "Protection of civilians",
        "UNAMID Force",
        "2007-12-31",
        "2020-12-31",
        4000,
        SECURED,
        "Assessed budget",
        "≈ troops in late 2020; mandate end",
    )
    b.assign(
        "Protection of civilians",
        "Government of Sudan",
        "2021-01-01",
        "2023-04-15",
        None,
        None,
        "National budget",
        "National Plan for Civilian Protection; war from 15 Apr 2023",
    )
    b.assign(
        "Political good offices",
        "UNAMID Political Affairs",
        "2007-12-31",
        "2020-12-31",
        30,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Political good offices",
        "UNITAMS",
        "2020-06-03",
        "2023-12-03",
        60,
        SECURED,
        "Regular budget",
    )
    b.assign(
        "Political good offices",
        "Personal Envoy",
        "2024-01-02",
        None,
        8,
        PLEDGED,
        "Regular budget",
        "Envoy appointed ≈ Jan 2024 (press reports)",
    )
    b.assign(
        "Human rights monitoring",
        "UNAMID Human Rights",
        "2007-12-31",
        "2020-12-31",
        50,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Human rights monitoring",
        "UNITAMS Human Rights",
        "2020-06-03",
        "2023-12-03",
        20,
        SECURED,
        "Regular budget",
    )
    b.assign(
        "Human rights monitoring",
        "OHCHR country office",
        "2024-03-01",
        None,
        10,
        UNFUNDED,
        "Voluntary contributions",
    )
    b.assign(
        "Police and rule of law",
        "UNAMID Police",
        "2007-12-31",
        "2020-12-31",
        2500,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Police and rule of law",
        "UNAMID Rule of Law",
        "2007-12-31",
        "2020-12-31",
        40,
        SECURED,
        "Assessed budget",
    )
    b.assign(
        "Police and rule of law",
        "UNDP",
        "2021-01-01",
        None,
        20,
        PLEDGED,
        "Global Focal Point, Peacebuilding Fund",
    )
    b.assign("Mine action", "UNMAS", "2007-12-31", "2020-12-31", 150, SECURED, "Assessed budget")
    b.assign("Mine action", "UNMAS", "2021-01-01", None, 40, UNFUNDED, "Voluntary trust fund")
    b.assign(
        "Peace agreement support and DDR",
        "UNITAMS",
        "2020-10-03",
        "2023-12-03",
        15,
        SECURED,
        "Regular budget",
        "Juba Peace Agreement signed 3 Oct 2020",
    )
    b.assign("Peace agreement support and DDR", "UNDP", "2024-03-01", None, 8, UNFUNDED, "")
    b.assign("Child protection", "UNICEF", "2007-12-31", None, 20, SECURED, "UNICEF programme")

    b.milestone("Res 2524: UNITAMS established", "2020-06-03", MilestoneKind.MANDATE_RENEWAL)
    b.milestone("Juba Peace Agreement", "2020-10-03", MilestoneKind.BENCHMARK)
    b.milestone("Res 2559: UNAMID mandate ends", "2020-12-31", MilestoneKind.DRAWDOWN)
    b.milestone(
        "El Fasher logistics base looted after handover",
        "2021-12-28",
        MilestoneKind.OTHER,
        "≈ date, press reports",
    )
    b.milestone("War breaks out", "2023-04-15", MilestoneKind.OTHER)
    b.milestone("Res 2715: UNITAMS mandate ends", "2023-12-03", MilestoneKind.MANDATE_RENEWAL)
    b.milestone("UNITAMS tasks transferred", "2024-02-29", MilestoneKind.HANDOVER)

    return b.plan(
        name="Sudan",
        country="Sudan",
        description=(
            "UNAMID → UNITAMS → UN country team with a Personal Envoy. Dates from Security "
            "Council resolutions 1769, 2524, 2559 and 2715 "
            "(UN pages, Security Council Report); ≈ marks secondary sources. UNAMID and UNITAMS "
            "overlapped for over six months. Capacities are illustrative."
        ),
        horizon_start=d("2019-01-01"),
        horizon_end=d("2025-12-31"),
    )


def example_plans() -> list[Plan]:
    """Fresh copies (fresh ids) of every example plan."""
    return [template_plan(), haiti_plan(), sudan_plan()]
