"""Preferences: what a planner chooses once (language, confirmations, recent workspaces).

Each field edits one `prefs/` setting; nothing is written until OK. The language takes effect
the next time the application starts (its words are chosen once, at start, for every layer)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from .settings import (
    BACKGROUND_ANALYSIS_ABOVE,
    CONFIRM_DELETE_PLAN,
    LANGUAGE,
    RECENT_LIMIT,
    SHOW_WELCOME,
    Settings,
)


class PreferencesDialog(QDialog):
    """Edit the planner's preferences; `apply()` stores them (OK does)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.started_language = settings.get(LANGUAGE)

        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(self.started_language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.restart_note = QLabel(
            self.tr("The new language is used the next time Transition Planner starts."), self
        )
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)

        self.confirm_delete = QCheckBox(self.tr("Ask before deleting a plan"), self)
        self.confirm_delete.setChecked(settings.get(CONFIRM_DELETE_PLAN))
        self.show_welcome = QCheckBox(self.tr("Show the welcome banner for example plans"), self)
        self.show_welcome.setChecked(settings.get(SHOW_WELCOME))
        self.recent_limit = QSpinBox(self)
        self.recent_limit.setRange(0, 30)
        self.recent_limit.setValue(settings.get(RECENT_LIMIT))
        self.recent_limit.setAccessibleName(self.tr("Recent workspaces remembered"))
        self.background_above = QSpinBox(self)
        self.background_above.setRange(0, 1_000_000)
        self.background_above.setSingleStep(500)
        self.background_above.setGroupSeparatorShown(True)
        self.background_above.setValue(settings.get(BACKGROUND_ANALYSIS_ABOVE))
        self.background_above.setAccessibleName(
            self.tr("Analyse in the background above this many assignments")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow("", self.confirm_delete)
        form.addRow("", self.show_welcome)
        form.addRow(self.tr("&Recent workspaces remembered:"), self.recent_limit)
        form.addRow(
            self.tr("Analyse in the &background above (assignments):"), self.background_above
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.accepted.connect(self.apply)

    def _language_changed(self) -> None:
        self.restart_note.setVisible(self.language.currentData() != self.started_language)

    def apply(self) -> None:
        """Store the choices (the language for the next start)."""
        self.settings.set(LANGUAGE, str(self.language.currentData()))
        self.settings.set(CONFIRM_DELETE_PLAN, self.confirm_delete.isChecked())
        self.settings.set(SHOW_WELCOME, self.show_welcome.isChecked())
        self.settings.set(RECENT_LIMIT, self.recent_limit.value())
        self.settings.set(BACKGROUND_ANALYSIS_ABOVE, self.background_above.value())

    @property
    def language_changed(self) -> bool:
        return str(self.language.currentData()) != self.started_language


def show_preferences(settings: Settings, parent: QWidget | None = None) -> bool:
    """Show the preferences; True when the planner chose another language (restart needed)."""
    dialog = PreferencesDialog(settings, parent)
    changed = bool(dialog.exec()) and dialog.language_changed
    dialog.deleteLater()
    return changed
