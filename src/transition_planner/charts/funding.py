"""Funding by year, in US dollars, stacked by kind of money (assessed, regular budget,
Peacebuilding Fund, trust funds, voluntary, host government, other).

`funding_years(plan, analysis)` sums the plan's funding lines per year of the horizon, kind and
status; `draw_funding_years(chart, data, labels)` draws them on one of the dashboard's charts
(no pyplot, no Qt): per year one bar, the Secured money solid and the Pledged money hatched at the
bottom (what the `financial_cliff` rule counts), kind by kind, and the Projected money outlined on
top. The years of a `financial_cliff` finding are shaded, labelled with the fall from the year
before, and their year written in the cliff's colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.markers import TICKDOWN

from ..domain.enums import FundingKind, FundingLineStatus
from ..domain.findings import Analysis
from ..domain.model import Plan
from ..i18n.formats import format_number
from .theme import CLIFF_COLOR, CLIFF_TEXT, CLIFF_TEXT_DARK, FUNDING_KIND_COLOR, PLEDGED_HATCH

if TYPE_CHECKING:
    from .dashboard_frame import _Chart
    from .dashboard_model import DashboardLabels

#: Statuses in the order of the array's second axis.
LINE_STATUSES: tuple[FundingLineStatus, ...] = (
    FundingLineStatus.SECURED,
    FundingLineStatus.PLEDGED,
    FundingLineStatus.PROJECTED,
)
#: A bar's width (share of a year's column); room above the tallest bar for the labels.
BAR_WIDTH = 0.72
HEADROOM = 1.3


@dataclass(frozen=True)
class FundingYears:
    """The funding lines of the horizon's years, summed: `amounts[kind, status, year]` in US
    dollars (kinds as in `kinds`, statuses as in LINE_STATUSES, years as in `years`)."""

    years: tuple[int, ...]
    kinds: tuple[FundingKind, ...]
    amounts: np.ndarray
    #: The years of the plan's `financial_cliff` findings, and each one's fall (0 … 1) from
    #: the year before.
    cliffs: dict[int, float]
    #: Funding lines of years outside the horizon (not shown).
    outside: int = 0

    @property
    def has_lines(self) -> bool:
        return bool(self.kinds)

    def amount(self, kind: FundingKind, status: FundingLineStatus, year: int) -> float:
        if kind not in self.kinds or year not in self.years:
            return 0.0
        k, s, y = self.kinds.index(kind), LINE_STATUSES.index(status), self.years.index(year)
        return float(self.amounts[k, s, y])

    @property
    def counted(self) -> np.ndarray:
        """Secured and Pledged money per year (what the cliff rule compares)."""
        if not self.kinds:
            return np.zeros(len(self.years))
        return np.asarray(self.amounts[:, :2, :].sum(axis=(0, 1)))

    @property
    def totals(self) -> np.ndarray:
        """All the money per year, Projected included."""
        if not self.kinds:
            return np.zeros(len(self.years))
        return np.asarray(self.amounts.sum(axis=(0, 1)))


def funding_years(plan: Plan, analysis: Analysis) -> FundingYears:
    """The plan's funding lines summed per year of the horizon, kind and status."""
    first, last = plan.horizon_start.year, max(plan.horizon_start, plan.horizon_end).year
    years = tuple(range(first, last + 1))
    kinds = tuple(k for k in FundingKind if any(line.kind is k for line in plan.funding_lines))
    amounts = np.zeros((len(kinds), len(LINE_STATUSES), len(years)))
    outside = 0
    for line in plan.funding_lines:
        if not first <= line.year <= last:
            outside += 1
            continue
        if not math.isfinite(line.amount):
            continue
        amounts[kinds.index(line.kind), LINE_STATUSES.index(line.status), line.year - first] += (
            line.amount
        )
    cliffs: dict[int, float] = {}
    for f in analysis.findings:
        if f.rule != "financial_cliff":
            continue
        year = f.extras.get("year")
        before, after = f.extras.get("from_usd"), f.extras.get("to_usd")
        if isinstance(year, int) and isinstance(before, int | float) and before:
            after_value = float(after) if isinstance(after, int | float) else 0.0
            cliffs[year] = 1.0 - after_value / float(before)
    return FundingYears(years, kinds, amounts, cliffs, outside)


def _unit(top: float, labels: DashboardLabels) -> tuple[float, str]:
    if top >= 1e6:
        return 1e6, labels.millions
    if top >= 1e3:
        return 1e3, labels.thousands
    return 1.0, labels.dollars


def usd_text(amount: float, labels: DashboardLabels, scale: float | None = None) -> str:
    """An amount in readable units: '$366M', '$2.5M', '$450K'."""
    scale, form = _unit(abs(amount), labels) if scale is None else (scale, _form(scale, labels))
    value = amount / scale
    shown = round(value) if abs(value) >= 100 else round(value, 1)
    return form.format(n=format_number(shown))


def _form(scale: float, labels: DashboardLabels) -> str:
    return labels.millions if scale == 1e6 else labels.thousands if scale == 1e3 else labels.dollars


def _lighter(color: str, share: float) -> tuple[float, float, float, float]:
    r, g, b, _a = to_rgba(color)
    return (r + (1 - r) * share, g + (1 - g) * share, b + (1 - b) * share, 1.0)


def draw_funding_years(chart: _Chart, data: FundingYears, labels: DashboardLabels) -> None:
    """The bars, ticks, cliff marks and legend of `data` on `chart` (see the module)."""
    from .dashboard_frame import _number_ticks

    ax, theme = chart.ax, chart.theme
    fg = theme.foreground
    cliff_text = CLIFF_TEXT_DARK if theme.dark else CLIFF_TEXT
    chart.heading(labels.money)
    n = len(data.years)
    totals = data.totals
    if not data.has_lines or n == 0 or not totals.any():
        chart.nothing(labels.no_funding)
        _outside_note(chart, data, labels)
        chart.finish()
        return
    top = float(totals.max()) * HEADROOM
    ax.set_xlim(-0.5, n - 0.5)
    ax.set_ylim(0.0, top)
    xs = np.arange(n, dtype=float)
    for year, _drop in data.cliffs.items():
        if year in data.years:
            j = data.years.index(year)
            shade = PolyCollection(
                [((j - 0.5, 0.0), (j - 0.5, top), (j + 0.5, top), (j + 0.5, 0.0))],
                facecolors=to_rgba(CLIFF_COLOR, 0.13),
                edgecolors="none",
                transform=ax.transData,
                zorder=0.4,
            )
            chart.add(shade)
    bottom = np.zeros(n)
    layers = [(k, s) for k in range(len(data.kinds)) for s in (0, 1)]
    layers += [(k, 2) for k in range(len(data.kinds))]
    half = BAR_WIDTH / 2
    for k, s in layers:
        values = data.amounts[k, s]
        shown = np.nonzero(values > 0)[0]
        if len(shown):
            color = FUNDING_KIND_COLOR[data.kinds[k]]
            verts = [
                (
                    (xs[j] - half, bottom[j]),
                    (xs[j] - half, bottom[j] + values[j]),
                    (xs[j] + half, bottom[j] + values[j]),
                    (xs[j] + half, bottom[j]),
                )
                for j in shown
            ]
            style: dict[str, Any]
            if s == 0:  # Secured: solid
                style = {"facecolors": color, "edgecolors": fg, "linewidths": 0.4}
            elif s == 1:  # Pledged: hatched over a lighter shade
                style = {
                    "facecolors": [_lighter(color, 0.35)],
                    "edgecolors": fg,
                    "linewidths": 0.4,
                    "hatch": PLEDGED_HATCH,
                    "hatchcolor": to_rgba(fg, 0.8),
                }
            else:  # Projected: outlined, a tint of the kind inside
                style = {
                    "facecolors": [to_rgba(color, 0.18)],
                    "edgecolors": fg,
                    "linewidths": 1.0,
                    "linestyles": (0, (3, 2)),
                }
            chart.add(PolyCollection(verts, transform=ax.transData, zorder=1, **style))
        bottom = bottom + values
    # the amounts
    scale, form = _unit(top, labels)
    fractions, numbers = _number_ticks(top / scale)
    texts = [labels.dollars.format(n=0) if t == "0" else form.format(n=t) for t in numbers]
    chart.y_ticks(fractions, texts, grid=True)
    chart.caption(labels.money_caption, texts)
    # the years (one in two, or fewer, when they have no room), a cliff's in its colour
    size = theme.small_font_size
    pitch_pt = ax.bbox.width / chart.art.figure.dpi * 72 / n
    step = max(1, math.ceil((4 * 0.66 * size + 4) / max(pitch_pt, 1e-6)))
    labelled: list[int] = []
    cliff_columns = [data.years.index(y) for y in sorted(data.cliffs) if y in data.years]
    for j in [*cliff_columns, *range(0, n, step)]:
        if all(abs(j - k) >= step for k in labelled):
            labelled.append(j)
    labelled.sort()
    ticks = [(j + 0.5) / n for j in labelled]
    chart._marks(ticks, [0.0] * len(ticks), TICKDOWN)
    for j in labelled:
        cliff = data.years[j] in data.cliffs
        chart.text(
            (j + 0.5) / n,
            0.0,
            str(data.years[j]),
            va="top",
            dy=-5.5,
            color=cliff_text if cliff else fg,
            bold=cliff,
        )
    # the money each year counts (Secured and Pledged) on top of it (under any Projected
    # money's outline), when there is room
    counted = data.counted
    width_pt = max((len(usd_text(v, labels, scale)) for v in counted), default=0) * 0.62 * size
    if width_pt + 2 <= pitch_pt:
        for j in range(n):
            if totals[j] > 0:
                chart.text(
                    (j + 0.5) / n,
                    counted[j] / top,
                    usd_text(counted[j], labels, scale),
                    va="bottom",
                    dy=2.0,
                    color=fg,
                    background=theme.background,
                )
    # the cliffs: their fall, at the top (alternating levels when two are neighbours)
    previous = -10
    level = 0
    for year in sorted(data.cliffs):
        if year not in data.years:
            continue
        j = data.years.index(year)
        level = 1 - level if j - previous <= 2 else 0
        previous = j
        drop = f"−{format_number(round(data.cliffs[year] * 100))}%"
        text = labels.cliff.format(drop=drop)
        # kept inside the chart: a cliff at either end is written inwards from its edge
        half = len(text) * 0.66 * size / 2 / max(ax.bbox.width / chart.art.figure.dpi * 72, 1)
        center = (j + 0.5) / n
        x, ha = (
            (1.0, "right")
            if center + half > 1
            else (0.0, "left")
            if center - half < 0
            else (center, "center")
        )
        chart.text(
            x,
            1.0,
            text,
            ha=ha,
            va="top",
            dx=-2.0 if ha == "right" else 2.0 if ha == "left" else 0.0,
            dy=-3.0 - level * (size + 3.0),
            color=cliff_text,
            bold=True,
            background=theme.background,
        )
    _legend(chart, data, labels)
    _outside_note(chart, data, labels)
    chart.finish()


def _blend(color: str, background: str, share: float) -> str:
    """`color` laid at `share` opacity over `background`, as '#RRGGBB' (a legend swatch that
    looks like the shading it stands for)."""
    c, b = to_rgba(color), to_rgba(background)
    mixed = (share * c[i] + (1 - share) * b[i] for i in range(3))
    return "#" + "".join(f"{round(v * 255):02X}" for v in mixed)


def _legend(chart: _Chart, data: FundingYears, labels: DashboardLabels) -> None:
    theme = chart.theme
    neutral = "#BBBBBB" if not theme.dark else "#777777"
    entries: list[tuple[str, ...]] = [
        (labels.kinds.get(k.value, k.value), FUNDING_KIND_COLOR[k], "") for k in data.kinds
    ]
    statuses = labels.line_statuses
    entries += [
        (statuses.get("Secured", "Secured"), neutral, ""),
        (statuses.get("Pledged", "Pledged"), _blend(neutral, theme.background, 0.5), PLEDGED_HATCH),
        (statuses.get("Projected", "Projected"), theme.background, "", "", "dashed"),
    ]
    if data.cliffs:
        entries.append(
            (labels.cliff_legend, _blend(CLIFF_COLOR, theme.background, 0.2), "", CLIFF_COLOR)
        )
    chart.legend(entries, 0.4)


def _outside_note(chart: _Chart, data: FundingYears, labels: DashboardLabels) -> None:
    if data.outside:
        chart.text(
            0.0,
            0.0,
            labels.outside_years.format(n=data.outside),
            color=chart.theme.muted,
            ha="left",
            va="top",
            dy=-(5.5 + 2.2 * chart.theme.small_font_size),
        )


__all__ = ["LINE_STATUSES", "FundingYears", "draw_funding_years", "funding_years", "usd_text"]
