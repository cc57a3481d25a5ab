"""Translation in the window: Qt Linguist catalogues, and English plurals without a catalogue.

Messages are `self.tr("…")` or `QCoreApplication.translate("Context", "…")` called literally, so
that `pyside6-lupdate` files them under their context; plurals are `self.tr("%n row(s)", "", n)`.
`QT_TRANSLATE_NOOP` marks a message that is translated where it is shown (declarations).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Where compiled translations (.qm) are looked for: shipped with the package, then the source
#: tree's resources/translations (where pyside6-lupdate writes the .ts files).
TRANSLATIONS = (
    Path(__file__).resolve().parents[1] / "resources" / "translations",
    Path(__file__).resolve().parents[3] / "resources" / "translations",
)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; translate it where it is shown."""
    return source


class EnglishPlurals(QTranslator):
    """The English numerus forms of `%n … (s)` messages: "1 problem", "3 problems".

    Installed when no catalogue of ours is loaded for the language (English is the source
    language: there is no English catalogue), so that no "(s)" ever reaches the screen."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n < 0 or "(s)" not in source_text:
            return None  # not ours: another catalogue's, or the source text
        return english_plural(source_text, n)

    def isEmpty(self) -> bool:
        return False


def english_plural(text: str, n: int) -> str:
    """`text` with "(s)" made singular for 1 and plural otherwise (English rule)."""
    return text.replace("(s)", "" if n == 1 else "s")


_installed: list[QTranslator] = []


def install_translations(language: str = "") -> list[QTranslator]:
    """Qt's own and our translations for the language (default: the system's), and the same
    language for the words made below the window (`i18n.set_language`: finding sentences, undo
    labels, charts). Replaces what an earlier call installed.

    English plurals are installed first, so they answer last: a catalogue of ours answers a
    plural it has (French), and an English `%n … (s)` message it leaves unanswered still reads
    "1 day" / "3 days", never "day(s)"."""
    from .. import i18n

    app = QCoreApplication.instance()
    if app is None:
        return []
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language) if language else QLocale.system()
    code = language_code(locale)
    i18n.set_language(code)
    # numbers and dates that Qt formats (spin boxes, QLocale.toString) in the same language
    # (a language we do not have falls back to English, with English numbers)
    same = locale.name().split("_")[0].lower() == code
    QLocale.setDefault(locale if same else QLocale("en_GB"))
    installed = _installed
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    installed.append(plurals)
    if code == "en":
        return installed  # English is the source language: no catalogue, no Qt translation
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    for folder in TRANSLATIONS:
        ours = QTranslator(app)
        if folder.is_dir() and ours.load(locale, "transition_planner", "_", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
            break
    return installed


def language_code(locale: QLocale) -> str:
    """The application's language for a locale: one of `i18n.LANGUAGES`, English otherwise."""
    from .. import i18n

    return i18n.normalise_language(locale.name())
