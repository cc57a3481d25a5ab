"""The layers point one way, the core runs without Qt, and the code stays clean and typed."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_import_contracts_hold() -> None:
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def test_core_imports_without_qt() -> None:
    """Block PySide6 entirely: every package below the UI still imports and works."""
    code = textwrap.dedent(
        """
        import sys
        for name in ("PySide6", "shiboken6"):
            sys.modules[name] = None  # any import of Qt now fails
        import transition_planner.domain.analysis as analysis
        import transition_planner.store, transition_planner.workbook
        import transition_planner.services, transition_planner.charts.export
        from transition_planner.workbook.examples import example_plans
        for plan in example_plans():
            analysis.analyse(plan)
        print("ok", [m for m in sys.modules if m.startswith("matplotlib.backends.backend_qt")])
        """
    )
    result = _run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok []"


def test_ruff_is_clean() -> None:
    ruff = str(BIN / "ruff")
    check = _run(ruff, "check", "src", "tests", "bench", "scripts")
    assert check.returncode == 0, check.stdout
    fmt = _run(ruff, "format", "--check", "src", "tests", "bench", "scripts")
    assert fmt.returncode == 0, fmt.stdout


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    result = _run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout


def test_no_qt_matplotlib_backend_below_the_ui() -> None:
    """import-linter cannot forbid a submodule of an external package; read the imports."""
    package = ROOT / "src" / "transition_planner"
    pattern = re.compile(
        r"^\s*(from|import)\s+matplotlib(\.backends\.backend_qt\w*|\.pyplot)\b|"
        r"^\s*from\s+matplotlib(\.backends)?\s+import\s+.*(backend_qt|pyplot)",
        re.MULTILINE,
    )
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if path.relative_to(package).parts[0] != "ui"
        and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
