"""The chart theme that follows a widget's palette (light or dark), shared by the chart views."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from ..charts.theme import Theme, theme_for


def palette_theme(widget: QWidget) -> Theme:
    palette = widget.palette()
    return theme_for(
        palette.color(QPalette.ColorRole.Window).name(),
        palette.color(QPalette.ColorRole.WindowText).name(),
    )
