"""The catalogue: complete below the window, placeholders kept, compiled as shipped, read by the
pure-Python reader as Qt reads it."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from transition_planner.i18n import catalogue_path
from transition_planner.i18n.qm import parse_qm

from .conftest import ROOT, Message, read_ts

SOURCES = ROOT / "src" / "transition_planner"
#: What a translation must keep exactly as its source has it (each as often): format fields
#: ({0}, {name}), Qt's %n and %1, HTML tags, the keys of a shortcut ("Ctrl+Shift+N", "F6": the
#: key a person presses is not translated), file-dialog patterns ("(*.xlsx)") and line breaks.
MARKERS = re.compile(
    r"\{[^{}]*\}"
    r"|%n|%\d+"
    r"|</?[A-Za-z][^<>]*>"
    r"|\b(?:Ctrl|Alt|Shift|Meta)(?:\+(?:Ctrl|Alt|Shift|Meta))*"
    r"\+(?:F\d{1,2}\b|[A-Z0-9]\b|Tab\b|Down\b|Up\b|Left\b|Right\b|Del\b|Ins\b|Home\b|End\b|\+)"
    r"|\bF\d{1,2}\b"
    r"|\(\*[^()]*\)"
    r"|\n"
)
#: A menu or label accelerator: "&File" (not "&&", a literal ampersand).
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


def markers(text: str) -> Counter[str]:
    return Counter(MARKERS.findall(text)) + Counter(
        "&" for _ in ACCELERATOR.finditer(text.replace("&&", ""))
    )


def test_markers_are_found() -> None:
    assert markers("&Delete the plan “{0}” with %n row(s) (Ctrl+Shift+N, F6)<br/>\n") == Counter(
        ["&", "{0}", "%n", "Ctrl+Shift+N", "F6", "<br/>", "\n"]
    )
    assert markers("Add a row (Ctrl++ or Ctrl+Ins)") == Counter(["Ctrl++", "Ctrl+Ins"])
    assert markers("Excel (*.xlsx);;All files (*)") == Counter(["(*.xlsx)", "(*)"])
    assert markers("Fish && chips, Shift+wheel, AF1") == Counter()


def test_every_message_is_translated(refreshed_fr: list[Message]) -> None:
    """Every message of today's sources (the window's and every other layer's) is in the
    committed French catalogue, finished, with every plural form written; and nothing else is
    (no message kept from code that is gone)."""
    assert len(refreshed_fr) > 700
    unfinished = [
        f"{m.context}: {m.source!r}"
        for m in refreshed_fr
        if m.state != "" or not all(f.strip() for f in m.forms)
    ]
    assert unfinished == [], "run scripts/translations.py update and translate:\n" + "\n".join(
        unfinished
    )


def test_the_committed_catalogue_is_up_to_date(
    pipeline: ModuleType, refreshed_fr: list[Message]
) -> None:
    """The committed .ts holds exactly the messages of today's sources."""
    committed = {(m.context, m.source, m.comment) for m in read_ts(pipeline.ts_path("fr"))}
    today = {(m.context, m.source, m.comment) for m in refreshed_fr}
    assert sorted(today - committed) == [], "run scripts/translations.py update"
    assert sorted(committed - today) == [], "run scripts/translations.py update"


def test_no_context_is_empty(refreshed_fr: list[Message]) -> None:
    empty = [f"{m.files}: {m.source!r}" for m in refreshed_fr if not m.context.strip()]
    assert empty == []


def test_no_tr_alias_in_the_window() -> None:
    """`tr = self.tr` makes lupdate file the messages under an empty context (issue 12)."""
    aliases = [
        p.name
        for p in (SOURCES / "ui").rglob("*.py")
        if re.search(r"^\s*tr\s*=\s*self\.tr\b", p.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert aliases == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_translations_keep_their_placeholders(pipeline: ModuleType, lang: str) -> None:
    """Each translation keeps its source's markers (placeholders, %n, HTML, shortcuts, file
    patterns, line breaks, accelerator) in every plural form, and a plural has its 2 forms."""
    wrong = []
    for m in read_ts(pipeline.ts_path(lang)):
        if m.state in ("unfinished", "vanished", "obsolete"):
            continue
        wanted = markers(m.source)
        for form in m.forms:
            got = markers(form)
            if got != wanted:
                wrong.append(
                    f"{m.context}: {m.source!r} → {form!r}: "
                    f"missing {sorted((wanted - got).elements())}, "
                    f"extra {sorted((got - wanted).elements())}"
                )
        if m.numerus and len(m.forms) != 2:
            wrong.append(f"{m.context}: {m.source!r} has {len(m.forms)} plural forms, not 2")
    assert wrong == [], "\n".join(wrong)


def test_english_catalogue_holds_only_plurals(pipeline: ModuleType) -> None:
    messages = read_ts(pipeline.ts_path("en"))
    assert messages and all(m.numerus for m in messages)
    day = next(m for m in messages if m.source == "%n day(s)")
    assert day.forms == ("%n day", "%n days")


def test_shipped_qm_is_the_compile_of_the_ts(pipeline: ModuleType) -> None:
    assert pipeline.stale() == [], "run scripts/translations.py release"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_shipped_qm_holds_every_finished_translation(pipeline: ModuleType, lang: str) -> None:
    catalogue = parse_qm(catalogue_path(lang).read_bytes())
    finished = [m for m in read_ts(pipeline.ts_path(lang)) if m.state == "" and all(m.forms)]
    assert finished
    for m in finished:
        assert catalogue.lookup(m.context, m.source, m.comment) == m.forms, m.source


def test_parse_qm_reads_what_lrelease_writes(pipeline: ModuleType, tmp_path: Path) -> None:
    ts = tmp_path / "sample_fr.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <comment>the verb</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>near</comment>
        <translation>Proche</translation>
    </message>
    <message>
        <source>Protection of civilians → {actor}</source>
        <translation>Protection des civils → « {actor} » — équipe de pays</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished">Pas encore</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    qm = tmp_path / "sample_fr.qm"
    pipeline.compile_ts(ts, qm)
    catalogue = parse_qm(qm.read_bytes())
    assert catalogue.lookup("Findings", "%n day(s) late") == (
        "%n jour de retard",
        "%n jours de retard",
    )
    assert catalogue.lookup("Findings", "Close", "the verb") == ("Fermer",)
    assert catalogue.lookup("Findings", "Close", "near") == ("Proche",)
    assert catalogue.lookup("Findings", "Protection of civilians → {actor}") == (
        "Protection des civils → « {actor} » — équipe de pays",
    )
    assert catalogue.lookup("Entity", "Handover") == ("Passation",)
    # unfinished translations are not shipped: the English source shows instead
    assert catalogue.lookup("Findings", "Not yet") is None
    assert catalogue.lookup("Findings", "Handover") is None


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


#: Calls that pyside6-lupdate reads: (context, source, …) and self.tr(source, …).
TRANSLATING = ("translate", "QT_TRANSLATE_NOOP", "all_translations")
#: A home-made shortcut for them (`_t("…")`, `_tr("…")`), which lupdate does not know.
WRAPPER = re.compile(r"^_+t(r|ranslate)?$")


def hidden_messages(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, source) of each literal message that lupdate cannot extract."""
    hidden = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name in TRANSLATING and len(node.args) >= 2:
            context, source = node.args[:2]
            if _literal(source) and not _literal(context):
                hidden.append((node.lineno, str(getattr(source, "value", ""))))
        elif WRAPPER.match(name) and _literal(node.args[0]):
            hidden.append((node.lineno, str(getattr(node.args[0], "value", ""))))
    return hidden


def test_hidden_messages_are_found() -> None:
    code = """
C = "Ctx"
a = QCoreApplication.translate(C, "computed context")
b = translate("Ctx", "seen")
c = _tr("through a wrapper")
d = self.tr("seen")
e = QCoreApplication.translate(C, self.text)  # a QT_TRANSLATE_NOOP message: seen where marked
"""
    assert hidden_messages(ast.parse(code)) == [(3, "computed context"), (5, "through a wrapper")]


def test_every_message_is_seen_by_lupdate() -> None:
    """lupdate only extracts a call whose context and source are literal strings, through
    `translate`, `QT_TRANSLATE_NOOP` or `self.tr`: a literal message with a computed context
    (`translate(CONTEXT, "…")`) or through a wrapper (`_t("…")`) never reaches the catalogue,
    so it shows in English whatever the language."""
    hidden = [
        f"{path.relative_to(ROOT)}:{line}: {source!r}"
        for path in sorted(SOURCES.rglob("*.py"))
        for line, source in hidden_messages(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert hidden == [], "\n".join(hidden)


def test_a_language_chosen_for_a_block_stays_on_its_thread() -> None:
    import threading

    from transition_planner import i18n

    seen: list[str] = []
    inside = threading.Event()
    done = threading.Event()

    def other() -> None:
        inside.wait(5)
        seen.append(i18n.language())
        done.set()

    thread = threading.Thread(target=other)
    thread.start()
    with i18n.use_language("fr"):
        assert i18n.language() == "fr"
        inside.set()
        done.wait(5)
    thread.join(5)
    assert seen == ["en"]  # the window's thread kept its language while a French brief was made
    assert i18n.language() == "en"
