"""Draw a `compare.CompareSeries` on a matplotlib `Figure` (no pyplot, no Qt): a lane for plan A
above a lane for plan B on every row, presences coloured by kind, assignments by actor, gaps
hatched, the part of the axis outside each plan's horizon shaded, and a today line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..domain.enums import PresenceKind
from .compare import OPTIONS, ROW_GAP, CompareLabels, CompareRow, CompareSeries, Span
from .theme import GAP_COLOR, GAP_HATCH, LIGHT, PRESENCE_KIND_COLOR, PRESENCE_KIND_HATCH, Theme
from .timeline_style import CHAR_EM, TODAY_COLOR, _short

NAME_CHARS = 60


def _epoch() -> int:
    return date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]


def _verts(spans: list[Span], epoch: int) -> Any:
    n = len(spans)
    x0 = np.fromiter((s.start.toordinal() - epoch for s in spans), float, n)
    x1 = np.fromiter((s.end.toordinal() - epoch + 1 for s in spans), float, n)
    y0 = np.fromiter((s.y0 for s in spans), float, n)
    y1 = y0 + np.fromiter((s.height for s in spans), float, n)
    verts = np.empty((n, 4, 2))
    verts[:, 0] = np.column_stack([x0, y0])
    verts[:, 1] = np.column_stack([x0, y1])
    verts[:, 2] = np.column_stack([x1, y1])
    verts[:, 3] = np.column_stack([x1, y0])
    return verts


@dataclass
class CompareArtists:
    figure: Figure
    ax: Axes
    series: CompareSeries
    #: The y tick labels drawn (the options' letters) and the rows' names, for tests.
    row_names: list[str]
    legend_texts: list[str]

    def row_at(self, y: float) -> tuple[CompareRow, str] | None:
        """The row and option under the data coordinate `y`."""
        for row in self.series.rows:
            if row.y0 <= y < row.y0 + row.height:
                return row, ("a" if y < row.y0 + row.lane else "b")
        return None


def draw_compare(
    fig: Figure,
    series: CompareSeries,
    *,
    theme: Theme = LIGHT,
    labels: CompareLabels | None = None,
    title: str | None = None,
) -> CompareArtists:
    """Draw `series` on `fig` (cleared first)."""
    labels = labels or CompareLabels()
    fig.clear()
    fig.set_facecolor(theme.background)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_facecolor(theme.background)
    epoch = _epoch()
    fg, muted = theme.foreground, theme.muted
    s = series
    x_start = s.start.toordinal() - epoch
    x_end = s.end.toordinal() - epoch + 1

    # stripes behind every other function row, and what lies outside each plan's horizon
    for k, row in enumerate(s.rows):
        if row.kind == "function" and k % 2 == 0:
            ax.axhspan(
                row.y0 - ROW_GAP / 2,
                row.y0 + row.height + ROW_GAP / 2,
                color=theme.row_stripe,
                zorder=0.2,
            )
    outside: list[tuple[float, float, float, float]] = []
    for option in OPTIONS:
        h0, h1 = s.horizons[option]
        lo, hi = h0.toordinal() - epoch, h1.toordinal() - epoch + 1
        for row in s.rows:
            ly = row.lane_y0(option)
            if lo > x_start:
                outside.append((x_start, lo, ly, ly + row.lane))
            if hi < x_end:
                outside.append((hi, x_end, ly, ly + row.lane))
    if outside:
        verts = [[(x0, y0), (x0, y1), (x1, y1), (x1, y0)] for x0, x1, y0, y1 in outside]
        ax.add_collection(
            PolyCollection(verts, facecolors=to_rgba(muted, 0.25), edgecolors="none", zorder=0.4),
            autolim=False,
        )

    presences = s.spans_of("presence")
    if presences:
        ax.add_collection(
            PolyCollection(
                _verts(presences, epoch),
                facecolors=[p.color for p in presences],
                edgecolors=fg,
                linewidths=0.6,
                zorder=2,
            ),
            autolim=False,
        )
        for kind in PresenceKind:
            hatch = PRESENCE_KIND_HATCH[kind]
            items = [p for p in presences if p.presence_kind is kind]
            if hatch and items:
                ax.add_collection(
                    PolyCollection(
                        _verts(items, epoch),
                        facecolors="none",
                        edgecolors=to_rgba(fg, 0.6),
                        linewidths=0,
                        hatch=hatch,
                        zorder=2.1,
                    ),
                    autolim=False,
                )
    bars = s.spans_of("bar")
    if bars:
        ax.add_collection(
            PolyCollection(
                _verts(bars, epoch),
                facecolors=[b.color for b in bars],
                edgecolors=fg,
                linewidths=0.4,
                zorder=3,
            ),
            autolim=False,
        )
    gaps = s.spans_of("gap")
    if gaps:
        ax.add_collection(
            PolyCollection(
                _verts(gaps, epoch),
                facecolors=to_rgba(GAP_COLOR, 0.25),
                edgecolors=GAP_COLOR,
                linewidths=1.0,
                hatch=GAP_HATCH,
                zorder=3.5,
            ),
            autolim=False,
        )
    # presence names on their bars, where they fit (judged at the figure's size)
    width_in = fig.get_figwidth() * 0.7
    days = max(x_end - x_start, 1)
    char_in = theme.small_font_size * CHAR_EM / 72
    for p in presences:
        room = (p.end.toordinal() - p.start.toordinal() + 1) / days * width_in
        chars = int(room / char_in) - 1
        if chars >= 4 and p.height >= 0.35:
            ax.text(
                p.start.toordinal() - epoch + days * 0.002,
                p.y0 + p.height / 2,
                _short(p.label, chars),
                ha="left",
                va="center",
                fontsize=theme.small_font_size,
                color="#1A1A1A",
                zorder=4,
                clip_on=True,
            )

    if s.today is not None and s.start <= s.today <= s.end:
        tx = s.today.toordinal() - epoch + 0.5
        near_end = (tx - x_start) / max(x_end - x_start, 1) > 0.9
        ax.axvline(tx, color=TODAY_COLOR, linewidth=1.6, zorder=6)
        ax.annotate(
            labels.today,
            xy=(tx, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(-3 if near_end else 3, 2),
            textcoords="offset points",
            ha="right" if near_end else "left",
            va="bottom",
            fontsize=theme.small_font_size,
            color=TODAY_COLOR,
            fontweight="bold",
            zorder=7,
        )

    # rows: the options' letters as tick labels, the rows' names left of them
    ticks: list[float] = []
    letters: list[str] = []
    names: list[str] = []
    for row in s.rows:
        for option, letter in (("a", labels.option_a), ("b", labels.option_b)):
            ticks.append(row.lane_y0(option) + row.lane / 2)
            letters.append(letter)
        name = labels.presences if row.kind == "presence" else _short(row.label, NAME_CHARS)
        names.append(name)
        ax.annotate(
            name,
            xy=(0, row.y0 + row.height / 2),
            xycoords=("axes fraction", "data"),
            xytext=(-16, 0),
            textcoords="offset points",
            ha="right",
            va="center",
            fontsize=theme.font_size,
            color=fg,
            fontweight="bold" if row.kind == "presence" else "normal",
            annotation_clip=False,
        )
    ax.set_yticks(ticks, letters)
    ax.tick_params(axis="y", length=0, labelsize=theme.small_font_size, colors=muted)
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
    ax.set_xlim(x_start, x_end)
    ax.set_ylim(s.total_height + ROW_GAP / 2, -ROW_GAP / 2)
    if len(s.rows) == 1:
        ax.text(
            0.5,
            0.25,
            labels.no_functions,
            transform=ax.transAxes,
            ha="center",
            color=muted,
            fontsize=theme.font_size + 1,
        )

    # legend: the two options, the presence kinds shown, the gaps
    shown = [k for k in PresenceKind if any(p.presence_kind is k for p in presences)]
    handles = [
        Patch(
            facecolor=PRESENCE_KIND_COLOR[k],
            edgecolor=fg,
            hatch=PRESENCE_KIND_HATCH[k] or None,
            label=labels.kinds.get(k.value, k.value),
        )
        for k in shown
    ]
    handles.append(
        Patch(
            facecolor=to_rgba(GAP_COLOR, 0.25),
            edgecolor=GAP_COLOR,
            hatch=GAP_HATCH,
            label=labels.gap,
        )
    )
    if outside:
        handles.append(Patch(facecolor=to_rgba(muted, 0.25), label=labels.outside))
    option_text = [labels.legend_a.format(name=s.name_a), labels.legend_b.format(name=s.name_b)]
    legend = fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.01, 0.0),
        ncol=min(len(handles), 7),
        fontsize=theme.small_font_size,
        frameon=False,
        labelcolor=fg,
        title="    ".join(option_text),
        title_fontsize=theme.font_size,
    )
    legend.get_title().set_color(fg)
    if title:
        fig.text(
            0.01,
            0.995,
            title,
            ha="left",
            va="top",
            fontsize=theme.title_font_size,
            fontweight="bold",
            color=fg,
        )
    art = CompareArtists(
        fig, ax, s, names, [t.get_text() for t in legend.get_texts()] + option_text
    )
    layout_compare(art, title=bool(title))
    return art


def layout_compare(art: CompareArtists, *, title: bool = False) -> None:
    """Margins from the figure's size; call again after a resize."""
    fig = art.figure
    w, h = fig.get_figwidth(), fig.get_figheight()
    char_in = LIGHT.font_size * CHAR_EM / 72
    longest = max((len(n) for n in art.row_names), default=8)
    left_in = min(longest * char_in + 0.45, w * 0.4)
    top_in = 0.3 + (0.3 if title else 0.0)
    bottom_in = 0.75
    fig.subplots_adjust(
        left=left_in / w,
        right=1 - 0.2 / w,
        top=max(1 - top_in / h, 0.3),
        bottom=min(bottom_in / h, 0.45),
    )


__all__ = ["CompareArtists", "draw_compare", "layout_compare"]
