"""Worked examples of the rules revised on 2026-12-01 (SPEC §3): bridged breaks and prev(d),
un_exit and readiness, continuations, compressed drawdowns, the registers, the score."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import (
    ActorType,
    FundingKind,
    FundingLineStatus,
    HandoverKind,
    HandoverStatus,
    LeadDepartment,
    PresenceKind,
    Priority,
    Readiness,
    Severity,
)
from transition_planner.domain.findings import Finding
from transition_planner.domain.model import (
    Actor,
    Assignment,
    FundingLine,
    Handover,
    Plan,
    Presence,
)

from .test_analysis import actor, assignment, d, function, make_plan, of, presence, spans

AS_OF = d(60)


def rules(plan: Plan, as_of: date = AS_OF) -> list[str]:
    return sorted(f.rule for f in analyse(plan, as_of).findings)


def register_rules(plan: Plan, as_of: date = AS_OF) -> list[str]:
    return [r for r in rules(plan, as_of) if r.startswith(("handover", "financial"))]


def only(plan: Plan, rule: str, as_of: date = AS_OF) -> list[Finding]:
    return [f for f in analyse(plan, as_of).findings if f.rule == rule]


def seam_plan(break_days: int, *, bridge_days: int = 7, first_end: int = 49) -> Plan:
    """A mission's component ends on day `first_end`; an agency takes over after a break."""
    return replace(
        make_plan(
            actors=(actor("Mission"), actor("Agency")),
            functions=(function(priority=Priority.HIGH),),
            assignments=(
                assignment("s1", "Mission", 0, first_end, capacity=310),
                assignment("s2", "Agency", first_end + 1 + break_days, capacity=5),
            ),
            min_overlap=0,
        ),
        bridge_days=bridge_days,
    )


# -- bridged breaks ------------------------------------------------------------------------


def test_a_break_of_exactly_the_bridge_days_is_a_short_break_and_one_more_is_a_gap() -> None:
    (seam,) = of(seam_plan(7), "short_break")
    assert (seam.start, seam.end, seam.days) == (d(50), d(56), 7)
    assert seam.severity is Severity.INFO
    assert seam.assignment_ids == ("s1", "s2")
    assert "data-entry seam" in seam.detail
    assert of(seam_plan(7), "coverage_gap") == []

    (gap,) = of(seam_plan(8), "coverage_gap")
    assert (gap.start, gap.end) == (d(50), d(57))
    assert of(seam_plan(8), "short_break") == []


def test_bridge_days_zero_turns_every_break_into_a_gap() -> None:
    assert [f.days for f in of(seam_plan(1, bridge_days=0), "coverage_gap")] == [1]
    assert of(seam_plan(1, bridge_days=0), "short_break") == []


def test_bridged_days_count_in_the_score_and_gaps_do_not() -> None:
    # W is 100 days; a bridged 7-day seam keeps the score at 100, an 8-day gap takes 8 days off
    assert analyse(seam_plan(7)).continuity_score == 100.0
    assert analyse(seam_plan(8)).continuity_score == 92.0


def test_a_break_at_the_edge_of_the_window_is_never_bridged() -> None:
    start_edge = make_plan(
        actors=(actor("A"),),
        functions=(function(required_from=10),),
        assignments=(assignment("s1", "A", 12),),
    )
    (gap,) = of(start_edge, "coverage_gap")
    assert (gap.start, gap.end) == (d(10), d(11))
    assert of(start_edge, "short_break") == []
    end_edge = make_plan(
        actors=(actor("A"), actor("B")),
        functions=(function(required_until=60),),
        assignments=(assignment("s1", "A", 0, 58), assignment("s2", "B", 62)),
    )
    (gap,) = of(end_edge, "coverage_gap")
    assert (gap.start, gap.end) == (d(59), d(60))  # B starts after W: no covered day after it


def test_the_liberia_seam_hides_nothing_the_cliff_is_seen_across_it() -> None:
    """UNMIL ends 30 Mar 2018 and its successor is typed as starting 1 April: the one-day seam
    is a short break, and the capacity cliff 310 → 5 is compared across it."""
    plan = seam_plan(1)
    assert rules(plan) == ["capacity_cliff", "short_break"]
    (cliff,) = of(plan, "capacity_cliff")
    assert cliff.start == d(51)
    assert cliff.extras == {"from_capacity": 310, "to_capacity": 5}
    assert cliff.assignment_ids == ("s1", "s2")
    (cold,) = of(replace(plan, min_overlap_days=90), "cold_handover")
    assert cold.start == d(51)  # handed over on the first day after the seam, with no overlap
    assert cold.extras == {"from_actor": "Mission", "to_actor": "Agency", "overlap_days": 0}


def test_funding_runs_end_at_a_short_break() -> None:
    from transition_planner.domain.enums import FundingStatus

    plan = seam_plan(2)
    unfunded = replace(
        plan,
        assignments=tuple(
            replace(s, funding_status=FundingStatus.UNFUNDED) for s in plan.assignments
        ),
    )
    assert spans(of(unfunded, "funding_gap")) == [(d(0), d(49)), (d(52), d(99))]


# -- un_exit and readiness -------------------------------------------------------------------


def exit_plan(*readiness: Readiness | None, priority: Priority = Priority.CRITICAL) -> Plan:
    """A mission carries protection of civilians until day 49; national forces from day 50."""
    actors = [Actor(name="MINUSMA Force", type=ActorType.MISSION, id="force")]
    assignments = [
        Assignment(function_id="F", actor_id="force", start=d(0), end=d(49), id="s0"),
    ]
    for i, level in enumerate(readiness):
        actors.append(Actor(name=f"National {i}", type=ActorType.GOVERNMENT, id=f"g{i}"))
        assignments.append(
            Assignment(function_id="F", actor_id=f"g{i}", start=d(50), readiness=level, id=f"n{i}")
        )
    return make_plan(
        actors=tuple(actors),
        functions=(function(priority=priority),),
        assignments=tuple(assignments),
        min_overlap=0,
    )


def test_un_exit_to_forces_whose_readiness_is_not_assessed_is_as_severe_as_the_function() -> None:
    (exit_,) = of(exit_plan(None), "un_exit")
    assert (exit_.start, exit_.severity) == (d(50), Severity.CRITICAL)
    assert exit_.extras == {"to_actors": ["National 0"], "readiness": None}
    assert exit_.detail == (
        "The UN stops carrying F on 20 Feb 2020; from then on it is left to National 0"
        " (readiness not assessed)"
    )
    assert exit_.assignment_ids == ("s0", "n0")


def test_un_exit_severity_follows_the_weakest_readiness() -> None:
    def level(*readiness: Readiness | None) -> tuple[Severity, object]:
        (exit_,) = of(exit_plan(*readiness), "un_exit")
        return exit_.severity, exit_.extras["readiness"]

    assert level(Readiness.NOT_READY) == (Severity.CRITICAL, "Not ready")
    assert level(Readiness.PARTLY_READY) == (Severity.HIGH, "Partly ready")
    assert level(Readiness.READY) == (Severity.INFO, "Ready")
    # the weakest of a mix decides: not assessed is weaker than Not ready
    assert level(Readiness.READY, Readiness.PARTLY_READY) == (Severity.HIGH, "Partly ready")
    assert level(Readiness.READY, None) == (Severity.CRITICAL, None)
    (low,) = of(exit_plan(Readiness.PARTLY_READY, priority=Priority.LOW), "un_exit")
    assert low.severity is Severity.LOW  # low stays low


def test_no_un_exit_while_a_un_actor_still_carries_it() -> None:
    plan = exit_plan(None)
    with_agency = replace(
        plan,
        actors=(*plan.actors, Actor(name="UNDP", type=ActorType.UN_ENTITY, id="undp")),
        assignments=(
            *plan.assignments,
            Assignment(function_id="F", actor_id="undp", start=d(40), end=d(70), id="u"),
        ),
    )
    (exit_,) = of(with_agency, "un_exit")
    assert exit_.start == d(71)  # when UNDP's part ends, not when the mission leaves


def test_a_partner_missions_force_is_not_un() -> None:
    plan = make_plan(
        presences=(
            presence("UNCT", -1000, kind=PresenceKind.NON_MISSION),
            presence("AU", 0, kind=PresenceKind.PARTNER_MISSION),
        ),
        actors=(
            Actor(name="Mission force", type=ActorType.MISSION, id="m"),
            Actor(name="AU force", type=ActorType.MISSION, presence_id="AU", id="au"),
        ),
        functions=(function(),),
        assignments=(
            assignment("s1", "m", 0, 49),
            assignment("s2", "au", 50),
        ),
        min_overlap=0,
    )
    (exit_,) = of(plan, "un_exit")
    assert exit_.extras["to_actors"] == ["AU force"]


def test_un_exit_is_seen_across_a_short_break() -> None:
    plan = replace(exit_plan(Readiness.NOT_READY), bridge_days=7)
    moved = replace(
        plan,
        assignments=(plan.assignments[0], replace(plan.assignments[1], start=d(53))),
    )
    (exit_,) = of(moved, "un_exit")
    assert exit_.start == d(53)
    assert of(replace(moved, bridge_days=2), "un_exit") == []  # a real gap: no day before


# -- continuations ---------------------------------------------------------------------------


def continuation_plan(chain: bool) -> Plan:
    """MINUSTAH's police → MINUJUSTH's police (built from it) → …; the day after MINUSTAH closes."""
    presences = (
        Presence(name="MINUSTAH", kind=PresenceKind.PKO, start=d(-500), end=d(49), id="p1"),
        Presence(name="MINUJUSTH", kind=PresenceKind.PKO, start=d(50), end=d(79), id="p2"),
        Presence(name="BINUH", kind=PresenceKind.SPM, start=d(80), id="p3"),
    )
    actors = (
        Actor(name="MINUSTAH Police", type=ActorType.MISSION, presence_id="p1", id="a1"),
        Actor(
            name="MINUJUSTH Police",
            type=ActorType.MISSION,
            presence_id="p2",
            continues_id="a1",
            id="a2",
        ),
        Actor(
            name="BINUH Police advisers",
            type=ActorType.MISSION,
            presence_id="p3",
            continues_id="a2" if chain else None,
            id="a3",
        ),
        Actor(name="UNDP", type=ActorType.UN_ENTITY, id="undp"),
    )
    assignments = (
        Assignment(function_id="F", actor_id="a1", start=d(-500), id="s1"),
        Assignment(function_id="F", actor_id="a2", start=d(50), id="s2"),
        Assignment(function_id="F", actor_id="a3", start=d(80), id="s3"),
        Assignment(function_id="F", actor_id="undp", start=d(70), id="s4"),
    )
    return make_plan(
        presences=presences,
        actors=actors,
        functions=(function(priority=Priority.CRITICAL),),
        assignments=assignments,
    )


def test_no_cold_handover_to_the_component_that_continues_it() -> None:
    plan = continuation_plan(chain=False)
    colds = of(plan, "cold_handover")
    # MINUSTAH → MINUJUSTH police is a continuation; MINUJUSTH's police end on day 79 and UNDP
    # (from day 70) receives: 10 days of overlap, cold
    assert [(f.start, f.extras["from_actor"], f.extras["to_actor"]) for f in colds] == [
        (d(80), "MINUJUSTH Police", "UNDP")
    ]
    assert colds[0].severity is Severity.HIGH


def test_a_chain_of_continuations_counts_for_the_first_link() -> None:
    plan = continuation_plan(chain=True)
    assert of(plan, "cold_handover") == []
    # without MINUJUSTH's police and UNDP, a 30-day break bridged: the handover day is when
    # BINUH's advisers start, and they continue MINUSTAH's police through the chain
    gap = replace(
        plan,
        assignments=tuple(s for s in plan.assignments if s.id not in ("s2", "s4")),
        bridge_days=40,
    )
    assert [f.days for f in of(gap, "short_break")] == [30]
    assert of(gap, "cold_handover") == []
    broken = replace(gap, actors=tuple(replace(a, continues_id=None) for a in gap.actors))
    assert [f.start for f in of(broken, "cold_handover")] == [d(80)]


def test_without_continuation_the_same_day_is_a_cold_handover() -> None:
    plan = continuation_plan(chain=False)
    plain = replace(plan, actors=tuple(replace(a, continues_id=None) for a in plan.actors))
    colds = of(plain, "cold_handover")
    assert (d(50), "MINUSTAH Police", "MINUJUSTH Police") in [
        (f.start, f.extras["from_actor"], f.extras["to_actor"]) for f in colds
    ]


# -- compressed_drawdown -------------------------------------------------------------------


def drawdown_plan(days: int, kind: PresenceKind = PresenceKind.PKO) -> Plan:
    mission = Presence(
        name="MINUSMA",
        kind=kind,
        start=d(-3000),
        end=d(99),
        drawdown_start=d(99 - days + 1),
        id="m",
    )
    return make_plan(
        horizon=(0, 199),
        presences=(presence("UNCT", -1000, kind=PresenceKind.NON_MISSION), mission),
    )


def test_a_drawdown_of_364_days_is_compressed_and_of_365_is_not() -> None:
    (short,) = of(drawdown_plan(364), "compressed_drawdown")
    assert short.severity is Severity.HIGH and short.function is None
    # the drawdown started before the horizon: the finding starts with it
    assert (short.start, short.end) == (d(0), d(99))
    assert short.extras == {"presence": "MINUSMA"}
    assert "364 days" in short.detail
    assert of(drawdown_plan(365), "compressed_drawdown") == []
    (inside,) = of(drawdown_plan(50), "compressed_drawdown")
    assert (inside.start, inside.end) == (d(50), d(99))


def test_only_missions_draw_down_and_only_with_an_end_in_the_horizon() -> None:
    assert of(drawdown_plan(100, PresenceKind.NON_MISSION), "compressed_drawdown") == []
    assert len(of(drawdown_plan(100, PresenceKind.SPM), "compressed_drawdown")) == 1
    plan = drawdown_plan(100)
    later = replace(plan, horizon_end=d(98))
    assert of(later, "compressed_drawdown") == []


# -- the registers ---------------------------------------------------------------------------


def register_plan() -> Plan:
    return make_plan(
        presences=(
            presence("UNCT", -1000, kind=PresenceKind.NON_MISSION),
            presence("MINUSMA", -1000, 49),
        ),
        actors=(
            Actor(
                name="Human Rights Division",
                type=ActorType.MISSION,
                presence_id="MINUSMA",
                id="hrd",
            ),
            Actor(name="OHCHR", type=ActorType.UN_ENTITY, id="ohchr"),
        ),
        functions=(function("Human rights", Priority.HIGH), function("Archives", Priority.LOW)),
    )


def handover(
    due: int,
    status: HandoverStatus = HandoverStatus.PLANNED,
    *,
    to: str | None = "ohchr",
    function_id: str | None = "Human rights",
    owner: str = "",
) -> Handover:
    return Handover(
        item="Case files",
        kind=HandoverKind.CASELOAD,
        from_actor_id="hrd",
        to_actor_id=to,
        function_id=function_id,
        due=d(due),
        status=status,
        owner=owner,
        id="h",
    )


def with_handover(h: Handover) -> Plan:
    return replace(register_plan(), handovers=(h,))


def test_handover_due_on_the_presences_last_day_is_fine_the_day_after_is_not() -> None:
    assert only(with_handover(handover(49)), "handover_after_exit") == []
    (late,) = only(with_handover(handover(50)), "handover_after_exit")
    assert (late.start, late.end, late.days) == (d(50), d(50), 1)
    assert late.function == "Human rights" and late.severity is Severity.HIGH
    assert late.extras == {"item": "Case files", "presence": "MINUSMA"}
    assert late.handover_ids == ("h",)
    (later,) = only(with_handover(handover(95)), "handover_after_exit")
    assert later.detail == (
        "Case files is due 5 Apr 2020, 46 days after MINUSMA has closed (19 Feb 2020): nobody is"
        " left to hand it over"
    )


def test_done_items_raise_nothing_and_lost_ones_are_recorded() -> None:
    assert register_rules(with_handover(handover(95, HandoverStatus.DONE, to=None))) == []
    lost = with_handover(handover(30, HandoverStatus.LOST, to=None))
    assert register_rules(lost) == ["handover_lost"]  # lost: neither unassigned nor overdue
    (item,) = only(lost, "handover_lost")
    assert (item.start, item.end, item.severity) == (d(30), d(30), Severity.MEDIUM)
    lost_late = with_handover(handover(70, HandoverStatus.LOST))
    assert register_rules(lost_late) == ["handover_after_exit", "handover_lost"]


def test_unassigned_runs_from_the_as_of_day_or_sits_on_a_past_due_day() -> None:
    (ahead,) = only(with_handover(handover(45, to=None)), "handover_unassigned", as_of=d(20))
    assert (ahead.start, ahead.end, ahead.severity) == (d(20), d(45), Severity.HIGH)
    (past,) = only(with_handover(handover(45, to=None)), "handover_unassigned", as_of=d(60))
    assert (past.start, past.end) == (d(45), d(45))
    (minor,) = only(
        with_handover(handover(45, to=None, function_id="Archives")), "handover_unassigned"
    )
    assert minor.severity is Severity.MEDIUM
    (no_function,) = only(
        with_handover(handover(45, to=None, function_id=None)), "handover_unassigned"
    )
    assert no_function.severity is Severity.MEDIUM and no_function.function is None
    # before the horizon the as-of day gives way to the horizon's start
    (early,) = only(with_handover(handover(45, to=None)), "handover_unassigned", as_of=d(-30))
    assert early.start == d(0)


def test_overdue_runs_from_the_due_day_to_the_day_before_the_as_of_day() -> None:
    (late,) = only(
        with_handover(handover(40, HandoverStatus.BLOCKED, owner="Chief of staff")),
        "handover_overdue",
        as_of=d(60),
    )
    assert (late.start, late.end, late.days) == (d(40), d(59), 20)
    assert late.extras == {"item": "Case files", "owner": "Chief of staff"}
    assert "Chief of staff" in late.detail
    assert only(with_handover(handover(60)), "handover_overdue", as_of=d(60)) == []
    assert (
        only(with_handover(handover(40, HandoverStatus.DONE)), "handover_overdue", as_of=d(60))
        == []
    )


def line(year: int, amount: float, status: FundingLineStatus, kind: FundingKind) -> FundingLine:
    return FundingLine(source=f"{kind} {year}", kind=kind, year=year, amount=amount, status=status)


def test_a_year_with_only_projected_money_is_a_financial_cliff() -> None:
    plan = replace(
        make_plan(horizon=(0, 800)),  # 1 Jan 2020 – 11 Mar 2022
        funding_lines=(
            line(2020, 1_200_000_000, FundingLineStatus.SECURED, FundingKind.ASSESSED),
            line(2021, 30_000_000, FundingLineStatus.PLEDGED, FundingKind.PEACEBUILDING_FUND),
            line(2021, 900_000_000, FundingLineStatus.PROJECTED, FundingKind.VOLUNTARY),
            line(2022, 30_000_000, FundingLineStatus.SECURED, FundingKind.VOLUNTARY),
        ),
    )
    (cliff,) = of(plan, "financial_cliff")
    assert (cliff.start, cliff.end) == (date(2021, 1, 1), date(2021, 12, 31))
    assert cliff.extras == {"from_usd": 1_200_000_000, "to_usd": 30_000_000, "year": 2021}
    assert cliff.severity is Severity.HIGH and cliff.function is None
    assert "$1,200,000,000 in 2020 to $30,000,000 in 2021" in cliff.detail


def test_the_horizon_cuts_the_cliff_year_and_years_outside_it_are_not_compared() -> None:
    lines = (
        line(2020, 100, FundingLineStatus.SECURED, FundingKind.ASSESSED),
        line(2021, 10, FundingLineStatus.SECURED, FundingKind.ASSESSED),
    )
    plan = replace(make_plan(horizon=(0, 400)), funding_lines=lines)  # to 4 Feb 2021
    (cliff,) = of(plan, "financial_cliff")
    assert (cliff.start, cliff.end) == (date(2021, 1, 1), date(2021, 2, 4))
    inside_one_year = replace(make_plan(horizon=(0, 300)), funding_lines=lines)
    assert of(inside_one_year, "financial_cliff") == []
    exactly_half = replace(plan, funding_lines=(lines[0], replace(lines[1], amount=50.0)))
    assert of(exactly_half, "financial_cliff") == []  # half is not below half


# -- the score and the departments ---------------------------------------------------------


def test_the_score_is_rounded_down_so_100_means_every_day() -> None:
    plan = make_plan(
        horizon=(0, 2999),
        actors=(actor("A"),),
        functions=(function(),),
        assignments=(assignment("s1", "A", 1),),
    )
    # 2,999 of 3,000 days: 99.966…, which rounding half up made 100.0 next to a finding
    assert analyse(plan).continuity_score == 99.9


def test_departments_are_named_as_on_the_day_and_the_2019_rename_is_no_change() -> None:
    def lead_plan(first_end: date, second_start: date) -> Plan:
        return Plan(
            name="Haiti",
            horizon_start=date(2016, 1, 1),
            horizon_end=date(2021, 12, 31),
            presences=(
                Presence(
                    name="MINUSTAH",
                    kind=PresenceKind.PKO,
                    start=date(2004, 6, 1),
                    end=date(2017, 10, 15),
                ),
                Presence(
                    name="MINUJUSTH", kind=PresenceKind.PKO, start=date(2017, 10, 16), end=first_end
                ),
                Presence(
                    name="BINUH",
                    kind=PresenceKind.SPM,
                    start=second_start,
                    lead_department=LeadDepartment.DPPA,
                ),
            ),
        )

    findings = [
        f
        for f in analyse(lead_plan(date(2019, 10, 15), date(2019, 10, 16))).findings
        if f.rule == "lead_change"
    ]
    # MINUSTAH → MINUJUSTH: DPKO both, no change; MINUJUSTH → BINUH on 16 Oct 2019: DPO → DPPA
    assert [(f.start, f.extras["from_lead"], f.extras["to_lead"]) for f in findings] == [
        (date(2019, 10, 16), "DPO", "DPPA")
    ]
    early = [
        f
        for f in analyse(lead_plan(date(2018, 6, 30), date(2018, 7, 1))).findings
        if f.rule == "lead_change"
    ]
    assert [(f.extras["from_lead"], f.extras["to_lead"]) for f in early] == [("DPKO", "DPA")]
    assert early[0].detail.startswith("Headquarters lead moves from DPKO (MINUJUSTH) to DPA")
