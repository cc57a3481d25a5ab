"""The cell editors: a date field with a calendar, a searchable choice and a plain text field.

Each editor is wide enough for what it edits: the date field for a whole date, the choice's lists
for its longest choice. Every editor hands back text or a chosen value; the model parses it.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

#: The widest date text (ISO: digits of the font's widest digit).
DATE_SAMPLE = "0000-00-00"


class TextEditor(QLineEdit):
    """A one-line text cell; its text is selected when it opens, so typing replaces it."""

    def set_value(self, value: object) -> None:
        self.setText("" if value is None else str(value))
        self.selectAll()

    def value(self) -> object:
        return self.text()


class DateEdit(QWidget):
    """A date typed as YYYY-MM-DD, or picked from a calendar (Alt+Down, F4 or the button)."""

    #: A date was picked in the calendar (the editor should be committed).
    picked = Signal()
    #: Return or Enter in the field outside a table (a form commits on it).
    confirmed = Signal()
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(
            self.tr("YYYY-MM-DD (blank: none)") if optional else self.tr("YYYY-MM-DD")
        )
        self.line.setAccessibleName(self.tr("Date"))
        self.line.setToolTip(
            self.tr("Type a date as YYYY-MM-DD, or press Alt+Down for a calendar; blank for none")
            if optional
            else self.tr("Type a date as YYYY-MM-DD, or press Alt+Down for a calendar")
        )
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick a date from the calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Open calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self.editingFinished)
        self.line.returnPressed.connect(self.confirmed)
        self.line.installEventFilter(self)

    @cached_property
    def calendar(self) -> QCalendarWidget:
        """The calendar popup, made when first opened (most date fields never open it)."""
        from PySide6.QtWidgets import QCalendarWidget

        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        calendar.setAccessibleName(self.tr("Calendar"))
        calendar.activated.connect(self._pick)
        calendar.clicked.connect(self._pick)
        return calendar

    def minimumSizeHint(self) -> QSize:
        """Room for a whole date, the field's frame and the calendar button."""
        metrics = self.line.fontMetrics()
        text = metrics.horizontalAdvance(DATE_SAMPLE) + metrics.averageCharWidth()
        # The field's frame and margins: its own hint less the 17 "x" it is made for (no QStyle
        # metric here: QStyle's many enums cost milliseconds when first touched, at start).
        frame = self.line.sizeHint().width() - 17 * metrics.horizontalAdvance("x") + 4
        button = max(self.button.sizeHint().width(), 18)
        return QSize(text + frame + button, self.line.sizeHint().height())

    def sizeHint(self) -> QSize:
        hint = self.minimumSizeHint()
        return QSize(hint.width() + 8, hint.height())

    def text(self) -> str:
        return self.line.text().strip()

    def setText(self, text: str) -> None:
        self.line.setText(text)
        self.line.selectAll()

    def set_value(self, value: object) -> None:
        self.setText("" if value is None else str(value))

    def value(self) -> object:
        return self.text()

    def date_value(self) -> date | None:
        try:
            return date.fromisoformat(self.text())
        except ValueError:
            return None

    def set_date(self, value: date | None) -> None:
        self.setText("" if value is None else value.isoformat())

    def show_calendar(self) -> None:
        current = self.date_value() or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _pick(self, qdate: QDate) -> None:
        self.calendar.hide()
        self.line.setText(qdate.toString(Qt.DateFormat.ISODate))
        self.line.setFocus()
        self.picked.emit()
        self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)


class ChoiceEdit(QComboBox):
    """An editable combo box whose typed text searches the choices (any part, any case); its
    lists are as wide as its longest choice. A `free` one offers choices but takes any text
    (an area: the plan's areas are offered, a new one may be typed)."""

    #: A completion was picked with the mouse or Enter: commit the editor.
    confirmed = Signal()

    def __init__(
        self,
        choices: list[tuple[str, object]],
        parent: QWidget | None = None,
        *,
        free: bool = False,
    ) -> None:
        super().__init__(parent)
        self.free = free
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for label, value in choices:
            self.addItem(label, value)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(self._completed)
        self.setToolTip(
            self.tr("Type a new value or one of the list (Alt+Down)")
            if free
            else self.tr("Type to search, or Alt+Down for the list")
        )
        width = self.list_width()
        self.list_view().setMinimumWidth(width)
        popup = completer.popup()
        if popup is not None:
            popup.setMinimumWidth(width)

    def list_width(self) -> int:
        """Wide enough for the longest choice, its margins and a scroll bar."""
        from PySide6.QtWidgets import QStyle

        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=80
        )
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return longest + scroll + 3 * metrics.averageCharWidth() + 8

    def list_view(self) -> QAbstractItemView:
        view = self.view()
        assert view is not None
        return view

    def completion_list(self) -> QAbstractItemView | None:
        completer = self.completer()
        return completer.popup() if completer is not None else None

    def popup_visible(self) -> bool:
        popup = self.completion_list()
        return bool(popup is not None and popup.isVisible()) or self.list_view().isVisible()

    def accept_completion(self) -> None:
        """Take the highlighted completion, if the completion list shows one."""
        popup = self.completion_list()
        if popup is None or not popup.isVisible():
            return
        index = popup.currentIndex()
        if index.isValid():
            self._set_text(str(index.data()))
        popup.hide()

    def _completed(self, text: str) -> None:
        self._set_text(text)
        self.confirmed.emit()

    def _set_text(self, text: str) -> None:
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText(text)

    def set_value(self, value: object) -> None:
        i = self.findData(value)
        if i < 0 and isinstance(value, str):
            i = self.findText(value, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText("" if value is None else str(value))
        line = self.lineEdit()
        if line is not None:
            line.selectAll()

    def value(self) -> object:
        """The chosen value when the text names one choice: its label (any case), else the
        only label that begins with it, else the only one that contains it — so that typing
        "non" in a Kind cell means Non-mission. Otherwise the text itself (the model finds
        the name it stands for, or says why not)."""
        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive exact
        if self.free:
            return self.itemData(i) if i >= 0 and text else text
        if i < 0 and text:
            wanted = text.casefold()
            labels = [self.itemText(k).casefold() for k in range(self.count())]
            for found in (
                [k for k, label in enumerate(labels) if label.startswith(wanted)],
                [k for k, label in enumerate(labels) if wanted in label],
            ):
                if found:
                    i = found[0] if len(found) == 1 else -1
                    break
        if i >= 0:
            data: object = self.itemData(i)
            return data
        return text


def editor_value(editor: QWidget) -> object:
    """What an editor of ours holds (text or a chosen value)."""
    if isinstance(editor, TextEditor | DateEdit | ChoiceEdit):
        return editor.value()
    if isinstance(editor, QLineEdit):
        return editor.text()
    return None


def set_editor_value(editor: QWidget, value: object) -> None:
    if isinstance(editor, TextEditor | DateEdit | ChoiceEdit):
        editor.set_value(value)
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))
        editor.selectAll()


def focus_part(editor: QWidget) -> QWidget:
    """The widget inside an editor that takes the keys."""
    if isinstance(editor, DateEdit):
        return editor.line
    if isinstance(editor, ChoiceEdit) and editor.lineEdit() is not None:
        line = editor.lineEdit()
        assert line is not None
        return line
    return editor


__all__ = ["ChoiceEdit", "DateEdit", "TextEditor", "editor_value", "focus_part"]
