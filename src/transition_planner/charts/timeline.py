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
from datetime import date
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgba, to_rgba_array
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from matplotlib.ticker import NullLocator
from matplotlib.transforms import ScaledTranslation

from ..domain.enums import PresenceKind, enum_label
from .bar_room import room_ends
from .legend import draw_legend, figure_legend, legend_columns, legend_handles, legend_height_in
from .legend import legend_in as legend_in_height
from .series import (
    TimelineSeries,
)
from .textlayer import TextLayer
from .theme import (
    FUNDING_GAP_HATCH,
    FUNDING_HATCH,
    GAP_COLOR,
    GAP_HATCH,
    LEAD_COLOR,
    LIGHT,
    PRESENCE_KIND_COLOR,
    PRESENCE_KIND_HATCH,
    Theme,
    marker_style,
)
from .timeline_artists import (
    Hit,
    TimelineArtists,
    _gap_candidate,
    _lead_candidate,
    _presence_candidate,
    marker_offsets_pt,
    milestone_levels_needed,
    span_of,
    visible_rows,
)
from .timeline_marks import draw_bridges, draw_handovers, draw_presence_drawdowns
from .timeline_style import (
    CHAR_EM,
    DRAWDOWN_COLOR,
    MAX_LABELS,
    MILESTONE_LEVELS,
    NAME_CHARS,
    OUTSIDE_DASHES,
    TODAY_COLOR,
    TimelineLabels,
    _short,
    actor_colors,
)


def _epoch() -> int:
    return date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]


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
    area_tops = [r.y0 for r in s.rows if r.kind == "area"]
    if area_tops:
        ax.hlines(area_tops, h0 - far, h1 + far, colors=fg, linewidths=1.3, zorder=1.1)
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
    draw_presence_drawdowns(art)

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
        # where the room beside each bar ends (for a name beside a short bar)
        next_x0 = room_ends(
            bx0,
            bx1,
            by0,
            by1,
            xs([g.start for g in s.gaps]),
            np.fromiter((g.y0 for g in s.gaps), float, len(s.gaps)),
            np.fromiter((g.y0 + g.height for g in s.gaps), float, len(s.gaps)),
        )
        art._bar_candidates = (bx0, bx1, yc, by1 - by0, np.arange(len(bars)), next_x0)

    draw_bridges(art)

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

    draw_handovers(art)

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
        # near the horizon's end the label goes left of the line, not off the chart
        lo, hi = art.fit_limits()
        near_end = hi > lo and (tx - lo) / (hi - lo) > 0.9
        ax.annotate(
            labels.today,
            xy=(tx, 0.0),
            xycoords=("data", "axes fraction"),
            xytext=(-3, 3) if near_end else (3, 3),
            textcoords="offset points",
            ha="right" if near_end else "left",
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
    heading: list[int] = []
    pres = [r for r in s.rows if r.kind == "presence"]
    if pres:
        ticks.append((pres[0].y0 + pres[-1].y1) / 2)
        tick_text.append(labels.presences)
        heading.append(0)
    ticks.append(lead.center)
    tick_text.append(labels.lead)
    heading.append(0)
    for r in s.rows:
        if r.kind == "area":
            ticks.append(r.center)
            tick_text.append(_short(r.label or labels.country_wide, NAME_CHARS))
            heading.append(2)
        elif r.kind == "category":
            ticks.append(r.center)
            tick_text.append(_short(r.label, NAME_CHARS))
            heading.append(1)
        elif r.kind == "function":
            ticks.append(r.center)
            tick_text.append(
                labels.function.format(
                    name=_short(r.label, NAME_CHARS),
                    priority=enum_label(r.priority) if r.priority else "",
                )
            )
            heading.append(0)
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
        art.legend = figure_legend(fig, s, art.actor_colors, labels, theme)
        art.legend_columns = art.legend.ncol
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
            longest = max(
                longest,
                min(len(r.label), NAME_CHARS)
                + 3
                + len(enum_label(r.priority) if r.priority else ""),
            )
        elif r.kind in ("category", "area"):
            longest = max(longest, min(len(r.label or art.labels.country_wide), NAME_CHARS) + 4)
    left_in = min(longest * char_in + 0.2, w * 0.38)
    ncol = legend_columns(fig)
    if art.legend is not None and art.legend_columns != ncol:
        art.legend.remove()
        art.legend = figure_legend(fig, art.series, art.actor_colors, art.labels, theme)
        art.legend_columns = ncol
    legend = art.legend
    legend_in = legend_in_height(legend.rows, theme) + 0.04 if legend is not None else 0.0
    bottom_in = 0.38 + legend_in
    right_in = 0.25
    axes_px = max(w - min(left_in, w * 0.45) - right_in, 1.0) * fig.dpi
    # a short figure keeps its rows: fewer levels of names (abbreviated more, whole on hover)
    cap = MILESTONE_LEVELS if h >= 6 else 4 if h >= 4.5 else 3
    art.milestone_levels = max(1, min(cap, milestone_levels_needed(art, axes_px)))
    top_in = 0.12 + art.milestone_levels * (theme.small_font_size + 3.5) / 72 + 0.05
    if art.title is not None:
        top_in += theme.title_font_size * 1.6 / 72
    right_in = 0.25
    left = min(left_in / w, 0.45)
    bottom = min(bottom_in / h, 0.45)
    top = max(1 - top_in / h, bottom + 0.1)
    right = max(1 - right_in / w, left + 0.1)
    fig.subplots_adjust(left=left, right=right, bottom=bottom, top=top)


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
