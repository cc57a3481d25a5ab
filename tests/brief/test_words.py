"""Every word of the brief reaches the translators: `pyside6-lupdate` (the tool that fills the
French catalogue) finds the brief's texts under the context "Brief", plurals as numerus forms."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

import transition_planner.brief

BRIEF = Path(transition_planner.brief.__file__).parent
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


def test_every_translate_call_names_its_context_literally() -> None:
    """lupdate reads the source, not the values: translate(C, …) with a variable is lost."""
    for source in BRIEF.glob("*.py"):
        calls = re.findall(r"\btranslate\(\s*([^\s,]+)\s*,", source.read_text())
        assert all(arg == '"Brief"' for arg in calls), (source.name, calls)


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
def test_lupdate_finds_the_brief_s_words(tmp_path: Path) -> None:
    ts = tmp_path / "brief_fr.ts"
    assert LUPDATE is not None
    files = [str(p) for p in sorted(BRIEF.glob("*.py"))]
    result = subprocess.run(
        [LUPDATE, *files, "-ts", str(ts)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    root = ElementTree.parse(ts).getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    assert set(contexts) == {"Brief"}
    messages = {
        m.findtext("source"): m.get("numerus") == "yes" for m in contexts["Brief"].iter("message")
    }
    for words in (
        "Top risks",
        "Handovers that need action",
        "Funding by year and kind",
        "Presences and the lead at headquarters",
        "nobody yet",
    ):
        assert words in messages, words
    assert messages["Overdue by %n day(s)"] is True
    assert messages["%n more finding(s): see the workbook's Gaps sheet or the Gaps panel."] is True
    assert len(messages) >= 70
