"""The dashboard of a plan: capacity over time, funding (by year in US dollars, stacked by kind,
or of the required function-days), coverage heatmap, findings by rule.

`dashboard_data(plan, analysis)` computes plain series (`dashboard_model`); `draw_dashboard(fig,
data)` draws them on a `Figure` (no pyplot, no Qt), in the frame of `dashboard_frame`; the
funding by year is drawn by `funding`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import matplotlib.dates as mdates
import numpy as np
from matplotlib.collections import PolyCollection, QuadMesh
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..domain.enums import Severity, enum_label
from .dashboard_frame import (
    _LEFT,
    _TICK_PAD_PT,
    _TICK_PT,
    DashboardArtists,
    _Chart,
    _cmap,
    _date_ticks,
    _frame,
    _number,
    _number_ticks,
    _place,
    _short,
    _steps,
)
from .dashboard_model import (
    _TYPE_HATCH,
    COVERAGE_STATUSES,
    DashboardData,
    DashboardLabels,
    dashboard_data,
)
from .funding import draw_funding_years
from .theme import (
    ACTOR_TYPE_COLOR,
    COVERAGE_STATUS_COLOR,
    COVERAGE_STATUS_HATCH,
    LIGHT,
    SEVERITY_COLOR,
    SEVERITY_HATCH,
    Theme,
)


def draw_dashboard(
    fig: Figure,
    data: DashboardData,
    *,
    theme: Theme = LIGHT,
    labels: DashboardLabels | None = None,
    title: str | None = None,
    reuse: DashboardArtists | None = None,
    log_scale: bool = False,
    funding: str | None = None,
) -> DashboardArtists:
    """Draw the four dashboard charts on `fig`.

    `funding`: "years" for the funding lines by year and kind in US dollars, "coverage" for the
    funding status of the required function-days by month; None: by year when the plan has
    funding lines.

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
    if funding is None:
        funding = "years" if data.money is not None and data.money.has_lines else "coverage"
    money = data.money if funding == "years" else None
    if money is not None:
        money_words = [labels.kinds.get(k.value, k.value) for k in money.kinds]
        money_words += [*labels.line_statuses.values(), labels.cliff_legend]
    else:
        money_words = list(labels.statuses)
    _place(
        art,
        len(data.function_names),
        right_legends=[*money_words, *labels.severities.values()],
        left_legend=[str(t) for t in data.capacity_by_type],
        rule_names=[labels.rules.get(r, r) for r in data.findings],
        note=bool(data.unknown_capacity),
    )
    epoch = date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]
    x0 = float(data.horizon_start.toordinal() - epoch)
    x1 = float(data.horizon_end.toordinal() + 1 - epoch)
    dates = _date_ticks(x0, x1)
    _draw_drawdown(art, data, labels, dates, log_scale)
    if money is not None:
        draw_funding_years(_Chart(art, "funding"), money, labels)
    else:
        _draw_funding(art, data, labels, dates)
    _draw_heatmap(art, data, labels, dates)
    _draw_findings(art, data, labels)
    return art


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
            [
                (enum_label(t), ACTOR_TYPE_COLOR[t], "" if log_scale else _TYPE_HATCH[t])
                for t in types
            ],
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


__all__ = [
    "COVERAGE_STATUSES",
    "DashboardArtists",
    "DashboardData",
    "DashboardLabels",
    "dashboard_data",
    "draw_dashboard",
]
