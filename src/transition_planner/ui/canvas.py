"""The Qt canvas of the charts: matplotlib's QtAgg canvas with typed calls, a visible focus frame
and an accessible description that the views keep current."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget


class ChartCanvas(FigureCanvasQTAgg):
    """A figure on screen. Draws a frame in the highlight colour while it has the keyboard."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(figure)  # type: ignore[no-untyped-call]
        if parent is not None:
            self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- typed access to matplotlib's canvas ------------------------------------------------

    def redraw(self) -> None:
        """Draw again when the event loop is idle."""
        self.draw_idle()  # type: ignore[no-untyped-call]

    @property
    def ratio(self) -> float:
        return float(self.device_pixel_ratio)

    # -- focus ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[no-untyped-call]
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def announce(self, description: str) -> None:
        """Say `description` (what is selected) to screen readers."""
        if description == self.accessibleDescription():
            return
        self.setAccessibleDescription(description)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )


__all__ = ["ChartCanvas"]
