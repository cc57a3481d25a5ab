"""Benchmark: how fast a workbook built to unpack into huge numbers of tiny strings is refused.

    .venv/bin/python bench/bench_bombs.py [--megabytes 1024]

Builds the attack of issue 15 (item 5): a real exported workbook whose shared strings table
unpacks to about `--megabytes` MB of one-letter strings (a 1 GB table is a ~2–3 MB file), then
imports it in a fresh subprocess and prints the time until the refusal and the peak memory.
Before the fix, 25 MB unpacked took 12 s and 282 MB; 1 GB ran over 300 s and 4.9 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
ITEM = b"<si><t>a</t></si>"


def build(target: Path, megabytes: int) -> None:
    from transition_planner.domain.analysis import analyse
    from transition_planner.workbook import export_plan
    from transition_planner.workbook.examples import haiti_plan

    plan = haiti_plan()
    honest = target.with_name("honest.xlsx")
    export_plan(plan, analyse(plan), honest, app_version="bench")
    count = megabytes * 2**20 // len(ITEM)
    block = ITEM * 65536
    with zipfile.ZipFile(honest) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "[Content_Types].xml":
                override = f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_TYPE}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            out.writestr(name, data)
        with out.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for _ in range(count // 65536):
                part.write(block)
            part.write(b"</sst>")


def measure(path: Path) -> dict[str, object]:
    from transition_planner.workbook import WorkbookError, read_plan

    t = time.perf_counter()
    try:
        read_plan(path)
        outcome = "imported"
    except WorkbookError as exc:
        outcome = str(exc)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "outcome": outcome}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        bomb = Path(tmp) / "bomb.xlsx"
        t = time.perf_counter()
        build(bomb, args.megabytes)
        print(
            f"built: {bomb.stat().st_size / 2**20:.1f} MB on disk, {args.megabytes:,} MB of "
            f"shared strings unpacked ({time.perf_counter() - t:.1f} s)"
        )
        out = subprocess.run(
            [sys.executable, __file__, "--measure", str(bomb)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"refused in {result['seconds']:.2f} s, peak {result['peak_mb']:.0f} MB")
        print(f"  {result['outcome']}")


if __name__ == "__main__":
    main()
