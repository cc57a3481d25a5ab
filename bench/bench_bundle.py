"""The Linux bundle against the source install: process start → main window on screen (run:
`.venv/bin/python bench/bench_bundle.py [--archive transition-planner-….tar.gz] [--runs 5]`).

Without --archive, builds the bundle first (packaging/build.py, in a temporary folder) and prints
the build time and sizes. The archive is unpacked into a temporary folder; each program then starts
with a bare environment (a fresh HOME, nothing on PATH) on a virtual display (Xvfb), and the time
is taken from starting the process to its main window being mapped (seen by polling the X server
every 20 ms), for:

* the first start: the default workspace does not exist yet and is created with the example plans
  (also timed: until the window's title names the opened workspace);
* later starts on the same HOME (median, min and max of --runs).

The source install is `.venv/bin/transition-planner` beside the Python running this script.
Needs Xvfb and xwininfo (Debian: xvfb, x11-utils).
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.packaging import xserver  # noqa: E402


def build(folder: Path) -> tuple[Path, dict[str, object]]:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(folder / "dist"),
            "--work",
            str(folder / "work"),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    info = json.loads((folder / "dist" / "bundle.json").read_text(encoding="utf-8"))
    (archive,) = (folder / "dist").glob("*.tar.gz")
    return archive, info


def start_to_window(
    program: Path, home: Path, display: xserver.VirtualDisplay, empty: Path
) -> tuple[float, float]:
    """Seconds from starting `program` to its main window, and to the window showing the
    opened workspace; the program is then asked to quit (SIGTERM) and waited for."""
    env = {"HOME": str(home), "PATH": str(empty), "LANG": "C.UTF-8", "DISPLAY": display.name}
    log = home.parent / f"{home.name}.log"
    with log.open("w") as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(program)], env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            display.wait_for_window(xserver.main_window(), timeout=120, process=process)
            shown = time.perf_counter() - started
            display.wait_for_window(xserver.main_window(".tpw"), timeout=120, process=process)
            opened = time.perf_counter() - started
        except (RuntimeError, TimeoutError) as exc:
            raise RuntimeError(f"{program}: {exc}\n{log.read_text()[-3000:]}") from None
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(60)
    return shown, opened


def measure(
    name: str, program: Path, folder: Path, display: xserver.VirtualDisplay, runs: int
) -> dict[str, object]:
    home = folder / f"home-{name}"
    home.mkdir()
    empty = folder / "empty-bin"
    empty.mkdir(exist_ok=True)
    first_shown, first_opened = start_to_window(program, home, display, empty)
    later = [start_to_window(program, home, display, empty) for _ in range(runs)]
    shown = [s for s, _ in later]
    opened = [o for _, o in later]
    return {
        "first_start_window_s": round(first_shown, 3),
        "first_start_workspace_with_examples_s": round(first_opened, 3),
        "start_window_s_median": round(statistics.median(shown), 3),
        "start_window_s_min": round(min(shown), 3),
        "start_window_s_max": round(max(shown), 3),
        "start_workspace_s_median": round(statistics.median(opened), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", type=Path, help="a bundle archive (default: build one)")
    parser.add_argument("--runs", type=int, default=5, help="later starts to time (default 5)")
    args = parser.parse_args()
    why_not = xserver.available()
    if why_not:
        print(f"bench_bundle: {why_not}", file=sys.stderr)
        return 2
    source = Path(sys.executable).parent / "transition-planner"
    if not source.is_file():
        print(f"bench_bundle: no source install at {source}", file=sys.stderr)
        return 2
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        folder = Path(tmp)
        if args.archive:
            archive = args.archive.resolve()
        else:
            archive, info = build(folder / "build")
            results["build"] = {
                "build_s": info["total_s"],
                "pyinstaller_s": info["pyinstaller_s"],
                "archive_s": info["archive_s"],
                "bundle_mb": round(int(info["bundle_bytes"]) / 1e6, 1),  # type: ignore[call-overload]
                "archive_mb": round(archive.stat().st_size / 1e6, 1),
            }
        apps = folder / "apps"
        apps.mkdir()
        with tarfile.open(archive) as tar:
            tar.extractall(apps, filter="data")
        bundle = apps / "transition-planner" / "transition-planner"
        with xserver.VirtualDisplay(folder / "x") as display:
            results["bundle"] = measure("bundle", bundle, folder, display, args.runs)
            results["source"] = measure("source", source, folder, display, args.runs)

    if "build" in results:
        b = results["build"]
        assert isinstance(b, dict)
        print(
            f"build: {b['build_s']} s (PyInstaller {b['pyinstaller_s']} s, archive "
            f"{b['archive_s']} s); bundle folder {b['bundle_mb']} MB, archive {b['archive_mb']} MB"
        )
    print(f"{'start → window (s)':40} {'bundle':>8} {'source':>8}")
    rows = [
        ("first start (creates the workspace)", "first_start_window_s"),
        ("first start, example plans shown", "first_start_workspace_with_examples_s"),
        ("later starts, median", "start_window_s_median"),
        ("later starts, min", "start_window_s_min"),
        ("later starts, max", "start_window_s_max"),
        ("later starts, workspace shown, median", "start_workspace_s_median"),
    ]
    for label, key in rows:
        bundle_value = results["bundle"][key]  # type: ignore[index]
        source_value = results["source"][key]  # type: ignore[index]
        print(f"{label:40} {bundle_value:>8} {source_value:>8}")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
