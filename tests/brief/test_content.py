"""What the brief chooses to say (SPEC §6), on the example plans and on small plans made here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

from transition_planner.brief.content import (
    MAX_RISKS,
    brief_content,
    handover_actions,
    lead_periods,
    top_risks,
)
from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import (
    ActorType,
    FundingKind,
    FundingLineStatus,
    HandoverKind,
    HandoverStatus,
    LeadDepartment,
    PresenceKind,
    Severity,
)
from transition_planner.domain.model import Actor, FundingLine, Handover, Plan, Presence
from transition_planner.workbook.examples import haiti_plan, template_plan

AS_OF = date(2026, 12, 1)


def register_plan(handovers: list[Handover], giver: Actor, taker: Actor) -> Plan:
    return Plan(
        name="Register",
        horizon_start=date(2026, 1, 1),
        horizon_end=date(2028, 12, 31),
        actors=(giver, taker),
        handovers=tuple(handovers),
    )


def test_handovers_needing_action_are_overdue_unassigned_or_due_within_90_days() -> None:
    giver = Actor(name="Mission Support", type=ActorType.MISSION)
    taker = Actor(name="UNDP", type=ActorType.UN_ENTITY)

    def h(item: str, due: date, status: HandoverStatus, to: Actor | None = taker) -> Handover:
        return Handover(
            item=item,
            kind=HandoverKind.SITE,
            from_actor_id=giver.id,
            to_actor_id=to.id if to else None,
            due=due,
            status=status,
            owner="Chief of Staff",
        )

    plan = register_plan(
        [
            h("late camp", date(2026, 11, 30), HandoverStatus.BLOCKED),
            h("done late", date(2026, 6, 30), HandoverStatus.DONE),
            h("lost files", date(2026, 6, 30), HandoverStatus.LOST, to=None),
            h("due today", AS_OF, HandoverStatus.PLANNED),
            h("due on day 90", date(2027, 3, 1), HandoverStatus.IN_PROGRESS),
            h("due on day 91", date(2027, 3, 2), HandoverStatus.PLANNED),
            h("nobody takes it", date(2028, 6, 30), HandoverStatus.PLANNED, to=None),
            h("after the horizon", date(2029, 6, 30), HandoverStatus.PLANNED, to=None),
        ],
        giver,
        taker,
    )
    actions = {a.item: a for a in handover_actions(plan, AS_OF)}
    assert list(actions) == ["late camp", "due today", "due on day 90", "nobody takes it"]
    late = actions["late camp"]
    assert (late.overdue, late.unassigned, late.due_soon, late.days) == (True, False, False, 1)
    assert late.from_actor == "Mission Support" and late.to_actor == "UNDP"
    assert late.owner == "Chief of Staff"
    assert actions["due today"].due_soon and actions["due today"].days == 0
    assert actions["due on day 90"].days == 90
    nobody = actions["nobody takes it"]
    assert nobody.unassigned and not nobody.due_soon and nobody.to_actor is None


def test_the_template_s_handovers_needing_action_match_its_register_findings() -> None:
    plan = template_plan()
    analysis = analyse(plan, AS_OF)
    flagged = {
        str(f.extras["item"])
        for f in analysis.findings
        if f.rule in ("handover_overdue", "handover_unassigned")
    }
    items = {a.item for a in handover_actions(plan, AS_OF)}
    assert flagged, "the template has overdue and unassigned handovers on 1 Dec 2026"
    assert flagged <= items


def test_top_risks_are_the_most_severe_without_information_and_open_ones_first() -> None:
    plan = template_plan()
    analysis = analyse(plan, AS_OF)
    risks = top_risks(analysis, AS_OF)
    assert len(risks) == MAX_RISKS
    assert all(f.severity is not Severity.INFO for f in risks)
    ranks = [f.severity.rank for f in risks]
    assert ranks == sorted(ranks)
    # every critical finding is told before any high one
    criticals = [f for f in analysis.findings if f.severity is Severity.CRITICAL]
    assert risks[: len(criticals)] == sorted(
        criticals, key=lambda f: (f.end < AS_OF, f.start, f.rule, f.function or "")
    )
    # within a severity, findings still open on the as-of day come before those over by then
    for severity in (Severity.CRITICAL, Severity.HIGH):
        over = [f.end < AS_OF for f in risks if f.severity is severity]
        assert over == sorted(over)


def test_lead_periods_name_departments_as_they_were_and_cut_at_the_2019_rename() -> None:
    periods = lead_periods(haiti_plan())
    table = [(p.start, p.end, p.name, p.presence, p.renamed) for p in periods]
    assert table == [
        (date(2016, 1, 1), date(2017, 10, 15), "DPKO", "MINUSTAH", False),
        (date(2017, 10, 16), date(2018, 12, 31), "DPKO", "MINUJUSTH", False),
        (date(2019, 1, 1), date(2019, 10, 15), "DPO", "MINUJUSTH", True),
        (date(2019, 10, 16), date(2026, 12, 31), "DPPA", "BINUH", False),
    ]
    assert {p.department for p in periods} == {LeadDepartment.DPO, LeadDepartment.DPPA}


def test_presences_name_their_lead_before_and_after_the_rename() -> None:
    content = brief_content(haiti_plan(), analyse(haiti_plan(), AS_OF), AS_OF)
    names = {p.name: p.lead_names() for p in content.presences}
    assert names["MINUSTAH"] == ("DPKO",)
    assert names["MINUJUSTH"] == ("DPKO", "DPO")
    assert names["BINUH"] == ("DPPA",)
    assert names["UN country team"] == ("RC/UNCT",)


def test_funding_is_summed_by_year_kind_and_status_exactly() -> None:
    plan = Plan(
        name="Money",
        horizon_start=date(2030, 1, 1),
        horizon_end=date(2031, 12, 31),
        funding_lines=(
            FundingLine(
                source="A",
                kind=FundingKind.ASSESSED,
                year=2030,
                amount=0.1,
                status=FundingLineStatus.SECURED,
            ),
            FundingLine(
                source="B",
                kind=FundingKind.ASSESSED,
                year=2030,
                amount=0.2,
                status=FundingLineStatus.PLEDGED,
            ),
            FundingLine(
                source="C",
                kind=FundingKind.VOLUNTARY,
                year=2031,
                amount=0.05,
                status=FundingLineStatus.PROJECTED,
            ),
        ),
    )
    content = brief_content(plan, analyse(plan, date(2030, 6, 1)), date(2030, 6, 1))
    table = content.funding
    assert table is not None
    assert table.years == (2030, 2031)
    assert table.kinds == (FundingKind.ASSESSED, FundingKind.VOLUNTARY)
    assert table.by_kind[(2030, FundingKind.ASSESSED)] == Fraction(0.1) + Fraction(0.2)
    assert table.by_status[(2031, FundingLineStatus.PROJECTED)] == Fraction(0.05)
    assert table.cliff_years == frozenset({2031})  # 0.05 projected only: nothing counted
    assert brief_content(replace(plan, funding_lines=()), analyse(plan), AS_OF).funding is None


def test_content_of_the_haiti_brief() -> None:
    plan = haiti_plan()
    analysis = analyse(plan, AS_OF)
    content = brief_content(plan, analysis, AS_OF)
    assert (content.plan_name, content.country, content.region) == ("Haiti", "Haiti", "Americas")
    assert content.continuity_score == analysis.continuity_score
    assert content.counts == analysis.counts_by_severity()
    assert content.next_milestone is not None and content.next_milestone.date > AS_OF
    assert not content.handovers and content.has_register  # Haiti's handovers are all done
    assert content.risks_total == sum(
        1 for f in analysis.findings if f.severity is not Severity.INFO
    )
    assert [p.kind for p in content.presences][:2] == [PresenceKind.PKO, PresenceKind.NON_MISSION]
    partner = Presence(name="AU force", kind=PresenceKind.PARTNER_MISSION, start=date(2020, 1, 1))
    with_partner = replace(plan, presences=(*plan.presences, partner))
    periods = lead_periods(with_partner)
    assert "AU force" not in {p.presence for p in periods}  # partner missions never lead
