"""Benchmark: `import --into PLAN --apply` of an edited workbook grows linearly with its rows.

    .venv/bin/python bench/bench_import_apply.py [--small 2000] [--large 20000]

For each size, a workspace holds a plan of that many assignments, and a workbook holds the same
plan with every assignment's notes edited and a tenth more assignments added. The command line
imports it into the plan and applies it (review, backup, one transaction), in a subprocess, timed
from outside. Prints the times and large/small; the target (issue 15) is a ratio of at most 12
for 10 times the rows (20,000 vs 2,000).
"""

from __future__ import annotations

import argparse
import dataclasses
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_workbook import big_plan


def prepare(rows: int, folder: Path) -> tuple[Path, Path]:
    from transition_planner.domain.analysis import analyse
    from transition_planner.domain.model import Assignment
    from transition_planner.services import PlanningService
    from transition_planner.workbook import export_plan

    per_function = 20 if rows <= 4000 else 40
    plan = big_plan(max(1, rows // per_function), per_function)
    workspace = folder / f"bench-{rows}.tpw"
    with PlanningService.open(workspace, create=True) as service:
        service.create_plan(plan)
    edited = [dataclasses.replace(a, notes=f"edited {i}") for i, a in enumerate(plan.assignments)]
    extra = [
        Assignment(
            function_id=a.function_id,
            actor_id=a.actor_id,
            start=a.start + timedelta(days=1),
            end=a.end,
            notes="added",
        )
        for a in plan.assignments[: rows // 10]
    ]
    changed = dataclasses.replace(plan, assignments=tuple(edited + extra))
    book = folder / f"bench-{rows}.xlsx"
    export_plan(changed, analyse(changed), book, app_version="bench")
    return workspace, book


def timed_apply(workspace: Path, book: Path) -> float:
    command = [
        sys.executable,
        "-m",
        "transition_planner",
        "import",
        str(book),
        "--into",
        "Benchmark plan",
        "--apply",
        "--workspace",
        str(workspace),
    ]
    t = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if result.returncode != 0 or "Applied." not in result.stdout:
        raise SystemExit(f"import failed ({result.returncode}): {result.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000)
    args = parser.parse_args()
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rows in (args.small, args.large):
            workspace, book = prepare(rows, Path(tmp))
            times[rows] = timed_apply(workspace, book)
            print(f"import --into --apply, {rows:>6,} assignments: {times[rows]:7.2f} s")
    ratio = times[args.large] / times[args.small]
    factor = args.large / args.small
    print(f"ratio {ratio:.1f} for {factor:.0f}× the rows (target ≤ {1.2 * factor:.0f})")


if __name__ == "__main__":
    main()
