"""The timeline's legend: the actors under their group's heading, then the symbols; drawn as a
few artists (matplotlib's `Legend` lays out and draws a `Text` per entry: ~1 ms each)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from ..domain.enums import FundingStatus
from .series import MARKER_RULES, TimelineSeries
from .series_marks import HANDOVER_STATUSES
from .textlayer import Label, TextLayer
from .theme import (
    COMPRESSED_HATCH,
    DRAWDOWN_HATCH,
    FUNDING_GAP_HATCH,
    FUNDING_HATCH,
    GAP_COLOR,
    GAP_HATCH,
    HANDOVER_STYLES,
    LIGHT,
    ActorGroup,
    Theme,
    marker_style,
)
from .timeline_style import (
    DRAWDOWN_COLOR,
    MAX_LEGEND_ACTORS,
    OUTSIDE_DASHES,
    TODAY_COLOR,
    TimelineLabels,
    _short,
    actor_colors,
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
    return handles + symbol_handles(series, labels, theme)


def symbol_handles(series: TimelineSeries, labels: TimelineLabels, theme: Theme) -> list[Any]:
    """The legend's entries of the symbols only (funding hatches, gaps, markers, milestones),
    for a picture whose bars carry their actors' names (the brief)."""
    fg = theme.foreground
    neutral = theme.background
    handles: list[Any] = [
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
        *(
            Line2D(
                [],
                [],
                linestyle="none",
                marker=HANDOVER_STYLES[status].marker,
                markersize=HANDOVER_STYLES[status].size,
                markerfacecolor=HANDOVER_STYLES[status].color,
                markeredgecolor=fg,
                markeredgewidth=1.1,
                label=labels.handover(status.value),
            )
            for status in HANDOVER_STATUSES
            if any(h.status is status for h in series.handovers)
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
    if series.bridges:
        handles.append(
            Patch(facecolor=theme.muted, edgecolor=fg, linewidth=0.5, label=labels.short_break)
        )
    if any(p.drawdown_start is not None for p in series.presences):
        handles.append(
            Patch(
                facecolor=neutral,
                edgecolor=fg,
                hatch=DRAWDOWN_HATCH,
                linewidth=0.5,
                label=labels.drawdown_phase,
            )
        )
    if any(p.compressed is not None for p in series.presences):
        handles.append(
            Patch(
                facecolor=neutral,
                edgecolor=DRAWDOWN_COLOR,
                hatch=COMPRESSED_HATCH,
                linewidth=2.0,
                label=labels.compressed_drawdown,
            )
        )
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


def legend_in(rows: int, theme: Theme) -> float:
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
    legend = FigureLegend(fig, handles, legend_columns(fig), top=True, theme=theme)
    return legend, legend.rows


def legend_height_in(series: TimelineSeries, width_in: float, theme: Theme = LIGHT) -> float:
    """The height (inches) the legend of `series` takes at `width_in`."""
    n = len(legend_handles(series, {}, TimelineLabels(), theme))
    ncol = max(1, int(width_in / 2.0))
    return legend_in(-(-n // ncol), theme)


def figure_legend(
    fig: Figure,
    series: TimelineSeries,
    colors: dict[str, str],
    labels: TimelineLabels,
    theme: Theme,
) -> FigureLegend:
    """The legend at the bottom of a timeline figure (exports)."""
    handles = legend_handles(series, colors, labels, theme)
    return FigureLegend(fig, handles, legend_columns(fig), top=False, theme=theme)


def legend_columns(fig: Figure) -> int:
    return max(1, int(fig.get_figwidth() / 2.0))
