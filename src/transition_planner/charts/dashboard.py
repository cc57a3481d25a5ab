"""The dashboard of a plan: drawdown curve, coverage heatmap, findings, funding of coverage.

`dashboard_data(plan, analysis)` computes plain series (numpy arrays over the horizon's days and
months); `draw_dashboard(fig, data)` draws them on a `Figure` (no pyplot, no Qt).

Per function and day, coverage has one status, the best of the active set (SPEC §3's effective
intervals): Secured > Pledged > untracked (blank status) > Unfunded; a required day with no active
assignment is uncovered. So "Unfunded" days are exactly the funding gaps of the analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..domain.enums import ActorType, FundingStatus, Severity
from ..domain.findings import RULES, Analysis
from ..domain.model import Plan
from .series import _category_order, effective_interval
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
    capacity: str = "Capacity (staff)"
    unknown_capacity: str = "Assignments without a capacity (not counted): {n}"
    heatmap: str = "Coverage of required days, by month"
    heatmap_scale: str = "Share of required days covered"
    findings: str = "Findings by rule and severity"
    funding: str = "Funding of required function-days, by month"
    share: str = "Share of required function-days"
    nothing: str = "Nothing to show yet"
    statuses: tuple[str, ...] = ("Secured", "Pledged", "Not tracked", "Unfunded", "Uncovered")
    rules: dict[str, str] = field(
        default_factory=lambda: {
            "presence_gap": "Presence gap",
            "coverage_gap": "Coverage gap",
            "funding_gap": "Funding gap",
            "capacity_cliff": "Capacity cliff",
            "cold_handover": "Cold handover",
            "outlives_presence": "Outlives presence",
            "lead_change": "Lead change",
            "drawdown_before_election": "Drawdown before election",
        }
    )
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


@dataclass
class DashboardArtists:
    figure: Figure
    axes: dict[str, Any]


def draw_dashboard(
    fig: Figure,
    data: DashboardData,
    *,
    theme: Theme = LIGHT,
    labels: DashboardLabels | None = None,
    title: str | None = None,
) -> DashboardArtists:
    """Draw the four dashboard charts on `fig` (cleared first)."""
    labels = labels or DashboardLabels()
    fig.clear()
    fig.set_facecolor(theme.background)
    fg, muted = theme.foreground, theme.muted
    n_functions = len(data.function_names)
    grid = fig.add_gridspec(
        2,
        2,
        height_ratios=[1.0, 1.0 + min(n_functions, 40) / 25],
        width_ratios=[1.0, 1.0],
        hspace=0.42,
        wspace=0.55,
    )
    ax_draw = fig.add_subplot(grid[0, 0])
    ax_fund = fig.add_subplot(grid[0, 1])
    ax_heat = fig.add_subplot(grid[1, 0])
    ax_find = fig.add_subplot(grid[1, 1])
    axes = {"drawdown": ax_draw, "funding": ax_fund, "heatmap": ax_heat, "findings": ax_find}
    epoch = date.fromisoformat(str(mdates.get_epoch())[:10]).toordinal()  # type: ignore[no-untyped-call]
    for ax in axes.values():
        ax.set_facecolor(theme.background)
        ax.tick_params(colors=fg, labelsize=theme.small_font_size)
        for spine in ax.spines.values():
            spine.set_color(muted)
    x0 = data.horizon_start.toordinal() - epoch
    x1 = data.horizon_end.toordinal() + 1 - epoch

    def date_axis(ax: Any) -> None:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(
            mdates.ConciseDateFormatter(locator, show_offset=False)  # type: ignore[no-untyped-call]
        )
        ax.set_xlim(x0, x1)

    def heading(ax: Any, text: str) -> None:
        ax.set_title(text, loc="left", fontsize=theme.font_size + 1, color=fg, fontweight="bold")

    # -- drawdown ----------------------------------------------------------------------
    heading(ax_draw, labels.drawdown)
    if data.capacity_by_type:
        xs = data.change_days.astype(float) - epoch
        types = list(data.capacity_by_type)
        polys = ax_draw.stackplot(
            xs,
            *[data.capacity_by_type[t] for t in types],
            step="post",
            colors=[ACTOR_TYPE_COLOR[t] for t in types],
            edgecolor=fg,
            linewidth=0.4,
            labels=[str(t) for t in types],
        )
        for poly, t in zip(polys, types, strict=True):
            if _TYPE_HATCH[t]:
                poly.set_hatch(_TYPE_HATCH[t])
        ax_draw.legend(
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            fontsize=theme.small_font_size,
            frameon=False,
            labelcolor=fg,
        )
        ax_draw.set_ylim(bottom=0)
    else:
        _nothing(ax_draw, labels.nothing, muted)
    ax_draw.set_ylabel(labels.capacity, color=fg, fontsize=theme.small_font_size)
    date_axis(ax_draw)
    ax_draw.yaxis.grid(True, color=theme.grid, linewidth=0.6)
    ax_draw.set_axisbelow(True)
    if data.unknown_capacity:
        ax_draw.text(
            0.0,
            -0.22,
            labels.unknown_capacity.format(n=data.unknown_capacity),
            transform=ax_draw.transAxes,
            fontsize=theme.small_font_size,
            color=muted,
        )

    # -- funding of coverage ----------------------------------------------------------------------
    heading(ax_fund, labels.funding)
    if data.required_days.sum() > 0:
        mx = np.array([m.toordinal() - epoch for m in data.months] + [x1], dtype=float)
        values = [np.append(row, row[-1]) for row in data.funding]
        polys = ax_fund.stackplot(
            mx,
            *values,
            step="post",
            colors=[COVERAGE_STATUS_COLOR[s] for s in COVERAGE_STATUSES],
            edgecolor=fg,
            linewidth=0.3,
            labels=list(labels.statuses),
        )
        for poly, s in zip(polys, COVERAGE_STATUSES, strict=True):
            if COVERAGE_STATUS_HATCH[s]:
                poly.set_hatch(COVERAGE_STATUS_HATCH[s])
        ax_fund.set_ylim(0, 1)
        ax_fund.yaxis.set_major_formatter(lambda v, _p: f"{v:.0%}")
        ax_fund.legend(
            loc="upper left",
            bbox_to_anchor=(1.0, 1.0),
            fontsize=theme.small_font_size,
            frameon=False,
            labelcolor=fg,
        )
    else:
        _nothing(ax_fund, labels.nothing, muted)
    ax_fund.set_ylabel(labels.share, color=fg, fontsize=theme.small_font_size)
    date_axis(ax_fund)

    # -- heatmap ----------------------------------------------------------------------
    heading(ax_heat, labels.heatmap)
    if n_functions and len(data.months):
        edges = np.array([m.toordinal() - epoch for m in data.months] + [x1], dtype=float)
        masked = np.ma.masked_invalid(data.coverage)
        cmap = _cmap(theme)
        mesh = ax_heat.pcolormesh(
            edges, np.arange(n_functions + 1), masked, cmap=cmap, vmin=0, vmax=1, linewidth=0
        )
        ax_heat.set_ylim(n_functions, 0)
        ax_heat.set_yticks(np.arange(n_functions) + 0.5)
        ax_heat.set_yticklabels(
            [_short(n, 30) for n in data.function_names],
            fontsize=theme.small_font_size if n_functions <= 30 else 5.5,
        )
        ax_heat.tick_params(axis="y", length=0)
        bar = fig.colorbar(mesh, ax=ax_heat, fraction=0.04, pad=0.02)
        bar.set_label(labels.heatmap_scale, color=fg, fontsize=theme.small_font_size)
        bar.ax.tick_params(colors=fg, labelsize=theme.small_font_size)
        bar.ax.yaxis.set_major_formatter(lambda v, _p: f"{v:.0%}")
        bar.outline.set_edgecolor(muted)
        ax_heat.set_facecolor(theme.not_required)
        date_axis(ax_heat)
    else:
        _nothing(ax_heat, labels.nothing, muted)

    # -- findings ----------------------------------------------------------------------
    heading(ax_find, labels.findings)
    rules = list(data.findings)
    if rules:
        y = np.arange(len(rules))
        left = np.zeros(len(rules))
        for sev in Severity:
            counts = np.array([data.findings[r][sev] for r in rules], dtype=float)
            if not counts.any():
                continue
            ax_find.barh(
                y,
                counts,
                left=left,
                color=SEVERITY_COLOR[sev],
                edgecolor=fg,
                linewidth=0.5,
                hatch=SEVERITY_HATCH[sev] or None,
                label=labels.severities.get(sev, sev.value),
                height=0.65,
            )
            left += counts
        for yi, total in zip(y, left, strict=True):
            ax_find.text(
                float(total),
                float(yi),
                f" {int(total)}",
                va="center",
                ha="left",
                color=fg,
                fontsize=theme.small_font_size,
            )
        ax_find.set_yticks(y)
        ax_find.set_yticklabels([labels.rules.get(r, r) for r in rules])
        ax_find.set_ylim(len(rules) - 0.5, -0.5)
        ax_find.set_xlim(0, max(left.max() * 1.15, 1))
        ax_find.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax_find.legend(
            loc="lower right", fontsize=theme.small_font_size, frameon=False, labelcolor=fg
        )
        ax_find.xaxis.grid(True, color=theme.grid, linewidth=0.6)
        ax_find.set_axisbelow(True)
    else:
        _nothing(ax_find, labels.nothing, muted)
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
    fig.subplots_adjust(left=0.17, right=0.88, top=0.92 if title else 0.95, bottom=0.08)
    return DashboardArtists(fig, axes)


def _cmap(theme: Theme) -> Any:
    from matplotlib import colormaps

    # cividis: perceptually uniform, colour-blind safe and monotonic in grey
    cmap = colormaps["cividis"].with_extremes(bad=theme.not_required)
    return cmap


def _nothing(ax: Any, text: str, color: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", color=color)
    ax.set_xticks([])
    ax.set_yticks([])


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
