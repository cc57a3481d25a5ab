"""The timeline view and the v2 model on a real widget: the area list in the toolbar, hovering
and clicking a handover (its item, from → to, due day and status shown and announced)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.charts.plans import small_plan
from tests.charts.test_timeline_v2 import area_plan
from transition_planner.domain.analysis import analyse
from transition_planner.ui.timeline_view import TimelineView


@pytest.fixture
def view(qtbot):
    widget = TimelineView()
    widget.today = None
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    plan = area_plan()
    widget.set_data(plan, analyse(plan))
    widget.canvas.draw()
    return widget


def functions_shown(view: TimelineView) -> list[str]:
    assert view.series is not None
    return [r.label for r in view.series.rows if r.kind == "function"]


def test_the_area_list_filters_the_rows(view) -> None:
    combo = view.area_combo
    assert view.area_action.isVisible()
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["All areas", "Country-wide", "South Kivu", "Ituri"]
    assert len(functions_shown(view)) == 3
    combo.setCurrentIndex(items.index("Ituri"))
    assert view.area == "Ituri" and functions_shown(view) == ["Protection (Ituri)"]
    view.set_area("")
    assert combo.currentText() == "Country-wide" and functions_shown(view) == ["Good offices"]
    # an edit of the same plan keeps the area shown
    plan = area_plan()
    view.set_data(plan, analyse(plan))
    assert functions_shown(view) == ["Good offices"]
    view.set_area(None)
    assert combo.currentIndex() == 0 and len(functions_shown(view)) == 3
    # a plan without areas: no list, every function
    view.set_area("Ituri")
    plain = small_plan()
    view.set_data(plain, analyse(plain))
    assert not view.area_action.isVisible() and view.area is None
    assert len(functions_shown(view)) == 3


def test_a_handover_is_described_and_announced(view) -> None:
    assert view.series is not None and view.artists is not None
    art = view.artists
    index, mark = next(
        (i, m) for i, m in enumerate(view.series.handovers) if m.due == date(2023, 1, 15)
    )
    x = art.x_of(mark.due) + 0.5
    point = view.widget_point(x, mark.y)
    point.setX(point.x() + art.handover_dx[index] * art.figure.dpi / 72 / view.canvas.ratio)
    QTest.mouseMove(view.canvas, point.toPoint())
    text = view.hover_text
    assert "Item Done" in text and "Force → FARDC" in text
    assert "15 Jan 2023" in text and "Done" in text and "Chief of staff" in text
    QTest.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    selected = view.selected_handover()
    assert selected is not None and selected.id == mark.id
    said = view.canvas.accessibleDescription()
    assert said == view.selected_label.text()
    assert "Item Done" in said and "from Force to FARDC" in said and "15 Jan 2023" in said
    # a handover without a receiver says so
    assert view.select_handover("h0")
    assert "no receiver yet" in view.canvas.accessibleDescription()
    assert not view.select_handover("h-late")  # due after the horizon: not on the chart
    # a handover of no function is on its sender's presence, and says no function
    assert view.select_handover("h-archives")
    assert "Archives" in view.canvas.accessibleDescription()


def test_the_keyboard_steps_through_the_handovers(view) -> None:
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_H)
    first = view.selected_handover()
    assert first is not None and first.due == date(2022, 6, 30)
    assert first.item in view.canvas.accessibleDescription()
    QTest.keyClick(view.canvas, Qt.Key.Key_H)
    QTest.keyClick(view.canvas, Qt.Key.Key_H)
    third = view.selected_handover()
    assert third is not None and third.due == date(2023, 1, 1)  # the archives
    QTest.keyClick(view.canvas, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    back = view.selected_handover()
    assert back is not None and back.due == date(2022, 6, 30) and back.id != first.id
    # the arrows still go from bar to bar
    QTest.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.selected_bar() is not None


def legend_words(view: TimelineView) -> list[str]:
    from transition_planner.charts.textlayer import TextLayer

    layers = [a for a in view.legend_figure.artists if isinstance(a, TextLayer)]
    return [w for layer in layers for w in layer.texts()]


def test_the_legend_follows_the_handovers_of_an_edit(view) -> None:
    from dataclasses import replace

    assert view.legend_area.isVisible()
    plan = area_plan()
    done_only = replace(plan, handovers=plan.handovers[2:3])
    view.set_data(done_only, analyse(done_only))
    words = legend_words(view)
    assert "Handover done" in words and "Handover lost" not in words
    # the same actors, one more handover status: the legend is drawn again
    view.set_data(plan, analyse(plan))
    assert "Handover lost" in legend_words(view)
