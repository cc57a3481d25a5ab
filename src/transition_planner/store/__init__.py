"""The workspace store: plans in one SQLite file (portable SQLAlchemy; the SQLite particulars are
in `store.sqlite`, the writer's lock in `store.locking`, backups and restoring in
`store.backups`), with Alembic migrations and crash safety."""

from .backup_files import BACKUPS_KEPT, WORKSPACE_SUFFIX, BackupInfo, backups_dir
from .errors import (
    DiskFull,
    DuplicatePlanName,
    NotAWorkspace,
    PlanNotFound,
    StoreConflict,
    WorkspaceCorrupt,
    WorkspaceError,
    WorkspaceLocked,
    WorkspaceMissing,
    WorkspaceOutdated,
    WorkspaceReadOnly,
    WorkspaceTooNew,
)
from .sqlite import APPLICATION_ID
from .workspace import PlanSummary, Workspace, default_workspace_path

__all__ = [
    "APPLICATION_ID",
    "BACKUPS_KEPT",
    "WORKSPACE_SUFFIX",
    "BackupInfo",
    "DiskFull",
    "DuplicatePlanName",
    "NotAWorkspace",
    "PlanNotFound",
    "PlanSummary",
    "StoreConflict",
    "Workspace",
    "WorkspaceCorrupt",
    "WorkspaceError",
    "WorkspaceLocked",
    "WorkspaceMissing",
    "WorkspaceOutdated",
    "WorkspaceReadOnly",
    "WorkspaceTooNew",
    "backups_dir",
    "default_workspace_path",
]
