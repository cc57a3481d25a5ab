"""Benchmarks of the desktop application (run: `.venv/bin/python bench/bench_ui.py`).

1. Process start → main window shown (target ≤ 1.0 s), measured in a fresh interpreter: as the
   environment is, and with the bytecode cached (as an installed application starts).
2. A cell edit (setData) on a plan of 2,000 assignments → the gaps panel showing the new analysis
   (target ≤ 100 ms): validation, one transaction, the analysis, the refresh of the tables.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

STARTUP_SCRIPT = """
import time, os, sys
t0 = float(sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from transition_planner.ui.app import application
app = application()
from transition_planner.ui.main_window import MainWindow
from transition_planner.ui.settings import Settings
w = MainWindow(settings=Settings(sys.argv[2]))
w.show()
app.processEvents()
shown = time.time() - t0
heavy = sorted(m for m in ("matplotlib", "openpyxl", "sqlalchemy") if m in sys.modules)
print(shown, ",".join(heavy))
"""


def _start_times(runs: int, env: dict[str, str], settings: Path, warm_up: bool) -> list[float]:
    times = []
    heavy = ""
    for i in range(runs + warm_up):
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_SCRIPT, repr(t0), str(settings)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout.split()
        heavy = out[1] if len(out) > 1 else ""
        if i or not warm_up:
            times.append(float(out[0]))
    assert not heavy, f"heavy modules loaded before the window: {heavy}"
    return times


def startup(runs: int = 5) -> dict[str, object]:
    """Two starts: as the environment is (with PYTHONDONTWRITEBYTECODE set and no __pycache__ in
    the source tree, the package's sources are compiled at every start), and with the bytecode
    cached (a private cache filled by a first, uncounted start) as an installed application
    starts."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Path(tmp) / "s.ini"
        as_is = _start_times(runs, dict(os.environ), settings, warm_up=False)
        cached_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached_env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        cached = _start_times(runs, cached_env, settings, warm_up=True)
    return {
        "process_start_to_window_s_median": round(statistics.median(as_is), 3),
        "process_start_to_window_s_max": round(max(as_is), 3),
        "bytecode_compiled_each_start": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
        "start_to_window_bytecode_cached_s_median": round(statistics.median(cached), 3),
        "start_to_window_bytecode_cached_s_max": round(max(cached), 3),
        "heavy_modules_loaded_before_window": "none",
    }


def big_plan(n_assignments: int = 2000, seed: int = 7):  # type: ignore[no-untyped-def]
    from transition_planner.domain.enums import (
        ActorType,
        FundingStatus,
        PresenceKind,
        Priority,
    )
    from transition_planner.domain.model import Actor, Assignment, Function, Plan, Presence

    rng = random.Random(seed)
    h0, h1 = date(2020, 1, 1), date(2034, 12, 31)
    presences = (
        Presence(name="PKO", kind=PresenceKind.PKO, start=date(2015, 1, 1), end=date(2026, 6, 30)),
        Presence(name="SPM", kind=PresenceKind.SPM, start=date(2026, 7, 1), end=date(2030, 12, 31)),
        Presence(name="UNCT", kind=PresenceKind.NON_MISSION, start=date(2010, 1, 1)),
    )
    actors = tuple(
        Actor(
            name=f"Actor {i}",
            type=ActorType.UN_ENTITY,
            presence_id=presences[i % 3].id if i % 4 else None,
        )
        for i in range(60)
    )
    functions = tuple(
        Function(name=f"Function {i}", priority=list(Priority)[i % 4]) for i in range(120)
    )
    span = (h1 - h0).days
    assignments = []
    for _ in range(n_assignments):
        start = h0 + timedelta(days=rng.randrange(span))
        end = start + timedelta(days=rng.randrange(30, 900))
        assignments.append(
            Assignment(
                function_id=rng.choice(functions).id,
                actor_id=rng.choice(actors).id,
                start=start,
                end=end if end <= h1 else None,
                capacity=float(rng.randrange(1, 200)),
                funding_status=rng.choice(list(FundingStatus)),
            )
        )
    return Plan(
        name="Benchmark",
        horizon_start=h0,
        horizon_end=h1,
        presences=presences,
        actors=actors,
        functions=functions,
        assignments=tuple(assignments),
    )


def edit_to_gaps(edits: int = 20) -> dict[str, object]:
    from PySide6.QtCore import Qt

    from transition_planner.services import PlanningService
    from transition_planner.ui.app import application
    from transition_planner.ui.main_window import MainWindow
    from transition_planner.ui.settings import Settings

    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        service = PlanningService.open(Path(tmp) / "bench.tpw", create=True)
        plan = big_plan()
        service.create_plan(plan)
        window = MainWindow(settings=Settings(Path(tmp) / "s.ini"))
        window.set_service(service)
        window.show()
        window.select_plan(plan.id)
        app.processEvents()
        model = window.editor.assignments.model
        times, analysis_only = [], []
        for i in range(edits):
            index = model.index(i, model.column_of("capacity"))
            before = window.gaps.analysis
            t0 = time.perf_counter()
            ok = model.setData(index, str(500 + i), Qt.ItemDataRole.EditRole)
            app.processEvents()
            elapsed = time.perf_counter() - t0
            assert ok and window.gaps.analysis is not before, "the gaps panel did not update"
            times.append(elapsed)
            from transition_planner.domain.analysis import analyse

            t1 = time.perf_counter()
            analyse(window.plan)  # type: ignore[arg-type]
            analysis_only.append(time.perf_counter() - t1)
        findings = window.gaps.model.rowCount()
        window.close()
    return {
        "assignments": len(plan.assignments),
        "findings": findings,
        "edit_to_gaps_ms_median": round(1000 * statistics.median(times), 1),
        "edit_to_gaps_ms_max": round(1000 * max(times), 1),
        "analysis_alone_ms_median": round(1000 * statistics.median(analysis_only), 1),
    }


def main() -> int:
    results: dict[str, object] = {}
    results.update(startup())
    results.update(edit_to_gaps())
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
