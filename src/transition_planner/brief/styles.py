"""Fonts, paragraph styles and colours of the brief.

The text is set in DejaVu Sans, the TrueType family that matplotlib ships (so the brief needs no
font of the system and the chart and the text match); it covers French. ReportLab embeds the
subset of glyphs used.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib import get_data_path
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..charts.theme import SEVERITY_COLOR
from ..domain.enums import Severity

FONT = "TPSans"
FONT_BOLD = "TPSans-Bold"
FONT_ITALIC = "TPSans-Oblique"
FONT_BOLD_ITALIC = "TPSans-BoldOblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#BBBBBB")
HEADER_FILL = colors.HexColor("#EEF2F6")
ACCENT = colors.HexColor("#0072B2")

#: A4 margins.
MARGIN_X = 15 * mm
MARGIN_TOP = 13 * mm
MARGIN_BOTTOM = 17 * mm
#: The footer's baseline and the rule above it.
FOOTER_Y = 9 * mm
FOOTER_RULE_Y = 12 * mm


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) with ReportLab once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(get_data_path()) / "fonts" / "ttf"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


def severity_color(severity: Severity) -> colors.Color:
    return colors.HexColor(SEVERITY_COLOR[severity])


def severity_text_color(severity: Severity) -> colors.Color:
    """Text on a severity's colour: white on the dark ones, ink on the light ones."""
    return colors.white if severity in (Severity.CRITICAL,) else INK


class Styles:
    """The paragraph styles of the brief (made after the fonts are registered)."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle(
            "body", fontName=FONT, fontSize=8.5, leading=11.2, textColor=INK, alignment=TA_LEFT
        )
        self.body = base
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21
        )
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=9, textColor=MUTED)
        self.heading = ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=7,
            spaceAfter=3,
            textColor=ACCENT,
        )
        self.note = ParagraphStyle("note", parent=base, fontSize=7.3, leading=9.2, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=7.3, leading=9.0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.cell_head = ParagraphStyle(
            "cell_head", parent=self.cell, fontName=FONT_BOLD, textColor=INK
        )
        self.cell_head_right = ParagraphStyle(
            "cell_head_right", parent=self.cell_head, alignment=TA_RIGHT
        )
        self.figure_label = ParagraphStyle(
            "figure_label", parent=base, fontSize=7.3, leading=9, textColor=MUTED
        )
        self.figure_value = ParagraphStyle(
            "figure_value", parent=base, fontName=FONT_BOLD, fontSize=15, leading=18
        )
        self.figure_text = ParagraphStyle(
            "figure_text", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5
        )
