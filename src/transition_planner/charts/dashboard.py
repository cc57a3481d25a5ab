"""The dashboard of a plan: drawdown curve, coverage heatmap, findings, funding of coverage.

`dashboard_data(plan, analysis)` computes plain series (numpy arrays over the horizon's days and
months); `draw_dashboard(fig, data)` draws them on a `Figure` (no pyplot, no Qt).

Per function and day, coverage has one status, the best of the active set (SPEC §3's effective
intervals): Secured > Pledged > untracked (blank status) > Unfunded; a required day with no active
assignment is uncovered. So "Unfunded" days are exactly the funding gaps of the analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.collections import LineCollection, PolyCollection, QuadMesh
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.gridspec import GridSpec
from matplotlib.lines import Line2D
from matplotlib.markers import TICKDOWN, TICKLEFT, TICKRIGHT
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Affine2D, ScaledTranslation

from ..domain.enums import ActorType, FundingStatus, Severity
from ..domain.findings import RULES, Analysis, rule_label
from ..domain.model import Plan
from .series import _category_order, effective_interval
from .textlayer import Label, TextLayer
from .theme import (
    ACTOR_TYPE_COLOR,
    COVERAGE_STATUS_COLOR,
    COVERAGE_STATUS_HATCH,
    LIGHT,
    SEVERITY_COLOR,
    SEVERITY_HATCH,
    Theme,
)

#: Coverage statuses, best first (codes 4 … 0 in the day arrays).
COVERAGE_STATUSES: tuple[str, ...] = ("Secured", "Pledged", "Untracked", "Unfunded", "Uncovered")
_CODE: dict[FundingStatus | None, int] = {
    FundingStatus.SECURED: 4,
    FundingStatus.PLEDGED: 3,
    None: 2,
    FundingStatus.UNFUNDED: 1,
}
#: Actor types whose hatch tells them apart in grey print (drawdown curve).
_TYPE_HATCH: dict[ActorType, str] = {
    ActorType.MISSION: "",
    ActorType.UN_ENTITY: "..",
    ActorType.GOVERNMENT: "//",
    ActorType.REGIONAL_ORGANIZATION: "\\\\",
    ActorType.CIVIL_SOCIETY: "xx",
    ActorType.BILATERAL_PARTNER: "++",
    ActorType.OTHER: "--",
}


@dataclass(frozen=True)
class DashboardLabels:
    """The fixed words of the dashboard (the Qt view passes translated ones)."""

    drawdown: str = "Capacity over time, by actor type"
    drawdown_log: str = "Capacity over time, by actor type (logarithmic scale)"
    capacity: str = "Capacity (staff)"
    unknown_capacity: str = "Assignments without a capacity (not counted): {n}"
    heatmap: str = "Coverage of required days, by month"
    heatmap_scale: str = "Share of required days covered"
    findings: str = "Findings by rule and severity"
    funding: str = "Funding of required function-days, by month"
    share: str = "Share of required function-days"
    nothing: str = "Nothing to show yet"
    statuses: tuple[str, ...] = ("Secured", "Pledged", "Not tracked", "Unfunded", "Uncovered")
    rules: dict[str, str] = field(default_factory=lambda: {r: rule_label(r) for r in RULES})
    severities: dict[Severity, str] = field(
        default_factory=lambda: {s: s.value.capitalize() for s in Severity}
    )


@dataclass(frozen=True)
class DashboardData:
    plan_name: str
    horizon_start: date
    horizon_end: date
    #: Drawdown: the days where some capacity changes (ordinals, ending with the horizon's
    #: end + 1) and, per actor type that has capacity, its capacity from each of those days.
    change_days: np.ndarray
    capacity_by_type: dict[ActorType, np.ndarray]
    unknown_capacity: int
    #: Months of the horizon (first days) and the functions of the heatmap (timeline order).
    months: tuple[date, ...]
    function_names: tuple[str, ...]
    #: function × month: share of the month's required days that are covered (NaN: none).
    coverage: np.ndarray
    #: rule → severity → number of findings.
    findings: dict[str, dict[Severity, int]]
    #: status (COVERAGE_STATUSES order) × month: share of required function-days.
    funding: np.ndarray
    #: required function-days per month (0: nothing required that month).
    required_days: np.ndarray


def _month_starts(h0: date, h1: date) -> list[date]:
    months = [h0]
    y, m = h0.year, h0.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        first = date(y, m, 1)
        if first > h1:
            return months
        months.append(first)


def dashboard_data(plan: Plan, analysis: Analysis) -> DashboardData:
    h0, h1 = plan.horizon_start, max(plan.horizon_start, plan.horizon_end)
    o0 = h0.toordinal()
    n_days = h1.toordinal() - o0 + 1
    months = _month_starts(h0, h1)
    month_index = np.array([m.toordinal() - o0 for m in months])

    # -- drawdown: capacity per actor type and day ------------------------------------------
    actors = {a.id: a for a in plan.actors}
    capacity = np.zeros((len(ActorType), n_days + 1))
    type_index = {t: i for i, t in enumerate(ActorType)}
    unknown = 0
    points = {0, n_days}
    order = [f for _c, idx in _category_order(plan) for f in (plan.functions[i] for i in idx)]
    function_pos = {f.id: k for k, f in enumerate(order)}
    status = np.zeros((len(order), n_days), dtype=np.int8)
    for s in plan.assignments:
        interval = effective_interval(plan, s)
        if interval is None:
            continue
        a, b = interval[0].toordinal() - o0, interval[1].toordinal() - o0 + 1
        actor = actors.get(s.actor_id)
        t = actor.type if actor is not None else ActorType.OTHER
        if s.capacity is None or not np.isfinite(s.capacity):
            unknown += 1
        else:
            capacity[type_index[t], a:b] += s.capacity
            points.update((a, b))
        k = function_pos.get(s.function_id)
        if k is not None:
            row = status[k, a:b]
            np.maximum(row, _CODE.get(s.funding_status, 2), out=row)
    change = np.array(sorted(points))
    capacity_by_type = {t: capacity[i, change] for t, i in type_index.items() if capacity[i].any()}

    # -- coverage and funding per month -----------------------------------------------------------
    required = np.zeros((len(order), n_days), dtype=bool)
    for k, f in enumerate(order):
        w0 = max((f.required_from or h0).toordinal(), o0) - o0
        w1 = min((f.required_until or h1).toordinal(), h1.toordinal()) - o0
        if w0 <= w1:
            required[k, w0 : w1 + 1] = True
    req_month = np.add.reduceat(required, month_index, axis=1) if n_days else required
    covered = required & (status > 0)
    cov_month = np.add.reduceat(covered, month_index, axis=1) if n_days else covered
    with np.errstate(invalid="ignore", divide="ignore"):
        coverage = np.where(req_month > 0, cov_month / np.maximum(req_month, 1), np.nan)
    funding = np.zeros((len(COVERAGE_STATUSES), len(months)))
    total = req_month.sum(axis=0) if len(order) else np.zeros(len(months))
    for j, code in enumerate((4, 3, 2, 1, 0)):
        days = (
            np.add.reduceat(required & (status == code), month_index, axis=1).sum(axis=0)
            if len(order)
            else np.zeros(len(months))
        )
        funding[j] = np.where(total > 0, days / np.maximum(total, 1), 0.0)

    findings: dict[str, dict[Severity, int]] = {}
    for finding in analysis.findings:
        findings.setdefault(finding.rule, dict.fromkeys(Severity, 0))[finding.severity] += 1
    ordered = {r: findings[r] for r in RULES if r in findings}
    ordered.update({r: c for r, c in findings.items() if r not in ordered})
    return DashboardData(
        plan.name,
        h0,
        h1,
        change + o0,
        capacity_by_type,
        unknown,
        tuple(months),
        tuple(f.name for f in order),
        coverage,
        ordered,
        funding,
        total,
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


def draw_dashboard(
    fig: Figure,
    data: DashboardData,
    *,
    theme: Theme = LIGHT,
    labels: DashboardLabels | None = None,
    title: str | None = None,
    reuse: DashboardArtists | None = None,
    log_scale: bool = False,
) -> DashboardArtists:
    """Draw the four dashboard charts on `fig`.

    `reuse`: what the previous call drew on `fig`; its axes are kept (only the data's artists
    are replaced) when the theme and title are the same. Otherwise `fig` is cleared first.
    `log_scale`: the capacity of each actor type as its own line on a logarithmic scale, so
    that a country team's tens of staff show beside a mission's thousands."""
    labels = labels or DashboardLabels()
    if (
        reuse is not None
        and reuse.figure is fig
        and reuse.theme == theme
        and reuse.title == title
        and all(ax in fig.axes for ax in (*reuse.axes.values(), reuse.scale))
    ):
        art = reuse
        for artist in art.content:
            artist.remove()
        art.content = []
    else:
        art = _frame(fig, theme, title)
    _place(art, len(data.function_names))
    epoch = date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]
    x0 = float(data.horizon_start.toordinal() - epoch)
    x1 = float(data.horizon_end.toordinal() + 1 - epoch)
    dates = _date_ticks(x0, x1)
    _draw_drawdown(art, data, labels, dates, log_scale)
    _draw_funding(art, data, labels, dates)
    _draw_heatmap(art, data, labels, dates)
    _draw_findings(art, data, labels)
    return art


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


def _place(art: DashboardArtists, n_functions: int) -> None:
    grid = GridSpec(
        2,
        2,
        left=_LEFT,
        right=_RIGHT,
        bottom=_BOTTOM,
        top=0.92 if art.title else 0.95,
        wspace=_WSPACE,
        hspace=_HSPACE,
        height_ratios=[1.0, 1.0 + min(n_functions, 40) / 25],
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

    def legend(self, entries: Sequence[tuple[str, str, str]], edge_width: float) -> None:
        """(text, colour, hatch) swatches right of the axes, from its top."""
        size = self.theme.small_font_size
        fig = self.art.figure
        points = (
            Affine2D().scale(1 / 72)
            + fig.dpi_scale_trans
            + ScaledTranslation(1.0, 1.0, self.ax.transAxes)
        )
        pitch = _LEGEND_PITCH_EM * size
        for k, (text, color, hatch) in enumerate(entries):
            yc = -(k + 0.5) * pitch
            swatch = Rectangle(
                (_LEGEND_DX_PT, yc - 0.45 * size),
                _LEGEND_SWATCH_EM * size,
                0.9 * size,
                facecolor=color,
                edgecolor=self.theme.foreground,
                linewidth=edge_width,
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
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _draw_drawdown(
    art: DashboardArtists,
    data: DashboardData,
    labels: DashboardLabels,
    dates: tuple[list[float], list[str]],
    log_scale: bool = False,
) -> None:
    chart = _Chart(art, "drawdown")
    ax = chart.ax
    chart.heading(labels.drawdown_log if log_scale else labels.drawdown)
    epoch = date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]
    ax.set_xlim(data.horizon_start.toordinal() - epoch, data.horizon_end.toordinal() + 1 - epoch)
    ax.set_yscale("log" if log_scale and data.capacity_by_type else "linear")
    if data.capacity_by_type:
        xs = data.change_days.astype(float) - epoch
        types = list(data.capacity_by_type)
        colors = [ACTOR_TYPE_COLOR[t] for t in types]
        if log_scale:
            series = [data.capacity_by_type[t] for t in types]
            _log_lines(chart, xs, series, colors, labels.capacity)
        else:
            stack = np.cumsum([data.capacity_by_type[t] for t in types], axis=0)
            top = float(stack[-1].max()) * 1.05 or 1.0
            ax.set_ylim(0, top)
            fractions, texts = _number_ticks(top)
            chart.y_ticks(fractions, texts, grid=True)
            chart.caption(labels.capacity, texts)
            _steps(chart, xs, stack, colors, [_TYPE_HATCH[t] for t in types], 0.4)
        chart.legend(
            [(str(t), ACTOR_TYPE_COLOR[t], "" if log_scale else _TYPE_HATCH[t]) for t in types],
            0.4,
        )
    else:
        chart.nothing(labels.nothing)
    chart.x_ticks(*dates, grid=False)
    if data.unknown_capacity:
        chart.text(
            0.0,
            0.0,
            labels.unknown_capacity.format(n=data.unknown_capacity),
            color=art.theme.muted,
            ha="left",
            va="top",
            dy=-(_TICK_PT + _TICK_PAD_PT + 2.2 * art.theme.small_font_size),
        )
    chart.finish()


def _log_lines(
    chart: _Chart,
    xs: np.ndarray,
    series: list[np.ndarray],
    colors: Sequence[str],
    caption: str,
) -> None:
    """Each actor type's capacity as a step line on a logarithmic axis (zero: no line)."""
    positive = [v for values in series for v in values if v > 0]
    low = 10 ** np.floor(np.log10(min(positive))) if positive else 1.0
    high = 10 ** np.ceil(np.log10(max(positive) * 1.05)) if positive else 10.0
    chart.ax.set_ylim(low, high)
    decades = [10.0**k for k in range(int(np.log10(low)), int(np.log10(high)) + 1)]
    span = np.log10(high) - np.log10(low) or 1.0
    fractions = [(np.log10(v) - np.log10(low)) / span for v in decades]
    texts = [_number(v) if v < 1000 else f"{v:,.0f}" for v in decades]
    chart.y_ticks(fractions, texts, grid=True)
    chart.caption(caption, texts)
    for values, color in zip(series, colors, strict=True):
        ys = np.where(values > 0, values, np.nan).astype(float)
        line = Line2D(
            xs,
            ys[: len(xs)],
            drawstyle="steps-post",
            color=color,
            linewidth=2.2,
            transform=chart.ax.transData,
            zorder=2,
        )
        chart.add(line)


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


def _draw_funding(
    art: DashboardArtists,
    data: DashboardData,
    labels: DashboardLabels,
    dates: tuple[list[float], list[str]],
) -> None:
    chart = _Chart(art, "funding")
    ax = chart.ax
    chart.heading(labels.funding)
    epoch = date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]
    x1 = data.horizon_end.toordinal() + 1 - epoch
    ax.set_xlim(data.horizon_start.toordinal() - epoch, x1)
    ax.set_ylim(0, 1)
    if data.required_days.sum() > 0:
        mx = np.array([m.toordinal() - epoch for m in data.months] + [x1], dtype=float)
        stack = np.cumsum(data.funding, axis=0)
        _steps(
            chart,
            mx,
            stack,
            [COVERAGE_STATUS_COLOR[s] for s in COVERAGE_STATUSES],
            [COVERAGE_STATUS_HATCH[s] for s in COVERAGE_STATUSES],
            0.3,
        )
        shares = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
        texts = [f"{v:.0%}" for v in shares]
        chart.y_ticks(shares, texts, grid=False)
        chart.caption(labels.share, texts)
        chart.legend(
            [
                (text, COVERAGE_STATUS_COLOR[s], COVERAGE_STATUS_HATCH[s])
                for text, s in zip(labels.statuses, COVERAGE_STATUSES, strict=True)
            ],
            0.3,
        )
    else:
        chart.nothing(labels.nothing)
    chart.x_ticks(*dates, grid=False)
    chart.finish()


def _draw_heatmap(
    art: DashboardArtists,
    data: DashboardData,
    labels: DashboardLabels,
    dates: tuple[list[float], list[str]],
) -> None:
    chart = _Chart(art, "heatmap")
    scale = _Chart(art, "scale")
    ax = chart.ax
    chart.heading(labels.heatmap)
    n_functions = len(data.function_names)
    if n_functions and len(data.months):
        epoch = date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]
        x1 = data.horizon_end.toordinal() + 1 - epoch
        edges = np.array([m.toordinal() - epoch for m in data.months] + [x1], dtype=float)
        cmap = _cmap(art.theme)
        mesh = QuadMesh(
            np.dstack(np.meshgrid(edges, np.arange(n_functions + 1, dtype=float))),
            array=np.ma.masked_invalid(data.coverage),
            cmap=cmap,
            norm=Normalize(0.0, 1.0),
            linewidth=0,
            transform=ax.transData,
            zorder=1,
        )
        chart.add(mesh)
        ax.set_xlim(edges[0], edges[-1])
        ax.set_ylim(n_functions, 0)
        size = art.theme.small_font_size if n_functions <= 30 else 5.5
        # as much of each name as the room left of the chart holds
        room_in = _LEFT * art.figure.get_figwidth() - 0.12
        chars = max(12, int(room_in / (size * 0.6 / 72)))
        for k, name in enumerate(data.function_names):
            chart.text(
                0.0,
                1 - (k + 0.5) / n_functions,
                _short(name, chars),
                ha="right",
                size=size,
                dx=-4.0,
            )
        chart.x_ticks(*dates, grid=False)
        # the colour scale
        steps = np.linspace(0.0, 1.0, 65)
        ramp = QuadMesh(
            np.dstack(np.meshgrid(np.array([0.0, 1.0]), steps)),
            array=((steps[:-1] + steps[1:]) / 2)[:, None],
            cmap=cmap,
            norm=Normalize(0.0, 1.0),
            linewidth=0,
            transform=scale.ax.transAxes,
            zorder=1,
        )
        scale.add(ramp)
        scale.ax.set_visible(True)
        shares = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
        texts = [f"{v:.0%}" for v in shares]
        scale.y_ticks(shares, texts, grid=False, right=True)
        scale.caption(labels.heatmap_scale, texts, right=True)
    else:
        scale.ax.set_visible(False)
        chart.nothing(labels.nothing)
    chart.finish()
    scale.finish()


def _draw_findings(art: DashboardArtists, data: DashboardData, labels: DashboardLabels) -> None:
    chart = _Chart(art, "findings")
    ax = chart.ax
    chart.heading(labels.findings)
    rules = list(data.findings)
    if rules:
        n = len(rules)
        left = np.zeros(n)
        half = 0.65 / 2
        entries = []
        for sev in Severity:
            counts = np.array([data.findings[r][sev] for r in rules], dtype=float)
            if not counts.any():
                continue
            verts = [
                ((a, k - half), (a, k + half), (a + c, k + half), (a + c, k - half))
                for k, (a, c) in enumerate(zip(left, counts, strict=True))
                if c > 0
            ]
            bars = PolyCollection(
                verts,
                facecolors=SEVERITY_COLOR[sev],
                edgecolors=art.theme.foreground,
                linewidths=0.5,
                transform=ax.transData,
                zorder=1,
            )
            if SEVERITY_HATCH[sev]:
                bars.set_hatch(SEVERITY_HATCH[sev])
            bars.set_label(labels.severities.get(sev, sev.value))
            chart.add(bars)
            entries.append(
                (labels.severities.get(sev, sev.value), SEVERITY_COLOR[sev], SEVERITY_HATCH[sev])
            )
            left += counts
        xmax = max(float(left.max()) * 1.15, 1.0)
        ax.set_xlim(0, xmax)
        ax.set_ylim(n - 0.5, -0.5)
        for k, (rule, total) in enumerate(zip(rules, left, strict=True)):
            fy = (n - 0.5 - k) / n
            chart.text(0.0, fy, labels.rules.get(rule, rule), ha="right", dx=-4.0)
            chart.text(float(total) / xmax, fy, f"{int(total)}", ha="left", dx=3.0)
        fractions, texts = _number_ticks(xmax, integer=True)
        chart.x_ticks(fractions, texts, grid=True)
        chart.legend(entries, 0.5)
    else:
        chart.nothing(labels.nothing)
    chart.finish()


def _cmap(theme: Theme) -> Any:
    from matplotlib import colormaps

    # cividis: perceptually uniform, colour-blind safe and monotonic in grey
    cmap = colormaps["cividis"].with_extremes(bad=theme.not_required)
    return cmap


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


__all__ = [
    "COVERAGE_STATUSES",
    "DashboardArtists",
    "DashboardData",
    "DashboardLabels",
    "dashboard_data",
    "draw_dashboard",
]
