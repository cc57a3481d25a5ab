"""Use cases shared by the desktop application and the command line."""

from .planning import (
    WORKSPACE_ENV,
    EditReport,
    PlanningService,
    example_names,
    open_existing,
    resolve_workspace_path,
)

__all__ = [
    "WORKSPACE_ENV",
    "EditReport",
    "PlanningService",
    "example_names",
    "open_existing",
    "resolve_workspace_path",
]
