"""Benchmark of the workbook export and import on a big plan.

    .venv/bin/python bench/bench_workbook.py [--functions 500] [--per-function 40]

Builds a plan with functions × per-function assignments (20,000 by default) and measures, each in
a fresh subprocess (so that peak memory is that measurement's own):

* `export_plan` of the plan (with its analysis when the analysis module is available);
* the floor: openpyxl in write-only mode writing the same data cells, nothing else;
* `read_plan` of the exported workbook.

Prints the times, the export/floor ratio (target ≤ 1.5) and the peak memory (target ≤ 500 MB).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def big_plan(functions: int, per_function: int):  # type: ignore[no-untyped-def]
    from transition_planner.domain.enums import (
        ActorType,
        FundingStatus,
        MilestoneKind,
        PresenceKind,
        Priority,
    )
    from transition_planner.domain.model import (
        Actor,
        Assignment,
        Function,
        Milestone,
        Plan,
        Presence,
    )

    h0, h1 = date(2020, 1, 1), date(2031, 12, 31)
    presences = (
        Presence(name="PKO", kind=PresenceKind.PKO, start=h0, end=date(2024, 6, 30)),
        Presence(name="SPM", kind=PresenceKind.SPM, start=date(2024, 7, 1), end=date(2027, 12, 31)),
        Presence(name="UNCT", kind=PresenceKind.NON_MISSION, start=h0),
    )
    actor_types = list(ActorType)
    actors = tuple(
        Actor(
            name=f"Actor {i:03d}",
            type=actor_types[i % len(actor_types)],
            presence_id=presences[i % 3].id if i % 4 else None,
            notes=f"Notes on actor {i}" if i % 5 == 0 else "",
        )
        for i in range(200)
    )
    priorities = list(Priority)
    funcs = tuple(
        Function(
            name=f"Function {i:04d}",
            category=f"Category {i % 12}",
            priority=priorities[i % 4],
            notes="Mandated by resolution 1234" if i % 3 == 0 else "",
        )
        for i in range(functions)
    )
    statuses = [FundingStatus.SECURED, FundingStatus.PLEDGED, FundingStatus.UNFUNDED, None]
    span = (h1 - h0).days // per_function
    assignments = []
    for i, f in enumerate(funcs):
        for j in range(per_function):
            start = h0 + timedelta(days=j * span)
            assignments.append(
                Assignment(
                    function_id=f.id,
                    actor_id=actors[(i + j) % len(actors)].id,
                    start=start,
                    end=start + timedelta(days=span - 1 - (7 if j % 9 == 0 else 0)),
                    capacity=float((i * j) % 50),
                    funding_status=statuses[j % 4],
                    funding_source="Assessed budget" if j % 2 else "Voluntary",
                    notes="Handover planned" if j % 7 == 0 else "",
                )
            )
    milestones = tuple(
        Milestone(name=f"Milestone {i}", date=h0 + timedelta(days=40 * i), kind=MilestoneKind.OTHER)
        for i in range(100)
    )
    return Plan(
        name="Benchmark plan",
        country="Kandora",
        horizon_start=h0,
        horizon_end=h1,
        presences=presences,
        actors=actors,
        functions=funcs,
        assignments=tuple(assignments),
        milestones=milestones,
    )


def analysis_of(plan):  # type: ignore[no-untyped-def]
    from transition_planner.domain.findings import Analysis

    try:
        from transition_planner.domain.analysis import analyse
    except ImportError:
        return Analysis((), None)
    return analyse(plan)


def floor(plan, analysis, path: Path) -> None:  # type: ignore[no-untyped-def]
    """openpyxl write-only, plain values of the data sheets and the findings: the least any
    export can cost (no styles, tables, drop-downs, timeline or summary)."""
    from openpyxl import Workbook

    from transition_planner.workbook.layout import DATA_SHEETS

    names = {e.id: getattr(e, "name", "") for e in plan.all_entities()}
    wb = Workbook(write_only=True)
    for sheet in DATA_SHEETS:
        ws = wb.create_sheet(sheet.title)
        ws.append(sheet.headers)
        for e in plan.entities(sheet.entity):
            row = []
            for col in sheet.columns:
                v = getattr(e, col.field)
                if col.kind in ("function", "actor", "presence"):
                    v = names.get(v, "") if v else None
                elif col.kind == "enum":
                    v = v.value if v is not None else None
                row.append(v if v != "" else None)
            row.append(e.id)
            ws.append(row)
    # the findings, as the Gaps sheet holds them
    findings = analysis.findings
    extras = list(dict.fromkeys(k for f in findings for k in f.extras))
    ws = wb.create_sheet("Gaps")
    ws.append(["Rule", "Severity", "Function", "Start", "End", "Days", "Detail", *extras])
    for f in findings:
        ws.append(
            [f.rule, f.severity.value, f.function, f.start, f.end, f.days, f.detail]
            + [_plain(f.extras.get(k)) for k in extras]
        )
    wb.save(path)


def _plain(value: object) -> object:
    """A finding's extra field as a cell holds it (lists as text, as the export writes them)."""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return value


def measure(what: str, functions: int, per_function: int, path: Path) -> dict[str, float]:
    plan = big_plan(functions, per_function)
    seconds = 0.0
    if what == "export":
        from transition_planner.workbook import export_plan

        analysis = analysis_of(plan)
        t = time.perf_counter()
        export_plan(plan, analysis, path, app_version="bench")
        seconds = time.perf_counter() - t
    elif what == "floor":
        analysis = analysis_of(plan)  # outside the timing, as for export
        t = time.perf_counter()
        floor(plan, analysis, path)
        seconds = time.perf_counter() - t
    elif what == "read":
        from transition_planner.workbook import read_plan

        t = time.perf_counter()
        back = read_plan(path)
        seconds = time.perf_counter() - t
        assert len(back.assignments) == len(plan.assignments)
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_mb": maxrss_kb / 1024}


def run(what: str, args: argparse.Namespace, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--measure",
            what,
            "--functions",
            str(args.functions),
            "--per-function",
            str(args.per_function),
            "--path",
            str(path),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--functions", type=int, default=500)
    parser.add_argument("--per-function", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--measure", choices=["export", "floor", "read"])
    parser.add_argument("--path", type=Path)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.functions, args.per_function, args.path)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        book, base = Path(tmp) / "bench.xlsx", Path(tmp) / "floor.xlsx"
        results: dict[str, dict[str, float]] = {}
        for what, path in (("floor", base), ("export", book), ("read", book)):
            runs = [run(what, args, path) for _ in range(args.repeat)]
            results[what] = {
                "seconds": min(r["seconds"] for r in runs),
                "peak_mb": max(r["peak_mb"] for r in runs),
            }
        n = args.functions * args.per_function
        ratio = results["export"]["seconds"] / results["floor"]["seconds"]
        print(f"plan: {args.functions} functions × {args.per_function} = {n:,} assignments")
        print(f"workbook: {book.stat().st_size / 2**20:.1f} MB")
        for what in ("floor", "export", "read"):
            r = results[what]
            print(f"{what:7s} {r['seconds']:7.2f} s   peak {r['peak_mb']:6.0f} MB")
        print(f"export / floor = {ratio:.2f} (target ≤ 1.5)")
        peak = max(r["peak_mb"] for r in results.values())
        print(f"peak memory {peak:.0f} MB (target ≤ 500 MB)")


if __name__ == "__main__":
    main()
