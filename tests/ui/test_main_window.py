"""The desktop application end to end: a real window on a real workspace in tmp_path.

Every step is checked in the DATABASE (a second, read-only connection), not only on screen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from transition_planner.domain.enums import Priority, Severity
from transition_planner.services import PlanningService
from transition_planner.ui import dialogs
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import (
    MAIN_SPLITTER,
    RECENT_WORKSPACES,
    WINDOW_GEOMETRY,
    Settings,
)

from .conftest import Answers, stored_names, stored_plan


def coverage_gaps(window: MainWindow, function: str) -> list[Any]:
    return [
        f
        for f in window.gaps.model.findings()
        if f.rule == "coverage_gap" and f.function == function
    ]


def set_cell(table: Any, row: int, field: str, value: object) -> bool:
    model = table.model
    index = model.index(row, model.column_of(field))
    return bool(model.setData(index, value, Qt.ItemDataRole.EditRole))


def test_window_opens_on_the_examples(window: MainWindow) -> None:
    names = sorted(
        window.browser.model.summary(r).name for r in range(window.browser.model.rowCount())
    )
    assert names == ["Haiti", "Kandora (template)", "Sudan"]
    assert window.plan is not None
    assert window.plan.name in window.windowTitle()
    assert "workspace.tpw" in window.windowTitle()
    assert window.gaps.model.rowCount() > 0
    assert window.gaps.score_label.text().startswith("Continuity score:")
    # findings most severe first
    ranks = [f.severity.rank for f in window.gaps.model.findings()]
    assert ranks == sorted(ranks)


def test_build_a_plan_through_the_tables_with_undo_checked_in_the_database(
    window: MainWindow, answers: Answers, workspace_path: Path, qtbot: Any
) -> None:
    # 1. a blank plan
    answers.names.append("Kandora 2030")
    plan_id = window.new_plan(from_template=False)
    assert plan_id is not None and window.current_plan_id == plan_id
    assert stored_plan(workspace_path, plan_id) is not None
    editor = window.editor
    # the horizon: 2025–2029 through the settings form
    form = editor.settings_form
    form.horizon_start.setText("2025-01-01")
    form.horizon_end.setText("2029-12-31")
    form.apply()
    assert stored_plan(workspace_path, plan_id).horizon_start == date(2025, 1, 1)  # type: ignore[union-attr]
    assert window.action("undo").text() == "&Undo Change plan settings"

    # 2. a presence, an actor, a function and an assignment, through the models
    steps: list[str] = []
    assert editor.add_row(editor.presences) is not None
    steps.append("add presence")
    p = editor.presences
    assert set_cell(p, 0, "name", "UNMIK")
    assert set_cell(p, 0, "kind", "pko")
    assert set_cell(p, 0, "start", "2024-06-01")
    assert window.action("undo").text() == "&Undo Change Start of UNMIK"
    assert editor.add_row(editor.actors) is not None
    a = editor.actors
    assert set_cell(a, 0, "name", "UNMIK Police")
    assert set_cell(a, 0, "presence_id", "UNMIK")
    assert editor.add_row(editor.functions) is not None
    f = editor.functions
    assert set_cell(f, 0, "name", "Police support")
    assert set_cell(f, 0, "priority", "Critical")
    # no assignment yet: the whole window is a coverage gap
    assert len(coverage_gaps(window, "Police support")) == 1
    assert editor.add_row(editor.assignments) is not None
    assert coverage_gaps(window, "Police support") == []  # open-ended from horizon start

    stored = stored_plan(workspace_path, plan_id)
    assert stored is not None
    assert [x.name for x in stored.presences] == ["UNMIK"]
    assert stored.actors[0].presence_id == stored.presences[0].id
    assert stored.functions[0].priority is Priority.CRITICAL
    assert len(stored.assignments) == 1
    assert stored.assignments[0].actor_id == stored.actors[0].id

    # 3. a gap appears and disappears
    s = editor.assignments
    assert set_cell(s, 0, "end", "2027-06-30")
    gaps = coverage_gaps(window, "Police support")
    assert len(gaps) == 1
    assert (gaps[0].start, gaps[0].end) == (date(2027, 7, 1), date(2029, 12, 31))
    assert gaps[0].severity is Severity.CRITICAL
    assert stored_plan(workspace_path, plan_id).assignments[0].end == date(2027, 6, 30)  # type: ignore[union-attr]
    # an invalid edit is refused and changes nothing
    assert not set_cell(s, 0, "end", "2020-01-01")
    assert "before start" in s.model.cell_error(0, "end")
    assert stored_plan(workspace_path, plan_id).assignments[0].end == date(2027, 6, 30)  # type: ignore[union-attr]
    assert set_cell(s, 0, "end", "")
    assert coverage_gaps(window, "Police support") == []

    # 4. undo step by step, checking the database each time
    def db() -> Any:
        plan = stored_plan(workspace_path, plan_id)
        assert plan is not None
        return plan

    assert window.action("undo").text().startswith("&Undo Change End of Police support by")
    window.undo()  # end back to 2027-06-30
    assert db().assignments[0].end == date(2027, 6, 30)
    assert len(coverage_gaps(window, "Police support")) == 1
    window.undo()  # end back to open
    assert db().assignments[0].end is None
    assert coverage_gaps(window, "Police support") == []
    window.undo()  # assignment removed
    assert db().assignments == ()
    assert len(coverage_gaps(window, "Police support")) == 1
    window.undo()  # priority back to High
    assert db().functions[0].priority is Priority.HIGH
    window.undo()  # function name
    window.undo()  # function added
    assert db().functions == ()
    window.undo()  # actor presence
    assert db().actors[0].presence_id is None
    window.undo()  # actor name
    window.undo()  # actor added
    assert db().actors == ()
    for _ in range(4):  # start, kind, name, presence
        window.undo()
    assert db().presences == ()
    assert window.editor.presences.model.rowCount() == 0
    window.undo()  # the settings
    assert db().horizon_start != date(2025, 1, 1)
    window.undo()  # the plan itself
    assert stored_plan(workspace_path, plan_id) is None
    assert window.current_plan_id != plan_id
    assert not window.undo_stack.canUndo()

    # 5. redo everything: the plan comes back with the same ids, the gap state too
    for _ in range(window.undo_stack.count()):
        window.redo()
    final = db()
    assert final.assignments[0].end is None and len(final.presences) == 1
    assert window.current_plan_id == plan_id
    assert coverage_gaps(window, "Police support") == []
    assert window.editor.assignments.model.rowCount() == 1


def test_template_plan_duplicate_rename_delete_and_undo(
    window: MainWindow, answers: Answers, workspace_path: Path
) -> None:
    answers.names.append("My transition")
    plan_id = window.new_plan(from_template=True)
    assert plan_id is not None
    stored = stored_plan(workspace_path, plan_id)
    assert stored is not None and stored.name == "My transition"
    assert len(stored.assignments) > 0
    assert window.gaps.model.rowCount() > 0

    answers.names.append("My transition B")
    copy_id = window.duplicate_plan(plan_id)
    assert copy_id is not None and copy_id != plan_id
    assert "My transition B" in stored_names(workspace_path)

    answers.names.append("Renamed")
    assert window.rename_plan(copy_id)
    assert "Renamed" in stored_names(workspace_path)
    assert window.action("undo").text() == "&Undo Rename plan My transition B to Renamed"
    # a name that is taken is refused
    answers.names.append("haiti")
    assert not window.rename_plan(copy_id)
    assert answers.warnings and "already exists" in answers.warnings[-1][1]

    answers.question = answers.question.No
    assert not window.delete_plan(copy_id)
    assert "Renamed" in stored_names(workspace_path)
    answers.question = answers.question.Yes
    assert window.delete_plan(copy_id)
    assert "Renamed" not in stored_names(workspace_path)
    assert copy_id not in window.browser.plan_ids()
    window.undo()
    assert "Renamed" in stored_names(workspace_path)
    restored = stored_plan(workspace_path, copy_id)
    assert restored is not None and len(restored.assignments) == len(stored.assignments)
    assert window.current_plan_id == copy_id


def test_browser_search_filters_plans(window: MainWindow) -> None:
    window.browser.search.setText("sud")
    assert window.browser.visible_names() == ["Sudan"]
    window.browser.search.clear()
    assert len(window.browser.visible_names()) == 3


def test_export_edit_and_import_back_through_the_change_review(
    window: MainWindow,
    answers: Answers,
    workspace_path: Path,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = window.plan
    assert plan is not None
    book = tmp_path / "exported.xlsx"
    with qtbot.waitSignal(window.operations.ended, timeout=60000):
        window.export_workbook(book)
    assert book.is_file()

    wb = openpyxl.load_workbook(book)
    ws = wb["Functions"]
    header = [c.value for c in ws[1]]
    name_col, prio_col = header.index("Name") + 1, header.index("Priority") + 1
    target_name = ws.cell(2, name_col).value
    ws.cell(2, prio_col).value = "Low"
    ms = wb["Milestones"]
    mheader = [c.value for c in ms[1]]
    row = ms.max_row + 1
    ms.cell(row, mheader.index("Name") + 1).value = "Referendum"
    ms.cell(row, mheader.index("Date") + 1).value = date(2024, 5, 1)
    ms.cell(row, mheader.index("Kind") + 1).value = "Election"
    # grow the table so that the new row belongs to it
    for table in ms.tables.values():
        start, _end = table.ref.split(":")
        last_col = openpyxl.utils.get_column_letter(ms.max_column)
        table.ref = f"{start}:{last_col}{row}"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)

    seen: dict[str, Any] = {}

    def review_exec(self: dialogs.ChangeReviewDialog) -> int:
        seen["kinds"] = sorted(self.change.counts().items())
        seen["rows"] = len(self.items)
        self.set_all(True)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(dialogs.ChangeReviewDialog, "exec", review_exec)
    with qtbot.waitSignal(window.operations.ended, timeout=60000):
        window.import_workbook(edited, into=True)
    assert seen["kinds"] == [("added", 1), ("changed", 1), ("removed", 0)]
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None
    assert "Referendum" in [m.name for m in stored.milestones]
    func = next(f for f in stored.functions if f.name == target_name)
    assert func.priority is Priority.LOW
    assert window.action("undo").text().startswith("&Undo Import workbook into")
    # one undoable command
    window.undo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and "Referendum" not in [m.name for m in stored.milestones]
    original = plan.function(func.id)
    assert original is not None
    assert next(f for f in stored.functions if f.id == func.id).priority is original.priority
    window.redo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and "Referendum" in [m.name for m in stored.milestones]
    assert window.service.backups(), "a backup is made before an import"


def test_import_as_new_plan_and_bad_workbook(
    window: MainWindow, answers: Answers, workspace_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    book = tmp_path / "haiti.xlsx"
    with qtbot.waitSignal(window.operations.ended, timeout=60000):
        window.export_workbook(book)
    name = window.plan.name  # type: ignore[union-attr]
    answers.names.append(f"{name} imported")
    with qtbot.waitSignal(window.operations.ended, timeout=60000):
        window.import_workbook(book, into=False)
    assert f"{name} imported" in stored_names(workspace_path)
    assert window.plan is not None and window.plan.name == f"{name} imported"
    window.undo()
    assert f"{name} imported" not in stored_names(workspace_path)

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    with qtbot.waitSignal(window.operations.ended, timeout=60000):
        window.import_workbook(bad, into=False)
    assert answers.warnings and "bad.xlsx" in answers.warnings[-1][0]


def test_reopen_finds_everything_and_settings_persist(
    qtbot: Any, answers: Answers, settings_path: Path, workspace_path: Path
) -> None:
    service = PlanningService.open(workspace_path, create=True)
    service.add_examples()
    w = MainWindow(settings=Settings(settings_path))
    qtbot.addWidget(w)
    w.set_service(service)
    w.show()
    answers.names.append("Persisted")
    plan_id = w.new_plan(from_template=True)
    assert plan_id is not None
    assert w.editor.add_row(w.editor.milestones) is not None
    # the offscreen screen is 800×800: stay inside it so that the geometry is kept as is
    w.resize(780, 700)
    qtbot.wait(10)  # let the resize reach the layouts before the splitter is set
    w.main_splitter.setSizes([300, 470])
    sizes = w.main_splitter.sizes()
    size = w.size()
    w.close()
    assert not (workspace_path.parent / (workspace_path.name + "-wal")).exists()

    settings = Settings(settings_path)
    assert settings.get(WINDOW_GEOMETRY)
    assert settings.get(MAIN_SPLITTER)
    assert str(workspace_path) in settings.get(RECENT_WORKSPACES)[0]
    w2 = MainWindow(settings=settings)
    qtbot.addWidget(w2)
    assert w2.open_workspace(workspace_path)
    w2.show()
    qtbot.waitExposed(w2)
    assert w2.size() == size
    assert w2.main_splitter.sizes() == sizes
    assert w2.current_plan_id == plan_id  # the last plan is shown again
    assert w2.plan is not None and w2.plan.name == "Persisted"
    assert any(m.name == "New milestone" for m in w2.plan.milestones)
    assert not w2.undo_stack.canUndo()  # opening is not undoable
    w2.close()


def test_second_window_on_a_locked_workspace_opens_read_only(
    window: MainWindow, qtbot: Any, answers: Answers, tmp_path: Path, workspace_path: Path
) -> None:
    other = MainWindow(settings=Settings(tmp_path / "other.ini"))
    qtbot.addWidget(other)
    answers.question = answers.question.Yes
    assert other.open_workspace(workspace_path)
    assert other.service.workspace.read_only
    assert "read-only" in other.windowTitle()
    assert not other.action("newPlan").isEnabled()
    model = other.editor.presences.model
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    other.close()


def test_finding_double_click_selects_what_it_concerns(window: MainWindow) -> None:
    gaps = window.gaps
    with_assignments = next(f for f in gaps.model.findings() if f.assignment_ids)
    window.show_finding(with_assignments)
    selected = window.editor.assignments.selected_entities()
    assert with_assignments.assignment_ids[0] in [e.id for e in selected]
    assert window.editor.tabs.currentWidget() is window.editor.assignments
    only_function = next(
        (f for f in gaps.model.findings() if f.function_id and not f.assignment_ids), None
    )
    if only_function is not None:
        window.show_finding(only_function)
        assert [e.id for e in window.editor.functions.selected_entities()] == [
            only_function.function_id
        ]


def test_gaps_filters(window: MainWindow) -> None:
    gaps = window.gaps
    total = gaps.proxy.rowCount()
    gaps.set_filters(severity=Severity.CRITICAL)
    assert all(f.severity is Severity.CRITICAL for f in gaps.visible_findings())
    gaps.set_filters(rule="coverage_gap")
    assert all(f.rule == "coverage_gap" for f in gaps.visible_findings())
    some_function = next(f.function for f in gaps.model.findings() if f.function)
    gaps.set_filters(function=some_function)
    assert gaps.visible_findings()
    assert all(f.function == some_function for f in gaps.visible_findings())
    gaps.set_filters()
    assert gaps.proxy.rowCount() == total


def test_row_actions_multi_select_duplicate_and_delete(
    window: MainWindow, workspace_path: Path
) -> None:
    plan = window.plan
    assert plan is not None
    table = window.editor.functions
    window.editor.show_table(table)
    table.view.selectAll()
    n = table.model.rowCount()
    copies = window.editor.duplicate_rows(table)
    assert len(copies) == n
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and len(stored.functions) == 2 * n
    assert len({f.name.casefold() for f in stored.functions}) == 2 * n
    window.undo()
    assert len(stored_plan(workspace_path, plan.id).functions) == n  # type: ignore[union-attr]
    # deleting a function removes its assignments too, in one undoable step
    table.select_entity(plan.functions[0].id)
    before = len(plan.assignments)
    dependants = sum(1 for s in plan.assignments if s.function_id == plan.functions[0].id)
    assert window.editor.delete_rows(table)
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and len(stored.assignments) == before - dependants
    window.undo()
    stored = stored_plan(workspace_path, plan.id)
    assert stored is not None and stored == plan


def test_the_exported_gaps_sheet_is_judged_as_of_the_gaps_panels_day(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    """The workbook says what the window shows: the Gaps sheet as of the panel's As of day."""
    service = window.service
    assert service is not None
    window.select_plan(service.find_plan_id("Kandora (template)"))
    window.session.set_as_of(date(2027, 1, 15))
    book = tmp_path / "kandora.xlsx"
    with qtbot.waitSignal(window.operations.ended, timeout=60000):
        window.export_workbook(book)
    sheet = openpyxl.load_workbook(book, read_only=True)["Gaps"]
    text = "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "still Planned on 15 Jan 2027" in text
