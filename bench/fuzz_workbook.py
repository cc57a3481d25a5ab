"""Fuzz the workbook import with many random workbooks and print what happened.

    .venv/bin/python bench/fuzz_workbook.py [--examples 10000]

Uses the recipes of tests/workbook/fuzzing.py. Every import must end in a plan or a WorkbookError
whose problems name a sheet (and a well-formed cell); anything else is a bug and stops the run.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings
from tests.workbook.fuzzing import workbooks, write

from transition_planner.workbook import WorkbookError, read_plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    folder = Path(tempfile.mkdtemp(prefix="tp-fuzz-"))

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(workbooks)
    def run(recipe: list[dict[str, Any]]) -> None:
        path = folder / "fuzz.xlsx"
        write(recipe, path)
        try:
            read_plan(path)
        except WorkbookError as exc:
            outcomes["WorkbookError"] += 1
            for p in exc.problems:
                assert p.sheet and p.message, p
                assert p.cell is None or re.fullmatch(r"[A-Z]{1,3}[1-9]\d*", p.cell), p
                kind = re.sub(r"'.*", "", p.message).split(";")[0].strip()
                kinds[kind[:60]] += 1
        else:
            outcomes["plan"] += 1

    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    total = sum(outcomes.values())
    print(f"{total:,} workbooks in {seconds:.0f} s ({1000 * seconds / max(total, 1):.1f} ms each)")
    for outcome, n in outcomes.most_common():
        print(f"  {outcome:15s} {n:7,}")
    print("problems by kind:")
    for kind, n in kinds.most_common(40):
        print(f"  {n:8,}  {kind}")


if __name__ == "__main__":
    main()
