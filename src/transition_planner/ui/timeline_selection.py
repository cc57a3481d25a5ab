"""What is selected on the timeline, and the keys that move the selection: Left and Right from
bar to bar in a row, Up and Down from row to row, Enter selects the bar in the editor, + and −
zoom, Home shows the whole horizon. The selected bar is announced (its function, actor and
dates) to screen readers and written in the view's toolbar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from ..charts.series import AssignmentBar, DrawdownBracket, GapSpan, Marker, OutsideSpan
from ..charts.series_marks import Bridge, HandoverMark
from ..charts.timeline import span_of
from ..domain.findings import Finding
from .timeline_mouse import ZOOM_STEP
from .timeline_text import announce_bar, announce_handover

if TYPE_CHECKING:
    from .timeline_view import TimelineView

Selection = tuple[str, str] | tuple[str, Finding]


class TimelineSelection:
    """The selection part of a `TimelineView`."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self.selected: Selection | None = None

    def select_bar(self, assignment_id: str, *, scroll: bool) -> bool:
        if self.view.series is None:
            return False
        bar = self.view.series.bar(assignment_id)
        if bar is None:
            return False
        self.selected = ("assignment", assignment_id)
        self.apply(scroll=scroll)
        self.view.canvas.redraw()
        self.announce(bar)
        return True

    def announce(self, bar: AssignmentBar) -> None:
        text = announce_bar(bar)
        self.view.selected_label.setText(text)
        self.view.canvas.announce(text)

    def select_handover(self, handover_id: str) -> bool:
        mark = self._handover(handover_id)
        if mark is None:
            return False
        self.selected = ("handover", handover_id)
        self.apply(scroll=True)
        self.view.canvas.redraw()
        text = announce_handover(mark)
        self.view.selected_label.setText(text)
        self.view.canvas.announce(text)
        return True

    def _handover(self, handover_id: str) -> HandoverMark | None:
        series = self.view.series
        if series is None:
            return None
        return next((m for m in series.handovers if m.id == handover_id), None)

    def selected_handover(self) -> HandoverMark | None:
        if self.selected is None or self.selected[0] != "handover":
            return None
        ref = self.selected[1]
        return self._handover(ref) if isinstance(ref, str) else None

    def selected_bar(self) -> AssignmentBar | None:
        if self.view.series is None or self.selected is None or self.selected[0] != "assignment":
            return None
        ref = self.selected[1]
        return self.view.series.bar(ref) if isinstance(ref, str) else None

    def highlight_function(self, function_id: str) -> bool:
        """Highlight a function's row and scroll to it."""
        if self.view.series is None or self.view.series.function_row(function_id) is None:
            return False
        self.selected = ("function", function_id)
        self.apply(scroll=True)
        return True

    def show_finding(self, finding: Finding) -> bool:
        """Outline what a finding concerns (its span on its row) and scroll to it."""
        if self.view.series is None:
            return False
        self.selected = ("finding", finding)
        return self.apply(scroll=True)

    def clear(self) -> None:
        self.selected = None
        if self.view.artists is not None:
            self.view.artists.clear_highlight()
            self.view.canvas.redraw()

    def finding_span(self, finding: Finding) -> tuple[float, float, float, float] | None:
        art, s = self.view.artists, self.view.series
        assert art is not None and s is not None
        items: list[GapSpan | Marker | OutsideSpan | DrawdownBracket | Bridge] = [
            *s.gaps,
            *s.bridges,
            *s.markers,
            *s.outside,
            *s.drawdowns,
        ]
        for item in items:
            if item.finding == finding:
                return span_of(art, item)
        x0, x1 = art.x_of(finding.start), art.x_of(finding.end) + 1
        if finding.function_id and (row := s.function_row(finding.function_id)) is not None:
            return (x0, x1, row.y0, row.y1)
        if finding.rule == "lead_change":
            return (x0 - 2, x1 + 2, s.lead_row.y0, s.lead_row.y1)
        top, bottom = s.presence_band
        if bottom > top:
            return (x0, x1, top, bottom)
        return None

    def apply(self, *, scroll: bool) -> bool:
        art, s, selected = self.view.artists, self.view.series, self.selected
        if art is None or s is None or selected is None:
            return False
        kind, ref = selected
        art.clear_highlight()
        span: tuple[float, float, float, float] | None = None
        if kind == "assignment" and isinstance(ref, str):
            bar = s.bar(ref)
            if bar is not None:
                span = span_of(art, bar)
                art.set_row_highlight(s.function_row(bar.function_id))
        elif kind == "handover" and isinstance(ref, str):
            mark = self._handover(ref)
            if mark is not None:
                span = span_of(art, mark)
                if mark.function_id is not None:
                    art.set_row_highlight(s.function_row(mark.function_id))
        elif kind == "function" and isinstance(ref, str):
            row = s.function_row(ref)
            if row is not None:
                art.set_row_highlight(row)
                lo, hi = art.ax.get_xlim()
                if scroll:
                    self.view.ensure_visible(lo, hi, row.y0, row.y1)
        elif kind == "finding" and isinstance(ref, Finding):
            span = self.finding_span(ref)
            if ref.function_id:
                art.set_row_highlight(s.function_row(ref.function_id))
        if span is not None:
            art.set_highlight(*span)
            if scroll:
                self.view.ensure_visible(*span)
        if scroll:
            art.update_labels()
            self.view.canvas.redraw()
        return span is not None or kind == "function"

    def bars_in_order(self) -> list[AssignmentBar]:
        assert self.view.series is not None
        return sorted(self.view.series.bars, key=lambda b: (b.y0, b.start))

    def next_handover(self, step: int) -> bool:
        """Select the next (step 1) or previous (step −1) handover by due day, from the one
        selected (from the first or last when none is)."""
        series = self.view.series
        if series is None or not series.handovers:
            return False
        marks = sorted(series.handovers, key=lambda m: (m.due, m.y, m.item))
        current = self.selected_handover()
        if current is None:
            target = marks[0] if step > 0 else marks[-1]
        else:
            i = marks.index(current) + step
            if not 0 <= i < len(marks):
                return True
            target = marks[i]
        return self.select_handover(target.id)

    def key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_H:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return self.next_handover(-1 if shift else 1)
        if self.view.series is None or not self.view.series.bars:
            return False
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.zoom(1 / ZOOM_STEP)
            return True
        if key == Qt.Key.Key_Minus:
            self.view.zoom(ZOOM_STEP)
            return True
        if key == Qt.Key.Key_Home:
            self.view.fit_horizon()
            return True
        bars = self.bars_in_order()
        current = self.selected_bar() or bars[0]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.select_bar(current.id, scroll=True)
            self.view.assignmentClicked.emit(current.id)
            return True
        target: AssignmentBar | None = None
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            row = [b for b in bars if b.function_id == current.function_id]
            row.sort(key=lambda b: (b.start, b.y0))
            i = row.index(current) + (1 if key == Qt.Key.Key_Right else -1)
            target = row[i] if 0 <= i < len(row) else None
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            rows = list(dict.fromkeys(b.function_id for b in bars))
            i = rows.index(current.function_id) + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= i < len(rows):
                candidates = [b for b in bars if b.function_id == rows[i]]
                target = min(candidates, key=lambda b: abs((b.start - current.start).days))
        else:
            return False
        if target is not None:
            self.select_bar(target.id, scroll=True)
        return True
