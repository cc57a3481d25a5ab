"""Keyboard and screen readers: no two actions share a shortcut, Tab follows the layout, every
part has an accessible name and description, the timeline's selected bar is announced, focus is
visible, and the window reads in dark and high-contrast palettes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTableView,
    QWidget,
)

from transition_planner.i18n import format_day
from transition_planner.ui.editors import DateEdit
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.palette import contrast, error_colors
from transition_planner.ui.timeline_view import TimelineView


def shortcuts_of(window: MainWindow) -> dict[str, list[str]]:
    window.views.build_all()
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                name = action.objectName() or action.text()
                found[key.toString(QKeySequence.SequenceFormat.PortableText)].append(name)
    return found


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    found = shortcuts_of(window)
    clashes = {key: names for key, names in found.items() if len(names) > 1}
    assert clashes == {}
    # what the issue found clashing: Ctrl+0 is the timeline's alone now
    assert found["Ctrl+0"] == ["Fit horizon"]
    assert found["Ctrl+B"] == ["focusBrowser"]
    assert len(found) >= 25  # every action of the table and the views is there


def test_ctrl_0_on_the_focused_timeline_fits_the_horizon(window: MainWindow, qtbot: Any) -> None:
    window.views.setCurrentWidget(window.views.timeline_host)
    qtbot.waitUntil(lambda: window.timeline is not None and window.timeline.artists is not None)
    timeline = window.timeline
    assert isinstance(timeline, TimelineView) and timeline.artists is not None
    window.activateWindow()
    timeline.canvas.setFocus()
    timeline.zoom(0.25)
    assert timeline.artists.ax.get_xlim() != pytest.approx(timeline.artists.fit_limits())
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert timeline.artists.ax.get_xlim() == pytest.approx(timeline.artists.fit_limits())
    # and Ctrl+B, wherever the focus is, goes to the plans
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.browser.view


def test_tab_follows_the_layout(window: MainWindow, qtbot: Any) -> None:
    window.views.setCurrentWidget(window.editor)
    window.activateWindow()
    window.browser.search.setFocus()
    seen: list[QWidget] = []
    for _ in range(40):
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(focus)
        if focus is window.editor.current_table().view:
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    form = window.editor.settings_form
    table = window.editor.current_table()
    expected = [
        window.browser.search,
        window.browser.view,
        form.name,
        form.country,
        form.description,
        form.horizon_start.line,
        form.horizon_end.line,
        form.min_overlap,
        form.cliff,
        form.apply_button,
        table.filter,
        table.add_button,
        table.view,
    ]
    positions = [next(i for i, w in enumerate(seen) if w is e) for e in expected if e in seen]
    assert len(positions) == len(expected), [type(w).__name__ for w in seen]
    assert positions == sorted(positions)
    assert any(isinstance(w, QTabBar) for w in seen[2 : positions[2]])  # the views' tabs
    # Tab stays in the table (cell to cell); F6 goes on to the gaps panel
    qtbot.keyClick(table.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table.view
    qtbot.keyClick(table.view, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.gaps.view
    qtbot.keyClick(window.gaps.view, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.browser.view


def test_every_part_has_an_accessible_name_and_description(window: MainWindow) -> None:
    window.views.build_all()
    for table in window.editor.tables:
        assert table.view.accessibleName() == table.title
        assert "Tab" in table.view.accessibleDescription()
        cell = table.model.index(0, 0)
        if cell.isValid():
            spoken = str(cell.data(Qt.ItemDataRole.AccessibleTextRole))
            assert spoken.startswith(table.model.column(0).title() + ": ")
    gaps = window.gaps
    assert gaps.view.accessibleName() and gaps.view.accessibleDescription()
    assert gaps.score_label.accessibleName() == "Continuity score"
    assert "Critical" in gaps.counts_label.accessibleDescription()
    finding = gaps.proxy.index(0, 0)
    assert finding.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    timeline, dashboard = window.timeline, window.dashboard
    assert timeline is not None and dashboard is not None
    for widget in (timeline.canvas, dashboard.canvas):
        assert widget.accessibleName() and widget.accessibleDescription()
    assert timeline.legend_canvas.accessibleName()
    window.views.setCurrentWidget(window.editor)
    missing = []
    for w in (
        window.findChildren(QLineEdit)
        + window.findChildren(QComboBox)
        + window.findChildren(QTableView)
    ):
        if isinstance(w.parent(), QComboBox) or w.objectName().startswith("qt_"):
            continue
        if not w.accessibleName() and not isinstance(w.parent(), DateEdit) and w.isVisible():
            missing.append(repr(w))
    assert missing == []
    unlabeled = [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible()
        and not (b.text() or b.accessibleName())
        and not b.objectName().startswith("qt_")
    ]
    assert unlabeled == []


def test_the_timeline_announces_the_selected_bar(window: MainWindow, qtbot: Any) -> None:
    window.views.setCurrentWidget(window.views.timeline_host)
    qtbot.waitUntil(lambda: window.timeline is not None and window.timeline.series is not None)
    timeline = window.timeline
    assert timeline is not None and timeline.series is not None
    window.activateWindow()
    timeline.canvas.setFocus(Qt.FocusReason.TabFocusReason)  # Tab to the chart
    first = timeline.selected_bar()
    assert first is not None
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_Right)
    bar = timeline.selected_bar()
    assert bar is not None and bar.function_id == first.function_id and bar.start > first.start
    said = timeline.canvas.accessibleDescription()
    assert bar.function_name in said and bar.actor_name in said
    assert format_day(bar.own_start) in said
    assert timeline.selected_label.text() == said
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_Down)
    below = timeline.selected_bar()
    assert below is not None and below.function_id != bar.function_id
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_Return)
    selected = window.editor.assignments.selected_entities()
    assert [e.id for e in selected] == [below.id]


def _has_color(image: Any, color: QColor, xs: range, y: int) -> bool:
    return any(QColor(image.pixel(x, y)) == color for x in xs)


def test_focus_is_visible_on_the_chart_and_in_the_tables(window: MainWindow, qtbot: Any) -> None:
    window.views.setCurrentWidget(window.views.timeline_host)
    qtbot.waitUntil(lambda: window.timeline is not None and window.timeline.artists is not None)
    timeline = window.timeline
    assert timeline is not None
    highlight = timeline.canvas.palette().color(QPalette.ColorRole.Highlight)
    window.activateWindow()
    window.browser.view.setFocus()
    mid = timeline.canvas.height() // 2
    unfocused = timeline.canvas.grab().toImage()
    timeline.canvas.setFocus()
    qtbot.waitUntil(timeline.canvas.hasFocus)
    focused = timeline.canvas.grab().toImage()
    assert _has_color(focused, highlight, range(0, 3), mid)
    assert not _has_color(unfocused, highlight, range(0, 3), mid)
    # the current cell of a table with the keyboard is framed
    window.views.setCurrentWidget(window.editor)
    table = window.editor.presences
    window.editor.show_table(table)
    table.view.setFocus()
    table.view.setCurrentIndex(table.proxy.index(0, 2))
    qtbot.waitUntil(table.view.hasFocus)
    rect = table.view.visualRect(table.proxy.index(0, 2))
    image = table.view.viewport().grab().toImage()
    frame = table.view.palette().color(QPalette.ColorRole.HighlightedText)
    assert _has_color(image, frame, range(rect.left(), rect.right()), rect.top() + 1)


DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#121212",
    QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#000000",
}
HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#000000",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
}


@pytest.fixture
def palette_restored(qapp: Any) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


@pytest.mark.parametrize("roles", [DARK, HIGH_CONTRAST], ids=["dark", "high-contrast"])
def test_dark_and_high_contrast_palettes(
    window: MainWindow, qtbot: Any, qapp: Any, palette_restored: None, roles: dict[Any, str]
) -> None:
    window.views.build_all()
    palette = QPalette(qapp.palette())
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    qapp.setPalette(palette)
    qapp.processEvents()
    timeline, dashboard = window.timeline, window.dashboard
    assert timeline is not None and dashboard is not None
    assert timeline.theme.dark and dashboard.theme.dark
    base = window.editor.presences.view.palette().color(QPalette.ColorRole.Base)
    fg, bg = error_colors(window.editor.presences.view.palette())
    assert contrast(fg, base) >= 4.5 and contrast(fg, bg) >= 4.5
    # nothing of ours paints text on a colour of its own choosing
    assert window.banner.welcome.styleSheet() == ""
    assert "#" not in window.banner.welcome.text()
    note = window.banner.welcome
    assert (
        contrast(
            note.palette().color(QPalette.ColorRole.WindowText),
            note.palette().color(note.backgroundRole()),
        )
        >= 4.5
    )
