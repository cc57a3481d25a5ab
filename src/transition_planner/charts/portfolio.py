"""The region's plans on one time axis (SPEC §6 "The region"), drawn without Qt.

One row per plan, in the order given (the portfolio's: region, then country), grouped under a
heading per region; on each row the plan's presences coloured by kind (overlapping ones on lanes
of their own), the part of the axis outside the plan's horizon shaded, and a today line. Right of
the chart, a column each for the continuity score, the critical and high findings, and the
headquarters line of the day. `portfolio_draw` draws it and writes it to a file; words come
through `PortfolioLabels`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..domain.enums import PresenceKind
from ..domain.model import Plan
from .series import _clip, _pack

#: Row units: a lane of presences, the room between rows, a region's heading.
LANE = 0.7
ROW_PAD = 0.35
HEADING = 0.8
INCH_PER_ROW = 0.32
NAME_CHARS = 48


@dataclass(frozen=True)
class PortfolioLabels:
    """The chart's words (the window passes translated ones)."""

    today: str = "Today"
    score: str = "Score"
    critical: str = "Critical"
    high: str = "High"
    headquarters: str = "HQ line"
    no_score: str = "–"
    no_region: str = "No region"
    outside: str = "Outside the plan's horizon"
    no_plans: str = "No plans to show."
    #: The presence kinds' words, by the kind's value.
    kinds: dict[str, str] = field(default_factory=lambda: {k.value: k.value for k in PresenceKind})


@dataclass(frozen=True)
class PortfolioEntry:
    """What the chart shows of one plan (the window makes it from a portfolio row)."""

    plan: Plan
    score: float | None
    critical: int
    high: int
    #: The headquarters line of the day, as it is named on that day (DPO, DPA …).
    headquarters: str


@dataclass(frozen=True)
class PresenceSpan:
    plan_id: str
    name: str
    kind: PresenceKind
    start: date
    end: date
    y0: float
    height: float


@dataclass(frozen=True)
class PortfolioRowSpec:
    kind: str  # "heading" | "plan"
    label: str
    y0: float
    height: float
    entry: PortfolioEntry | None = None

    @property
    def center(self) -> float:
        return self.y0 + self.height / 2


@dataclass(frozen=True)
class PortfolioSeries:
    start: date
    end: date
    rows: tuple[PortfolioRowSpec, ...]
    presences: tuple[PresenceSpan, ...]
    today: date | None
    total_height: float

    def plan_rows(self) -> list[PortfolioRowSpec]:
        return [r for r in self.rows if r.kind == "plan"]


def row_label(plan: Plan) -> str:
    """A plan's name, with its country when the name does not say it."""
    country = plan.country.strip()
    if country and country.casefold() not in plan.name.casefold():
        return f"{plan.name} · {country}"
    return plan.name


def portfolio_series(
    entries: Sequence[PortfolioEntry],
    *,
    today: date | None = None,
    no_region: str = "No region",
) -> PortfolioSeries:
    """The chart of `entries`, in their order (see the module's docstring)."""
    rows: list[PortfolioRowSpec] = []
    spans: list[PresenceSpan] = []
    y = 0.0
    region: str | None = None
    for entry in entries:
        plan = entry.plan
        name = plan.region.strip() or no_region
        if name != region:
            region = name
            rows.append(PortfolioRowSpec("heading", name, y, HEADING))
            y += HEADING
        lives = [
            (p, life)
            for p in sorted(plan.presences, key=lambda p: (p.start, p.name))
            if (life := _clip(p.start, p.end, plan.horizon_start, plan.horizon_end)) is not None
        ]
        lanes, count = _pack(life for _, life in lives)
        height = LANE * count
        for (p, (start, end)), lane in zip(lives, lanes, strict=True):
            spans.append(PresenceSpan(plan.id, p.name, p.kind, start, end, y + lane * LANE, LANE))
        rows.append(PortfolioRowSpec("plan", row_label(plan), y, height, entry))
        y += height + ROW_PAD
    starts = [e.plan.horizon_start for e in entries]
    ends = [max(e.plan.horizon_end, e.plan.horizon_start) for e in entries]
    start = min(starts) if starts else (today or date.today())
    end = max(ends) if ends else start
    return PortfolioSeries(start, end, tuple(rows), tuple(spans), today, max(y, 1.0))


def natural_height_in(series: PortfolioSeries) -> float:
    return series.total_height * INCH_PER_ROW + 1.2


__all__ = [
    "PortfolioEntry",
    "PortfolioLabels",
    "PortfolioRowSpec",
    "PortfolioSeries",
    "PresenceSpan",
    "natural_height_in",
    "portfolio_series",
    "row_label",
]
