"""Timeline and dashboard pictures for files (PNG, PDF, SVG) and for the workbook, without Qt.

Exports are byte-stable: the same plan and analysis give the same bytes (fixed metadata, a fixed
SVG hash salt, no "today" line unless one is passed in).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any, Literal

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..domain.findings import Analysis
from ..domain.model import Plan
from .dashboard import DashboardLabels, dashboard_data, draw_dashboard
from .series import timeline_series
from .theme import LIGHT
from .timeline import TimelineLabels, draw_timeline

Paper = Literal["A4", "A3"]
#: Landscape sizes in inches.
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": (11.69, 8.27), "A3": (16.54, 11.69)}
FORMATS = ("png", "pdf", "svg")
SVG_HASH_SALT = "transition-planner"
PNG_DPI = 150


class ExportError(ValueError):
    """A picture cannot be written (unknown format or paper)."""


def _format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(
            f"{path.name}: unknown picture format {path.suffix or '(none)'!r}; "
            f"use .png, .pdf or .svg"
        )
    return suffix


def _size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper]
    except KeyError:
        raise ExportError(f"unknown paper {paper!r}; expected A4 or A3") from None


def _metadata(fmt: str) -> dict[str, Any] | None:
    if fmt == "pdf":
        return {"CreationDate": None, "ModDate": None}
    if fmt == "svg":
        return {"Date": None}
    return None


def _save(fig: Figure, target: Path | io.BytesIO, fmt: str, dpi: float) -> None:
    FigureCanvasAgg(fig)
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASH_SALT, "svg.fonttype": "path"}):
        fig.savefig(
            target, format=fmt, dpi=dpi, metadata=_metadata(fmt), facecolor=fig.get_facecolor()
        )


def _timeline_title(plan: Plan, analysis: Analysis) -> str:
    score = analysis.continuity_score
    show_country = plan.country and plan.country.casefold() not in plan.name.casefold()
    first = f"{plan.name} — {plan.country}" if show_country else plan.name
    span = f"{plan.horizon_start.isoformat()} – {plan.horizon_end.isoformat()}"
    tail = f" · continuity score {score:.1f}" if score is not None else ""
    return f"{first} · {span}{tail}"


def timeline_figure(
    plan: Plan,
    analysis: Analysis,
    *,
    width_in: float,
    height_in: float,
    dpi: float = 100,
    today: date | None = None,
    labels: TimelineLabels | None = None,
) -> Figure:
    """A figure holding the timeline (Agg canvas attached)."""
    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    FigureCanvasAgg(fig)
    series = timeline_series(plan, analysis, today=today)
    draw_timeline(fig, series, theme=LIGHT, labels=labels, title=_timeline_title(plan, analysis))
    return fig


def dashboard_figure(
    plan: Plan,
    analysis: Analysis,
    *,
    width_in: float,
    height_in: float,
    dpi: float = 100,
    labels: DashboardLabels | None = None,
) -> Figure:
    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    FigureCanvasAgg(fig)
    draw_dashboard(
        fig,
        dashboard_data(plan, analysis),
        theme=LIGHT,
        labels=labels,
        title=_timeline_title(plan, analysis),
    )
    return fig


def render_timeline(
    plan: Plan,
    analysis: Analysis,
    path: Path | str,
    *,
    paper: Paper = "A4",
    today: date | None = None,
) -> Path:
    """Write the timeline to `path` (.png, .pdf or .svg), landscape on A4 or A3."""
    target = Path(path)
    fmt = _format(target)
    width, height = _size(paper)
    fig = timeline_figure(plan, analysis, width_in=width, height_in=height, today=today)
    _save(fig, target, fmt, PNG_DPI)
    return target


def render_dashboard(
    plan: Plan,
    analysis: Analysis,
    path: Path | str,
    *,
    paper: Paper = "A4",
) -> Path:
    """Write the dashboard to `path` (.png, .pdf or .svg), landscape on A4 or A3."""
    target = Path(path)
    fmt = _format(target)
    width, height = _size(paper)
    fig = dashboard_figure(plan, analysis, width_in=width, height_in=height)
    _save(fig, target, fmt, PNG_DPI)
    return target


def timeline_png(
    plan: Plan,
    analysis: Analysis,
    *,
    width_in: float = 11,
    height_in: float = 6,
    dpi: int = 110,
) -> bytes:
    """The timeline as PNG bytes (the workbook's Summary sheet)."""
    fig = timeline_figure(plan, analysis, width_in=width_in, height_in=height_in, dpi=dpi)
    buffer = io.BytesIO()
    _save(fig, buffer, "png", dpi)
    return buffer.getvalue()


__all__ = [
    "PAPER_SIZES",
    "ExportError",
    "dashboard_figure",
    "render_dashboard",
    "render_timeline",
    "timeline_figure",
    "timeline_png",
]
