"""No output of the command line ever lands on the open workspace or its backups (issue 15.1)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from transition_planner.services import PlanningService
from transition_planner.services.planning import OutputRefused, refuse_workspace_target

from .test_cli import tp


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def xlsx_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace whose name ends in .xlsx, with the examples and one backup."""
    ws = tmp_path_factory.mktemp("out") / "plans.xlsx"
    result = tp("examples", "--workspace", str(ws))
    assert result.returncode == 0, result.stderr
    with PlanningService.open(ws) as service:
        service.backup("for the test")
    return ws


def test_export_onto_the_workspace_is_refused(xlsx_workspace: Path) -> None:
    before = digest(xlsx_workspace)
    result = tp("--workspace", str(xlsx_workspace), "export", "Haiti", str(xlsx_workspace))
    assert result.returncode == 2
    assert "is the open workspace" in result.stderr
    assert "nothing was written" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Wrote" not in result.stdout
    assert digest(xlsx_workspace) == before


def test_export_through_a_link_and_a_relative_path_is_refused(
    xlsx_workspace: Path, tmp_path: Path
) -> None:
    before = digest(xlsx_workspace)
    link = tmp_path / "link.xlsx"
    link.symlink_to(xlsx_workspace)
    result = tp("--workspace", str(xlsx_workspace), "export", "Haiti", str(link))
    assert result.returncode == 2, result.stdout
    assert "is the open workspace" in result.stderr
    assert link.is_symlink()
    assert digest(xlsx_workspace) == before
    # a relative spelling with dots, through a linked folder
    folder_link = tmp_path / "folder"
    folder_link.symlink_to(xlsx_workspace.parent)
    relative = os.path.relpath(folder_link / ".." / "folder" / xlsx_workspace.name)
    with pytest.raises(OutputRefused):
        refuse_workspace_target(xlsx_workspace, Path(relative))
    # a hard link is the same file by another name
    hard = tmp_path / "hard.xlsx"
    os.link(xlsx_workspace, hard)
    with pytest.raises(OutputRefused):
        refuse_workspace_target(xlsx_workspace, hard)


def test_export_and_brief_into_the_backups_are_refused(xlsx_workspace: Path) -> None:
    backups = xlsx_workspace.with_name("plans-backups")
    existing = sorted(backups.iterdir())
    assert existing
    digests = {p: digest(p) for p in existing}
    # the backup itself (its name ends in .xlsx like the workspace's)
    assert existing[0].suffix == ".xlsx"
    result = tp("--workspace", str(xlsx_workspace), "export", "Haiti", str(existing[0]))
    assert result.returncode == 2
    assert "backups folder" in result.stderr
    pdf = backups / "brief.pdf"
    result = tp("--workspace", str(xlsx_workspace), "brief", "Haiti", str(pdf))
    assert result.returncode == 2
    assert "backups folder" in result.stderr
    assert not pdf.exists()
    assert {p: digest(p) for p in sorted(backups.iterdir())} == digests


def test_the_lock_and_journal_names_are_refused(tmp_path: Path) -> None:
    ws = tmp_path / "w.tpw"
    for name in ("w.tpw", "w.tpw.lock", "w.tpw-journal", "w.tpw-wal"):
        with pytest.raises(OutputRefused):
            refuse_workspace_target(ws, tmp_path / name)
    refuse_workspace_target(ws, tmp_path / "w.xlsx")  # a neighbour is fine
    refuse_workspace_target(ws, tmp_path / "w-backups.xlsx")
