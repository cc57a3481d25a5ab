"""The interactive timeline: a matplotlib canvas over the chart of `charts.timeline`.

Wheel zooms the time axis around the pointer (Shift+wheel scrolls the rows), dragging empty space
pans, "Fit horizon" shows the whole horizon. Hovering shows the details of a bar, gap, marker or
milestone in an annotation drawn by blitting (no full redraw). Clicking a bar emits
`assignmentClicked(id)`; dragging a bar's left or right edge emits
`assignmentDatesDragged(id, start, end)` (the window turns it into an undoable edit; `end` is None
for an open-ended assignment whose start was dragged).
"""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QVBoxLayout, QWidget

from ..charts.series import (
    AssignmentBar,
    DrawdownBracket,
    GapSpan,
    LeadChange,
    LeadSegment,
    Marker,
    MilestoneLine,
    OutsideSpan,
    PresenceBar,
    TimelineSeries,
    timeline_series,
)
from ..charts.theme import Theme
from ..charts.timeline import (
    Hit,
    TimelineArtists,
    TimelineLabels,
    actor_colors,
    draw_legend,
    draw_timeline,
    layout_timeline,
    legend_height_in,
    span_of,
)
from ..domain.findings import Analysis, Finding
from ..domain.model import Plan
from .chart_theme import palette_theme

#: Pixels a row should get at least on screen; more rows than fit scroll vertically.
MIN_ROW_PX = 20
ZOOM_STEP = 1.25
#: The pointer must move this many pixels before a press on a bar becomes a pan.
CLICK_SLOP = 4
#: The narrowest time window (days) and the widest (a multiple of the horizon).
MIN_SPAN_DAYS = 14
#: Text on bars, gaps and presences at a time on screen (more would only crowd it).
SCREEN_LABELS = 40


def _fmt(day: date | None) -> str:
    return "–" if day is None else day.isoformat()


class TimelineView(QWidget):
    """The timeline of one plan (see the module's docstring)."""

    assignmentClicked = Signal(str)
    assignmentDatesDragged = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.figure = Figure(figsize=(10, 6), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.canvas.setAccessibleName(self.tr("Timeline chart"))
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("timelineToolbar")
        self.fit_action = self._action(
            self.tr("Fit horizon"), self.fit_horizon, self.tr("Show the whole horizon"), "Ctrl+0"
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"),
            lambda: self.zoom(1 / ZOOM_STEP),
            self.tr("Zoom in on the time axis"),
            "Ctrl+=",
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"),
            lambda: self.zoom(ZOOM_STEP),
            self.tr("Zoom out of the time axis"),
            "Ctrl+-",
        )
        self.hint = QLabel(
            self.tr(
                "Wheel: zoom · drag: pan · Shift+wheel: scroll rows · "
                "drag a bar's edge: change its dates"
            ),
            self,
        )
        self.hint.setEnabled(False)
        self.toolbar.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        # the legend apart: drawn when the actors change, not on every zoom or edit
        self.legend_figure = Figure(figsize=(10, 1), dpi=100)
        self.legend_canvas = FigureCanvasQTAgg(self.legend_figure)
        self.legend_canvas.setAccessibleName(self.tr("Timeline legend"))
        self.legend_canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.legend_canvas.setFixedHeight(60)
        self.legend_canvas.mpl_connect("resize_event", lambda _e: self._draw_legend(True))
        self._legend_key: object = None
        layout.addWidget(self.legend_canvas)

        self.plan: Plan | None = None
        self.analysis: Analysis | None = None
        self.series: TimelineSeries | None = None
        self.artists: TimelineArtists | None = None
        self.theme: Theme = palette_theme(self)
        self.labels = self._labels()
        self.today: date | None = date.today()
        self._background: Any = None
        self._annotation: Any = None
        self._ghost: Rectangle | None = None
        self._hover: Hit | None = None
        self._press: dict[str, Any] | None = None
        self._selected: tuple[str, Any] | None = None
        self.draw_count = 0
        self.blit_count = 0
        for name, handler in (
            ("draw_event", self._on_draw),
            ("motion_notify_event", self._on_motion),
            ("button_press_event", self._on_press),
            ("button_release_event", self._on_release),
            ("scroll_event", self._on_scroll),
            ("figure_leave_event", self._on_leave),
            ("resize_event", self._on_resize),
        ):
            self.canvas.mpl_connect(name, handler)

    def _action(self, text: str, slot: Any, tip: str, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _labels(self) -> TimelineLabels:
        tr = self.tr
        return TimelineLabels(
            presences=tr("UN presence"),
            lead=tr("HQ lead"),
            today=tr("Today"),
            secured=tr("Secured or not tracked"),
            pledged=tr("Pledged"),
            unfunded=tr("Unfunded"),
            coverage_gap=tr("Coverage / presence gap"),
            funding_gap=tr("Funding gap"),
            cold_handover=tr("Cold handover"),
            capacity_cliff=tr("Capacity cliff"),
            lead_change=tr("Lead change"),
            outside=tr("Outside its presence"),
            drawdown=tr("Drawdown before election"),
            milestone=tr("Milestone"),
            not_required=tr("Not required"),
            days=tr("{n} d"),
            presence=tr("{name} · {kind} · {lead} lead"),
            lead_segment=tr("{lead} ({presence})"),
            function=tr("{name} · {priority}"),
            more_actors=tr("… and {n} more actors"),
            no_functions=tr(
                "No functions yet: add functions and assignments to see who carries what."
            ),
        )

    # -- data ----------------------------------------------------------------------

    def set_data(self, plan: Plan, analysis: Analysis) -> None:
        """Draw `plan`; the zoom and scroll are kept when it is the same plan and horizon."""
        keep = (
            self.artists is not None
            and self.plan is not None
            and self.plan.id == plan.id
            and (self.plan.horizon_start, self.plan.horizon_end)
            == (plan.horizon_start, plan.horizon_end)
        )
        xlim = self.artists.ax.get_xlim() if keep and self.artists else None
        ylim = self.artists.ax.get_ylim() if keep and self.artists else None
        self.plan, self.analysis = plan, analysis
        self.series = timeline_series(plan, analysis, today=self.today)
        self._redraw(xlim, ylim)
        if not keep:
            self._selected = None

    def _redraw(self, xlim: Any = None, ylim: Any = None) -> None:
        if self.series is None:
            return
        self._hover = None
        self._press = None
        self._background = None
        art = draw_timeline(
            self.figure,
            self.series,
            theme=self.theme,
            labels=self.labels,
            legend=False,
            max_labels=SCREEN_LABELS,
            reuse=self.artists,
        )
        self.artists = art
        art.ax.set_xlim(*(xlim or art.fit_limits()))
        if ylim is not None:
            art.ax.set_ylim(*ylim)
        else:
            self._fit_rows()
        self._annotation = art.ax.annotate(
            "",
            xy=(0, 0),
            xytext=(14, 14),
            textcoords="offset points",
            animated=True,
            fontsize=self.theme.font_size,
            color=self.theme.foreground,
            zorder=20,
            annotation_clip=False,
            visible=False,
            bbox={
                "boxstyle": "round,pad=0.45",
                "facecolor": self.theme.background,
                "edgecolor": self.theme.muted,
                "alpha": 0.96,
            },
        )
        self._ghost = Rectangle(
            (0, 0),
            0,
            0,
            animated=True,
            visible=False,
            zorder=20,
            fill=False,
            linestyle="--",
            linewidth=1.6,
            edgecolor=self.theme.highlight,
        )
        art.ax.add_patch(self._ghost)
        self._apply_selection(scroll=False)
        art.update_labels()
        self.canvas.draw_idle()
        self._draw_legend(False)

    def _draw_legend(self, force: bool) -> None:
        series = self.series
        if series is None:
            return
        key = (tuple(actor_colors(series.actors).items()), series.today is not None, self.theme)
        if key == self._legend_key and not force:
            return
        self._legend_key = key
        dpi = self.legend_figure.dpi
        width_in = max(self.legend_canvas.width(), 200) / dpi
        height = int(legend_height_in(series, width_in, self.theme) * dpi) + 4
        if self.legend_canvas.height() != height:
            self.legend_canvas.setFixedHeight(height)
        draw_legend(self.legend_figure, series, theme=self.theme, labels=self.labels)
        self.legend_canvas.draw_idle()

    def _fit_rows(self) -> None:
        """Show the rows from the top, as many as fit at MIN_ROW_PX each."""
        art = self.artists
        if art is None:
            return
        total = max(art.series.total_height, 1.0) + 0.1
        height_px = max(art.ax.bbox.height / self.canvas.device_pixel_ratio, 1.0)
        rows_fit = max(height_px / MIN_ROW_PX, 6.0)
        art.ax.set_ylim(min(total, rows_fit - 0.1), -0.1)

    # -- navigation ----------------------------------------------------------------------

    def fit_horizon(self) -> None:
        art = self.artists
        if art is None:
            return
        art.ax.set_xlim(*art.fit_limits())
        self._fit_rows()
        self._changed_view()

    def zoom(self, factor: float, center: float | None = None) -> None:
        """Scale the time window by `factor` (< 1 zooms in) around `center` (x)."""
        art = self.artists
        if art is None:
            return
        lo, hi = art.ax.get_xlim()
        c = (lo + hi) / 2 if center is None else center
        span = (hi - lo) * factor
        h0, h1 = art.fit_limits()
        span = min(max(span, MIN_SPAN_DAYS), (h1 - h0) * 3)
        ratio = (c - lo) / (hi - lo) if hi > lo else 0.5
        art.ax.set_xlim(c - span * ratio, c + span * (1 - ratio))
        self._changed_view()

    def scroll_rows(self, rows: float) -> None:
        art = self.artists
        if art is None:
            return
        bottom, top = art.ax.get_ylim()
        total = art.series.total_height + 0.1
        height = bottom - top
        new_top = min(max(top + rows, -0.1), max(total - height, -0.1))
        art.ax.set_ylim(new_top + height, new_top)
        self._changed_view()

    def _changed_view(self) -> None:
        if self.artists is not None:
            self.artists.update_labels()
        self._hide_annotation(blit=False)
        self.canvas.draw_idle()

    def _ensure_visible(self, x0: float, x1: float, y0: float, y1: float) -> None:
        art = self.artists
        assert art is not None
        lo, hi = art.ax.get_xlim()
        span = hi - lo
        if x1 - x0 > span * 0.9:
            pad = (x1 - x0) * 0.08 + 5
            art.ax.set_xlim(x0 - pad, x1 + pad)
        elif x0 < lo or x1 > hi:
            c = (x0 + x1) / 2
            art.ax.set_xlim(c - span / 2, c + span / 2)
        bottom, top = art.ax.get_ylim()
        height = bottom - top
        if y0 < top or y1 > bottom:
            new_top = max(-0.1, min(y0 - 0.5, art.series.total_height + 0.1 - height))
            new_top = min(new_top, y0 - 0.1)
            art.ax.set_ylim(new_top + height, new_top)

    # -- selection and highlights -----------------------------------------------------------------

    def highlight_assignment(self, assignment_id: str) -> bool:
        """Outline an assignment's bar and scroll to it; False when it is not on the chart."""
        if self.series is None or self.series.bar(assignment_id) is None:
            return False
        self._selected = ("assignment", assignment_id)
        self._apply_selection(scroll=True)
        return True

    def highlight_function(self, function_id: str) -> bool:
        """Highlight a function's row and scroll to it."""
        if self.series is None or self.series.function_row(function_id) is None:
            return False
        self._selected = ("function", function_id)
        self._apply_selection(scroll=True)
        return True

    def show_finding(self, finding: Finding) -> bool:
        """Outline what a finding concerns (its span on its row) and scroll to it."""
        if self.series is None:
            return False
        self._selected = ("finding", finding)
        return self._apply_selection(scroll=True)

    def clear_highlight(self) -> None:
        self._selected = None
        if self.artists is not None:
            self.artists.clear_highlight()
            self.canvas.draw_idle()

    def _finding_span(self, finding: Finding) -> tuple[float, float, float, float] | None:
        art, s = self.artists, self.series
        assert art is not None and s is not None
        for item in (*s.gaps, *s.markers, *s.outside, *s.drawdowns):
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

    def _apply_selection(self, *, scroll: bool) -> bool:
        art, s = self.artists, self.series
        if art is None or s is None or self._selected is None:
            return False
        kind, ref = self._selected
        art.clear_highlight()
        span: tuple[float, float, float, float] | None = None
        if kind == "assignment":
            bar = s.bar(ref)
            if bar is not None:
                span = span_of(art, bar)
                art.set_row_highlight(s.function_row(bar.function_id))
        elif kind == "function":
            row = s.function_row(ref)
            if row is not None:
                art.set_row_highlight(row)
                lo, hi = art.ax.get_xlim()
                if scroll:
                    self._ensure_visible(lo, hi, row.y0, row.y1)
        elif kind == "finding":
            span = self._finding_span(ref)
            if ref.function_id:
                art.set_row_highlight(s.function_row(ref.function_id))
        if span is not None:
            art.set_highlight(*span)
            if scroll:
                self._ensure_visible(*span)
        if scroll:
            art.update_labels()
            self.canvas.draw_idle()
        return span is not None or kind == "function"

    # -- palette ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            theme = palette_theme(self)
            if theme != self.theme:
                self.theme = theme
                if self.series is not None and self.artists is not None:
                    self._redraw(self.artists.ax.get_xlim(), self.artists.ax.get_ylim())
        super().changeEvent(event)

    # -- matplotlib events ----------------------------------------------------------------------

    def _on_draw(self, _event: Any) -> None:
        self.draw_count += 1
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        if self._annotation is not None and self._annotation.get_visible():
            self.figure.draw_artist(self._annotation)

    def _on_resize(self, _event: Any) -> None:
        if self.artists is not None:
            layout_timeline(self.artists)
            self.artists.update_labels()

    def _blit(self) -> None:
        if self._background is None or self.artists is None:
            return
        self.canvas.restore_region(self._background)
        for artist in (self._ghost, self._annotation):
            if artist is not None and artist.get_visible():
                self.artists.ax.draw_artist(artist)
        self.canvas.blit(self.figure.bbox)
        self.blit_count += 1

    def _on_leave(self, _event: Any) -> None:
        self._hide_annotation()

    def _hide_annotation(self, blit: bool = True) -> None:
        self._hover = None
        if self._annotation is not None and self._annotation.get_visible():
            self._annotation.set_visible(False)
            if blit:
                self._blit()

    @property
    def hover_text(self) -> str:
        """The text of the hover annotation ('' when none is shown)."""
        if self._annotation is None or not self._annotation.get_visible():
            return ""
        return str(self._annotation.get_text())

    def _on_motion(self, event: Any) -> None:
        art = self.artists
        if art is None:
            return
        press = self._press
        if press is not None:
            if press["mode"] == "edge":
                self._drag_edge(event)
                return
            moved = abs(event.x - press["x"]) + abs(event.y - press["y"])
            if press["mode"] == "click" and moved > CLICK_SLOP:
                press["mode"] = "pan"
            if press["mode"] == "pan":
                self._pan(event)
            return
        edge = art.edge_at(event.x, event.y)
        self.canvas.setCursor(Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.ArrowCursor)
        hit = art.hit(event.x, event.y)
        if hit is None:
            self._hide_annotation()
            return
        if (
            self._hover is not None
            and self._hover.kind == hit.kind
            and self._hover.index == hit.index
            and self._annotation.get_visible()
        ):
            self._place_annotation(event)
            self._blit()
            return
        self._hover = hit
        self._annotation.set_text(self.describe(hit))
        self._annotation.set_visible(True)
        self._place_annotation(event)
        self._blit()

    def _place_annotation(self, event: Any) -> None:
        art = self.artists
        assert art is not None
        x, y = art.ax.transData.inverted().transform((event.x, event.y))
        self._annotation.xy = (x, y)
        bbox = art.ax.bbox
        right = event.x > bbox.x0 + bbox.width * 0.55
        low = event.y < bbox.y0 + bbox.height * 0.5
        self._annotation.set_ha("right" if right else "left")
        self._annotation.set_va("bottom" if low else "top")
        self._annotation.xyann = (-14 if right else 14, 14 if low else -14)

    def describe(self, hit: Hit) -> str:
        """The hover text of a drawn item."""
        tr = self.tr
        item = hit.item
        if isinstance(item, AssignmentBar):
            lines = [
                item.actor_name,
                item.function_name,
                tr("{0} – {1}").format(
                    _fmt(item.own_start), _fmt(item.own_end) if item.own_end else tr("open-ended")
                ),
            ]
            lines.append(
                tr("Capacity: {0}").format(
                    tr("not given") if item.capacity is None else f"{item.capacity:g}"
                )
            )
            status = str(item.funding_status) if item.funding_status else tr("not tracked")
            funding = tr("Funding: {0}").format(status)
            if item.funding_source:
                funding += f" ({item.funding_source})"
            lines.append(funding)
            lines.append(tr("Click to select · drag an edge to change the dates"))
            return "\n".join(lines)
        if isinstance(item, GapSpan):
            head = {
                "coverage_gap": tr("Coverage gap"),
                "funding_gap": tr("Funding gap"),
                "presence_gap": tr("Presence gap"),
            }.get(item.rule, item.rule)
            return "\n".join(
                [
                    tr("{0} ({1}): {2} days").format(head, str(item.severity), f"{item.days:,}"),
                    tr("{0} – {1}").format(_fmt(item.start), _fmt(item.end)),
                    *textwrap.wrap(item.detail, 60),
                ]
            )
        if isinstance(item, Marker):
            head = tr("Cold handover") if item.rule == "cold_handover" else tr("Capacity cliff")
            return "\n".join(
                [
                    tr("{0} ({1}) on {2}").format(head, str(item.severity), _fmt(item.day)),
                    *textwrap.wrap(item.detail, 60),
                ]
            )
        if isinstance(item, OutsideSpan):
            return "\n".join(
                [
                    tr("Outside its presence ({0}): {1} days").format(
                        str(item.finding.severity), f"{item.days:,}"
                    ),
                    tr("{0} – {1}").format(_fmt(item.start), _fmt(item.end)),
                    *textwrap.wrap(item.detail, 60),
                ]
            )
        if isinstance(item, DrawdownBracket):
            return "\n".join(
                [
                    tr("Drawdown {0} days before an election ({1})").format(
                        f"{item.days_before:,}", str(item.finding.severity)
                    ),
                    *textwrap.wrap(item.detail, 60),
                ]
            )
        if isinstance(item, MilestoneLine):
            lines = [item.name, tr("{0} · {1}").format(str(item.kind), _fmt(item.day))]
            lines += textwrap.wrap(item.notes, 60)
            return "\n".join(lines)
        if isinstance(item, PresenceBar):
            end = _fmt(item.own_end) if item.own_end else tr("ongoing")
            return "\n".join(
                [
                    tr("{0} ({1})").format(item.name, str(item.kind)),
                    tr("{0} – {1}").format(_fmt(item.own_start), end),
                    tr("HQ lead: {0}").format(str(item.lead)),
                ]
            )
        if isinstance(item, LeadSegment):
            return "\n".join(
                [
                    tr("HQ lead: {0} ({1})").format(str(item.lead), item.presence_name),
                    tr("{0} – {1}").format(_fmt(item.start), _fmt(item.end)),
                ]
            )
        if isinstance(item, LeadChange):
            return "\n".join(
                [tr("Lead change on {0}").format(_fmt(item.day)), *textwrap.wrap(item.detail, 60)]
            )
        return ""

    def _on_press(self, event: Any) -> None:
        art = self.artists
        if art is None or event.button != 1 or event.inaxes is not art.ax:
            return
        self._hide_annotation()
        state: dict[str, Any] = {
            "x": event.x,
            "y": event.y,
            "xlim": art.ax.get_xlim(),
            "ylim": art.ax.get_ylim(),
        }
        edge = art.edge_at(event.x, event.y)
        if edge is not None:
            index, which = edge
            bar = art.series.bars[index]
            state.update(mode="edge", bar=bar, which=which, dates=(bar.own_start, bar.own_end))
            self._ghost_for(bar)
        else:
            hit = art.hit(event.x, event.y)
            state.update(mode="click" if hit is not None and hit.kind == "bar" else "pan", hit=hit)
        self._press = state

    def _ghost_for(self, bar: AssignmentBar) -> None:
        art = self.artists
        assert art is not None and self._ghost is not None
        x0, x1, y0, y1 = span_of(art, bar) or (0, 0, 0, 0)
        self._ghost.set_bounds(x0, y0, x1 - x0, y1 - y0)
        self._ghost.set_visible(True)

    def _drag_edge(self, event: Any) -> None:
        art = self.artists
        press = self._press
        assert art is not None and press is not None and self._ghost is not None
        x = art.ax.transData.inverted().transform((event.x, event.y))[0]
        bar: AssignmentBar = press["bar"]
        day = art.date_at(x)
        start, end = bar.own_start, bar.own_end
        if press["which"] == "start":
            limit = end if end is not None else art.series.horizon_end
            start = min(day, limit)
        else:
            end = max(day - timedelta(days=1), start)
        press["dates"] = (start, end)
        x0 = art.x_of(max(start, art.series.horizon_start))
        last = end if end is not None else art.series.horizon_end
        x1 = art.x_of(min(last, art.series.horizon_end)) + 1
        self._ghost.set_bounds(x0, bar.y0, x1 - x0, bar.height)
        self._annotation.set_text(tr_dates(self, start, end))
        self._annotation.set_visible(True)
        self._place_annotation(event)
        self._blit()

    def _pan(self, event: Any) -> None:
        art = self.artists
        press = self._press
        assert art is not None and press is not None
        inv = art.ax.transData.inverted()
        x_then, y_then = inv.transform((press["x"], press["y"]))
        x_now, y_now = inv.transform((event.x, event.y))
        # transform with the limits at the press: compute the offset in data units
        lo, hi = press["xlim"]
        bottom, top = press["ylim"]
        cur_lo, cur_hi = art.ax.get_xlim()
        scale_x = (hi - lo) / (cur_hi - cur_lo) if cur_hi != cur_lo else 1.0
        dx = (x_now - x_then) * scale_x
        dy = y_now - y_then
        art.ax.set_xlim(lo - dx, hi - dx)
        total = art.series.total_height + 0.1
        height = bottom - top
        new_top = min(max(top - dy, -0.1), max(total - height, -0.1))
        art.ax.set_ylim(new_top + height, new_top)
        press["x"], press["y"] = event.x, event.y
        press["xlim"], press["ylim"] = art.ax.get_xlim(), art.ax.get_ylim()
        self._changed_view()

    def _on_release(self, event: Any) -> None:
        art = self.artists
        press, self._press = self._press, None
        if art is None or press is None:
            return
        if press["mode"] == "edge":
            if self._ghost is not None:
                self._ghost.set_visible(False)
            self._annotation.set_visible(False)
            self._blit()
            bar: AssignmentBar = press["bar"]
            start, end = press["dates"]
            if (start, end) != (bar.own_start, bar.own_end):
                self.assignmentDatesDragged.emit(bar.id, start, end)
        elif press["mode"] == "click":
            hit: Hit = press["hit"]
            assert isinstance(hit.item, AssignmentBar)
            self._selected = ("assignment", hit.item.id)
            self._apply_selection(scroll=False)
            self.canvas.draw_idle()
            self.assignmentClicked.emit(hit.item.id)

    def _on_scroll(self, event: Any) -> None:
        art = self.artists
        if art is None or event.inaxes is not art.ax:
            return
        if event.key == "shift":
            self.scroll_rows(-2.0 * event.step)
            return
        self.zoom(ZOOM_STEP ** (-event.step), center=event.xdata)

    # -- helpers for tests and the main window ----------------------------------------------------

    def widget_point(self, x: float, y: float) -> QPointF:
        """The widget position (logical pixels, within the canvas) of data point (x, y)."""
        art = self.artists
        assert art is not None
        px, py = art.ax.transData.transform((x, y))
        ratio = self.canvas.device_pixel_ratio
        return QPointF(px / ratio, self.canvas.height() - py / ratio)


def tr_dates(view: TimelineView, start: date, end: date | None) -> str:
    return view.tr("{0} – {1}").format(_fmt(start), _fmt(end) if end else view.tr("open-ended"))
