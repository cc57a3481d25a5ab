"""Enumerations of the plan model (SPEC §2) and their tolerant parsing.

Values are written in the spelling of the specification; input is matched case-insensitively,
ignoring surrounding blanks, repeated blanks and the usual separators, and a few synonyms that
planners use are accepted ("Peacekeeping operation" → PKO, "UNCT" → Non-mission).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TypeVar


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
