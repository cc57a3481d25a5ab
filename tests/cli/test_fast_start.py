"""The command line imports only what a command uses (issue 14.3): `plans` and `check` never
import openpyxl, matplotlib or Qt, nor the ORM or Alembic (reading a workspace is SQLAlchemy
Core: `store.rows`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .test_cli import tp

HEAVY = ("openpyxl", "matplotlib", "PySide6", "reportlab", "numpy")
#: What reading a workspace does without: the ORM is for writing, Alembic for creating and
#: upgrading a file.
WRITING = ("sqlalchemy.orm", "alembic")

PROBE = """
import json, sys
from transition_planner.cli import main
code = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(%r))
writing = sorted(m for m in %r if m in sys.modules)
print(json.dumps({"code": code, "heavy": heavy, "writing": writing}), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("fast") / "plans.tpw"
    result = tp("examples", "--workspace", str(ws))
    assert result.returncode == 0, result.stderr
    return ws


@pytest.mark.parametrize(
    "command",
    [
        ["plans"],
        ["plans", "--format", "json"],
        ["check", "Haiti"],
        ["check", "Haiti", "--format", "json", "--language", "fr"],
        ["backups"],
    ],
)
def test_command_imports_no_heavy_library(workspace: Path, command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY, WRITING), *command, "--workspace", str(workspace)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, result.stderr
    assert report["heavy"] == [], f"{command} imported {report['heavy']}"
    assert report["writing"] == [], f"{command} imported {report['writing']}"


def test_export_still_imports_what_it_needs(workspace: Path, tmp_path: Path) -> None:
    book = tmp_path / "h.xlsx"
    result = tp("export", "Haiti", str(book), "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    assert book.stat().st_size > 10_000


def test_version_is_printed_on_standard_output() -> None:
    from transition_planner import __version__

    result = tp("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"transition-planner {__version__}"
    assert result.stderr == ""
