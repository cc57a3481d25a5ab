"""Stored values that cannot be read: found, and named by plan and row.

`PRAGMA integrity_check` sees the pages, not the values: one flipped byte can leave a sound file
whose date reads "2019-01-0x", whose text is no longer UTF-8, whose number became a blob, or whose
reference names an actor that is not there. Reading such a row must be a clear refusal naming
the plan and the row (the window and the command line then offer the latest backup), never a
traceback. `check_plan` checks what a load produced (types, references); `scan` reads the raw
rows (every text as bytes, so that reading cannot fail) to say which row is damaged when a read
raised.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Date, Float, Integer, Table

from ..domain.model import COLLECTION, ENTITY_TYPES, PLAN_SETTING_FIELDS, Entity, Plan
from ..i18n import translate
from . import tables
from .rows import FIELDS, TABLES
from .sqlite import _uri


@dataclass(frozen=True)
class _FieldSpec:
    name: str
    types: tuple[type, ...]
    nullable: bool


def _python_types(column: Column[Any]) -> tuple[type, ...]:
    if isinstance(column.type, Date):
        return (date,)
    if isinstance(column.type, Float):
        return (float, int)
    if isinstance(column.type, Integer):
        return (int,)
    return (str,)


def _specs(table: Table, names: tuple[str, ...]) -> tuple[_FieldSpec, ...]:
    specs = []
    for name in names:
        column = table.c[name]
        specs.append(_FieldSpec(name, _python_types(column), bool(column.nullable)))
    return tuple(specs)


_ENTITY_SPECS = {cls: _specs(TABLES[cls], FIELDS[cls]) for cls in ENTITY_TYPES}
_PLAN_SPECS = _specs(tables.plans, PLAN_SETTING_FIELDS)
_CLASS_OF_TABLE = {TABLES[cls].name: cls for cls in ENTITY_TYPES}


def _references(cls: type[Entity]) -> tuple[tuple[str, type[Entity]], ...]:
    """(field, class referred to) of each reference of `cls` to another entity."""
    table = TABLES[cls]
    found = []
    for name in FIELDS[cls]:
        column = table.c[name]
        for key in column.foreign_keys:
            target = _CLASS_OF_TABLE.get(key.column.table.name)
            if target is not None:
                found.append((name, target))
    return tuple(found)


_REFERENCES = {cls: _references(cls) for cls in ENTITY_TYPES}


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _type_problem(spec: _FieldSpec, value: object) -> str | None:
    if value is None:
        return None if spec.nullable else _missing(spec.name)
    if not isinstance(value, spec.types) or isinstance(value, bool):
        return translate("Store", "{field} holds {value}, not a {type}").format(
            field=spec.name, value=_describe(value), type=spec.types[0].__name__
        )
    if isinstance(value, float) and not math.isfinite(value):
        return _not_a_number(spec.name, str(value))
    return None


def check_plan(plan: Plan, limit: int = 3) -> list[str]:
    """What a loaded plan holds that no save could have written ([] when nothing): values of
    the wrong type, references to rows that are not there. Each column is checked at once (the
    set of its value types); only a column with a problem is gone through row by row."""
    problems: list[str] = []
    for spec in _PLAN_SPECS:
        problem = _type_problem(spec, getattr(plan, spec.name))
        if problem:
            problems.append(translate("Store", "its settings: {problem}").format(problem=problem))
    ids = {cls: {e.id for e in plan.entities(cls)} for cls in ENTITY_TYPES}
    for cls in ENTITY_TYPES:
        items = plan.entities(cls)
        suspects: set[int] = set()
        for spec in _ENTITY_SPECS[cls]:
            values = list(map(attrgetter(spec.name), items))
            allowed = set(spec.types) | ({type(None)} if spec.nullable else set())
            seen = set(map(type, values))
            finite = float not in seen or all(
                math.isfinite(v) for v in values if isinstance(v, float)
            )
            if not seen <= allowed or not finite:
                suspects.update(i for i, v in enumerate(values) if _type_problem(spec, v))
        for name, target in _REFERENCES[cls]:
            values = list(map(attrgetter(name), items))
            if not set(values) - ids[target] - {None}:
                continue
            suspects.update(
                i for i, v in enumerate(values) if v is not None and v not in ids[target]
            )
        for index in sorted(suspects):
            problems.extend(_row_problems(cls, index, items[index], ids))
            if len(problems) >= limit:
                return problems[:limit]
    return problems[:limit]


def _row_problems(
    cls: type[Entity], index: int, entity: Entity, ids: dict[type[Entity], set[str]]
) -> list[str]:
    found = []
    for spec in _ENTITY_SPECS[cls]:
        problem = _type_problem(spec, getattr(entity, spec.name))
        if problem:
            found.append(problem)
    for name, target in _REFERENCES[cls]:
        value = getattr(entity, name)
        if value is not None and value not in ids[target]:
            missing = translate(
                "Store", "{field} names a {kind} ({value}) that the plan does not have"
            )
            found.append(
                missing.format(field=name, kind=target.__name__.lower(), value=_describe(value))
            )
    row = _row(cls, index, entity.id)
    where = translate("Store", "{row}: {problem}")
    return [where.format(row=row, problem=problem) for problem in found]


def _row(cls: type[Entity], index: int, entity_id: object) -> str:
    return _table_row(COLLECTION[cls], index + 1, entity_id)


def _table_row(table: str, number: int, entity_id: object) -> str:
    return translate("Store", "{table} row {number} (id {id})").format(
        table=table, number=number, id=_describe(_text(entity_id))
    )


def _missing(name: str) -> str:
    return translate("Store", "{field} is missing").format(field=name)


def _not_a(name: str, value: str, kind: str) -> str:
    """ "start_date holds '2019-01-0x', not a date" in the language of the work."""
    if kind == "date":
        return translate("Store", "{field} holds {value}, not a date").format(
            field=name, value=value
        )
    if kind == "text":
        return translate("Store", "{field} holds {value}, not text").format(field=name, value=value)
    if kind == "whole":
        text = translate("Store", "{field} holds {value}, not a whole number")
        return text.format(field=name, value=value)
    if kind == "unreadable":
        text = translate("Store", "{field} holds {value}, which is not readable text")
        return text.format(field=name, value=value)
    return _not_a_number(name, value)


def _not_a_number(name: str, value: str) -> str:
    return translate("Store", "{field} holds {value}, not a number").format(field=name, value=value)


def _text(value: object) -> object:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def _raw_problem(column: Column[Any], value: object) -> str | None:
    """What is wrong with a raw stored value (text read as bytes)."""
    name = column.name
    if value is None:
        return None if column.nullable else _missing(name)
    if isinstance(column.type, Date):
        if not isinstance(value, bytes):
            return _not_a(name, _describe(value), "date")
        try:
            date.fromisoformat(value.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            return _not_a(name, _describe(_text(value)), "date")
        return None
    if isinstance(column.type, Float):
        if not isinstance(value, int | float):
            return _not_a(name, _describe(_text(value)), "number")
        return None
    if isinstance(column.type, Integer):
        if not isinstance(value, int):
            return _not_a(name, _describe(_text(value)), "whole")
        return None
    if not isinstance(value, bytes):
        return _not_a(name, _describe(value), "text")
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return _not_a(name, _describe(_text(value)), "unreadable")
    return None


def scan(path: Path, plan_id: str | None = None, limit: int = 3) -> list[str]:
    """The stored values of `path` (of one plan, or all) that cannot be read, as "plan 'X':
    assignments row 3 (id …): start_date holds '2019-01-0x', not a date". Reads the raw rows
    with a connection of its own; [] when every value reads (or the file cannot be scanned)."""
    try:
        connection = sqlite3.connect(_uri(path, "ro"), uri=True, isolation_level=None)
    except sqlite3.Error:
        return []
    connection.text_factory = bytes
    problems: list[str] = []
    try:
        names = {
            _text(pid): _text(name)
            for pid, name in connection.execute("SELECT id, name FROM plans")
        }
        for table in (tables.plans, *(TABLES[c] for c in ENTITY_TYPES)):
            columns = list(table.columns)
            select = ", ".join(f'"{c.name}"' for c in columns)
            is_plans = table.name == "plans"
            owner = "id" if is_plans else "plan_id"
            where, args = (f' WHERE "{owner}" = ?', (plan_id,)) if plan_id else ("", ())
            order = "" if is_plans else ' ORDER BY "plan_id", "position"'
            rows = connection.execute(f'SELECT {select} FROM "{table.name}"{where}{order}', args)
            counts: dict[object, int] = {}
            for values in rows:
                record = dict(zip((c.name for c in columns), values, strict=True))
                owner_id = _text(record[owner])
                counts[owner_id] = counts.get(owner_id, 0) + 1
                for column in columns:
                    problem = _raw_problem(column, record[column.name])
                    if problem is None:
                        continue
                    plan = names.get(owner_id, owner_id)
                    where_text = (
                        translate("Store", "its settings")
                        if is_plans
                        else _table_row(table.name, counts[owner_id], record["id"])
                    )
                    found = translate("Store", "plan {plan}, {where}: {problem}")
                    problems.append(
                        found.format(plan=_describe(plan), where=where_text, problem=problem)
                    )
                    if len(problems) >= limit:
                        return problems
    except (sqlite3.Error, UnicodeError):  # a table so damaged it cannot be read at all
        return problems
    finally:
        connection.close()
    return problems


def plan_label(path: Path, plan_id: str | None) -> str:
    """ "plan 'Haiti'" for a plan id (read raw, so that it cannot fail), or ""."""
    if plan_id is None:
        return ""
    try:
        connection = sqlite3.connect(_uri(path, "ro"), uri=True, isolation_level=None)
    except sqlite3.Error:
        return ""
    connection.text_factory = bytes
    try:
        row = connection.execute("SELECT name FROM plans WHERE id = ?", (plan_id,)).fetchone()
    except (sqlite3.Error, UnicodeError):
        row = None
    finally:
        connection.close()
    return translate("Store", "plan {plan}").format(plan=_describe(_text(row[0]))) if row else ""
