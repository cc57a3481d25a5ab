"""Opening workspaces (a locked one read-only, a damaged one from its latest backup), the recent
workspaces, backing up and restoring — backups and restores as `Operation`s in the background."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from . import settings as S
from .operations import Operation, OperationRunner, RunningWork
from .plan_flows import Notifier
from .session import WorkspaceSession


class WorkspaceFlows(QObject):
    #: A workspace was opened read-only: why (the window says so in its banner).
    openedReadOnly = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        session: WorkspaceSession,
        operations: OperationRunner,
        notifier: Notifier,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.operations = operations
        self.notifier = notifier
        self.read_only_reason = ""

    @property
    def settings(self) -> S.Settings:
        return self.session.settings

    # -- opening --------------------------------------------------------------------------

    def open_workspace(
        self, path: Path | None, *, create: bool = False, read_only: bool = False
    ) -> bool:
        """Open a workspace (None: the default one). False (and a message) when it cannot be
        opened now; a damaged one is restored from its latest backup in the background when
        the planner agrees, and opened then."""
        from ..services import PlanningService, WorkspaceCorrupt, WorkspaceError, WorkspaceLocked

        started = time.perf_counter()
        try:
            service = PlanningService.open(path, create=create, read_only=read_only)
        except WorkspaceLocked as exc:
            answer = QMessageBox.question(
                self.parent_widget,
                self.tr("Workspace in use"),
                self.tr("{0}\n\nOpen it read-only? You can look but not change it.").format(exc),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.read_only_reason = str(exc)
                return self.open_workspace(path, read_only=True)
            return False
        except WorkspaceCorrupt as exc:
            self.offer_backup(path, exc)
            return False
        except (WorkspaceError, OSError) as exc:
            self.notifier.show_error(self.tr("Cannot open the workspace"), str(exc))
            return False
        if not read_only:
            self.read_only_reason = ""
        elif not self.read_only_reason:
            self.read_only_reason = self.tr("Opened read-only: nothing can be changed.")
        try:
            self.session.set_service(service)
        except WorkspaceCorrupt as exc:
            # a stored value that cannot be read (found when the plans are listed or the last
            # plan is loaded): close the workspace — no lock left — and offer the backup
            self.session.close()
            service.close()
            self.offer_backup(path, exc)
            return False
        except (WorkspaceError, OSError) as exc:
            self.session.close()
            service.close()
            self.notifier.show_error(self.tr("Cannot open the workspace"), str(exc))
            return False
        self.session.timings["open_workspace"] = time.perf_counter() - started
        return True

    def damaged_while_open(self, exc: Exception) -> RunningWork | None:
        """A plan of the open workspace could not be read: close it (no lock left) and offer
        its latest backup, as when a damaged workspace is opened."""
        service = self.session.service
        path = service.workspace.path if service is not None else None
        self.session.close()
        if service is not None:
            service.close()
        return self.offer_backup(path, exc)

    def offer_backup(self, path: Path | None, exc: Exception) -> RunningWork | None:
        """A damaged workspace: say so, and offer to restore its latest backup."""
        backup = getattr(exc, "latest_backup", None)
        if backup is None:
            self.notifier.show_error(self.tr("The workspace is damaged"), str(exc))
            return None
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("The workspace is damaged"),
            self.tr(
                "{0}\n\nRestore the latest backup ({1})? The damaged file is kept as a backup too."
            ).format(exc, Path(backup).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        from ..services.planning import resolve_workspace_path, restore_workspace

        target, _default = resolve_workspace_path(path)
        return (
            Operation(
                self.operations,
                lambda: restore_workspace(target, Path(backup)),
                label=self.tr("Restoring {0}…").format(Path(backup).name),
                error_title=self.tr("Could not restore the backup"),
                exclusive=True,
            )
            .success(lambda _safety: self.open_workspace(target))
            .run_in_background()
        )

    def choose_workspace(self) -> None:
        start = self.settings.get(S.LAST_DIRECTORY) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Open workspace"),
            start,
            self.tr("Transition Planner workspaces (*.tpw *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.settings.set(S.LAST_DIRECTORY, str(Path(path).parent))
            self.open_workspace(Path(path))

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.get(S.RECENT_WORKSPACES)
        for i, path in enumerate(recent):
            action = menu.addAction(f"&{i + 1} {path}" if i < 9 else path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_workspace(Path(p)))
        menu.setEnabled(bool(recent))

    # -- backups --------------------------------------------------------------------------

    def backup_now(self) -> RunningWork | None:
        service = self.session.service
        if service is None or not self.session.writable:
            return None
        return (
            Operation(
                self.operations,
                lambda: service.backup(self.tr("backed up by hand")),
                label=self.tr("Backing up the workspace…"),
                error_title=self.tr("Cannot back up the workspace"),
            )
            .success(
                lambda path: self.notifier.show_message(self.tr("Backed up to {0}").format(path))
            )
            .run_in_background()
        )

    def show_backups(self) -> None:
        service = self.session.service
        if service is None or not self.session.writable:
            return
        from .dialogs import BackupsDialog

        dialog = BackupsDialog(service.backups(), self.parent_widget)
        try:
            if dialog.exec() != BackupsDialog.DialogCode.Accepted:
                return
            backup = dialog.chosen()
        finally:
            dialog.deleteLater()
        if backup is None:
            return
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Restore backup"),
            self.tr(
                "Replace the whole workspace by the backup {0}? The current workspace is "
                "backed up first. This cannot be undone with Edit → Undo."
            ).format(backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_backup(backup)

    def restore_backup(self, backup: Path) -> RunningWork | None:
        """Replace the open workspace by a backup, in the background; the window shows the
        restored plans when it is done (the service reports it) and the undo stack is cleared."""
        service = self.session.service
        if service is None or not self.session.writable:
            return None
        self.session.undo_stack.clear()
        return (
            Operation(
                self.operations,
                lambda: service.restore_backup(backup),
                label=self.tr("Restoring {0}…").format(backup.name),
                error_title=self.tr("Cannot restore {0}").format(backup.name),
                exclusive=True,
            )
            .success(
                lambda _safety: self.notifier.show_message(
                    self.tr("Restored the workspace from {0}").format(backup.name)
                )
            )
            .run_in_background()
        )
