"""Draw a `TimelineSeries` on a matplotlib `Figure` (no pyplot, no Qt).

Bars, gaps, shading and lines are drawn as a few collections, never one artist per bar. Text is
drawn by a few `TextLayer`s (bar, gap, presence and lead labels; row labels; category headers;
milestone names), not by a `Text` artist per label, and placed only where there is room, across
and along (`TimelineArtists.update_labels` places it again after a zoom or pan; the layers do it
themselves when they draw after the view changed). The legend is drawn the same way
(`FigureLegend`). `TimelineArtists` also answers "what is under this pixel?" for hover, click
and edge dragging.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgba, to_rgba_array
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch, Rectangle
from matplotlib.path import Path
from matplotlib.text import Text
from matplotlib.ticker import NullLocator
from matplotlib.transforms import ScaledTranslation

from ..domain.enums import FundingStatus, PresenceKind
from .series import (
    MARKER_RULES,
    ActorInfo,
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
from .textlayer import Label, TextLayer
from .theme import (
    FUNDING_GAP_HATCH,
    FUNDING_HATCH,
    GAP_COLOR,
    GAP_HATCH,
    LEAD_COLOR,
    LIGHT,
    OKABE_ITO,
    PRESENCE_KIND_COLOR,
    PRESENCE_KIND_HATCH,
    ActorGroup,
    Theme,
    group_colors,
    marker_style,
    text_color_on,
)

#: At most this many labels on bars, gaps, presences and lead segments at a time.
MAX_LABELS = 160
#: At most this many actors in the legend (the rest are summed up in one entry).
MAX_LEGEND_ACTORS = 24
#: Milestone labels go on up to this many levels above the chart (as many as the names need
#: when the whole horizon shows).
MILESTONE_LEVELS = 4
#: The milestone name's variants tried, longest first (characters).
MILESTONE_CHARS = (30, 16, 9)
#: Markers of one row and day sit this far apart (points).
MARKER_PITCH_PT = 9.0
#: Average width of a character, in ems (DejaVu Sans), to judge whether a label fits.
CHAR_EM = 0.58
#: The height of a line of text, in ems: a label needs this much room across its bar.
LINE_EM = 0.95
NAME_CHARS = 34
TODAY_COLOR = OKABE_ITO["reddish_purple"]
DRAWDOWN_COLOR = OKABE_ITO["reddish_purple"]
#: The outlives_presence line: dots (a dash pattern in points).
OUTSIDE_DASHES = (0, (0.6, 2.2))


@dataclass(frozen=True)
class TimelineLabels:
    """The fixed words of the timeline (the Qt view passes translated ones)."""

    presences: str = "Presences"
    lead: str = "HQ lead"
    today: str = "Today"
    secured: str = "Secured or not tracked"
    pledged: str = "Pledged"
    unfunded: str = "Unfunded"
    coverage_gap: str = "Coverage / presence gap"
    funding_gap: str = "Funding gap"
    cold_handover: str = "Cold handover"
    capacity_cliff: str = "Capacity cliff"
    un_exit: str = "The UN stops carrying it"
    lead_change: str = "Lead change"
    outside: str = "Outside its presence"
    drawdown: str = "Drawdown before election"
    milestone: str = "Milestone"
    not_required: str = "Not required"
    #: A gap's length on its span: {n} is the number of days.
    days: str = "{n} d"
    #: A presence's label: {name}, {kind}, {lead}.
    presence: str = "{name} · {kind} · {lead} lead"
    #: A lead segment's label: {lead}, {presence}.
    lead_segment: str = "{lead} ({presence})"
    #: A function's label: {name}, {priority}.
    function: str = "{name} · {priority}"
    more_actors: str = "… and {n} more actors"
    no_functions: str = "No functions yet: add functions and assignments to see who carries what."
    #: The legend's headings of the actor groups (UN mission, UN entity, national …).
    groups: dict[str, str] = field(default_factory=dict)

    def marker(self, rule: str) -> str:
        """The legend's word for a finding drawn as a marker."""
        text = getattr(self, rule, None)
        return text if isinstance(text, str) else rule.replace("_", " ").capitalize()

    def group(self, group: ActorGroup) -> str:
        return self.groups.get(group.name, group.value)


@dataclass
class Hit:
    """What is under the pointer: `kind` is "bar", "gap", "marker", "outside", "drawdown",
    "milestone", "presence", "lead" or "lead_change"; `item` the series item."""

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
    _candidates: list[_Candidate] = field(default_factory=list)
    _bar_candidates: tuple[np.ndarray, ...] = ()
    #: row label positions, texts, and whether each is a category's heading
    _row_ticks: tuple[np.ndarray, list[str], list[bool]] = (np.zeros(0), [], [])
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
        if len(self.marker_xy):
            points = ax.transData.transform(self.marker_xy)
            points[:, 0] += self.marker_dx * self.figure.dpi / 72
            dist = np.hypot(points[:, 0] - px, points[:, 1] - py)
            i = int(np.argmin(dist))
            if dist[i] <= tolerance + 3:
                return Hit("marker", s.markers[i], i)
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
        """The rows' names left of the chart (right-aligned), the categories' headings at the
        figure's left edge (bold); a name only where it clears the one above."""
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
        self.row_layer.set_labels(
            [
                Label(
                    0.0,
                    float(positions[i]),
                    texts[i],
                    fg,
                    size,
                    "left",
                    "center",
                    bold=True,
                    dx=to_edge,
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


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _epoch() -> int:
    return date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]


def actor_colors(actors: Sequence[ActorInfo]) -> dict[str, str]:
    """A colour per actor: the hue of its group (UN mission, UN entity, national, partner …),
    a lightness per actor within the group (see `theme.group_colors`)."""
    by_group: dict[ActorGroup, list[ActorInfo]] = {}
    for a in actors:
        by_group.setdefault(a.group, []).append(a)
    colors: dict[str, str] = {}
    for group, members in by_group.items():
        for a, color in zip(members, group_colors(group, len(members)), strict=True):
            colors[a.id] = color
    return colors


def marker_offsets_pt(markers: Sequence[Marker]) -> np.ndarray:
    """How far (points, to the right) each marker sits from its day: markers of one row and
    day side by side."""
    return np.array([(m.slot - (m.slots - 1) / 2) * MARKER_PITCH_PT for m in markers], float)


def _rects(x0: np.ndarray, x1: np.ndarray, y0: np.ndarray, y1: np.ndarray) -> Any:
    """Vertices of axis-aligned rectangles, shape (n, 4, 2)."""
    n = len(x0)
    verts = np.empty((n, 4, 2))
    verts[:, 0, 0] = x0
    verts[:, 0, 1] = y0
    verts[:, 1, 0] = x0
    verts[:, 1, 1] = y1
    verts[:, 2, 0] = x1
    verts[:, 2, 1] = y1
    verts[:, 3, 0] = x1
    verts[:, 3, 1] = y0
    return verts


def _hatch(ax: Axes, verts: np.ndarray, hatch: str, color: Any, zorder: float) -> PathPatch:
    """One hatched overlay for many rectangles: a single compound path.

    Agg sets hatching up once per path, so a hatched collection of 500 bars takes ~300 ms to
    draw; the same hatch over one compound path takes ~2 ms.
    """
    patch = PathPatch(
        Path.make_compound_path_from_polys(verts),
        facecolor="none",
        edgecolor="none",
        hatch=hatch,
        hatchcolor=color,
        linewidth=0,
        zorder=zorder,
    )
    # add_artist, not add_patch: no data-limit update (slow for big compound paths)
    ax.add_artist(patch)
    return patch


def _layer(ax: Axes, transform: Any, clip: str | None, zorder: float) -> TextLayer:
    layer = TextLayer(ax, transform, clip=clip, zorder=zorder)
    ax.add_artist(layer)
    return layer


def draw_timeline(
    fig: Figure,
    series: TimelineSeries,
    *,
    theme: Theme = LIGHT,
    labels: TimelineLabels | None = None,
    title: str | None = None,
    legend: bool = True,
    max_labels: int = MAX_LABELS,
    reuse: TimelineArtists | None = None,
) -> TimelineArtists:
    """Draw `series` on `fig` (cleared first) and return what was drawn.

    `legend=False` leaves the legend out (see `draw_legend`); `max_labels` caps the text on
    bars, gaps, presences and lead segments. `reuse`, the timeline drawn before on the same
    figure without legend or title, keeps its axes (and their ticks) and replaces only what
    is drawn on them: a redraw after an edit costs a third less."""
    labels = labels or TimelineLabels()
    if (
        reuse is not None
        and reuse.figure is fig
        and fig.axes == [reuse.ax]
        and reuse.theme == theme
        and reuse.legend is None
        and reuse.title is None
        and not legend
        and not title
    ):
        ax = reuse.ax
        for group in (ax.collections, ax.lines, ax.patches, ax.artists, ax.texts, ax.images):
            for child in list(group):
                child.remove()
    else:
        fig.clear()
        fig.set_facecolor(theme.background)
        ax = fig.add_subplot(1, 1, 1)
        ax.set_facecolor(theme.background)
    epoch = _epoch()
    art = TimelineArtists(fig, ax, series, theme, labels, epoch, max_labels=max_labels)
    s = series
    h0, h1 = art.horizon_x
    fg, muted = theme.foreground, theme.muted

    def xs(days: Sequence[date], shift: int = 0) -> np.ndarray:
        return np.fromiter((d.toordinal() - epoch + shift for d in days), float, len(days))

    # -- background: row stripes, not-required shading, outside the horizon ------------------
    function_rows = [r for r in s.rows if r.kind == "function"]
    stripes = [r for k, r in enumerate(function_rows) if k % 2 == 1]
    far = 1e6
    if stripes:
        ax.add_collection(
            PolyCollection(
                _rects(
                    np.full(len(stripes), h0 - far),
                    np.full(len(stripes), h1 + far),
                    np.array([r.y0 for r in stripes]),
                    np.array([r.y1 for r in stripes]),
                ),
                facecolors=theme.row_stripe,
                edgecolors="none",
                zorder=0.5,
            ),
            autolim=False,
        )
    if s.not_required:
        nr = s.not_required
        verts = _rects(
            xs([n.start for n in nr]),
            xs([n.end for n in nr], 1),
            np.array([n.y0 for n in nr]),
            np.array([n.y0 + n.height for n in nr]),
        )
        coll = PolyCollection(verts, facecolors=theme.not_required, edgecolors="none", zorder=0.6)
        ax.add_collection(coll, autolim=False)
        art.collections["not_required"] = coll
        art.collections["hatch:not_required"] = _hatch(ax, verts, "..", to_rgba(muted, 0.4), 0.65)
    outside = PolyCollection(
        _rects(
            np.array([h0 - far, h1]),
            np.array([h0, h1 + far]),
            np.array([-far, -far]),
            np.array([far, far]),
        ),
        facecolors=to_rgba(muted, 0.18),
        edgecolors="none",
        zorder=0.4,
    )
    ax.add_collection(outside, autolim=False)
    ax.vlines([h0, h1], -far, far, colors=fg, linewidths=1.0, zorder=6)

    # -- separators and category headers ----------------------------------------------------------
    separators = [r.y0 for r in s.rows if r.kind == "category"]
    separators.append(s.lead_row.y0)
    separators.append(s.lead_row.y1)
    ax.hlines(separators, h0 - far, h1 + far, colors=muted, linewidths=0.6, zorder=1)
    # (the categories' headings are drawn with the row labels, left of the chart)

    # -- presences ----------------------------------------------------------------------
    for kind in PresenceKind:
        items = [p for p in s.presences if p.kind is kind]
        if not items:
            continue
        coll = PolyCollection(
            _rects(
                xs([p.start for p in items]),
                xs([p.end for p in items], 1),
                np.array([p.y0 for p in items]),
                np.array([p.y0 + p.height for p in items]),
            ),
            facecolors=PRESENCE_KIND_COLOR[kind],
            edgecolors=fg,
            linewidths=0.6,
            hatch=PRESENCE_KIND_HATCH[kind] or None,
            zorder=2,
        )
        ax.add_collection(coll, autolim=False)
        art.collections[f"presence:{kind.value}"] = coll
        for p in items:
            art._candidates.append(_presence_candidate(art, p))

    # -- lead lane ----------------------------------------------------------------------
    lead = s.lead_row
    if s.lead_segments:
        segs = s.lead_segments
        coll = PolyCollection(
            _rects(
                xs([g.start for g in segs]),
                xs([g.end for g in segs], 1),
                np.full(len(segs), lead.y0 + 0.12),
                np.full(len(segs), lead.y1 - 0.12),
            ),
            facecolors=[LEAD_COLOR[g.lead] for g in segs],
            edgecolors=fg,
            linewidths=0.6,
            zorder=2,
        )
        ax.add_collection(coll, autolim=False)
        art.collections["lead"] = coll
        for g in segs:
            art._candidates.append(_lead_candidate(art, g))
    if s.lead_changes:
        cx = xs([c.day for c in s.lead_changes])
        line = Line2D(
            cx,
            np.full(len(cx), lead.center),
            linestyle="none",
            marker="D",
            markersize=6,
            markerfacecolor=theme.background,
            markeredgecolor=fg,
            markeredgewidth=1.2,
            zorder=6,
        )
        ax.add_line(line)
        art.collections["lead_changes"] = line

    # -- milestones ----------------------------------------------------------------------
    if s.milestones:
        mx = xs([m.day for m in s.milestones])
        art.milestone_x = mx
        lines = LineCollection(
            [((x, -far), (x, far)) for x in mx],
            colors=muted,
            linewidths=0.9,
            linestyles=(0, (4, 3)),
            zorder=1.8,
        )
        ax.add_collection(lines, autolim=False)
        art.collections["milestones"] = lines
    art.milestone_layer = _layer(ax, ax.get_xaxis_transform(), None, 7)

    art.label_layer = _layer(ax, ax.transData, "axes", 7)

    # -- assignment bars ----------------------------------------------------------------------
    art.actor_colors = actor_colors(s.actors)
    bars = s.bars
    if bars:
        bx0 = xs([b.start for b in bars])
        bx1 = xs([b.end for b in bars], 1)
        by0 = np.fromiter((b.y0 for b in bars), float, len(bars))
        by1 = by0 + np.fromiter((b.height for b in bars), float, len(bars))
        art.bar_x = np.column_stack([bx0, bx1])
        art.bar_y = np.column_stack([by0, by1])
        colors = to_rgba_array([art.actor_colors.get(b.actor_id, "#999999") for b in bars])
        verts = _rects(bx0, bx1, by0, by1)
        coll = PolyCollection(verts, facecolors=colors, edgecolors=fg, linewidths=0.5, zorder=3)
        ax.add_collection(coll, autolim=False)
        art.collections["bars"] = coll
        groups: dict[str, list[int]] = {}
        for i, b in enumerate(bars):
            hatch = FUNDING_HATCH.get(b.funding_status, "")
            if hatch:
                groups.setdefault(hatch, []).append(i)
        for hatch, idx in groups.items():
            art.collections[f"hatch:{hatch}"] = _hatch(
                ax, verts[np.asarray(idx)], hatch, to_rgba(fg, 0.85), 3.1
            )
        yc = (by0 + by1) / 2
        # where the next bar of the same lane starts (room for a name beside a short bar)
        next_x0 = np.full(len(bars), np.inf)
        lanes: dict[float, list[int]] = {}
        for k, lane_y in enumerate(by0):
            lanes.setdefault(float(lane_y), []).append(k)
        for members in lanes.values():
            members.sort(key=lambda k: float(bx0[k]))
            for first, second in pairwise(members):
                next_x0[first] = bx0[second]
        for gap in s.gaps:  # … or the next gap on its row
            gap_x0, gap_top, gap_bottom = art.x_of(gap.start), gap.y0, gap.y0 + gap.height
            after = (gap_x0 >= bx1) & (by0 < gap_bottom) & (by1 > gap_top)
            next_x0[after] = np.minimum(next_x0[after], gap_x0)
        art._bar_candidates = (bx0, bx1, yc, by1 - by0, np.arange(len(bars)), next_x0)

    # -- gaps ----------------------------------------------------------------------
    gaps = s.gaps
    if gaps:
        gx0 = xs([g.start for g in gaps])
        gx1 = xs([g.end for g in gaps], 1)
        gy0 = np.fromiter((g.y0 for g in gaps), float, len(gaps))
        gy1 = gy0 + np.fromiter((g.height for g in gaps), float, len(gaps))
        art.gap_x = np.column_stack([gx0, gx1])
        art.gap_y = np.column_stack([gy0, gy1])
        verts = _rects(gx0, gx1, gy0, gy1)
        spans = np.array([g.rule != "funding_gap" for g in gaps])
        if spans.any():
            coll = PolyCollection(
                verts[spans],
                facecolors=to_rgba(GAP_COLOR, 0.16),
                edgecolors=GAP_COLOR,
                linewidths=1.0,
                zorder=2.5,
            )
            ax.add_collection(coll, autolim=False)
            art.collections["gaps"] = coll
            art.collections["hatch:gaps"] = _hatch(ax, verts[spans], GAP_HATCH, GAP_COLOR, 2.6)
        if (~spans).any():
            coll = PolyCollection(
                verts[~spans],
                facecolors=to_rgba(GAP_COLOR, 0.35),
                edgecolors=GAP_COLOR,
                linewidths=0.8,
                zorder=3.5,
            )
            ax.add_collection(coll, autolim=False)
            art.collections["funding_gaps"] = coll
            art.collections["hatch:funding_gaps"] = _hatch(
                ax, verts[~spans], FUNDING_GAP_HATCH, GAP_COLOR, 3.6
            )
        for gap in gaps:
            if gap.rule != "funding_gap":
                art._candidates.append(_gap_candidate(art, gap))

    # -- markers ----------------------------------------------------------------------
    if s.markers:
        art.marker_xy = np.column_stack(
            [xs([m.day for m in s.markers]), np.array([m.y for m in s.markers])]
        )
        art.marker_dx = marker_offsets_pt(s.markers)
        # one line per rule and offset: markers of one day side by side, never stacked
        by_look: dict[tuple[str, float], list[int]] = {}
        for i, m in enumerate(s.markers):
            by_look.setdefault((m.rule, float(art.marker_dx[i])), []).append(i)
        for (rule, dx), idx in by_look.items():
            style = marker_style(rule)
            pts = art.marker_xy[np.asarray(idx)]
            line = Line2D(
                pts[:, 0],
                pts[:, 1],
                linestyle="none",
                marker=style.marker,
                markersize=style.size,
                markerfacecolor=style.color,
                markeredgecolor=fg,
                markeredgewidth=1.2,
                zorder=6,
                transform=ax.transData + ScaledTranslation(dx / 72, 0, fig.dpi_scale_trans),
            )
            ax.add_line(line)
            art.collections[f"markers:{rule}:{dx:g}"] = line

    # -- findings drawn as lines: outside the presence, drawdown before an election -------
    if s.outside:
        ox0 = xs([o.start for o in s.outside])
        ox1 = xs([o.end for o in s.outside], 1)
        oy = np.array([o.y for o in s.outside])
        art.outside_x = np.column_stack([ox0, ox1])
        art.outside_y = oy
        dotted = LineCollection(
            list(np.stack([np.column_stack([ox0, oy]), np.column_stack([ox1, oy])], axis=1)),
            colors=fg,
            linewidths=2.2,
            linestyles=OUTSIDE_DASHES,
            capstyle="round",
            zorder=5,
        )
        ax.add_collection(dotted, autolim=False)
        art.collections["outside"] = dotted
        # the bar's days outside the presence count for nothing: washed out
        bar_of = {b.id: b for b in s.bars}
        faded = [bar_of[o.assignment_id] for o in s.outside]
        fade = PolyCollection(
            _rects(
                ox0,
                ox1,
                np.array([b.y0 for b in faded]),
                np.array([b.y0 + b.height for b in faded]),
            ),
            facecolors=to_rgba(theme.background, 0.55),
            edgecolors="none",
            zorder=3.2,
        )
        ax.add_collection(fade, autolim=False)
        art.collections["outside_fade"] = fade
    if s.drawdowns:
        dx0 = xs([d.start for d in s.drawdowns], 1)
        dx1 = xs([d.end for d in s.drawdowns])
        dy = np.array([d.y for d in s.drawdowns])
        art.drawdown_x = np.column_stack([dx0, np.maximum(dx0, dx1)])
        art.drawdown_y = dy
        segments = []
        for a, b, y in zip(dx0, dx1, dy, strict=True):
            segments += [((a, y), (b, y)), ((a, y), (a, y - 0.32)), ((b, y), (b, y - 0.32))]
        brackets = LineCollection(
            segments, colors=DRAWDOWN_COLOR, linewidths=2.2, capstyle="butt", zorder=5.5
        )
        ax.add_collection(brackets, autolim=False)
        art.collections["drawdowns"] = brackets

    # -- today ----------------------------------------------------------------------
    if s.today is not None:
        tx = art.x_of(s.today) + 0.5
        ax.axvline(tx, color=TODAY_COLOR, linewidth=1.6, zorder=6.5)
        ax.annotate(
            labels.today,
            xy=(tx, 0.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, 3),
            textcoords="offset points",
            ha="left",
            va="bottom",
            fontsize=theme.small_font_size,
            color=TODAY_COLOR,
            fontweight="bold",
            bbox={"facecolor": theme.background, "edgecolor": "none", "pad": 1.0},
            zorder=7,
            annotation_clip=True,
        )

    # -- axes ----------------------------------------------------------------------
    # the row labels: a text layer left of the axes, not tick labels (a tick costs ~1 ms)
    ticks: list[float] = []
    tick_text: list[str] = []
    heading: list[bool] = []
    pres = [r for r in s.rows if r.kind == "presence"]
    if pres:
        ticks.append((pres[0].y0 + pres[-1].y1) / 2)
        tick_text.append(labels.presences)
        heading.append(False)
    ticks.append(lead.center)
    tick_text.append(labels.lead)
    heading.append(False)
    for r in s.rows:
        if r.kind == "category":
            ticks.append(r.center)
            tick_text.append(_short(r.label, NAME_CHARS))
            heading.append(True)
        elif r.kind == "function":
            ticks.append(r.center)
            tick_text.append(
                labels.function.format(name=_short(r.label, NAME_CHARS), priority=r.priority or "")
            )
            heading.append(False)
    art._row_ticks = (np.asarray(ticks, dtype=float), tick_text, heading)
    art.row_layer = _layer(ax, ax.get_yaxis_transform(), "rows", 7)
    ax.yaxis.set_major_locator(NullLocator())
    ax.tick_params(axis="x", labelsize=theme.font_size, colors=fg)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=14)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(
        mdates.ConciseDateFormatter(locator, show_offset=False)  # type: ignore[no-untyped-call]
    )
    ax.xaxis.grid(True, color=theme.grid, linewidth=0.7, zorder=0)
    ax.set_axisbelow(True)
    for spine in ax.spines.values():
        spine.set_color(muted)
    ax.set_xlim(*art.fit_limits())
    ax.set_ylim(max(s.total_height, 1.0) + 0.1, -0.1)
    if not function_rows:
        ax.text(
            0.5,
            0.5 * (1 + lead.y1 / max(s.total_height, 1.0)) / 2,
            labels.no_functions,
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=muted,
            fontsize=theme.font_size + 1,
        )

    # -- legend and title ----------------------------------------------------------------------
    if legend:
        art.legend = _legend(fig, art, labels, theme)
    if title:
        art.title = fig.text(
            0.01,
            0.995,
            title,
            ha="left",
            va="top",
            fontsize=theme.title_font_size,
            fontweight="bold",
            color=fg,
        )
    layout_timeline(art)
    for layer in (art.label_layer, art.row_layer, art.category_layer, art.milestone_layer):
        if layer is not None:
            layer.before_draw = art.refresh_labels
    art.update_labels()
    return art


def _presence_candidate(art: TimelineArtists, p: PresenceBar) -> _Candidate:
    full = art.labels.presence.format(name=p.name, kind=p.kind, lead=p.lead)
    color = PRESENCE_KIND_COLOR[p.kind]
    return _Candidate(
        art.x_of(p.start),
        art.x_of(p.end) + 1,
        p.y0 + p.height / 2,
        p.height,
        (full, p.name),
        "#000000",
        color if PRESENCE_KIND_HATCH[p.kind] else None,
        art.theme.font_size,
        0,
    )


def _lead_candidate(art: TimelineArtists, g: LeadSegment) -> _Candidate:
    full = art.labels.lead_segment.format(lead=g.lead, presence=g.presence_name)
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


def marker_rules(series: TimelineSeries) -> list[str]:
    """The rules drawn as markers on this chart, in the series' order of rules."""
    present = {m.rule for m in series.markers}
    ordered = [r for r in MARKER_RULES if r in present]
    return ordered + sorted(present - set(ordered))


def legend_handles(
    series: TimelineSeries, colors: dict[str, str], labels: TimelineLabels, theme: Theme
) -> list[Any]:
    """The legend's entries: the actors under their group's heading (UN mission, UN entity,
    national, partner …), then the symbols."""
    fg = theme.foreground
    handles: list[Any] = []
    actors = series.actors
    group: ActorGroup | None = None
    for a in actors[:MAX_LEGEND_ACTORS]:
        if a.group is not group:
            group = a.group
            handles.append(
                Patch(facecolor="none", edgecolor="none", label=labels.group(group) + ":")
            )
        handles.append(
            Patch(
                facecolor=colors.get(a.id, "#999999"),
                edgecolor=fg,
                linewidth=0.5,
                label=_short(a.name, 28),
            )
        )
    if len(actors) > MAX_LEGEND_ACTORS:
        handles.append(
            Patch(
                facecolor="none",
                edgecolor="none",
                label=labels.more_actors.format(n=len(actors) - MAX_LEGEND_ACTORS),
            )
        )
    neutral = theme.background
    handles += [
        Patch(
            facecolor=neutral,
            edgecolor=fg,
            hatch=FUNDING_HATCH[FundingStatus.PLEDGED],
            label=labels.pledged,
        ),
        Patch(
            facecolor=neutral,
            edgecolor=fg,
            hatch=FUNDING_HATCH[FundingStatus.UNFUNDED],
            label=labels.unfunded,
        ),
        Patch(
            facecolor=to_rgba(GAP_COLOR, 0.16),
            edgecolor=GAP_COLOR,
            hatch=GAP_HATCH,
            label=labels.coverage_gap,
        ),
        Patch(
            facecolor=to_rgba(GAP_COLOR, 0.35),
            edgecolor=GAP_COLOR,
            hatch=FUNDING_GAP_HATCH,
            label=labels.funding_gap,
        ),
        *(
            Line2D(
                [],
                [],
                linestyle="none",
                marker=marker_style(rule).marker,
                markersize=7,
                markerfacecolor=marker_style(rule).color,
                markeredgecolor=fg,
                label=labels.marker(rule),
            )
            for rule in marker_rules(series)
        ),
        Line2D(
            [],
            [],
            linestyle="none",
            marker="D",
            markersize=6,
            markerfacecolor=neutral,
            markeredgecolor=fg,
            label=labels.lead_change,
        ),
        Line2D([], [], color=theme.muted, linestyle=(0, (4, 3)), label=labels.milestone),
    ]
    if series.outside:
        handles.append(
            Line2D(
                [],
                [],
                color=fg,
                linewidth=2.2,
                linestyle=OUTSIDE_DASHES,
                solid_capstyle="round",
                dash_capstyle="round",
                label=labels.outside,
            )
        )
    if series.drawdowns:
        handles.append(
            Line2D(
                [],
                [],
                color=DRAWDOWN_COLOR,
                linewidth=2.2,
                marker="|",
                markersize=7,
                markeredgewidth=2.2,
                label=labels.drawdown,
            )
        )
    handles += [
        Patch(
            facecolor=theme.not_required,
            edgecolor=to_rgba(theme.muted, 0.35),
            hatch="..",
            label=labels.not_required,
        ),
    ]
    if series.today is not None:
        handles.append(Line2D([], [], color=TODAY_COLOR, linewidth=1.6, label=labels.today))
    return handles


#: A legend row, in ems of the legend's text; the handle's length; the space before the text.
LEGEND_PITCH_EM = 1.7
LEGEND_HANDLE_EM = 2.2
LEGEND_GAP_EM = 0.7
#: Space around the legend (inches).
LEGEND_PAD_IN = 0.06


class FigureLegend:
    """A legend drawn as a few artists on the figure: the plain swatches as one collection,
    a patch per hatched swatch, a line per line or marker, all the text as one `TextLayer`
    (matplotlib's `Legend` lays out and draws a `Text` per entry: ~1 ms each)."""

    def __init__(self, fig: Figure, handles: Sequence[Any], ncol: int, *, top: bool, theme: Theme):
        self.figure = fig
        self.legend_handles = list(handles)
        self.ncol = ncol
        self.rows = -(-len(handles) // ncol) if handles else 0
        self.artists: list[Any] = []
        em = theme.small_font_size / 72  # inches
        pitch = LEGEND_PITCH_EM * em
        width_in = fig.get_figwidth()
        col_w = (width_in - 2 * LEGEND_PAD_IN) / max(ncol, 1)
        height_in = fig.get_figheight()
        trans = fig.dpi_scale_trans
        plain_verts: list[Any] = []
        plain_face: list[Any] = []
        plain_edge: list[Any] = []
        texts: list[Label] = []
        for k, handle in enumerate(handles):
            col, row = divmod(k, max(self.rows, 1))
            x = LEGEND_PAD_IN + col * col_w
            if top:
                yc = height_in - LEGEND_PAD_IN - (row + 0.5) * pitch
            else:
                yc = LEGEND_PAD_IN + (self.rows - row - 0.5) * pitch
            x0, x1 = x, x + LEGEND_HANDLE_EM * em
            y0, y1 = yc - 0.5 * em, yc + 0.5 * em
            if isinstance(handle, Patch):
                face, edge = handle.get_facecolor(), handle.get_edgecolor()
                if handle.get_hatch():
                    rect = Rectangle(
                        (x0, y0),
                        x1 - x0,
                        y1 - y0,
                        facecolor=face,
                        edgecolor=edge,
                        hatch=handle.get_hatch(),
                        linewidth=handle.get_linewidth(),
                        transform=trans,
                    )
                    self.artists.append(fig.add_artist(rect))
                elif to_rgba(face)[3] > 0 or to_rgba(edge)[3] > 0:
                    plain_verts.append(((x0, y0), (x0, y1), (x1, y1), (x1, y0)))
                    plain_face.append(face)
                    plain_edge.append(edge)
            elif isinstance(handle, Line2D):
                if handle.get_linestyle() in ("None", "none", ""):
                    xs_, ys_ = [(x0 + x1) / 2], [yc]  # a marker alone
                else:
                    xs_, ys_ = [x0, x1], [yc, yc]  # a line (markers at its ends)
                line = Line2D(xs_, ys_, transform=trans)
                line.update_from(handle)
                line.set_transform(trans)
                self.artists.append(fig.add_artist(line))
            texts.append(
                Label(
                    x1 + LEGEND_GAP_EM * em,
                    yc,
                    str(handle.get_label()),
                    theme.foreground,
                    theme.small_font_size,
                    "left",
                    "center",
                )
            )
        if plain_verts:
            coll = PolyCollection(
                plain_verts,
                facecolors=plain_face,
                edgecolors=plain_edge,
                linewidths=0.5,
                transform=trans,
            )
            self.artists.append(fig.add_artist(coll))
        layer = TextLayer(None, trans, clip=None)
        layer.set_labels(texts)
        self.artists.append(fig.add_artist(layer))
        self.text_layer = layer

    def texts(self) -> list[str]:
        return self.text_layer.texts()

    def remove(self) -> None:
        for artist in self.artists:
            artist.remove()
        self.artists = []


def _legend_in(rows: int, theme: Theme) -> float:
    return rows * LEGEND_PITCH_EM * theme.small_font_size / 72 + 2 * LEGEND_PAD_IN if rows else 0.0


def draw_legend(
    fig: Figure,
    series: TimelineSeries,
    *,
    theme: Theme = LIGHT,
    labels: TimelineLabels | None = None,
) -> tuple[FigureLegend, int]:
    """The timeline's legend alone on `fig` (the Qt view shows it apart from the chart, so
    that zooming does not redraw it): (legend, number of its rows)."""
    labels = labels or TimelineLabels()
    fig.clear()
    fig.set_facecolor(theme.background)
    handles = legend_handles(series, actor_colors(series.actors), labels, theme)
    legend = FigureLegend(fig, handles, _legend_columns(fig), top=True, theme=theme)
    return legend, legend.rows


def legend_height_in(series: TimelineSeries, width_in: float, theme: Theme = LIGHT) -> float:
    """The height (inches) the legend of `series` takes at `width_in`."""
    n = len(legend_handles(series, {}, TimelineLabels(), theme))
    ncol = max(1, int(width_in / 2.0))
    return _legend_in(-(-n // ncol), theme)


def _legend(fig: Figure, art: TimelineArtists, labels: TimelineLabels, theme: Theme) -> Any:
    handles = legend_handles(art.series, art.actor_colors, labels, theme)
    art.legend_columns = _legend_columns(fig)
    return FigureLegend(fig, handles, art.legend_columns, top=False, theme=theme)


def _legend_columns(fig: Figure) -> int:
    return max(1, int(fig.get_figwidth() / 2.0))


def layout_timeline(art: TimelineArtists) -> None:
    """Margins from the figure's size: room for row labels, milestone labels and the legend.
    Call again after the figure is resized."""
    fig = art.figure
    w, h = fig.get_figwidth(), fig.get_figheight()
    theme = art.theme
    char_in = theme.font_size * CHAR_EM / 72
    longest = max((len(t) for t in (art.labels.presences, art.labels.lead)), default=8)
    for r in art.series.rows:
        if r.kind == "function":
            longest = max(longest, min(len(r.label), NAME_CHARS) + 3 + len(str(r.priority)))
        elif r.kind == "category":
            longest = max(longest, min(len(r.label), NAME_CHARS) + 2)
    left_in = min(longest * char_in + 0.2, w * 0.38)
    ncol = _legend_columns(fig)
    if art.legend is not None and art.legend_columns != ncol:
        art.legend.remove()
        art.legend = _legend(fig, art, art.labels, theme)
    legend = art.legend
    legend_in = _legend_in(legend.rows, theme) + 0.04 if legend is not None else 0.0
    bottom_in = 0.38 + legend_in
    right_in = 0.25
    axes_px = max(w - min(left_in, w * 0.45) - right_in, 1.0) * fig.dpi
    art.milestone_levels = max(1, milestone_levels_needed(art, axes_px))
    top_in = 0.12 + art.milestone_levels * (theme.small_font_size + 3.5) / 72 + 0.05
    if art.title is not None:
        top_in += theme.title_font_size * 1.6 / 72
    right_in = 0.25
    left = min(left_in / w, 0.45)
    bottom = min(bottom_in / h, 0.45)
    top = max(1 - top_in / h, bottom + 0.1)
    right = max(1 - right_in / w, left + 0.1)
    fig.subplots_adjust(left=left, right=right, bottom=bottom, top=top)


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
    if isinstance(item, Marker):
        x = art.x_of(item.day)
        return (x - 2, x + 3, item.y - 0.4, item.y + 0.4)
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


__all__ = [
    "Hit",
    "TimelineArtists",
    "TimelineLabels",
    "actor_colors",
    "draw_legend",
    "draw_timeline",
    "layout_timeline",
    "legend_handles",
    "legend_height_in",
    "span_of",
    "visible_rows",
]
