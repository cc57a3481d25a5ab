"""Colours that follow the window's palette: light, dark and high-contrast alike.

Nothing in the window hard-codes a colour that text sits on: the welcome note, the refused cells
and the severities take the palette's roles, or pick from two shades by the palette's darkness.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from ..domain.enums import Severity


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.25


def error_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(text, background) of a refused value: dark red on pale red, or the reverse on dark
    palettes; both readable (contrast ≥ 4.5) on the palette's base."""
    if is_dark(palette):
        return QColor("#ffb4ab"), QColor("#5c1010")
    return QColor("#9b1c1c"), QColor("#fde2e2")


def severity_color(severity: Severity) -> QColor:
    """The colour of a severity everywhere: the gaps panel, the timeline and the dashboard."""
    from ..charts.theme import SEVERITY_COLOR

    return QColor(SEVERITY_COLOR[severity])


def accent_text(palette: QPalette) -> QColor:
    """A colour for emphasised text that reads on the window: the palette's link colour when
    it contrasts enough, else the window text."""
    link = palette.color(QPalette.ColorRole.Link)
    window = palette.color(QPalette.ColorRole.Window)
    if contrast(link, window) >= 4.5:
        return link
    return palette.color(QPalette.ColorRole.WindowText)
