"""The translation pipeline (`scripts/translations.py`) as the tests use it."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    #: the files (relative to the project) that use it
    files: tuple[str, ...]
    #: "" (finished), "unfinished", "vanished", "obsolete"
    state: str
    #: one form, or the plural forms
    forms: tuple[str, ...]

    @property
    def in_ui(self) -> bool:
        return all("/ui/" in f for f in self.files) and bool(self.files)


def read_ts(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            numerus = m.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            out.append(
                Message(
                    name,
                    m.findtext("source") or "",
                    m.findtext("comment") or "",
                    numerus,
                    tuple(
                        loc.get("filename", "").replace("../../", "") for loc in m.iter("location")
                    ),
                    translation.get("type", ""),
                    forms,
                )
            )
    return out


@pytest.fixture(scope="session")
def pipeline() -> ModuleType:
    return load_pipeline()


@pytest.fixture(scope="session")
def refreshed_fr(pipeline: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The committed French catalogue with the messages of today's sources merged in (what
    `scripts/translations.py update` would make of it): new messages show as unfinished."""
    folder = tmp_path_factory.mktemp("ts") / "resources" / "translations"
    folder.mkdir(parents=True)
    ts = folder / "transition_planner_fr.ts"
    ts.write_bytes(pipeline.ts_path("fr").read_bytes())
    pipeline.extract(ts, "fr")
    return read_ts(ts)
