"""Workbooks in English or French (SPEC §5–6): written in either, read back from either."""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from transition_planner.domain.analysis import analyse
from transition_planner.domain.enums import (
    SYNONYMS,
    PresenceKind,
    enum_label,
    parse_enum,
    parse_enum_any_language,
)
from transition_planner.domain.model import Plan
from transition_planner.i18n import use_language
from transition_planner.workbook import WorkbookError, export_plan, read_plan, review_import
from transition_planner.workbook.examples import example_plans
from transition_planner.workbook.layout import (
    DATA_SHEETS,
    DERIVED_SHEETS,
    SUMMARY,
    SUMMARY_KEYS,
    column_header,
    column_headers,
    norm,
    sheet_title,
)
from transition_planner.workbook.timeline_sheet import choose_layout

from .plans import comparable, small_plan

ENUMS = sorted({c.enum for s in DATA_SHEETS for c in s.columns if c.enum}, key=str)
FRENCH_SHEETS = [
    "Synthèse", "Chronologie", "Présences", "Acteurs", "Fonctions", "Affectations", "Jalons",
    "Passations", "Financement", "Lacunes", "Listes",
]  # fmt: skip


def export(plan: Plan, path: Path, language: str) -> None:
    warnings = export_plan(
        plan,
        analyse(plan, as_of=date(2026, 12, 1)),
        path,
        app_version="1",
        exported_at=datetime(2026, 12, 1, 9, 30).astimezone(),
        language=language,
    )
    assert warnings == []


def findings(plan: Plan) -> list[tuple[object, ...]]:
    return [
        (f.rule, f.severity, f.function, f.start, f.end, sorted(f.extras.items()))
        for f in analyse(plan, as_of=date(2026, 12, 1)).findings
    ]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_french_values_are_unambiguous_drop_down_entries(enum: type) -> None:
    with use_language("fr"):
        labels = [enum_label(m) for m in enum]
    assert len({norm(label) for label in labels}) == len(labels)
    for member, label in zip(enum, labels, strict=True):
        assert label != member.value or label in ("Mission", "Site", "Programme", "DPPA")
        # an inline drop-down list: no commas or quotes, at most 255 characters in all
        assert "," not in label and '"' not in label
        assert parse_enum_any_language(enum, label) is member
        assert parse_enum_any_language(enum, label.upper()) is member
        # no French value reads as another member in English
        with contextlib.suppress(ValueError):
            assert parse_enum(enum, label) is member
    assert len(",".join(labels)) + 2 <= 255
    synonyms = SYNONYMS.get(enum, {})
    for member, label in zip(enum, labels, strict=True):
        assert synonyms.get(norm(label), member.value) == member.value, label


def test_french_names_of_sheets_headers_and_keys() -> None:
    with use_language("fr"):
        titles = [
            sheet_title(t) for t in [SUMMARY, *DERIVED_SHEETS, *(s.title for s in DATA_SHEETS)]
        ]
        assert all(len(t) <= 31 and not set(t) & set("[]:*?/\\") for t in titles)
        assert len(set(titles)) == len(titles)
        keys = [norm(k) for spec in SUMMARY_KEYS for k in [sheet_title(spec.key)]]
        assert len(set(keys)) == len(keys)
        for sheet in DATA_SHEETS:
            headers = [norm(column_header(c)) for c in sheet.columns]
            assert len(set(headers)) == len(headers), sheet.title
    for sheet in DATA_SHEETS:
        # a header in either language names one column only
        seen: dict[str, str] = {}
        for col in sheet.columns:
            for header in column_headers(col):
                assert seen.setdefault(norm(header), col.field) == col.field, (sheet.title, header)


def test_french_workbook(tmp_path: Path) -> None:
    plan = next(p for p in example_plans() if p.name == "Haiti")
    book = tmp_path / "haiti-fr.xlsx"
    export(plan, book, "fr")
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == FRENCH_SHEETS
    summary = wb["Synthèse"]
    values = {summary.cell(r, 1).value: summary.cell(r, 2).value for r in range(1, 40)}
    assert values["Plan"] == "Haiti" and values["Pays"] == "Haiti"
    assert values["Début de l'horizon"] == datetime(2016, 1, 1)  # a real date
    assert values["Chevauchement minimal (jours)"] == 90
    assert values["Indice de continuité"] == analyse(plan).continuity_score
    assert values["Critique"] == 2
    top = [
        summary.cell(r, 2).value
        for r in range(1, 40)
        if summary.cell(r, 1).value == ("Critique · Chute de capacité")
    ]
    assert top[0] == (
        "Police development\u00a0: la capacité chute de 1\u00a0000 à 295 (moins de 50\u00a0%) le"
        " 16 oct. 2017"
    )
    assert values["Exporté le"].startswith("1er déc. 2026 à 09:30")
    presences = wb["Présences"]
    assert [c.value for c in presences[1]] == [
        "Nom", "Type", "Début", "Fin", "Début du retrait", "Département chef de file",
        "Financement", "Mandat", "Notes", "ID",
    ]  # fmt: skip
    rows = {r[0].value: r for r in presences.iter_rows(min_row=2)}
    assert rows["MINUSTAH"][1].value == "OMP" and rows["BINUH"][1].value == "MPS"
    assert rows["UN country team"][1].value == "Hors mission"
    assert rows["BINUH"][5].value == "DPPA" and rows["MINUSTAH"][5].value == "DOP"
    assert rows["UN country team"][5].value == "CR/équipe de pays"
    assert rows["MINUSTAH"][2].value == datetime(2004, 6, 1)
    drops = {str(dv.sqref).split(":")[0]: dv for dv in presences.data_validations.dataValidation}
    assert drops["B2"].formula1 == '"OMP,MPS,Hors mission,Bureau régional,Mission partenaire"'
    assert drops["F2"].formula1 == '"DOP,DPPA,CR/équipe de pays,Autre"'
    assert "Type" in drops["B2"].error
    actors = wb["Acteurs"]
    refs = [dv.formula1 for dv in actors.data_validations.dataValidation]
    assert "Listes!$C$2:$C$7" in refs
    funding = wb["Financement"]
    assert funding["B1"].value == "Type" and funding["B2"].value == "Contributions statutaires"
    assert funding["F2"].number_format == "#,##0"
    gaps = wb["Lacunes"]
    assert [c.value for c in gaps[1]][:7] == [
        "Règle", "Gravité", "Fonction", "Début", "Fin", "Jours", "Constat"
    ]  # fmt: skip
    assert gaps["A2"].value == "Chute de capacité" and gaps["B2"].value == "Critique"
    lead = next(r for r in gaps.iter_rows(min_row=2) if r[0].value == "Changement de chef de file")
    assert lead[6].value == (
        "Chef de file au Siège\u00a0: DOP (MINUJUSTH), puis DPPA (BINUH), sans chevauchement"
    )
    timeline = wb["Chronologie"]
    assert timeline["A1"].value == "Chronologie — Haiti"
    assert [c.value for c in timeline[3]][2:6] == ["T1", "T2", "T3", "T4"]


def test_department_names_of_the_day_in_french() -> None:
    """Before 2019 the departments were DPKO and DPA: DOMP and DAP in French."""
    plan = small_plan()
    pko, spm = plan.presences
    plan = dataclasses.replace(
        plan,
        presences=(
            dataclasses.replace(pko, end=date(2018, 6, 30), drawdown_start=None),
            dataclasses.replace(spm, start=date(2018, 7, 1), lead_department=None),
        ),
    )
    lead = next(f for f in analyse(plan).findings if f.rule == "lead_change")
    assert lead.start < date(2019, 1, 1)
    assert lead.extras["from_lead"] == "DPKO" and lead.extras["to_lead"] == "DPA"
    with use_language("fr"):
        assert "DOMP" in lead.detail and "DAP" in lead.detail


@pytest.mark.parametrize("plan", [small_plan(), *example_plans()], ids=lambda p: p.name)
def test_a_french_workbook_imports_back_the_same(plan: Plan, tmp_path: Path) -> None:
    english, french = tmp_path / "en.xlsx", tmp_path / "fr.xlsx"
    export(plan, english, "en")
    export(plan, french, "fr")
    from_en, from_fr = read_plan(english), read_plan(french)
    assert comparable(from_fr) == comparable(from_en) == comparable(plan)
    assert findings(from_fr) == findings(from_en) == findings(plan)
    review = review_import(plan, french)
    assert review.change.is_empty(), review.lines


def test_french_workbook_edited_in_either_language(tmp_path: Path) -> None:
    """A colleague may type English values into a French workbook, or a French value into an
    English one; problems name the sheet as the workbook does."""
    plan = small_plan()
    book = tmp_path / "fr.xlsx"
    export(plan, book, "fr")
    wb = openpyxl.load_workbook(book)
    presences = wb["Présences"]
    presences["B2"] = "PKO"  # English in a French workbook
    presences["B3"] = "mps"  # French, any case
    wb.save(book)
    back = read_plan(book)
    assert [p.kind for p in back.presences[:2]] == [PresenceKind.PKO, PresenceKind.SPM]
    presences["C2"] = "pas une date"
    wb.save(book)
    with pytest.raises(WorkbookError) as raised:
        read_plan(book)
    assert [str(p) for p in raised.value.problems] == [
        "Présences!C2: bad date 'pas une date'; type a date or YYYY-MM-DD"
    ]


def test_timeline_periods_follow_the_page() -> None:
    """Months while they print one page wide at 70 % or more, else quarters, else years."""
    base = small_plan()

    def periods(start: date, end: date) -> int:
        plan = dataclasses.replace(base, horizon_start=start, horizon_end=end)
        layout = choose_layout(plan, ["Critical"])
        assert layout.scale >= 0.7 or layout.months_per_period == 12
        return layout.months_per_period

    assert periods(date(2024, 1, 1), date(2025, 12, 31)) == 1
    assert periods(date(2016, 1, 1), date(2026, 12, 31)) == 3  # Haiti's eleven years
    assert periods(date(2000, 1, 1), date(2049, 12, 31)) == 12
