"""The entity table model on its own, driven by the tables' declarations: qtmodeltester,
parsing, validation before commit, rejection, narrow updates.

The models are exercised with a small edit sink that applies changes to a domain plan with the
domain's own `apply_change` and `validate_plan` (what the service does, minus the database); the
full path through the service and the store is in test_main_window.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from transition_planner.domain.changes import PlanChange, apply_change
from transition_planner.domain.enums import (
    ActorType,
    FundingStatus,
    LeadDepartment,
    PresenceKind,
    Priority,
)
from transition_planner.domain.model import Actor, Assignment, Function, Plan, Presence
from transition_planner.domain.validation import Problem, validate_plan
from transition_planner.ui.table_models import (
    CHOICES_ROLE,
    ERROR_ROLE,
    SORT_ROLE,
    EntityTableModel,
    resolve_name,
)
from transition_planner.ui.table_specs import (
    ACTORS,
    ASSIGNMENTS,
    FUNCTIONS,
    MILESTONES,
    PRESENCES,
    TABLES,
    Column,
    ColumnKind,
    TableSpec,
)
from transition_planner.workbook.examples import template_plan


class DomainSink:
    """Applies changes to an in-memory plan and re-feeds the model (like the window does)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.models: list = []
        self.commits: list[tuple[PlanChange, str]] = []

    def check(self, change: PlanChange) -> list[Problem]:
        return validate_plan(apply_change(self.plan, change))

    def commit(self, change: PlanChange, label: str) -> bool:
        self.plan = apply_change(self.plan, change)
        self.commits.append((change, label))
        for m in self.models:
            m.set_rows(self.plan)
        return True


def small_plan() -> Plan:
    pko = Presence(
        name="MINUSTAH", kind=PresenceKind.PKO, start=date(2004, 6, 1), end=date(2017, 10, 15)
    )
    unct = Presence(name="UNCT", kind=PresenceKind.NON_MISSION, start=date(2004, 1, 1))
    unpol = Actor(name="UNPOL", type=ActorType.MISSION, presence_id=pko.id)
    undp = Actor(name="UNDP", type=ActorType.UN_ENTITY)
    police = Function(name="Police support", priority=Priority.CRITICAL)
    return Plan(
        name="Test",
        horizon_start=date(2015, 1, 1),
        horizon_end=date(2020, 12, 31),
        presences=(pko, unct),
        actors=(unpol, undp),
        functions=(police,),
        assignments=(
            Assignment(
                function_id=police.id,
                actor_id=unpol.id,
                start=date(2004, 6, 1),
                end=date(2017, 10, 15),
                capacity=2000,
                funding_status=FundingStatus.SECURED,
            ),
        ),
    )


def make(spec: TableSpec, plan: Plan):
    sink = DomainSink(plan)
    model = EntityTableModel(spec, sink)
    sink.models.append(model)
    model.set_rows(plan)
    return model, sink


def cell(model: EntityTableModel, row: int, field: str):
    return model.index(row, model.column_of(field))


@pytest.mark.parametrize("spec", TABLES, ids=lambda t: t.name)
def test_every_table_passes_the_model_tester(qtmodeltester, spec) -> None:
    model, _ = make(spec, template_plan())
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.set_rows(None)
    qtmodeltester.check(model)


def test_date_cell_accepts_iso_text_and_qdate_and_rejects_rubbish() -> None:
    model, sink = make(PRESENCES, small_plan())
    end = cell(model, 0, "end")
    assert model.data(end) == "2017-10-15"
    assert model.setData(end, "2018-03-31")
    assert sink.plan.presences[0].end == date(2018, 3, 31)
    assert sink.commits[-1][1] == "Change End of MINUSTAH"
    assert model.setData(end, QDate(2019, 1, 2))
    assert sink.plan.presences[0].end == date(2019, 1, 2)
    # blank = ongoing for an optional date
    assert model.setData(end, "")
    assert sink.plan.presences[0].end is None
    # rubbish is shown in red with the reason, and never stored
    commits = len(sink.commits)
    assert not model.setData(end, "31/12/2019")
    assert len(sink.commits) == commits
    assert model.data(end) == "31/12/2019"
    assert "YYYY-MM-DD" in model.data(end, ERROR_ROLE)
    assert "Not saved" in model.data(end, Qt.ItemDataRole.ToolTipRole)
    assert model.data(end, Qt.ItemDataRole.ForegroundRole) is not None
    assert sink.plan.presences[0].end is None
    # a required date may not be blank
    start = cell(model, 0, "start")
    assert not model.setData(start, " ")
    assert sink.plan.presences[0].start == date(2004, 6, 1)
    # correcting the cell clears the error
    assert model.setData(end, "2017-10-15")
    assert model.data(end, ERROR_ROLE) == ""


def test_rule_violations_are_rejected_with_the_domain_message() -> None:
    model, sink = make(PRESENCES, small_plan())
    end = cell(model, 0, "end")
    assert not model.setData(end, "2001-01-01")  # before start
    assert "end is before start" in model.data(end, ERROR_ROLE)
    assert sink.plan.presences[0].end == date(2017, 10, 15)
    name = cell(model, 1, "name")
    assert not model.setData(name, "minustah")  # duplicate name, any case
    assert "duplicate" in model.data(name, ERROR_ROLE)
    assert sink.plan.presences[1].name == "UNCT"


def test_enum_cells_parse_tolerantly_and_kind_moves_the_default_lead() -> None:
    model, sink = make(PRESENCES, small_plan())
    kind = cell(model, 0, "kind")
    assert model.setData(kind, "special political mission")
    p = sink.plan.presences[0]
    assert p.kind is PresenceKind.SPM
    assert p.lead_department is LeadDepartment.DPPA  # followed the kind
    lead = cell(model, 0, "lead_department")
    assert model.setData(lead, "other")
    assert model.setData(kind, "PKO")
    assert sink.plan.presences[0].lead_department is LeadDepartment.OTHER  # chosen: kept
    assert not model.setData(kind, "Embassy")
    assert "is not one of the choices" in model.data(kind, ERROR_ROLE)
    choices = model.data(kind, CHOICES_ROLE)
    assert [c[0] for c in choices] == [k.value for k in PresenceKind]


def test_reference_cells_take_ids_or_names() -> None:
    model, sink = make(ASSIGNMENTS, small_plan())
    actor = cell(model, 0, "actor_id")
    assert model.data(actor) == "UNPOL"
    undp = sink.plan.actors[1]
    assert model.setData(actor, "undp")
    assert sink.plan.assignments[0].actor_id == undp.id
    assert model.data(actor) == "UNDP"
    unpol = sink.plan.actors[0]
    assert model.setData(actor, unpol.id)
    assert sink.plan.assignments[0].actor_id == unpol.id
    assert not model.setData(actor, "Nobody")
    assert "is not an actor of this plan" in model.data(actor, ERROR_ROLE)
    assert not model.setData(actor, "")  # required


def test_optional_reference_and_capacity() -> None:
    actors, sink = make(ACTORS, small_plan())
    presence = cell(actors, 0, "presence_id")
    assert actors.data(presence) == "MINUSTAH"
    assert actors.setData(presence, "")
    assert sink.plan.actors[0].presence_id is None
    assert next(c[1] for c in actors.data(presence, CHOICES_ROLE)) == ""

    model, sink = make(ASSIGNMENTS, sink.plan)
    cap = cell(model, 0, "capacity")
    assert model.data(cap) == "2,000"
    assert model.setData(cap, "1,500")
    assert sink.plan.assignments[0].capacity == 1500
    assert model.setData(cap, "")
    assert sink.plan.assignments[0].capacity is None
    assert not model.setData(cap, "-3")
    assert not model.setData(cap, "lots")
    assert sink.plan.assignments[0].capacity is None
    status = cell(model, 0, "funding_status")
    assert model.setData(status, "")
    assert sink.plan.assignments[0].funding_status is None
    assert model.setData(status, "unfunded")
    assert sink.plan.assignments[0].funding_status is FundingStatus.UNFUNDED


def test_unchanged_value_commits_nothing() -> None:
    model, sink = make(FUNCTIONS, small_plan())
    assert model.setData(cell(model, 0, "name"), "Police support")
    assert sink.commits == []


def test_same_rows_update_narrowly_other_rows_reset(qtbot) -> None:
    model, _sink = make(PRESENCES, small_plan())
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.setData(cell(model, 1, "name"), "UN country team")
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (1, 1)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(template_plan())


def test_renaming_a_referenced_actor_refreshes_the_assignment_row(qtbot) -> None:
    plan = small_plan()
    model, _ = make(ASSIGNMENTS, plan)
    from dataclasses import replace

    renamed = replace(
        plan, actors=(replace(plan.actors[0], name="Police component"), plan.actors[1])
    )
    with qtbot.waitSignal(model.dataChanged):
        model.set_rows(renamed)
    assert model.data(cell(model, 0, "actor_id")) == "Police component"


def test_sort_role_orders_dates_numbers_and_open_ends() -> None:
    model, _ = make(PRESENCES, small_plan())
    ends = [model.data(cell(model, r, "end"), SORT_ROLE) for r in range(2)]
    assert ends[0] < ends[1]  # the open end sorts last
    model2, _ = make(MILESTONES, template_plan())
    assert all(
        isinstance(model2.data(model2.index(r, 1), SORT_ROLE), str)
        for r in range(model2.rowCount())
    )


def test_new_rows_get_free_names_and_assignment_needs_function_and_actor() -> None:
    model, _ = make(PRESENCES, small_plan())
    first = model.new_entity()
    assert first.name == "New presence"
    empty = Plan(name="E", horizon_start=date(2020, 1, 1), horizon_end=date(2021, 1, 1))
    amodel, _ = make(ASSIGNMENTS, empty)
    from transition_planner.ui.table_models import InputError

    with pytest.raises(InputError):
        amodel.new_entity()
    copy = model.duplicate(model.entity(0))
    assert copy.name == "MINUSTAH (copy)" and copy.id != model.entity(0).id


def test_validate_says_why_before_anything_is_committed() -> None:
    model, sink = make(PRESENCES, small_plan())
    end = cell(model, 0, "end")
    assert "end is before start" in model.validate(end, "2001-01-01")
    assert "not a date" in model.validate(end, "31/12/2019")
    assert model.validate(end, "2018-01-01") == ""
    assert sink.commits == []  # validating writes nothing, and marks no cell
    assert model.data(end, ERROR_ROLE) == ""
    assert model.setData(end, "2018-01-01")
    assert len(sink.commits) == 1


def test_names_resolve_by_their_beginning_when_only_one_fits() -> None:
    plan = small_plan()
    found, _ = resolve_name(plan.actors, "unp")
    assert found is not None and found.name == "UNPOL"
    found, candidates = resolve_name(plan.actors, "UN")
    assert found is None and {c.name for c in candidates} == {"UNPOL", "UNDP"}
    found, candidates = resolve_name(plan.actors, "UNOVA")
    assert found is None and candidates == []
    model, sink = make(ASSIGNMENTS, plan)
    actor = cell(model, 0, "actor_id")
    assert model.setData(actor, "und")
    assert sink.plan.assignments[0].actor_id == plan.actors[1].id
    assert "could be any of: UNPOL, UNDP" in model.validate(actor, "un")


def test_a_table_is_a_declaration(qtmodeltester) -> None:
    """A table declared in a few lines works as the editor's own do."""
    short = TableSpec(
        name="short_milestones",
        entity=MILESTONES.entity,
        columns=(
            Column("name", "Name", ColumnKind.NAME),
            Column("date", "Date", ColumnKind.DATE),
            Column("notes", "Notes", ColumnKind.NOTES),
        ),
        title=lambda: "Milestones",
        description=lambda: "",
        add_label=lambda: "Add a milestone",
        duplicate_label=lambda n: f"Duplicate {n}",
        delete_label=lambda n: f"Delete {n}",
        new_row=MILESTONES.new_row,
    )
    model, sink = make(short, template_plan())
    qtmodeltester.check(model)
    assert model.columnCount() == 3
    assert model.setData(cell(model, 0, "date"), "2027-02-02")
    assert sink.plan.milestones[0].date == date(2027, 2, 2)
    with pytest.raises(ValueError, match="notes column comes last"):
        TableSpec(**{**short.__dict__, "columns": tuple(reversed(short.columns))})
    with pytest.raises(ValueError, match="needs its enum"):
        Column("kind", "Kind", ColumnKind.ENUM)
