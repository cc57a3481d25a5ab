"""The errors of the workspace store. `str(error)` is a sentence for a person, naming the file."""

from __future__ import annotations

from pathlib import Path


class WorkspaceError(Exception):
    """Something is wrong with a workspace file or with what was asked of it."""


class WorkspaceMissing(WorkspaceError):
    """The workspace file does not exist (and was not to be created)."""


class NotAWorkspace(WorkspaceError):
    """The file is not a Transition Planner workspace (another format or application)."""


class WorkspaceTooNew(WorkspaceError):
    """The workspace was written by a newer version of the application."""


class WorkspaceOutdated(WorkspaceError):
    """The workspace needs an upgrade, which a read-only open cannot do."""


class WorkspaceCorrupt(WorkspaceError):
    """The workspace file is damaged. `latest_backup` is the newest backup, if any."""

    def __init__(self, message: str, latest_backup: Path | None = None) -> None:
        super().__init__(message)
        self.latest_backup = latest_backup


class WorkspaceLocked(WorkspaceError):
    """Another process has the workspace open for writing. `holder` says who."""

    def __init__(self, message: str, holder: str = "") -> None:
        super().__init__(message)
        self.holder = holder


class WorkspaceReadOnly(WorkspaceError):
    """A write was attempted on a workspace opened read-only (or a write-protected file)."""


class DiskFull(WorkspaceError):
    """The disk filled up during a write; the workspace is as it was before the write."""


class PlanNotFound(WorkspaceError):
    """No plan with that id (or name) in the workspace."""


class DuplicatePlanName(WorkspaceError):
    """Another plan of the workspace already has that name."""


class StoreConflict(WorkspaceError):
    """A change does not fit what the workspace holds (unknown or duplicate id, duplicate name)."""
