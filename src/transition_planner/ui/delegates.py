"""Editing the entity tables like a spreadsheet.

One `SheetDelegate` serves a table: it opens the editor the cell's column asks for, and drives it
with the keys of a spreadsheet — Tab and Shift+Tab commit and move to the next or previous cell
(opening its editor), Enter commits and moves down, Escape cancels. Before anything is committed
the model says whether the value can be stored (`validate`); when it cannot, the editor stays open
with the reason in a message under the cell, so nothing looks saved that is not. Leaving a cell
with the mouse commits a valid value and puts back the stored one otherwise (with the message).

Only the delegate commits and closes its editors, once each, and only editors it opened and that
are still open: no "commitData called with an editor that does not belong to this view".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QHelpEvent, QPainter
    from PySide6.QtWidgets import QStyle

from .editors import ChoiceEdit, DateEdit, TextEditor, editor_value, focus_part, set_editor_value
from .palette import error_colors
from .table_columns import ColumnKind
from .table_models import CHOICES_ROLE, ERROR_ROLE, KIND_ROLE, EntityTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
Hint = QAbstractItemDelegate.EndEditHint
#: Marks the widgets this module made as cell editors.
EDITOR_PROPERTY = "tpCellEditor"
#: Marks a completion list with the editor it belongs to.
POPUP_OF = "tpCompletionOf"


def plain(index: ModelIndex) -> QModelIndex:
    """A persistent index as a plain one."""
    if isinstance(index, QModelIndex):
        return index
    model = index.model()
    if model is None or not index.isValid():
        return QModelIndex()
    return model.index(index.row(), index.column(), index.parent())


class CellMessage(QLabel):
    """The reason a value was refused, under its cell (in the view's viewport)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("cellMessage")
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setMargin(4)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Not saved"))
        self.view = view
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.timeout.connect(self.hide)
        self.hide()

    def show_at(self, rect: QRect, text: str, *, seconds: float = 0.0) -> None:
        palette = self.view.palette()
        fg, bg = error_colors(palette)
        own = QPalette(palette)
        own.setColor(QPalette.ColorRole.Window, bg)
        own.setColor(QPalette.ColorRole.WindowText, fg)
        self.setPalette(own)
        self.setText(text)
        self.setAccessibleDescription(text)
        viewport = self.view.viewport()
        width = min(max(rect.width(), 320), max(viewport.width() - 8, 120))
        self.setFixedWidth(width)
        self.adjustSize()
        x = max(0, min(rect.left(), viewport.width() - width))
        y = rect.bottom() + 2
        if y + self.height() > viewport.height():
            y = max(0, rect.top() - self.height() - 2)
        self.move(x, y)
        self.show()
        self.raise_()
        if seconds > 0:
            self.hide_timer.start(int(seconds * 1000))
        else:
            self.hide_timer.stop()


def source_of(index: ModelIndex) -> tuple[EntityTableModel | None, QModelIndex]:
    """The entity model under the view's proxies, and the index in it."""
    model: QAbstractItemModel | None = index.model()
    source = plain(index)
    while isinstance(model, QAbstractProxyModel):
        source = model.mapToSource(source)
        model = model.sourceModel()
    return (model if isinstance(model, EntityTableModel) else None), source


class SheetDelegate(QStyledItemDelegate):
    """Opens the right editor for each cell and drives it like a spreadsheet."""

    #: A value was refused (the reason): the window shows it in the status bar too.
    refused = Signal(str)

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self._message: CellMessage | None = None
        #: the editors this delegate opened that are still open → their cell (view index)
        self._open: dict[QWidget, QPersistentModelIndex] = {}
        #: the choice editors whose completion lists this delegate watches
        self._popups: dict[int, QWidget] = {}

    @property
    def message(self) -> CellMessage:
        """The message under a cell (made the first time one is needed)."""
        if self._message is None:
            self._message = CellMessage(self.view)
        return self._message

    def hide_message(self) -> None:
        if self._message is not None:
            self._message.hide()

    # -- editors ------------------------------------------------------------------------

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        kind = index.data(KIND_ROLE)
        editor: QWidget
        if isinstance(kind, ColumnKind) and kind.is_date:
            editor = DateEdit(parent, optional=kind.optional)
            editor.picked.connect(lambda: self.finish(editor, Hint.NoHint))
        else:
            choices = index.data(CHOICES_ROLE)
            if isinstance(choices, list):
                combo = ChoiceEdit(choices, parent, free=kind is ColumnKind.SUGGEST)
                combo.confirmed.connect(lambda: self.finish(combo, Hint.NoHint))
                editor = combo
            else:
                line = TextEditor(parent)
                if kind is ColumnKind.NUMBER:
                    line.setPlaceholderText(self.tr("blank: unknown"))
                if kind is ColumnKind.MONEY:
                    line.setPlaceholderText(self.tr("US dollars"))
                if isinstance(kind, ColumnKind) and kind.is_numeric:
                    line.setAlignment(Qt.AlignmentFlag.AlignRight)
                editor = line
        editor.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""))
        part = focus_part(editor)
        part.installEventFilter(self)
        if part is not editor:
            editor.installEventFilter(self)
        if isinstance(part, QLineEdit):
            part.textEdited.connect(lambda _t: self.hide_message())
        if isinstance(editor, ChoiceEdit):
            # while the completion list shows, the keys go to it: Tab and Enter too
            popup = editor.completion_list()
            if popup is not None:
                popup.setProperty(POPUP_OF, id(editor))
                popup.installEventFilter(self)
                self._popups[id(editor)] = editor
        editor.setProperty(EDITOR_PROPERTY, True)
        self._open[editor] = QPersistentModelIndex(index)
        editor.destroyed.connect(lambda _o=None, e=editor: self._open.pop(e, None))
        return editor

    def destroyEditor(self, editor: QWidget, index: ModelIndex) -> None:
        self._open.pop(editor, None)
        self._popups.pop(id(editor), None)
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        set_editor_value(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        model.setData(index, editor_value(editor), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> None:
        rect = QRect(option.rect)
        # an editor is never narrower than what it edits (a whole date, say)
        wanted = editor.minimumSizeHint().width()
        if rect.width() < wanted:
            rect.setWidth(wanted)
        editor.setGeometry(rect)

    def open_editors(self) -> list[QWidget]:
        return list(self._open)

    # -- committing -----------------------------------------------------------------------

    def finish(
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint, *, move_down: bool = False
    ) -> bool:
        """Commit the editor's value and close it (then move as `hint` says); when the value
        cannot be stored, keep the editor open and say why under the cell. True: committed."""
        cell = self._open.get(editor)
        if cell is None or not cell.isValid():
            return False
        if isinstance(editor, ChoiceEdit):
            editor.accept_completion()
        reason = self.reason(cell, editor_value(editor))
        if reason:
            self.refuse(editor, cell, reason)
            return False
        self.hide_message()
        del self._open[editor]
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)
        if move_down:
            self._move_down(cell)
        return True

    def cancel(self, editor: QWidget) -> None:
        if self._open.pop(editor, None) is None:
            return
        self.hide_message()
        self.closeEditor.emit(editor, Hint.RevertModelCache)

    def reason(self, cell: ModelIndex, value: object) -> str:
        model, source = source_of(cell)
        if model is None:
            return ""
        return model.validate(source, value)

    def refuse(self, editor: QWidget, cell: ModelIndex, reason: str, seconds: float = 0) -> None:
        rect = self.view.visualRect(plain(cell))
        if editor.isVisible():
            rect = rect.united(editor.geometry())
        self.message.show_at(rect, reason, seconds=seconds)
        editor.setAccessibleDescription(reason)
        self.refused.emit(reason)

    def _move_down(self, cell: QPersistentModelIndex) -> None:
        model = self.view.model()
        below = model.index(cell.row() + 1, cell.column())
        if below.isValid():
            self.view.setCurrentIndex(below)

    # -- keys and focus -------------------------------------------------------------------

    def _editor_of(self, obj: QObject) -> QWidget | None:
        """The cell editor `obj` is (or is part of, or the completion list of), open or being
        closed."""
        owner = obj.property(POPUP_OF)
        if isinstance(owner, int):
            return self._popups.get(owner)
        widget = obj if isinstance(obj, QWidget) else None
        while widget is not None:
            if widget.property(EDITOR_PROPERTY):
                return widget
            widget = widget.parentWidget()
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        editor = self._editor_of(obj)
        if editor is None:
            return super().eventFilter(obj, event)
        if editor not in self._open:
            # committed or cancelled, being closed: Qt's own handling would commit it again
            return False
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                event.accept()  # the editor's keys, not the window's shortcuts
                return True
            return False
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(editor, event)
        if kind == QEvent.Type.FocusOut:
            self._focus_out(editor)
        return False

    def _key(self, editor: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        control = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        popup = isinstance(editor, ChoiceEdit) and editor.popup_visible()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not control:
            backwards = key == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.finish(editor, Hint.EditPreviousItem if backwards else Hint.EditNextItem)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not control:
            if popup:
                assert isinstance(editor, ChoiceEdit)
                editor.accept_completion()
            self.finish(editor, Hint.NoHint, move_down=True)
            return True
        if key == Qt.Key.Key_Escape:
            if popup:
                return False  # Escape closes the list first
            self.cancel(editor)
            return True
        return False

    def _focus_out(self, editor: QWidget) -> None:
        if QApplication.activePopupWidget() is not None:
            return  # the calendar or a list of the editor
        focus = QApplication.focusWidget()
        if focus is not None and (focus is editor or editor.isAncestorOf(focus)):
            return
        cell = self._open.get(editor)
        if cell is None:
            return
        if not self.finish_quietly(editor, cell):
            # the value cannot be stored: put the stored one back, and say why for a while
            reason = self.reason(cell, editor_value(editor))
            self.cancel(editor)
            self.message.show_at(self.view.visualRect(plain(cell)), reason, seconds=6)
            self.refused.emit(reason)

    def finish_quietly(self, editor: QWidget, cell: QPersistentModelIndex) -> bool:
        if isinstance(editor, ChoiceEdit):
            editor.accept_completion()
        if self.reason(cell, editor_value(editor)):
            return False
        del self._open[editor]
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, Hint.NoHint)
        return True

    # -- painting and hover ---------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        from PySide6.QtGui import QPen
        from PySide6.QtWidgets import QStyle

        super().paint(painter, option, index)
        rect: QRect = option.rect
        state: QStyle.StateFlag = option.state
        if index.data(ERROR_ROLE):
            # a refused cell stays visibly marked even when it is selected
            painter.save()
            painter.setPen(QPen(error_colors(self.view.palette())[0], 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.restore()
        if state & QStyle.StateFlag.State_HasFocus and self.view.hasFocus():
            # the current cell is always visible when the table has the keyboard
            painter.save()
            palette = self.view.palette()
            selected = bool(state & QStyle.StateFlag.State_Selected)
            color = palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            )
            painter.setPen(QPen(color, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: ModelIndex,
    ) -> bool:
        """Hovering a cut-off cell shows all of its text (with what a blank means, if any)."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            from PySide6.QtWidgets import QToolTip

            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            rect: QRect = option.rect
            metrics = view.fontMetrics()
            if text and metrics.horizontalAdvance(text) + 12 > rect.width():
                hint = index.data(Qt.ItemDataRole.ToolTipRole)
                full = text if not hint else f"{text}\n{hint}"
                QToolTip.showText(event.globalPos(), full, view, rect)
                return True
        return super().helpEvent(event, view, option, index)


__all__ = ["CellMessage", "ChoiceEdit", "DateEdit", "SheetDelegate", "source_of"]
