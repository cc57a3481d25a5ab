"""The workbook as LibreOffice sees it: it opens, prints, converts, and comes back the same."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.workbook import export_plan, read_plan, review_import
from transition_planner.workbook.examples import example_plans

from .plans import comparable

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) missing"),
]


def convert(book: Path, to: str, out: Path, profile: Path) -> None:
    out.mkdir(exist_ok=True)
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(book),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("lo")
    plan = next(p for p in example_plans() if p.name == "Haiti")
    book = folder / "haiti.xlsx"
    export_plan(plan, analyse(plan), book, app_version="1")
    return book, folder / "profile"


def test_pdf_of_every_sheet(exported: tuple[Path, Path], tmp_path: Path) -> None:
    book, profile = exported
    convert(book, "pdf", tmp_path, profile)
    pdf = tmp_path / "haiti.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        for words in ("Horizon start", "MINUSTAH", "Police development", "GAP", "Page 1 of"):
            assert words in text, words


def test_csv_of_the_data_sheets(exported: tuple[Path, Path], tmp_path: Path) -> None:
    book, profile = exported
    # 44 = comma, 34 = quote, 76 = UTF-8, the last -1: every sheet to its own file
    convert(book, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
            tmp_path, profile)  # fmt: skip
    files = {p.stem.split("-", 1)[-1]: p for p in tmp_path.glob("*.csv")}
    assert {"Summary", "Presences", "Assignments"} <= set(files), sorted(files)
    with open(files["Assignments"], encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    plan = next(p for p in example_plans() if p.name == "Haiti")
    assert rows[0][:4] == ["Function", "Actor", "Start", "End"]
    assert len(rows) == len(plan.assignments) + 1
    assert rows[1][2] == plan.assignments[0].start.isoformat()


def test_resaved_by_libreoffice_imports_the_same(
    exported: tuple[Path, Path], tmp_path: Path
) -> None:
    book, profile = exported
    convert(book, "xlsx:Calc MS Excel 2007 XML", tmp_path, profile)
    resaved = tmp_path / "haiti.xlsx"
    assert resaved.exists() and resaved.read_bytes() != book.read_bytes()
    plan = next(p for p in example_plans() if p.name == "Haiti")
    assert comparable(read_plan(resaved)) == comparable(plan)
    assert review_import(plan, resaved).change.is_empty()


def test_injection_text_survives_libreoffice(tmp_path: Path) -> None:
    import dataclasses
    import re

    from transition_planner.domain.findings import Analysis

    from .plans import sheet_xml, small_plan
    from .test_export import INJECTIONS

    plan = small_plan()
    plan = dataclasses.replace(
        plan,
        milestones=tuple(
            dataclasses.replace(plan.milestones[0], name=f"M{i}", notes=text)
            for i, text in enumerate(INJECTIONS)
        ),
    )
    book = tmp_path / "injection.xlsx"
    export_plan(plan, Analysis((), None), book, app_version="1")
    out = tmp_path / "out"
    convert(book, "xlsx:Calc MS Excel 2007 XML", out, tmp_path / "profile")
    resaved = out / "injection.xlsx"
    for part, xml in sheet_xml(resaved).items():
        assert not re.search(r"<(\w+:)?f[\s>/]", xml), part
    assert [m.notes for m in read_plan(resaved).milestones] == INJECTIONS


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
@pytest.mark.parametrize("language", ["en", "fr"])
def test_printed_on_a4_without_hashes(language: str, tmp_path: Path) -> None:
    """Haiti's eleven years as LibreOffice prints them: A4 pages, no ### anywhere, the
    Timeline on one page (by quarter), words in the language of the workbook."""
    from datetime import date

    plan = next(p for p in example_plans() if p.name == "Haiti")
    book = tmp_path / f"haiti-{language}.xlsx"
    export_plan(plan, analyse(plan, as_of=date(2026, 12, 1)), book, app_version="1",
                language=language)  # fmt: skip
    convert(book, "pdf", tmp_path, tmp_path / "profile")
    pdf = book.with_suffix(".pdf")
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    sizes = [line.split(":", 1)[1].split("pts")[0].strip() for line in info.splitlines()
             if line.startswith("Page") and "size" in line]  # fmt: skip
    # A4 landscape: 297 × 210 mm is 841.9 × 595.3 points
    assert sizes and all(
        abs(float(w) - 841.9) < 1 and abs(float(h) - 595.3) < 1
        for w, h in (size.split(" x ") for size in sizes)
    ), sizes
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    text = "\f".join(pages)
    assert "###" not in text
    # the Timeline prints one page wide: each of its pages shows the whole horizon by quarter
    timeline = "Chronologie — Haiti" if language == "fr" else "Timeline — Haiti"
    timeline_pages = [page for page in pages if timeline in page]
    assert timeline_pages
    for page in timeline_pages:
        assert (
            "2016" in page
            and "2026" in page
            and page.count("Q4" if language == "en" else "T4") == 11
        )
    words = {
        "en": ["Capacity cliff", "Critical", "Q4", "Page 1 of", "Headquarters lead moves"],
        "fr": ["Chute de capacité", "Critique", "T4", "Page 1 sur", "Chef de file au Siège"],
    }[language]
    for word in words:
        assert word in text, word
