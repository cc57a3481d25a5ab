#!/usr/bin/env python3
"""Build the translation catalogue: extract the messages of src/ into the .ts files, compile them.

    .venv/bin/python scripts/translations.py           # update the .ts files, then compile the .qm
    .venv/bin/python scripts/translations.py update    # only extract (pyside6-lupdate)
    .venv/bin/python scripts/translations.py release   # only compile (pyside6-lrelease)
    .venv/bin/python scripts/translations.py check     # exit 1: a .qm is not its .ts compiled

One catalogue per language, Qt Linguist's (`resources/translations/transition_planner_LANG.ts`):
the window's `self.tr(…)` and every other layer's `translate("Context", "…", None, n)` are
extracted by `pyside6-lupdate` into it. French holds every message; English holds only the
messages with a plural (`-pluralonly`), so that "%n day(s)" reads "1 day" / "2 days" in English
too. English plural forms are filled in here from the "(s)" of their source where nobody has
written them yet (a person may correct any of them in the .ts; what is there is kept).

The compiled `.qm` files go into the package (`src/transition_planner/resources/translations/`),
where `transition_planner.i18n.catalogue_path` and Qt's `QTranslator` look for them, where the
wheel's package data and the PyInstaller spec collect them. They are committed: a fresh clone,
an installed wheel and a bundle have them without compiling anything, and `tests/i18n` fails when
a committed `.qm` is not the compile of its `.ts` (run this script after editing a `.ts`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "transition_planner"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCES / "resources" / "translations"
PREFIX = "transition_planner"
#: language → Qt's name for it (the .ts file's `language` attribute)
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
#: Languages whose catalogue holds only the messages with a plural.
PLURAL_ONLY = {"en"}

_TOOL = "import sys; from PySide6.scripts.pyside_tool import {tool}; {tool}()"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"{PREFIX}_{lang}.ts"


def qm_path(lang: str, folder: Path = QM_DIR) -> Path:
    return folder / f"{PREFIX}_{lang}.qm"


def _python() -> str:
    """An interpreter that has PySide6: this one, else the project's .venv."""
    try:
        import PySide6  # noqa: F401
    except ImportError:
        venv = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        if venv.exists():
            return str(venv)
        sys.exit("PySide6 is not installed: run `python3 scripts/bootstrap.py test` first")
    return sys.executable


def _tool(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pyside6-lupdate / pyside6-lrelease (through the Python that has PySide6, so that it
    works the same on every system)."""
    cmd = [_python(), "-c", _TOOL.format(tool=tool), *args]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{tool} failed ({result.returncode}):\n{result.stderr}{result.stdout}")
    return result


def extract(ts: Path, lang: str, *, plural_only: bool = False) -> str:
    """Extract the messages of src/ into `ts` (created, or merged into what it holds); returns
    lupdate's report."""
    args = [
        "-extensions",
        "py",
        "-no-obsolete",
        "-locations",
        "absolute",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGES[lang],
    ]
    if plural_only:
        args.append("-pluralonly")
    result = _tool("lupdate", *args, str(SOURCES), "-ts", str(ts))
    return result.stdout.strip()


def english_plural(source: str, n_is_one: bool) -> str:
    """'%n day(s)' → '%n day' / '%n days'."""
    return re.sub(r"\(s\)", "" if n_is_one else "s", source)


def fill_english_plurals(ts: Path) -> int:
    """Write the English forms of the plural messages nobody has written yet; returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        if translation.get("type") != "unfinished" or any((f.text or "").strip() for f in forms):
            continue
        for form in forms:
            translation.remove(form)
        for one in (True, False):
            form = ET.SubElement(translation, "numerusform")
            form.text = english_plural(source, one)
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        print(f"{ts.relative_to(ROOT)}: {extract(ts, lang, plural_only=lang in PLURAL_ONLY)}")
        if lang == "en":
            filled = fill_english_plurals(ts)
            if filled:
                # lupdate writes the file back in its own layout
                extract(ts, lang, plural_only=True)
                print(f"  {filled} English plural(s) written from their '(s)'")


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile one catalogue; unfinished translations are left out (the source text shows)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    _tool("lrelease", "-silent", "-nounfinished", str(ts), "-qm", str(qm))


def release(folder: Path = QM_DIR) -> list[Path]:
    made = []
    for lang in LANGUAGES:
        qm = qm_path(lang, folder)
        compile_ts(ts_path(lang), qm)
        made.append(qm)
    return made


def stale() -> list[str]:
    """The committed .qm files that are not the compile of their .ts (missing ones included)."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for fresh in release(Path(tmp)):
            shipped = QM_DIR / fresh.name
            if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
                out.append(str(shipped.relative_to(ROOT)))
    return out


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "all"
    if what not in ("all", "update", "release", "check"):
        print(__doc__)
        return 2
    if what in ("all", "update"):
        update()
    if what in ("all", "release"):
        for qm in release():
            print(f"{qm.relative_to(ROOT)}: {qm.stat().st_size:,} bytes")
    if what == "check":
        found = stale()
        for path in found:
            print(f"{path} is not the compile of its .ts: run scripts/translations.py release")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
