"""Messages a stranger understands: no internal temporary names, one sentence for a workbook of
another application (issue 14.4)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from .test_cli import tp


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("msg") / "plans.tpw"
    assert tp("examples", "--workspace", str(ws)).returncode == 0
    return ws


def test_export_into_a_missing_folder_names_the_folder(seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "nodir" / "h.xlsx"
    result = tp("export", "Haiti", str(target), "--workspace", str(seeded))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"transition-planner: error: folder {target.parent} does not exist; nothing was written"
    )
    pdf = tmp_path / "nodir" / "h.pdf"
    result = tp("brief", "Haiti", str(pdf), "--workspace", str(seeded))
    assert result.returncode == 2
    assert f"folder {pdf.parent} does not exist" in result.stderr
    assert not (tmp_path / "nodir").exists()


def test_a_foreign_workbook_is_one_sentence(seeded: Path, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Budget"
    wb.active.append(["Line", "Amount"])
    book = tmp_path / "budget.xlsx"
    wb.save(book)
    before = seeded.read_bytes()
    result = tp("import", str(book), "--workspace", str(seeded))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "transition-planner: error: budget.xlsx is not a Transition Planner workbook: it has "
        "none of the sheets Summary, Presences, Actors, Functions, Assignments, Milestones, "
        "Handovers, Funding; nothing was written"
    ]
    assert seeded.read_bytes() == before
