"""Draw what the timeline shows of the v2 model: the presences' drawdowns (compressed ones
marked), the bridged breaks as joins, the handovers of the register on their due day. Called by
`timeline.draw_timeline`; each adds a few collections or lines, never one artist per item."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from matplotlib.transforms import ScaledTranslation

from .theme import COMPRESSED_HATCH, DRAWDOWN_HATCH, HANDOVER_STYLES
from .timeline_style import DRAWDOWN_COLOR, MARKER_PITCH_PT

if TYPE_CHECKING:
    from .series_marks import HandoverMark
    from .timeline_artists import TimelineArtists


def _rects(x0: np.ndarray, x1: np.ndarray, y0: np.ndarray, y1: np.ndarray) -> Any:
    verts = np.empty((len(x0), 4, 2))
    verts[:, 0] = np.column_stack([x0, y0])
    verts[:, 1] = np.column_stack([x0, y1])
    verts[:, 2] = np.column_stack([x1, y1])
    verts[:, 3] = np.column_stack([x1, y0])
    return verts


def _hatched(verts: Any, hatch: str, color: object, zorder: float) -> PathPatch:
    return PathPatch(
        Path.make_compound_path_from_polys(verts),
        facecolor="none",
        edgecolor="none",
        hatch=hatch,
        hatchcolor=color,
        linewidth=0,
        zorder=zorder,
    )


def handover_offsets_pt(marks: Sequence[HandoverMark]) -> np.ndarray:
    """How far (points, to the right) each handover sits from its due day: handovers of one
    row and day side by side."""
    return np.array([(m.slot - (m.slots - 1) / 2) * MARKER_PITCH_PT for m in marks], float)


def draw_presence_drawdowns(art: TimelineArtists) -> None:
    """From each presence's drawdown start to its end: a light hatch, and a tick at the start;
    a compressed drawdown: a dense hatch in the drawdown colour, outlined."""
    s, ax, fg = art.series, art.ax, art.theme.foreground
    phases = [p for p in s.presences if p.drawdown_start is not None]
    if phases:
        x0 = np.array([art.x_of(p.drawdown_start) for p in phases if p.drawdown_start])
        x1 = np.array([art.x_of(p.end) + 1 for p in phases])
        y0 = np.array([p.y0 for p in phases])
        y1 = y0 + np.array([p.height for p in phases])
        patch = _hatched(_rects(x0, x1, y0, y1), DRAWDOWN_HATCH, to_rgba(fg, 0.55), 2.2)
        ax.add_artist(patch)
        art.collections["hatch:drawdown_phase"] = patch
        ticks = LineCollection(
            [((x, a), (x, b)) for x, a, b in zip(x0, y0, y1, strict=True)],
            colors=fg,
            linewidths=2.0,
            zorder=2.4,
        )
        ax.add_collection(ticks, autolim=False)
        art.collections["drawdown_starts"] = ticks
    squeezed = [p for p in s.presences if p.compressed is not None]
    if squeezed:
        spans = [(p, p.compressed) for p in squeezed if p.compressed is not None]
        x0 = np.array([art.x_of(max(f.start, p.start)) for p, f in spans])
        x1 = np.array([art.x_of(min(f.end, p.end)) + 1 for p, f in spans])
        y0 = np.array([p.y0 for p, _f in spans])
        y1 = y0 + np.array([p.height for p, _f in spans])
        verts = _rects(x0, x1, y0, y1)
        outline = PolyCollection(
            verts, facecolors="none", edgecolors=DRAWDOWN_COLOR, linewidths=2.0, zorder=2.5
        )
        ax.add_collection(outline, autolim=False)
        art.collections["compressed"] = outline
        patch = _hatched(verts, COMPRESSED_HATCH, DRAWDOWN_COLOR, 2.3)
        ax.add_artist(patch)
        art.collections["hatch:compressed"] = patch


def draw_bridges(art: TimelineArtists) -> None:
    """Each bridged break as a join across it, in the bars' outline colour."""
    joins = art.series.bridges
    if not joins:
        return
    x0 = np.array([art.x_of(b.start) for b in joins])
    x1 = np.array([art.x_of(b.end) + 1 for b in joins])
    y0 = np.array([b.y0 for b in joins])
    y1 = y0 + np.array([b.height for b in joins])
    art.bridge_x = np.column_stack([x0, x1])
    art.bridge_y = np.column_stack([y0, y1])
    coll = PolyCollection(
        _rects(x0, x1, y0, y1),
        facecolors=art.theme.muted,
        edgecolors=art.theme.foreground,
        linewidths=0.5,
        zorder=3.05,
    )
    art.ax.add_collection(coll, autolim=False)
    art.collections["bridges"] = coll


def draw_handovers(art: TimelineArtists) -> None:
    """The handovers on their due day: a marker per status (shape and colour), those of one
    row and day side by side."""
    marks = art.series.handovers
    if not marks:
        return
    fig, ax, fg = art.figure, art.ax, art.theme.foreground
    art.handover_xy = np.column_stack(
        [np.array([art.x_of(m.due) + 0.5 for m in marks]), np.array([m.y for m in marks])]
    )
    art.handover_dx = handover_offsets_pt(marks)
    looks: dict[tuple[str, float], list[int]] = {}
    for i, m in enumerate(marks):
        looks.setdefault((m.status.value, float(art.handover_dx[i])), []).append(i)
    for (status, dx), idx in looks.items():
        style = HANDOVER_STYLES[marks[idx[0]].status]
        pts = art.handover_xy[np.asarray(idx)]
        line = Line2D(
            pts[:, 0],
            pts[:, 1],
            linestyle="none",
            marker=style.marker,
            markersize=style.size,
            markerfacecolor=style.color,
            markeredgecolor=fg,
            markeredgewidth=1.1,
            zorder=6.2,
            transform=ax.transData + ScaledTranslation(dx / 72, 0, fig.dpi_scale_trans),
        )
        ax.add_line(line)
        art.collections[f"handovers:{status}:{dx:g}"] = line


def nearest_handover(art: TimelineArtists, px: float, py: float, reach: float) -> int | None:
    """The handover drawn within `reach` pixels of (px, py), or None."""
    if not len(art.handover_xy):
        return None
    points = art.ax.transData.transform(art.handover_xy)
    points[:, 0] += art.handover_dx * art.figure.dpi / 72
    dist = np.hypot(points[:, 0] - px, points[:, 1] - py)
    i = int(np.argmin(dist))
    return i if dist[i] <= reach else None


__all__ = [
    "draw_bridges",
    "draw_handovers",
    "draw_presence_drawdowns",
    "handover_offsets_pt",
    "nearest_handover",
]
