"""Preferences → Language, and the language chosen at start reaching every layer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from transition_planner import i18n
from transition_planner.ui.dialogs import user_guide_path
from transition_planner.ui.preferences import PreferencesDialog
from transition_planner.ui.settings import CONFIRM_DELETE_PLAN, LANGUAGE, RECENT_LIMIT, Settings
from transition_planner.ui.translation import install_translations


@pytest.fixture
def back_to_english(qapp: Any) -> Iterator[None]:
    yield
    install_translations("en")


def test_language_is_stored_for_the_next_start_and_says_so(qtbot: Any, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's language by default
    assert not dialog.restart_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.restart_note.isVisibleTo(dialog)
    dialog.recent_limit.setValue(3)
    dialog.confirm_delete.setChecked(False)
    dialog.accept()
    again = Settings(tmp_path / "s.ini")
    assert again.get(LANGUAGE) == "fr"
    assert again.get(RECENT_LIMIT) == 3
    assert again.get(CONFIRM_DELETE_PLAN) is False


def test_cancel_changes_nothing(qtbot: Any, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.reject()
    assert Settings(tmp_path / "s.ini").get(LANGUAGE) == ""


def test_french_at_start_reaches_the_window_and_the_layers_below(
    qapp: Any, back_to_english: None
) -> None:
    install_translations("fr")
    assert i18n.language() == "fr"
    assert QCoreApplication.translate("Actions", "&File") != "&File"
    install_translations("en")
    assert i18n.language() == "en"
    assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_english_plurals_never_show_the_parenthesis(qapp: Any) -> None:
    install_translations("en")
    one = QCoreApplication.translate("GapsPanel", "%n finding(s)", "", 1)
    many = QCoreApplication.translate("GapsPanel", "%n finding(s)", "", 3)
    assert (one, many) == ("1 finding", "3 findings")


def test_the_user_guide_follows_the_language() -> None:
    english = user_guide_path("en")
    assert english is not None and english.name == "USER_GUIDE.md"
    french = user_guide_path("fr")
    assert french is not None and french.name == "USER_GUIDE.fr.md"
    assert "Nations Unies" in french.read_text(encoding="utf-8")


def test_preferences_is_an_action_of_the_window(window: Any) -> None:
    action = window.action("preferences")
    assert action.shortcut().toString() == "Ctrl+,"
    assert action.isEnabled()


def test_choices_are_shown_and_taken_in_the_language_of_the_window(back_to_english: None) -> None:
    from transition_planner.domain.enums import PresenceKind
    from transition_planner.ui.cell_values import InputError, parse_cell, shown_text
    from transition_planner.ui.table_specs import PRESENCES

    kind = next(c for c in PRESENCES.columns if c.enum is PresenceKind)
    install_translations("fr")
    assert shown_text(kind, PresenceKind.PKO, {}) == "OMP"
    assert parse_cell(kind, "OMP", None) is PresenceKind.PKO
    assert parse_cell(kind, "PKO", None) is PresenceKind.PKO  # English still understood
    with pytest.raises(InputError, match="OMP"):
        parse_cell(kind, "Bataillon", None)  # the choices named in French
    install_translations("en")
    assert shown_text(kind, PresenceKind.PKO, {}) == "PKO"
