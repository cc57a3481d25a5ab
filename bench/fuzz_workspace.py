"""Flip bytes of a real workspace and run the command line on each damaged copy.

    .venv/bin/python bench/fuzz_workspace.py [--files 5000] [--seed 15] [--commands all]

The workspace holds the example plans and one backup. Each damaged copy gets `plans`, `check`,
`export` and `import --into` through `transition_planner.cli.main()` in this process (fast; a
subprocess per run would cost 0.3 s of start-up each). Every run must end with exit 0 or 2, no
exception escaping `main()` (a traceback), within `--timeout` seconds, and leave the damaged file
as it was (the commands only read); then `restore` of the original backup must bring the plans
back. tests/store/test_fuzz_workspace.py runs 150 files of it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from transition_planner.cli import main as cli_main

COMMANDS = ("plans", "check", "export", "import")


@dataclass
class Stats:
    files: int = 0
    runs: int = 0
    exits: Counter[str] = field(default_factory=Counter)
    #: the first line of each refusal (exit 2), by kind
    refusals: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    restores: int = 0
    seconds: float = 0.0
    slowest: float = 0.0


class Hung(Exception):
    """A run took longer than the timeout."""


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def ring(_signum: int, _frame: object) -> None:
        raise Hung(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(args: Sequence[str], timeout: float = 60.0) -> tuple[int, str, str]:
    """`main(args)` in this process: exit code, standard output, standard error. An exception
    escaping `main()` is returned as exit -1 with its traceback as the error text."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            with _deadline(timeout):
                code = cli_main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except Hung as exc:
            return -2, out.getvalue(), str(exc)
        except BaseException:
            return -1, out.getvalue(), traceback.format_exc()
    return code, out.getvalue(), err.getvalue()


def prepare(folder: Path) -> tuple[Path, Path, Path, bytes]:
    """A workspace with the example plans, its backup, and an exported workbook of Haiti."""
    workspace = folder / "plans.tpw"
    code, _out, err = run_cli(["examples", "--workspace", str(workspace)])
    assert code == 0, err
    from transition_planner.store import Workspace

    with Workspace.open(workspace) as ws:
        backup = ws.backup("fuzz original")
    book = folder / "haiti.xlsx"
    code, _out, err = run_cli(["export", "Haiti", str(book), "--workspace", str(workspace)])
    assert code == 0, err
    return workspace, backup, book, workspace.read_bytes()


def flip(data: bytes, rng: random.Random) -> bytes:
    """1 to 8 bytes XORed with a random non-zero value; now and then a run of bytes, or one
    flipped inside the 100-byte header."""
    damaged = bytearray(data)
    kind = rng.random()
    if kind < 0.1:
        spot = rng.randrange(100)
        damaged[spot] ^= rng.randrange(1, 256)
    elif kind < 0.2:
        start = rng.randrange(100, len(damaged) - 64)
        for i in range(start, start + rng.randrange(2, 64)):
            damaged[i] = rng.randrange(256)
    else:
        for _ in range(rng.randrange(1, 9)):
            spot = rng.randrange(100, len(damaged))
            damaged[spot] ^= rng.randrange(1, 256)
    return bytes(damaged)


def fuzz(
    files: int,
    seed: int,
    folder: Path,
    *,
    commands: Sequence[str] = COMMANDS,
    timeout: float = 60.0,
    restore_every: int = 1,
    progress: int = 0,
) -> Stats:
    stats = Stats()
    # the damaged copies take the original's place, beside its backups, so that
    # `restore NAME` finds the backup by its name as a planner's would
    target, backup, book, data = prepare(folder)
    rng = random.Random(seed)
    exported = folder / "out.xlsx"
    started = time.perf_counter()
    for n in range(files):
        damaged = flip(data, rng)
        target.write_bytes(damaged)
        stats.files += 1
        for command in commands:
            args = {
                "plans": ["plans"],
                "check": ["check", "Haiti"],
                "export": ["export", "Haiti", str(exported)],
                "import": ["import", str(book), "--into", "Haiti"],
            }[command] + ["--workspace", str(target)]
            began = time.perf_counter()
            code, _out, err = run_cli(args, timeout)
            stats.slowest = max(stats.slowest, time.perf_counter() - began)
            stats.runs += 1
            stats.exits[str(code)] += 1
            if code == 2:
                first = err.strip().splitlines()[0] if err.strip() else "(no message)"
                stats.refusals[_kind(first)] += 1
            if code not in (0, 2) or (code == 2 and not err.strip()) or "Traceback" in err:
                stats.failures.append(f"file {n} seed {seed} `{' '.join(args[:-2])}`: {err}")
                if progress:  # at once, with the damaged file kept to reproduce it
                    kept = folder.parent / f"{folder.name}-failure-{n}.tpw"
                    kept.write_bytes(damaged)
                    print(f"FAILURE (file kept as {kept}): {stats.failures[-1]}", file=sys.stderr)
            if target.read_bytes() != damaged:
                stats.failures.append(f"file {n} `{command}` changed the damaged file")
                target.write_bytes(damaged)
            with contextlib.suppress(FileNotFoundError):
                exported.unlink()
        if n % restore_every == 0:
            code, _out, err = run_cli(["restore", backup.name, "--workspace", str(target)])
            plans = run_cli(["plans", "--workspace", str(target)])
            if code != 0 or plans[0] != 0 or "Haiti" not in plans[1]:
                stats.failures.append(f"file {n}: the backup did not restore: {err}{plans[2]}")
            stats.restores += 1
            for leftover in folder.glob("plans-damaged-*"):
                leftover.unlink()
            _prune_restore_backups(backup.parent, keep=backup)
        if progress and (n + 1) % progress == 0:
            print(
                f"  {n + 1:,} files, {stats.runs:,} runs, {time.perf_counter() - started:.0f} s,"
                f" exits {dict(stats.exits)}, failures {len(stats.failures)}",
                file=sys.stderr,
                flush=True,
            )
    stats.seconds = time.perf_counter() - started
    return stats


def _prune_restore_backups(folder: Path, keep: Path) -> None:
    for path in folder.iterdir():
        if path != keep:
            path.unlink()


def _kind(line: str) -> str:
    """A refusal's kind: its message without paths, names and numbers."""
    import re

    text = re.sub(r"/\S+", "…", line)
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r"\d+", "N", text)
    return text[:110]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--commands", default="all", help="comma-separated, or all")
    args = parser.parse_args()
    commands = COMMANDS if args.commands == "all" else tuple(args.commands.split(","))
    folder = Path(tempfile.mkdtemp(prefix="tp-fuzz-ws-"))
    try:
        stats = fuzz(
            args.files,
            args.seed,
            folder,
            commands=commands,
            timeout=args.timeout,
            progress=250,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"{stats.files:,} damaged workspaces × {len(commands)} commands = {stats.runs:,} runs "
        f"in {stats.seconds:.0f} s ({1000 * stats.seconds / max(stats.runs, 1):.1f} ms a run, "
        f"slowest {stats.slowest:.2f} s); {stats.restores:,} restores of the original backup"
    )
    print("exit codes:", dict(stats.exits.most_common()))
    print("refusals by kind:")
    for kind, n in stats.refusals.most_common(25):
        print(f"  {n:7,}  {kind}")
    print(f"failures: {len(stats.failures)}")
    for failure in stats.failures[:20]:
        print("-" * 60)
        print(failure)
    sys.exit(1 if stats.failures else 0)


if __name__ == "__main__":
    main()
