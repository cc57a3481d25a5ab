"""The drawn timeline (`TimelineArtists`): what is under a pixel (hover, click, edge drag), where
text goes at the current zoom (on bars, beside them, row names, milestone names), highlights."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from ..domain.enums import FundingStatus, enum_label
from .series import (
    AssignmentBar,
    DrawdownBracket,
    GapSpan,
    LeadChange,
    LeadSegment,
    Marker,
    MilestoneLine,
    OutsideSpan,
    PresenceBar,
    Row,
    TimelineSeries,
)
from .series_marks import Bridge, HandoverMark
from .textlayer import Label, TextLayer
from .theme import (
    OKABE_ITO,
    PRESENCE_KIND_COLOR,
    PRESENCE_KIND_HATCH,
    Theme,
    text_color_on,
)
from .timeline_style import (
    CHAR_EM,
    LINE_EM,
    MARKER_PITCH_PT,
    MAX_LABELS,
    MILESTONE_CHARS,
    MILESTONE_LEVELS,
    NAME_CHARS,
    TimelineLabels,
    _number,
    _short,
)


@dataclass
class Hit:
    """What is under the pointer: `kind` is "bar", "gap", "marker", "handover", "bridge",
    "outside", "drawdown", "milestone", "presence", "lead" or "lead_change"; `item` the
    series item."""

    kind: str
    item: object
    index: int


@dataclass
class _Candidate:
    x0: float
    x1: float
    y: float
    #: the height it offers (row units)
    height: float
    variants: tuple[str, ...]
    color: str
    background: str | None
    size: float
    order: int


def _label(c: _Candidate, x: float, text: str) -> Label:
    return Label(x, c.y, text, c.color, c.size, background=c.background)


@dataclass
class TimelineArtists:
    """The drawn timeline: its axes, collections, label pool and hit testing."""

    figure: Figure
    ax: Axes
    series: TimelineSeries
    theme: Theme
    labels: TimelineLabels
    epoch: int
    max_labels: int = MAX_LABELS
    collections: dict[str, Any] = field(default_factory=dict)
    actor_colors: dict[str, str] = field(default_factory=dict)
    #: Text on bars, gaps, presences and lead segments; row labels (left of the axes);
    #: category headers; milestone names (above the axes). Set by `update_labels`.
    label_layer: TextLayer | None = None
    row_layer: TextLayer | None = None
    category_layer: TextLayer | None = None
    milestone_layer: TextLayer | None = None
    highlight: Rectangle | None = None
    row_highlight: Rectangle | None = None
    legend: Any = None
    legend_columns: int = 0
    #: the levels of milestone names above the chart (see `layout_timeline`)
    milestone_levels: int = 1
    title: Text | None = None
    # hit-test arrays (data coordinates)
    bar_x: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    bar_y: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    gap_x: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    gap_y: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    marker_xy: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    #: each marker's offset from its day (points, to the right)
    marker_dx: np.ndarray = field(default_factory=lambda: np.zeros(0))
    #: where the milestone names are (pixels: x0, x1, y0, y1), for hovering them
    milestone_boxes: list[tuple[float, float, float, float, int]] = field(default_factory=list)
    outside_x: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    outside_y: np.ndarray = field(default_factory=lambda: np.zeros(0))
    drawdown_x: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    drawdown_y: np.ndarray = field(default_factory=lambda: np.zeros(0))
    milestone_x: np.ndarray = field(default_factory=lambda: np.zeros(0))
    #: the handovers' points (x at the middle of the due day) and offsets (points)
    handover_xy: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    handover_dx: np.ndarray = field(default_factory=lambda: np.zeros(0))
    bridge_x: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    bridge_y: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    _candidates: list[_Candidate] = field(default_factory=list)
    _bar_candidates: tuple[np.ndarray, ...] = ()
    #: row label positions, texts, and what each is: 0 a row's name, 1 a category's heading,
    #: 2 an area's heading
    _row_ticks: tuple[np.ndarray, list[str], list[int]] = (np.zeros(0), [], [])
    _labels_key: object = None

    # -- dates ----------------------------------------------------------------------

    def x_of(self, day: date) -> float:
        """The x coordinate of the start of `day`."""
        return float(day.toordinal() - self.epoch)

    def date_at(self, x: float) -> date:
        """The day whose start is nearest to x (for dragging an edge)."""
        return date.fromordinal(round(x) + self.epoch)

    @property
    def horizon_x(self) -> tuple[float, float]:
        """x of the horizon's first day and of the day after its last."""
        s = self.series
        return self.x_of(s.horizon_start), self.x_of(s.horizon_end) + 1

    def fit_limits(self) -> tuple[float, float]:
        x0, x1 = self.horizon_x
        pad = max(3.0, (x1 - x0) * 0.01)
        return x0 - pad, x1 + pad

    # -- hit testing ----------------------------------------------------------------------

    def hit(self, px: float, py: float, tolerance: float = 5.0) -> Hit | None:
        """The item under display point (px, py) (pixels from the bottom left), or None."""
        ax = self.ax
        s = self.series
        for x0, x1, y0, y1, index in self.milestone_boxes:
            if x0 <= px <= x1 and y0 <= py <= y1:
                return Hit("milestone", s.milestones[index], index)
        if not ax.bbox.contains(px, py):
            return None
        x, y = ax.transData.inverted().transform((px, py))
        best: tuple[float, Hit] | None = None
        if len(self.marker_xy):
            points = ax.transData.transform(self.marker_xy)
            points[:, 0] += self.marker_dx * self.figure.dpi / 72
            dist = np.hypot(points[:, 0] - px, points[:, 1] - py)
            i = int(np.argmin(dist))
            if dist[i] <= tolerance + 3:
                best = (float(dist[i]), Hit("marker", s.markers[i], i))
        if len(self.handover_xy):
            points = ax.transData.transform(self.handover_xy)
            points[:, 0] += self.handover_dx * self.figure.dpi / 72
            dist = np.hypot(points[:, 0] - px, points[:, 1] - py)
            i = int(np.argmin(dist))
            if dist[i] <= tolerance + 3 and (best is None or dist[i] < best[0]):
                best = (float(dist[i]), Hit("handover", s.handovers[i], i))
        if best is not None:
            return best[1]
        for kind, xs_, ys_, items in (
            ("outside", self.outside_x, self.outside_y, s.outside),
            ("drawdown", self.drawdown_x, self.drawdown_y, s.drawdowns),
        ):
            if not len(xs_):
                continue
            line_py = ax.transData.transform(np.column_stack([xs_[:, 0], ys_]))[:, 1]
            near = np.nonzero(
                (np.abs(line_py - py) <= 3.5) & (xs_[:, 0] <= x) & (x <= xs_[:, 1] + 1e-9)
            )[0]
            if len(near):
                i = int(near[-1])
                return Hit(kind, items[i], i)
        if len(self.bar_x):
            inside = np.nonzero(
                (self.bar_x[:, 0] <= x)
                & (x <= self.bar_x[:, 1])
                & (self.bar_y[:, 0] <= y)
                & (y <= self.bar_y[:, 1])
            )[0]
            if len(inside):
                i = int(inside[-1])
                return Hit("bar", s.bars[i], i)
        if len(self.bridge_x):
            inside = np.nonzero(
                (self.bridge_x[:, 0] <= x)
                & (x <= self.bridge_x[:, 1])
                & (self.bridge_y[:, 0] - 0.1 <= y)
                & (y <= self.bridge_y[:, 1] + 0.1)
            )[0]
            if len(inside):
                i = int(inside[-1])
                return Hit("bridge", s.bridges[i], i)
        if len(self.gap_x):
            inside = np.nonzero(
                (self.gap_x[:, 0] <= x)
                & (x <= self.gap_x[:, 1])
                & (self.gap_y[:, 0] <= y)
                & (y <= self.gap_y[:, 1])
            )[0]
            if len(inside):
                i = int(inside[-1])
                return Hit("gap", s.gaps[i], i)
        lead = s.lead_row
        if lead.y0 <= y <= lead.y1:
            for i, change in enumerate(s.lead_changes):
                cx = ax.transData.transform((self.x_of(change.day), y))[0]
                if abs(cx - px) <= tolerance + 2:
                    return Hit("lead_change", change, i)
            for i, seg in enumerate(s.lead_segments):
                if self.x_of(seg.start) <= x <= self.x_of(seg.end) + 1:
                    return Hit("lead", seg, i)
        for i, p in enumerate(s.presences):
            if self.x_of(p.start) <= x <= self.x_of(p.end) + 1 and p.y0 <= y <= p.y0 + p.height:
                return Hit("presence", p, i)
        if len(self.milestone_x):
            xs = ax.transData.transform(
                np.column_stack([self.milestone_x, np.full(len(self.milestone_x), y)])
            )[:, 0]
            dist = np.abs(xs - px)
            i = int(np.argmin(dist))
            if dist[i] <= tolerance:
                return Hit("milestone", s.milestones[i], i)
        return None

    def edge_at(self, px: float, py: float, tolerance: float = 5.0) -> tuple[int, str] | None:
        """(bar index, "start" or "end") when (px, py) is on a bar's left or right edge."""
        ax = self.ax
        if not len(self.bar_x) or not ax.bbox.contains(px, py):
            return None
        _x, y = ax.transData.inverted().transform((px, py))
        rows = np.nonzero((self.bar_y[:, 0] <= y) & (y <= self.bar_y[:, 1]))[0]
        if not len(rows):
            return None
        scale = ax.transData.transform([(0.0, 0.0), (1.0, 0.0)])
        px_per_day = abs(scale[1, 0] - scale[0, 0]) or 1.0
        x_px = ax.transData.transform((0.0, 0.0))[0]
        best: tuple[float, int, str] | None = None
        for i in rows:
            for j, which in ((0, "start"), (1, "end")):
                ex = x_px + self.bar_x[i, j] * px_per_day
                d = abs(ex - px)
                # a narrow bar: the nearer edge wins, never both
                if d <= tolerance and (best is None or d < best[0]):
                    best = (d, int(i), which)
        return None if best is None else (best[1], best[2])

    # -- labels ----------------------------------------------------------------------

    def _view_key(self) -> object:
        return (
            self.ax.get_xlim(),
            self.ax.get_ylim(),
            self.ax.bbox.bounds,
            self.figure.dpi,
        )

    def refresh_labels(self) -> None:
        """`update_labels` when the view changed since the labels were placed (the layers
        call it before they draw, so that a zoom or a resize never shows stale labels)."""
        if self._labels_key != self._view_key():
            self.update_labels()

    def update_labels(self) -> None:
        """Place text on the bars, gaps, presences and lead segments that have room for it
        at the current zoom (across and along), the row labels that fit one under the other
        and the milestone names; call after the x or y limits change."""
        ax = self.ax
        fig = self.figure
        self._labels_key = self._view_key()
        x_lo, x_hi = sorted(ax.get_xlim())
        y_lo, y_hi = sorted(ax.get_ylim())
        width_px = ax.bbox.width
        height_px = ax.bbox.height
        px_per_x = width_px / (x_hi - x_lo) if x_hi > x_lo else 0.0
        px_per_y = height_px / (y_hi - y_lo) if y_hi > y_lo else 0.0
        dpi = fig.dpi
        placed: list[Label] = []

        def fits(text: str, size: float, room_px: float) -> bool:
            return len(text) * size * CHAR_EM * dpi / 72 + 6 <= room_px

        def tall_enough(size: float, height: float) -> bool:
            # the text's line (ascent and descent) inside its bar, so that labels on
            # neighbouring lanes never run into each other
            return height * px_per_y >= size * dpi / 72 * LINE_EM

        def consider(c: _Candidate) -> bool:
            if not y_lo <= c.y <= y_hi or not tall_enough(c.size, c.height):
                return False
            v0, v1 = max(c.x0, x_lo), min(c.x1, x_hi)
            room = (v1 - v0) * px_per_x
            if room <= 12:
                return False
            for variant in c.variants:
                if fits(variant, c.size, room):
                    placed.append(_label(c, (v0 + v1) / 2, variant))
                    return True
            # the last variant cut to the room there is, when enough of it is left
            chars = int((room - 6) / (c.size * CHAR_EM * dpi / 72))
            if chars >= 7 and len(c.variants[-1]) > chars:
                placed.append(_label(c, (v0 + v1) / 2, _short(c.variants[-1], chars)))
                return True
            return False

        for c in self._candidates:
            if len(placed) >= self.max_labels:
                break
            consider(c)
        if self._bar_candidates and len(placed) < self.max_labels:
            x0, x1, yc, heights, index, next_x0 = self._bar_candidates
            size = self.theme.small_font_size
            visible = (yc >= y_lo) & (yc <= y_hi) & (x1 > x_lo) & (x0 < x_hi)
            visible &= heights * px_per_y >= size * dpi / 72 * LINE_EM
            room = (np.minimum(x1, x_hi) - np.maximum(x0, x_lo)) * px_per_x
            inside = visible & (room >= 28)
            ok = np.nonzero(inside)[0]
            ok = ok[np.argsort(-room[ok], kind="stable")]
            beside: list[int] = []
            for k in ok:
                if len(placed) >= self.max_labels:
                    break
                if not consider(self._bar_candidate(int(index[k]))):
                    beside.append(int(k))
            # a bar too short for its name: the name beside it, where its lane is free
            beside += [int(j) for j in np.nonzero(visible & ~inside)[0]]
            char_px = size * CHAR_EM * dpi / 72
            for j in beside:
                if len(placed) >= self.max_labels:
                    break
                if x1[j] >= x_hi:
                    continue
                free = (min(next_x0[j], x_hi) - x1[j]) * px_per_x - 8
                bar = self.series.bars[int(index[j])]
                for text in (_short(bar.actor_name, NAME_CHARS), _short(bar.actor_name, 14)):
                    if len(text) * char_px + 6 <= free:
                        placed.append(
                            Label(
                                float(x1[j]),
                                float(yc[j]),
                                text,
                                self.theme.foreground,
                                size,
                                "left",
                                "center",
                                background=self.theme.background,
                                dx=3.0,
                            )
                        )
                        break
        if self.label_layer is not None:
            self.label_layer.set_labels(placed)
        self._place_row_labels(y_lo, y_hi, px_per_y)
        self._place_milestone_labels(x_lo, x_hi, px_per_x)

    def shown_labels(self) -> list[str]:
        """The text on bars, gaps, presences and lead segments now."""
        return self.label_layer.texts() if self.label_layer is not None else []

    def shown_row_labels(self) -> list[str]:
        return self.row_layer.texts() if self.row_layer is not None else []

    def _place_row_labels(self, y_lo: float, y_hi: float, px_per_y: float) -> None:
        """The rows' names left of the chart (right-aligned), the areas' and categories'
        headings at the figure's left edge (bold; the areas' larger, the categories' indented
        under them); a name only where it clears the one above."""
        if self.row_layer is None:
            return
        positions, texts, headings = self._row_ticks
        inside = np.nonzero((positions >= y_lo) & (positions <= y_hi))[0]
        pitch = self.theme.font_size * self.figure.dpi / 72 * 1.05 / max(px_per_y, 1e-9)
        shown: list[int] = []
        last = -np.inf
        for i in inside:
            if positions[i] - last >= pitch:
                shown.append(int(i))
                last = positions[i]
        size, fg = self.theme.font_size, self.theme.foreground
        # the headings start at the figure's left edge: that far left of the axes (points)
        to_edge = -(self.ax.bbox.x0 / self.figure.dpi * 72) + 4
        indent = 8.0 if 2 in headings else 0.0
        self.row_layer.set_labels(
            [
                Label(
                    0.0,
                    float(positions[i]),
                    texts[i],
                    fg,
                    size + 1 if headings[i] == 2 else size,
                    "left",
                    "center",
                    bold=True,
                    dx=to_edge + (indent if headings[i] == 1 else 0.0),
                )
                if headings[i]
                else Label(0.0, float(positions[i]), texts[i], fg, size, "right", "center", dx=-3.5)
                for i in shown
            ]
        )

    def _bar_candidate(self, i: int) -> _Candidate:
        bar = self.series.bars[i]
        color = self.actor_colors.get(bar.actor_id, "#999999")
        variants = []
        if bar.capacity is not None:
            variants.append(f"{_short(bar.actor_name, NAME_CHARS)} · {_number(bar.capacity)}")
        variants.append(_short(bar.actor_name, NAME_CHARS))
        return _Candidate(
            self.x_of(bar.start),
            self.x_of(bar.end) + 1,
            bar.y0 + bar.height / 2,
            bar.height,
            tuple(variants),
            text_color_on(color),
            color
            if bar.funding_status in (FundingStatus.UNFUNDED, FundingStatus.PLEDGED)
            else None,
            self.theme.small_font_size,
            3,
        )

    def _place_milestone_labels(self, x_lo: float, x_hi: float, px_per_x: float) -> None:
        """Milestone names above the chart, on `milestone_levels` levels; a name that finds no
        room whole is abbreviated (hovering it shows it whole)."""
        self.milestone_boxes = []
        if self.milestone_layer is None:
            return
        size = self.theme.small_font_size
        dpi = self.figure.dpi
        fg = self.theme.foreground
        ax_x0, ax_top = self.ax.bbox.x0, self.ax.bbox.y1
        line_px = (size + 3.5) * dpi / 72
        placed: list[Label] = []
        for i, variant, level, left, w, to_left in _milestone_slots(
            self.series.milestones,
            [self.x_of(m.day) for m in self.series.milestones],
            x_lo,
            x_hi,
            px_per_x,
            size * CHAR_EM * dpi / 72,
            self.milestone_levels,
        ):
            placed.append(
                Label(
                    self.x_of(self.series.milestones[i].day),
                    1.0,
                    variant,
                    fg,
                    size,
                    "right" if to_left else "left",
                    "bottom",
                    dx=-2 if to_left else 2,
                    dy=3 + level * (size + 3.5),
                )
            )
            y0 = ax_top + (3 + level * (size + 3.5)) * dpi / 72
            self.milestone_boxes.append((ax_x0 + left, ax_x0 + left + w, y0, y0 + line_px, i))
        self.milestone_layer.set_labels(placed)

    # -- highlights ----------------------------------------------------------------------

    def set_highlight(self, x0: float, x1: float, y0: float, y1: float) -> None:
        if self.highlight is None:
            self.highlight = Rectangle(
                (x0, y0),
                x1 - x0,
                y1 - y0,
                fill=False,
                linewidth=2.4,
                edgecolor=self.theme.highlight,
                zorder=8,
            )
            self.ax.add_patch(self.highlight)
        else:
            self.highlight.set_bounds(x0, y0, x1 - x0, y1 - y0)
        self.highlight.set_visible(True)

    def set_row_highlight(self, row: Row | None) -> None:
        if row is None:
            if self.row_highlight is not None:
                self.row_highlight.set_visible(False)
            return
        x0, x1 = self.horizon_x
        far = 1e6
        if self.row_highlight is None:
            self.row_highlight = Rectangle(
                (x0 - far, row.y0),
                x1 - x0 + 2 * far,
                row.height,
                facecolor=to_rgba(OKABE_ITO["yellow"], 0.22),
                edgecolor="none",
                zorder=0.8,
            )
            self.ax.add_patch(self.row_highlight)
        else:
            self.row_highlight.set_bounds(x0 - far, row.y0, x1 - x0 + 2 * far, row.height)
        self.row_highlight.set_visible(True)

    def clear_highlight(self) -> None:
        if self.highlight is not None:
            self.highlight.set_visible(False)
        self.set_row_highlight(None)


def _milestone_slots(
    milestones: Sequence[MilestoneLine],
    xs: Sequence[float],
    x_lo: float,
    x_hi: float,
    px_per_x: float,
    char_px: float,
    levels: int,
) -> list[tuple[int, str, int, float, float, bool]]:
    """Where the milestone names go: (index, text, level, left px, width px, runs left of
    its line) for each name that finds a place.

    First every name gets a level with its shortest form (so that as many as possible show),
    then each grows to the longest form that still ends before the next name on its level."""

    def width(text: str) -> float:
        return len(text) * char_px + 8

    shortest = MILESTONE_CHARS[-1]
    right_edge = (x_hi - x_lo) * px_per_x
    level_end = [-1e18] * levels
    # (index, level, px of its line, left, width, runs left) with the shortest forms
    first: list[tuple[int, int, float, float, float, bool]] = []
    for i, (m, x) in enumerate(zip(milestones, xs, strict=True)):
        if not x_lo <= x <= x_hi:
            continue
        px = (x - x_lo) * px_per_x
        w = width(_short(m.name, shortest))
        to_left = w > right_edge - px
        left = px - w if to_left else px
        for level in range(levels):
            if left > level_end[level]:
                level_end[level] = left + w
                first.append((i, level, px, left, w, to_left))
                break
    slots: list[tuple[int, str, int, float, float, bool]] = []
    for level in range(levels):
        row = sorted((e for e in first if e[1] == level), key=lambda e: e[3])
        previous_right = -1e18
        for k, (i, _lv, px, left, w, to_left) in enumerate(row):
            next_left = row[k + 1][3] if k + 1 < len(row) else 1e18
            chosen = _short(milestones[i].name, shortest)
            for chars in MILESTONE_CHARS:
                text = _short(milestones[i].name, chars)
                tw = width(text)
                if to_left:
                    fits = px - tw >= previous_right + 4 or (k == 0 and px - tw >= -1e17)
                else:
                    fits = px + tw <= min(next_left - 4, right_edge + 4)
                if fits:
                    chosen = text
                    break
            w = width(chosen)
            left = px - w if to_left else px
            previous_right = left + w
            slots.append((i, chosen, level, left, w, to_left))
    slots.sort(key=lambda t: t[0])
    return slots


def milestone_levels_needed(art: TimelineArtists, axes_width_px: float) -> int:
    """The levels the milestone names need when the whole horizon shows in `axes_width_px`."""
    s = art.series
    if not s.milestones:
        return 0
    x_lo, x_hi = art.fit_limits()
    px_per_x = axes_width_px / (x_hi - x_lo) if x_hi > x_lo else 0.0
    char_px = art.theme.small_font_size * CHAR_EM * art.figure.dpi / 72
    xs = [art.x_of(m.day) for m in s.milestones]
    for levels in range(1, MILESTONE_LEVELS + 1):
        slots = _milestone_slots(s.milestones, xs, x_lo, x_hi, px_per_x, char_px, levels)
        if len(slots) == len(s.milestones):
            return levels
    return MILESTONE_LEVELS


def marker_offsets_pt(markers: Sequence[Marker]) -> np.ndarray:
    """How far (points, to the right) each marker sits from its day: markers of one row and
    day side by side."""
    return np.array([(m.slot - (m.slots - 1) / 2) * MARKER_PITCH_PT for m in markers], float)


def _presence_candidate(art: TimelineArtists, p: PresenceBar) -> _Candidate:
    full = art.labels.presence.format(
        name=p.name, kind=enum_label(p.kind), lead=p.lead.label_on(p.start)
    )
    color = PRESENCE_KIND_COLOR[p.kind]
    return _Candidate(
        art.x_of(p.start),
        art.x_of(p.end) + 1,
        p.y0 + p.height / 2,
        p.height,
        (full, p.name),
        "#000000",
        color
        if PRESENCE_KIND_HATCH[p.kind] or p.drawdown_start is not None or p.compressed
        else None,
        art.theme.font_size,
        0,
    )


def _lead_candidate(art: TimelineArtists, g: LeadSegment) -> _Candidate:
    full = art.labels.lead_segment.format(lead=g.lead.label_on(g.start), presence=g.presence_name)
    return _Candidate(
        art.x_of(g.start),
        art.x_of(g.end) + 1,
        art.series.lead_row.center,
        art.series.lead_row.height - 0.24,
        (full, str(g.lead)),
        "#000000",
        None,
        art.theme.small_font_size,
        1,
    )


def _gap_candidate(art: TimelineArtists, g: GapSpan) -> _Candidate:
    text = art.labels.days.format(n=f"{g.days:,}")
    return _Candidate(
        art.x_of(g.start),
        art.x_of(g.end) + 1,
        g.y0 + g.height / 2,
        g.height,
        (text,),
        "#000000" if not art.theme.dark else "#FFFFFF",
        art.theme.background,
        art.theme.small_font_size,
        2,
    )


def visible_rows(art: TimelineArtists) -> tuple[float, float]:
    """(top, bottom) of the rows in view."""
    a, b = art.ax.get_ylim()
    return min(a, b), max(a, b)


def span_of(art: TimelineArtists, item: object) -> tuple[float, float, float, float] | None:
    """(x0, x1, y0, y1) of a drawn series item, for highlighting."""
    if isinstance(item, AssignmentBar | PresenceBar):
        return (art.x_of(item.start), art.x_of(item.end) + 1, item.y0, item.y0 + item.height)
    if isinstance(item, GapSpan):
        return (art.x_of(item.start), art.x_of(item.end) + 1, item.y0, item.y0 + item.height)
    if isinstance(item, Marker | HandoverMark):
        # a box around the marker as drawn now (its side-by-side offset included)
        lo, hi = art.ax.get_xlim()
        pt_x = abs(hi - lo) / max(art.ax.bbox.width, 1.0) * art.figure.dpi / 72
        offset = (item.slot - (item.slots - 1) / 2) * MARKER_PITCH_PT * pt_x
        if isinstance(item, Marker):
            x = art.x_of(item.day) + offset
            return (x - 6.5 * pt_x, x + 6.5 * pt_x, item.y - 0.4, item.y + 0.4)
        x = art.x_of(item.due) + 0.5 + offset
        return (x - 6.5 * pt_x, x + 6.5 * pt_x, item.y - 0.3, item.y + 0.3)
    if isinstance(item, Bridge):
        return (art.x_of(item.start), art.x_of(item.end) + 1, item.y0 - 0.1, item.y0 + 0.3)
    if isinstance(item, MilestoneLine):
        x = art.x_of(item.day)
        return (x, x + 1, 0.0, art.series.total_height)
    if isinstance(item, OutsideSpan):
        return (art.x_of(item.start), art.x_of(item.end) + 1, item.y - 0.12, item.y + 0.12)
    if isinstance(item, DrawdownBracket):
        x0 = art.x_of(item.start) + 1
        return (x0, max(x0, art.x_of(item.end)), item.y - 0.4, item.y + 0.08)
    if isinstance(item, LeadSegment | LeadChange):
        row = art.series.lead_row
        if isinstance(item, LeadChange):
            x = art.x_of(item.day)
            return (x - 2, x + 3, row.y0, row.y1)
        return (art.x_of(item.start), art.x_of(item.end) + 1, row.y0, row.y1)
    return None
