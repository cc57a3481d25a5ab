"""Benchmark of the brief (SPEC §6): time to write the brief of the largest example plan.

Run: ``.venv/bin/python bench/bench_brief.py [--repeat 5] [--as-of 2026-12-01]``

Finds the largest example plan (most entities), then measures:

* ``transition-planner brief`` end to end, as a planner runs it: a fresh process that starts
  Python, imports, opens a real workspace file, analyses the plan and writes the PDF (the
  target, ≤ 2 s, is on this figure: best of `--repeat` runs);
* inside one process, once warm: the brief alone (``write_brief``: choosing, fitting to two pages,
  drawing the timeline, writing the file), with two of its parts — the fitting passes (layouts
  with a placeholder for the chart) and drawing the chart.

Prints the figures and whether the target is met; exit status 1 when it is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TARGET_SECONDS = 2.0


def largest_example():  # type: ignore[no-untyped-def]
    from transition_planner.workbook.examples import example_plans

    return max(example_plans(), key=lambda p: sum(p.counts().values()))


def cli_times(name: str, as_of: str, repeat: int, folder: Path) -> list[float]:
    workspace = folder / "bench.tpw"
    subprocess.run(
        [sys.executable, "-m", "transition_planner", "examples", "--workspace", str(workspace)],
        check=True,
        capture_output=True,
    )
    times = []
    for k in range(repeat):
        target = folder / f"brief-{k}.pdf"
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "transition_planner",
                "brief",
                name,
                str(target),
                "--workspace",
                str(workspace),
                "--as-of",
                as_of,
            ],
            check=True,
            capture_output=True,
            env=dict(os.environ, MPLBACKEND="Agg"),
        )
        times.append(time.perf_counter() - start)
    return times


def warm_times(as_of: date, repeat: int, folder: Path) -> dict[str, list[float]]:
    from transition_planner.brief import document, write_brief
    from transition_planner.brief.content import brief_content
    from transition_planner.brief.picture import brief_series, natural_height_in, timeline_png
    from transition_planner.brief.styles import Styles
    from transition_planner.domain.analysis import analyse

    plan = largest_example()
    analysis = analyse(plan, as_of)
    write_brief(plan, analysis, as_of, folder / "warm-up.pdf")
    out: dict[str, list[float]] = {"write_brief": [], "fitting": [], "chart": []}
    content = brief_content(plan, analysis, as_of)
    series = brief_series(plan, analysis, as_of)
    for k in range(repeat):
        start = time.perf_counter()
        write_brief(plan, analysis, as_of, folder / f"warm-{k}.pdf")
        out["write_brief"].append(time.perf_counter() - start)
        start = time.perf_counter()
        wanted = min(document.CHART_MAX_IN, natural_height_in(series))
        document.fit(content, Styles(), wanted)
        out["fitting"].append(time.perf_counter() - start)
        start = time.perf_counter()
        timeline_png(series, width_in=7.09, height_in=5.5)
        out["chart"].append(time.perf_counter() - start)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--as-of", default="2026-12-01")
    args = parser.parse_args(argv)
    plan = largest_example()
    counts = plan.counts()
    print(
        f"largest example: {plan.name} ({sum(counts.values())} entities: "
        + ", ".join(f"{v} {k}" for k, v in counts.items())
        + ")"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cli = cli_times(plan.name, args.as_of, args.repeat, folder)
        warm = warm_times(date.fromisoformat(args.as_of), args.repeat, folder)
        size = (folder / "brief-0.pdf").stat().st_size
    best = min(cli)
    print(
        f"transition-planner brief (fresh process, end to end): best {best:.2f} s, "
        f"median {statistics.median(cli):.2f} s ({args.repeat} runs); PDF {size / 1024:.0f} KiB"
    )
    for name, times in warm.items():
        print(
            f"  warm, {name}: best {min(times) * 1000:.0f} ms, "
            f"median {statistics.median(times) * 1000:.0f} ms"
        )
    ok = best <= TARGET_SECONDS
    print(f"target ≤ {TARGET_SECONDS:.0f} s end to end: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
