"""The analysis's fast makers of deferred findings (`domain.findings.deferred_finding` …) make
the findings `Finding.deferred` makes, and those the same as findings made with the values."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from transition_planner.domain.enums import Severity
from transition_planner.domain.findings import (
    Finding,
    deferred_finding,
    deferred_finding_with_ids,
)
from transition_planner.i18n import use_language

CALLS: list[str] = []


def sentence(name: str, days: int) -> str:
    CALLS.append("detail")
    return f"{name} is uncovered for {days} days"


def ids(assignment_id: str, presence_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    CALLS.append("ids")
    return (assignment_id,), (presence_id,)


def extras(name: str) -> dict[str, object]:
    CALLS.append("extras")
    return {"actor": name}


def public(f: Finding) -> tuple[object, ...]:
    return (
        f.rule,
        f.severity,
        f.function,
        f.start,
        f.end,
        f.detail,
        f.extras,
        f.function_id,
        f.assignment_ids,
        f.presence_ids,
        f.handover_ids,
        f.to_json(),
        f.days,
        f.sort_key(),
    )


@pytest.mark.parametrize("lazy_extras", [False, True])
def test_the_fast_findings_are_those_of_finding_deferred(lazy_extras: bool) -> None:
    start, end = date(2020, 1, 1), date(2020, 1, 9)
    more: dict[str, object] | tuple[object, ...] = (
        (extras, ("Mission",)) if lazy_extras else {"actor": "Mission"}
    )
    make = deferred_finding  # (extras a dict, or a pair made on first read)
    args = ("coverage_gap", Severity.HIGH, "Security", start, end, sentence, ("Security", 9))
    fast = make(*args, more, "f1", ids, ("a1", "p1"))
    slow = Finding.deferred(*args, more, "f1", ids=(ids, ("a1", "p1")))  # type: ignore[arg-type]
    assert vars(fast).keys() == vars(slow).keys()
    CALLS.clear()
    assert fast == slow  # (the dataclass's equality: every field)
    assert public(fast) == public(slow)
    assert public(fast) == (
        "coverage_gap",
        Severity.HIGH,
        "Security",
        start,
        end,
        "Security is uncovered for 9 days",
        {"actor": "Mission"},
        "f1",
        ("a1",),
        ("p1",),
        (),
        fast.to_json(),
        9,
        (1, start, "coverage_gap", "Security"),
    )
    # each deferred part made once, on first read
    assert CALLS.count("detail") == 2 and CALLS.count("ids") == 2
    assert CALLS.count("extras") == (2 if lazy_extras else 0)
    made_with_values = Finding(
        "coverage_gap",
        Severity.HIGH,
        "Security",
        start,
        end,
        "Security is uncovered for 9 days",
        {"actor": "Mission"},
        "f1",
        ("a1",),
        ("p1",),
    )
    assert fast == made_with_values and public(fast) == public(made_with_values)
    for other in (copy.copy(fast), copy.deepcopy(fast), pickle.loads(pickle.dumps(fast))):
        assert public(other) == public(fast)


def test_each_fast_finding_has_its_own_state_and_its_language() -> None:
    day = date(2020, 1, 1)
    one = deferred_finding(
        "coverage_gap", Severity.LOW, "A", day, day, sentence, ("A", 1), {}, None, ids, ("a", "p")
    )
    two = deferred_finding(
        "coverage_gap", Severity.LOW, "B", day, day, sentence, ("B", 2), {}, None, ids, ("b", "q")
    )
    assert (one.function, one.detail, one.assignment_ids) == (
        "A",
        "A is uncovered for 1 days",
        ("a",),
    )
    assert (two.function, two.detail, two.assignment_ids) == (
        "B",
        "B is uncovered for 2 days",
        ("b",),
    )
    assert vars(one) is not vars(two) and one.extras is not two.extras
    with use_language("fr"):  # formatted again in another language, as Finding.deferred does
        assert one.detail == "A is uncovered for 1 days"


def test_the_fast_findings_with_ids_are_those_of_finding_deferred() -> None:
    day = date(2021, 3, 1)
    args = ("handover_lost", Severity.MEDIUM, None, day, day, sentence, ("Files", 1))
    extras_ = {"item": "Files"}
    fast = deferred_finding_with_ids(*args, extras_, None, ("a1",), ("p1",), ("h1",))
    slow = Finding.deferred(*args, extras_, None, ("a1",), ("p1",), handover_ids=("h1",))  # type: ignore[arg-type]
    assert vars(fast).keys() == vars(slow).keys()
    assert fast == slow
    assert public(fast) == public(slow)
    assert (fast.assignment_ids, fast.presence_ids, fast.handover_ids) == (
        ("a1",),
        ("p1",),
        ("h1",),
    )
    assert pickle.loads(pickle.dumps(fast)) == slow
