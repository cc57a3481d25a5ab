"""Crash safety of the workspace store: SIGKILL a writer at random moments, then check the file.

    .venv/bin/python bench/crash_store.py [--cycles 200] [--seed 1] [--dir DIR]

A child process opens a workspace, stores a big plan (add_plan) and then applies a long,
deterministic series of edits (apply_change), printing "committed N" and flushing after each
commit. The parent kills it (SIGKILL) at a random moment — while it opens the file, while it
stores the plan, in the middle of an edit — and then checks that:

* `PRAGMA integrity_check` is ok;
* `Workspace.open` works (the dead child's lock is recovered as stale);
* the stored plan is exactly the plan after the last edit the child reported committed (or the
  one after, when the kill fell between the commit and the print): every reported change is
  there, and no change is there in part.

`tests/store/test_crash.py` runs the same with 20+ kills; this script does 200 and prints counts.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from transition_planner.domain import (
    Actor,
    ActorType,
    Assignment,
    Function,
    Milestone,
    Plan,
    PlanChange,
    Presence,
    PresenceKind,
    Priority,
    apply_change,
)
from transition_planner.domain.changes import (
    EntityChange,
    FieldChange,
    compare_entities,
)
from transition_planner.store import PlanNotFound, Workspace
from transition_planner.store.sqlite import integrity_check

PLAN_ID = "crash-plan"
ASSIGNMENTS = 4000


def initial_plan() -> Plan:
    """A big plan with fixed ids (parent and child build the same one)."""
    presence = Presence(id="pr0", name="Mission", kind=PresenceKind.PKO, start=date(2020, 1, 1))
    actors = tuple(
        Actor(id=f"ac{i}", name=f"Actor {i}", type=ActorType.UN_ENTITY, presence_id="pr0")
        for i in range(50)
    )
    functions = tuple(
        Function(id=f"fn{i}", name=f"Function {i}", priority=list(Priority)[i % 4])
        for i in range(100)
    )
    assignments = tuple(
        Assignment(
            id=f"as{i}",
            function_id=f"fn{i % 100}",
            actor_id=f"ac{i % 50}",
            start=date(2020, 1, 1) + timedelta(days=i % 900),
            capacity=float(i % 40),
            notes=f"assignment {i}",
        )
        for i in range(ASSIGNMENTS)
    )
    return Plan(
        id=PLAN_ID,
        name="Crash test",
        description="edits: 0",
        horizon_start=date(2020, 1, 1),
        horizon_end=date(2030, 12, 31),
        presences=(presence,),
        actors=actors,
        functions=functions,
        assignments=assignments,
    )


def edit_number(plan: Plan) -> int:
    return int(plan.description.split(": ")[1])


def make_change(plan: Plan, n: int) -> PlanChange:
    """Edit number `n`: deterministic in (plan, n). Mostly cell edits; some additions at a
    position, removals, and every 20th a big change of 300 assignments (a long transaction)."""
    rnd = random.Random(n)
    settings = (FieldChange("description", plan.description, f"edits: {n}"),)
    items = plan.assignments
    entities: list[EntityChange] = []
    if n % 20 == 0:
        for index in rnd.sample(range(len(items)), min(300, len(items))):
            old = items[index]
            new = replace(old, notes=f"bulk {n}", capacity=float(n % 97))
            entities.append(EntityChange("changed", old, new, compare_entities(old, new)))
    elif n % 7 == 0:
        new = Assignment(
            id=f"new{n}",
            function_id=f"fn{rnd.randrange(100)}",
            actor_id=f"ac{rnd.randrange(50)}",
            start=date(2021, 1, 1) + timedelta(days=rnd.randrange(1000)),
        )
        entities.append(EntityChange("added", None, new, position=rnd.randrange(len(items) + 1)))
        entities.append(
            EntityChange("added", None, Milestone(id=f"ms{n}", name=f"M{n}", date=date(2025, 1, 1)))
        )
    elif n % 11 == 0 and items:
        index = rnd.randrange(len(items))
        entities.append(EntityChange("removed", items[index], None, (), index))
    else:
        old = items[rnd.randrange(len(items))]
        new = replace(old, notes=f"edit {n}", end=old.start + timedelta(days=n % 500))
        entities.append(EntityChange("changed", old, new, compare_entities(old, new)))
    return PlanChange(settings, tuple(entities))


# -- the child ------------------------------------------------------------------------------


def child(path: Path, limit: int) -> None:
    with Workspace.open(path, create=True) as ws:
        print("ready", flush=True)
        try:
            plan = ws.load_plan(PLAN_ID)
        except PlanNotFound:
            plan = initial_plan()
            ws.add_plan(plan)
            print("committed 0", flush=True)
        for n in range(edit_number(plan) + 1, limit + 1):
            change = make_change(plan, n)
            ws.apply_change(PLAN_ID, change)
            print(f"committed {n}", flush=True)
            plan = apply_change(plan, change)


# -- the parent -----------------------------------------------------------------------------


@dataclass
class Stats:
    kills: int = 0
    phases: Counter[str] = field(default_factory=Counter)
    committed_unreported: int = 0
    hot_journals: int = 0
    edits: int = 0
    seconds: float = 0.0


class Checker:
    """Kills children and checks the workspace after each kill."""

    def __init__(self, path: Path, seed: int) -> None:
        self.path = path
        self.rnd = random.Random(seed)
        self.expected: Plan | None = None  # None: the plan was never stored
        self.stats = Stats()

    def expected_at(self, n: int) -> Plan:
        plan = self.expected if self.expected is not None else initial_plan()
        while edit_number(plan) < n:
            plan = apply_change(plan, make_change(plan, edit_number(plan) + 1))
        return plan

    def cycle(self) -> None:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "child", str(self.path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        seen: list[str] = []
        if self.rnd.random() < 0.2:
            delay = self.rnd.uniform(0.0, 0.6)  # maybe while it opens or creates the file
        else:
            seen.append(proc.stdout.readline())  # "ready": the workspace is open
            if self.expected is None and self.rnd.random() < 0.5:
                # on a slow or busy machine add_plan may outlast every short delay: let it
                # finish half the time, so that the edits are reached and killed too
                seen.append(proc.stdout.readline())
            # until the plan is stored, aim at add_plan; then anywhere in the edits
            delay = self.rnd.uniform(0.0, 0.06 if self.expected is None else 0.35)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=delay)  # the random moment of the kill (or the child's end)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        out = "".join(seen) + out
        if proc.returncode != -signal.SIGKILL:
            raise AssertionError(f"the child ended by itself ({proc.returncode}): {err}")
        self.stats.kills += 1
        committed = [int(line.split()[1]) for line in out.split("\n") if line.startswith("commit")]
        last = max(committed) if committed else None
        self.check(last)
        self.stats.seconds += time.perf_counter() - started

    def check(self, last: int | None) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            assert self.expected is None and last is None, "the workspace vanished"
            self.stats.phases["opening"] += 1
            return
        journal = Path(f"{self.path}-journal")
        if journal.exists() and journal.stat().st_size > 0:
            self.stats.hot_journals += 1  # killed inside a transaction: SQLite rolls it back
        problems = integrity_check(self.path)
        assert problems == [], problems
        with Workspace.open(self.path) as ws:  # the dead child's lock is stale
            try:
                stored = ws.load_plan(PLAN_ID)
            except PlanNotFound:
                assert self.expected is None and last is None, "a committed plan is missing"
                self.stats.phases["opening or add_plan"] += 1
                return
        before = -1 if self.expected is None else edit_number(self.expected)
        reported = before if last is None else last
        number = edit_number(stored)
        assert number in (reported, reported + 1), (number, reported)
        if number == reported + 1:
            self.stats.committed_unreported += 1
        expected = self.expected_at(number)
        assert stored == expected, f"the stored plan differs from edit {number}"
        self.expected = stored
        self.stats.edits = number
        self.stats.phases["add_plan" if number == 0 else "edits"] += 1


def run(cycles: int, seed: int, folder: Path) -> Stats:
    checker = Checker(folder / "crash.tpw", seed)
    for _ in range(cycles):
        checker.cycle()
    return checker.stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    child_args = sub.add_parser("child")
    child_args.add_argument("path", type=Path)
    child_args.add_argument("--limit", type=int, default=10**9)
    parser.add_argument("--cycles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    if args.command == "child":
        child(args.path, args.limit)
        return
    with tempfile.TemporaryDirectory() as temp:
        folder = args.dir or Path(temp)
        stats = run(args.cycles, args.seed, folder)
    print(f"kills:                         {stats.kills}")
    for phase, count in sorted(stats.phases.items()):
        print(f"  killed during {phase + ':':22} {count}")
    print(f"killed inside a transaction:    {stats.hot_journals}")
    print(f"committed but not yet reported: {stats.committed_unreported}")
    print(f"edits committed in all:         {stats.edits}")
    print(
        "integrity_check ok, every reported change present, open recovered the lock: "
        f"{stats.kills}/{stats.kills}"
    )
    print(f"seconds:                        {stats.seconds:.1f}")


if __name__ == "__main__":
    main()
