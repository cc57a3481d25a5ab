"""The example plans a new workspace starts with, read from `resources/examples/*.toml`.

* `Kandora (template)` — the generic template PKO → SPM → UN country team for a fictional
  country; it shows every rule of the analysis at least once. New plans "from template" copy it.
* `Haiti` — MINUSTAH → MINUJUSTH → BINUH, with the Multinational Security Support mission and the
  Gang Suppression Force.
* `Sudan` — UNAMID → UNITAMS → UN country team and the Personal Envoy.

They are data with a source on every row (see the folder's README), read through the same import
path as a colleague's workbook, so the rules that check a workbook check them too. Each call gives
plans with fresh ids.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..domain.model import Plan, with_new_ids

TEMPLATE_NAME = "Kandora (template)"
#: The files of the example plans, in the order a new workspace lists them.
EXAMPLE_FILES: tuple[str, ...] = ("template.toml", "haiti.toml", "sudan.toml")


@cache
def _example(file: str) -> Plan:
    from pathlib import Path

    from .importer import read_plan_text  # openpyxl: only when an example is read

    source = resources.files("transition_planner") / "resources" / "examples" / file
    return read_plan_text(Path(file), source.read_text("utf-8"))


def example_plan(file: str) -> Plan:
    """One example plan by its file name ("haiti.toml"), with fresh ids."""
    return with_new_ids(_example(file))


def example_plans() -> list[Plan]:
    """The example plans, each with fresh ids."""
    return [example_plan(file) for file in EXAMPLE_FILES]


def template_plan(name: str = TEMPLATE_NAME) -> Plan:
    """A copy of the template under `name`, with fresh ids."""
    return with_new_ids(_example("template.toml"), name=name)


def haiti_plan() -> Plan:
    return example_plan("haiti.toml")


def sudan_plan() -> Plan:
    return example_plan("sudan.toml")
