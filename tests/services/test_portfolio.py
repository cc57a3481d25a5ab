"""The region's view (SPEC §4 `portfolio`): one row per plan, the presences of the day, the
score and counts of `check`, the next milestone and the headquarters line of the day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import LeadDepartment, MilestoneKind, PresenceKind
from transition_planner.domain.model import Milestone, Plan, Presence, with_new_ids
from transition_planner.services import PlanningService
from transition_planner.services.portfolio import (
    headquarters_line,
    next_milestone,
    portfolio,
    presences_on,
)
from transition_planner.workbook.examples import example_plans, haiti_plan

H0, H1 = date(2015, 1, 1), date(2030, 12, 31)


def plan_with(*presences: Presence, milestones: tuple[Milestone, ...] = ()) -> Plan:
    return Plan(
        name="Country",
        horizon_start=H0,
        horizon_end=H1,
        presences=presences,
        milestones=milestones,
    )


PKO = Presence(name="UNMX", kind=PresenceKind.PKO, start=date(2015, 1, 1), end=date(2020, 6, 30))
SPM = Presence(name="UNSX", kind=PresenceKind.SPM, start=date(2020, 7, 1), end=date(2023, 12, 31))
UNCT = Presence(name="UNCT", kind=PresenceKind.NON_MISSION, start=date(2015, 1, 1))
AU = Presence(name="AU force", kind=PresenceKind.PARTNER_MISSION, start=date(2024, 1, 1))


@pytest.mark.parametrize(
    ("day", "department", "name", "presence"),
    [
        (date(2016, 5, 1), LeadDepartment.DPO, "DPKO", "UNMX"),  # before the restructuring
        (date(2019, 5, 1), LeadDepartment.DPO, "DPO", "UNMX"),
        (date(2021, 5, 1), LeadDepartment.DPPA, "DPPA", "UNSX"),
        (date(2017, 5, 1), LeadDepartment.DPO, "DPKO", "UNMX"),  # the PKO leads the UNCT
        # a UN country team and a partner mission: non-mission, so DPPA (A/72/525 para 9)
        (date(2025, 5, 1), LeadDepartment.DPPA, "DPPA", None),
        (date(2020, 7, 1), LeadDepartment.DPPA, "DPPA", "UNSX"),  # the SPM's first day
    ],
)
def test_headquarters_line_of_the_day(
    day: date, department: LeadDepartment, name: str, presence: str | None
) -> None:
    line = headquarters_line(plan_with(PKO, SPM, UNCT, AU), day)
    assert (line.department, line.name, line.presence) == (department, name, presence)


def test_headquarters_line_follows_the_planner_s_lead_department() -> None:
    # the planner put a field-based SPM under DPO (as DPO backstops field missions)
    spm_under_dpo = replace(SPM, lead_department=LeadDepartment.DPO)
    line = headquarters_line(plan_with(spm_under_dpo, UNCT), date(2021, 5, 1))
    assert (line.department, line.presence) == (LeadDepartment.DPO, "UNSX")
    # a PKO whose lead is "Other": the line falls back on the rule, DPO where a PKO is deployed
    odd_pko = replace(PKO, lead_department=LeadDepartment.OTHER)
    line = headquarters_line(plan_with(odd_pko, UNCT), date(2019, 5, 1))
    assert (line.department, line.name, line.presence) == (LeadDepartment.DPO, "DPO", None)
    # no presence at all: non-mission, DPA before 2019
    line = headquarters_line(plan_with(), date(2016, 1, 1))
    assert (line.department, line.name, line.presence) == (LeadDepartment.DPPA, "DPA", None)


def test_presences_alive_on_the_day_by_kind() -> None:
    plan = plan_with(PKO, SPM, UNCT, AU)
    assert presences_on(plan, date(2020, 6, 30)) == {
        PresenceKind.PKO: (PKO,),
        PresenceKind.NON_MISSION: (UNCT,),
    }
    assert presences_on(plan, date(2020, 7, 1)) == {
        PresenceKind.SPM: (SPM,),
        PresenceKind.NON_MISSION: (UNCT,),
    }
    # an open end goes on, past the horizon too
    assert presences_on(plan, date(2040, 1, 1)) == {
        PresenceKind.NON_MISSION: (UNCT,),
        PresenceKind.PARTNER_MISSION: (AU,),
    }


def test_next_milestone_is_the_first_after_the_day() -> None:
    on_day = Milestone(name="Today's", date=date(2022, 3, 1))
    later = Milestone(name="Election", date=date(2022, 9, 1), kind=MilestoneKind.ELECTION)
    sooner = Milestone(name="Renewal", date=date(2022, 4, 1))
    plan = plan_with(milestones=(on_day, later, sooner))
    assert next_milestone(plan, date(2022, 3, 1)) == sooner
    assert next_milestone(plan, date(2022, 9, 1)) is None


@pytest.fixture
def service(tmp_path: Path):
    svc = PlanningService.open(tmp_path / "region.tpw", create=True)
    for plan in example_plans():
        svc.create_plan(plan)
    yield svc
    svc.close()


def test_portfolio_rows_sorted_by_region_then_country_and_agreeing_with_the_analysis(
    service: PlanningService,
) -> None:
    extra = replace(with_new_ids(haiti_plan(), name="Haiti option B"), country="Haiti")
    service.create_plan(extra)
    day = date(2026, 12, 1)
    rows = portfolio(service, as_of=day)
    assert [(r.plan.region, r.plan.country, r.plan.name) for r in rows] == [
        ("Africa I", "Kandora (fictional)", "Kandora (template)"),
        ("Americas", "Haiti", "Haiti"),
        ("Americas", "Haiti", "Haiti option B"),
        ("Eastern Africa", "Sudan", "Sudan"),
    ]
    for row in rows:
        analysis = analyse(row.plan, day)
        assert row.continuity_score == analysis.continuity_score
        assert row.counts == analysis.counts_by_severity()
        data = row.to_json()
        assert set(data) >= {
            "plan",
            "country",
            "region",
            "presences",
            "continuity_score",
            "counts",
            "next_milestone",
            "headquarters",
        }
    haiti = rows[1].to_json()
    assert haiti["presences"] == {
        "SPM": "BINUH",
        "Non-mission": "UN country team",
        "Partner mission": "Gang Suppression Force",
    }
    assert haiti["headquarters"] == {"department": "DPPA", "name": "DPPA", "presence": "BINUH"}


def test_portfolio_of_a_region_ignores_case_and_blanks(service: PlanningService) -> None:
    rows = portfolio(service, region="  AMERICAS ", as_of=date(2018, 6, 1))
    assert [r.plan.name for r in rows] == ["Haiti"]
    assert rows[0].headquarters.name == "DPKO"  # MINUJUSTH, before the restructuring
    assert portfolio(service, region="Europe") == []
