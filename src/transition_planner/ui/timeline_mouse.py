"""The timeline's pointer: hover details drawn by blitting (no full redraw), click to select a bar,
drag a bar's edge to change its dates, drag empty space to pan, wheel to zoom (Shift+wheel
scrolls the rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from matplotlib.backend_bases import DrawEvent, MouseEvent
from matplotlib.patches import Rectangle
from matplotlib.text import Annotation
from PySide6.QtCore import Qt

from ..charts.series import AssignmentBar
from ..charts.series_marks import HandoverMark
from ..charts.timeline import Hit, span_of
from .timeline_text import dates, describe

if TYPE_CHECKING:
    from .timeline_view import TimelineView

#: The pointer must move this many pixels before a press on a bar becomes a pan.
CLICK_SLOP = 4
ZOOM_STEP = 1.25


@dataclass
class Press:
    """A button held down on the chart: a click on a bar, a pan, or an edge being dragged."""

    mode: str  # "click" | "pan" | "edge"
    x: float
    y: float
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    hit: Hit | None = None
    bar: AssignmentBar | None = None
    which: str = ""
    start: date | None = None
    end: date | None = None


class TimelineMouse:
    """The pointer's part of a `TimelineView`."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self.background: object = None
        self.annotation: Annotation | None = None
        self.ghost: Rectangle | None = None
        self.hover: Hit | None = None
        self.press: Press | None = None
        self.draw_count = 0
        self.blit_count = 0
        canvas = view.canvas
        canvas.mpl_connect("draw_event", self.on_draw)
        canvas.mpl_connect("motion_notify_event", self.on_motion)
        canvas.mpl_connect("button_press_event", self.on_press)
        canvas.mpl_connect("button_release_event", self.on_release)
        canvas.mpl_connect("scroll_event", self.on_scroll)
        canvas.mpl_connect("figure_leave_event", lambda _e: self.hide())

    def reset(self) -> None:
        """After a redraw: new hover annotation and drag ghost on the new axes."""
        art = self.view.artists
        theme = self.view.theme
        assert art is not None
        self.hover = None
        self.press = None
        self.background = None
        self.annotation = art.ax.annotate(
            "",
            xy=(0, 0),
            xytext=(14, 14),
            textcoords="offset points",
            animated=True,
            fontsize=theme.font_size,
            color=theme.foreground,
            zorder=20,
            annotation_clip=False,
            visible=False,
            bbox={
                "boxstyle": "round,pad=0.45",
                "facecolor": theme.background,
                "edgecolor": theme.muted,
                "alpha": 0.96,
            },
        )
        ghost = Rectangle(
            (0, 0),
            0,
            0,
            animated=True,
            visible=False,
            zorder=20,
            fill=False,
            linestyle="--",
            linewidth=1.6,
            edgecolor=theme.highlight,
        )
        art.ax.add_patch(ghost)
        self.ghost = ghost

    # -- drawing --------------------------------------------------------------------------

    def on_draw(self, _event: DrawEvent) -> None:
        self.draw_count += 1
        canvas = self.view.canvas
        self.background = canvas.copy_from_bbox(self.view.figure.bbox)  # type: ignore[no-untyped-call]
        if self.annotation is not None and self.annotation.get_visible():
            self.view.figure.draw_artist(self.annotation)

    def blit(self) -> None:
        art = self.view.artists
        if self.background is None or art is None:
            return
        canvas = self.view.canvas
        canvas.restore_region(self.background)  # type: ignore[no-untyped-call]
        for artist in (self.ghost, self.annotation):
            if artist is not None and artist.get_visible():
                art.ax.draw_artist(artist)
        canvas.blit(self.view.figure.bbox)  # type: ignore[no-untyped-call]
        self.blit_count += 1

    def hide(self, blit: bool = True) -> None:
        self.hover = None
        if self.annotation is not None and self.annotation.get_visible():
            self.annotation.set_visible(False)
            if blit:
                self.blit()

    @property
    def text(self) -> str:
        if self.annotation is None or not self.annotation.get_visible():
            return ""
        return str(self.annotation.get_text())

    def _place(self, event: MouseEvent) -> None:
        art = self.view.artists
        assert art is not None and self.annotation is not None
        x, y = art.ax.transData.inverted().transform((event.x, event.y))
        self.annotation.xy = (x, y)
        bbox = art.ax.bbox
        right = event.x > bbox.x0 + bbox.width * 0.55
        low = event.y < bbox.y0 + bbox.height * 0.5
        self.annotation.set_horizontalalignment("right" if right else "left")
        self.annotation.set_verticalalignment("bottom" if low else "top")
        self.annotation.xyann = (-14 if right else 14, 14 if low else -14)

    # -- events ---------------------------------------------------------------------------

    def on_motion(self, event: MouseEvent) -> None:
        art = self.view.artists
        if art is None or self.annotation is None:
            return
        press = self.press
        if press is not None:
            if press.mode == "edge":
                self._drag_edge(event)
                return
            moved = abs(event.x - press.x) + abs(event.y - press.y)
            if press.mode == "click" and moved > CLICK_SLOP:
                press.mode = "pan"
            if press.mode == "pan":
                self._pan(event)
            return
        edge = art.edge_at(event.x, event.y)
        self.view.canvas.setCursor(
            Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.ArrowCursor
        )
        hit = art.hit(event.x, event.y)
        if hit is None:
            self.hide()
            return
        if (
            self.hover is not None
            and self.hover.kind == hit.kind
            and self.hover.index == hit.index
            and self.annotation.get_visible()
        ):
            self._place(event)
            self.blit()
            return
        self.hover = hit
        self.annotation.set_text(describe(hit))
        self.annotation.set_visible(True)
        self._place(event)
        self.blit()

    def on_press(self, event: MouseEvent) -> None:
        art = self.view.artists
        if art is None or event.button != 1 or event.inaxes is not art.ax:
            return
        self.hide()
        xlim = art.ax.get_xlim()
        ylim = art.ax.get_ylim()
        press = Press("pan", event.x, event.y, (xlim[0], xlim[1]), (ylim[0], ylim[1]))
        edge = art.edge_at(event.x, event.y)
        if edge is not None:
            index, which = edge
            bar = art.series.bars[index]
            press.mode, press.bar, press.which = "edge", bar, which
            press.start, press.end = bar.own_start, bar.own_end
            x0, x1, y0, y1 = span_of(art, bar) or (0.0, 0.0, 0.0, 0.0)
            if self.ghost is not None:
                self.ghost.set_bounds(x0, y0, x1 - x0, y1 - y0)
                self.ghost.set_visible(True)
        else:
            hit = art.hit(event.x, event.y)
            press.hit = hit
            press.mode = "click" if hit is not None and hit.kind in ("bar", "handover") else "pan"
        self.press = press

    def _drag_edge(self, event: MouseEvent) -> None:
        art, press = self.view.artists, self.press
        assert art is not None and press is not None and press.bar is not None
        assert self.ghost is not None and self.annotation is not None
        x = art.ax.transData.inverted().transform((event.x, event.y))[0]
        bar = press.bar
        day = art.date_at(x)
        start, end = bar.own_start, bar.own_end
        if press.which == "start":
            limit = end if end is not None else art.series.horizon_end
            start = min(day, limit)
        else:
            end = max(day - timedelta(days=1), start)
        press.start, press.end = start, end
        x0 = art.x_of(max(start, art.series.horizon_start))
        last = end if end is not None else art.series.horizon_end
        x1 = art.x_of(min(last, art.series.horizon_end)) + 1
        self.ghost.set_bounds(x0, bar.y0, x1 - x0, bar.height)
        self.annotation.set_text(dates(start, end))
        self.annotation.set_visible(True)
        self._place(event)
        self.blit()

    def _pan(self, event: MouseEvent) -> None:
        art, press = self.view.artists, self.press
        assert art is not None and press is not None
        inv = art.ax.transData.inverted()
        x_then, y_then = inv.transform((press.x, press.y))
        x_now, y_now = inv.transform((event.x, event.y))
        lo, hi = press.xlim
        _bottom, top = press.ylim
        cur_lo, cur_hi = art.ax.get_xlim()
        scale_x = (hi - lo) / (cur_hi - cur_lo) if cur_hi != cur_lo else 1.0
        dx = (x_now - x_then) * scale_x
        dy = y_now - y_then
        art.ax.set_xlim(lo - dx, hi - dx)
        self.view.set_top_row(top - dy)
        press.x, press.y = event.x, event.y
        xlim, ylim = art.ax.get_xlim(), art.ax.get_ylim()
        press.xlim, press.ylim = (xlim[0], xlim[1]), (ylim[0], ylim[1])
        self.view.changed_view()

    def on_release(self, _event: MouseEvent) -> None:
        art = self.view.artists
        press, self.press = self.press, None
        if art is None or press is None:
            return
        if press.mode == "edge":
            if self.ghost is not None:
                self.ghost.set_visible(False)
            if self.annotation is not None:
                self.annotation.set_visible(False)
            self.blit()
            bar = press.bar
            assert bar is not None and press.start is not None
            if (press.start, press.end) != (bar.own_start, bar.own_end):
                self.view.assignmentDatesDragged.emit(bar.id, press.start, press.end)
        elif press.mode == "click" and press.hit is not None and press.hit.kind == "handover":
            mark = press.hit.item
            assert isinstance(mark, HandoverMark)
            self.view.select_handover(mark.id)
        elif press.mode == "click" and press.hit is not None:
            item = press.hit.item
            assert isinstance(item, AssignmentBar)
            self.view.select_bar(item.id, scroll=False)
            self.view.assignmentClicked.emit(item.id)

    def on_scroll(self, event: MouseEvent) -> None:
        art = self.view.artists
        if art is None or event.inaxes is not art.ax:
            return
        if event.key == "shift":
            self.view.scroll_rows(-2.0 * event.step)
            return
        self.view.zoom(ZOOM_STEP ** (-event.step), center=event.xdata)
