"""Use cases shared by the desktop application and the command line.

The window reaches the store and the workbook only through here: the errors it tells apart and
the plan summaries it lists are re-exported below."""

from ..store import PlanSummary, WorkspaceCorrupt, WorkspaceError, WorkspaceLocked
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
    "PlanSummary",
    "PlanningService",
    "WorkspaceCorrupt",
    "WorkspaceError",
    "WorkspaceLocked",
    "example_names",
    "open_existing",
    "resolve_workspace_path",
]
