"""The cells of the v2 model on their own: the handover register, the funding lines (US dollars,
years), an actor's Continues, a function's Area (the plan's areas offered, any typed), an
assignment's Readiness and a presence's drawdown start — parsed, shown, refused with the domain's
reason, through the same model and edit sink as every table (see test_table_models.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from transition_planner.domain.enums import (
    FundingKind,
    FundingLineStatus,
    HandoverKind,
    HandoverStatus,
    Readiness,
)
from transition_planner.domain.model import FundingLine, Handover, Plan
from transition_planner.i18n import use_language
from transition_planner.ui.cell_values import InputError, parse_usd, parse_year
from transition_planner.ui.editors import ChoiceEdit
from transition_planner.ui.table_columns import ColumnKind, plan_areas
from transition_planner.ui.table_models import CHOICES_ROLE, ERROR_ROLE, SORT_ROLE
from transition_planner.ui.table_specs import (
    ACTORS,
    ASSIGNMENTS,
    FUNCTIONS,
    FUNDING,
    HANDOVERS,
    PRESENCES,
    TABLES,
)
from transition_planner.workbook.examples import template_plan

from .test_table_models import cell, make, small_plan


def register_plan() -> Plan:
    """The small plan of test_table_models with one handover and one funding line."""
    plan = small_plan()
    unpol, undp = plan.actors
    police = plan.functions[0]
    return Plan(
        name=plan.name,
        horizon_start=plan.horizon_start,
        horizon_end=plan.horizon_end,
        presences=plan.presences,
        actors=plan.actors,
        functions=plan.functions,
        assignments=plan.assignments,
        handovers=(
            Handover(
                item="Police case files",
                kind=HandoverKind.RECORDS,
                from_actor_id=unpol.id,
                to_actor_id=undp.id,
                function_id=police.id,
                due=date(2017, 9, 30),
            ),
        ),
        funding_lines=(
            FundingLine(
                source="MINUSTAH assessed budget",
                kind=FundingKind.ASSESSED,
                year=2016,
                amount=345_926_700.0,
                status=FundingLineStatus.SECURED,
                actor_id=unpol.id,
            ),
        ),
    )


def test_the_editor_has_every_table_of_the_model_with_every_field() -> None:
    from transition_planner.domain.model import ENTITY_TYPES, entity_field_names

    assert [t.entity for t in TABLES] == list(ENTITY_TYPES)
    for spec in TABLES:
        shown = {c.field for c in spec.columns}
        assert shown == set(entity_field_names(spec.entity)), spec.name


def test_handover_cells_parse_and_refuse_with_the_reason() -> None:
    model, sink = make(HANDOVERS, register_plan())
    unpol, undp = sink.plan.actors
    # drop-downs: the kinds, the statuses, the plan's actors (To may be blank: no receiver)
    assert [c[0] for c in model.data(cell(model, 0, "kind"), CHOICES_ROLE)] == [
        k.value for k in HandoverKind
    ]
    assert [c[0] for c in model.data(cell(model, 0, "status"), CHOICES_ROLE)] == [
        s.value for s in HandoverStatus
    ]
    assert model.data(cell(model, 0, "from_actor_id"), CHOICES_ROLE) == [
        ("UNPOL", unpol.id),
        ("UNDP", undp.id),
    ]
    to_choices = model.data(cell(model, 0, "to_actor_id"), CHOICES_ROLE)
    assert to_choices[0] == ("(no receiver yet)", "")
    assert model.data(cell(model, 0, "to_actor_id")) == "UNDP"

    assert model.setData(cell(model, 0, "status"), "completed")  # a synonym
    assert sink.plan.handovers[0].status is HandoverStatus.DONE
    assert sink.commits[-1][1] == "Change Status of Police case files"
    assert model.setData(cell(model, 0, "to_actor_id"), "")
    assert sink.plan.handovers[0].to_actor_id is None
    assert model.setData(cell(model, 0, "due"), "2017-10-31")
    assert sink.plan.handovers[0].due == date(2017, 10, 31)
    assert model.setData(cell(model, 0, "area"), " Ouest ")
    assert sink.plan.handovers[0].area == "Ouest"

    commits = len(sink.commits)
    assert not model.setData(cell(model, 0, "from_actor_id"), "")  # From is required
    assert not model.setData(cell(model, 0, "item"), "  ")
    assert "required" in model.data(cell(model, 0, "item"), ERROR_ROLE)
    assert not model.setData(cell(model, 0, "kind"), "Vehicle")
    assert "is not one of the choices" in model.data(cell(model, 0, "kind"), ERROR_ROLE)
    assert not model.setData(cell(model, 0, "due"), "2200-01-01")  # the domain's rule
    assert model.data(cell(model, 0, "due"), ERROR_ROLE)
    assert len(sink.commits) == commits
    assert sink.plan.handovers[0].item == "Police case files"


def test_funding_amounts_in_us_dollars_and_years() -> None:
    model, sink = make(FUNDING, register_plan())
    amount = cell(model, 0, "amount")
    assert model.data(amount) == "$345,926,700"
    assert model.data(amount, Qt.ItemDataRole.EditRole) == "345,926,700"
    assert model.data(amount, SORT_ROLE) == 345_926_700.0
    assert model.data(amount, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    for typed, stored in (
        ("1.25m", 1_250_000.0),
        ("$2,000,000", 2_000_000.0),
        ("US$ 300k", 300_000.0),
        ("1 500 000", 1_500_000.0),
        ("0", 0.0),
        ("1234.5", 1234.5),
    ):
        assert model.setData(amount, typed), typed
        assert sink.plan.funding_lines[0].amount == stored, typed
    assert model.data(amount) == "$1,234.50"
    commits = len(sink.commits)
    assert not model.setData(amount, "-5")
    assert "at least 0" in model.data(amount, ERROR_ROLE)
    assert not model.setData(amount, "a lot")
    assert "is not an amount of US dollars" in model.data(amount, ERROR_ROLE)
    assert not model.setData(amount, "")
    assert "required" in model.data(amount, ERROR_ROLE)

    year = cell(model, 0, "year")
    assert model.data(year) == "2016"  # a year has no thousands separator
    assert model.setData(year, " 2017 ")
    assert sink.plan.funding_lines[0].year == 2017
    assert not model.setData(year, "next year")
    assert "is not a year" in model.data(year, ERROR_ROLE)
    assert not model.setData(year, "1900")  # the domain's range, with its words
    assert "is not a year between" in model.data(year, ERROR_ROLE)
    assert len(sink.commits) == commits + 1
    assert model.setData(cell(model, 0, "status"), "forecast")
    assert sink.plan.funding_lines[0].status is FundingLineStatus.PROJECTED
    assert model.setData(cell(model, 0, "kind"), "pbf")
    assert sink.plan.funding_lines[0].kind is FundingKind.PEACEBUILDING_FUND


def test_amounts_are_read_and_shown_in_the_language() -> None:
    assert parse_usd("1,250,000") == 1_250_000.0
    with use_language("fr"):
        assert parse_usd("1 250 000,50") == 1_250_000.5
        assert parse_usd("1\u202f250\u202f000 $ US") == 1_250_000.0
        model, _sink = make(FUNDING, register_plan())
        assert model.data(cell(model, 0, "amount")) == "345\u00a0926\u00a0700\u00a0$ US"
    with pytest.raises(InputError):
        parse_year("MMXX")


def test_continues_readiness_area_and_drawdown_start() -> None:
    actors, sink = make(ACTORS, register_plan())
    unpol = sink.plan.actors[0]
    continues = cell(actors, 1, "continues_id")
    assert actors.data(continues, CHOICES_ROLE)[0] == ("(none)", "")
    assert actors.setData(continues, "unpol")
    assert sink.plan.actors[1].continues_id == unpol.id
    # no actor continues itself, directly or through a chain
    assert not actors.setData(cell(actors, 0, "continues_id"), "UNDP")
    assert actors.data(cell(actors, 0, "continues_id"), ERROR_ROLE)
    assert sink.plan.actors[0].continues_id is None

    assignments, sink = make(ASSIGNMENTS, sink.plan)
    readiness = cell(assignments, 0, "readiness")
    choices = assignments.data(readiness, CHOICES_ROLE)
    assert choices[0] == ("(not assessed)", "")
    assert [c[0] for c in choices[1:]] == [r.value for r in Readiness]
    assert assignments.setData(readiness, "partly")
    assert sink.plan.assignments[0].readiness is Readiness.PARTLY_READY
    assert assignments.setData(readiness, "")
    assert sink.plan.assignments[0].readiness is None

    presences, sink = make(PRESENCES, sink.plan)
    drawdown = cell(presences, 0, "drawdown_start")
    assert presences.setData(drawdown, "2017-04-13")
    assert sink.plan.presences[0].drawdown_start == date(2017, 4, 13)
    assert not presences.setData(drawdown, "2018-01-01")  # after the end
    assert "between start and end" in presences.data(drawdown, ERROR_ROLE)

    functions, sink = make(FUNCTIONS, sink.plan)
    area = cell(functions, 0, "area")
    assert functions.data(area, CHOICES_ROLE) == []  # the plan names no area yet
    assert functions.setData(area, "Ouest")
    assert functions.data(area, CHOICES_ROLE) == [("Ouest", "Ouest")]
    assert plan_areas(sink.plan) == ["Ouest"]


def test_an_area_editor_offers_the_plans_areas_and_takes_a_new_one(qtbot) -> None:
    plan = template_plan()
    areas = plan_areas(plan)
    assert "Northern Province" in areas and "Eastern Province" in areas
    model, _sink = make(FUNCTIONS, plan)
    col = model.column(model.column_of("area"))
    assert col.kind is ColumnKind.SUGGEST
    choices = model.choices(col)
    assert choices is not None and [c[0] for c in choices] == areas
    combo = ChoiceEdit(choices, free=True)
    qtbot.addWidget(combo)
    combo.set_value("")
    combo.setEditText("Northern")  # the beginning of an area is not that area: a new one
    assert combo.value() == "Northern"
    combo.setEditText("northern province")  # an area in another case is that area
    assert combo.value() == "Northern Province"
    strict = ChoiceEdit(choices)
    qtbot.addWidget(strict)
    strict.setEditText("Eastern")  # (a drop-down of fixed choices completes a beginning)
    assert strict.value() == "Eastern Province"
