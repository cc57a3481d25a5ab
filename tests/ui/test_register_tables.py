"""The Handovers and Funding tables, the filter by area and the as-of day in the real window:
cells edited through their editors with the keyboard and checked in the database, undone and
redone; Tab from cell to cell; what screen readers are told; the register findings as of the day
the planner sets."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import HandoverStatus
from transition_planner.domain.model import Plan
from transition_planner.ui.editors import ChoiceEdit, DateEdit, TextEditor
from transition_planner.ui.entity_table import EntityTable
from transition_planner.ui.findings_table import area_of, finding_areas
from transition_planner.ui.main_window import MainWindow

from .conftest import stored_plan
from .test_delegates_and_keyboard import current_field, editor_of, open_editor

TEMPLATE = "Kandora (template)"
REGISTER_RULES = {
    "handover_after_exit",
    "handover_unassigned",
    "handover_overdue",
    "handover_lost",
    "financial_cliff",
}


def show_template(window: MainWindow) -> Plan:
    assert window.service is not None
    window.select_plan(window.service.find_plan_id(TEMPLATE))
    plan = window.plan
    assert plan is not None and plan.name == TEMPLATE
    return plan


def row_of(table: EntityTable, **wanted: object) -> int:
    for r in range(table.model.rowCount()):
        entity = table.model.entity(r)
        if all(getattr(entity, k) == v for k, v in wanted.items()):
            return r
    raise AssertionError(f"no row with {wanted}")


def test_a_handover_edited_with_the_keyboard_is_stored_undone_and_redone(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    plan = show_template(window)
    table = window.editor.handovers
    window.editor.show_table(table)
    row = row_of(table, item="Reintegration caseload")
    handover = table.model.entity(row)
    assert handover.status is HandoverStatus.PLANNED and handover.to_actor_id is None

    focus = open_editor(table, row, "status", qtbot)
    assert isinstance(editor_of(focus), ChoiceEdit)
    qtbot.keyClicks(focus, "in prog")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None
    assert stored.handovers[row].status is HandoverStatus.IN_PROGRESS
    assert window.action("undo").text() == "&Undo Change Status of Reintegration caseload"

    iom = next(a for a in plan.actors if a.name == "IOM")
    focus = open_editor(table, row, "to_actor_id", qtbot)
    qtbot.keyClicks(focus, "iom")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.handovers[row].to_actor_id == iom.id

    window.session.undo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.handovers[row].to_actor_id is None
    assert table.model.data(table.model.index(row, table.model.column_of("to_actor_id"))) == ""
    window.session.undo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.handovers[row].status is HandoverStatus.PLANNED
    window.session.redo()
    window.session.redo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None
    assert stored.handovers[row].status is HandoverStatus.IN_PROGRESS
    assert stored.handovers[row].to_actor_id == iom.id


def test_an_amount_typed_with_separators_and_a_refused_one(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    plan = show_template(window)
    table = window.editor.funding
    window.editor.show_table(table)
    focus = open_editor(table, 0, "amount", qtbot)
    assert isinstance(focus, TextEditor)
    assert focus.alignment() & Qt.AlignmentFlag.AlignRight
    qtbot.keyClicks(focus, "612,500,000")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.funding_lines[0].amount == 612_500_000
    amount = table.model.index(0, table.model.column_of("amount"))
    assert table.model.data(amount) == "$612,500,000"

    focus = open_editor(table, 0, "amount", qtbot)
    qtbot.keyClicks(focus, "-1")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert table.delegate.message.isVisible()
    assert "at least 0 US dollars" in table.delegate.message.text()
    assert table.delegate.open_editors(), "the editor stays open with the reason"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    focus = open_editor(table, 0, "year", qtbot)
    qtbot.keyClicks(focus, "2031")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None
    assert stored.funding_lines[0].amount == 612_500_000 and stored.funding_lines[0].year == 2031
    window.session.undo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.funding_lines[0].year == plan.funding_lines[0].year


def test_rows_added_and_deleted_in_the_new_tables_with_undo(
    window: MainWindow, workspace_path: Path
) -> None:
    plan = show_template(window)
    for table, collection in (
        (window.editor.handovers, "handovers"),
        (window.editor.funding, "funding_lines"),
    ):
        before = len(getattr(plan, collection))
        added = window.editor.add_row(table)
        assert added is not None
        stored = stored_plan(workspace_path, plan.id)
        assert stored is not None and len(getattr(stored, collection)) == before + 1
        assert table.selected_entities() == [added]
        assert window.editor.delete_rows(table) == [added]
        stored = stored_plan(workspace_path, plan.id)
        assert stored is not None and len(getattr(stored, collection)) == before
        window.session.undo()
        stored = stored_plan(workspace_path, plan.id)
        assert stored is not None and added in getattr(stored, collection)
        plan = stored


def test_tab_moves_cell_to_cell_through_the_new_tables(window: MainWindow, qtbot: Any) -> None:
    show_template(window)
    for table in (window.editor.handovers, window.editor.funding):
        window.editor.show_table(table)
        fields = [c.field for c in table.model.columns]
        open_editor(table, 0, fields[0], qtbot)
        seen = []
        for k, field in enumerate(fields):
            assert current_field(table) == field
            editor = editor_of(QApplication.focusWidget())
            kind = table.model.column(k).kind
            expected = (
                DateEdit if kind.is_date else ChoiceEdit if kind.is_enum or kind.is_ref else None
            )
            if expected is not None:
                assert isinstance(editor, expected), field
            seen.append(field)
            if k + 1 < len(fields):
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert seen == fields
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert current_field(table) == fields[-2]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert table.delegate.open_editors() == []
        assert table.view.hasFocus()
    # Ctrl+Tab goes from the milestones to the handovers and on to the funding
    window.editor.show_table(window.editor.milestones)
    window.editor.milestones.view.setFocus()
    qtbot.keyClick(
        window.editor.milestones.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier
    )
    assert window.editor.current_table() is window.editor.handovers
    assert QApplication.focusWidget() is window.editor.handovers.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_table() is window.editor.funding


def test_the_new_tables_and_filters_are_named_for_screen_readers(window: MainWindow) -> None:
    show_template(window)
    handovers, funding = window.editor.handovers, window.editor.funding
    assert handovers.view.accessibleName() == "Handovers"
    assert funding.view.accessibleName() == "Funding"
    assert "handover register" in handovers.view.accessibleDescription()
    assert "US dollars" in funding.view.accessibleDescription()
    for table in (handovers, funding):
        assert "Tab and Shift+Tab" in table.view.accessibleDescription()
        assert table.filter.accessibleName() == f"Filter {table.title}"
        assert window.editor.tabs.tabText(window.editor.tabs.indexOf(table)) == table.title
    item = handovers.model.index(0, 0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Item: Marel team site"
    amount = funding.model.index(0, funding.model.column_of("amount"))
    assert amount.data(Qt.ItemDataRole.AccessibleTextRole) == "Amount (USD): $600,000,000"
    blank_to = handovers.model.index(
        row_of(handovers, item="Reintegration caseload"), handovers.model.column_of("to_actor_id")
    )
    assert blank_to.data(Qt.ItemDataRole.AccessibleTextRole) == "To: Blank: no receiver yet"
    assert handovers.area_box is not None
    assert handovers.area_box.accessibleName() == "Handovers by area"
    assert funding.area_box is None  # a funding line has no area
    gaps = window.gaps
    assert gaps.area_box.accessibleName() == "Filter by area"
    assert gaps.as_of.line.accessibleName() == "As of"
    assert "blank for today" in gaps.as_of.line.accessibleDescription()


def test_the_filter_by_area_on_the_functions_and_the_gaps(window: MainWindow) -> None:
    plan = show_template(window)
    functions = window.editor.functions
    window.editor.show_table(functions)
    box = functions.area_box
    assert box is not None and box.isVisible()
    areas = ["Eastern Province", "Northern and Eastern Provinces", "Northern Province"]
    assert box.areas() == areas
    assert [box.itemText(i) for i in range(box.count())] == [
        "All areas",
        *areas,
        "Country-wide (no area)",
    ]
    everything = functions.proxy.rowCount()
    assert everything == len(plan.functions)
    box.set_area("Eastern Province")
    shown = [functions.proxy.index(r, 0).data() for r in range(functions.proxy.rowCount())]
    assert shown == [f.name for f in plan.functions if f.area == "Eastern Province"] != []
    box.set_area("")
    assert functions.proxy.rowCount() == sum(1 for f in plan.functions if not f.area)
    functions.filter.setText("police")  # the text filter and the area filter together
    assert functions.proxy.rowCount() == sum(
        1 for f in plan.functions if not f.area and "police" in f.name.casefold()
    )
    functions.filter.clear()
    box.set_area(None)
    assert functions.proxy.rowCount() == everything

    gaps = window.gaps
    assert gaps.area_box.isVisible() and gaps.area_box.areas() == areas
    total = len(gaps.model.findings())
    where = finding_areas(plan)
    for area in areas:
        gaps.set_filters(area=area)
        visible = gaps.visible_findings()
        assert visible == [f for f in gaps.model.findings() if area_of(f, where) == area]
        assert visible, area
        assert f"{len(visible)} of {total} shown" in gaps.counts_label.accessibleDescription()
    # a handover's own area counts (a site in one province of a function of two)
    gaps.set_filters(area="Northern Province")
    assert any(f.rule == "handover_lost" for f in gaps.visible_findings())
    gaps.set_filters()
    assert len(gaps.visible_findings()) == total
    assert "shown" not in gaps.counts_label.accessibleDescription()
    gaps.search.setText("team site")  # the typed text counts too
    found = gaps.visible_findings()
    assert 0 < len(found) < total
    assert f"{len(found)} of {total} shown" in gaps.counts_label.accessibleDescription()
    gaps.search.clear()

    # a plan that names no area: no filter by area, every row shown
    assert window.service is not None
    bare = Plan(name="No areas", horizon_start=date(2025, 1, 1), horizon_end=date(2027, 12, 31))
    window.service.create_plan(bare)
    gaps.set_filters(area="Northern Province")
    window.select_plan(bare.id)
    assert box.isHidden() and gaps.area_box.isHidden()
    assert gaps.area_box.area() is None and functions.proxy.area is None


def test_the_as_of_day_sets_the_register_findings(window: MainWindow, qtbot: Any) -> None:
    plan = show_template(window)
    gaps = window.gaps
    assert window.analysis is not None and window.analysis.as_of == date.today()
    assert gaps.as_of.text() == date.today().isoformat()

    def type_as_of(text: str) -> None:
        line = gaps.as_of.line
        line.setFocus()
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(line, text) if text else qtbot.keyClick(line, Qt.Key.Key_Delete)
        qtbot.keyClick(line, Qt.Key.Key_Return)

    seen = {}
    for day in (date(2025, 6, 1), date(2026, 7, 15), date(2029, 6, 1)):
        type_as_of(day.isoformat())
        analysis = window.analysis
        assert analysis is not None and analysis.as_of == day
        register = [f for f in analysis.findings if f.rule in REGISTER_RULES]
        expected = [f for f in analyse(plan, day).findings if f.rule in REGISTER_RULES]
        assert register == expected
        shown = [f for f in gaps.model.findings() if f.rule in REGISTER_RULES]
        assert sorted(shown, key=lambda f: f.sort_key()) == sorted(
            expected, key=lambda f: f.sort_key()
        )
        seen[day] = {(f.rule, f.start, f.end) for f in register}
    overdue = {day: {s for s in found if s[0] == "handover_overdue"} for day, found in seen.items()}
    assert overdue[date(2025, 6, 1)] == set()  # nothing is due yet
    assert overdue[date(2026, 7, 15)] and overdue[date(2029, 6, 1)]
    assert overdue[date(2026, 7, 15)] != overdue[date(2029, 6, 1)]
    # the day is kept through an edit (the analysis after every edit uses it too)
    window.editor.functions.model.setData(
        window.editor.functions.model.index(0, 0), plan.functions[0].name + " (edited)"
    )
    assert window.analysis is not None and window.analysis.as_of == date(2029, 6, 1)

    # rubbish is refused beside the field and changes nothing
    type_as_of("someday")
    assert gaps.as_of_error.isVisible() and "not a date" in gaps.as_of_error.text()
    assert window.analysis.as_of == date(2029, 6, 1)
    type_as_of("2206-06-01")  # a typing error for 2026
    assert "must lie between 1945-01-01 and 2100-12-31" in gaps.as_of_error.text()
    assert window.analysis.as_of == date(2029, 6, 1)
    # blank is today again
    type_as_of("")
    assert not gaps.as_of_error.isVisible()
    assert window.analysis is not None and window.analysis.as_of == date.today()
    assert gaps.as_of.text() == date.today().isoformat()
    assert window.session.as_of is None


def test_region_and_bridged_breaks_in_the_plan_settings(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    plan = show_template(window)
    form = window.editor.settings_form
    assert form.region.text() == plan.region and form.bridge_days.value() == plan.bridge_days
    form.region.setFocus()
    qtbot.keyClick(form.region, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.region, "Africa II")
    qtbot.keyClick(form.region, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.region == "Africa II"
    assert window.action("undo").text() == "&Undo Change plan region"
    form.bridge_days.setFocus()
    form.bridge_days.selectAll()
    qtbot.keyClicks(form.bridge_days, "14")
    qtbot.keyClick(form.bridge_days, Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.bridge_days == 14
    window.session.undo()
    window.session.undo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None
    assert (stored.region, stored.bridge_days) == (plan.region, plan.bridge_days)
    assert form.region.text() == plan.region and form.bridge_days.value() == plan.bridge_days


def test_an_area_typed_in_its_cell_is_a_new_one_or_one_of_the_plans(
    window: MainWindow, qtbot: Any, workspace_path: Path
) -> None:
    plan = show_template(window)
    table = window.editor.functions
    window.editor.show_table(table)
    row = row_of(table, area="")
    focus = open_editor(table, row, "area", qtbot)
    combo = editor_of(focus)
    assert isinstance(combo, ChoiceEdit) and combo.free
    qtbot.keyClicks(focus, "North")  # the beginning of two areas: a new area "North"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.functions[row].area == "North"
    assert table.area_box is not None and "North" in table.area_box.areas()
    focus = open_editor(table, row, "area", qtbot)
    qtbot.keyClicks(focus, "eastern province")  # one of the plan's, in its spelling
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored.functions[row].area == "Eastern Province"
    assert current_field(table) == "priority"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_a_register_finding_shows_its_handover_or_its_funding_lines(window: MainWindow) -> None:
    plan = show_template(window)
    analysis = window.analysis
    assert analysis is not None
    lost = next(f for f in analysis.findings if f.rule == "handover_lost")
    window.show_finding(lost)
    assert window.editor.current_table() is window.editor.handovers
    assert [h.id for h in window.editor.handovers.selected_entities()] == list(lost.handover_ids)
    cliff = next(f for f in analysis.findings if f.rule == "financial_cliff")
    window.show_finding(cliff)
    assert window.editor.current_table() is window.editor.funding
    chosen = window.editor.funding.selected_entities()
    assert chosen == [f for f in plan.funding_lines if f.year == cliff.extras["year"]] != []


def test_the_handovers_of_an_area_are_its_own_and_those_of_its_functions(
    window: MainWindow,
) -> None:
    plan = show_template(window)
    table = window.editor.handovers
    window.editor.show_table(table)
    assert table.area_box is not None and not table.area_box.isHidden()
    areas = {f.id: f.area for f in plan.functions}

    def where(h: object) -> str:
        own = getattr(h, "area", "")
        return own or areas.get(getattr(h, "function_id", None) or "", "")

    for area in ("Northern Province", "Eastern Province", ""):
        table.area_box.set_area(area)
        shown = [
            table.model.entity(table.proxy.mapToSource(table.proxy.index(r, 0)).row())
            for r in range(table.proxy.rowCount())
        ]
        assert shown == [h for h in plan.handovers if where(h) == area] != [], area
    # a handover without an area of its own is where its function is
    row = row_of(table, item="Sector East headquarters, Dorvala")
    assert table.model.setData(table.model.index(row, table.model.column_of("area")), "")
    assert window.plan is not None and window.plan.handovers[row].area == ""
    table.area_box.set_area("Eastern Province")
    shown = [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]
    assert "Sector East headquarters, Dorvala" in shown
    table.area_box.set_area(None)
    assert table.proxy.rowCount() == len(plan.handovers)
