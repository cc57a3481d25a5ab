"""One table model for every entity table, driven by its `TableSpec`.

A model shows the rows of one collection of a `Plan` (plain domain objects, never ORM rows), offers
a sort role, and turns an edited cell into a `PlanChange` that it hands to an `EditSink`: the sink
dry-runs it (`check`) and, when valid, commits it (one undo command, one transaction).

The cell editors ask `validate` before they commit, so input that cannot be stored keeps its
editor open with the reason beside the cell. A value set some other way that is refused is never
stored either: the cell then shows the typed text in red with the reason until it is corrected.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication

from ..domain.changes import PlanChange, entity_label, set_fields
from ..domain.enums import enum_label
from ..domain.model import Entity, Plan, new_id
from ..domain.validation import Problem
from .cell_values import (
    InputError,
    as_text,
    edit_text,
    entity_name,
    parse_cell,
    parse_date,
    parse_number,
    ref_pool,
    resolve_name,
    shown_text,
    sort_key,
)
from .palette import error_colors
from .table_columns import Column, TableSpec, free_name
from .table_specs import TABLES

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: list[tuple[str, object]]: (label, value) pairs an editor offers for the cell.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3
#: The cell's `ColumnKind`.
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
#: The message of a refused input on this cell ("" when none).
ERROR_ROLE = Qt.ItemDataRole.UserRole + 5
#: The cell's `Column`.
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 6


class EditSink(Protocol):
    """Where a model sends its changes (the plan editor: service + undo stack)."""

    def check(self, change: PlanChange) -> list[Problem]: ...

    def commit(self, change: PlanChange, label: str) -> bool: ...


class EntityTableModel(QAbstractTableModel):
    """The rows of one entity collection of a plan, as its `TableSpec` declares them."""

    #: Input was refused (the reason); the cell shows it too.
    inputRejected = Signal(str)

    def __init__(
        self, spec: TableSpec, sink: EditSink | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._sink = sink
        self._plan: Plan | None = None
        self._rows: list[Entity] = []
        #: (entity id, field) → (typed text, reason) of refused input
        self._errors: dict[tuple[str, str], tuple[str, str]] = {}
        #: reference field → id → name, for the current plan
        self._names: dict[str, dict[str, str]] = {}
        #: the last change found valid by `validate` (saves checking it twice)
        self._validated: PlanChange | None = None

    @property
    def table_name(self) -> str:
        return self.spec.name

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.spec.columns

    # -- rows -----------------------------------------------------------------------------

    def set_sink(self, sink: EditSink | None) -> None:
        self._sink = sink

    @property
    def editable(self) -> bool:
        return self._sink is not None

    @property
    def plan(self) -> Plan | None:
        return self._plan

    def set_rows(self, plan: Plan | None) -> None:
        """Show `plan`'s entities. Same rows in the same order: only the changed rows are
        reported (selection and editors survive); otherwise the model is reset."""
        rows: list[Entity] = list(plan.entities(self.spec.entity)) if plan is not None else []
        old_plan, old_names = self._plan, self._names
        same_plan = old_plan is not None and plan is not None and old_plan.id == plan.id
        self._plan = plan
        self._validated = None
        self._names = {
            c.field: {e.id: entity_name(e) for e in ref_pool(plan, c.ref)}
            for c in self.columns
            if c.ref is not None and plan is not None
        }
        if (
            same_plan
            and len(rows) == len(self._rows)
            and all(a.id == b.id for a, b in zip(self._rows, rows, strict=True))
        ):
            renamed = {
                f: {i for i, n in names.items() if old_names.get(f, {}).get(i) != n}
                for f, names in self._names.items()
            }
            renamed = {f: ids for f, ids in renamed.items() if ids}
            changed = [
                i
                for i, (a, b) in enumerate(zip(self._rows, rows, strict=True))
                if (a is not b and a != b)
                or (renamed and any(getattr(b, f) in ids for f, ids in renamed.items()))
            ]
            self._rows = rows
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0),
                    self.index(max(changed), self.columnCount() - 1),
                )
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        if self._errors:
            ids = {r.id for r in rows}
            self._errors = {k: v for k, v in self._errors.items() if k[0] in ids}

    def entity(self, row: int) -> Entity:
        return self._rows[row]

    def entities(self) -> list[Entity]:
        return list(self._rows)

    def row_of(self, entity_id: str) -> int | None:
        for i, e in enumerate(self._rows):
            if e.id == entity_id:
                return i
        return None

    def column_of(self, field_name: str) -> int:
        return self.spec.column_of(field_name)

    def column(self, index: int) -> Column:
        return self.columns[index]

    # -- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title()
            if role == Qt.ItemDataRole.ToolTipRole:
                return col.description() or col.blank_meaning() or None
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._sink is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        entity = self._rows[index.row()]
        col = self.columns[index.column()]
        value = getattr(entity, col.field)
        error = self._errors.get((entity.id, col.field))
        if role == Qt.ItemDataRole.DisplayRole:
            return error[0] if error else self.display(col, value)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(col, value)
        if role == SORT_ROLE:
            return self.sort_value(col, value)
        if role == ID_ROLE:
            return entity.id
        if role == KIND_ROLE:
            return col.kind
        if role == COLUMN_ROLE:
            return col
        if role == CHOICES_ROLE:
            return self.choices(col)
        if role == ERROR_ROLE:
            return error[1] if error else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return QCoreApplication.translate("Cells", "Not saved: {0}").format(error[1])
            if value is None or value == "":
                return col.blank_meaning() or None
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and error:
            fg, bg = error_colors(QGuiApplication.palette())
            return QBrush(fg if role == Qt.ItemDataRole.ForegroundRole else bg)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind.is_numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = (
                self.display(col, value)
                or col.blank_meaning()
                or QCoreApplication.translate("Cells", "blank")
            )
            return QCoreApplication.translate("Cells", "{0}: {1}").format(col.title(), shown)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return error[1] if error else col.description()
        return None

    def display(self, col: Column, value: object) -> str:
        return shown_text(col, value, self._names.get(col.field, {}))

    def edit_value(self, col: Column, value: object) -> object:
        return edit_text(col, value)

    def sort_value(self, col: Column, value: object) -> object:
        return sort_key(col, value, self.display(col, value))

    def choices(self, col: Column) -> list[tuple[str, object]] | None:
        """(label, value) of what an editor offers; None for free input."""
        if col.enum is not None:
            values: list[tuple[str, object]] = [(enum_label(m), m.value) for m in col.enum]
            if col.kind.optional:
                values.insert(0, (col.blank_choice(), ""))
            return values
        if col.ref is not None and self._plan is not None:
            values = [(entity_name(e), e.id) for e in ref_pool(self._plan, col.ref)]
            if col.kind.optional:
                values.insert(0, (col.blank_choice(), ""))
            return values
        if col.suggest is not None and self._plan is not None:
            return [(text, text) for text in col.suggest(self._plan)]
        return None

    # -- editing --------------------------------------------------------------------------

    def parse(self, col: Column, value: object) -> object:
        """Typed or chosen input as the field's value; InputError with the reason."""
        return parse_cell(col, value, self._plan)

    def change_for(self, index: ModelIndex, value: object) -> PlanChange:
        """The change that setting the cell to `value` makes (InputError: cannot be)."""
        assert self._plan is not None
        entity = self._rows[index.row()]
        col = self.columns[index.column()]
        parsed = self.parse(col, value)
        values: dict[str, object] = {col.field: parsed}
        values.update(self.spec.implied(entity, col.field, parsed))
        return set_fields(self._plan, entity, **values)

    def validate(self, index: ModelIndex, value: object) -> str:
        """Why `value` cannot be stored in the cell ("" when it can)."""
        if not index.isValid() or self._sink is None or self._plan is None:
            return QCoreApplication.translate("Cells", "this table cannot be changed")
        try:
            change = self.change_for(index, value)
        except InputError as exc:
            return str(exc)
        if change.is_empty():
            return ""
        problems = self._sink.check(change)
        if problems:
            return self._reason(index, problems)
        self._validated = change
        return ""

    def _reason(self, index: ModelIndex, problems: list[Problem]) -> str:
        entity_id = self._rows[index.row()].id
        mine = [p for p in problems if p.entity_id == entity_id] or problems
        return "; ".join(p.message for p in mine)

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._sink is None:
            return False
        if self._plan is None or not (0 <= index.row() < len(self._rows)):
            return False
        entity = self._rows[index.row()]
        col = self.columns[index.column()]
        key = (entity.id, col.field)
        text = as_text(value)
        try:
            change = self.change_for(index, value)
        except InputError as exc:
            return self._reject(index, key, text, str(exc))
        if change.is_empty():
            self._clear_error(index, key)
            return True
        if change != self._validated:
            problems = self._sink.check(change)
            if problems:
                return self._reject(index, key, text, self._reason(index, problems))
        self._validated = None
        label = QCoreApplication.translate("Cells", "Change {0} of {1}").format(
            col.title(), entity_label(self._plan, entity)
        )
        self._errors.pop(key, None)
        return self._sink.commit(change, label)

    def _reject(self, index: ModelIndex, key: tuple[str, str], text: str, reason: str) -> bool:
        self._errors[key] = (text, reason)
        self.dataChanged.emit(index, index)
        self.inputRejected.emit(reason)
        return False

    def _clear_error(self, index: ModelIndex, key: tuple[str, str]) -> None:
        if self._errors.pop(key, None) is not None:
            self.dataChanged.emit(index, index)

    def cell_error(self, row: int, field_name: str) -> str:
        if not (0 <= row < len(self._rows)):
            return ""
        error = self._errors.get((self._rows[row].id, field_name))
        return error[1] if error else ""

    def discard_errors(self) -> None:
        if self._errors:
            self._errors.clear()
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
                )

    # -- new rows -------------------------------------------------------------------------

    def new_entity(self) -> Entity:
        """A new row with sensible defaults (InputError when one cannot be made)."""
        assert self._plan is not None
        try:
            return self.spec.new_row(self._plan)
        except ValueError as exc:
            raise InputError(str(exc)) from None

    def duplicate(self, entity: Entity, also_taken: set[str] | None = None) -> Entity:
        """A copy with a fresh id and, for named rows, a free "X (copy)" name; `also_taken`
        holds names (case-folded) of further rows being added with it."""
        name = getattr(entity, "name", None)
        if self.spec.copies_renamed and isinstance(name, str):
            taken = {entity_name(e).casefold() for e in self._rows} | (also_taken or set())
            base = QCoreApplication.translate("Cells", "{0} (copy)").format(name)
            # (mypy cannot check `replace` on a union of dataclasses)
            return replace(entity, name=free_name(base, taken), id=new_id())  # type: ignore[arg-type]
        return replace(entity, id=new_id())


__all__ = [
    "CHOICES_ROLE",
    "COLUMN_ROLE",
    "ERROR_ROLE",
    "ID_ROLE",
    "KIND_ROLE",
    "SORT_ROLE",
    "TABLES",
    "EditSink",
    "EntityTableModel",
    "InputError",
    "parse_date",
    "parse_number",
    "resolve_name",
]
