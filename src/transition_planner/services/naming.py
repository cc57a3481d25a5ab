"""The naming of plans: names are unique in a workspace, compared without regard to case."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum


class PlanNameProblem(Enum):
    """Why a name cannot name a plan (the window words it in the planner's language)."""

    BLANK = "blank"
    TAKEN = "taken"


def name_problem(name: str, taken: Iterable[str]) -> PlanNameProblem | None:
    """BLANK for a name of blanks only, TAKEN when `taken` holds it (any case), else None."""
    wanted = name.strip()
    if not wanted:
        return PlanNameProblem.BLANK
    folded = wanted.casefold()
    if any(other.strip().casefold() == folded for other in taken):
        return PlanNameProblem.TAKEN
    return None


def free_name(base: str, taken: Iterable[str]) -> str:
    """`base`, else `base 2`, `base 3` … — the first that `taken` does not hold (any case)."""
    base = base.strip()
    folded = {t.strip().casefold() for t in taken}
    if base.casefold() not in folded:
        return base
    n = 2
    while f"{base} {n}".casefold() in folded:
        n += 1
    return f"{base} {n}"
