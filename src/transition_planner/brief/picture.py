"""The brief's timeline picture: the chart builders of `charts/`, sized for an A4 page.

Drawn with the Agg canvas (no Qt, no pyplot) as a PNG at print resolution. The actors' colour
legend of the screen is left out: on paper the bars carry their actors' names, and the legend
keeps only the symbols (gaps, cliffs, cold handovers, funding, today …), which a reader needs.
"""

from __future__ import annotations

import io
import math
from dataclasses import replace
from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..charts.legend import symbol_handles
from ..charts.series import TimelineSeries, timeline_series
from ..charts.theme import LIGHT
from ..charts.timeline import TimelineLabels, draw_timeline
from ..domain.findings import Analysis
from ..domain.model import Plan
from ..i18n import translate

#: Text sizes on paper (points): small, as in a printed table's notes, and still readable.
THEME = replace(LIGHT, font_size=6.5, small_font_size=6.0, title_font_size=9.0)
#: Print resolution of the picture.
DPI = 250
#: Height of a row unit of the chart (inches) and the room around the rows.
ROW_IN = 0.2
FRAME_IN = 1.0
LEGEND_COLUMNS = 5
MIN_HEIGHT_IN = 2.4


def labels() -> TimelineLabels:
    """The chart's words, in the language of the process."""
    return TimelineLabels(
        presences=translate("Brief", "UN presence"),
        lead=translate("Brief", "HQ lead"),
        today=translate("Brief", "As of"),
        secured=translate("Brief", "Secured or not tracked"),
        pledged=translate("Brief", "Pledged"),
        unfunded=translate("Brief", "Unfunded"),
        coverage_gap=translate("Brief", "Coverage / presence gap"),
        funding_gap=translate("Brief", "Funding gap"),
        cold_handover=translate("Brief", "Cold handover"),
        capacity_cliff=translate("Brief", "Capacity cliff"),
        lead_change=translate("Brief", "Lead change"),
        outside=translate("Brief", "Outside its presence"),
        drawdown=translate("Brief", "Drawdown before election"),
        milestone=translate("Brief", "Milestone"),
        not_required=translate("Brief", "Not required"),
        days=translate("Brief", "{n} d"),
        presence=translate("Brief", "{name} · {kind} · {lead} lead"),
        lead_segment=translate("Brief", "{lead} ({presence})"),
        function=translate("Brief", "{name} · {priority}"),
        more_actors=translate("Brief", "… and {n} more actors"),
        no_functions=translate("Brief", "No functions yet."),
        un_exit=translate("Brief", "The UN stops carrying it"),
        country_wide=translate("Brief", "Country-wide"),
        short_break=translate("Brief", "Bridged break (a seam, not a gap)"),
        drawdown_phase=translate("Brief", "Drawdown under way"),
        compressed_drawdown=translate("Brief", "Compressed drawdown"),
        handover_statuses={
            "Planned": translate("Brief", "Handover planned"),
            "In progress": translate("Brief", "Handover in progress"),
            "Done": translate("Brief", "Handover done"),
            "Blocked": translate("Brief", "Handover blocked"),
            "Lost": translate("Brief", "Handover lost"),
        },
    )


def brief_series(plan: Plan, analysis: Analysis, as_of: date) -> TimelineSeries:
    """The timeline of the plan, with the as-of day drawn as "today"."""
    return timeline_series(plan, analysis, today=as_of)


def _symbol_handles(series: TimelineSeries) -> list[object]:
    return symbol_handles(series, labels(), THEME)


def _legend_in(series: TimelineSeries) -> float:
    rows = math.ceil(len(_symbol_handles(series)) / LEGEND_COLUMNS)
    return rows * THEME.small_font_size * 1.55 / 72 + 0.1


def natural_height_in(series: TimelineSeries) -> float:
    """The height (inches) at which every row of the chart has room for its labels."""
    return max(MIN_HEIGHT_IN, FRAME_IN + _legend_in(series) + series.total_height * ROW_IN)


def timeline_png(series: TimelineSeries, *, width_in: float, height_in: float) -> bytes:
    """The chart as PNG bytes of `width_in` × `height_in` inches at DPI."""
    fig = Figure(figsize=(width_in, height_in), dpi=100)
    FigureCanvasAgg(fig)
    draw_timeline(fig, series, theme=THEME, labels=labels(), title=None, legend=False)
    fig.legend(
        handles=_symbol_handles(series),
        loc="lower left",
        bbox_to_anchor=(0.0, 0.0),
        ncol=LEGEND_COLUMNS,
        fontsize=THEME.small_font_size,
        frameon=False,
        handlelength=1.8,
        columnspacing=1.2,
        borderaxespad=0.2,
        labelcolor=THEME.foreground,
    )
    fig.subplots_adjust(bottom=min(0.45, (0.32 + _legend_in(series)) / height_in))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()
