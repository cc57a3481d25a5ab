"""What a cell of an entity table holds: typed text parsed into a field's value (with the reason
when it cannot be), values shown as text, and names resolved to the entities they mean."""

from __future__ import annotations

import math
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, Qt

from ..domain.enums import PlanEnum, enum_label, parse_enum_any_language
from ..domain.model import Actor, Entity, Function, Plan, Presence
from ..i18n import format_number as localised_number
from ..i18n import format_usd, language
from .table_columns import Column, ColumnKind


class InputError(ValueError):
    """Typed input that cannot become a value of the field."""


def parse_date(text: str, *, optional: bool) -> date | None:
    text = text.strip()
    if not text:
        if optional:
            return None
        raise InputError(QCoreApplication.translate("Cells", "a date is required (YYYY-MM-DD)"))
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
        raise InputError(
            QCoreApplication.translate("Cells", "capacity must be a number of at least 0")
        )
    return value


#: Multipliers a planner may type after an amount ("1.25m", "300k", "2bn").
_MULTIPLIERS = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
}


def parse_usd(text: str) -> float:
    """An amount of US dollars as typed: "$1,250,000", "1 250 000", "1.25m", "US$ 300k"; in
    French the comma is the decimal mark ("1 250 000,50")."""
    raw = text.strip()
    if not raw:
        raise InputError(QCoreApplication.translate("Cells", "an amount in US dollars is required"))
    cleaned = raw.casefold()
    for mark in ("us$", "usd", "$ us", "$", "us"):
        cleaned = cleaned.replace(mark, "")
    for space in (" ", "\u00a0", "\u202f", "'"):
        cleaned = cleaned.replace(space, "")
    if language() == "fr":
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    factor = 1
    for suffix in sorted(_MULTIPLIERS, key=len, reverse=True):
        if cleaned.endswith(suffix):
            factor, cleaned = _MULTIPLIERS[suffix], cleaned[: -len(suffix)]
            break
    try:
        value = float(cleaned) * factor
    except ValueError:
        raise InputError(
            QCoreApplication.translate("Cells", "“{0}” is not an amount of US dollars").format(raw)
        ) from None
    if not math.isfinite(value) or value < 0:
        raise InputError(
            QCoreApplication.translate("Cells", "an amount must be at least 0 US dollars")
        )
    return round(value, 2)


def parse_year(text: str) -> int:
    """A calendar year as typed ("2024"); whether the plan may hold it is the domain's rule."""
    raw = text.strip()
    if not raw:
        raise InputError(QCoreApplication.translate("Cells", "a year is required"))
    if not raw.isdigit():
        raise InputError(
            QCoreApplication.translate("Cells", "“{0}” is not a year; type it as 2024").format(raw)
        )
    return int(raw)


def usd_text(value: float) -> str:
    """An amount as a planner reads it: "$1,250,000" ("1 250 000 $ US" in French), cents
    only when there are some."""
    if float(value).is_integer():
        return format_usd(value)
    text = f"{float(value):,.2f}"  # cents: always two digits
    if language() == "fr":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return format_usd(0).replace("0", text, 1)


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
    if col.kind is ColumnKind.YEAR:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        return parse_year("" if value is None else str(value))
    if col.kind is ColumnKind.MONEY:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not math.isfinite(value) or value < 0:
                raise InputError(
                    QCoreApplication.translate("Cells", "an amount must be at least 0 US dollars")
                )
            return float(value)
        return parse_usd("" if value is None else str(value))
    text = "" if value is None else str(value).strip()
    if col.enum is not None:
        return _parse_enum(col.enum, value, text, optional)
    if col.ref is not None:
        if not text:
            if optional:
                return None
            raise InputError(QCoreApplication.translate("Cells", "a value is required"))
        assert plan is not None
        found, candidates = resolve_name(ref_pool(plan, col.ref), text)
        if found is not None:
            return found.id
        if candidates:
            raise InputError(_ambiguous_name(text, candidates))
        raise InputError(_unknown_name(col.ref, text))
    if col.kind is ColumnKind.NAME:
        if not text:
            raise InputError(QCoreApplication.translate("Cells", "a name is required"))
        return text
    if col.kind is ColumnKind.SUGGEST:
        return text
    return "" if value is None else str(value)


def _parse_enum(enum: type[PlanEnum], value: object, text: str, optional: bool) -> object:
    if isinstance(value, enum):
        return value
    if not text:
        if optional:
            return None
        raise InputError(QCoreApplication.translate("Cells", "a value is required"))
    try:
        return parse_enum_any_language(enum, text)
    except ValueError:
        allowed = ", ".join(enum_label(m) for m in enum)
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


def shown_text(col: Column, value: object, names: dict[str, str]) -> str:
    """A value as its cell shows it; `names`: id → name, for a reference column."""
    if value is None:
        return ""
    if col.kind.is_ref:
        return names.get(value, "?") if isinstance(value, str) else ""
    if isinstance(value, PlanEnum):
        return enum_label(value)  # "PKO" in English, "OMP" in French
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if col.kind is ColumnKind.NUMBER and isinstance(value, int | float):
        return format_number(float(value))
    if col.kind is ColumnKind.MONEY and isinstance(value, int | float):
        return usd_text(float(value))
    return str(value)


def edit_text(col: Column, value: object) -> object:
    """A value as its editor starts with it (a reference: the id, the editor shows its name)."""
    if value is None:
        return ""
    if col.kind.is_ref:
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if col.kind is ColumnKind.NUMBER and isinstance(value, int | float):
        return f"{value:g}" if float(value).is_integer() else str(value)
    if col.kind is ColumnKind.MONEY and isinstance(value, int | float):
        return localised_number(value)
    if col.kind is ColumnKind.YEAR:
        return str(value)
    return value


def sort_key(col: Column, value: object, shown: str) -> object:
    """What a column sorts by: numbers by value, choices in their order, dates by day (open
    ends last, blank starts first), the rest by the text shown."""
    if col.kind.is_numeric:
        return -1.0 if not isinstance(value, int | float) else float(value)
    if col.kind.is_enum and isinstance(value, PlanEnum) and col.enum is not None:
        return f"{list(col.enum).index(value):03d}"
    if isinstance(value, date):
        return value.isoformat()
    if col.kind is ColumnKind.OPTIONAL_DATE and value is None:
        return "9999-99-99" if col.field in ("end", "required_until") else ""
    return shown.casefold()
