"""Enumerations of the plan model (SPEC §2) and their tolerant parsing.

Values are written in the spelling of the specification; input is matched case-insensitively,
ignoring surrounding blanks, repeated blanks and the usual separators, and a few synonyms that
planners use are accepted ("Peacekeeping operation" → PKO, "UNCT" → Non-mission).
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from ..i18n import QT_TRANSLATE_NOOP, all_translations, translate


class PlanEnum(StrEnum):
    """A string enumeration whose value is the display spelling."""

    def __str__(self) -> str:
        return str(self.value)


class PresenceKind(PlanEnum):
    PKO = "PKO"
    SPM = "SPM"
    NON_MISSION = "Non-mission"
    REGIONAL_OFFICE = "Regional office"
    PARTNER_MISSION = "Partner mission"


class LeadDepartment(PlanEnum):
    DPO = "DPO"
    DPPA = "DPPA"
    RC_UNCT = "RC/UNCT"
    OTHER = "Other"

    def name_on(self, day: date) -> str:
        """The department's name on `day`: before the restructuring of the peace and security
        pillar (1 January 2019) DPO was DPKO and DPPA was DPA (SPEC §2). A rename, not a change.

        The English name (as in a finding's extras); people read
        `translate("LeadDepartment", name)` (DOMP, DAP, DOP … in French)."""
        if day < PILLAR_RESTRUCTURING:
            return _FORMER_NAMES.get(self, self.value)
        return self.value

    def label_on(self, day: date) -> str:
        """The department's name on `day` as a person reads it, in the language of the process
        ("DOMP" for DPO before 2019 in French)."""
        return translate("LeadDepartment", self.name_on(day))


#: The day the restructuring of the peace and security pillar took effect (A/72/525, GA res 72/199).
PILLAR_RESTRUCTURING = date(2019, 1, 1)
_FORMER_NAMES: dict[LeadDepartment, str] = {
    LeadDepartment.DPO: QT_TRANSLATE_NOOP("LeadDepartment", "DPKO"),
    LeadDepartment.DPPA: QT_TRANSLATE_NOOP("LeadDepartment", "DPA"),
}


DEFAULT_LEAD: dict[PresenceKind, LeadDepartment] = {
    PresenceKind.PKO: LeadDepartment.DPO,
    PresenceKind.SPM: LeadDepartment.DPPA,
    PresenceKind.REGIONAL_OFFICE: LeadDepartment.DPPA,
    PresenceKind.NON_MISSION: LeadDepartment.RC_UNCT,
    PresenceKind.PARTNER_MISSION: LeadDepartment.OTHER,
}


class ActorType(PlanEnum):
    MISSION = "Mission"
    UN_ENTITY = "UN entity"
    GOVERNMENT = "Government"
    REGIONAL_ORGANIZATION = "Regional organization"
    CIVIL_SOCIETY = "Civil society"
    BILATERAL_PARTNER = "Bilateral partner"
    OTHER = "Other"


class Priority(PlanEnum):
    CRITICAL = "Critical"
    HIGH = "High"
    MEDIUM = "Medium"
    LOW = "Low"

    @property
    def weight(self) -> int:
        """Weight in the continuity score (SPEC §3)."""
        return PRIORITY_WEIGHT[self]

    @property
    def severity(self) -> Severity:
        return Severity(self.value.lower())


PRIORITY_WEIGHT: dict[Priority, int] = {
    Priority.CRITICAL: 8,
    Priority.HIGH: 4,
    Priority.MEDIUM: 2,
    Priority.LOW: 1,
}


class FundingStatus(PlanEnum):
    SECURED = "Secured"
    PLEDGED = "Pledged"
    UNFUNDED = "Unfunded"


class Readiness(PlanEnum):
    """The planner's assessment of whether a carrier that is not a UN actor can carry a function.

    Blank (None) means not assessed. `rank` orders from weakest: not assessed < Not ready <
    Partly ready < Ready (SPEC §3, `un_exit`).
    """

    READY = "Ready"
    PARTLY_READY = "Partly ready"
    NOT_READY = "Not ready"

    @property
    def rank(self) -> int:
        """1 Not ready, 2 Partly ready, 3 Ready (0 is kept for not assessed)."""
        return _READINESS_RANK[self]


_READINESS_RANK: dict[Readiness, int] = {
    Readiness.NOT_READY: 1,
    Readiness.PARTLY_READY: 2,
    Readiness.READY: 3,
}


class HandoverKind(PlanEnum):
    TASK = "Task"
    SITE = "Site"
    ASSET = "Asset"
    CASELOAD = "Caseload"
    RECORDS = "Records"
    PROGRAMME = "Programme"
    OTHER = "Other"


class HandoverStatus(PlanEnum):
    PLANNED = "Planned"
    IN_PROGRESS = "In progress"
    DONE = "Done"
    BLOCKED = "Blocked"
    LOST = "Lost"


class FundingKind(PlanEnum):
    ASSESSED = "Assessed"
    REGULAR_BUDGET = "Regular budget"
    PEACEBUILDING_FUND = "Peacebuilding Fund"
    TRUST_FUND = "Trust fund"
    VOLUNTARY = "Voluntary"
    HOST_GOVERNMENT = "Host government"
    OTHER = "Other"


class FundingLineStatus(PlanEnum):
    SECURED = "Secured"
    PLEDGED = "Pledged"
    PROJECTED = "Projected"


class MilestoneKind(PlanEnum):
    MANDATE_RENEWAL = "Mandate renewal"
    ELECTION = "Election"
    BENCHMARK = "Benchmark"
    DRAWDOWN = "Drawdown"
    HANDOVER = "Handover"
    OTHER = "Other"


class Severity(PlanEnum):
    """Severity of a finding, most severe first; `info` is below `low`."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for critical … 4 for info: sort ascending for most severe first."""
        return _SEVERITY_ORDER.index(self)

    def lowered(self) -> Severity:
        """One level below (critical→high→medium→low; low and info stay)."""
        if self in (Severity.LOW, Severity.INFO):
            return self
        return _SEVERITY_ORDER[self.rank + 1]

    def at_least(self, other: Severity) -> bool:
        """True when this severity is `other` or more severe."""
        return self.rank <= other.rank


_SEVERITY_ORDER: list[Severity] = [
    Severity.CRITICAL,
    Severity.HIGH,
    Severity.MEDIUM,
    Severity.LOW,
    Severity.INFO,
]


def _key(text: str) -> str:
    """Normalise a spelling for comparison: lower case, separators folded to one blank."""
    return re.sub(r"[\s_\-/.]+", " ", text.strip().lower()).strip()


SYNONYMS: dict[type[PlanEnum], dict[str, str]] = {
    PresenceKind: {
        "peacekeeping operation": "PKO",
        "peacekeeping mission": "PKO",
        "peacekeeping": "PKO",
        "special political mission": "SPM",
        "political mission": "SPM",
        "unct": "Non-mission",
        "un country team": "Non-mission",
        "country team": "Non-mission",
        "non mission setting": "Non-mission",
        "nonmission": "Non-mission",
        "regional": "Regional office",
        "partner": "Partner mission",
        "non un mission": "Partner mission",
    },
    LeadDepartment: {
        "dpko": "DPO",
        "department of peace operations": "DPO",
        "dpa": "DPPA",
        "department of political and peacebuilding affairs": "DPPA",
        "rc": "RC/UNCT",
        "unct": "RC/UNCT",
        "resident coordinator": "RC/UNCT",
        "rc unct": "RC/UNCT",
    },
    ActorType: {
        "un agency": "UN entity",
        "agency": "UN entity",
        "un": "UN entity",
        "regional org": "Regional organization",
        "regional organisation": "Regional organization",
        "ngo": "Civil society",
        "cso": "Civil society",
        "bilateral": "Bilateral partner",
        "donor": "Bilateral partner",
        "host government": "Government",
    },
    Priority: {},
    FundingStatus: {"funded": "Secured", "unfunded gap": "Unfunded", "none": "Unfunded"},
    MilestoneKind: {
        "renewal": "Mandate renewal",
        "mandate": "Mandate renewal",
        "elections": "Election",
        "handover": "Handover",
        "hand over": "Handover",
    },
    Severity: {},
    Readiness: {
        "partly": "Partly ready",
        "partially ready": "Partly ready",
        "partial": "Partly ready",
        "not": "Not ready",
        "unready": "Not ready",
        "yes": "Ready",
        "no": "Not ready",
    },
    HandoverKind: {
        "camp": "Site",
        "team site": "Site",
        "base": "Site",
        "equipment": "Asset",
        "assets": "Asset",
        "cases": "Caseload",
        "case files": "Caseload",
        "archive": "Records",
        "archives": "Records",
        "record": "Records",
        "program": "Programme",
        "project": "Programme",
    },
    HandoverStatus: {
        "ongoing": "In progress",
        "underway": "In progress",
        "completed": "Done",
        "complete": "Done",
        "handed over": "Done",
        "stalled": "Blocked",
        "destroyed": "Lost",
        "looted": "Lost",
    },
    FundingKind: {
        "assessed contributions": "Assessed",
        "peacekeeping budget": "Assessed",
        "regular": "Regular budget",
        "pbf": "Peacebuilding Fund",
        "mptf": "Trust fund",
        "multi partner trust fund": "Trust fund",
        "voluntary contributions": "Voluntary",
        "government": "Host government",
        "national budget": "Host government",
    },
    FundingLineStatus: {"funded": "Secured", "committed": "Secured", "forecast": "Projected"},
}

E = TypeVar("E", bound=PlanEnum)


def parse_enum(cls: type[E], text: str) -> E:
    """Return the member of `cls` that `text` names, or raise ValueError with the allowed values.

    Matching ignores case, surrounding blanks and separators; synonyms are accepted.
    """
    wanted = _key(text)
    for member in cls:
        if _key(member.value) == wanted or _key(member.name) == wanted:
            return member
    synonym = SYNONYMS.get(cls, {}).get(wanted)
    if synonym is not None:
        return cls(synonym)
    allowed = ", ".join(m.value for m in cls)
    raise ValueError(f"unknown value {text.strip()!r}; expected one of: {allowed}")


def enum_values(cls: type[PlanEnum]) -> list[str]:
    """The display spellings of an enumeration, in order."""
    return [m.value for m in cls]


#: Every enumerated value, marked for the catalogue (context: the enumeration's name); shown to
#: people through `enum_label`.
_MARKED: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PresenceKind", "PKO"),
    QT_TRANSLATE_NOOP("PresenceKind", "SPM"),
    QT_TRANSLATE_NOOP("PresenceKind", "Non-mission"),
    QT_TRANSLATE_NOOP("PresenceKind", "Regional office"),
    QT_TRANSLATE_NOOP("PresenceKind", "Partner mission"),
    QT_TRANSLATE_NOOP("LeadDepartment", "DPO"),
    QT_TRANSLATE_NOOP("LeadDepartment", "DPPA"),
    QT_TRANSLATE_NOOP("LeadDepartment", "RC/UNCT"),
    QT_TRANSLATE_NOOP("LeadDepartment", "Other"),
    QT_TRANSLATE_NOOP("ActorType", "Mission"),
    QT_TRANSLATE_NOOP("ActorType", "UN entity"),
    QT_TRANSLATE_NOOP("ActorType", "Government"),
    QT_TRANSLATE_NOOP("ActorType", "Regional organization"),
    QT_TRANSLATE_NOOP("ActorType", "Civil society"),
    QT_TRANSLATE_NOOP("ActorType", "Bilateral partner"),
    QT_TRANSLATE_NOOP("ActorType", "Other"),
    QT_TRANSLATE_NOOP("Priority", "Critical"),
    QT_TRANSLATE_NOOP("Priority", "High"),
    QT_TRANSLATE_NOOP("Priority", "Medium"),
    QT_TRANSLATE_NOOP("Priority", "Low"),
    QT_TRANSLATE_NOOP("FundingStatus", "Secured"),
    QT_TRANSLATE_NOOP("FundingStatus", "Pledged"),
    QT_TRANSLATE_NOOP("FundingStatus", "Unfunded"),
    QT_TRANSLATE_NOOP("Readiness", "Ready"),
    QT_TRANSLATE_NOOP("Readiness", "Partly ready"),
    QT_TRANSLATE_NOOP("Readiness", "Not ready"),
    QT_TRANSLATE_NOOP("HandoverKind", "Task"),
    QT_TRANSLATE_NOOP("HandoverKind", "Site"),
    QT_TRANSLATE_NOOP("HandoverKind", "Asset"),
    QT_TRANSLATE_NOOP("HandoverKind", "Caseload"),
    QT_TRANSLATE_NOOP("HandoverKind", "Records"),
    QT_TRANSLATE_NOOP("HandoverKind", "Programme"),
    QT_TRANSLATE_NOOP("HandoverKind", "Other"),
    QT_TRANSLATE_NOOP("HandoverStatus", "Planned"),
    QT_TRANSLATE_NOOP("HandoverStatus", "In progress"),
    QT_TRANSLATE_NOOP("HandoverStatus", "Done"),
    QT_TRANSLATE_NOOP("HandoverStatus", "Blocked"),
    QT_TRANSLATE_NOOP("HandoverStatus", "Lost"),
    QT_TRANSLATE_NOOP("FundingKind", "Assessed"),
    QT_TRANSLATE_NOOP("FundingKind", "Regular budget"),
    QT_TRANSLATE_NOOP("FundingKind", "Peacebuilding Fund"),
    QT_TRANSLATE_NOOP("FundingKind", "Trust fund"),
    QT_TRANSLATE_NOOP("FundingKind", "Voluntary"),
    QT_TRANSLATE_NOOP("FundingKind", "Host government"),
    QT_TRANSLATE_NOOP("FundingKind", "Other"),
    QT_TRANSLATE_NOOP("FundingLineStatus", "Secured"),
    QT_TRANSLATE_NOOP("FundingLineStatus", "Pledged"),
    QT_TRANSLATE_NOOP("FundingLineStatus", "Projected"),
    QT_TRANSLATE_NOOP("MilestoneKind", "Mandate renewal"),
    QT_TRANSLATE_NOOP("MilestoneKind", "Election"),
    QT_TRANSLATE_NOOP("MilestoneKind", "Benchmark"),
    QT_TRANSLATE_NOOP("MilestoneKind", "Drawdown"),
    QT_TRANSLATE_NOOP("MilestoneKind", "Handover"),
    QT_TRANSLATE_NOOP("MilestoneKind", "Other"),
    QT_TRANSLATE_NOOP("Severity", "critical"),
    QT_TRANSLATE_NOOP("Severity", "high"),
    QT_TRANSLATE_NOOP("Severity", "medium"),
    QT_TRANSLATE_NOOP("Severity", "low"),
    QT_TRANSLATE_NOOP("Severity", "info"),
)


def enum_label(member: PlanEnum) -> str:
    """The value as a person reads it, in the language of the process ("PKO" → "OMP")."""
    return translate(type(member).__name__, member.value)


def parse_enum_any_language(cls: type[E], text: str) -> E:
    """As `parse_enum`, also accepting the value's translation in any language of the
    application (a workbook exported in French imports back, SPEC §6)."""
    try:
        return parse_enum(cls, text)
    except ValueError:
        wanted = _key(text)
        for member in cls:
            for spelling in all_translations(cls.__name__, member.value):
                if _key(spelling) == wanted:
                    return member
        raise
