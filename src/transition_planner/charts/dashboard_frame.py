"""The frame of the dashboard's charts: where they go on the figure, and `_Chart`, which draws
on one of them (ticks, captions, legends, notes) with all its words in one `TextLayer` (a
matplotlib `Text` costs about a millisecond to draw). No pyplot, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.gridspec import GridSpec
from matplotlib.lines import Line2D
from matplotlib.markers import TICKDOWN, TICKLEFT, TICKRIGHT
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Affine2D, ScaledTranslation

from ..i18n import format_number
from .textlayer import Label, TextLayer
from .theme import (
    Theme,
)

#: Layout of the charts in figure fractions: room at the left for the function names, at the
#: right for the legends (fixed positions: no layout engine runs when the figure draws).
_LEFT, _RIGHT, _BOTTOM = 0.17, 0.88, 0.08
_WSPACE, _HSPACE = 0.55, 0.42
#: The heatmap's colour scale: its width and the space before it, as shares of the heatmap's.
_SCALE_W, _SCALE_PAD = 0.035, 0.025
#: Tick marks and the space between a tick and its label (points).
_TICK_PT, _TICK_PAD_PT = 3.5, 2.0
#: Legend rows (ems of the legend's text), the swatch's length and the space before the text.
_LEGEND_PITCH_EM, _LEGEND_SWATCH_EM, _LEGEND_GAP_EM = 1.6, 2.0, 0.6
_LEGEND_DX_PT = 8.0


@dataclass
class DashboardArtists:
    """What `draw_dashboard` drew: the four charts' axes (and the heatmap's colour scale), and
    per axes a `TextLayer` holding all its words (titles, tick labels, legend, notes).

    All the text is drawn by the layers (a matplotlib `Text` costs about a millisecond to draw)
    except the rotated axis captions. Passing this object back to `draw_dashboard` as `reuse`
    keeps the axes and replaces only what shows the data (`content`)."""

    figure: Figure
    axes: dict[str, Any]
    scale: Any
    layers: dict[str, TextLayer]
    theme: Theme
    title: str | None
    content: list[Any] = field(default_factory=list)

    def texts(self, name: str) -> list[str]:
        """The words drawn on the chart `name` ("drawdown", "funding", "heatmap", "findings",
        "scale"), in drawing order."""
        return self.layers[name].texts()


def _frame(fig: Figure, theme: Theme, title: str | None) -> DashboardArtists:
    """Clear `fig` and make the empty charts: axes without matplotlib's tick machinery (the
    ticks are drawn as one marker line per axis, their labels by the axes' text layer)."""
    fig.clear()
    fig.set_facecolor(theme.background)
    axes: dict[str, Any] = {}
    layers: dict[str, TextLayer] = {}
    for name in ("drawdown", "funding", "heatmap", "findings", "scale"):
        ax = fig.add_axes((0.0, 0.0, 1.0, 1.0), label=name)
        ax.set_facecolor(theme.not_required if name == "heatmap" else theme.background)
        ax.xaxis.set_visible(False)
        ax.yaxis.set_visible(False)
        ax.set_navigate(False)
        for spine in ax.spines.values():
            spine.set_color(theme.muted)
        layer = TextLayer(ax, ax.transAxes, clip=None, zorder=7)
        ax.add_artist(layer)
        axes[name] = ax
        layers[name] = layer
    if title:
        fig.text(
            0.01,
            0.995,
            title,
            ha="left",
            va="top",
            fontsize=theme.title_font_size,
            fontweight="bold",
            color=theme.foreground,
        )
    scale = axes.pop("scale")
    return DashboardArtists(fig, axes, scale, layers, theme, title)


def _text_in(texts: Sequence[str], size: float) -> float:
    """About the width (inches) of the widest of `texts` at `size` points (DejaVu Sans)."""
    return max((len(t) for t in texts), default=0) * 0.62 * size / 72


def _place(
    art: DashboardArtists,
    n_functions: int,
    *,
    right_legends: Sequence[str] = (),
    left_legend: Sequence[str] = (),
    rule_names: Sequence[str] = (),
    note: bool = False,
) -> None:
    """Where the four charts go: room at the right for the right column's legends (their
    texts `right_legends`), between the columns for the left column's legend and the rule
    names of the findings, between the rows for the tick labels (and a `note` under the
    capacity chart) and the next heading."""
    fig = art.figure
    w_in, h_in = fig.get_figwidth(), fig.get_figheight()
    size = art.theme.small_font_size
    swatch_in = (_LEGEND_DX_PT + (_LEGEND_SWATCH_EM + _LEGEND_GAP_EM) * size) / 72
    right_in = max(_text_in(right_legends, size) + swatch_in + 0.12, (1 - _RIGHT) * w_in)
    right = max(1 - right_in / w_in, _LEFT + 0.3)
    # between the columns: the left legend, then the right chart's tick labels and caption;
    # below: the colour scale's labels, then the rule names
    gap_in = max(
        _text_in(left_legend, size) + swatch_in + 0.85,
        0.75 + _text_in(rule_names, size) + 0.1,
    )
    avail_in = (right - _LEFT) * w_in
    axis_in = max((avail_in - gap_in) / 2, 0.5)
    top = 0.92 if art.title else 0.95
    gap_h_in = 0.62 + (0.2 if note else 0.0)
    ratios = [1.0, 1.0 + min(n_functions, 40) / 25]
    avail_h_in = (top - _BOTTOM) * h_in
    mean_h_in = max((avail_h_in - gap_h_in) / 2, 0.3)
    grid = GridSpec(
        2,
        2,
        left=_LEFT,
        right=right,
        bottom=_BOTTOM,
        top=top,
        wspace=gap_in / axis_in,
        hspace=gap_h_in / mean_h_in,
        height_ratios=ratios,
    )
    fig = art.figure
    for name, spec in (
        ("drawdown", grid[0, 0]),
        ("funding", grid[0, 1]),
        ("heatmap", grid[1, 0]),
        ("findings", grid[1, 1]),
    ):
        art.axes[name].set_position(spec.get_position(fig))
    x, y, w, h = grid[1, 0].get_position(fig).bounds
    art.axes["heatmap"].set_position((x, y, w * (1 - _SCALE_W - _SCALE_PAD), h))
    art.scale.set_position((x + w * (1 - _SCALE_W), y, w * _SCALE_W, h))


class _Chart:
    """Drawing on one of the dashboard's axes: its artists go to `content`, its words to
    `labels` (handed to the axes' text layer at the end)."""

    def __init__(self, art: DashboardArtists, name: str) -> None:
        self.art = art
        self.ax: Any = art.scale if name == "scale" else art.axes[name]
        self.layer = art.layers[name]
        self.theme = art.theme
        self.labels: list[Label] = []

    def add(self, artist: Any) -> Any:
        # add_artist, not add_patch/add_line: no data limits to update
        self.ax.add_artist(artist)
        self.art.content.append(artist)
        return artist

    def text(self, x: float, y: float, text: str, **kw: Any) -> None:
        kw.setdefault("color", self.theme.foreground)
        kw.setdefault("size", self.theme.small_font_size)
        self.labels.append(Label(x, y, text, **kw))

    def heading(self, text: str) -> None:
        self.text(0.0, 1.0, text, size=self.theme.font_size + 1, ha="left", va="bottom")
        self.labels[-1] = self.labels[-1]._replace(bold=True, dy=5.0)

    def nothing(self, text: str) -> None:
        self.text(0.5, 0.5, text, color=self.theme.muted, size=self.theme.font_size)

    def x_ticks(self, fractions: Sequence[float], texts: Sequence[str], grid: bool) -> None:
        """Tick marks under the axes at `fractions` of its width, labelled `texts`."""
        if not len(fractions):
            return
        if grid:
            self._grid([((f, 0.0), (f, 1.0)) for f in fractions])
        self._marks(list(fractions), [0.0] * len(fractions), TICKDOWN)
        for f, t in zip(fractions, texts, strict=True):
            self.text(f, 0.0, t, va="top", dy=-(_TICK_PT + _TICK_PAD_PT))

    def y_ticks(
        self, fractions: Sequence[float], texts: Sequence[str], grid: bool, *, right: bool = False
    ) -> None:
        """Tick marks left (or right) of the axes at `fractions` of its height."""
        if not len(fractions):
            return
        if grid:
            self._grid([((0.0, f), (1.0, f)) for f in fractions])
        side = 1.0 if right else 0.0
        self._marks([side] * len(fractions), list(fractions), TICKRIGHT if right else TICKLEFT)
        dx = _TICK_PT + _TICK_PAD_PT
        for f, t in zip(fractions, texts, strict=True):
            self.text(side, f, t, ha="left" if right else "right", dx=dx if right else -dx)

    def caption(self, text: str, widest: Sequence[str], *, right: bool = False) -> None:
        """A vertical caption beside the tick labels `widest` (left of the axes, or right)."""
        size = self.theme.small_font_size
        offset = _TICK_PT + _TICK_PAD_PT + _text_width_pt(widest, size) + 4.0
        shift = ScaledTranslation(
            (offset if right else -offset) / 72, 0, self.art.figure.dpi_scale_trans
        )
        caption = Text(
            1.0 if right else 0.0,
            0.5,
            text,
            rotation=90,
            ha="left" if right else "right",
            va="center",
            fontsize=size,
            color=self.theme.foreground,
            transform=self.ax.transAxes + shift,
            clip_on=False,
        )
        self.add(caption)

    def legend(self, entries: Sequence[tuple[str, ...]], edge_width: float) -> None:
        """(text, colour, hatch[, edge colour[, line style]]) swatches right of the axes, from
        its top."""
        size = self.theme.small_font_size
        fig = self.art.figure
        points = (
            Affine2D().scale(1 / 72)
            + fig.dpi_scale_trans
            + ScaledTranslation(1.0, 1.0, self.ax.transAxes)
        )
        pitch = _LEGEND_PITCH_EM * size
        for k, (text, color, hatch, *rest) in enumerate(entries):
            yc = -(k + 0.5) * pitch
            swatch = Rectangle(
                (_LEGEND_DX_PT, yc - 0.45 * size),
                _LEGEND_SWATCH_EM * size,
                0.9 * size,
                facecolor=color,
                edgecolor=rest[0] if rest and rest[0] else self.theme.foreground,
                linestyle=rest[1] if len(rest) > 1 else "solid",
                linewidth=edge_width if len(rest) < 2 else max(edge_width, 1.0),
                hatch=hatch or None,
                transform=points,
                clip_on=False,
            )
            self.add(swatch)
            self.text(
                1.0,
                1.0,
                text,
                ha="left",
                dx=_LEGEND_DX_PT + (_LEGEND_SWATCH_EM + _LEGEND_GAP_EM) * size,
                dy=yc,
            )

    def finish(self) -> None:
        self.layer.set_labels(self.labels)

    def _grid(self, segments: list[Any]) -> None:
        grid = LineCollection(
            segments,
            colors=self.theme.grid,
            linewidths=0.6,
            transform=self.ax.transAxes,
            zorder=0.5,
        )
        self.add(grid)

    def _marks(self, xs: list[float], ys: list[float], marker: Any) -> None:
        marks = Line2D(
            xs,
            ys,
            linestyle="None",
            marker=marker,
            markersize=_TICK_PT,
            markeredgewidth=0.8,
            color=self.theme.foreground,
            transform=self.ax.transAxes,
            clip_on=False,
        )
        self.add(marks)


def _text_width_pt(texts: Sequence[str], size: float) -> float:
    """About the width of the widest of `texts` (points; DejaVu Sans's digits are 0.64 em)."""
    return max((sum(0.64 if c.isdigit() else 0.9 for c in t) * size for t in texts), default=0.0)


def _date_ticks(x0: float, x1: float) -> tuple[list[float], list[str]]:
    """Ticks of a date axis from x0 to x1 (matplotlib date numbers) and their labels."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    values = locator.tick_values(mdates.num2date(x0), mdates.num2date(x1))  # type: ignore[no-untyped-call]
    ticks = [float(v) for v in values if x0 <= v <= x1]
    formatter = mdates.ConciseDateFormatter(locator, show_offset=False)  # type: ignore[no-untyped-call]
    texts: list[str] = formatter.format_ticks(ticks) if ticks else []  # type: ignore[no-untyped-call]
    span = x1 - x0 or 1.0
    return [(v - x0) / span for v in ticks], texts


def _number_ticks(top: float, *, integer: bool = False) -> tuple[list[float], list[str]]:
    """Ticks of a number axis from 0 to `top`, as fractions of `top`, and their labels."""
    locator = MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10], integer=integer, min_n_ticks=3)
    values = [float(v) for v in locator.tick_values(0.0, top) if 0 <= v <= top * (1 + 1e-9)]
    return [v / top for v in values], [_number(v) for v in values]


def _number(value: float) -> str:
    """A tick's number in the language's way: 15,000 / 15 000; 2.5 / 2,5."""
    return format_number(value)


def _steps(
    chart: _Chart,
    xs: np.ndarray,
    stack: np.ndarray,
    colors: Sequence[str],
    hatches: Sequence[str],
    edge_width: float,
) -> None:
    """Stacked steps (value from each x to the next): a polygon per series, one collection
    each (they differ by hatch)."""
    sx = np.repeat(xs, 2)[1:-1]
    below = np.zeros(len(xs) - 1)
    for row, color, hatch in zip(stack, colors, hatches, strict=True):
        upper = row[:-1] if len(row) == len(xs) else row
        top_y = np.repeat(upper, 2)
        bottom_y = np.repeat(below, 2)
        verts = np.column_stack(
            [np.concatenate([sx, sx[::-1]]), np.concatenate([top_y, bottom_y[::-1]])]
        )
        poly = PolyCollection(
            [verts],
            facecolors=color,
            edgecolors=chart.theme.foreground,
            linewidths=edge_width,
            transform=chart.ax.transData,
            zorder=1,
        )
        if hatch:
            poly.set_hatch(hatch)
        chart.add(poly)
        below = upper


def _cmap(theme: Theme) -> Any:
    from matplotlib import colormaps

    # cividis: perceptually uniform, colour-blind safe and monotonic in grey
    cmap = colormaps["cividis"].with_extremes(bad=theme.not_required)
    return cmap


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
