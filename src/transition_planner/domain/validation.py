"""Validation of a whole plan, reporting every problem at once.

A `Problem` names the entity (its kind, position in the plan and name), the field and a message a
planner understands. Callers map problems to their own places: the workbook to `Sheet!Cell`, the
editor to a table cell.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .model import Actor, Assignment, Function, Milestone, Plan, Presence

#: Longest text a field may hold (a spreadsheet cell holds at most 32,767 characters).
MAX_TEXT = 32_767


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan."""

    #: "Plan", "Presence", "Actor", "Function", "Assignment" or "Milestone".
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
        where = self.entity if self.index is None else f"{self.entity} {self.index + 1}"
        if self.name:
            where += f" ({self.name})"
        return f"{where}, {self.field}: {self.message}"


class PlanInvalid(ValueError):
    """Raised when a plan that must be valid is not; carries every problem."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


def _text_problems(
    kind: str, index: int | None, entity_id: str | None, name: str, values: dict[str, str]
) -> list[Problem]:
    out = []
    for fname, value in values.items():
        if len(value) > MAX_TEXT:
            out.append(
                Problem(
                    kind,
                    index,
                    entity_id,
                    name,
                    fname,
                    f"text is {len(value):,} characters long; at most {MAX_TEXT:,} are allowed",
                )
            )
    return out


def _interval_problem(
    kind: str, index: int, entity_id: str, name: str, start: date | None, end: date | None
) -> list[Problem]:
    if start is not None and end is not None and end < start:
        return [Problem(kind, index, entity_id, name, "end", "end is before start")]
    return []


def validate_plan(plan: Plan) -> list[Problem]:
    """Every problem with `plan`, in a stable order (settings, then each collection in order)."""
    problems: list[Problem] = []

    def plan_problem(field_name: str, message: str) -> None:
        problems.append(Problem("Plan", None, None, plan.name, field_name, message))

    if not plan.name.strip():
        plan_problem("name", "a plan needs a name")
    if plan.horizon_end < plan.horizon_start:
        plan_problem("horizon_end", "horizon end is before horizon start")
    if plan.min_overlap_days < 0:
        plan_problem("min_overlap_days", "minimum overlap cannot be negative")
    if not (math.isfinite(plan.cliff_threshold) and 0 <= plan.cliff_threshold <= 1):
        plan_problem("cliff_threshold", "cliff threshold must be between 0 and 1")
    problems += _text_problems(
        "Plan",
        None,
        None,
        plan.name,
        {"name": plan.name, "country": plan.country, "description": plan.description},
    )

    def duplicates(
        kind: str,
        items: Sequence[Presence | Actor | Function | Milestone],
        *,
        unique: bool = True,
    ) -> None:
        seen = Counter(item.name.strip().casefold() for item in items)
        firsts: set[str] = set()
        for i, item in enumerate(items):
            key = item.name.strip().casefold()
            if not key:
                problems.append(Problem(kind, i, item.id, "", "name", "a name is required"))
            elif unique and seen[key] > 1:
                if key in firsts:
                    problems.append(
                        Problem(
                            kind, i, item.id, item.name, "name", f"duplicate name {item.name!r}"
                        )
                    )
                firsts.add(key)

    presence_ids = {p.id for p in plan.presences}
    # names by id: one lookup per assignment (a linear search each made validation quadratic)
    actor_names = {a.id: a.name for a in plan.actors}
    function_names = {f.id: f.name for f in plan.functions}

    duplicates("Presence", plan.presences)
    for i, p in enumerate(plan.presences):
        problems += _interval_problem("Presence", i, p.id, p.name, p.start, p.end)
        problems += _text_problems(
            "Presence",
            i,
            p.id,
            p.name,
            {"name": p.name, "funding": p.funding, "mandate": p.mandate, "notes": p.notes},
        )

    duplicates("Actor", plan.actors)
    for i, a in enumerate(plan.actors):
        if a.presence_id is not None and a.presence_id not in presence_ids:
            problems.append(Problem("Actor", i, a.id, a.name, "presence_id", "unknown presence"))
        problems += _text_problems("Actor", i, a.id, a.name, {"name": a.name, "notes": a.notes})

    duplicates("Function", plan.functions)
    for i, f in enumerate(plan.functions):
        if (
            f.required_from is not None
            and f.required_until is not None
            and f.required_until < f.required_from
        ):
            problems.append(
                Problem(
                    "Function",
                    i,
                    f.id,
                    f.name,
                    "required_until",
                    "required until is before required from",
                )
            )
        problems += _text_problems(
            "Function",
            i,
            f.id,
            f.name,
            {"name": f.name, "category": f.category, "notes": f.notes},
        )

    for i, s in enumerate(plan.assignments):
        label = f"{function_names.get(s.function_id, '?')} by {actor_names.get(s.actor_id, '?')}"
        if s.function_id not in function_names:
            problems.append(
                Problem("Assignment", i, s.id, label, "function_id", "unknown function")
            )
        if s.actor_id not in actor_names:
            problems.append(Problem("Assignment", i, s.id, label, "actor_id", "unknown actor"))
        problems += _interval_problem("Assignment", i, s.id, label, s.start, s.end)
        if s.capacity is not None and not (math.isfinite(s.capacity) and s.capacity >= 0):
            problems.append(
                Problem(
                    "Assignment",
                    i,
                    s.id,
                    label,
                    "capacity",
                    "capacity must be a number of at least 0",
                )
            )
        problems += _text_problems(
            "Assignment",
            i,
            s.id,
            label,
            {"funding_source": s.funding_source, "notes": s.notes},
        )

    duplicates("Milestone", plan.milestones, unique=False)
    for i, m in enumerate(plan.milestones):
        problems += _text_problems("Milestone", i, m.id, m.name, {"name": m.name, "notes": m.notes})

    return problems


def assignment_label(plan: Plan, assignment: Assignment) -> str:
    """'Police ← UNPOL' style label of an assignment for messages."""
    function = plan.function(assignment.function_id)
    actor = plan.actor(assignment.actor_id)
    f_name = function.name if function else "?"
    a_name = actor.name if actor else "?"
    return f"{f_name} by {a_name}"


def ensure_valid(plan: Plan) -> Plan:
    """Return `plan` when it is valid, else raise `PlanInvalid` with every problem."""
    problems = validate_plan(plan)
    if problems:
        raise PlanInvalid(problems)
    return plan
