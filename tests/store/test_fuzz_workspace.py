"""Bytes flipped in a real workspace: `plans`, `check`, `export` and `import --into` on each of
150 damaged copies end with exit 0 or 2 and a message, never a traceback or a hang, change
nothing, and the original backup still restores (issue 15.11). bench/fuzz_workspace.py runs the
same over 5,000 copies."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz_workspace.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_workspace", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_workspace"] = module
    spec.loader.exec_module(module)
    return module


def test_flipped_bytes_never_end_in_a_traceback(tmp_path: Path) -> None:
    fuzz = _bench()
    # every 5th copy is restored from the original backup (each restore is checked)
    stats = fuzz.fuzz(150, seed=20261201, folder=tmp_path, timeout=60.0, restore_every=5)
    assert stats.failures == [], "\n\n".join(stats.failures[:5])
    assert stats.runs == 600
    assert set(stats.exits) <= {"0", "2"}
    assert stats.exits["2"] > 0, "some damage is found and refused"
    assert stats.restores == 30
