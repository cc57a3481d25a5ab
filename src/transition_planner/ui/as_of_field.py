"""The as-of day of the register rules (SPEC §3), as the gaps panel shows and sets it: a date
field (blank: today), its label, and the reason beside it when what was typed is not a day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..domain.validation import DATE_MAX, DATE_MIN
from .editors import DateEdit
from .palette import error_colors


class AsOfField(QWidget):
    """ "As of [YYYY-MM-DD ▾]": the day the handover register and the funding are judged on."""

    #: The planner set another day (a date; None: today).
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the day the planner set (None: today, whatever day today is)
        self.day: date | None = None
        self.edit = DateEdit(self)
        self.edit.setObjectName("asOf")
        self.edit.line.setObjectName("asOfLine")
        self.edit.line.setPlaceholderText(self.tr("today"))
        self.tip = self.tr(
            "The day the handover register and the funding are judged on (overdue handovers, "
            "handovers without a receiver): YYYY-MM-DD, blank for today"
        )
        for widget in (self.edit, self.edit.line):
            widget.setAccessibleName(self.tr("As of"))
            widget.setToolTip(self.tip)
            widget.setAccessibleDescription(self.tip)
        self.label = QLabel(self.tr("&As of"), self)
        self.label.setBuddy(self.edit.line)
        self.error = QLabel(self)
        self.error.setObjectName("asOfError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        self.edit.confirmed.connect(self.typed)
        self.edit.picked.connect(self.typed)
        self.edit.editingFinished.connect(self.typed)

    def show_day(self, day: date) -> None:
        """Show the day the analysis was made for (not while the planner is typing one)."""
        if not self.edit.line.hasFocus():
            self.edit.line.setText(day.isoformat())

    def set_day(self, day: date | None) -> None:
        """Set the day as the planner would (None: today)."""
        self.edit.line.setText("" if day is None else day.isoformat())
        self.typed()

    def typed(self) -> None:
        """The planner typed or picked a day (blank: today)."""
        text = self.edit.text()
        day: date | None = None
        if text:
            try:
                day = date.fromisoformat(text)
            except ValueError:
                self.refuse(
                    self.tr("“{0}” is not a date: type the as-of day as YYYY-MM-DD").format(text)
                )
                return
            if not DATE_MIN <= day <= DATE_MAX:
                self.refuse(
                    self.tr("the as-of day must lie between {0} and {1}").format(
                        DATE_MIN.isoformat(), DATE_MAX.isoformat()
                    )
                )
                return
        self.error.hide()
        self.edit.line.setAccessibleDescription(self.tip)
        shown = (day or date.today()).isoformat()
        if self.edit.line.text() != shown:
            self.edit.line.setText(shown)
        if day == date.today():
            day = None  # today's analysis follows the calendar
        if day != self.day:
            self.day = day
            self.changed.emit(day)

    def refuse(self, reason: str) -> None:
        self.error.setStyleSheet(f"color: {error_colors(self.palette())[0].name()};")
        self.error.setText(reason)
        self.error.setToolTip(reason)
        self.error.show()
        self.edit.line.setAccessibleDescription(reason)
