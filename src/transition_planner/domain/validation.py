"""Validation of a whole plan, reporting every problem at once.

A `Problem` names the entity (its kind, position in the plan and name), the field and a message a
planner understands. Callers map problems to their own places: the workbook to `Sheet!Cell`, the
editor to a table cell.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ..i18n import format_day, translate
from .changes import entity_type_label, field_label
from .model import (
    COLLECTION,
    Actor,
    Assignment,
    Entity,
    FundingLine,
    Handover,
    Plan,
    name_key,
)

#: Longest text a field may hold (a spreadsheet cell holds at most 32,767 characters).
MAX_TEXT = 32_767
#: Dates a plan may hold: from the founding of the UN to the end of the century. Beyond them a
#: date is a typing error (9999-12-31), and charts and workbooks could not show it.
DATE_MIN = date(1945, 1, 1)
DATE_MAX = date(2100, 12, 31)
#: Longest bridge of a data-entry seam a plan may set.
MAX_BRIDGE_DAYS = 366

_ENTITY_KEYS: dict[type[Entity], str] = {cls: cls.__name__ for cls in COLLECTION}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan."""

    #: "Plan", or the entity's class name: "Presence", "Actor", "Function", "Assignment",
    #: "Milestone", "Handover", "FundingLine".
    entity: str
    #: Position of the entity in its collection (None for the plan itself).
    index: int | None
    #: The entity's id (None for the plan itself).
    entity_id: str | None
    #: The entity's display name ("" when it has none, e.g. an assignment).
    name: str
    #: The field concerned (a dataclass field name).
    field: str
    message: str

    def __str__(self) -> str:
        kind = next(
            (entity_type_label(cls) for cls, key in _ENTITY_KEYS.items() if key == self.entity),
            translate("Entity", "Plan"),
        )
        where = kind if self.index is None else f"{kind} {self.index + 1}"
        if self.name:
            where += f" ({self.name})"
        return f"{where}, {field_label(self.field)}: {self.message}"


class PlanInvalid(ValueError):
    """Raised when a plan that must be valid is not; carries every problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class _Checker:
    """Collects the problems of one plan."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.problems: list[Problem] = []

    def add(
        self, kind: str, index: int | None, entity_id: str | None, name: str, field: str, msg: str
    ) -> None:
        self.problems.append(Problem(kind, index, entity_id, name, field, msg))

    def texts(
        self, kind: str, index: int | None, entity_id: str | None, name: str, /, **values: str
    ) -> None:
        for fname, value in values.items():
            if len(value) > MAX_TEXT:
                self.add(
                    kind,
                    index,
                    entity_id,
                    name,
                    fname,
                    translate(
                        "Validation",
                        "text is {length} characters long; at most {limit} are allowed",
                    ).format(length=f"{len(value):,}", limit=f"{MAX_TEXT:,}"),
                )

    def dates(
        self,
        kind: str,
        index: int | None,
        entity_id: str | None,
        name: str,
        /,
        **values: date | None,
    ) -> None:
        for fname, value in values.items():
            if value is not None and not DATE_MIN <= value <= DATE_MAX:
                self.add(
                    kind,
                    index,
                    entity_id,
                    name,
                    fname,
                    translate(
                        "Validation", "{day} is out of range: dates go from {first} to {last}"
                    ).format(
                        day=value.isoformat(),
                        first=format_day(DATE_MIN),
                        last=format_day(DATE_MAX),
                    ),
                )

    def interval(
        self,
        kind: str,
        index: int,
        entity_id: str,
        name: str,
        start: date | None,
        end: date | None,
    ) -> None:
        if start is not None and end is not None and end < start:
            self.add(
                kind, index, entity_id, name, "end", translate("Validation", "end is before start")
            )

    def names(self, kind: str, items: Sequence[Entity], *, unique: bool = True) -> None:
        """Every item needs a name; with `unique`, no two may read as one (NFC, case-folded)."""
        keys = [name_key(getattr(item, "name", "")) for item in items]
        seen = Counter(keys)
        firsts: set[str] = set()
        for i, (item, key) in enumerate(zip(items, keys, strict=True)):
            name = getattr(item, "name", "")
            if not key:
                self.add(
                    kind, i, item.id, "", "name", translate("Validation", "a name is required")
                )
            elif unique and seen[key] > 1:
                if key in firsts:
                    self.add(
                        kind,
                        i,
                        item.id,
                        name,
                        "name",
                        translate("Validation", "duplicate name {name}").format(name=repr(name)),
                    )
                firsts.add(key)

    def reference(
        self,
        kind: str,
        index: int,
        entity_id: str,
        name: str,
        field: str,
        value: str | None,
        known: Callable[[str], bool],
        message: str,
    ) -> None:
        if value is not None and not known(value):
            self.add(kind, index, entity_id, name, field, message)


def validate_plan(plan: Plan) -> list[Problem]:
    """Every problem with `plan`, in a stable order (settings, then each collection in order)."""
    c = _Checker(plan)
    _settings(c, plan)
    presence_ids = {p.id for p in plan.presences}
    # names by id: one lookup per row (a linear search each made validation quadratic)
    actor_names = {a.id: a.name for a in plan.actors}
    function_names = {f.id: f.name for f in plan.functions}
    unknown_actor = translate("Validation", "unknown actor")
    unknown_function = translate("Validation", "unknown function")

    c.names("Presence", plan.presences)
    for i, p in enumerate(plan.presences):
        c.interval("Presence", i, p.id, p.name, p.start, p.end)
        c.dates(
            "Presence", i, p.id, p.name, start=p.start, end=p.end, drawdown_start=p.drawdown_start
        )
        if p.drawdown_start is not None and (
            p.drawdown_start < p.start or (p.end is not None and p.drawdown_start > p.end)
        ):
            c.add(
                "Presence",
                i,
                p.id,
                p.name,
                "drawdown_start",
                translate("Validation", "drawdown start must lie between start and end"),
            )
        c.texts(
            "Presence",
            i,
            p.id,
            p.name,
            name=p.name,
            funding=p.funding,
            mandate=p.mandate,
            notes=p.notes,
        )

    c.names("Actor", plan.actors)
    loops = _continuation_loops(plan.actors)
    for i, a in enumerate(plan.actors):
        c.reference(
            "Actor",
            i,
            a.id,
            a.name,
            "presence_id",
            a.presence_id,
            presence_ids.__contains__,
            translate("Validation", "unknown presence"),
        )
        if a.continues_id is not None:
            if a.continues_id == a.id:
                c.add(
                    "Actor",
                    i,
                    a.id,
                    a.name,
                    "continues_id",
                    translate("Validation", "an actor cannot continue itself"),
                )
            elif a.continues_id not in actor_names:
                c.add("Actor", i, a.id, a.name, "continues_id", unknown_actor)
            elif a.id in loops:
                c.add(
                    "Actor",
                    i,
                    a.id,
                    a.name,
                    "continues_id",
                    translate(
                        "Validation", "the chain of continuations comes back to {name}"
                    ).format(name=a.name),
                )
        c.texts("Actor", i, a.id, a.name, name=a.name, notes=a.notes)

    c.names("Function", plan.functions)
    for i, f in enumerate(plan.functions):
        if (
            f.required_from is not None
            and f.required_until is not None
            and f.required_until < f.required_from
        ):
            c.add(
                "Function",
                i,
                f.id,
                f.name,
                "required_until",
                translate("Validation", "required until is before required from"),
            )
        c.dates(
            "Function",
            i,
            f.id,
            f.name,
            required_from=f.required_from,
            required_until=f.required_until,
        )
        c.texts(
            "Function",
            i,
            f.id,
            f.name,
            name=f.name,
            category=f.category,
            area=f.area,
            notes=f.notes,
        )

    for i, s in enumerate(plan.assignments):
        label = translate("Validation", "{function} by {actor}").format(
            function=function_names.get(s.function_id, "?"), actor=actor_names.get(s.actor_id, "?")
        )
        if s.function_id not in function_names:
            c.add("Assignment", i, s.id, label, "function_id", unknown_function)
        if s.actor_id not in actor_names:
            c.add("Assignment", i, s.id, label, "actor_id", unknown_actor)
        c.interval("Assignment", i, s.id, label, s.start, s.end)
        c.dates("Assignment", i, s.id, label, start=s.start, end=s.end)
        if s.capacity is not None and not (math.isfinite(s.capacity) and s.capacity >= 0):
            c.add(
                "Assignment",
                i,
                s.id,
                label,
                "capacity",
                translate("Validation", "capacity must be a number of at least 0"),
            )
        c.texts("Assignment", i, s.id, label, funding_source=s.funding_source, notes=s.notes)

    c.names("Milestone", plan.milestones, unique=False)
    for i, m in enumerate(plan.milestones):
        c.dates("Milestone", i, m.id, m.name, date=m.date)
        c.texts("Milestone", i, m.id, m.name, name=m.name, notes=m.notes)

    for i, h in enumerate(plan.handovers):
        _handover(c, i, h, actor_names, function_names)

    for i, line in enumerate(plan.funding_lines):
        _funding_line(c, i, line, actor_names, function_names)

    return c.problems


def _settings(c: _Checker, plan: Plan) -> None:
    def problem(field_name: str, message: str) -> None:
        c.add("Plan", None, None, plan.name, field_name, message)

    if not plan.name.strip():
        problem("name", translate("Validation", "a plan needs a name"))
    if plan.horizon_end < plan.horizon_start:
        problem("horizon_end", translate("Validation", "horizon end is before horizon start"))
    c.dates(
        "Plan",
        None,
        None,
        plan.name,
        horizon_start=plan.horizon_start,
        horizon_end=plan.horizon_end,
    )
    if plan.min_overlap_days < 0:
        problem("min_overlap_days", translate("Validation", "minimum overlap cannot be negative"))
    if not (math.isfinite(plan.cliff_threshold) and 0 <= plan.cliff_threshold <= 1):
        problem(
            "cliff_threshold", translate("Validation", "cliff threshold must be between 0 and 1")
        )
    if not 0 <= plan.bridge_days <= MAX_BRIDGE_DAYS:
        problem(
            "bridge_days",
            translate("Validation", "bridge breaks must be between 0 and {limit} days").format(
                limit=MAX_BRIDGE_DAYS
            ),
        )
    c.texts(
        "Plan",
        None,
        None,
        plan.name,
        name=plan.name,
        country=plan.country,
        region=plan.region,
        description=plan.description,
    )


def _handover(
    c: _Checker,
    i: int,
    h: Handover,
    actor_names: dict[str, str],
    function_names: dict[str, str],
) -> None:
    if not h.item.strip():
        c.add("Handover", i, h.id, "", "item", translate("Validation", "an item is required"))
    unknown_actor = translate("Validation", "unknown actor")
    c.reference(
        "Handover",
        i,
        h.id,
        h.item,
        "from_actor_id",
        h.from_actor_id,
        actor_names.__contains__,
        unknown_actor,
    )
    c.reference(
        "Handover",
        i,
        h.id,
        h.item,
        "to_actor_id",
        h.to_actor_id,
        actor_names.__contains__,
        unknown_actor,
    )
    if h.to_actor_id is not None and h.to_actor_id == h.from_actor_id:
        c.add(
            "Handover",
            i,
            h.id,
            h.item,
            "to_actor_id",
            translate("Validation", "an item cannot be handed over to its sender"),
        )
    c.reference(
        "Handover",
        i,
        h.id,
        h.item,
        "function_id",
        h.function_id,
        function_names.__contains__,
        translate("Validation", "unknown function"),
    )
    c.dates("Handover", i, h.id, h.item, due=h.due)
    c.texts("Handover", i, h.id, h.item, item=h.item, area=h.area, owner=h.owner, notes=h.notes)


def _funding_line(
    c: _Checker,
    i: int,
    line: FundingLine,
    actor_names: dict[str, str],
    function_names: dict[str, str],
) -> None:
    label = line.source
    if not line.source.strip():
        c.add(
            "FundingLine", i, line.id, "", "source", translate("Validation", "a source is required")
        )
    if not DATE_MIN.year <= line.year <= DATE_MAX.year:
        c.add(
            "FundingLine",
            i,
            line.id,
            label,
            "year",
            translate("Validation", "{year} is not a year between {first} and {last}").format(
                year=line.year, first=DATE_MIN.year, last=DATE_MAX.year
            ),
        )
    if not (math.isfinite(line.amount) and line.amount >= 0):
        c.add(
            "FundingLine",
            i,
            line.id,
            label,
            "amount",
            translate("Validation", "the amount must be a number of US dollars of at least 0"),
        )
    c.reference(
        "FundingLine",
        i,
        line.id,
        label,
        "actor_id",
        line.actor_id,
        actor_names.__contains__,
        translate("Validation", "unknown actor"),
    )
    c.reference(
        "FundingLine",
        i,
        line.id,
        label,
        "function_id",
        line.function_id,
        function_names.__contains__,
        translate("Validation", "unknown function"),
    )
    c.texts("FundingLine", i, line.id, label, source=line.source, notes=line.notes)


def _continuation_loops(actors: Sequence[Actor]) -> set[str]:
    """The ids of the actors on a loop of `continues` (A continues B continues A)."""
    follows = {a.id: a.continues_id for a in actors if a.continues_id is not None}
    on_loop: set[str] = set()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in follows:
        path: list[str] = []
        node: str | None = start
        while node is not None and node in follows and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = follows[node]
        if node is not None and state.get(node) == 1:  # came back onto the current path
            on_loop.update(path[path.index(node) :])
        for visited in path:
            state[visited] = 2
    return on_loop


def assignment_label(plan: Plan, assignment: Assignment) -> str:
    """'Police by UNPOL' style label of an assignment for messages."""
    function = plan.function(assignment.function_id)
    actor = plan.actor(assignment.actor_id)
    return translate("Validation", "{function} by {actor}").format(
        function=function.name if function else "?", actor=actor.name if actor else "?"
    )


def ensure_valid(plan: Plan) -> Plan:
    """Return `plan` when it is valid, else raise `PlanInvalid` with every problem."""
    problems = validate_plan(plan)
    if problems:
        raise PlanInvalid(problems)
    return plan


__all__ = [
    "DATE_MAX",
    "DATE_MIN",
    "MAX_TEXT",
    "PlanInvalid",
    "Problem",
    "assignment_label",
    "ensure_valid",
    "validate_plan",
]
