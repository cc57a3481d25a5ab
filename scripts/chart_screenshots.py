"""Render the timeline and dashboard of every example plan, and of a plan the size of the Mali
one (10 functions, 15 actors, 13 milestones), to docs/screenshots (1600×1000, no Qt).

.venv/bin/python scripts/chart_screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.charts.plans

from tests.charts.plans import mali_plan

from transition_planner.charts.export import dashboard_figure, timeline_figure
from transition_planner.domain.analysis import analyse
from transition_planner.workbook.examples import example_plans

#: A fixed "today" so that the pictures do not change from day to day.
TODAY = date(2025, 11, 22)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "docs/screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for plan in [*example_plans(), mali_plan()]:
        analysis = analyse(plan)
        for kind, fig in (
            (
                "timeline",
                timeline_figure(plan, analysis, width_in=16, height_in=10, dpi=100, today=TODAY),
            ),
            ("dashboard", dashboard_figure(plan, analysis, width_in=16, height_in=10, dpi=100)),
        ):
            path = out / f"{kind}-{slug(plan.name)}.png"
            FigureCanvasAgg(fig)
            fig.savefig(path, dpi=100, metadata={"Software": None})
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
