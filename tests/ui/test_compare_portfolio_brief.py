"""The Compare and Portfolio views and File → Export brief, on a real window over a real workspace
in tmp_path (the example plans, and an option of Haiti made as a planner would)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from transition_planner.domain.enums import Severity
from transition_planner.domain.findings import Finding
from transition_planner.services.compare import compare_plans, match_key
from transition_planner.services.portfolio import portfolio
from transition_planner.ui.brief_flow import BriefDialog
from transition_planner.ui.compare_view import CompareView
from transition_planner.ui.gaps_panel import FINDING_ROLE
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.portfolio_model import ID_ROLE
from transition_planner.ui.portfolio_view import PortfolioView

from .conftest import Answers

OPTION = "Haiti — option B: 90-day overlap"


def add_option(window: MainWindow) -> tuple[str, str]:
    """Haiti and an option of it whose closed assignments last 90 days longer: (ids)."""
    service = window.service
    assert service is not None
    haiti = service.find_plan_id("Haiti")
    copy = service.draft_copy(haiti, OPTION)
    longer = tuple(
        replace(a, end=a.end + timedelta(days=90)) if a.end is not None else a
        for a in copy.assignments
    )
    service.create_plan(replace(copy, assignments=longer))
    return haiti, service.find_plan_id(OPTION)


def compared(window: MainWindow, qtbot: Any, a: str, b: str) -> CompareView:
    window.compare_plans(a, b)
    view = window.views.compare
    assert view is not None
    qtbot.waitUntil(
        lambda: (
            view.result is not None
            and (view.result.comparison.a.id, view.result.comparison.b.id) == (a, b)
        ),
        timeout=30000,
    )
    return view


def double_click(qtbot: Any, view: QAbstractItemView, index: Any) -> None:
    """As a hand does it: a press and release, then the second press that is the double-click
    (QTest's double-click alone sends no first press, and a view acts on the index pressed)."""
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def keys(findings: Any) -> list[Any]:
    return sorted(match_key(f) for f in findings)


def listed(view: CompareView, key: str) -> list[Finding]:
    model = view.models[key]
    return [model.finding(r) for r in range(model.rowCount())]


def test_compare_lists_and_scores_are_the_services(window: MainWindow, qtbot: Any) -> None:
    a, b = add_option(window)
    view = compared(window, qtbot, a, b)
    assert window.views.currentWidget() is window.views.compare_host
    assert view.plan_ids() == (a, b)
    service = window.service
    assert service is not None
    expected = compare_plans(service, a, b, date.today())
    assert keys(listed(view, "only_a")) == keys(expected.only_a)
    assert keys(listed(view, "only_b")) == keys(expected.only_b)
    assert keys(listed(view, "both")) == keys(fa for fa, _ in expected.both)
    assert expected.only_b, "the option changes something"
    assert view.titles["only_b"].text() == f"Only in B: {len(expected.only_b)}"
    text = view.scores.text()
    for score in (expected.score_a, expected.score_b):
        assert score is not None and f"{score:.1f}" in text
    assert expected.score_delta is not None and f"{expected.score_delta:+.1f}" in text
    # both timelines on one chart: every function of either plan has a row with both lanes
    assert view.artists is not None
    names = set(view.artists.row_names)
    assert {f.name for f in service.plan(a).functions} <= names

    # swapping exchanges the lists
    view.swap()
    qtbot.waitUntil(lambda: view.result is not None and view.result.comparison.a.id == b)
    assert keys(listed(view, "only_a")) == keys(expected.only_b)

    window.close_workspace()
    assert view.result is None and view.box_a.count() == 0
    assert all(model.rowCount() == 0 for model in view.models.values())


def test_a_finding_leads_to_its_place_in_its_plan(window: MainWindow, qtbot: Any) -> None:
    a, b = add_option(window)
    view = compared(window, qtbot, a, b)
    only_b = view.lists["only_b"]
    index = only_b.model().index(0, 0)
    finding = index.data(FINDING_ROLE)
    assert isinstance(finding, Finding)
    double_click(qtbot, only_b, index)
    qtbot.waitUntil(lambda: window.session.plan_id == b and window.analysis is not None)
    assert window.browser.current_plan_id() == b
    assert window.views.currentWidget() is window.views.timeline_host
    current = window.gaps.view.currentIndex().data(FINDING_ROLE)
    assert isinstance(current, Finding) and match_key(current) == match_key(finding)

    # Enter on a finding in both: plan A, back in the Compare view
    window.compare_plans(a, b)
    qtbot.waitUntil(lambda: view.result is not None)
    both = view.lists["both"]
    both.setFocus()
    both.setCurrentIndex(both.model().index(0, 0))
    wanted = both.currentIndex().data(FINDING_ROLE)
    qtbot.keyClick(both, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.plan_id == a)
    current = window.gaps.view.currentIndex().data(FINDING_ROLE)
    assert isinstance(current, Finding) and match_key(current) == match_key(wanted)


def test_compare_with_on_the_plan_browsers_menu(window: MainWindow, qtbot: Any) -> None:
    service = window.service
    assert service is not None
    haiti, sudan = service.find_plan_id("Haiti"), service.find_plan_id("Sudan")
    menu = window.browser.context_menu(haiti)
    submenu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    names = [a.text() for a in submenu.actions()]
    assert names == ["Kandora (template)", "Sudan"]  # every other plan, not Haiti itself
    next(a for a in submenu.actions() if a.text() == "Sudan").trigger()
    view = window.views.compare
    assert view is not None
    qtbot.waitUntil(
        lambda: view.result is not None and view.result.comparison.b.id == sudan, timeout=30000
    )
    assert view.plan_ids() == (haiti, sudan)


def shown_portfolio(window: MainWindow, qtbot: Any) -> PortfolioView:
    window.action("showPortfolio").trigger()
    view = window.views.portfolio
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=30000)
    return view


def test_portfolio_rows_are_the_workspaces_plans(window: MainWindow, qtbot: Any) -> None:
    add_option(window)
    window.action("showPortfolio").trigger()
    # the plans are analysed in the background: the window is not held while they are
    assert "Analysing the plans of the workspace…" in window.operations.running()
    view = shown_portfolio(window, qtbot)
    service = window.service
    assert service is not None
    expected = portfolio(service)
    model = view.model
    assert [r.plan.name for r in model.rows] == [r.plan.name for r in expected]
    assert sorted(r.plan.name for r in model.rows) == sorted(s.name for s in service.plans())
    for mine, theirs in zip(model.rows, expected, strict=True):
        assert mine.continuity_score == theirs.continuity_score
        assert mine.counts == theirs.counts
        assert mine.headquarters == theirs.headquarters
        row = model.rows.index(mine)
        assert model.index(row, model.COL_CRITICAL).data() == str(theirs.counts[Severity.CRITICAL])
        assert model.index(row, model.COL_HQ).data().startswith(theirs.headquarters.name)
    # the chart has a row per plan, in the table's order
    assert view.artists is not None
    chart = [r.entry.plan.id for r in view.artists.series.plan_rows() if r.entry]
    assert chart == [r.plan.id for r in model.rows]

    # the region's filter
    regions = [view.region_box.itemText(i) for i in range(view.region_box.count())]
    assert regions[1:] == ["Africa I", "Americas", "Eastern Africa"]
    view.set_region("Americas")
    assert [r.plan.name for r in model.rows] == ["Haiti", OPTION]
    assert [r.plan.name for r in portfolio(service, region="Americas")] == ["Haiti", OPTION]
    assert len(view.artists.series.plan_rows()) == 2
    view.set_region(None)
    assert model.rowCount() == 4

    # a closed workspace leaves nothing behind in the workspace views
    window.close_workspace()
    assert model.rowCount() == 0 and view.region_box.count() == 1


def test_portfolio_double_click_opens_the_plan(window: MainWindow, qtbot: Any) -> None:
    view = shown_portfolio(window, qtbot)
    table = view.table
    row = next(r for r in range(view.model.rowCount()) if view.model.rows[r].plan.name == "Sudan")
    index = view.model.index(row, view.model.COL_PLAN)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    sudan = index.data(ID_ROLE)
    assert window.session.plan_id != sudan
    double_click(qtbot, table, index)
    qtbot.waitUntil(lambda: window.session.plan_id == sudan)
    assert window.plan is not None and window.plan.name == "Sudan"
    assert window.browser.current_plan_id() == sudan
    assert window.views.currentWidget() is window.views.timeline_host


def test_portfolio_picture_and_a_refused_one(
    window: MainWindow, qtbot: Any, answers: Answers, tmp_path: Path
) -> None:
    view = shown_portfolio(window, qtbot)
    for suffix, magic in (("png", b"\x89PNG"), ("pdf", b"%PDF")):
        target = tmp_path / f"portfolio.{suffix}"
        with qtbot.waitSignal(window.operations.ended, timeout=60000):
            view.export_picture(target)
        assert target.read_bytes().startswith(magic)
        assert str(target) in window.last_message
    bad = tmp_path / "portfolio.bmp"
    with qtbot.waitSignal(window.operations.ended, timeout=60000):
        view.export_picture(bad)
    assert not bad.exists()
    assert answers.warnings and ".bmp" in answers.warnings[-1][1]


def test_the_new_actions_and_their_shortcuts(window: MainWindow, qtbot: Any) -> None:
    keys = {
        "exportBrief": "Ctrl+Shift+B",
        "showCompare": "Ctrl+5",
        "showPortfolio": "Ctrl+6",
    }
    for action_id, key in keys.items():
        action = window.action(action_id)
        assert [
            k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()
        ] == [key]
    window.action("showCompare").trigger()
    assert window.views.currentWidget() is window.views.compare_host
    view = window.views.compare
    assert view is not None
    # A is the plan shown, B another plan
    qtbot.waitUntil(lambda: view.result is not None, timeout=30000)
    a, b = view.plan_ids()
    assert a == window.session.plan_id and b not in (None, a)
    window.select_plan(None)
    assert not window.action("exportBrief").isEnabled()


pdf_tools = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdfinfo", "pdftotext", "pdffonts")),
    reason="needs poppler-utils (scripts/bootstrap.py installs it)",
)


@pdf_tools
@pytest.mark.parametrize("language", ["en", "fr"])
def test_export_brief_writes_an_a4_pdf_of_at_most_two_pages(
    window: MainWindow, qtbot: Any, answers: Answers, tmp_path: Path, language: str
) -> None:
    from tests.brief.test_pdf import assert_a4_brief, pdf_text

    service = window.service
    assert service is not None
    window.select_plan(service.find_plan_id("Haiti"))
    target = tmp_path / f"brief-{language}.pdf"
    with qtbot.waitSignal(window.operations.ended, timeout=120000):
        window.export_brief(target, language)
    if answers.warnings:  # French refused: it must say so, and nothing is written
        assert language == "fr" and "translation" in answers.warnings[-1][1]
        assert not target.exists()
        return
    assert target.read_bytes().startswith(b"%PDF")
    assert_a4_brief(target)
    assert "Haiti" in pdf_text(target)
    assert "Wrote the brief of Haiti" in window.last_message
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_brief_refuses_a_missing_folder_and_writes_nothing(
    window: MainWindow, qtbot: Any, answers: Answers, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "brief.pdf"
    assert window.export_brief(target, "en") is None
    assert answers.warnings
    title, text = answers.warnings[-1]
    assert title == "Cannot write the brief" and "does not exist" in text
    assert not target.parent.exists()
    assert not window.operations.busy


def test_the_brief_dialog_asks_for_a_pdf_and_a_language(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    plan = window.plan
    assert plan is not None
    dialog = BriefDialog(plan, tmp_path, window)
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text().endswith(".pdf")
    languages = [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())]
    assert languages == ["English", "Français"]
    dialog.path_edit.setText(str(tmp_path / "for the HoM"))
    dialog.language_box.setCurrentIndex(1)
    request = dialog.request()
    assert request.path == tmp_path / "for the HoM.pdf"
    assert request.language == "fr"


def test_double_click_on_the_portfolio_chart_opens_the_plan(window: MainWindow, qtbot: Any) -> None:
    view = shown_portfolio(window, qtbot)
    art = view.artists
    assert art is not None
    view.canvas.draw()
    shown = window.session.plan_id
    row = next(r for r in art.series.plan_rows() if r.entry and r.entry.plan.id != shown)
    assert row.entry is not None
    # the middle of the chart on Haiti's row, as a point on the canvas widget
    x0, x1 = art.ax.get_xlim()
    px, py = art.ax.transData.transform(((x0 + x1) / 2, row.center))
    ratio = view.canvas.ratio
    pos = QPoint(int(px / ratio), int(view.canvas.height() - py / ratio))
    view.scroller.ensureVisible(pos.x(), pos.y())
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.session.plan_id == row.entry.plan.id)
    assert window.views.currentWidget() is window.views.timeline_host


def test_a_picture_over_the_workspace_is_refused(window: Any, answers: Any) -> None:
    """The timeline picture may not be written over the open workspace (nor its backups)."""
    service = window.service
    assert service is not None
    target = service.workspace.path
    before = target.read_bytes()
    assert window.export_picture(target) is None
    assert answers.warnings
    title, text = answers.warnings[-1]
    assert title.startswith("Cannot save") and "workspace" in text
    assert target.read_bytes() == before
