"""Worked examples of the continuity analysis: every rule of SPEC §3, its edges, the insights."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from transition_planner.domain.analysis import analyse, in_report_order
from transition_planner.domain.enums import (
    ActorType,
    FundingStatus,
    LeadDepartment,
    MilestoneKind,
    PresenceKind,
    Priority,
    Severity,
)
from transition_planner.domain.findings import RULES, Finding
from transition_planner.domain.model import (
    Actor,
    Assignment,
    Function,
    Milestone,
    Plan,
    Presence,
)
from transition_planner.i18n import format_day, format_number
from transition_planner.workbook.examples import example_plans, haiti_plan

from .reference import reference_analyse
from .test_analysis_properties import check_against_reference

D0 = date(2020, 1, 1)


def d(n: int) -> date:
    return D0 + timedelta(days=n)


def presence(
    pid: str,
    start: int,
    end: int | None = None,
    kind: PresenceKind = PresenceKind.PKO,
    lead: LeadDepartment | None = None,
) -> Presence:
    return Presence(
        name=pid,
        kind=kind,
        start=d(start),
        end=None if end is None else d(end),
        lead_department=lead,
        id=pid,
    )


def actor(aid: str, presence_id: str | None = None) -> Actor:
    return Actor(name=aid, type=ActorType.OTHER, presence_id=presence_id, id=aid)


def function(
    fid: str = "F",
    priority: Priority = Priority.HIGH,
    required_from: int | None = None,
    required_until: int | None = None,
) -> Function:
    return Function(
        name=fid,
        priority=priority,
        required_from=None if required_from is None else d(required_from),
        required_until=None if required_until is None else d(required_until),
        id=fid,
    )


def assignment(
    sid: str,
    actor_id: str,
    start: int,
    end: int | None = None,
    *,
    function_id: str = "F",
    capacity: float | None = None,
    funding: FundingStatus | None = None,
) -> Assignment:
    return Assignment(
        function_id=function_id,
        actor_id=actor_id,
        start=d(start),
        end=None if end is None else d(end),
        capacity=capacity,
        funding_status=funding,
        id=sid,
    )


def make_plan(
    *,
    horizon: tuple[int, int] = (0, 99),
    presences: tuple[Presence, ...] | None = None,
    actors: tuple[Actor, ...] = (),
    functions: tuple[Function, ...] = (),
    assignments: tuple[Assignment, ...] = (),
    milestones: tuple[Milestone, ...] = (),
    min_overlap: int = 90,
    threshold: float = 0.5,
) -> Plan:
    if presences is None:  # a presence all along, so that no presence_gap clutters the example
        presences = (presence("UNCT", -1000, kind=PresenceKind.NON_MISSION),)
    return Plan(
        name="Example",
        horizon_start=d(horizon[0]),
        horizon_end=d(horizon[1]),
        min_overlap_days=min_overlap,
        cliff_threshold=threshold,
        presences=presences,
        actors=actors,
        functions=functions,
        assignments=assignments,
        milestones=milestones,
    )


def of(plan: Plan, rule: str) -> list[Finding]:
    return [f for f in analyse(plan).findings if f.rule == rule]


def spans(findings: list[Finding]) -> list[tuple[date, date]]:
    return [(f.start, f.end) for f in findings]


# -- presence_gap ----------------------------------------------------------------------------


def test_presence_gaps_in_the_middle_at_the_start_and_at_the_end_of_the_horizon() -> None:
    plan = make_plan(
        presences=(presence("A", 5, 19), presence("B", 30, 89)),
    )
    gaps = of(plan, "presence_gap")
    assert spans(gaps) == [(d(0), d(4)), (d(20), d(29)), (d(90), d(99))]
    assert all(g.severity is Severity.CRITICAL and g.function is None for g in gaps)
    assert [g.days for g in gaps] == [5, 10, 10]
    middle = gaps[1]
    assert middle.detail == (
        f"No presence in the country for 10 days ({format_day(d(20))} – {format_day(d(29))}),"
        " between the close of A and the opening of B"
    )
    assert middle.presence_ids == ("A", "B")


def test_adjacent_and_open_ended_presences_leave_no_gap() -> None:
    plan = make_plan(presences=(presence("A", -10, 49), presence("B", 50)))
    assert of(plan, "presence_gap") == []


def test_no_presence_at_all_is_one_gap_over_the_horizon_and_partner_missions_count() -> None:
    assert spans(of(make_plan(presences=()), "presence_gap")) == [(d(0), d(99))]
    partner = presence("AU force", 0, kind=PresenceKind.PARTNER_MISSION)
    assert of(make_plan(presences=(partner,)), "presence_gap") == []


def test_presences_outside_the_horizon_are_clipped() -> None:
    plan = make_plan(presences=(presence("Old", -50, -1), presence("Late", 100, 200)))
    assert spans(of(plan, "presence_gap")) == [(d(0), d(99))]


# -- coverage_gap ----------------------------------------------------------------------------


def test_coverage_gap_between_two_carriers_and_adjacent_carriers_leave_none() -> None:
    plan = make_plan(
        actors=(actor("X"), actor("Y"), actor("Z")),
        functions=(function(priority=Priority.CRITICAL),),
        assignments=(
            assignment("s1", "X", 0, 39),
            assignment("s2", "Y", 40, 59),  # adjacent to s1: no gap on 39/40
            assignment("s3", "Z", 70),  # open end: to the horizon's end
        ),
    )
    (gap,) = of(plan, "coverage_gap")
    assert (gap.start, gap.end, gap.days) == (d(60), d(69), 10)
    assert gap.severity is Severity.CRITICAL
    assert gap.function == "F" and gap.function_id == "F"
    assert gap.assignment_ids == ("s2", "s3")
    assert gap.detail.endswith("between Y and Z")


def test_coverage_gap_detail_reads_like_the_haiti_police_example() -> None:
    plan = Plan(
        name="Haiti",
        horizon_start=date(2019, 1, 1),
        horizon_end=date(2020, 12, 31),
        presences=(Presence(name="UN", kind=PresenceKind.NON_MISSION, start=date(2019, 1, 1)),),
        actors=(
            Actor(name="MINUJUSTH Police", type=ActorType.MISSION, id="mp"),
            Actor(name="UNDP", type=ActorType.UN_ENTITY, id="undp"),
        ),
        functions=(Function(name="Police", priority=Priority.CRITICAL, id="police"),),
        assignments=(
            Assignment(
                function_id="police",
                actor_id="mp",
                start=date(2019, 1, 1),
                end=date(2019, 10, 15),
            ),
            Assignment(function_id="police", actor_id="undp", start=date(2020, 4, 1)),
        ),
    )
    (gap,) = of(plan, "coverage_gap")
    assert gap.days == 168
    assert gap.detail == (
        "Police is uncovered for 168 days (16 Oct 2019 – 31 Mar 2020), between MINUJUSTH Police"
        " and UNDP"
    )
    assert gap.to_json()["days"] == 168
    assert gap.to_json()["start"] == "2019-10-16"


def test_function_nobody_carries_is_one_gap_over_its_window() -> None:
    plan = make_plan(
        functions=(function(priority=Priority.LOW, required_from=10, required_until=19),)
    )
    (gap,) = of(plan, "coverage_gap")
    assert (gap.start, gap.end, gap.severity) == (d(10), d(19), Severity.LOW)
    assert gap.detail.endswith(": nobody carries it")


def test_required_window_partly_outside_the_horizon_is_clipped() -> None:
    plan = make_plan(
        horizon=(10, 29),
        actors=(actor("X"),),
        functions=(function(required_from=0, required_until=50),),
        assignments=(assignment("s1", "X", 15, 20),),
    )
    assert spans(of(plan, "coverage_gap")) == [(d(10), d(14)), (d(21), d(29))]
    # 6 of 20 days covered
    assert analyse(plan).continuity_score == 30.0


def test_empty_window_skips_the_function_but_not_outlives_presence() -> None:
    outside = function("Outside", required_from=200, required_until=300)
    backwards = function("Backwards", required_from=50, required_until=40)
    plan = make_plan(
        presences=(presence("M", 0, 49),),
        actors=(actor("X", "M"),),
        functions=(outside, backwards),
        assignments=(
            assignment("s1", "X", 0, 99, function_id="Outside"),  # would outlive its presence
            assignment("s2", "X", 0, 99, function_id="Backwards"),
        ),
    )
    result = analyse(plan)
    # outlives_presence holds "whatever its function's window" (SPEC §3, revised)
    assert sorted(f.rule for f in result.findings) == [
        "outlives_presence",
        "outlives_presence",
        "presence_gap",
    ]
    assert {f.function for f in of(plan, "outlives_presence")} == {"Outside", "Backwards"}
    assert result.continuity_score is None


def test_an_actor_can_only_act_while_its_presence_exists() -> None:
    plan = make_plan(
        presences=(presence("UNCT", -1000, kind=PresenceKind.NON_MISSION), presence("M", 10, 50)),
        actors=(actor("Police", "M"),),
        functions=(function(),),
        assignments=(assignment("s1", "Police", 0),),
    )
    assert spans(of(plan, "coverage_gap")) == [(d(0), d(9)), (d(51), d(99))]
    assert analyse(plan).continuity_score == 41.0


def test_open_ended_presence_lives_until_the_horizon_end() -> None:
    plan = make_plan(
        presences=(presence("M", -5),),
        actors=(actor("Police", "M"),),
        functions=(function(),),
        assignments=(assignment("s1", "Police", 0),),
    )
    assert of(plan, "coverage_gap") == []
    assert analyse(plan).continuity_score == 100.0


def test_unknown_presence_or_actor_is_treated_as_no_presence() -> None:
    plan = make_plan(
        actors=(actor("Ghostly", "no-such-presence"),),
        functions=(function(),),
        assignments=(
            assignment("s1", "Ghostly", 0, 49),
            assignment("s2", "no-such-actor", 50),
        ),
        min_overlap=0,
    )
    result = analyse(plan)
    assert [f.rule for f in result.findings] == []
    assert result.continuity_score == 100.0


def test_assignment_wholly_outside_its_presence_covers_nothing() -> None:
    plan = make_plan(
        presences=(presence("UNCT", -1000, kind=PresenceKind.NON_MISSION), presence("M", 0, 19)),
        actors=(actor("Police", "M"),),
        functions=(function(),),
        assignments=(assignment("s1", "Police", 30, 59, capacity=10),),
    )
    assert spans(of(plan, "coverage_gap")) == [(d(0), d(99))]
    (outlives,) = of(plan, "outlives_presence")
    assert (outlives.start, outlives.end) == (d(30), d(59))
    assert outlives.extras == {"actor": "Police", "presence": "M"}
    assert outlives.severity is Severity.MEDIUM
    assert outlives.assignment_ids == ("s1",) and outlives.presence_ids == ("M",)
    assert "after M ends" in outlives.detail


# -- funding_gap -----------------------------------------------------------------------------


def test_funding_gap_only_when_every_active_assignment_is_unfunded() -> None:
    unfunded = FundingStatus.UNFUNDED
    plan = make_plan(
        actors=(actor("X"), actor("Y"), actor("Z")),
        functions=(function(priority=Priority.MEDIUM),),
        assignments=(
            assignment("s1", "X", 0, 59, funding=unfunded),
            assignment("s2", "Y", 20, 39, funding=FundingStatus.SECURED),
            assignment("s3", "Z", 60, 79, funding=unfunded),  # continues the unfunded run
            assignment("s4", "X", 80, 99, funding=None),  # not tracked: no gap
        ),
    )
    gaps = of(plan, "funding_gap")
    assert spans(gaps) == [(d(0), d(19)), (d(40), d(79))]
    assert all(g.severity is Severity.MEDIUM for g in gaps)
    assert gaps[1].assignment_ids == ("s1", "s3")
    assert "is carried but unfunded for 40 days" in gaps[1].detail


def test_pledged_funding_is_not_a_gap_and_uncovered_days_are_not_funding_gaps() -> None:
    plan = make_plan(
        actors=(actor("X"),),
        functions=(function(),),
        assignments=(
            assignment("s1", "X", 0, 9, funding=FundingStatus.PLEDGED),
            assignment("s2", "X", 20, 29, funding=FundingStatus.UNFUNDED),
        ),
    )
    assert spans(of(plan, "funding_gap")) == [(d(20), d(29))]


# -- capacity_cliff --------------------------------------------------------------------------


def cliff_plan(
    first: float | None,
    second: float | None,
    *,
    threshold: float = 0.5,
    gap: int = 0,
    bridge_days: int = 7,
) -> Plan:
    return replace(
        make_plan(
            actors=(actor("Mission"), actor("Agency")),
            functions=(function(priority=Priority.CRITICAL),),
            assignments=(
                assignment("s1", "Mission", 0, 49, capacity=first),
                assignment("s2", "Agency", 50 + gap, capacity=second),
            ),
            threshold=threshold,
            min_overlap=0,
        ),
        bridge_days=bridge_days,
    )


def test_capacity_cliff_when_capacity_falls_below_the_threshold() -> None:
    (cliff,) = of(cliff_plan(1200, 150), "capacity_cliff")
    assert (cliff.start, cliff.end) == (d(50), d(50))
    assert cliff.extras == {"from_capacity": 1200, "to_capacity": 150}
    assert isinstance(cliff.extras["from_capacity"], int)
    assert cliff.severity is Severity.CRITICAL
    assert cliff.assignment_ids == ("s1", "s2")
    assert (
        cliff.detail == f"Capacity of F drops from 1,200 to 150 (below 50%) on {format_day(d(50))}"
    )


def test_capacity_cliff_edges() -> None:
    assert of(cliff_plan(100, 50), "capacity_cliff") == []  # exactly half is not below half
    assert len(of(cliff_plan(100, 49.5), "capacity_cliff")) == 1
    assert of(cliff_plan(100, None), "capacity_cliff") == []  # unknown capacity
    assert of(cliff_plan(None, 0), "capacity_cliff") == []
    assert of(cliff_plan(0, 0), "capacity_cliff") == []  # cap(d−1) must be > 0
    # nobody on day 50: a one-day break, bridged; the day before it is compared (SPEC §3 prev)
    (across,) = of(cliff_plan(100, 10, gap=1), "capacity_cliff")
    assert across.start == d(51) and across.detail.endswith("across a short break")
    assert of(cliff_plan(100, 10, gap=1, bridge_days=0), "capacity_cliff") == []
    assert of(cliff_plan(100, 0, threshold=0.0), "capacity_cliff") == []  # never below 0
    assert len(of(cliff_plan(100, 99, threshold=1.0), "capacity_cliff")) == 1
    (fractional,) = of(cliff_plan(10, 2.5), "capacity_cliff")
    assert fractional.extras == {"from_capacity": 10, "to_capacity": 2.5}


def test_capacity_cliff_needs_every_capacity_known_in_both_active_sets() -> None:
    plan = make_plan(
        actors=(actor("A"), actor("B"), actor("C")),
        functions=(function(),),
        assignments=(
            assignment("s1", "A", 0, 49, capacity=100),
            assignment("s2", "B", 0, 99, capacity=None),
            assignment("s3", "C", 50, capacity=1),
        ),
    )
    assert of(plan, "capacity_cliff") == []


def test_no_capacity_cliff_on_the_first_day_of_the_window() -> None:
    plan = make_plan(
        actors=(actor("A"), actor("B")),
        functions=(function(required_from=50),),
        assignments=(
            assignment("s1", "A", 0, 49, capacity=100),
            assignment("s2", "B", 50, capacity=1),
        ),
        min_overlap=0,
    )
    assert of(plan, "capacity_cliff") == []
    later = replace(plan, functions=(function(required_from=49),))
    assert spans(of(later, "capacity_cliff")) == [(d(50), d(50))]


def test_capacity_is_the_sum_over_the_active_set() -> None:
    plan = make_plan(
        actors=(actor("A"), actor("B"), actor("C")),
        functions=(function(),),
        assignments=(
            assignment("s1", "A", 0, 49, capacity=60),
            assignment("s2", "B", 0, 99, capacity=40),
            assignment("s3", "C", 50, 99, capacity=9),
        ),
        min_overlap=0,
    )
    (cliff,) = of(plan, "capacity_cliff")
    assert cliff.extras == {"from_capacity": 100, "to_capacity": 49}


def test_fractional_capacities_are_summed_exactly() -> None:
    # 0.1 + 0.2 is not 0.3 in binary floating point; the analysis sums exactly
    plan = make_plan(
        actors=(actor("A"), actor("B"), actor("C")),
        functions=(function(),),
        assignments=(
            assignment("s1", "A", 0, 49, capacity=0.1),
            assignment("s2", "B", 0, 49, capacity=0.2),
            assignment("s3", "C", 0, 99, capacity=0.0),
        ),
        threshold=1.0,
    )
    (cliff,) = of(plan, "capacity_cliff")
    assert cliff.extras["to_capacity"] == 0
    assert cliff.extras["from_capacity"] == pytest.approx(0.3)


@pytest.mark.parametrize(
    "capacities",
    [
        # weighed as read: a finer fraction met late grows the scale; a large capacity, the
        # bound (the pass starts again); more of either than _REWEIGHS: all weighed at once
        (40.0, 20.0, 0.5, 1.0),
        (40.0, 20.0, 2.0**40, 1.0),
        (40.0, 0.5, 0.25, 0.125, 2.0**30, 0.0625, 2.0**50, 0.1),
        (None, 3.0, -1.0, 0.1, 2.0**60, float("nan"), 7.25),
    ],
)
def test_capacities_weighed_as_read_give_the_findings_of_an_exact_reading(
    capacities: tuple[float | None, ...],
) -> None:
    """Every order of the same assignments: the findings of the day-by-day reference."""
    actors = tuple(actor(f"A{i}") for i in range(len(capacities)))
    assignments = tuple(
        assignment(f"s{i}", f"A{i}", 10 * i, 10 * i + 14, capacity=c)
        for i, c in enumerate(capacities)
    )
    plan = make_plan(actors=actors, functions=(function(),), assignments=assignments, threshold=0.5)
    assert of(plan, "capacity_cliff")
    for order in (assignments, assignments[::-1], assignments[1::2] + assignments[::2]):
        check_against_reference(replace(plan, assignments=order))


# -- cold_handover ---------------------------------------------------------------------------


def handover_plan(
    *,
    first_end: int = 49,
    second_start: int = 40,
    min_overlap: int = 90,
    priority: Priority = Priority.HIGH,
) -> Plan:
    return make_plan(
        actors=(actor("UNAMID Human Rights"), actor("OHCHR")),
        functions=(function("Human rights monitoring", priority),),
        assignments=(
            assignment(
                "s1", "UNAMID Human Rights", 0, first_end, function_id="Human rights monitoring"
            ),
            assignment("s2", "OHCHR", second_start, function_id="Human rights monitoring"),
        ),
        min_overlap=min_overlap,
    )


def test_cold_handover_with_its_overlap_receiver_and_severity() -> None:
    (cold,) = of(handover_plan(), "cold_handover")
    assert (cold.start, cold.end) == (d(50), d(50))
    assert cold.extras == {
        "from_actor": "UNAMID Human Rights",
        "to_actor": "OHCHR",
        "overlap_days": 10,
    }
    assert cold.severity is Severity.MEDIUM  # one level below High
    assert cold.assignment_ids == ("s1", "s2")
    assert cold.detail == (
        "Human rights monitoring handed over cold from UNAMID Human Rights to OHCHR:"
        " 10 days of overlap (90 days required)"
    )


def test_cold_handover_with_no_overlap_reads_like_the_spec_example() -> None:
    (cold,) = of(handover_plan(second_start=50), "cold_handover")
    assert cold.extras["overlap_days"] == 0
    assert cold.detail == (
        "Human rights monitoring handed over cold from UNAMID Human Rights to OHCHR:"
        " no overlap (90 days required)"
    )


def test_cold_handover_thresholds_and_severity_levels() -> None:
    assert of(handover_plan(min_overlap=0), "cold_handover") == []  # overlap < 0 never
    assert of(handover_plan(min_overlap=10), "cold_handover") == []  # 10 days is enough
    assert len(of(handover_plan(min_overlap=11), "cold_handover")) == 1
    levels = {
        Priority.CRITICAL: Severity.HIGH,
        Priority.HIGH: Severity.MEDIUM,
        Priority.MEDIUM: Severity.LOW,
        Priority.LOW: Severity.LOW,
    }
    for priority, severity in levels.items():
        (cold,) = of(handover_plan(priority=priority), "cold_handover")
        assert cold.severity is severity


def test_no_handover_when_nobody_takes_over_or_the_day_after_is_outside_the_window() -> None:
    # nobody on e + 1: that is a coverage gap, not a cold handover
    assert of(handover_plan(second_start=60), "cold_handover") == []
    # the first assignment runs to the horizon's end: e + 1 is outside W
    assert of(handover_plan(first_end=99), "cold_handover") == []
    ends_before_window = replace(
        handover_plan(), functions=(function("Human rights monitoring", required_from=51),)
    )
    assert of(ends_before_window, "cold_handover") == []
    # e + 1 = the window's first day still counts
    on_first_day = replace(
        handover_plan(), functions=(function("Human rights monitoring", required_from=50),)
    )
    assert spans(of(on_first_day, "cold_handover")) == [(d(50), d(50))]


def test_no_handover_when_the_same_actor_carries_on() -> None:
    plan = make_plan(
        actors=(actor("A"), actor("B")),
        functions=(function(),),
        assignments=(
            assignment("s1", "A", 0, 49),
            assignment("s2", "A", 50, 99),  # the actor renews its own assignment
            assignment("s3", "B", 45, 99),
        ),
    )
    assert of(plan, "cold_handover") == []


def test_receiver_is_the_largest_overlap_then_earliest_start_then_name() -> None:
    plan = make_plan(
        actors=(actor("Leaving"), actor("Zed"), actor("Abe"), actor("Late")),
        functions=(function(),),
        assignments=(
            assignment("s1", "Leaving", 10, 49),
            assignment("s2", "Late", 45),  # overlap 5
            assignment("s3", "Zed", 0),  # overlap 40 (from the handing-over start)
            assignment("s4", "Abe", 5),  # overlap 40 too, later start
        ),
    )
    (cold,) = of(plan, "cold_handover")
    assert cold.extras == {"from_actor": "Leaving", "to_actor": "Zed", "overlap_days": 40}
    same_start = replace(
        plan, assignments=(*plan.assignments[:2], assignment("s3", "Zed", 5), plan.assignments[3])
    )
    (cold,) = of(same_start, "cold_handover")
    assert cold.extras["to_actor"] == "Abe"  # same start: by actor name


def test_overlap_uses_effective_intervals() -> None:
    plan = make_plan(
        presences=(presence("UNCT", -1000, kind=PresenceKind.NON_MISSION), presence("SPM", 40)),
        actors=(actor("Mission"), actor("Office", "SPM")),
        functions=(function(),),
        assignments=(
            assignment("s1", "Mission", 0, 49),
            assignment("s2", "Office", 0),  # planned from day 0, effective from day 40
        ),
    )
    (cold,) = of(plan, "cold_handover")
    assert cold.extras["overlap_days"] == 10


def test_one_finding_per_function_day_and_actor() -> None:
    plan = make_plan(
        actors=(actor("A"), actor("B")),
        functions=(function(),),
        assignments=(
            assignment("s1", "A", 0, 20),
            assignment("s2", "A", 15, 20),
            assignment("s3", "B", 10),
        ),
        min_overlap=30,
    )
    (cold,) = of(plan, "cold_handover")
    assert cold.extras["overlap_days"] == 11  # the largest of 11 and 6 (SPEC §3, revised)
    assert cold.assignment_ids == ("s1", "s3")


# -- outlives_presence -----------------------------------------------------------------------


def test_outlives_presence_before_and_after_clipped_to_the_horizon() -> None:
    plan = make_plan(
        presences=(presence("UNCT", -1000, kind=PresenceKind.NON_MISSION), presence("M", 20, 59)),
        actors=(actor("Police", "M"),),
        functions=(function(),),
        assignments=(assignment("s1", "Police", -30, 150),),
    )
    parts = of(plan, "outlives_presence")
    assert spans(parts) == [(d(0), d(19)), (d(60), d(99))]
    assert "before M starts" in parts[0].detail and "after M ends" in parts[1].detail
    assert parts[0].detail.startswith("Police carries F for 20 days")


def test_open_ended_presence_is_never_outlived_afterwards() -> None:
    plan = make_plan(
        presences=(presence("M", 0),),
        actors=(actor("Police", "M"),),
        functions=(function(),),
        assignments=(assignment("s1", "Police", 10),),
    )
    assert of(plan, "outlives_presence") == []


# -- lead_change -----------------------------------------------------------------------------


def test_lead_change_without_overlap() -> None:
    plan = make_plan(
        presences=(
            presence("MINUJUSTH", 0, 49, PresenceKind.PKO),
            presence("BINUH", 50, None, PresenceKind.SPM),
            presence("UN country team", -100, None, PresenceKind.NON_MISSION),
        )
    )
    (change,) = of(plan, "lead_change")
    assert (change.start, change.end, change.severity) == (d(50), d(50), Severity.INFO)
    assert change.function is None
    assert change.extras == {
        "from_lead": "DPO",
        "to_lead": "DPPA",
        "from_presence": "MINUJUSTH",
        "to_presence": "BINUH",
        "overlap_days": 0,
    }
    assert change.detail == (
        "Headquarters lead moves from DPO (MINUJUSTH) to DPPA (BINUH) with no overlap"
    )
    assert change.presence_ids == ("MINUJUSTH", "BINUH")


def test_lead_change_with_overlap_and_back_to_the_country_team() -> None:
    plan = make_plan(
        presences=(
            presence("PKO", -10, 59, PresenceKind.PKO),
            presence("SPM", 30, 79, PresenceKind.SPM),
            presence("UNCT", -100, None, PresenceKind.NON_MISSION),
        )
    )
    changes = of(plan, "lead_change")
    assert [(c.start, c.extras["from_lead"], c.extras["to_lead"]) for c in changes] == [
        (d(60), "DPO", "DPPA"),
        (d(80), "DPPA", "RC/UNCT"),
    ]
    assert changes[0].extras["overlap_days"] == 30
    assert changes[0].detail.endswith("with 30 days of overlap")
    assert changes[1].extras["overlap_days"] == 50  # the SPM's days 30..79


def test_partner_missions_are_ignored_and_gaps_skipped_by_lead_change() -> None:
    plan = make_plan(
        presences=(
            presence("PKO", -10, 29, PresenceKind.PKO),
            presence("AU", 20, 60, PresenceKind.PARTNER_MISSION),
            presence("SPM", 40, None, PresenceKind.SPM),
        )
    )
    (change,) = of(plan, "lead_change")
    assert change.start == d(40)
    assert change.extras["from_presence"] == "PKO" and change.extras["overlap_days"] == 0


def test_no_lead_change_when_the_lead_stays_the_same() -> None:
    plan = make_plan(
        presences=(
            presence("MINUSTAH", -10, 29, PresenceKind.PKO),
            presence("MINUJUSTH", 30, None, PresenceKind.PKO),
            presence("DPO-led SPM", 60, None, PresenceKind.SPM, LeadDepartment.DPO),
        )
    )
    assert of(plan, "lead_change") == []


# -- drawdown_before_election ----------------------------------------------------------------


def election_plan(
    presence_end: int | None, election: int, kind: PresenceKind = PresenceKind.PKO
) -> Plan:
    return make_plan(
        horizon=(0, 400),
        presences=(
            presence("Mission", -10, presence_end, kind),
            presence("UNCT", -100, None, PresenceKind.NON_MISSION),
        ),
        milestones=(
            Milestone(name="General elections", date=d(election), kind=MilestoneKind.ELECTION),
        ),
    )


def test_drawdown_before_election() -> None:
    (finding,) = of(election_plan(10, 100), "drawdown_before_election")
    assert (finding.start, finding.end) == (d(10), d(100))
    assert finding.severity is Severity.MEDIUM
    assert finding.extras == {
        "presence": "Mission",
        "milestone": "General elections",
        "days_before": 90,
    }
    assert "90 days before the election “General elections”" in finding.detail


def test_drawdown_before_election_edges() -> None:
    assert len(of(election_plan(10, 190), "drawdown_before_election")) == 1  # 180 days
    assert of(election_plan(10, 191), "drawdown_before_election") == []  # 181 days
    assert len(of(election_plan(10, 10), "drawdown_before_election")) == 1  # the same day
    assert of(election_plan(10, 9), "drawdown_before_election") == []  # election first
    assert of(election_plan(None, 100), "drawdown_before_election") == []  # ongoing
    spm = election_plan(10, 100, PresenceKind.SPM)
    assert len(of(spm, "drawdown_before_election")) == 1
    unct = election_plan(10, 100, PresenceKind.NON_MISSION)
    assert of(unct, "drawdown_before_election") == []
    other = replace(
        election_plan(10, 100),
        milestones=(Milestone(name="Renewal", date=d(100), kind=MilestoneKind.MANDATE_RENEWAL),),
    )
    assert of(other, "drawdown_before_election") == []


# -- score, order, robustness ----------------------------------------------------------------


def test_continuity_score_weights_priorities_and_rounds_to_one_decimal() -> None:
    plan = make_plan(
        actors=(actor("A"),),
        functions=(function("Crit", Priority.CRITICAL), function("Low", Priority.LOW)),
        assignments=(
            assignment("s1", "A", 0, 49, function_id="Crit"),
            assignment("s2", "A", 0, 99, function_id="Low"),
        ),
    )
    # 100 × (8·50 + 1·100) / (8·100 + 1·100) = 55.55…, rounded down (SPEC §3, revised)
    assert analyse(plan).continuity_score == 55.5


def test_score_is_none_without_functions_and_findings_are_in_report_order() -> None:
    assert analyse(make_plan()).continuity_score is None
    plan = make_plan(
        presences=(presence("M", 10, 89),),
        actors=(actor("A"),),
        functions=(function("B", Priority.LOW), function("A", Priority.LOW)),
        milestones=(Milestone(name="Vote", date=d(95), kind=MilestoneKind.ELECTION),),
    )
    findings = analyse(plan).findings
    assert [(f.severity, f.start, f.rule, f.function) for f in findings] == [
        (Severity.CRITICAL, d(0), "presence_gap", None),
        (Severity.CRITICAL, d(90), "presence_gap", None),
        (Severity.MEDIUM, d(89), "drawdown_before_election", None),
        (Severity.LOW, d(0), "coverage_gap", "A"),
        (Severity.LOW, d(0), "coverage_gap", "B"),
    ]


def test_report_order_is_the_spec_order_for_any_rules_and_ties() -> None:
    # every field decides in its turn, the detail last; rules of no analysis sort among the rest
    made = []
    for severity, start, rule, function, end, detail in (
        (Severity.LOW, 5, "zz_custom", "F", 5, "b"),
        (Severity.LOW, 5, "coverage_gap", "F", 6, "x"),
        (Severity.LOW, 5, "coverage_gap", "F", 5, "y"),
        (Severity.LOW, 5, "coverage_gap", None, 5, "z"),
        (Severity.LOW, 5, "coverage_gap", "E", 5, "b"),
        (Severity.LOW, 5, "coverage_gap", "E", 5, "a"),
        (Severity.HIGH, 9, "aa_custom", "F", 9, "c"),
        (Severity.LOW, 4, "un_exit", "F", 4, "c"),
        (Severity.INFO, 1, "short_break", "A", 1, "d"),
    ):
        made.append(Finding(rule, severity, function, d(start), d(end), detail))
    expected = sorted(
        made, key=lambda f: (f.severity.rank, f.start, f.rule, f.function or "", f.end, f.detail)
    )
    assert list(in_report_order(made)) == expected
    assert list(in_report_order(made[1:6])) == [made[3], made[5], made[4], made[2], made[1]]


def test_horizon_ending_before_it_starts_has_nothing_to_analyse() -> None:
    plan = make_plan(horizon=(10, 5), functions=(function(),))
    result = analyse(plan)
    assert result.findings == () and result.continuity_score is None


def test_out_of_range_settings_do_not_break_the_analysis() -> None:
    plan = cliff_plan(float("nan"), 5)
    assert of(plan, "capacity_cliff") == []  # NaN is an unknown capacity
    steady = cliff_plan(10, 10, threshold=1.5)  # a threshold above 1: every steady day
    assert len(of(steady, "capacity_cliff")) == 99
    assert of(cliff_plan(10, 1, threshold=float("nan")), "capacity_cliff") == []


def test_analysis_is_pure_and_deterministic() -> None:
    plan = haiti_plan()
    assert analyse(plan) == analyse(plan)
    shuffled = replace(plan, assignments=tuple(reversed(plan.assignments)))
    assert [f.to_json() for f in analyse(shuffled).findings] == [
        f.to_json() for f in analyse(plan).findings
    ]


def test_example_plans_show_real_findings() -> None:
    by_name = {p.name: analyse(p, date(2026, 12, 1)) for p in example_plans()}
    haiti = by_name["Haiti"]
    rules = {f.rule for f in haiti.findings}
    assert {"capacity_cliff", "un_exit", "cold_handover", "lead_change"} <= rules
    assert any(
        f.detail == "Headquarters lead moves from DPO (MINUJUSTH) to DPPA (BINUH) with no overlap"
        for f in haiti.findings
    )
    # the Council's renaming of DPKO is no change of lead: MINUSTAH → MINUJUSTH has none
    assert [f.start for f in haiti.findings if f.rule == "lead_change"] == [date(2019, 10, 16)]
    # MINUJUSTH's components continue MINUSTAH's: no cold handover on 16 Oct 2017 (issue 9)
    assert not [
        f
        for f in haiti.findings
        if f.rule == "cold_handover"
        and f.start == date(2017, 10, 16)
        and str(f.extras["from_actor"]).startswith("MINUSTAH")
    ]
    # Sudan: the Personal Envoy and the OHCHR office carry good offices and human rights on
    # after UNITAMS (issue 9): no coverage gap of either after it closes
    sudan = by_name["Sudan"]
    assert not [
        f
        for f in sudan.findings
        if f.rule == "coverage_gap"
        and f.end > date(2024, 2, 29)
        and ("good offices" in (f.function or "") or "uman rights" in (f.function or ""))
    ]
    # the template shows every rule of SPEC §3 at least once
    template = by_name["Kandora (template)"]
    assert {f.rule for f in template.findings} >= set(RULES) - {"lead_change"} | {"lead_change"}


def test_formatting_helpers() -> None:
    assert format_day(date(2019, 10, 16)) == "16 Oct 2019"
    assert format_number(1200) == "1,200"
    assert format_number(12.5) == "12.5"
    assert format_number(0.1 + 0.2) == "0.3"


def test_a_long_lived_active_set_and_a_chain_agree_with_the_reference() -> None:
    """Everybody overlaps everybody (a long-lived active set, a handover each day) and a chain of
    short ones: the sweep's bookkeeping under many simultaneous intervals, against the
    day-by-day reference. (Its speed on large plans is bench/bench_analysis.py's.)"""
    n = 120
    actors = tuple(actor(f"A{i}") for i in range(n))
    assignments = tuple(
        assignment(f"s{i}", f"A{i}", i, n + i, capacity=float(i % 7)) for i in range(n)
    ) + tuple(assignment(f"t{i}", f"A{i}", 2 * i, 2 * i + 2, capacity=1.0) for i in range(n))
    plan = make_plan(
        horizon=(0, 2 * n + 10),
        actors=actors,
        functions=(function(),),
        assignments=assignments,
        min_overlap=5,
    )
    rows, score = reference_analyse(plan)
    result = analyse(plan)
    assert result.continuity_score == score
    assert sorted(
        (f.rule, f.start, f.end, tuple(sorted(f.extras.items())))
        for f in result.findings
        if f.rule != "lead_change"
    ) == sorted((r[0], r[3], r[4], r[5]) for r in rows)
    counts = result.counts_by_rule()
    assert counts["capacity_cliff"] > 0 and counts["coverage_gap"] > 0


def test_coverage_gap_at_the_end_of_the_window_names_who_comes_after_it() -> None:
    plan = make_plan(
        actors=(actor("X"), actor("Y")),
        functions=(function(required_until=59),),
        assignments=(assignment("s1", "X", 0, 49), assignment("s2", "Y", 60)),
        min_overlap=0,
    )
    (gap,) = of(plan, "coverage_gap")
    assert (gap.start, gap.end) == (d(50), d(59))
    assert gap.assignment_ids == ("s1", "s2")
    assert gap.detail.endswith("between X and Y")


def test_many_funding_gaps_under_one_long_unfunded_assignment() -> None:
    n = 2000
    unfunded, secured = FundingStatus.UNFUNDED, FundingStatus.SECURED
    assignments = [assignment("long", "A", 0, funding=unfunded)]
    assignments += [assignment(f"u{i}", "B", 1 + i, 1 + i, funding=unfunded) for i in range(n)]
    assignments += [
        assignment(f"s{i}", "C", n + 10 + 2 * i, n + 10 + 2 * i, funding=secured) for i in range(n)
    ]
    plan = make_plan(
        horizon=(0, 3 * n + 100),
        actors=(actor("A"), actor("B"), actor("C")),
        functions=(function(),),
        assignments=tuple(assignments),
    )
    gaps = of(plan, "funding_gap")
    assert len(gaps) == n + 1
    assert gaps[0].assignment_ids[:2] == ("long", "u0")
    assert gaps[-1].assignment_ids == ("long",)
