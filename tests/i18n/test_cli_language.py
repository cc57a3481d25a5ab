"""`check` and `export` in French (SPEC §4, §6: the command line writes English unless given
`--language fr`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest


def tp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "transition_planner", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = tmp_path_factory.mktemp("cli") / "plans.tpw"
    assert tp("examples", "--workspace", str(ws)).returncode == 0
    return ws


def test_check_in_french(seeded: Path) -> None:
    french = tp("check", "Haiti", "--workspace", str(seeded), "--language", "fr", "--as-of",
                "2026-12-01")  # fmt: skip
    assert french.returncode == 0, french.stderr
    assert "Indice de continuité\u00a0: " in french.stdout
    assert "Constats\u00a0: 2 critiques, 6 élevés" in french.stdout
    assert "Chef de file au Siège\u00a0: DOP (MINUJUSTH), puis DPPA (BINUH)" in french.stdout
    english = tp("check", "Haiti", "--workspace", str(seeded), "--as-of", "2026-12-01")
    assert "Headquarters lead moves from DPO (MINUJUSTH) to DPPA (BINUH)" in english.stdout
    assert "Findings: 2 critical, 6 high" in english.stdout
    data = json.loads(
        tp(
            "check",
            "Haiti",
            "--workspace",
            str(seeded),
            "--format",
            "json",
            "--language",
            "fr",
            "--as-of",
            "2026-12-01",
        ).stdout
    )
    # machine values stay as they are; the sentences are French
    assert data["gaps"][0]["rule"] == "capacity_cliff" and data["gaps"][0]["severity"] == "critical"
    assert data["gaps"][0]["detail"].endswith("le 16 oct. 2017")


def test_export_in_french(seeded: Path, tmp_path: Path) -> None:
    book = tmp_path / "haiti.xlsx"
    result = tp("export", "Haiti", str(book), "--workspace", str(seeded), "--language", "fr")
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames[:3] == ["Synthèse", "Chronologie", "Présences"]
    assert wb["Synthèse"]._images  # the timeline picture
    imported = tp("import", str(book), "--workspace", str(seeded), "--name", "Haïti (fr)")
    assert imported.returncode == 0, imported.stderr
    review = tp("import", str(book), "--workspace", str(seeded), "--into", "Haiti")
    assert review.returncode == 0 and review.stdout.startswith("No changes"), review.stdout


def test_unknown_language_is_refused(seeded: Path) -> None:
    result = tp("check", "Haiti", "--workspace", str(seeded), "--language", "de")
    assert result.returncode == 2 and "invalid choice" in result.stderr
