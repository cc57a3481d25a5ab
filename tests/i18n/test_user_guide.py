"""The French user guide: the English guide's structure, commands and shortcuts, in the words
the application shows in French (the catalogue's), with French typography."""

from __future__ import annotations

import re

import pytest

from transition_planner.domain import enums
from transition_planner.domain.findings import RULE_LABELS
from transition_planner.i18n import translate, use_language
from transition_planner.workbook.layout import DATA_SHEETS, SUMMARY, SUMMARY_KEYS

from .conftest import ROOT

RESOURCES = ROOT / "src" / "transition_planner" / "resources"
ENGLISH = (RESOURCES / "USER_GUIDE.md").read_text(encoding="utf-8")
FRENCH = (RESOURCES / "USER_GUIDE.fr.md").read_text(encoding="utf-8")

CODE = re.compile(r"`([^`]+)`")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift|Cmd)\+[\w+]+|\bF\d{1,2}\b")
#: The enumerations whose values the workbook's drop-down lists offer.
LISTED = (
    enums.PresenceKind,
    enums.LeadDepartment,
    enums.ActorType,
    enums.Priority,
    enums.FundingStatus,
    enums.Readiness,
    enums.MilestoneKind,
    enums.HandoverKind,
    enums.HandoverStatus,
    enums.FundingKind,
    enums.FundingLineStatus,
)


def _words(text: str) -> str:
    return " ".join(text.split())


def _code_spans(text: str) -> set[str]:
    return {_words(span) for span in CODE.findall(text)}


def _headings(text: str) -> list[str]:
    return [line.split(" ")[0] for line in text.splitlines() if line.startswith("#")]


def _tables(text: str) -> list[list[int]]:
    """Each table as the number of cells of its rows."""
    tables: list[list[int]] = []
    rows: list[int] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            rows.append(line.count("|") - 1)
        elif rows:
            tables.append(rows)
            rows = []
    return tables


def _row(first_cell: str) -> str:
    rows = [line for line in FRENCH.splitlines() if line.startswith(f"| {first_cell} |")]
    assert len(rows) == 1, first_cell
    return rows[0]


def test_same_sections_and_tables() -> None:
    assert _headings(FRENCH) == _headings(ENGLISH)
    assert _tables(FRENCH) == _tables(ENGLISH)


def test_every_command_option_and_sheet_name_kept() -> None:
    """What the English guide shows in code (command lines, options, paths, English sheet names
    and values, messages) is in the French guide as it is."""
    missing = sorted(_code_spans(ENGLISH) - _code_spans(FRENCH))
    assert missing == []
    assert "transition-planner export PLAN BOOK.xlsx --language fr" in _code_spans(FRENCH)


def test_same_shortcuts() -> None:
    assert sorted(SHORTCUT.findall(FRENCH)) == sorted(SHORTCUT.findall(ENGLISH))


@pytest.mark.parametrize("rule", sorted(RULE_LABELS))
def test_each_rule_named_as_the_window_names_it(rule: str) -> None:
    with use_language("fr"):
        label = translate("Rule", RULE_LABELS[rule])
    assert label != RULE_LABELS[rule], "the catalogue has no French name for the rule"
    assert _row(f"`{rule}` ({label})")


@pytest.mark.parametrize("enum", LISTED, ids=lambda e: e.__name__)
def test_each_listed_value_in_both_languages(enum: type[enums.PlanEnum]) -> None:
    with use_language("fr"):
        pairs = [f"`{m.value}` (`{enums.enum_label(m)}`" for m in enum]
    missing = [pair for pair in pairs if pair not in FRENCH]
    assert missing == []


def test_each_sheet_and_column_as_a_french_workbook_names_it() -> None:
    with use_language("fr"):
        sheets = {s.title: (translate("Workbook", s.title), s) for s in DATA_SHEETS}
        summary = translate("Workbook", SUMMARY)
        keys = [(translate("Workbook", k.key), k.required) for k in SUMMARY_KEYS]
        headers = {
            title: [(translate("Field", c.header), c.required) for c in sheet.columns]
            for title, (_, sheet) in sheets.items()
        }
    wrong = []
    for title, (french, _) in sheets.items():
        row = _row(f"`{title}` ({french})")
        for header, required in headers[title]:
            if (f"**{header}**" if required else header) not in row:
                wrong.append(f"{title}: {header}")
    row = _row(f"`{SUMMARY}` ({summary})")
    for key, required in keys:
        if (f"**{key}**" if required else key) not in row:
            wrong.append(f"{SUMMARY}: {key}")
    assert wrong == []


def test_french_typography() -> None:
    """A no-break space before : ; ? ! and inside « » (outside code), as the catalogue writes."""
    prose = CODE.sub("", FRENCH)
    loose = [
        line.strip()
        for line in prose.splitlines()
        if re.search(r" [:;?!]|« | »", line.replace("|---|", ""))
    ]
    assert loose == []
    assert "1er janvier 2019" in FRENCH and "30 septembre 2023" in FRENCH


def test_english_guide_points_to_the_french_one() -> None:
    assert "USER_GUIDE.fr.md" in ENGLISH.split("\n## ")[0]
