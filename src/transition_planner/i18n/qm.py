"""A reader of Qt's compiled translation catalogues (`.qm`), in pure Python.

The window translates through Qt (`QTranslator` loads the `.qm`); the layers below it — the
analysis sentences, the workbook, the brief, the command line — must not import Qt, so they read
the very same compiled file with this reader. One catalogue, one format, two readers.

The format (qtbase `src/corelib/kernel/qtranslator.cpp`): a 16-byte magic number, then sections,
each a tag byte and a big-endian 32-bit length. The `Messages` section (tag 0x69) is a sequence of
records of tagged fields: 1 End, 3 Translation (32-bit length + UTF-16BE; several for a plural),
6 SourceText (32-bit length + UTF-8), 7 Context (idem), 8 Comment (idem), 5 Obsolete1 (32 bits,
skipped), 9 Obsolete2 (none). The `Language` section (tag 0xa7) names the language.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_SECTION_MESSAGES = 0x69
_SECTION_LANGUAGE = 0xA7

_TAG_END = 1
_TAG_SOURCE16 = 2
_TAG_TRANSLATION = 3
_TAG_CONTEXT16 = 4
_TAG_OBSOLETE1 = 5
_TAG_SOURCE = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8
_TAG_OBSOLETE2 = 9

_NULL = 0xFFFFFFFF


class CatalogueError(ValueError):
    """A file that is not a readable `.qm` catalogue."""


@dataclass
class Catalogue:
    """Translations by (context, source text, disambiguation comment): one form, or the plural
    forms in the order of the language's numerus rule."""

    language: str = ""
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, source: str, comment: str = "") -> tuple[str, ...] | None:
        found = self.messages.get((context, source, comment))
        if found is None and comment:
            found = self.messages.get((context, source, ""))
        return found


def parse_qm(data: bytes) -> Catalogue:
    """The catalogue in the bytes of a `.qm` file; `CatalogueError` when they are not one."""
    if not data.startswith(MAGIC):
        raise CatalogueError("not a Qt translation file (bad magic number)")
    catalogue = Catalogue()
    pos = len(MAGIC)
    try:
        while pos < len(data):
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            body = data[pos + 5 : pos + 5 + length]
            if len(body) != length:
                raise CatalogueError("truncated section")
            if tag == _SECTION_MESSAGES:
                _read_messages(body, catalogue)
            elif tag == _SECTION_LANGUAGE:
                catalogue.language = body.decode("utf-8", "replace")
            pos += 5 + length
    except (struct.error, IndexError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"damaged translation file: {exc}") from exc
    return catalogue


def _read_messages(body: bytes, catalogue: Catalogue) -> None:
    pos = 0
    translations: list[str] = []
    source = context = comment = ""
    while pos < len(body):
        tag = body[pos]
        pos += 1
        if tag == _TAG_END:
            if translations:
                catalogue.messages[(context, source, comment)] = tuple(translations)
            translations = []
            source = context = comment = ""
        elif tag == _TAG_TRANSLATION:
            (length,) = struct.unpack_from(">I", body, pos)
            pos += 4
            if length != _NULL:
                translations.append(body[pos : pos + length].decode("utf-16-be"))
                pos += length
        elif tag in (_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT, _TAG_SOURCE16, _TAG_CONTEXT16):
            (length,) = struct.unpack_from(">I", body, pos)
            pos += 4
            raw = body[pos : pos + length]
            pos += length
            text = raw.decode("utf-16-be" if tag in (_TAG_SOURCE16, _TAG_CONTEXT16) else "utf-8")
            if tag in (_TAG_SOURCE, _TAG_SOURCE16):
                source = text
            elif tag in (_TAG_CONTEXT, _TAG_CONTEXT16):
                context = text
            else:
                comment = text
        elif tag == _TAG_OBSOLETE1:
            pos += 4
        elif tag == _TAG_OBSOLETE2:
            pass
        else:
            raise CatalogueError(f"unknown message tag {tag}")
