"""The notes above the views: a welcome that speaks of the workspace it is on, and — always, when
it is so — that the workspace is read-only. Colours come from the palette (dark, high contrast)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget


@cache
def example_names() -> tuple[str, ...]:
    from ..services import example_names as names

    return names()


class Note(QFrame):
    """One note: a text and, when it may be closed, a close button."""

    closed = Signal()

    def __init__(self, name: str, closable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        self.close_button: QToolButton | None = None
        if closable:
            button = QToolButton(self)
            button.setText("✕")
            button.setToolTip(self.tr("Close this note"))
            button.setAccessibleName(self.tr("Close this note"))
            button.clicked.connect(self.closed)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.close_button = button
        self.hide()

    def set_text(self, html: str, plain: str) -> None:
        self.label.setText(html)
        self.setAccessibleName(plain)
        self.label.setAccessibleName(plain)

    def text(self) -> str:
        return self.label.text()


class Banner(QWidget):
    """The welcome note and the read-only note."""

    #: The planner closed the welcome note for good.
    welcomeDismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.welcome = Note("welcome", True, self)
        self.read_only = Note("readOnlyNote", False, self)
        self.welcome.closed.connect(self._dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.read_only)
        layout.addWidget(self.welcome)

    def _dismiss(self) -> None:
        self.welcome.hide()
        self.welcomeDismissed.emit()

    def show_welcome(self, plan_names: list[str]) -> None:
        """A welcome that says what this workspace holds."""
        count = len(plan_names)
        examples = [n for n in plan_names if n in example_names()]
        head = self.tr("Welcome to Transition Planner.")
        if count == 0:
            body = self.tr(
                "This workspace has no plans yet. Start one with File → New plan (Ctrl+N) or "
                "from the generic PKO → SPM → UN country team template (Ctrl+Shift+N), or "
                "import a workbook (Ctrl+I)."
            )
        elif examples:
            body = self.tr(
                "This workspace holds %n plan(s), among them the examples: {0}. Pick one on the "
                "left to see its tables, its timeline and its gaps; start your own with "
                "File → New plan from template (Ctrl+Shift+N).",
                "",
                count,
            ).format(", ".join(examples))
        else:
            body = self.tr(
                "This workspace holds %n plan(s). Pick one on the left to see its tables, its "
                "timeline and its gaps.",
                "",
                count,
            )
        tail = self.tr(
            "The gaps panel updates after every edit, and every edit can be undone. "
            "Help → User guide (F1) explains more."
        )
        self.welcome.set_text(f"<b>{head}</b> {body} {tail}", f"{head} {body} {tail}")
        self.welcome.show()

    def show_workspace(
        self, *, open: bool, read_only: bool, reason: str, welcome: bool, plan_names: list[str]
    ) -> None:
        """The notes for the workspace now open (or none)."""
        if open and read_only:
            self.show_read_only(reason)
        else:
            self.hide_read_only()
        if open and welcome:
            self.show_welcome(plan_names)
        else:
            self.hide_welcome()

    def hide_welcome(self) -> None:
        self.welcome.hide()

    def show_read_only(self, reason: str) -> None:
        head = self.tr("Read-only.")
        body = self.tr(
            "You can look at the plans, filter them and export them, but not change them."
        )
        why = f" {reason}" if reason else ""
        self.read_only.set_text(f"<b>{head}</b>{why} {body}", f"{head}{why} {body}")
        self.read_only.show()

    def hide_read_only(self) -> None:
        self.read_only.hide()
