"""The French accelerators (the underlined letter of "&Fichier"): none missing where English has
one, none used twice where Alt+letter would be ambiguous — within one menu, or across what the
window shows at once (the menu bar, the view tabs, the plan settings' labels, the dashboard's
check box), where Qt fires neither of two equal mnemonics."""

from __future__ import annotations

import re
from collections import defaultdict
from types import ModuleType

import pytest

from transition_planner.ui.action_table import ACTIONS, MENUS

from .conftest import read_ts

ACCELERATOR = re.compile(r"(?<!&)&([^&\s])")
#: Messages with an accelerator that live in a menu of the table without being one of its actions.
MENU_EXTRAS = {"file": [("MainWindow", "&Recent workspaces")]}
#: Contexts whose accelerators are active in the main window at the same time as the menu bar.
WINDOW_CONTEXTS = ("ViewTabs", "PlanSettingsForm", "DashboardView")


@pytest.fixture(scope="module")
def french(pipeline: ModuleType) -> dict[tuple[str, str], str]:
    return {(m.context, m.source): m.forms[0] for m in read_ts(pipeline.ts_path("fr"))}


def letter(text: str) -> str:
    found = ACCELERATOR.search(text)
    return found.group(1).casefold() if found else ""


def clashes(texts: list[str]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        by_letter[letter(text)].append(text)
    return [f"&{k}: {v}" for k, v in sorted(by_letter.items()) if k and len(v) > 1]


def test_each_menu_has_distinct_accelerators(french: dict[tuple[str, str], str]) -> None:
    wrong = []
    for key, _title in MENUS:
        sources = [("Actions", a.text) for a in ACTIONS if a.menu == key] + MENU_EXTRAS.get(key, [])
        texts = [french[s] for s in sources]
        wrong += [f"{key} menu: {c}" for c in clashes(texts)]
        wrong += [
            f"{key} menu: {t!r} has no accelerator ({s[1]!r} has one)"
            for s, t in zip(sources, texts, strict=True)
            if letter(s[1]) and not letter(t)
        ]
    assert wrong == []


def test_window_wide_accelerators_are_distinct(french: dict[tuple[str, str], str]) -> None:
    texts = [french[("Actions", title)] for _key, title in MENUS]
    texts += [t for (context, _s), t in french.items() if context in WINDOW_CONTEXTS and letter(t)]
    assert len(texts) >= 4 + 3 + 7 + 1
    assert clashes(texts) == []
