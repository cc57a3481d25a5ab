"""Exports: byte-stable PNG, PDF and SVG; paper sizes; the workbook's picture."""

from __future__ import annotations

from datetime import date

import pytest
from PIL import Image

from transition_planner.charts.export import (
    ExportError,
    render_dashboard,
    render_timeline,
    timeline_png,
)
from transition_planner.domain.analysis import analyse

from .plans import small_plan


@pytest.fixture(scope="module")
def small():
    plan = small_plan()
    return plan, analyse(plan)


@pytest.mark.parametrize("suffix", ["png", "pdf", "svg"])
def test_timeline_export_is_byte_stable(small, tmp_path, suffix):
    plan, analysis = small
    first = render_timeline(plan, analysis, tmp_path / f"a.{suffix}")
    second = render_timeline(plan, analysis, tmp_path / f"b.{suffix}")
    assert first.read_bytes() == second.read_bytes()
    assert len(first.read_bytes()) > 1000
    head = first.read_bytes()[:5]
    assert head == {"png": b"\x89PNG\r", "pdf": b"%PDF-", "svg": b"<?xml"}[suffix]


@pytest.mark.parametrize("suffix", ["png", "pdf", "svg"])
def test_dashboard_export_is_byte_stable(small, tmp_path, suffix):
    plan, analysis = small
    first = render_dashboard(plan, analysis, tmp_path / f"a.{suffix}", paper="A3")
    second = render_dashboard(plan, analysis, tmp_path / f"b.{suffix}", paper="A3")
    assert first.read_bytes() == second.read_bytes()


def test_pdf_has_no_creation_date(small, tmp_path):
    plan, analysis = small
    data = render_timeline(plan, analysis, tmp_path / "t.pdf").read_bytes()
    assert b"CreationDate" not in data


def test_paper_sizes(small, tmp_path):
    plan, analysis = small
    with Image.open(render_timeline(plan, analysis, tmp_path / "a4.png")) as a4:
        assert a4.size == (int(11.69 * 150), int(8.27 * 150))
    with Image.open(render_timeline(plan, analysis, tmp_path / "a3.png", paper="A3")) as a3:
        assert a3.size == (int(16.54 * 150), int(11.69 * 150))
    with pytest.raises(ExportError, match="A4 or A3"):
        render_timeline(plan, analysis, tmp_path / "x.png", paper="Letter")  # type: ignore[arg-type]


def test_unknown_format_names_the_file(small, tmp_path):
    plan, analysis = small
    with pytest.raises(ExportError, match=r"t\.jpg"):
        render_timeline(plan, analysis, tmp_path / "t.jpg")
    assert not (tmp_path / "t.jpg").exists()


def test_today_changes_the_picture_only_when_given(small, tmp_path):
    plan, analysis = small
    plain = render_timeline(plan, analysis, tmp_path / "plain.png").read_bytes()
    dated = render_timeline(
        plan, analysis, tmp_path / "dated.png", today=date(2021, 7, 1)
    ).read_bytes()
    assert plain != dated


def test_timeline_png_for_the_workbook(small):
    plan, analysis = small
    data = timeline_png(plan, analysis)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert data == timeline_png(plan, analysis)
    import io

    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (11 * 110, 6 * 110)
