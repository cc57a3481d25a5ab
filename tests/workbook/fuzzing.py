"""Random workbooks for the import fuzz test (tests/workbook/test_fuzz.py, bench/fuzz_workbook.py).

Workbooks are made with openpyxl from a hypothesis recipe: real and random sheet names, real and
random headers, and cells of every kind — wrong types, formulas, error values, control
characters, huge strings, dates far out of range, numbers where text is expected.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import strategies as st

from transition_planner.workbook import WorkbookError, read_plan
from transition_planner.workbook.layout import DATA_SHEETS, SUMMARY_KEYS

SHEETS = ["Summary"] + [s.title for s in DATA_SHEETS]
HEADERS = sorted({h for s in DATA_SHEETS for h in s.headers})
ENUM_WORDS = [
    "PKO", "spm", "UNCT", "Mission", "un agency", "Critical", "low", "Secured", "Unfunded",
    "Election", "Handover", "Other", "DPO", "RC/UNCT", "peacekeeping operation",
]  # fmt: skip
NAMES = ["Police", "UNDP", "MINUSKA", "police ", "Human rights", "UNPOL"]

text = st.one_of(
    st.sampled_from(ENUM_WORDS + NAMES + ["", " ", "2020-01-01", "2020-02-30", "1e308"]),
    st.text(max_size=30),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=5),
    st.builds(lambda n: "x" * n, st.integers(32_000, 33_000)),
    st.sampled_from(['=HYPERLINK("http://x","y")', "=1+1", "+1", "@SUM(1)", "\t=1", "=A1/0"]),
)
value = st.one_of(
    st.none(),
    text,
    st.integers(-(10**18), 10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.times(),
    st.timedeltas(min_value=timedelta(days=-5), max_value=timedelta(days=5)),
)
header = st.one_of(st.sampled_from(HEADERS), st.sampled_from([h.upper() for h in HEADERS]), text)
sheet_name = st.one_of(
    st.sampled_from(SHEETS),
    st.sampled_from(["summary", "PRESENCES", "Timeline", "Gaps", "Lists"]),
    st.text(alphabet="abcXYZ 12", min_size=1, max_size=12),
)


@st.composite
def sheet(draw: st.DrawFn) -> dict[str, Any]:
    name = draw(sheet_name)
    if draw(st.booleans()) and name in SHEETS[1:]:
        spec = next(s for s in DATA_SHEETS if s.title == name)
        heads: list[object] = list(draw(st.permutations(spec.headers)))
        if draw(st.booleans()):
            heads[draw(st.integers(0, len(heads) - 1))] = draw(header)
    elif name == "Summary":
        heads = []
    else:
        heads = draw(st.lists(header, max_size=6))
    rows = draw(st.lists(st.lists(value, max_size=10), max_size=6))
    if name == "Summary":
        keys = [k.key for k in SUMMARY_KEYS]
        rows = [
            [keys[i % len(keys)], *r[:1]] if draw(st.booleans()) else r for i, r in enumerate(rows)
        ]
    return {"name": name, "headers": heads, "rows": rows}


workbooks = st.lists(sheet(), min_size=0, max_size=7)


def write(recipe: list[dict[str, Any]], path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for spec in recipe:
        title = re.sub(r"[\\/*?:\[\]]", "_", spec["name"])[:31] or "Sheet"
        if title.casefold() in used:
            continue
        used.add(title.casefold())
        ws = wb.create_sheet(title)
        for i, h in enumerate(spec["headers"], start=1):
            put(ws, 1, i, h)
        for r, row in enumerate(spec["rows"], start=2):
            for c, v in enumerate(row, start=1):
                put(ws, r, c, v)
    if not wb.sheetnames:
        wb.create_sheet("Empty")
    wb.save(path)


def put(ws: Any, row: int, column: int, v: object) -> None:
    cell = ws.cell(row, column)
    try:
        cell.value = v
    except Exception:  # what openpyxl itself refuses to write (control characters …)
        cell.value = repr(v).replace("\\", "/")


def check(path: Path) -> str:
    """Import the workbook; 'ok' or 'problems'. Anything but WorkbookError propagates."""
    try:
        read_plan(path)
    except WorkbookError as exc:
        assert exc.problems
        for p in exc.problems:
            assert p.sheet, p
            assert p.message, p
            if p.cell is not None:
                assert re.fullmatch(r"[A-Z]{1,3}[1-9]\d*", p.cell), p
        return "problems"
    return "ok"
