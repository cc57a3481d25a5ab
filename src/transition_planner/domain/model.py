"""The plan model of SPEC §2 as immutable dataclasses.

Every entity carries a stable string `id` (kept across edits, workbooks and the store). Entities
refer to each other by id: an actor to its presence, an assignment to its function and actor.
A `Plan` holds its entities in tuples, in the order the planner sees them. Edits make new objects
(`dataclasses.replace`), which keeps undo and change review simple and safe.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import TypeAlias, TypeVar

from .enums import (
    DEFAULT_LEAD,
    ActorType,
    FundingStatus,
    LeadDepartment,
    MilestoneKind,
    PresenceKind,
    Priority,
)

DEFAULT_MIN_OVERLAP_DAYS = 90
DEFAULT_CLIFF_THRESHOLD = 0.5


def new_id() -> str:
    """A fresh stable identifier (16 hex digits of a random UUID)."""
    return uuid.uuid4().hex[:16]


@dataclass(frozen=True, kw_only=True)
class Presence:
    """A UN (or partner) presence in the country: a mission, an office, the UN country team."""

    name: str
    kind: PresenceKind
    start: date
    end: date | None = None
    #: Headquarters lead. None on construction means "the default for the kind"; it is filled in.
    lead_department: LeadDepartment | None = None
    funding: str = ""
    mandate: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if self.lead_department is None:
            object.__setattr__(self, "lead_department", DEFAULT_LEAD[self.kind])

    @property
    def lead(self) -> LeadDepartment:
        """The headquarters lead department (never None after construction)."""
        assert self.lead_department is not None
        return self.lead_department


@dataclass(frozen=True, kw_only=True)
class Actor:
    """Somebody who can carry a function: a mission component, a UN entity, the government …"""

    name: str
    type: ActorType
    #: The presence this actor belongs to (it can only act while that presence exists), if any.
    presence_id: str | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, kw_only=True)
class Function:
    """A mandated task that needs continuity of care."""

    name: str
    priority: Priority
    category: str = ""
    required_from: date | None = None
    required_until: date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, kw_only=True)
class Assignment:
    """Who carries a function over a period."""

    function_id: str
    actor_id: str
    start: date
    end: date | None = None
    capacity: float | None = None
    funding_status: FundingStatus | None = None
    funding_source: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, kw_only=True)
class Milestone:
    """A dated event that matters to the transition (mandate renewal, election …)."""

    name: str
    date: date
    kind: MilestoneKind = MilestoneKind.OTHER
    notes: str = ""
    id: str = field(default_factory=new_id)


Entity: TypeAlias = Presence | Actor | Function | Assignment | Milestone
_T = TypeVar("_T", Presence, Actor, Function, Assignment, Milestone)

#: The entity classes in workbook / editor order, with the Plan attribute that holds each.
ENTITY_TYPES: tuple[type[Entity], ...] = (Presence, Actor, Function, Assignment, Milestone)
COLLECTION: dict[type[Entity], str] = {
    Presence: "presences",
    Actor: "actors",
    Function: "functions",
    Assignment: "assignments",
    Milestone: "milestones",
}

#: The fields of a plan that are its settings (not its entities).
PLAN_SETTING_FIELDS: tuple[str, ...] = (
    "name",
    "country",
    "description",
    "horizon_start",
    "horizon_end",
    "min_overlap_days",
    "cliff_threshold",
)


@dataclass(frozen=True, kw_only=True)
class Plan:
    """A transition plan: its settings and its entities."""

    name: str
    horizon_start: date
    horizon_end: date
    country: str = ""
    description: str = ""
    min_overlap_days: int = DEFAULT_MIN_OVERLAP_DAYS
    cliff_threshold: float = DEFAULT_CLIFF_THRESHOLD
    presences: tuple[Presence, ...] = ()
    actors: tuple[Actor, ...] = ()
    functions: tuple[Function, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    id: str = field(default_factory=new_id)

    # -- lookups ---------------------------------------------------------------------------

    def entities(self, cls: type[Entity]) -> tuple[Entity, ...]:
        """The plan's entities of one class, in order."""
        result: tuple[Entity, ...] = getattr(self, COLLECTION[cls])
        return result

    def all_entities(self) -> Iterable[Entity]:
        for cls in ENTITY_TYPES:
            yield from self.entities(cls)

    def presence(self, presence_id: str | None) -> Presence | None:
        return _by_id(self.presences, presence_id)

    def actor(self, actor_id: str | None) -> Actor | None:
        return _by_id(self.actors, actor_id)

    def function(self, function_id: str | None) -> Function | None:
        return _by_id(self.functions, function_id)

    def settings(self) -> dict[str, object]:
        """The plan's settings as a field → value mapping."""
        return {name: getattr(self, name) for name in PLAN_SETTING_FIELDS}

    def with_settings(self, **changes: object) -> Plan:
        unknown = set(changes) - set(PLAN_SETTING_FIELDS)
        if unknown:
            raise TypeError(f"not plan settings: {sorted(unknown)}")
        return replace(self, **changes)  # type: ignore[arg-type]

    def counts(self) -> dict[str, int]:
        return {COLLECTION[cls]: len(self.entities(cls)) for cls in ENTITY_TYPES}


def _by_id(items: tuple[_T, ...], item_id: str | None) -> _T | None:
    if item_id is None:
        return None
    for item in items:
        if item.id == item_id:
            return item
    return None


def entity_field_names(cls: type[Entity]) -> list[str]:
    """The data fields of an entity class, without `id`."""
    return [f.name for f in fields(cls) if f.name != "id"]


def with_new_ids(plan: Plan, *, name: str | None = None) -> Plan:
    """A copy of `plan` with fresh ids for the plan and every entity, references kept.

    Used to duplicate a plan (scenarios) and to import a workbook as a new plan.
    """
    presence_ids = {p.id: new_id() for p in plan.presences}
    actor_ids = {a.id: new_id() for a in plan.actors}
    function_ids = {f.id: new_id() for f in plan.functions}
    return replace(
        plan,
        id=new_id(),
        name=plan.name if name is None else name,
        presences=tuple(replace(p, id=presence_ids[p.id]) for p in plan.presences),
        actors=tuple(
            replace(
                a,
                id=actor_ids[a.id],
                presence_id=presence_ids.get(a.presence_id) if a.presence_id else None,
            )
            for a in plan.actors
        ),
        functions=tuple(replace(f, id=function_ids[f.id]) for f in plan.functions),
        assignments=tuple(
            replace(
                s,
                id=new_id(),
                function_id=function_ids.get(s.function_id, s.function_id),
                actor_id=actor_ids.get(s.actor_id, s.actor_id),
            )
            for s in plan.assignments
        ),
        milestones=tuple(replace(m, id=new_id()) for m in plan.milestones),
    )
