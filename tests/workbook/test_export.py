"""Export: layout of SPEC §5, round trips, formula injection, cleaning, atomic writes."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.domain.findings import Analysis
from transition_planner.domain.model import Plan
from transition_planner.workbook import export_plan, read_plan, review_import
from transition_planner.workbook.examples import example_plans
from transition_planner.workbook.export import GAP_FILL

from .plans import comparable, sheet_xml, small_plan, some_findings

DATA_HEADERS = {
    "Presences": [
        "Name", "Kind", "Start", "End", "Drawdown start", "Lead department", "Funding",
        "Mandate", "Notes", "ID",
    ],
    "Actors": ["Name", "Type", "Presence", "Continues", "Notes", "ID"],
    "Functions": [
        "Name", "Category", "Area", "Priority", "Required from", "Required until", "Notes", "ID"
    ],
    "Assignments": [
        "Function", "Actor", "Start", "End", "Capacity", "Funding status", "Funding source",
        "Readiness", "Notes", "ID",
    ],
    "Milestones": ["Name", "Date", "Kind", "Notes", "ID"],
    "Handovers": [
        "Item", "Kind", "Function", "Area", "From", "To", "Owner", "Due", "Status", "Notes", "ID",
    ],
    "Funding": [
        "Source", "Kind", "Function", "Actor", "Year", "Amount (USD)", "Status", "Notes", "ID",
    ],
}  # fmt: skip


def export(plan: Plan, path: Path, analysis: Analysis | None = None, **kw: object) -> list[str]:
    return export_plan(
        plan,
        analysis if analysis is not None else Analysis((), None),
        path,
        app_version="9.9.9",
        exported_at=datetime(2024, 5, 1, 10, 30, tzinfo=UTC),
        **kw,  # type: ignore[arg-type]
    )


def png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (400, 200), "navy").save(buf, "PNG")
    return buf.getvalue()


def test_layout_of_the_workbook(tmp_path: Path) -> None:
    plan = small_plan()
    book = tmp_path / "plan.xlsx"
    assert export(plan, book, some_findings(plan), timeline_png=png_bytes()) == []
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == [
        "Summary", "Timeline", "Presences", "Actors", "Functions", "Assignments", "Milestones",
        "Handovers", "Funding", "Gaps", "Lists",
    ]  # fmt: skip
    assert wb["Lists"].sheet_state == "hidden"
    assert wb.properties.creator == "Transition Planner"
    assert "Kandora test" in (wb.properties.title or "")

    summary = wb["Summary"]
    keys = [summary.cell(r, 1).value for r in range(1, 10)]
    assert keys == [
        "Plan", "Country", "Region", "Description", "Horizon start", "Horizon end",
        "Minimum overlap (days)", "Cliff threshold", "Bridge breaks (days)",
    ]  # fmt: skip
    assert summary["B1"].value == "Kandora test"
    assert summary["B5"].value.date() == date(2015, 1, 1)
    assert summary["B5"].number_format == "yyyy-mm-dd"
    assert summary["B7"].value == 60 and summary["B8"].value == 0.4
    assert summary["B9"].value == 5
    assert summary["A1"].font.b
    values = {summary.cell(r, 1).value: summary.cell(r, 2).value for r in range(1, 40)}
    assert values["Continuity score"] == 87.5
    # counts and the most severe findings in words, not machine values
    assert values["Critical"] == 1 and values["High"] == 1 and values["Information"] == 0
    assert values["Critical · Coverage gap"] == "Nobody carries Police support for 62 days."
    assert values["High · Cold handover"] == "Handover without overlap."
    assert values["Application version"] == "Transition Planner 9.9.9"
    assert values["Exported"] == "1 May 2024 at 10:30 (UTC+00:00)"
    assert len(summary._images) == 1
    # A4 landscape; the picture on a page of its own after the words
    assert summary.page_setup.paperSize == 9  # A4
    assert summary.page_setup.orientation == "landscape"
    last = next(r for r in range(1, 40) if summary.cell(r, 1).value == "How to edit")
    assert [b.id for b in summary.row_breaks.brk] == [last]

    tables: list[str] = []
    for title, headers in DATA_HEADERS.items():
        ws = wb[title]
        assert [c.value for c in ws[1]] == headers, title
        assert ws.freeze_panes == "A2"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.print_title_rows == "$1:$1"
        # paper shows every column but the IDs
        last_printed = openpyxl.utils.get_column_letter(len(headers) - 1)
        assert ws.print_area == f"'{title}'!$A$1:${last_printed}${ws.max_row}"
        (table,) = ws.tables.values()
        tables.append(table.displayName)
        entities = {
            "Presences": plan.presences,
            "Actors": plan.actors,
            "Functions": plan.functions,
            "Assignments": plan.assignments,
            "Milestones": plan.milestones,
            "Handovers": plan.handovers,
            "Funding": plan.funding_lines,
        }[title]
        n = len(entities)
        last = openpyxl.utils.get_column_letter(len(headers))
        assert table.ref == f"A1:{last}{max(2, n + 1)}"
        assert [c.name for c in table.tableColumns] == headers
        ids = [ws.cell(r, len(headers)).value for r in range(2, n + 2)]
        assert ids == [e.id for e in entities]
    gaps = wb["Gaps"]
    assert [c.value for c in gaps[1]][:7] == [
        "Rule", "Severity", "Function", "Start", "End", "Days", "Detail"
    ]  # fmt: skip
    assert "From actor" in [c.value for c in gaps[1]]
    # rules and severities in words
    assert gaps["A2"].value == "Coverage gap" and gaps["B2"].value == "Critical"
    assert gaps["A3"].value == "Cold handover" and gaps["B3"].value == "High"
    assert gaps["F2"].value == 62
    assert gaps.print_area == "'Gaps'!$A$1:$G$3"
    tables.append(next(iter(gaps.tables.values())).displayName)
    assert len(set(tables)) == len(tables) == 8

    # real dates with an explicit format; drop-downs on every enumerated and reference column
    a = wb["Assignments"]
    assert isinstance(a["C2"].value, datetime) and a["C2"].number_format == "yyyy-mm-dd"
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in a.data_validations.dataValidation}
    assert lists["A2"].startswith("Lists!$A$2")  # Function
    assert lists["B2"].startswith("Lists!$B$2")  # Actor
    assert lists["F2"] == '"Secured,Pledged,Unfunded"'
    p = wb["Presences"]
    kinds = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in p.data_validations.dataValidation}
    assert kinds["B2"] == '"PKO,SPM,Non-mission,Regional office,Partner mission"'
    assert kinds["F2"] == '"DPO,DPPA,RC/UNCT,Other"'
    actors = wb["Actors"]
    assert any(
        dv.formula1.startswith("Lists!$C$2") for dv in actors.data_validations.dataValidation
    )
    assert [c.value for c in wb["Lists"]["A"]][1:] == [f.name for f in plan.functions]
    h = wb["Handovers"]
    drops = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in h.data_validations.dataValidation}
    assert drops["B2"] == '"Task,Site,Asset,Caseload,Records,Programme,Other"'  # Kind
    assert drops["C2"].startswith("Lists!$A$2")  # Function
    assert drops["E2"].startswith("Lists!$B$2") and drops["F2"].startswith("Lists!$B$2")
    assert drops["I2"] == '"Planned,In progress,Done,Blocked,Lost"'
    f = wb["Funding"]
    drops = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in f.data_validations.dataValidation}
    assert drops["G2"] == '"Secured,Pledged,Projected"'
    assert f["E2"].value == 2019 and f["F2"].value == 410_000_000


def test_timeline_sheet(tmp_path: Path) -> None:
    plan = small_plan()
    book = tmp_path / "plan.xlsx"
    export(plan, book)
    ws = openpyxl.load_workbook(book)["Timeline"]
    assert ws.freeze_panes == "C4"
    assert ws.print_title_rows == "$1:$3" and ws.print_title_cols == "$A:$B"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert "Kandora test" in ws.oddFooter.left.text and "&P" in ws.oddFooter.right.text
    periods = [c.value for c in ws[3]][2:]
    # eight years do not fit one A4 page wide month by month: a column per quarter
    assert len(periods) == 8 * 4 and periods[:5] == ["Q1", "Q2", "Q3", "Q4", "Q1"]
    assert ws.page_setup.paperSize == 9  # A4
    # years as text over their first quarter (a number would print ### in a narrow column)
    years = [c.value for c in ws[2]][2:]
    assert years[::4] == [str(y) for y in range(2015, 2023)] and set(years[1:4]) == {None}
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    police = rows["Police support"]
    # July and August 2019 nobody carries police support: most of Q3 2019 is a GAP
    q3 = 3 + (2019 - 2015) * 4 + 2
    cell = ws.cell(police, q3)
    assert cell.value == "GAP"
    assert cell.fill.fgColor.rgb.endswith(GAP_FILL)
    # Q2 2019 carried by the police component, Q4 by UNDP: two different colours
    q2, q4 = ws.cell(police, q3 - 1), ws.cell(police, q3 + 1)
    assert q2.value is None and q4.value is None
    assert q2.fill.fgColor.rgb != q4.fill.fgColor.rgb
    legend = {
        ws.cell(r, c + 1).value: ws.cell(r, c)
        for r in range(rows["Legend"], ws.max_row + 1)
        for c in range(2, ws.max_column)
        if ws.cell(r, c + 1).value
    }
    assert legend["MINUSKA Police (Mission)"].fill.fgColor.rgb == q2.fill.fgColor.rgb
    assert legend["UNDP (UN entity)"].fill.fgColor.rgb == q4.fill.fgColor.rgb
    assert "Ministry of Justice (Government)" in legend
    # the PKO row is filled until Q2 2019 only
    pko = rows["MINUSKA"]
    assert ws.cell(pko, q3 - 1).fill.fgColor.rgb != ws.cell(pko, q3).fill.fgColor.rgb
    # quarters outside Human rights monitoring's window are grey (not required)
    hr = rows["Human rights monitoring"]
    assert ws.cell(hr, 3).value is None and ws.cell(hr, 3).fill.fgColor.rgb.endswith("EEEEEE")


def test_no_picture_without_png(tmp_path: Path) -> None:
    book = tmp_path / "plan.xlsx"
    export(small_plan(), book)
    assert openpyxl.load_workbook(book)["Summary"]._images == []


def test_bad_picture_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    book = tmp_path / "plan.xlsx"
    warnings = export(small_plan(), book, timeline_png=b"not a png")
    assert any("picture" in w for w in warnings)
    assert read_plan(book).name == "Kandora test"


@pytest.mark.parametrize("plan", [small_plan(), *example_plans()], ids=lambda p: p.name)
def test_round_trip(plan: Plan, tmp_path: Path) -> None:
    book = tmp_path / "plan.xlsx"
    assert export(plan, book, analyse(plan)) == []
    back = read_plan(book)
    assert comparable(back) == comparable(plan)
    assert back.id != plan.id
    assert not {e.id for e in back.all_entities()} & {e.id for e in plan.all_entities()}
    assert read_plan(book, name="Other name").name == "Other name"
    review = review_import(plan, book)
    assert review.change.is_empty(), review.lines
    assert review.after == plan


INJECTIONS = [
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1+1",
    "@SUM(1)",
    "\t=1",
    "=1+1",
    "＝1+1",
    "2024",
    "1/2",
    "TRUE",
    "  =cmd|' /C calc'!A0",
]


def test_text_is_never_a_formula(tmp_path: Path) -> None:
    plan = small_plan()
    texts = iter(INJECTIONS * 3)
    presences = tuple(dataclasses.replace(p, notes=next(texts)) for p in plan.presences)
    functions = tuple(
        dataclasses.replace(f, name=next(texts), category=next(texts), notes=next(texts))
        for f in plan.functions
    )
    plan = dataclasses.replace(
        plan,
        name="=1+1",
        country="@SUM(1)",
        description='=HYPERLINK("http://x","y")',
        presences=presences,
        functions=functions,
        milestones=tuple(
            dataclasses.replace(m, name=t)
            for m, t in zip(plan.milestones, INJECTIONS, strict=False)
        ),
    )
    book = tmp_path / "plan.xlsx"
    export(plan, book)
    for part, xml in sheet_xml(book).items():
        assert not re.search(r"<(\w+:)?f[\s>/]", xml), part
    wb = openpyxl.load_workbook(book)
    cell = wb["Functions"]["A2"]
    assert cell.data_type == "s" and cell.quotePrefix
    back = read_plan(book)
    assert comparable(back) == comparable(plan)


def test_control_characters_and_long_text_are_cleaned_with_warnings(tmp_path: Path) -> None:
    plan = small_plan()
    actors = list(plan.actors)
    actors[1] = dataclasses.replace(actors[1], notes="bell\x07 and\x00 null")
    presences = list(plan.presences)
    presences[0] = dataclasses.replace(presences[0], mandate="x" * 40_000)
    plan = dataclasses.replace(plan, actors=tuple(actors), presences=tuple(presences))
    book = tmp_path / "plan.xlsx"
    warnings = export(plan, book)
    assert "Actors!E3: control characters removed" in warnings
    assert any(
        w.startswith("Presences!H2: text of 40,000 characters cut to 32,767") for w in warnings
    )
    back = read_plan(book)
    assert back.actors[1].notes == "bell and null"
    assert back.presences[0].mandate == "x" * 32_767


def test_export_replaces_atomically(tmp_path: Path) -> None:
    book = tmp_path / "plan.xlsx"
    book.write_bytes(b"old content")
    export(small_plan(), book)
    assert read_plan(book).name == "Kandora test"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"], "no temporary file left"
    missing = tmp_path / "no such folder" / "plan.xlsx"
    with pytest.raises(OSError):
        export(small_plan(), missing)
    assert not missing.parent.exists()


def test_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    book = tmp_path / "plan.xlsx"
    export(small_plan(), book)
    before = book.read_bytes()
    bad = dataclasses.replace(small_plan(), horizon_start=datetime(2015, 1, 1, tzinfo=UTC))
    with pytest.raises(TypeError):
        export(bad, book)  # timezone-aware datetimes cannot go into a workbook
    assert book.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


def test_empty_plan_exports_and_reads_back(tmp_path: Path) -> None:
    plan = Plan(name="Empty", horizon_start=date(2020, 1, 1), horizon_end=date(2020, 12, 31))
    book = tmp_path / "empty.xlsx"
    assert export(plan, book) == []
    wb = openpyxl.load_workbook(book)
    assert next(iter(wb["Presences"].tables.values())).ref == "A1:J2"
    assert comparable(read_plan(book)) == comparable(plan)
