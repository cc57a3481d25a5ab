"""Changes to a plan: what was added, changed (field by field) and removed.

One `PlanChange` is one user action: an edited cell, added or removed rows, new settings, an
applied import. The same object drives the store (one transaction), undo (`inverted()`), the
change review of an imported workbook (`diff_plans`) and the report every edit gives back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import Enum
from typing import Literal

from ..i18n import QT_TRANSLATE_NOOP, format_day, translate
from .enums import PlanEnum, enum_label
from .model import (
    COLLECTION,
    ENTITY_TYPES,
    PLAN_SETTING_FIELDS,
    Actor,
    Assignment,
    Entity,
    Function,
    FundingLine,
    Handover,
    Milestone,
    Plan,
    Presence,
)

ChangeKind = Literal["added", "changed", "removed"]

#: Entity type names, as used in messages, sheet names (plural) and the store.
ENTITY_NAMES: dict[type[Entity], str] = {cls: cls.__name__ for cls in ENTITY_TYPES}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class EntityChange:
    """One entity added, changed or removed."""

    kind: ChangeKind
    old: Entity | None
    new: Entity | None
    #: For `changed`: the fields that differ.
    fields: tuple[FieldChange, ...] = ()
    #: Position of the entity in its collection: where it was (removed) or goes (added, None =
    #: at the end).
    position: int | None = None

    @property
    def entity(self) -> Entity:
        item = self.new if self.new is not None else self.old
        assert item is not None
        return item

    @property
    def entity_type(self) -> type[Entity]:
        return type(self.entity)

    @property
    def entity_id(self) -> str:
        return self.entity.id

    def inverted(self) -> EntityChange:
        if self.kind == "added":
            return EntityChange("removed", self.new, None, (), self.position)
        if self.kind == "removed":
            return EntityChange("added", None, self.old, (), self.position)
        return EntityChange(
            "changed",
            self.new,
            self.old,
            tuple(FieldChange(f.field, f.new, f.old) for f in self.fields),
            self.position,
        )


@dataclass(frozen=True)
class PlanChange:
    """A set of changes to one plan, applied together or not at all."""

    settings: tuple[FieldChange, ...] = ()
    entities: tuple[EntityChange, ...] = ()

    def is_empty(self) -> bool:
        return not self.settings and not self.entities

    def inverted(self) -> PlanChange:
        return PlanChange(
            tuple(FieldChange(f.field, f.new, f.old) for f in self.settings),
            tuple(e.inverted() for e in reversed(self.entities)),
        )

    def subset(self, keep: Iterable[int], *, settings: bool = True) -> PlanChange:
        """Only the entity changes at the given indexes (and the settings, if asked)."""
        wanted = set(keep)
        return PlanChange(
            self.settings if settings else (),
            tuple(e for i, e in enumerate(self.entities) if i in wanted),
        )

    def counts(self) -> dict[ChangeKind, int]:
        result: dict[ChangeKind, int] = {"added": 0, "changed": 0, "removed": 0}
        for e in self.entities:
            result[e.kind] += 1
        return result

    def by_type(self, cls: type[Entity]) -> list[EntityChange]:
        return [e for e in self.entities if e.entity_type is cls]

    def touched_types(self) -> set[type[Entity]]:
        return {e.entity_type for e in self.entities}


def entity_fields(entity: Entity) -> list[str]:
    return [f.name for f in fields(entity) if f.name != "id"]


def compare_entities(old: Entity, new: Entity) -> tuple[FieldChange, ...]:
    """The fields in which two entities of one class differ (ids aside)."""
    if type(old) is not type(new):
        raise TypeError("cannot compare entities of different classes")
    return tuple(
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in entity_fields(old)
        if getattr(old, name) != getattr(new, name)
    )


def diff_plans(old: Plan, new: Plan) -> PlanChange:
    """What turns `old` into `new`, matching entities by id.

    Removals come first (dependants before what they depend on, so that a name freed by a removal
    can be taken by an addition), then changes, then additions, each in editor order.
    """
    settings = tuple(
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in PLAN_SETTING_FIELDS
        if getattr(old, name) != getattr(new, name)
    )
    removed: list[EntityChange] = []
    changed: list[EntityChange] = []
    added: list[EntityChange] = []
    for cls in ENTITY_TYPES:
        olds = old.entities(cls)
        news = new.entities(cls)
        new_by_id = {e.id: e for e in news}
        old_by_id = {e.id: e for e in olds}
        gone = [
            EntityChange("removed", e, None, (), i)
            for i, e in enumerate(olds)
            if e.id not in new_by_id
        ]
        # dependants go before what they depend on; within a class, from the back
        removed[:0] = list(reversed(gone))
        for e in olds:
            counterpart = new_by_id.get(e.id)
            if counterpart is not None:
                diffs = compare_entities(e, counterpart)
                if diffs:
                    changed.append(EntityChange("changed", e, counterpart, diffs))
        for e in news:
            if e.id not in old_by_id:
                added.append(EntityChange("added", None, e))
    changes = removed + changed + added
    return PlanChange(settings, tuple(changes))


class ChangeConflict(ValueError):
    """A change does not fit the plan it is applied to (stale edit, duplicate id …)."""


class _Items:
    """One collection of a plan while a change is applied: its order, and each entity's place
    by id, so that finding, replacing, removing and appending cost the same at any size.

    A removed entity leaves a hole (None) that is dropped at the end; only an insertion at a
    given position before the end (undoing a removal) rebuilds the order, once per insertion.
    """

    __slots__ = ("holes", "items", "where")

    def __init__(self, items: Sequence[Entity]) -> None:
        self.items: list[Entity | None] = list(items)
        self.where: dict[str, int] = {}
        for i, e in enumerate(self.items):
            assert e is not None
            self.where.setdefault(e.id, i)
        self.holes = 0

    def __len__(self) -> int:
        return len(self.items) - self.holes

    def find(self, entity_id: str) -> int | None:
        return self.where.get(entity_id)

    def insert(self, position: int | None, entity: Entity) -> None:
        if position is None or position >= len(self):
            self.where[entity.id] = len(self.items)
            self.items.append(entity)
            return
        compact: list[Entity | None] = [e for e in self.items if e is not None]
        compact.insert(max(0, position), entity)
        self.items, self.holes = compact, 0
        self.where = {}
        for i, e in enumerate(compact):
            assert e is not None
            self.where.setdefault(e.id, i)

    def remove(self, index: int, entity_id: str) -> None:
        self.items[index] = None
        self.holes += 1
        del self.where[entity_id]

    def result(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.items if e is not None)


def apply_change(plan: Plan, change: PlanChange) -> Plan:
    """The plan after `change`. Raises ChangeConflict when the change does not fit.

    Linear in the size of the plan and of the change (an import of 100,000 rows is one change).
    """
    updates: dict[str, object] = {}
    for f in change.settings:
        if f.field not in PLAN_SETTING_FIELDS:
            raise ChangeConflict(f"{f.field!r} is not a plan setting")
        updates[f.field] = f.new
    collections: dict[str, _Items] = {}
    for e in change.entities:
        attr = COLLECTION[e.entity_type]
        items = collections.get(attr)
        if items is None:
            items = collections[attr] = _Items(getattr(plan, attr))
        entity_id = e.entity_id
        index = items.find(entity_id)
        if e.kind == "added":
            if index is not None:
                raise ChangeConflict(f"{e.entity_type.__name__} {entity_id} already exists")
            assert e.new is not None
            items.insert(e.position, e.new)
        elif index is None:
            raise ChangeConflict(f"{e.entity_type.__name__} {entity_id} does not exist")
        elif e.kind == "removed":
            items.remove(index, entity_id)
        else:
            assert e.new is not None
            items.items[index] = e.new
    for attr, items in collections.items():
        updates[attr] = items.result()
    return replace(plan, **updates)  # type: ignore[arg-type]


def set_fields(plan: Plan, entity: Entity, **values: object) -> PlanChange:
    """A change that sets fields of one entity of `plan`."""
    new = replace(entity, **values)  # type: ignore[arg-type]
    diffs = compare_entities(entity, new)
    if not diffs:
        return PlanChange()
    return PlanChange((), (EntityChange("changed", entity, new, diffs),))


def add_entities(entities: Sequence[Entity]) -> PlanChange:
    return PlanChange((), tuple(EntityChange("added", None, e) for e in entities))


def remove_entities(plan: Plan, entities: Sequence[Entity]) -> PlanChange:
    """A change that removes `entities` and what depends on them.

    Removing a function or an actor removes its assignments and the handovers it sends; removing
    a presence detaches its actors (they no longer belong to a presence); removing an actor also
    clears the references to it that can be blank (the actors that continue it, the handovers it
    receives, its funding lines), and removing a function clears the handovers' and funding lines'
    references to it. A planner is told of each in the report.
    """
    doomed = {e.id for e in entities}
    changes: list[EntityChange] = []
    # references that may be blank: (entity, field) cleared when what it names goes
    clearable: list[tuple[Entity, str]] = []
    for a in plan.actors:
        if a.id in doomed:
            continue
        if a.presence_id in doomed:
            clearable.append((a, "presence_id"))
        if a.continues_id in doomed:
            clearable.append((a, "continues_id"))
    for h in plan.handovers:
        if h.id in doomed or h.from_actor_id in doomed:
            continue
        for name in ("to_actor_id", "function_id"):
            if getattr(h, name) in doomed:
                clearable.append((h, name))
    for line in plan.funding_lines:
        if line.id in doomed:
            continue
        for name in ("actor_id", "function_id"):
            if getattr(line, name) in doomed:
                clearable.append((line, name))
    cleared: dict[str, list[str]] = {}
    originals: dict[str, Entity] = {}
    for entity, name in clearable:
        originals[entity.id] = entity
        cleared.setdefault(entity.id, []).append(name)
    for entity_id, names in cleared.items():
        old = originals[entity_id]
        new = replace(old, **dict.fromkeys(names))  # type: ignore[arg-type]
        changes.append(
            EntityChange(
                "changed",
                old,
                new,
                tuple(FieldChange(name, getattr(old, name), None) for name in names),
            )
        )
    dependants: list[Entity] = [
        s for s in plan.assignments if s.function_id in doomed or s.actor_id in doomed
    ]
    dependants += [h for h in plan.handovers if h.from_actor_id in doomed]
    targets: list[Entity] = list(entities) + [s for s in dependants if s.id not in doomed]
    for cls in reversed(ENTITY_TYPES):  # dependants first
        items = plan.entities(cls)
        # remove from the back so that positions stay right when undone front to back
        positions = {e.id: i for i, e in enumerate(items)}
        mine = [t for t in targets if type(t) is cls and t.id in positions]
        for t in sorted(mine, key=lambda t: positions[t.id], reverse=True):
            changes.append(EntityChange("removed", t, None, (), positions[t.id]))
    return PlanChange((), tuple(changes))


def settings_change(plan: Plan, **values: object) -> PlanChange:
    return PlanChange(
        tuple(
            FieldChange(name, getattr(plan, name), value)
            for name, value in values.items()
            if getattr(plan, name) != value
        )
    )


def display_value(plan: Plan, field: str, value: object) -> str:
    """A value as a planner reads it in a change list (names for references)."""
    if value is None or value == "":
        return translate("Changes", "(blank)")
    if field in _REFERENCE_FIELDS:
        entity = plan.entity_by_id(str(value))
        return entity_label(plan, entity) if entity is not None else str(value)
    if isinstance(value, PlanEnum):
        return enum_label(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return format_day(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_REFERENCE_FIELDS = frozenset(
    {"presence_id", "actor_id", "function_id", "continues_id", "from_actor_id", "to_actor_id"}
)

#: The label of each field as the workbook's column header and the editor's heading say it.
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "country": QT_TRANSLATE_NOOP("Field", "Country"),
    "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "horizon_start": QT_TRANSLATE_NOOP("Field", "Horizon start"),
    "horizon_end": QT_TRANSLATE_NOOP("Field", "Horizon end"),
    "min_overlap_days": QT_TRANSLATE_NOOP("Field", "Minimum overlap (days)"),
    "cliff_threshold": QT_TRANSLATE_NOOP("Field", "Cliff threshold"),
    "bridge_days": QT_TRANSLATE_NOOP("Field", "Bridge breaks (days)"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "start": QT_TRANSLATE_NOOP("Field", "Start"),
    "end": QT_TRANSLATE_NOOP("Field", "End"),
    "drawdown_start": QT_TRANSLATE_NOOP("Field", "Drawdown start"),
    "lead_department": QT_TRANSLATE_NOOP("Field", "Lead department"),
    "funding": QT_TRANSLATE_NOOP("Field", "Funding"),
    "mandate": QT_TRANSLATE_NOOP("Field", "Mandate"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "type": QT_TRANSLATE_NOOP("Field", "Type"),
    "presence_id": QT_TRANSLATE_NOOP("Field", "Presence"),
    "continues_id": QT_TRANSLATE_NOOP("Field", "Continues"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "area": QT_TRANSLATE_NOOP("Field", "Area"),
    "priority": QT_TRANSLATE_NOOP("Field", "Priority"),
    "required_from": QT_TRANSLATE_NOOP("Field", "Required from"),
    "required_until": QT_TRANSLATE_NOOP("Field", "Required until"),
    "function_id": QT_TRANSLATE_NOOP("Field", "Function"),
    "actor_id": QT_TRANSLATE_NOOP("Field", "Actor"),
    "capacity": QT_TRANSLATE_NOOP("Field", "Capacity"),
    "funding_status": QT_TRANSLATE_NOOP("Field", "Funding status"),
    "funding_source": QT_TRANSLATE_NOOP("Field", "Funding source"),
    "readiness": QT_TRANSLATE_NOOP("Field", "Readiness"),
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "item": QT_TRANSLATE_NOOP("Field", "Item"),
    "from_actor_id": QT_TRANSLATE_NOOP("Field", "From"),
    "to_actor_id": QT_TRANSLATE_NOOP("Field", "To"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "due": QT_TRANSLATE_NOOP("Field", "Due"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    "year": QT_TRANSLATE_NOOP("Field", "Year"),
    "amount": QT_TRANSLATE_NOOP("Field", "Amount (USD)"),
}


def field_label(field: str) -> str:
    """The translated label of a field ('Drawdown start')."""
    label = FIELD_LABELS.get(field)
    return translate("Field", label) if label is not None else field


#: The name of each entity type, one and many, as a planner reads it.
ENTITY_LABELS: dict[type[Entity], tuple[str, str]] = {
    Presence: (QT_TRANSLATE_NOOP("Entity", "Presence"), QT_TRANSLATE_NOOP("Entity", "Presences")),
    Actor: (QT_TRANSLATE_NOOP("Entity", "Actor"), QT_TRANSLATE_NOOP("Entity", "Actors")),
    Function: (QT_TRANSLATE_NOOP("Entity", "Function"), QT_TRANSLATE_NOOP("Entity", "Functions")),
    Assignment: (
        QT_TRANSLATE_NOOP("Entity", "Assignment"),
        QT_TRANSLATE_NOOP("Entity", "Assignments"),
    ),
    Milestone: (
        QT_TRANSLATE_NOOP("Entity", "Milestone"),
        QT_TRANSLATE_NOOP("Entity", "Milestones"),
    ),
    Handover: (QT_TRANSLATE_NOOP("Entity", "Handover"), QT_TRANSLATE_NOOP("Entity", "Handovers")),
    FundingLine: (
        QT_TRANSLATE_NOOP("Entity", "Funding line"),
        QT_TRANSLATE_NOOP("Entity", "Funding lines"),
    ),
}


def entity_type_label(cls: type[Entity], *, plural: bool = False) -> str:
    """'Funding line' / 'Funding lines', translated."""
    return translate("Entity", ENTITY_LABELS[cls][1 if plural else 0])


def entity_label(plan: Plan, entity: Entity) -> str:
    """The name a planner knows an entity by."""
    if isinstance(entity, Assignment):
        function = plan.function(entity.function_id)
        actor = plan.actor(entity.actor_id)
        return translate("Changes", "{function} by {actor} from {start}").format(
            function=function.name if function else "?",
            actor=actor.name if actor else "?",
            start=format_day(entity.start),
        )
    if isinstance(entity, Handover):
        return entity.item
    if isinstance(entity, FundingLine):
        return translate("Changes", "{source} {year}").format(
            source=entity.source, year=entity.year
        )
    return entity.name


def describe_change(before: Plan, after: Plan, change: PlanChange) -> list[str]:
    """One line per change, for reports and the change review."""
    lines = []
    for f in change.settings:
        lines.append(
            translate("Changes", "Plan: {field} {old} → {new}").format(
                field=field_label(f.field),
                old=display_value(before, f.field, f.old),
                new=display_value(after, f.field, f.new),
            )
        )
    for e in change.entities:
        type_name = entity_type_label(e.entity_type)
        if e.kind == "added":
            assert e.new is not None
            lines.append(
                translate("Changes", "{type} added: {name}").format(
                    type=type_name, name=entity_label(after, e.new)
                )
            )
        elif e.kind == "removed":
            assert e.old is not None
            lines.append(
                translate("Changes", "{type} removed: {name}").format(
                    type=type_name, name=entity_label(before, e.old)
                )
            )
        else:
            assert e.old is not None
            parts = translate("Changes", ", ").join(
                translate("Changes", "{field} {old} → {new}").format(
                    field=field_label(f.field),
                    old=display_value(before, f.field, f.old),
                    new=display_value(after, f.field, f.new),
                )
                for f in e.fields
            )
            lines.append(
                translate("Changes", "{type} changed: {name}: {changes}").format(
                    type=type_name, name=entity_label(before, e.old), changes=parts
                )
            )
    return lines
