"""Draw a `portfolio.PortfolioSeries` on a matplotlib `Figure` (no pyplot, no Qt), and write it to
a file (PNG, PDF or SVG) as the other charts' exports are written (`export`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import NullLocator

from ..domain.enums import PresenceKind
from ..i18n import format_score
from .portfolio import (
    NAME_CHARS,
    ROW_PAD,
    PortfolioEntry,
    PortfolioLabels,
    PortfolioSeries,
    natural_height_in,
)
from .theme import LIGHT, PRESENCE_KIND_COLOR, PRESENCE_KIND_HATCH, Theme
from .timeline_style import CHAR_EM, TODAY_COLOR, _short

#: Where the columns right of the chart begin, in points from its right edge.
COLUMN_PT = (10.0, 48.0, 92.0, 124.0)


def _epoch() -> int:
    return date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]


def _rects(items: list[tuple[float, float, float, float]]) -> list[Any]:
    return [[(x0, y0), (x0, y1), (x1, y1), (x1, y0)] for x0, x1, y0, y1 in items]


@dataclass
class PortfolioArtists:
    figure: Figure
    ax: Axes
    series: PortfolioSeries
    #: Every text drawn beside the rows (names, headings, scores), for tests and checks.
    texts: list[str]

    def plan_at(self, y: float) -> str | None:
        """The id of the plan whose row holds the data coordinate `y`."""
        for row in self.series.plan_rows():
            if row.y0 - ROW_PAD / 2 <= y < row.y0 + row.height + ROW_PAD / 2:
                assert row.entry is not None
                return row.entry.plan.id
        return None


def _column_headings(labels: PortfolioLabels) -> tuple[str, str, str, str]:
    return (labels.score, labels.critical, labels.high, labels.headquarters)


def _score(entry: PortfolioEntry, labels: PortfolioLabels) -> str:
    if entry.score is None:
        return labels.no_score
    return format_score(entry.score)


def draw_portfolio(
    fig: Figure,
    series: PortfolioSeries,
    *,
    theme: Theme = LIGHT,
    labels: PortfolioLabels | None = None,
    title: str | None = None,
) -> PortfolioArtists:
    """Draw `series` on `fig` (cleared first)."""
    labels = labels or PortfolioLabels()
    fig.clear()
    fig.set_facecolor(theme.background)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_facecolor(theme.background)
    epoch = _epoch()
    fg, muted = theme.foreground, theme.muted
    s = series
    x0 = s.start.toordinal() - epoch
    x1 = s.end.toordinal() - epoch + 1
    texts: list[str] = []

    outside: list[tuple[float, float, float, float]] = []
    for row in s.plan_rows():
        assert row.entry is not None
        plan = row.entry.plan
        lo = plan.horizon_start.toordinal() - epoch
        hi = max(plan.horizon_end, plan.horizon_start).toordinal() - epoch + 1
        if lo > x0:
            outside.append((x0, lo, row.y0, row.y0 + row.height))
        if hi < x1:
            outside.append((hi, x1, row.y0, row.y0 + row.height))
    if outside:
        ax.add_collection(
            PolyCollection(
                _rects(outside), facecolors=to_rgba(muted, 0.22), edgecolors="none", zorder=0.4
            ),
            autolim=False,
        )
    for kind in PresenceKind:
        items = [p for p in s.presences if p.kind is kind]
        if not items:
            continue
        ax.add_collection(
            PolyCollection(
                _rects(
                    [
                        (
                            p.start.toordinal() - epoch,
                            p.end.toordinal() - epoch + 1,
                            p.y0 + 0.06,
                            p.y0 + p.height - 0.06,
                        )
                        for p in items
                    ]
                ),
                facecolors=PRESENCE_KIND_COLOR[kind],
                edgecolors=fg,
                linewidths=0.6,
                hatch=PRESENCE_KIND_HATCH[kind] or None,
                zorder=2,
            ),
            autolim=False,
        )
    # presence names where they fit, judged at the figure's width
    days = max(x1 - x0, 1)
    width_in = fig.get_figwidth() * 0.55
    char_in = theme.small_font_size * CHAR_EM / 72
    for p in s.presences:
        room = (p.end.toordinal() - p.start.toordinal() + 1) / days * width_in
        chars = int(room / char_in) - 1
        if chars >= 4:
            ax.text(
                p.start.toordinal() - epoch + days * 0.002,
                p.y0 + p.height / 2,
                _short(p.name, chars),
                ha="left",
                va="center",
                fontsize=theme.small_font_size,
                color="#1A1A1A",
                zorder=4,
                clip_on=True,
            )
    # separators and region headings
    for row in s.rows:
        if row.kind == "heading":
            ax.axhline(row.y0, color=muted, linewidth=0.6, zorder=1)
            ax.annotate(
                row.label,
                xy=(0, row.center),
                xycoords=("axes fraction", "data"),
                xytext=(-8, 0),
                textcoords="offset points",
                ha="right",
                va="center",
                fontsize=theme.font_size,
                fontweight="bold",
                color=fg,
                annotation_clip=False,
            )
            texts.append(row.label)
    # plan names left, score / critical / high / HQ line right
    columns = tuple(zip(_column_headings(labels), COLUMN_PT, strict=True))
    for heading, dx in columns:
        ax.annotate(
            heading,
            xy=(1, 1.0),
            xycoords="axes fraction",
            xytext=(dx, 4),
            textcoords="offset points",
            ha="left",
            va="bottom",
            fontsize=theme.small_font_size,
            fontweight="bold",
            color=fg,
            annotation_clip=False,
        )
        texts.append(heading)
    for row in s.plan_rows():
        entry = row.entry
        assert entry is not None
        name = _short(row.label, NAME_CHARS)
        values = (
            _score(entry, labels),
            str(entry.critical),
            str(entry.high),
            entry.headquarters,
        )
        ax.annotate(
            name,
            xy=(0, row.center),
            xycoords=("axes fraction", "data"),
            xytext=(-8, 0),
            textcoords="offset points",
            ha="right",
            va="center",
            fontsize=theme.font_size,
            color=fg,
            annotation_clip=False,
        )
        texts.append(name)
        for (_heading, dx), value in zip(columns, values, strict=True):
            ax.annotate(
                value,
                xy=(1, row.center),
                xycoords=("axes fraction", "data"),
                xytext=(dx, 0),
                textcoords="offset points",
                ha="left",
                va="center",
                fontsize=theme.font_size,
                color=fg,
                fontweight="bold" if value != "0" and dx in COLUMN_PT[1:3] else "normal",
                annotation_clip=False,
            )
            texts.append(value)
    if s.today is not None and s.start <= s.today <= s.end:
        tx = s.today.toordinal() - epoch + 0.5
        near_end = (tx - x0) / max(x1 - x0, 1) > 0.9
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
    if not s.plan_rows():
        ax.text(
            0.5,
            0.5,
            labels.no_plans,
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=muted,
            fontsize=theme.font_size + 1,
        )
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
    ax.set_xlim(x0, x1)
    ax.set_ylim(s.total_height, 0)

    shown = [k for k in PresenceKind if any(p.kind is k for p in s.presences)]
    handles = [
        Patch(
            facecolor=PRESENCE_KIND_COLOR[k],
            edgecolor=fg,
            hatch=PRESENCE_KIND_HATCH[k] or None,
            label=labels.kinds.get(k.value, k.value),
        )
        for k in shown
    ]
    if outside:
        handles.append(Patch(facecolor=to_rgba(muted, 0.22), label=labels.outside))
    if handles:
        legend = fig.legend(
            handles=handles,
            loc="lower left",
            bbox_to_anchor=(0.01, 0.0),
            ncol=len(handles),
            fontsize=theme.small_font_size,
            frameon=False,
            labelcolor=fg,
        )
        texts += [t.get_text() for t in legend.get_texts()]
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
        texts.append(title)
    art = PortfolioArtists(fig, ax, s, texts)
    layout_portfolio(art, title=bool(title))
    return art


def layout_portfolio(art: PortfolioArtists, *, title: bool = False) -> None:
    """Margins from the figure's size; call again after a resize."""
    fig = art.figure
    w, h = fig.get_figwidth(), fig.get_figheight()
    char_in = LIGHT.font_size * CHAR_EM / 72
    names = [_short(r.label, NAME_CHARS) for r in art.series.rows]
    longest = max((len(n) for n in names), default=8)
    left_in = min(longest * char_in + 0.3, w * 0.3)
    hq = max(
        (len(r.entry.headquarters) for r in art.series.plan_rows() if r.entry is not None),
        default=4,
    )
    headings = _column_headings(PortfolioLabels())
    last = max(hq, len(headings[-1]))
    right_in = (COLUMN_PT[-1] + last * LIGHT.font_size * CHAR_EM + 8) / 72
    top_in = 0.35 + (0.3 if title else 0.0)
    bottom_in = 0.6
    fig.subplots_adjust(
        left=left_in / w,
        right=max(1 - right_in / w, left_in / w + 0.2),
        top=max(1 - top_in / h, 0.3),
        bottom=min(bottom_in / h, 0.45),
    )


def render_portfolio(
    series: PortfolioSeries,
    path: Path | str,
    *,
    labels: PortfolioLabels | None = None,
    title: str | None = None,
    width_in: float = 11.69,
) -> Path:
    """Write the chart to `path` (.png, .pdf or .svg), A4 wide, as tall as its rows need."""
    from .export import PNG_DPI, _format, _save

    target = Path(path)
    fmt = _format(target)
    fig = Figure(figsize=(width_in, max(natural_height_in(series), 3.0)), dpi=100)
    draw_portfolio(fig, series, labels=labels, title=title)
    _save(fig, target, fmt, PNG_DPI)
    return target


__all__ = ["PortfolioArtists", "draw_portfolio", "layout_portfolio", "render_portfolio"]
