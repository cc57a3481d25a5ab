"""`Finding.deferred` (the analysis's findings format their sentence and ids when first read)
and the parts of `analyse` that rely on it."""

from __future__ import annotations

import copy
import pickle
from dataclasses import asdict, replace
from datetime import date

from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import PresenceKind, Severity
from transition_planner.domain.findings import Finding
from transition_planner.workbook.examples import haiti_plan

from .test_analysis import actor, assignment, d, function, make_plan, presence
from .test_analysis_properties import check_against_reference

CALLS: list[tuple[object, ...]] = []


def sentence(name: str, days: int) -> str:
    CALLS.append((name, days))
    return f"{name} is uncovered for {days} days"


def ids(assignment_id: str, presence_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    CALLS.append((assignment_id, presence_id))
    return (assignment_id,), (presence_id,)


def eager() -> Finding:
    return Finding(
        "coverage_gap",
        Severity.HIGH,
        "Police",
        date(2020, 1, 1),
        date(2020, 1, 3),
        "Police is uncovered for 3 days",
        {},
        "f1",
        ("a1",),
        ("p1",),
    )


def deferred() -> Finding:
    return Finding.deferred(
        "coverage_gap",
        Severity.HIGH,
        "Police",
        date(2020, 1, 1),
        date(2020, 1, 3),
        sentence,
        ("Police", 3),
        {},
        "f1",
        ids=(ids, ("a1", "p1")),
    )


def test_a_deferred_finding_formats_once_on_first_read_and_equals_the_eager_one() -> None:
    CALLS.clear()
    finding = deferred()
    assert CALLS == []
    assert finding.detail == "Police is uncovered for 3 days"
    assert finding.detail == "Police is uncovered for 3 days"
    assert CALLS == [("Police", 3)]
    assert finding.presence_ids == ("p1",)
    assert finding.assignment_ids == ("a1",)
    assert CALLS == [("Police", 3), ("a1", "p1")]
    assert finding == eager() and eager() == finding
    assert deferred() == eager()  # equality reads (and formats) the deferred fields
    assert repr(deferred()) == repr(eager())
    assert deferred().to_json() == eager().to_json()
    assert asdict(deferred()) == asdict(eager())
    assert deferred() != replace(eager(), detail="Police is uncovered for 4 days")
    assert deferred() != replace(eager(), assignment_ids=("a2",))


def test_a_deferred_finding_copies_pickles_and_replaces_like_any_other() -> None:
    for finding in (deferred(), eager()):
        assert pickle.loads(pickle.dumps(finding)) == eager()
        assert copy.copy(finding) == eager()
        assert copy.deepcopy(finding) == eager()
    changed = replace(deferred(), detail="other")
    assert changed.detail == "other" and changed.assignment_ids == ("a1",)
    plain = Finding.deferred(
        "x", Severity.LOW, None, date(2020, 1, 1), date(2020, 1, 1), sentence, ("F", 1), {}
    )
    assert plain.assignment_ids == () and plain.presence_ids == ()


def test_usual_findings_keep_their_defaults_and_keyword_construction() -> None:
    finding = Finding(
        rule="presence_gap",
        severity=Severity.CRITICAL,
        function=None,
        start=date(2020, 1, 1),
        end=date(2020, 1, 1),
        detail="No presence",
    )
    assert finding.assignment_ids == () and finding.presence_ids == ()
    assert finding.extras == {} and finding.function_id is None
    assert finding.detail == "No presence"


def test_every_analysed_finding_equals_its_eager_copy() -> None:
    for finding in analyse(haiti_plan()).findings:
        values = {name: getattr(finding, name) for name in Finding.__dataclass_fields__}
        assert isinstance(finding.detail, str) and finding.detail
        assert Finding(**values) == finding


def test_findings_equal_in_all_but_their_sentence_are_ordered_by_it() -> None:
    # two actors outlive their presence over the same days: the sentences decide (B is listed
    # first in the plan, A's sentence sorts first)
    plan = make_plan(
        presences=(
            presence("UNCT", -1000, kind=PresenceKind.NON_MISSION),
            presence("P", 10),
        ),
        actors=(actor("Bravo", "P"), actor("Alpha", "P")),
        functions=(function(),),
        assignments=(assignment("b", "Bravo", 0, 50), assignment("a", "Alpha", 0, 50)),
    )
    outlives = [f for f in analyse(plan).findings if f.rule == "outlives_presence"]
    assert [f.extras["actor"] for f in outlives] == ["Alpha", "Bravo"]
    assert [f.assignment_ids for f in outlives] == [("a",), ("b",)]


def test_an_actor_carrying_on_among_many_active_assignments_does_not_hand_over() -> None:
    # more active assignments than the analysis scans one by one (it then indexes the actors)
    parallel = tuple(assignment(f"s{i}", f"A{i}", 0, 80) for i in range(40))
    plan = make_plan(
        actors=(*(actor(f"A{i}") for i in range(40)), actor("X"), actor("Y")),
        functions=(function(),),
        assignments=(
            *parallel,
            assignment("x1", "X", 5, 30),
            assignment("x2", "X", 31, 60),  # X carries on: no handover on day 31
            assignment("y1", "Y", 5, 30),  # Y hands over cold (its overlap is < 90)
        ),
    )
    cold = [f for f in analyse(plan).findings if f.rule == "cold_handover"]
    assert [(f.start, f.extras["from_actor"]) for f in cold] == [(d(31), "Y"), (d(61), "X")]
    check_against_reference(plan)
