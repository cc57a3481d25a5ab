"""Benchmark: how fast the command line starts (issue 14, item 3).

    .venv/bin/python bench/bench_cli.py [--runs 9]

Times, each as a fresh process, the commands taking turns (median of `--runs`, bytecode cached
by a first run), as wall-clock time and as the process's CPU time (user + system, which other
work on a shared machine disturbs less):

* `python -c "import sqlalchemy"` — the floor: the store needs SQLAlchemy;
* `transition-planner plans` on a workspace of the three example plans;
* `transition-planner check "Kandora (template)"` — the analysis of a small plan.

Prints each time and its ratio to the floor (target ≤ 1.6). The commands run the package of this
checkout (`src/` beside `bench/`, put first on PYTHONPATH), not whichever one the interpreter
has installed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


#: The package measured: this checkout's.
SRC = Path(__file__).resolve().parent.parent / "src"


def checkout_env() -> dict[str, str]:
    """The environment with this checkout's `src/` first on PYTHONPATH."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH")) if p)
    return env


def timed(
    commands: dict[str, list[str]], runs: int, pycache: Path
) -> dict[str, tuple[float, float]]:
    """Median wall-clock and CPU seconds of each command, the commands taking turns. Bytecode
    is cached as on a user's machine (here in `pycache`, even where PYTHONDONTWRITEBYTECODE is
    set): without it, every start compiles the application's modules."""
    env = {k: v for k, v in checkout_env().items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    for command in commands.values():
        subprocess.run(command, check=True, capture_output=True, env=env)  # warm the caches
    samples: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            samples[label].append(run_once(command, env))
    return {
        label: (
            statistics.median(w for w, _c in values),
            statistics.median(c for _w, c in values),
        )
        for label, values in samples.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    tp = [sys.executable, "-m", "transition_planner"]
    with tempfile.TemporaryDirectory() as tmp:
        ws = str(Path(tmp) / "plans.tpw")
        subprocess.run(
            [*tp, "examples", "--workspace", ws],
            check=True,
            capture_output=True,
            env=checkout_env(),
        )
        results = timed(
            {
                "python -c 'import sqlalchemy'": [sys.executable, "-c", "import sqlalchemy"],
                "plans": [*tp, "plans", "--workspace", ws],
                "check 'Kandora (template)'": [
                    *tp, "check", "Kandora (template)", "--workspace", ws
                ],
            },
            args.runs,
            Path(tmp) / "pycache",
        )  # fmt: skip
    floor_wall, floor_cpu = next(iter(results.values()))
    where = subprocess.run(
        [sys.executable, "-c", "import transition_planner as t; print(t.__file__)"],
        check=True,
        capture_output=True,
        text=True,
        env=checkout_env(),
    ).stdout.strip()
    print(f"transition_planner from {Path(where).parent}")
    print(f"{'':32} {'wall':>8}  {'ratio':>5}   {'CPU':>8}  {'ratio':>5}")
    for label, (wall, cpu) in results.items():
        print(
            f"{label:32} {wall * 1000:6.0f} ms  {wall / floor_wall:4.2f}×   "
            f"{cpu * 1000:6.0f} ms  {cpu / floor_cpu:4.2f}×"
        )
    rows = list(results.values())[1:]
    print(
        f"worst ratio: wall {max(w for w, _c in rows) / floor_wall:.2f}, "
        f"CPU {max(c for _w, c in rows) / floor_cpu:.2f} (target ≤ 1.6)"
    )


if __name__ == "__main__":
    main()
