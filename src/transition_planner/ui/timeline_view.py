"""The interactive timeline: a matplotlib canvas over the chart of `charts.timeline`.

Rows keep a readable height: when they do not all fit, a scroll bar beside the chart moves
through them (as does Shift+wheel). Wheel zooms the time axis around the pointer, dragging empty
space pans, "Fit horizon" (Ctrl+0) shows the whole horizon; hovering shows the details of an item
(see `timeline_mouse`). With the keyboard (Tab to the chart): Left and Right go from bar to bar in
a row, Up and Down from row to row, Enter selects the bar in the editor, + and − zoom, Home fits
the horizon; the selected bar is announced with its function, actor and dates. The legend below
can be folded away. Clicking a bar emits `assignmentClicked(id)`; dragging its edge
`assignmentDatesDragged(id, start, end)` (the window makes it an undoable edit). Clicking a
handover's marker selects it and announces it. When the plan's functions have areas, the
toolbar's area list (`set_area`) shows the functions of one area.
"""

from __future__ import annotations

from datetime import date

from matplotlib.backend_bases import ResizeEvent
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..charts.series import (
    AssignmentBar,
    TimelineSeries,
    timeline_series,
)
from ..charts.series_marks import COUNTRY_WIDE, HandoverMark, plan_areas
from ..charts.theme import Theme
from ..charts.timeline import (
    TimelineArtists,
    actor_colors,
    draw_legend,
    draw_timeline,
    layout_timeline,
    legend_height_in,
)
from ..domain.findings import Analysis, Finding
from ..domain.model import Plan
from .canvas import ChartCanvas
from .chart_theme import palette_theme
from .settings import TIMELINE_LEGEND, Settings
from .timeline_mouse import ZOOM_STEP, TimelineMouse
from .timeline_selection import TimelineSelection
from .timeline_text import timeline_labels

#: Pixels a row unit gets at least on screen; more rows than fit scroll vertically.
MIN_ROW_PX = 26
#: The narrowest time window (days) and the widest (a multiple of the horizon).
MIN_SPAN_DAYS = 14
#: Text on bars, gaps and presences at a time on screen (more would only crowd it).
SCREEN_LABELS = 60
#: The legend never takes more than this share of the view's height.
LEGEND_SHARE = 0.25
#: Until the planner chooses, the legend shows in views at least this tall (pixels).
LEGEND_ROOM = 640
#: Scroll bar steps per row unit.
STEPS = 100


class TimelineView(QWidget):
    """The timeline of one plan (see the module's docstring)."""

    assignmentClicked = Signal(str)
    assignmentDatesDragged = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.figure = Figure(figsize=(10, 6), dpi=100)
        self.canvas = ChartCanvas(self.figure, self)
        self.canvas.setObjectName("timelineCanvas")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setAccessibleName(self.tr("Timeline chart"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Left and Right: previous or next bar; Up and Down: previous or next row; "
                "Enter: select the bar in the editor; H and Shift+H: next or previous "
                "handover; + and −: zoom; Home: the whole horizon"
            )
        )
        self.canvas.installEventFilter(self)
        self.rows_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.rows_bar.setObjectName("timelineRows")
        self.rows_bar.setAccessibleName(self.tr("Scroll the rows"))
        self.rows_bar.valueChanged.connect(self._rows_scrolled)

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
        self.legend_button = QToolButton(self)
        self.legend_button.setObjectName("legendToggle")
        self.legend_button.setText(self.tr("Legend"))
        self.legend_button.setCheckable(True)
        self.legend_button.setChecked(True)
        self.legend_button.setToolTip(self.tr("Show or hide the legend"))
        self.legend_button.setAccessibleName(self.tr("Show the legend"))
        self.legend_button.toggled.connect(self.set_legend_visible)
        #: the planner has not chosen: the legend shows when there is room for it
        self.legend_auto = True
        self.toolbar.addWidget(self.legend_button)
        self.toolbar.addSeparator()
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("timelineArea")
        self.area_combo.setAccessibleName(self.tr("Area"))
        self.area_combo.setToolTip(self.tr("Show the functions of one area only"))
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_combo.currentIndexChanged.connect(self._area_chosen)
        self.area_action = self.toolbar.addWidget(self.area_combo)
        self.area_action.setVisible(False)
        #: the area shown (None: all; "": the country-wide functions)
        self.area: str | None = None
        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("timelineSelection")
        self.selected_label.setAccessibleName(self.tr("Selected bar"))
        self.selected_label.setText(
            self.tr("Wheel: zoom · drag: pan · Shift+wheel or the bar on the right: rows")
        )
        self.toolbar.addWidget(self.selected_label)

        # the legend apart: drawn when the actors change, not on every zoom or edit
        self.legend_figure = Figure(figsize=(10, 1), dpi=100)
        self.legend_area = QScrollArea(self)
        self.legend_area.setObjectName("timelineLegendArea")
        self.legend_area.setWidgetResizable(False)
        self.legend_area.setFrameShape(QFrame.Shape.NoFrame)
        self.legend_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.legend_canvas = ChartCanvas(self.legend_figure, self.legend_area)
        self.legend_canvas.setObjectName("timelineLegend")
        self.legend_canvas.setAccessibleName(self.tr("Timeline legend"))
        self.legend_area.setWidget(self.legend_canvas)
        self.legend_area.installEventFilter(self)
        self._legend_key: object = None

        chart = QHBoxLayout()
        chart.setContentsMargins(0, 0, 0, 0)
        chart.setSpacing(0)
        chart.addWidget(self.canvas, 1)
        chart.addWidget(self.rows_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(chart, 1)
        layout.addWidget(self.legend_area)

        self.plan: Plan | None = None
        self.analysis: Analysis | None = None
        self.series: TimelineSeries | None = None
        self.artists: TimelineArtists | None = None
        self.theme: Theme = palette_theme(self)
        self.labels = timeline_labels()
        self.today: date | None = date.today()
        self.mouse = TimelineMouse(self)
        self.selection = TimelineSelection(self)
        self.canvas.mpl_connect("resize_event", self._on_resize)

    def _action(self, text: str, slot: object, tip: str, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # -- state ----------------------------------------------------------------------------

    def save_state(self, settings: Settings) -> None:
        if self.legend_auto:
            settings.reset(TIMELINE_LEGEND)
        else:
            settings.set(TIMELINE_LEGEND, self.legend_button.isChecked())

    def restore_state(self, settings: Settings) -> None:
        """The legend as the planner left it; until the planner chooses, it shows when the
        view is tall enough to spare the room (LEGEND_ROOM)."""
        self.legend_auto = not settings.is_set(TIMELINE_LEGEND)
        if not self.legend_auto:
            self._show_legend(settings.get(TIMELINE_LEGEND))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.legend_auto:
            self._show_legend(self.height() >= LEGEND_ROOM)

    def set_legend_visible(self, visible: bool) -> None:
        """The planner's choice (the Legend button): kept from then on."""
        self.legend_auto = False
        self._show_legend(visible)

    def _show_legend(self, visible: bool) -> None:
        self.legend_area.setVisible(visible)
        self.legend_button.blockSignals(True)
        self.legend_button.setChecked(visible)
        self.legend_button.blockSignals(False)
        if visible:
            self._draw_legend(True)

    # -- data -----------------------------------------------------------------------------

    @property
    def draw_count(self) -> int:
        return self.mouse.draw_count

    @property
    def blit_count(self) -> int:
        return self.mouse.blit_count

    @property
    def hover_text(self) -> str:
        """The text of the hover annotation ('' when none is shown)."""
        return self.mouse.text

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
        self._fill_areas(plan)
        self.series = timeline_series(plan, analysis, today=self.today, area=self.area)
        if not keep:
            self.selection.selected = None
        self._redraw(xlim, ylim)

    # -- areas ----------------------------------------------------------------------------

    def _fill_areas(self, plan: Plan) -> None:
        """The area list of `plan` (hidden when its functions have no area); the area shown
        stays when the plan still has it."""
        areas = plan_areas(plan)
        if self.area is not None and self.area != COUNTRY_WIDE and self.area not in areas:
            self.area = None
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("All areas"), None)
        if any(not f.area.strip() for f in plan.functions):
            self.area_combo.addItem(self.tr("Country-wide"), COUNTRY_WIDE)
        for area in areas:
            self.area_combo.addItem(area, area)
        index = self.area_combo.findData(self.area) if self.area is not None else 0
        self.area_combo.setCurrentIndex(max(index, 0))
        self.area_combo.blockSignals(False)
        self.area_action.setVisible(bool(areas))

    def _area_chosen(self, index: int) -> None:
        data = self.area_combo.itemData(index)
        self.set_area(data if isinstance(data, str) else None)

    def set_area(self, area: str | None) -> None:
        """Show the functions of `area` only ("": those without an area), or all (None)."""
        area = area.strip() if area is not None else None
        if area == self.area:
            return
        self.area = area
        index = self.area_combo.findData(area) if area is not None else 0
        if index >= 0 and index != self.area_combo.currentIndex():
            self.area_combo.blockSignals(True)
            self.area_combo.setCurrentIndex(index)
            self.area_combo.blockSignals(False)
        if self.plan is None or self.analysis is None or self.artists is None:
            return
        xlim = self.artists.ax.get_xlim()
        self.series = timeline_series(self.plan, self.analysis, today=self.today, area=area)
        self._redraw((xlim[0], xlim[1]))

    def _redraw(
        self, xlim: tuple[float, float] | None = None, ylim: tuple[float, float] | None = None
    ) -> None:
        if self.series is None:
            return
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
            self.set_top_row(min(ylim))
        else:
            self._fit_rows()
        self.mouse.reset()
        self.selection.apply(scroll=False)
        art.update_labels()
        self.canvas.redraw()
        self._draw_legend(False)

    def _draw_legend(self, force: bool) -> None:
        """The legend at the width of the view; at most LEGEND_SHARE of the height, the rest
        scrolls."""
        series = self.series
        if series is None or not self.legend_area.isVisibleTo(self):
            return
        width = max(self.legend_area.viewport().width(), 200)
        key = (
            tuple(actor_colors(series.actors).items()),
            series.today is not None,
            self.theme,
            width,
            # the symbols the legend shows
            frozenset(m.rule for m in series.markers),
            frozenset(h.status for h in series.handovers),
            bool(series.bridges),
            bool(series.outside),
            bool(series.drawdowns),
            frozenset(
                (p.drawdown_start is not None, p.compressed is not None) for p in series.presences
            ),
        )
        if key == self._legend_key and not force:
            return
        self._legend_key = key
        ratio = self.legend_canvas.ratio
        dpi = self.legend_figure.dpi / ratio
        wanted = int(legend_height_in(series, width / dpi, self.theme) * dpi) + 4
        self.legend_canvas.setFixedSize(width, wanted)
        self.legend_area.setFixedHeight(min(wanted, max(60, int(self.height() * LEGEND_SHARE))))
        draw_legend(self.legend_figure, series, theme=self.theme, labels=self.labels)
        self.legend_canvas.redraw()

    # -- rows -----------------------------------------------------------------------------

    def _rows_in_view(self) -> float:
        """How many row units fit at MIN_ROW_PX each (the whole plan when there is room)."""
        art = self.artists
        assert art is not None
        height_px = max(art.ax.bbox.height / self.canvas.ratio, 1.0)
        return max(height_px / MIN_ROW_PX, 4.0)

    def _fit_rows(self) -> None:
        """Show the rows from the top, as many as fit at MIN_ROW_PX each."""
        if self.artists is None:
            return
        total = max(self.artists.series.total_height, 1.0) + 0.1
        rows = min(total + 0.1, self._rows_in_view())
        self.artists.ax.set_ylim(rows - 0.1, -0.1)
        self._sync_rows_bar()

    def set_top_row(self, top: float) -> None:
        """Scroll so that row position `top` is at the top (within the plan's rows)."""
        art = self.artists
        if art is None:
            return
        bottom, current_top = (float(v) for v in art.ax.get_ylim())
        height = bottom - current_top
        total = float(art.series.total_height) + 0.1
        new_top = min(max(float(top), -0.1), max(total - height, -0.1))
        art.ax.set_ylim(new_top + height, new_top)
        self._sync_rows_bar()

    def scroll_rows(self, rows: float) -> None:
        art = self.artists
        if art is None:
            return
        self.set_top_row(art.ax.get_ylim()[1] + rows)
        self.changed_view()

    def _sync_rows_bar(self) -> None:
        art = self.artists
        if art is None:
            return
        bottom, top = (float(v) for v in art.ax.get_ylim())
        height = bottom - top
        total = float(art.series.total_height) + 0.1
        hidden = max(0.0, total + 0.1 - height)
        self.rows_bar.blockSignals(True)
        self.rows_bar.setRange(0, int(hidden * STEPS))
        self.rows_bar.setPageStep(max(1, int(height * STEPS)))
        self.rows_bar.setSingleStep(STEPS // 2)
        self.rows_bar.setValue(int((top + 0.1) * STEPS))
        self.rows_bar.blockSignals(False)
        self.rows_bar.setVisible(hidden > 0.05)

    def _rows_scrolled(self, value: int) -> None:
        self.set_top_row(value / STEPS - 0.1)
        self.changed_view()

    # -- navigation -----------------------------------------------------------------------

    def fit_horizon(self) -> None:
        art = self.artists
        if art is None:
            return
        art.ax.set_xlim(*art.fit_limits())
        self._fit_rows()
        self.changed_view()

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
        self.changed_view()

    def changed_view(self) -> None:
        if self.artists is not None:
            self.artists.update_labels()
        self.mouse.hide(blit=False)
        self.canvas.redraw()

    def ensure_visible(self, x0: float, x1: float, y0: float, y1: float) -> None:
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
        if y0 < top or y1 > bottom:
            self.set_top_row(min(y0 - 0.5, y0 - 0.1))

    def _on_resize(self, _event: ResizeEvent) -> None:
        if self.artists is not None:
            layout_timeline(self.artists)
            top = float(self.artists.ax.get_ylim()[1])
            total = self.artists.series.total_height + 0.1
            rows = min(total + 0.1, self._rows_in_view())
            self.artists.ax.set_ylim(top + rows, top)
            self.set_top_row(top)
            self.artists.update_labels()

    # -- selection (see `timeline_selection`) ---------------------------------------------

    def highlight_assignment(self, assignment_id: str) -> bool:
        """Outline an assignment's bar and scroll to it; False when it is not on the chart."""
        return self.selection.select_bar(assignment_id, scroll=True)

    def select_bar(self, assignment_id: str, *, scroll: bool) -> bool:
        return self.selection.select_bar(assignment_id, scroll=scroll)

    def selected_bar(self) -> AssignmentBar | None:
        return self.selection.selected_bar()

    def select_handover(self, handover_id: str) -> bool:
        """Outline a handover's marker and announce it; False when it is not on the chart."""
        return self.selection.select_handover(handover_id)

    def selected_handover(self) -> HandoverMark | None:
        return self.selection.selected_handover()

    def highlight_function(self, function_id: str) -> bool:
        """Highlight a function's row and scroll to it."""
        return self.selection.highlight_function(function_id)

    def show_finding(self, finding: Finding) -> bool:
        """Outline what a finding concerns (its span on its row) and scroll to it."""
        return self.selection.show_finding(finding)

    def clear_highlight(self) -> None:
        self.selection.clear()

    # -- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.legend_area and event.type() == QEvent.Type.Resize:
            self._draw_legend(False)
            return False
        if watched is self.canvas and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self.selection.key(event)
        if (
            watched is self.canvas
            and event.type() == QEvent.Type.FocusIn
            and self.selected_bar() is None
            and self.series is not None
            and self.series.bars
        ):
            self.selection.select_bar(self.selection.bars_in_order()[0].id, scroll=True)
        return False

    # -- palette --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            theme = palette_theme(self)
            if theme != self.theme:
                self.theme = theme
                if self.series is not None and self.artists is not None:
                    xlim, ylim = self.artists.ax.get_xlim(), self.artists.ax.get_ylim()
                    self._redraw((xlim[0], xlim[1]), (ylim[0], ylim[1]))
        super().changeEvent(event)

    # -- for tests and the window ---------------------------------------------------------

    def widget_point(self, x: float, y: float) -> QPointF:
        """The widget position (logical pixels, within the canvas) of data point (x, y)."""
        art = self.artists
        assert art is not None
        px, py = art.ax.transData.transform((x, y))
        ratio = self.canvas.ratio
        return QPointF(px / ratio, self.canvas.height() - py / ratio)
