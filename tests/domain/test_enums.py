"""Enumerations: tolerant parsing, display spelling, severity order."""

from __future__ import annotations

import pytest

from transition_planner.domain.enums import (
    DEFAULT_LEAD,
    ActorType,
    FundingStatus,
    LeadDepartment,
    MilestoneKind,
    PresenceKind,
    Priority,
    Severity,
    enum_values,
    parse_enum,
)
from transition_planner.domain.model import Presence


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [
        (PresenceKind, "PKO", PresenceKind.PKO),
        (PresenceKind, "pko", PresenceKind.PKO),
        (PresenceKind, "  Pko  ", PresenceKind.PKO),
        (PresenceKind, "non-mission", PresenceKind.NON_MISSION),
        (PresenceKind, "NON MISSION", PresenceKind.NON_MISSION),
        (PresenceKind, "non_mission", PresenceKind.NON_MISSION),
        (PresenceKind, "Peacekeeping operation", PresenceKind.PKO),
        (PresenceKind, "special political mission", PresenceKind.SPM),
        (PresenceKind, "UNCT", PresenceKind.NON_MISSION),
        (PresenceKind, "partner", PresenceKind.PARTNER_MISSION),
        (PresenceKind, "Regional   Office", PresenceKind.REGIONAL_OFFICE),
        (LeadDepartment, "rc/unct", LeadDepartment.RC_UNCT),
        (LeadDepartment, "RC UNCT", LeadDepartment.RC_UNCT),
        (LeadDepartment, "DPKO", LeadDepartment.DPO),
        (LeadDepartment, "dpa", LeadDepartment.DPPA),
        (ActorType, "un entity", ActorType.UN_ENTITY),
        (ActorType, "NGO", ActorType.CIVIL_SOCIETY),
        (ActorType, "Regional organisation", ActorType.REGIONAL_ORGANIZATION),
        (ActorType, "host government", ActorType.GOVERNMENT),
        (Priority, "critical", Priority.CRITICAL),
        (Priority, "LOW", Priority.LOW),
        (FundingStatus, "funded", FundingStatus.SECURED),
        (FundingStatus, "unfunded", FundingStatus.UNFUNDED),
        (MilestoneKind, "elections", MilestoneKind.ELECTION),
        (MilestoneKind, "mandate renewal", MilestoneKind.MANDATE_RENEWAL),
        (MilestoneKind, "hand over", MilestoneKind.HANDOVER),
        (Severity, "Critical", Severity.CRITICAL),
        (Severity, "info", Severity.INFO),
    ],
)
def test_parse_enum_accepts_case_separators_and_synonyms(
    cls: type, text: str, expected: object
) -> None:
    assert parse_enum(cls, text) is expected


def test_parse_enum_accepts_member_names() -> None:
    assert parse_enum(PresenceKind, "partner_mission") is PresenceKind.PARTNER_MISSION
    assert parse_enum(LeadDepartment, "rc_unct") is LeadDepartment.RC_UNCT


@pytest.mark.parametrize(
    ("cls", "text"),
    [
        (PresenceKind, "Embassy"),
        (PresenceKind, ""),
        (Priority, "urgent"),
        (FundingStatus, "maybe"),
        (LeadDepartment, "DPKO-DFS"),
    ],
)
def test_parse_enum_rejects_unknown_values_listing_the_allowed_ones(cls: type, text: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_enum(cls, text)
    message = str(raised.value)
    assert repr(text.strip()) in message
    for value in enum_values(cls):
        assert value in message


def test_values_are_written_in_the_spec_spelling() -> None:
    assert enum_values(PresenceKind) == [
        "PKO",
        "SPM",
        "Non-mission",
        "Regional office",
        "Partner mission",
    ]
    assert enum_values(LeadDepartment) == ["DPO", "DPPA", "RC/UNCT", "Other"]
    assert str(FundingStatus.UNFUNDED) == "Unfunded"
    assert f"{MilestoneKind.ELECTION}" == "Election"


def test_default_lead_department_comes_from_the_kind_and_can_be_changed() -> None:
    assert DEFAULT_LEAD == {
        PresenceKind.PKO: LeadDepartment.DPO,
        PresenceKind.SPM: LeadDepartment.DPPA,
        PresenceKind.REGIONAL_OFFICE: LeadDepartment.DPPA,
        PresenceKind.NON_MISSION: LeadDepartment.RC_UNCT,
        PresenceKind.PARTNER_MISSION: LeadDepartment.OTHER,
    }
    from datetime import date

    spm = Presence(name="UNAMA", kind=PresenceKind.SPM, start=date(2002, 3, 28))
    assert spm.lead is LeadDepartment.DPPA
    dpo_led = Presence(
        name="UNAMA",
        kind=PresenceKind.SPM,
        start=date(2002, 3, 28),
        lead_department=LeadDepartment.DPO,
    )
    assert dpo_led.lead is LeadDepartment.DPO


def test_severity_order_lowering_and_comparison() -> None:
    order = [Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO]
    assert [s.rank for s in order] == [0, 1, 2, 3, 4]
    assert Severity.CRITICAL.lowered() is Severity.HIGH
    assert Severity.HIGH.lowered() is Severity.MEDIUM
    assert Severity.MEDIUM.lowered() is Severity.LOW
    assert Severity.LOW.lowered() is Severity.LOW
    assert Severity.INFO.lowered() is Severity.INFO
    assert Severity.HIGH.at_least(Severity.MEDIUM)
    assert Severity.HIGH.at_least(Severity.HIGH)
    assert not Severity.LOW.at_least(Severity.MEDIUM)


def test_priority_weights_and_severities() -> None:
    assert {p: p.weight for p in Priority} == {
        Priority.CRITICAL: 8,
        Priority.HIGH: 4,
        Priority.MEDIUM: 2,
        Priority.LOW: 1,
    }
    assert [p.severity for p in Priority] == [
        Severity.CRITICAL,
        Severity.HIGH,
        Severity.MEDIUM,
        Severity.LOW,
    ]
