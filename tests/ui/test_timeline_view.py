"""The timeline view on a real widget: hover, click, zoom, edge drag, highlights, palette."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.charts.plans import big_plan, outliving_plan, small_plan
from transition_planner.charts.timeline import span_of
from transition_planner.domain.analysis import analyse
from transition_planner.ui.timeline_view import TimelineView


@pytest.fixture
def view(qtbot):
    widget = TimelineView()
    widget.today = None
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    plan = small_plan()
    widget.set_data(plan, analyse(plan))
    widget.canvas.draw()
    return widget


def _bar_point(view: TimelineView, bar_id: str, where: float = 0.5) -> QPoint:
    art = view.artists
    bar = view.series.bar(bar_id)
    x0, x1, y0, y1 = span_of(art, bar)
    return view.widget_point(x0 + (x1 - x0) * where, (y0 + y1) / 2).toPoint()


def test_hover_shows_details_by_blitting(view):
    draws, blits = view.draw_count, view.blit_count
    QTest.mouseMove(view.canvas, _bar_point(view, "s-pol"))
    assert "A Police" in view.hover_text
    assert "Police" in view.hover_text and "Capacity: 100" in view.hover_text
    assert "Secured" in view.hover_text
    assert view.blit_count > blits
    assert view.draw_count == draws  # no full redraw on hover
    # over the coverage gap: its length and dates
    gap = next(g for g in view.series.gaps if g.rule == "coverage_gap")
    x0, x1, y0, y1 = span_of(view.artists, gap)
    QTest.mouseMove(view.canvas, view.widget_point((x0 + x1) / 2, (y0 + y1) / 2).toPoint())
    assert "Coverage gap" in view.hover_text and "151 days" in view.hover_text
    # over a milestone line, outside any bar (in the lead lane's gap of Jan–Feb 2021)
    art = view.artists
    milestone = view.series.milestones[0]
    lead = view.series.lead_row
    QTest.mouseMove(
        view.canvas, view.widget_point(art.x_of(milestone.day), lead.y0 + 0.05).toPoint()
    )
    assert "Elections" in view.hover_text or "DPPA" in view.hover_text
    assert view.draw_count == draws


def test_click_on_bar_emits_its_id(view, qtbot):
    with qtbot.waitSignal(view.assignmentClicked, timeout=2000) as blocker:
        QTest.mouseClick(
            view.canvas,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            _bar_point(view, "s-undp"),
        )
    assert blocker.args == ["s-undp"]
    assert view.artists.highlight is not None and view.artists.highlight.get_visible()


def test_wheel_zooms_the_time_axis(view):
    lo, hi = view.artists.ax.get_xlim()
    ylim = view.artists.ax.get_ylim()
    pos = QPointF(_bar_point(view, "s-pol"))
    event = QWheelEvent(
        pos,
        QPointF(view.canvas.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.canvas, event)
    new_lo, new_hi = view.artists.ax.get_xlim()
    assert new_hi - new_lo < (hi - lo) * 0.8
    assert view.artists.ax.get_ylim() == ylim  # rows unchanged
    view.fit_horizon()
    assert view.artists.ax.get_xlim() == pytest.approx(view.artists.fit_limits())


def test_drag_of_an_edge_emits_new_dates(view, qtbot):
    art = view.artists
    bar = view.series.bar("s-pol")
    y = bar.y0 + bar.height / 2
    start = view.widget_point(art.x_of(bar.end) + 1, y).toPoint()
    target = view.widget_point(art.x_of(date(2021, 1, 31)) + 1, y).toPoint()
    with qtbot.waitSignal(view.assignmentDatesDragged, timeout=2000) as blocker:
        QTest.mousePress(
            view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
        )
        QTest.mouseMove(view.canvas, QPoint((start.x() + target.x()) // 2, start.y()))
        QTest.mouseMove(view.canvas, target)
        QTest.mouseRelease(
            view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target
        )
    assert blocker.args[0] == "s-pol"
    assert blocker.args[1] == date(2020, 1, 1)
    # one pixel is a few days at this zoom: the new end is within a pixel of the target
    px_days = (art.ax.get_xlim()[1] - art.ax.get_xlim()[0]) / art.ax.bbox.width
    assert abs((blocker.args[2] - date(2021, 1, 31)).days) <= px_days + 1


def test_drag_on_empty_space_pans_without_signals(view, qtbot):
    art = view.artists
    lo, hi = art.ax.get_xlim()
    # empty space: the Mine action row in 2020 (not required, no bar)
    row = view.series.function_row("f-mine")
    a = view.widget_point(art.x_of(date(2020, 6, 1)), row.center).toPoint()
    b = QPoint(a.x() + 150, a.y())
    with (
        qtbot.assertNotEmitted(view.assignmentClicked),
        qtbot.assertNotEmitted(view.assignmentDatesDragged),
    ):
        QTest.mousePress(view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
        QTest.mouseMove(view.canvas, b)
        QTest.mouseRelease(
            view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b
        )
    new_lo, new_hi = art.ax.get_xlim()
    assert new_lo < lo and new_hi - new_lo == pytest.approx(hi - lo)


def test_highlights_scroll_into_view(view):
    art = view.artists
    # zoom far into 2020, then ask for the government police bar (2021–2022)
    art.ax.set_xlim(art.x_of(date(2020, 2, 1)), art.x_of(date(2020, 4, 1)))
    assert view.highlight_assignment("s-gov")
    lo, hi = art.ax.get_xlim()
    bar = view.series.bar("s-gov")
    x0, x1, _y0, _y1 = span_of(art, bar)
    assert lo <= x0 and x1 <= hi
    h = art.highlight
    assert h.get_visible() and (h.get_x(), h.get_width()) == pytest.approx((x0, x1 - x0))
    assert not view.highlight_assignment("nope")

    assert view.highlight_function("f-rights")
    assert art.row_highlight.get_visible()
    assert art.row_highlight.get_y() == view.series.function_row("f-rights").y0

    gap = next(f for f in view.analysis.findings if f.rule == "coverage_gap")
    assert view.show_finding(gap)
    x0, x1, y0, _y1 = span_of(art, next(g for g in view.series.gaps if g.finding == gap))
    assert (h.get_x(), h.get_y()) == pytest.approx((x0, y0))
    lead = next(f for f in view.analysis.findings if f.rule == "lead_change")
    assert view.show_finding(lead)
    assert h.get_y() == pytest.approx(view.series.lead_row.y0)


def test_set_data_keeps_zoom_and_selection_after_an_edit(view):
    art = view.artists
    art.ax.set_xlim(art.x_of(date(2021, 1, 1)), art.x_of(date(2021, 6, 1)))
    view.highlight_assignment("s-gov")
    xlim = view.artists.ax.get_xlim()
    plan = view.plan
    from dataclasses import replace

    edited = replace(
        plan,
        assignments=tuple(
            replace(a, end=date(2022, 6, 30)) if a.id == "s-gov" else a for a in plan.assignments
        ),
    )
    view.set_data(edited, analyse(edited))
    assert view.artists.ax.get_xlim() == pytest.approx(xlim)
    assert view.artists.highlight is not None and view.artists.highlight.get_visible()
    assert view.series.bar("s-gov").end == date(2022, 6, 30)


def test_follows_a_dark_palette(view):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    view.setPalette(palette)
    assert view.theme.dark
    assert view.figure.get_facecolor()[:3] == pytest.approx((0x20 / 255,) * 3)
    view.setPalette(QPalette(QColor("#ffffff")))
    assert not view.theme.dark


def test_big_plan_set_data(qtbot):
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    plan = big_plan(2000)
    widget.set_data(plan, analyse(plan))
    widget.canvas.draw()
    assert len(widget.series.bars) == 2000
    # rows scroll: only as many as fit are in view, and Shift+wheel moves down
    bottom, top = widget.artists.ax.get_ylim()
    assert bottom - top < widget.series.total_height
    widget.scroll_rows(10)
    assert widget.artists.ax.get_ylim()[1] > top


def test_outside_presence_and_drawdown_hover_and_show(view):
    plan = outliving_plan()
    view.set_data(plan, analyse(plan))
    view.canvas.repaint()  # the pending idle draw, now
    QApplication.processEvents()
    art, series = view.artists, view.series
    (outside,) = series.outside
    draws = view.draw_count
    point = view.widget_point(art.x_of(date(2021, 3, 1)), outside.y).toPoint()
    QTest.mouseMove(view.canvas, point)
    assert "Outside its presence" in view.hover_text and "151 days" in view.hover_text
    assert "A Police" in view.hover_text
    (drawdown,) = series.drawdowns
    QTest.mouseMove(
        view.canvas, view.widget_point(art.x_of(date(2021, 2, 15)), drawdown.y).toPoint()
    )
    assert "Drawdown 91 days before an election" in view.hover_text
    assert view.draw_count == draws  # hovering never redraws
    finding = next(f for f in view.analysis.findings if f.rule == "drawdown_before_election")
    assert view.show_finding(finding)
    x0, _x1, y0, _y1 = span_of(art, drawdown)
    h = art.highlight
    assert h.get_visible() and (h.get_x(), h.get_y()) == pytest.approx((x0, y0))
    finding = next(f for f in view.analysis.findings if f.rule == "outlives_presence")
    assert view.show_finding(finding)
    assert h.get_x() == pytest.approx(art.x_of(date(2021, 1, 1)))


def test_redraw_after_an_edit_reuses_the_axes_and_draws_once(view, qtbot):
    ax = view.artists.ax
    plan = outliving_plan()
    draws = view.draw_count
    view.set_data(plan, analyse(plan))
    view.canvas.repaint()
    assert view.draw_count == draws + 1
    assert view.artists.ax is ax  # same axes: its ticks are kept
    assert "A Police · 100" in view.artists.shown_labels()
