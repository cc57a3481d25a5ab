"""The plan model of SPEC §2 as immutable dataclasses.

Every entity carries a stable string `id` (kept across edits, workbooks and the store). Entities
refer to each other by id: an actor to its presence, an assignment to its function and actor.
A `Plan` holds its entities in tuples, in the order the planner sees them. Edits make new objects
(`dataclasses.replace`), which keeps undo and change review simple and safe.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import cached_property
from typing import TypeAlias, TypeVar

from .enums import (
    DEFAULT_LEAD,
    ActorType,
    FundingKind,
    FundingLineStatus,
    FundingStatus,
    HandoverKind,
    HandoverStatus,
    LeadDepartment,
    MilestoneKind,
    PresenceKind,
    Priority,
    Readiness,
)

DEFAULT_MIN_OVERLAP_DAYS = 90
DEFAULT_CLIFF_THRESHOLD = 0.5
#: Breaks in coverage of at most this many days between two carriers are data-entry seams.
DEFAULT_BRIDGE_DAYS = 7


def name_key(name: str) -> str:
    """The form in which two names are compared: NFC-normalised, trimmed and case-folded, so
    that "Café" typed two ways, or "UNMIL" and "unmil ", are one name."""
    return unicodedata.normalize("NFC", name).strip().casefold()


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
    #: The day the drawdown or withdrawal began (the Council's decision to close, a host
    #: government's demand to leave); between start and end.
    drawdown_start: date | None = None
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
    #: The actor whose work this one carries on without a handover (a successor mission's police
    #: built from its predecessor's), if any.
    continues_id: str | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)

    def is_un(self, presence: Presence | None) -> bool:
        """A UN actor (SPEC §2): a UN entity, or a Mission that does not belong to a Partner
        mission (`presence` is the actor's presence, None when it belongs to none)."""
        if self.type is ActorType.UN_ENTITY:
            return True
        if self.type is ActorType.MISSION:
            return presence is None or presence.kind is not PresenceKind.PARTNER_MISSION
        return False


@dataclass(frozen=True, kw_only=True)
class Function:
    """A mandated task that needs continuity of care."""

    name: str
    priority: Priority
    category: str = ""
    #: Where in the country (a province, region or sector); blank = country-wide.
    area: str = ""
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
    #: Whether a carrier that is not a UN actor can carry the function; None = not assessed.
    readiness: Readiness | None = None
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


@dataclass(frozen=True, kw_only=True)
class Handover:
    """An item of the handover register: what must pass from one actor to another by a day."""

    item: str
    kind: HandoverKind
    from_actor_id: str
    due: date
    status: HandoverStatus = HandoverStatus.PLANNED
    #: The receiver; None = nobody yet.
    to_actor_id: str | None = None
    function_id: str | None = None
    area: str = ""
    #: The person or office answerable for it.
    owner: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, kw_only=True)
class FundingLine:
    """Money for one calendar year, in US dollars."""

    source: str
    kind: FundingKind
    year: int
    amount: float
    status: FundingLineStatus
    function_id: str | None = None
    actor_id: str | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


Entity: TypeAlias = Presence | Actor | Function | Assignment | Milestone | Handover | FundingLine
_T = TypeVar("_T", Presence, Actor, Function, Assignment, Milestone, Handover, FundingLine)

#: The entity classes in workbook / editor order, with the Plan attribute that holds each.
ENTITY_TYPES: tuple[type[Entity], ...] = (
    Presence,
    Actor,
    Function,
    Assignment,
    Milestone,
    Handover,
    FundingLine,
)
COLLECTION: dict[type[Entity], str] = {
    Presence: "presences",
    Actor: "actors",
    Function: "functions",
    Assignment: "assignments",
    Milestone: "milestones",
    Handover: "handovers",
    FundingLine: "funding_lines",
}

#: The fields of a plan that are its settings (not its entities).
PLAN_SETTING_FIELDS: tuple[str, ...] = (
    "name",
    "country",
    "region",
    "description",
    "horizon_start",
    "horizon_end",
    "min_overlap_days",
    "cliff_threshold",
    "bridge_days",
)


@dataclass(frozen=True, kw_only=True)
class Plan:
    """A transition plan: its settings and its entities."""

    name: str
    horizon_start: date
    horizon_end: date
    country: str = ""
    #: The regional division that follows the country at headquarters (e.g. "Africa I").
    region: str = ""
    description: str = ""
    min_overlap_days: int = DEFAULT_MIN_OVERLAP_DAYS
    cliff_threshold: float = DEFAULT_CLIFF_THRESHOLD
    bridge_days: int = DEFAULT_BRIDGE_DAYS
    presences: tuple[Presence, ...] = ()
    actors: tuple[Actor, ...] = ()
    functions: tuple[Function, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    handovers: tuple[Handover, ...] = ()
    funding_lines: tuple[FundingLine, ...] = ()
    id: str = field(default_factory=new_id)

    # -- lookups ---------------------------------------------------------------------------

    def entities(self, cls: type[Entity]) -> tuple[Entity, ...]:
        """The plan's entities of one class, in order."""
        result: tuple[Entity, ...] = getattr(self, COLLECTION[cls])
        return result

    def all_entities(self) -> Iterable[Entity]:
        for cls in ENTITY_TYPES:
            yield from self.entities(cls)

    @cached_property
    def _index(self) -> dict[str, Entity]:
        """Every entity by id (the first of a duplicated id), made on first lookup."""
        index: dict[str, Entity] = {}
        for entity in self.all_entities():
            index.setdefault(entity.id, entity)
        return index

    def entity_by_id(self, entity_id: str | None) -> Entity | None:
        """The entity of any class with this id."""
        return None if entity_id is None else self._index.get(entity_id)

    def presence(self, presence_id: str | None) -> Presence | None:
        return _typed(self._index, Presence, presence_id)

    def actor(self, actor_id: str | None) -> Actor | None:
        return _typed(self._index, Actor, actor_id)

    def function(self, function_id: str | None) -> Function | None:
        return _typed(self._index, Function, function_id)

    def actor_presence(self, actor: Actor) -> Presence | None:
        """The presence `actor` belongs to, when it belongs to one of the plan."""
        return self.presence(actor.presence_id)

    def is_un_actor(self, actor: Actor) -> bool:
        """Whether `actor` is a UN actor (SPEC §2)."""
        return actor.is_un(self.actor_presence(actor))

    def continuers(self) -> dict[str, frozenset[str]]:
        """For each actor id, the ids of the actors that continue it, directly or through a
        chain of `continues` (a loop, in an invalid plan, stops where it comes back)."""
        successors: dict[str, list[str]] = {}
        for a in self.actors:
            if a.continues_id is not None and a.continues_id != a.id:
                successors.setdefault(a.continues_id, []).append(a.id)
        out: dict[str, frozenset[str]] = {}
        for a in self.actors:
            seen: set[str] = set()
            stack = list(successors.get(a.id, ()))
            while stack:
                x = stack.pop()
                if x in seen or x == a.id:
                    continue
                seen.add(x)
                stack.extend(successors.get(x, ()))
            out.setdefault(a.id, frozenset(seen))
        return out

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


def _typed(index: dict[str, Entity], cls: type[_T], item_id: str | None) -> _T | None:
    if item_id is None:
        return None
    item = index.get(item_id)
    return item if isinstance(item, cls) else None


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

    def actor_ref(actor_id: str | None) -> str | None:
        return None if actor_id is None else actor_ids.get(actor_id, actor_id)

    def function_ref(function_id: str | None) -> str | None:
        return None if function_id is None else function_ids.get(function_id, function_id)

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
                continues_id=actor_ref(a.continues_id),
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
        handovers=tuple(
            replace(
                h,
                id=new_id(),
                from_actor_id=actor_ids.get(h.from_actor_id, h.from_actor_id),
                to_actor_id=actor_ref(h.to_actor_id),
                function_id=function_ref(h.function_id),
            )
            for h in plan.handovers
        ),
        funding_lines=tuple(
            replace(
                line,
                id=new_id(),
                function_id=function_ref(line.function_id),
                actor_id=actor_ref(line.actor_id),
            )
            for line in plan.funding_lines
        ),
    )
