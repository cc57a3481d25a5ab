"""Timeline drawing times: generated plans of 2,000 and 5,000 assignments against a floor of
5,000 plain rectangles in one PolyCollection, and the view's redraw after an edit.

    .venv/bin/python bench/bench_timeline.py [--repeat N]

Targets: 5,000 assignments ≤ 2 × floor + fixed overhead (the fixed overhead is the same chart
with no assignments: axes, labels, legend); redraw after an edit at 2,000 assignments ≤ 100 ms.

How each figure is taken:
- chart timings (overhead, 2,000, 5,000): from the plan's analysis to pixels: building the
  series (`timeline_series`), drawing it on a NEW figure (`draw_timeline`, legend included) and
  the Agg draw (`canvas.draw()`). The floor is taken the same way: new figure, one
  PolyCollection, Agg draw. "cold" is the first run with the text-bitmap cache emptied (labels
  rendered by FreeType); "warm" the best of the repeats (labels from the cache, as the view
  draws them after the first time).
- the view's redraw after an edit: from `TimelineView.set_data(edited plan, its analysis)` to
  the end of the canvas's synchronous repaint (`canvas.repaint()`: the pending idle draw runs,
  i.e. the Agg draw, then Qt paints the buffer). The analysis of the edited plan is computed
  before and not timed. The zoom is the view's own (rows at their readable size, the whole
  horizon).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from tests.charts.plans import big_plan

from transition_planner.charts.series import timeline_series
from transition_planner.charts.textlayer import clear_cache
from transition_planner.charts.timeline import draw_timeline
from transition_planner.domain.analysis import analyse

SIZE = (16, 10)


def ms(t: float) -> str:
    return f"{t * 1000:7.1f} ms"


def best(times: list[float]) -> str:
    return f"min {min(times) * 1000:7.1f} ms  median {statistics.median(times) * 1000:7.1f} ms"


def time_timeline(n: int, repeat: int) -> tuple[float, list[float]]:
    """(cold, warm runs) of series + draw_timeline + Agg draw on a new figure."""
    plan = big_plan(n)
    analysis = analyse(plan)
    clear_cache()
    runs = []
    for _ in range(repeat + 1):
        t = time.perf_counter()
        fig = Figure(figsize=SIZE, dpi=100)
        FigureCanvasAgg(fig)
        draw_timeline(fig, timeline_series(plan, analysis))
        fig.canvas.draw()
        runs.append(time.perf_counter() - t)
    return runs[0], runs[1:]


def time_floor(n: int, repeat: int) -> list[float]:
    rng = np.random.default_rng(1)
    x0 = rng.uniform(0, 3000, n)
    x1 = x0 + rng.uniform(30, 700, n)
    y0 = rng.integers(0, 250, n).astype(float)
    verts = np.stack(
        [
            np.column_stack([x0, y0]),
            np.column_stack([x0, y0 + 0.6]),
            np.column_stack([x1, y0 + 0.6]),
            np.column_stack([x1, y0]),
        ],
        axis=1,
    )
    times = []
    for _ in range(repeat + 1):
        t = time.perf_counter()
        fig = Figure(figsize=SIZE, dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.add_collection(
            PolyCollection(verts, facecolors="C0", edgecolors="k", linewidths=0.5), autolim=False
        )
        ax.set_xlim(0, 3700)
        ax.set_ylim(251, 0)
        fig.canvas.draw()
        times.append(time.perf_counter() - t)
    return times[1:]


def time_view_edit(n: int, repeat: int) -> list[float] | None:
    try:
        from PySide6.QtWidgets import QApplication

        from transition_planner.ui.timeline_view import TimelineView
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    view = TimelineView()
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    plan = big_plan(n)
    view.set_data(plan, analyse(plan))
    view.canvas.repaint()
    app.processEvents()
    times = []
    for k in range(repeat):
        # an edit: one assignment ends a few days later (the analysis is not timed here)
        edited = replace(
            plan,
            assignments=tuple(
                replace(a, end=(a.end or plan.horizon_end) - timedelta(days=k + 1)) if i == 7 else a
                for i, a in enumerate(plan.assignments)
            ),
        )
        analysis = analyse(edited)
        draws = view.draw_count
        t = time.perf_counter()
        view.set_data(edited, analysis)
        view.canvas.repaint()  # runs the pending idle draw (Agg), then paints
        times.append(time.perf_counter() - t)
        assert view.draw_count == draws + 1, "the edit was not drawn exactly once"
        app.processEvents()
    view.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    r = args.repeat
    overhead_cold, overhead = time_timeline(0, r)
    floor = time_floor(5000, r)
    cold2000, t2000 = time_timeline(2000, r)
    cold5000, t5000 = time_timeline(5000, r)
    print("series + draw_timeline + Agg draw on a new figure (16 × 10 in, 100 dpi):")
    print(f"chart without assignments (fixed overhead): {best(overhead)}  cold {ms(overhead_cold)}")
    print(f"floor: 5,000 rectangles, one PolyCollection: {best(floor)}")
    print(f"timeline, 2,000 assignments:                 {best(t2000)}  cold {ms(cold2000)}")
    print(f"timeline, 5,000 assignments:                 {best(t5000)}  cold {ms(cold5000)}")
    budget = 2 * min(floor) + min(overhead)
    print(
        f"ratio 5,000 assignments / floor: {min(t5000) / min(floor):.2f}; "
        f"target 2 × floor + overhead = {budget * 1000:.1f} ms → "
        f"warm {'OK' if min(t5000) <= budget else 'OVER'}, "
        f"cold {'OK' if cold5000 <= 2 * min(floor) + overhead_cold else 'OVER'} "
        f"(cold against 2 × floor + cold overhead = "
        f"{(2 * min(floor) + overhead_cold) * 1000:.1f} ms)"
    )
    edit = time_view_edit(2000, r)
    if edit is not None:
        print(
            "view redraw after an edit, 2,000 assignments (set_data → Agg draw → Qt paint): "
            f"{best(edit)} → {'OK' if statistics.median(edit) <= 0.1 else 'OVER'} (target 100 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
