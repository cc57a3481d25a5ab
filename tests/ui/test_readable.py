"""What the window shows reads whole: a plan the size of the Mali one in the tables at 1366×768
(no name or date cut off; the notes take what is left) and on the timeline at 1600×1000 with the
gaps panel open (rows of a readable height that scroll, every row in view labelled, a legend
that folds away)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.charts.plans import mali_plan
from transition_planner.services import PlanningService
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import TIMELINE_LEGEND, Settings
from transition_planner.ui.table_specs import ColumnKind
from transition_planner.ui.timeline_view import LEGEND_ROOM, LEGEND_SHARE, MIN_ROW_PX


@pytest.fixture
def mali_window(qtbot: Any, tmp_path: Path, answers: Any) -> Iterator[MainWindow]:
    service = PlanningService.open(tmp_path / "mali.tpw", create=True)
    plan = mali_plan()
    service.create_plan(plan)
    window = MainWindow(settings=Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.set_service(service)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_no_name_or_date_is_cut_off_in_the_tables_at_1366_by_768(
    mali_window: MainWindow, qtbot: Any
) -> None:
    window = mali_window
    window.resize(1366, 768)
    qtbot.wait(20)
    cut: list[str] = []
    for table in window.editor.tables:
        window.editor.show_table(table)
        table.fit_columns()
        header = table.view.horizontalHeader()
        metrics = table.view.fontMetrics()
        for c, col in enumerate(table.model.columns):
            if col.kind is ColumnKind.NOTES:
                continue
            width = header.sectionSize(c)
            texts = [
                str(table.model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                for r in range(table.model.rowCount())
            ]
            texts.append(col.title())
            for text in texts:
                if metrics.horizontalAdvance(text) + 8 > width:
                    cut.append(f"{table.title}.{col.field}: {text!r} in {width}px")
        # the notes column comes last and takes the width that is left
        notes = table.model.column_of("notes")
        assert header.stretchLastSection() and notes == table.model.columnCount() - 1
    assert cut == []


def test_the_timeline_keeps_rows_readable_and_scrolls(mali_window: MainWindow, qtbot: Any) -> None:
    window = mali_window
    window.resize(1600, 1000)
    window.views.setCurrentWidget(window.views.timeline_host)
    qtbot.waitUntil(lambda: window.timeline is not None and window.timeline.artists is not None)
    timeline = window.timeline
    assert timeline is not None and timeline.artists is not None
    qtbot.wait(50)  # let the canvas take its size
    art = timeline.artists
    bottom, top = art.ax.get_ylim()
    px_per_row = art.ax.bbox.height / timeline.canvas.ratio / (bottom - top)
    assert px_per_row >= MIN_ROW_PX - 0.5
    # more rows than fit: the scroll bar shows and moves through them
    assert art.series.total_height > bottom - top
    assert timeline.rows_bar.isVisible()
    labels_before = set(art.shown_row_labels())
    timeline.rows_bar.setValue(timeline.rows_bar.maximum())
    new_bottom, new_top = art.ax.get_ylim()
    assert new_top > top and new_bottom - new_top == pytest.approx(bottom - top)
    labels_after = set(art.shown_row_labels())
    assert labels_after != labels_before
    # every function row in view has its label
    in_view = [
        r
        for r in art.series.rows
        if r.kind in ("function", "category") and new_top <= r.center <= new_bottom
    ]
    assert in_view and all(
        any(label.startswith(r.label[:20]) for label in labels_after) for r in in_view
    )


def test_the_legend_folds_away_and_stays_folded(mali_window: MainWindow, qtbot: Any) -> None:
    window = mali_window
    window.resize(1600, 1000)
    window.views.setCurrentWidget(window.views.timeline_host)
    qtbot.waitUntil(lambda: window.timeline is not None and window.timeline.artists is not None)
    timeline = window.timeline
    assert timeline is not None
    # until the planner chooses, the legend shows only where the rows can spare the room
    assert timeline.legend_auto
    assert timeline.legend_area.isVisible() == (timeline.height() >= LEGEND_ROOM)
    if not timeline.legend_area.isVisible():
        timeline.legend_button.click()
        qtbot.wait(20)
    assert timeline.legend_area.isVisible() and not timeline.legend_auto
    assert timeline.legend_area.height() <= timeline.height() * LEGEND_SHARE + 1
    chart_before = timeline.canvas.height()
    timeline.legend_button.click()
    qtbot.wait(20)
    assert not timeline.legend_area.isVisible()
    assert timeline.canvas.height() > chart_before  # the rows get the room
    window.save_state()
    assert window.settings.get(TIMELINE_LEGEND) is False
    window.resize(2560, 1440)  # the planner's choice holds whatever the size
    qtbot.wait(20)
    assert not timeline.legend_area.isVisible()
