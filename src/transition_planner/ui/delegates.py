"""Cell editors for the entity tables.

One delegate serves a whole table: it asks the model for the cell's kind (`KIND_ROLE`) and opens
the matching editor — a date field that accepts typed ISO dates (blank for optional dates) with a
calendar popup, a searchable combo box for enumerations and references, a plain field for numbers
and text. Every editor hands the model text or a chosen value; the model parses and validates.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from .table_models import CHOICES_ROLE, ERROR_ROLE, KIND_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex


class DateEdit(QWidget):
    """A date typed as YYYY-MM-DD, or picked from a calendar (Alt+Down, F4 or the button)."""

    #: A date was picked in the calendar (the editor should be committed).
    picked = Signal()
    #: Return or Enter in the field (the editor should be committed).
    confirmed = Signal()
    #: Escape in the field (the editor should be closed without a change).
    cancelled = Signal()
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
            self.tr("Type a date as YYYY-MM-DD or press Alt+Down for a calendar")
            + (self.tr("; leave blank for none") if optional else "")
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
        self.line.installEventFilter(self)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def text(self) -> str:
        return self.line.text().strip()

    def setText(self, text: str) -> None:
        self.line.setText(text)
        self.line.selectAll()

    def value(self) -> date | None:
        try:
            return date.fromisoformat(self.text())
        except ValueError:
            return None

    def set_date(self, value: date | None) -> None:
        self.setText("" if value is None else value.isoformat())

    def show_calendar(self) -> None:
        current = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        pos = self.mapToGlobal(self.rect().bottomLeft())
        self.calendar.move(pos)
        self.calendar.show()
        self.calendar.setFocus()

    def _pick(self, qdate: QDate) -> None:
        self.calendar.hide()
        self.line.setText(qdate.toString(Qt.DateFormat.ISODate))
        self.line.setFocus()
        self.picked.emit()
        self.editingFinished.emit()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirmed.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)


class ChoiceEdit(QComboBox):
    """An editable combo box whose typed text searches the choices (any part, any case)."""

    #: A choice was confirmed (Return, or a completion picked): commit the editor.
    confirmed = Signal()

    def __init__(self, choices: list[tuple[str, object]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.lineEdit().returnPressed.connect(self.confirmed)
        self.setToolTip(self.tr("Type to search, or Alt+Down for the list"))

    def _completed(self, text: str) -> None:
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            self.setCurrentIndex(i)
        self.confirmed.emit()

    def set_value(self, value: object) -> None:
        i = self.findData(value)
        if i < 0 and isinstance(value, str):
            i = self.findText(value, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setEditText("" if value is None else str(value))
        self.lineEdit().selectAll()

    def value(self) -> object:
        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive exact
        if i >= 0:
            return self.itemData(i)
        return text


class EntityItemDelegate(QStyledItemDelegate):
    """Opens the right editor for each cell of an entity table."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        kind = index.data(KIND_ROLE)
        if kind in ("date", "optional_date"):
            editor = DateEdit(parent, optional=kind == "optional_date")
            editor.picked.connect(lambda: self._commit_and_close(editor))
            editor.confirmed.connect(lambda: self._commit_and_close(editor))
            editor.cancelled.connect(
                lambda: self.closeEditor.emit(
                    editor, QStyledItemDelegate.EndEditHint.RevertModelCache
                )
            )
            return editor
        choices = index.data(CHOICES_ROLE)
        if choices is not None:
            combo = ChoiceEdit(list(choices), parent)
            combo.confirmed.connect(lambda: self._commit_and_close(combo))
            return combo
        line = QLineEdit(parent)
        if kind == "number":
            line.setPlaceholderText(self.tr("blank: unknown"))
            line.setAlignment(Qt.AlignmentFlag.AlignRight)
        return line

    def _commit_and_close(self, editor: QWidget) -> None:
        if editor.property("tp_closing"):
            return
        editor.setProperty("tp_closing", True)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateEdit):
            editor.setText("" if value is None else str(value))
        elif isinstance(editor, ChoiceEdit):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:  # pragma: no cover
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, DateEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, ChoiceEdit):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:  # pragma: no cover
            super().setModelData(editor, model, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().paint(painter, option, index)
        if index.data(ERROR_ROLE):
            # a refused cell stays visibly red even when it is selected
            painter.save()
            painter.setPen(QPen(QColor("#c62828"), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))  # type: ignore[attr-defined]
            painter.restore()

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(rect.adjusted(0, 0, 0, 0))


__all__ = ["ChoiceEdit", "DateEdit", "EntityItemDelegate"]
