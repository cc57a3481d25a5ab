"""What a cell of an entity table holds: typed text parsed into a field's value (with the reason
when it cannot be), values shown as text, and names resolved to the entities they mean."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt

from ..domain.enums import PlanEnum, parse_enum
from ..domain.model import Actor, Entity, Function, Plan, Presence
from .table_specs import Column, ColumnKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cells", text)


class InputError(ValueError):
    """Typed input that cannot become a value of the field."""


def parse_date(text: str, *, optional: bool) -> date | None:
    text = text.strip()
    if not text:
        if optional:
            return None
        raise InputError(_tr("a date is required (YYYY-MM-DD)"))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(
            QCoreApplication.translate(
                "Cells", "“{0}” is not a date; type it as YYYY-MM-DD"
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
            QCoreApplication.translate("Cells", "“{0}” is not a number").format(text)
        ) from None
    if not math.isfinite(value) or value < 0:
        raise InputError(_tr("capacity must be a number of at least 0"))
    return value


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def ref_pool(plan: Plan, entity_type: type[Entity]) -> tuple[Entity, ...]:
    """The plan's entities of a type, whose names a reference column offers."""
    return plan.entities(entity_type)


def entity_name(entity: Entity) -> str:
    name = getattr(entity, "name", None)
    return name if isinstance(name, str) else entity.id


def resolve_name(pool: tuple[Entity, ...], text: str) -> tuple[Entity | None, list[Entity]]:
    """The entity a typed name means: the same name (any case), else the only one whose name
    starts with the text, else the only one whose name contains it. (None, candidates) when
    there are several candidates; (None, []) when there is none."""
    wanted = text.strip().casefold()
    for e in pool:
        if e.id == text.strip() or entity_name(e).strip().casefold() == wanted:
            return e, [e]
    for test in (
        lambda n: n.startswith(wanted),
        lambda n: wanted in n,
    ):
        found = [e for e in pool if test(entity_name(e).strip().casefold())]
        if len(found) == 1:
            return found[0], found
        if found:
            return None, found
    return None, []


def _unknown_name(ref: type[Entity], text: str) -> str:
    if ref is Actor:
        message = QCoreApplication.translate(
            "Cells",
            "“{0}” is not an actor of this plan: choose one from the list, or add it "
            "in the Actors table first",
        )
    elif ref is Function:
        message = QCoreApplication.translate(
            "Cells",
            "“{0}” is not a function of this plan: choose one from the list, or add it "
            "in the Functions table first",
        )
    elif ref is Presence:
        message = QCoreApplication.translate(
            "Cells",
            "“{0}” is not a presence of this plan: choose one from the list, or add "
            "it in the Presences table first",
        )
    else:
        message = QCoreApplication.translate("Cells", "“{0}” is not in this plan")
    return message.format(text)


def _ambiguous_name(text: str, candidates: list[Entity]) -> str:
    names = ", ".join(entity_name(e) for e in candidates[:6])
    return QCoreApplication.translate(
        "Cells", "“{0}” could be any of: {1}; type more of the name"
    ).format(text, names)


def parse_cell(col: Column, value: object, plan: Plan | None) -> object:
    """Typed or chosen input as the field's value; InputError with the reason."""
    if isinstance(value, QDate):
        value = date(value.year(), value.month(), value.day()) if value.isValid() else None
    optional = col.kind.optional
    if col.kind.is_date:
        if isinstance(value, date):
            return value
        return parse_date("" if value is None else str(value), optional=optional)
    if col.kind is ColumnKind.NUMBER:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return parse_number(repr(float(value)))
        return parse_number("" if value is None else str(value))
    text = "" if value is None else str(value).strip()
    if col.enum is not None:
        return _parse_enum(col.enum, value, text, optional)
    if col.ref is not None:
        if not text:
            if optional:
                return None
            raise InputError(_tr("a value is required"))
        assert plan is not None
        found, candidates = resolve_name(ref_pool(plan, col.ref), text)
        if found is not None:
            return found.id
        if candidates:
            raise InputError(_ambiguous_name(text, candidates))
        raise InputError(_unknown_name(col.ref, text))
    if col.kind is ColumnKind.NAME:
        if not text:
            raise InputError(_tr("a name is required"))
        return text
    return "" if value is None else str(value)


def _parse_enum(enum: type[PlanEnum], value: object, text: str, optional: bool) -> object:
    if isinstance(value, enum):
        return value
    if not text:
        if optional:
            return None
        raise InputError(_tr("a value is required"))
    try:
        return parse_enum(enum, text)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise InputError(
            QCoreApplication.translate("Cells", "“{0}” is not one of the choices: {1}").format(
                text, allowed
            )
        ) from None


def as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
