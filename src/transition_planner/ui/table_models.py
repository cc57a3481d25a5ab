"""Thin table models over the entities of a plan, one per entity type.

A model shows the rows of one collection of a `Plan` (plain domain objects, never ORM rows). It
knows its columns (`COL_*` constants), offers a sort role, and turns an edited cell into a
`PlanChange` that it hands to an `EditSink`: the sink dry-runs it (`check`) and, when valid,
commits it (one undo command, one transaction). Invalid input is never stored: the cell keeps the
typed text in red with the reason as its tooltip until it is corrected.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ..domain.changes import PlanChange, entity_label, set_fields
from ..domain.enums import (
    DEFAULT_LEAD,
    ActorType,
    FundingStatus,
    LeadDepartment,
    MilestoneKind,
    PlanEnum,
    PresenceKind,
    Priority,
    parse_enum,
)
from ..domain.model import Actor, Assignment, Entity, Function, Milestone, Plan, Presence
from ..domain.validation import Problem

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: list[tuple[str, object]]: (label, value) pairs an editor offers for the cell.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3
#: The column's kind: "text", "date", "optional_date", "enum", "optional_enum", "ref",
#: "optional_ref", "number".
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
#: The message of a rejected input on this cell ("" when none).
ERROR_ROLE = Qt.ItemDataRole.UserRole + 5

_CTX = "EntityTableModel"

ERROR_FOREGROUND = QColor("#9b1c1c")
ERROR_BACKGROUND = QColor("#fde2e2")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = "text"
    enum: type[PlanEnum] | None = None
    tooltip: str = ""


class EditSink(Protocol):
    """Where a model sends its changes (the plan editor: service + undo stack)."""

    def check(self, change: PlanChange) -> list[Problem]: ...

    def commit(self, change: PlanChange, label: str) -> bool: ...


class InputError(ValueError):
    """Typed input that cannot become a value of the field."""


def parse_date(text: str, *, optional: bool) -> date | None:
    text = text.strip()
    if not text:
        if optional:
            return None
        raise InputError(
            QCoreApplication.translate("EntityTableModel", "a date is required (YYYY-MM-DD)")
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(
            QCoreApplication.translate(
                "EntityTableModel", "'{0}' is not a date; type it as YYYY-MM-DD"
            ).format(text)
        ) from None


def parse_number(text: str) -> float | None:
    text = text.strip().replace(",", "").replace("\u202f", "").replace(" ", "")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise InputError(
            QCoreApplication.translate("EntityTableModel", "'{0}' is not a number").format(text)
        ) from None
    if not math.isfinite(value) or value < 0:
        raise InputError(
            QCoreApplication.translate(
                "EntityTableModel", "capacity must be a number of at least 0"
            )
        )
    return value


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


class EntityTableModel(QAbstractTableModel):
    """The rows of one entity collection of a plan."""

    entity_type: type[Entity] = Presence
    COLUMNS: tuple[Column, ...] = ()
    #: The sheet-like plural name, for messages and settings keys.
    table_name = ""
    #: Input was refused (the reason); the cell shows it too.
    inputRejected = Signal(str)

    def __init__(self, sink: EditSink | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._sink = sink
        self._plan: Plan | None = None
        self._rows: list[Entity] = []
        #: (entity id, field) → (typed text, reason) of rejected input
        self._errors: dict[tuple[str, str], tuple[str, str]] = {}
        #: reference field → id → name, for the current plan
        self._names: dict[str, dict[str, str]] = {}

    # -- rows -----------------------------------------------------------------------------

    def set_sink(self, sink: EditSink | None) -> None:
        self._sink = sink

    @property
    def plan(self) -> Plan | None:
        return self._plan

    def set_rows(self, plan: Plan | None) -> None:
        """Show `plan`'s entities. Same rows in the same order: only the changed rows are
        reported (selection and editors survive); otherwise the model is reset."""
        rows: list[Entity] = list(plan.entities(self.entity_type)) if plan is not None else []
        old_plan = self._plan
        old_names = self._names
        same_plan = old_plan is not None and plan is not None and old_plan.id == plan.id
        self._plan = plan
        self._names = _ref_names(plan, self._ref_fields)
        if (
            same_plan
            and len(rows) == len(self._rows)
            and all(a.id == b.id for a, b in zip(self._rows, rows, strict=True))
        ):
            renamed = {
                field: {i for i, n in names.items() if old_names.get(field, {}).get(i) != n}
                for field, names in self._names.items()
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

    @property
    def _ref_fields(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.COLUMNS if c.kind in ("ref", "optional_ref"))

    def entity(self, row: int) -> Entity:
        return self._rows[row]

    def entities(self) -> list[Entity]:
        return list(self._rows)

    def row_of(self, entity_id: str) -> int | None:
        for i, e in enumerate(self._rows):
            if e.id == entity_id:
                return i
        return None

    def column_of(self, field: str) -> int:
        for i, col in enumerate(self.COLUMNS):
            if col.field == field:
                return i
        raise KeyError(field)

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            col = self.COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(col.header)
            if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
                return _tr(col.tooltip)
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

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.COLUMNS)):
            return None
        entity = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
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
        if role == CHOICES_ROLE:
            return self.choices(col)
        if role == ERROR_ROLE:
            return error[1] if error else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return QCoreApplication.translate("EntityTableModel", "Not saved: {0}").format(
                    error[1]
                )
            return self.tooltip(col, entity)
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return QBrush(ERROR_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            blank = QCoreApplication.translate("EntityTableModel", "blank")
            return f"{_tr(col.header)}: {self.display(col, value) or blank}"
        return None

    def tooltip(self, col: Column, entity: Entity) -> str | None:
        if col.kind == "optional_date" and getattr(entity, col.field) is None:
            if col.field == "end":
                return QCoreApplication.translate(
                    "EntityTableModel", "Blank: open-ended (until the horizon's end)"
                )
            if col.field == "required_from":
                return QCoreApplication.translate(
                    "EntityTableModel", "Blank: from the horizon's start"
                )
            if col.field == "required_until":
                return QCoreApplication.translate(
                    "EntityTableModel", "Blank: until the horizon's end"
                )
        if col.field == "notes":
            text = getattr(entity, "notes", "")
            return text or None
        return None

    def display(self, col: Column, value: object) -> str:
        if value is None:
            return ""
        if col.kind in ("ref", "optional_ref"):
            if not isinstance(value, str):
                return ""
            return self._names.get(col.field, {}).get(value, "?")
        if isinstance(value, Enum):
            return str(value.value)
        if isinstance(value, date):
            return value.isoformat()
        if col.kind == "number" and isinstance(value, int | float):
            return format_number(float(value))
        return str(value)

    def edit_value(self, col: Column, value: object) -> object:
        if value is None:
            return ""
        if isinstance(value, Enum):
            return str(value.value)
        if isinstance(value, date):
            return value.isoformat()
        if col.kind == "number" and isinstance(value, int | float):
            return f"{value:g}" if float(value).is_integer() else str(value)
        return value

    def sort_value(self, col: Column, value: object) -> object:
        if col.kind == "number":
            return -1.0 if value is None else float(value)  # type: ignore[arg-type]
        if col.kind in ("enum", "optional_enum") and isinstance(value, Enum) and col.enum:
            return f"{list(col.enum).index(value):03d}"
        if isinstance(value, date):
            return value.isoformat()
        if col.kind == "optional_date" and value is None:
            # open ends sort last, blank starts first
            return "9999-99-99" if col.field in ("end", "required_until") else ""
        return self.display(col, value).casefold()

    def choices(self, col: Column) -> list[tuple[str, object]] | None:
        if col.enum is not None:
            values: list[tuple[str, object]] = [(m.value, m.value) for m in col.enum]
            if col.kind == "optional_enum":
                values.insert(
                    0, (QCoreApplication.translate("EntityTableModel", "(not tracked)"), "")
                )
            return values
        if col.kind in ("ref", "optional_ref") and self._plan is not None:
            pool = _ref_pool(self._plan, col.field)
            values = [(e.name, e.id) for e in pool]
            if col.kind == "optional_ref":
                values.insert(0, (QCoreApplication.translate("EntityTableModel", "(none)"), ""))
            return values
        return None

    # -- editing ------------------------------------------------------------------------------

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._sink is None:
            return False
        if self._plan is None or not (0 <= index.row() < len(self._rows)):
            return False
        entity = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        key = (entity.id, col.field)
        text = _as_text(value)
        try:
            parsed = self.parse(col, value)
        except InputError as exc:
            return self._reject(index, key, text, str(exc))
        values: dict[str, object] = {col.field: parsed}
        values.update(self.implied(entity, col.field, parsed))
        change = set_fields(self._plan, entity, **values)
        if change.is_empty():
            self._clear_error(index, key)
            return True
        problems = self._sink.check(change)
        if problems:
            mine = [p for p in problems if p.entity_id == entity.id] or problems
            return self._reject(index, key, text, "; ".join(p.message for p in mine))
        label = QCoreApplication.translate("EntityTableModel", "Change {0} of {1}").format(
            _tr(col.header), entity_label(self._plan, entity)
        )
        self._errors.pop(key, None)
        return self._sink.commit(change, label)

    def implied(self, entity: Entity, field: str, value: object) -> dict[str, object]:
        """Further fields that follow from an edit (see PresenceTableModel)."""
        return {}

    def parse(self, col: Column, value: Any) -> object:
        """Typed or chosen input as the field's value; InputError with the reason."""
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        if col.kind in ("date", "optional_date"):
            if isinstance(value, date):
                return value
            if value is None:
                return parse_date("", optional=col.kind == "optional_date")
            return parse_date(str(value), optional=col.kind == "optional_date")
        if col.kind == "number":
            if isinstance(value, int | float) and not isinstance(value, bool):
                return parse_number(repr(float(value)))
            return parse_number("" if value is None else str(value))
        if col.kind in ("enum", "optional_enum"):
            assert col.enum is not None
            if isinstance(value, col.enum):
                return value
            text = "" if value is None else str(value).strip()
            if not text:
                if col.kind == "optional_enum":
                    return None
                raise InputError(
                    QCoreApplication.translate("EntityTableModel", "a value is required")
                )
            try:
                return parse_enum(col.enum, text)
            except ValueError:
                allowed = ", ".join(m.value for m in col.enum)
                raise InputError(
                    QCoreApplication.translate(
                        "EntityTableModel", "unknown value '{0}'; choose one of: {1}"
                    ).format(text, allowed)
                ) from None
        if col.kind in ("ref", "optional_ref"):
            assert self._plan is not None
            text = "" if value is None else str(value).strip()
            if not text:
                if col.kind == "optional_ref":
                    return None
                raise InputError(
                    QCoreApplication.translate("EntityTableModel", "a value is required")
                )
            pool = _ref_pool(self._plan, col.field)
            for e in pool:
                if e.id == text:
                    return e.id
            for e in pool:
                if e.name.strip().casefold() == text.casefold():
                    return e.id
            raise InputError(
                QCoreApplication.translate("EntityTableModel", "unknown {0} '{1}'").format(
                    _ref_noun(col.field), text
                )
            )
        text = "" if value is None else str(value)
        if col.field == "name":
            text = text.strip()
            if not text:
                raise InputError(
                    QCoreApplication.translate("EntityTableModel", "a name is required")
                )
        return text

    def _reject(self, index: ModelIndex, key: tuple[str, str], text: str, reason: str) -> bool:
        self._errors[key] = (text, reason)
        self.dataChanged.emit(index, index)
        self.inputRejected.emit(reason)
        return False

    def _clear_error(self, index: ModelIndex, key: tuple[str, str]) -> None:
        if self._errors.pop(key, None) is not None:
            self.dataChanged.emit(index, index)

    def cell_error(self, row: int, field: str) -> str:
        if not (0 <= row < len(self._rows)):
            return ""
        error = self._errors.get((self._rows[row].id, field))
        return error[1] if error else ""

    def discard_errors(self) -> None:
        if self._errors:
            self._errors.clear()
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
                )

    # -- new rows -----------------------------------------------------------------------------

    def new_entity(self) -> Entity:
        """A new row with sensible defaults (raises InputError when one cannot be made)."""
        raise NotImplementedError

    def duplicate(self, entity: Entity, also_taken: set[str] | None = None) -> Entity:
        """A copy with a fresh id and a free name ("X (copy)"); `also_taken` holds names
        (case-folded) of further rows being added with it."""
        name = getattr(entity, "name", None)
        if isinstance(name, str) and self._plan is not None and self.entity_type is not Milestone:
            taken = {getattr(e, "name", "").casefold() for e in self._rows} | (also_taken or set())
            return replace(entity, name=_unique(f"{name} (copy)", taken), id=_new_id())  # type: ignore[call-arg]
        return replace(entity, id=_new_id())  # type: ignore[call-arg]


def _new_id() -> str:
    from ..domain.model import new_id

    return new_id()


def _unique(base: str, taken: set[str]) -> str:
    if base.casefold() not in taken:
        return base
    n = 2
    while f"{base} {n}".casefold() in taken:
        n += 1
    return f"{base} {n}"


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _ref_pool(
    plan: Plan, field: str
) -> tuple[Presence, ...] | tuple[Actor, ...] | tuple[Function, ...]:
    if field == "presence_id":
        return plan.presences
    if field == "actor_id":
        return plan.actors
    if field == "function_id":
        return plan.functions
    raise KeyError(field)


def _ref_names(plan: Plan | None, fields: tuple[str, ...]) -> dict[str, dict[str, str]]:
    if plan is None:
        return {}
    return {field: {e.id: e.name for e in _ref_pool(plan, field)} for field in fields}


def _ref_noun(field: str) -> str:
    return {
        "presence_id": QCoreApplication.translate("EntityTableModel", "presence"),
        "actor_id": QCoreApplication.translate("EntityTableModel", "actor"),
        "function_id": QCoreApplication.translate("EntityTableModel", "function"),
    }[field]


class PresenceTableModel(EntityTableModel):
    entity_type = Presence
    table_name = "presences"
    COL_NAME, COL_KIND, COL_START, COL_END, COL_LEAD, COL_FUNDING, COL_MANDATE, COL_NOTES = range(8)
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("EntityTableModel", "Name")),
        Column("kind", QT_TRANSLATE_NOOP("EntityTableModel", "Kind"), "enum", PresenceKind),
        Column("start", QT_TRANSLATE_NOOP("EntityTableModel", "Start"), "date"),
        Column(
            "end",
            QT_TRANSLATE_NOOP("EntityTableModel", "End"),
            "optional_date",
            tooltip=QT_TRANSLATE_NOOP("EntityTableModel", "Blank: ongoing"),
        ),
        Column(
            "lead_department",
            QT_TRANSLATE_NOOP("EntityTableModel", "Lead department"),
            "enum",
            LeadDepartment,
        ),
        Column("funding", QT_TRANSLATE_NOOP("EntityTableModel", "Funding")),
        Column("mandate", QT_TRANSLATE_NOOP("EntityTableModel", "Mandate")),
        Column("notes", QT_TRANSLATE_NOOP("EntityTableModel", "Notes")),
    )

    def implied(self, entity: Entity, field: str, value: object) -> dict[str, object]:
        # the lead department follows the kind while the planner has not chosen another one
        if (
            field == "kind"
            and isinstance(entity, Presence)
            and isinstance(value, PresenceKind)
            and entity.lead_department == DEFAULT_LEAD[entity.kind]
        ):
            return {"lead_department": DEFAULT_LEAD[value]}
        return {}

    def new_entity(self) -> Entity:
        assert self._plan is not None
        taken = {p.name.casefold() for p in self._plan.presences}
        return Presence(
            name=_unique(QCoreApplication.translate("EntityTableModel", "New presence"), taken),
            kind=PresenceKind.SPM,
            start=self._plan.horizon_start,
        )


class ActorTableModel(EntityTableModel):
    entity_type = Actor
    table_name = "actors"
    COL_NAME, COL_TYPE, COL_PRESENCE, COL_NOTES = range(4)
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("EntityTableModel", "Name")),
        Column("type", QT_TRANSLATE_NOOP("EntityTableModel", "Type"), "enum", ActorType),
        Column(
            "presence_id",
            QT_TRANSLATE_NOOP("EntityTableModel", "Presence"),
            "optional_ref",
            tooltip=QT_TRANSLATE_NOOP(
                "EntityTableModel",
                "The presence this actor belongs to: it acts only while it exists",
            ),
        ),
        Column("notes", QT_TRANSLATE_NOOP("EntityTableModel", "Notes")),
    )

    def new_entity(self) -> Entity:
        assert self._plan is not None
        taken = {a.name.casefold() for a in self._plan.actors}
        return Actor(
            name=_unique(QCoreApplication.translate("EntityTableModel", "New actor"), taken),
            type=ActorType.UN_ENTITY,
        )


class FunctionTableModel(EntityTableModel):
    entity_type = Function
    table_name = "functions"
    COL_NAME, COL_CATEGORY, COL_PRIORITY, COL_FROM, COL_UNTIL, COL_NOTES = range(6)
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("EntityTableModel", "Name")),
        Column("category", QT_TRANSLATE_NOOP("EntityTableModel", "Category")),
        Column("priority", QT_TRANSLATE_NOOP("EntityTableModel", "Priority"), "enum", Priority),
        Column(
            "required_from",
            QT_TRANSLATE_NOOP("EntityTableModel", "Required from"),
            "optional_date",
            tooltip=QT_TRANSLATE_NOOP("EntityTableModel", "Blank: from the horizon's start"),
        ),
        Column(
            "required_until",
            QT_TRANSLATE_NOOP("EntityTableModel", "Required until"),
            "optional_date",
            tooltip=QT_TRANSLATE_NOOP("EntityTableModel", "Blank: until the horizon's end"),
        ),
        Column("notes", QT_TRANSLATE_NOOP("EntityTableModel", "Notes")),
    )

    def new_entity(self) -> Entity:
        assert self._plan is not None
        taken = {f.name.casefold() for f in self._plan.functions}
        return Function(
            name=_unique(QCoreApplication.translate("EntityTableModel", "New function"), taken),
            priority=Priority.HIGH,
        )


class AssignmentTableModel(EntityTableModel):
    entity_type = Assignment
    table_name = "assignments"
    (
        COL_FUNCTION,
        COL_ACTOR,
        COL_START,
        COL_END,
        COL_CAPACITY,
        COL_FUNDING_STATUS,
        COL_FUNDING_SOURCE,
        COL_NOTES,
    ) = range(8)
    COLUMNS = (
        Column("function_id", QT_TRANSLATE_NOOP("EntityTableModel", "Function"), "ref"),
        Column("actor_id", QT_TRANSLATE_NOOP("EntityTableModel", "Actor"), "ref"),
        Column("start", QT_TRANSLATE_NOOP("EntityTableModel", "Start"), "date"),
        Column(
            "end",
            QT_TRANSLATE_NOOP("EntityTableModel", "End"),
            "optional_date",
            tooltip=QT_TRANSLATE_NOOP("EntityTableModel", "Blank: open-ended"),
        ),
        Column(
            "capacity",
            QT_TRANSLATE_NOOP("EntityTableModel", "Capacity"),
            "number",
            tooltip=QT_TRANSLATE_NOOP(
                "EntityTableModel", "A number of at least 0 (e.g. staff); blank: unknown"
            ),
        ),
        Column(
            "funding_status",
            QT_TRANSLATE_NOOP("EntityTableModel", "Funding status"),
            "optional_enum",
            FundingStatus,
        ),
        Column("funding_source", QT_TRANSLATE_NOOP("EntityTableModel", "Funding source")),
        Column("notes", QT_TRANSLATE_NOOP("EntityTableModel", "Notes")),
    )

    def new_entity(self) -> Entity:
        assert self._plan is not None
        if not self._plan.functions or not self._plan.actors:
            raise InputError(
                QCoreApplication.translate(
                    "EntityTableModel", "add a function and an actor before adding an assignment"
                )
            )
        return Assignment(
            function_id=self._plan.functions[0].id,
            actor_id=self._plan.actors[0].id,
            start=self._plan.horizon_start,
        )


class MilestoneTableModel(EntityTableModel):
    entity_type = Milestone
    table_name = "milestones"
    COL_NAME, COL_DATE, COL_KIND, COL_NOTES = range(4)
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("EntityTableModel", "Name")),
        Column("date", QT_TRANSLATE_NOOP("EntityTableModel", "Date"), "date"),
        Column("kind", QT_TRANSLATE_NOOP("EntityTableModel", "Kind"), "enum", MilestoneKind),
        Column("notes", QT_TRANSLATE_NOOP("EntityTableModel", "Notes")),
    )

    def new_entity(self) -> Entity:
        assert self._plan is not None
        return Milestone(
            name=QCoreApplication.translate("EntityTableModel", "New milestone"),
            date=self._plan.horizon_start,
        )


MODEL_CLASSES: tuple[type[EntityTableModel], ...] = (
    PresenceTableModel,
    ActorTableModel,
    FunctionTableModel,
    AssignmentTableModel,
    MilestoneTableModel,
)
