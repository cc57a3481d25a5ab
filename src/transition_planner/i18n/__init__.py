"""Translation and the formats of dates and numbers, for every layer (SPEC §6).

One catalogue serves the whole application: Qt Linguist's `transition_planner_<lang>.ts`,
compiled to `.qm`. The window translates its own words with `self.tr(…)` through Qt; every other
layer — the analysis sentences, undo labels, the workbook, the charts, the brief, the command line —
calls `translate(context, source, disambiguation, n)` from here, which `pyside6-lupdate` extracts
into the same catalogue and which reads the same compiled `.qm` (`i18n.qm`), without Qt.

Sources are English sentences with named placeholders (`"{function} is uncovered"`), formatted
after translation, so that a translation may order them as its language needs; `%n` is the count
of a plural (Qt's numerus forms; French counts 0 and 1 as singular).

The language is chosen once per process, at its edge (`set_language` — the window at start, the
command line from `--language`); `use_language` switches it for one piece of work (a French
workbook exported from an English window). Nothing here imports Qt.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

from .formats import (
    format_day,
    format_month,
    format_number,
    format_percent,
    format_score,
    format_usd,
    month_names,
)
from .qm import Catalogue, CatalogueError, parse_qm

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "Catalogue",
    "CatalogueError",
    "all_translations",
    "catalogue_path",
    "format_day",
    "format_month",
    "format_number",
    "format_percent",
    "format_score",
    "format_usd",
    "language",
    "month_names",
    "set_language",
    "translate",
    "use_language",
]

#: The languages of the application (the Secretariat's working languages), English first.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}

_state: dict[str, str] = {"language": "en"}
#: A language chosen for one piece of work on one thread (`use_language`): a French brief
#: written in the background does not turn the window's sentences French meanwhile.
_local = threading.local()
_catalogues: dict[str, Catalogue] = {}
_PLURAL_SUFFIX = re.compile(r"\(s\)")


def language() -> str:
    """The language of this thread's work ("en" or "fr"): the process's, unless `use_language`
    chose another for a block on this thread."""
    return getattr(_local, "language", None) or _state["language"]


def normalise_language(code: str | None) -> str:
    """'fr_FR.UTF-8', 'fr-CA', 'French' → 'fr'; anything unknown → 'en'."""
    if not code:
        return "en"
    key = code.strip().lower()
    if key.startswith(("fr", "fran")):
        return "fr"
    return "en"


def catalogue_path(lang: str) -> resources.abc.Traversable:
    """Where the compiled catalogue of `lang` ships inside the package."""
    return (
        resources.files("transition_planner")
        / "resources"
        / "translations"
        / (f"transition_planner_{lang}.qm")
    )


def _load(lang: str) -> Catalogue:
    catalogue = _catalogues.get(lang)
    if catalogue is None:
        path = catalogue_path(lang)
        try:
            data = path.read_bytes()
        except OSError:
            catalogue = Catalogue(language=lang)  # English needs none: its sources are English
        else:
            catalogue = parse_qm(data)
        _catalogues[lang] = catalogue
    return catalogue


def set_language(code: str | None) -> str:
    """Make `code` ("en", "fr", or a locale name) the language of this process; returns it.

    Raises `LookupError` when French is asked for but its catalogue is not in this build.
    """
    lang = _available(code)
    _state["language"] = lang
    return lang


def _available(code: str | None) -> str:
    """`code` as one of LANGUAGES; LookupError when its catalogue is not in this build."""
    lang = normalise_language(code)
    if lang != "en" and not _load(lang).messages:
        raise LookupError(f"the {LANGUAGES[lang]} translation is not in this build")
    return lang


@contextmanager
def use_language(code: str | None) -> Iterator[str]:
    """Translate into `code` inside the block, on this thread only, then back to the language
    before (other threads keep the process's language meanwhile)."""
    lang = _available(code)
    before = getattr(_local, "language", None)
    _local.language = lang
    try:
        yield lang
    finally:
        _local.language = before


def _plural_index(lang: str, n: int) -> int:
    if lang == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the language of the process (as Qt's `QCoreApplication.translate`).

    With `n` ≥ 0 the plural form for `n` is chosen and `%n` is replaced by `n` written in the
    language's format. Untranslated text falls back to the English source (whose plurals are
    written "(s)" and resolved here, as an English catalogue's numerus forms would).
    """
    lang = language()
    found = _load(lang).lookup(context, source, disambiguation or "") if lang != "en" else None
    if found is None and lang == "en":
        found = _load("en").lookup(context, source, disambiguation or "")
    if found:
        text = found[min(_plural_index(lang, n), len(found) - 1)] if n >= 0 else found[0]
    elif n >= 0:
        text = _PLURAL_SUFFIX.sub("" if n == 1 else "s", source)
    else:
        text = source
    if n >= 0:
        text = text.replace("%Ln", format_number(n)).replace("%n", format_number(n))
    return text


def all_translations(context: str, source: str) -> list[str]:
    """`source` and its translation in every language whose catalogue this build has (for input
    that may come in any language: a French workbook's headers and values)."""
    out = [source]
    for lang in LANGUAGES:
        if lang == "en":
            continue
        found = _load(lang).lookup(context, source)
        if found:
            out.extend(text for text in found if text and text not in out)
    return out


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation under `context` without translating it now."""
    return source
