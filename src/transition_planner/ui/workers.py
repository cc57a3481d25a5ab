"""Long work off the GUI thread: reading and writing workbooks, analysing very large plans.

A `Task` runs a plain function in the global thread pool. The function only reads files and builds
domain objects or workbooks — it never writes the workspace: the database write happens on the GUI
thread when the result comes back. A progress dialog (shown after a short delay) offers Cancel;
a cancelled task's result is thrown away.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """One function call in the thread pool; `done`/`failed` arrive on the GUI thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.signals = _Signals()
        self.cancelled = threading.Event()
        self.finished = threading.Event()
        self.started_at = time.perf_counter()
        self.seconds = 0.0

    def cancel(self) -> None:
        self.cancelled.set()

    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except Exception as exc:
            self.seconds = time.perf_counter() - self.started_at
            self.finished.set()
            if not self.cancelled.is_set():
                self.signals.failed.emit(exc)
            return
        self.seconds = time.perf_counter() - self.started_at
        self.finished.set()
        if not self.cancelled.is_set():
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Starts tasks, keeps them alive until they end, and shows their progress."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks: set[Task] = set()
        self.pool = QThreadPool.globalInstance()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        label: str = "",
        progress: bool = True,
    ) -> Task:
        task = Task(fn, *args)
        dialog: QProgressDialog | None = None
        if progress:
            dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
            dialog.setWindowTitle(self.tr("Working…"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setAccessibleName(label)
            dialog.canceled.connect(lambda: self._cancel(task))

        def finish() -> None:
            self._tasks.discard(task)
            if dialog is not None:
                dialog.canceled.disconnect()
                dialog.close()
                dialog.deleteLater()
            if not self._tasks:
                self.busyChanged.emit(False)

        def done(result: object) -> None:
            finish()
            on_done(result)

        def failed(exc: object) -> None:
            finish()
            on_error(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))

        task.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        task.finish = finish  # type: ignore[attr-defined]
        was_busy = self.busy
        self._tasks.add(task)
        if not was_busy:
            self.busyChanged.emit(True)
        self.pool.start(task)
        return task

    def _cancel(self, task: Task) -> None:
        task.cancel()
        if task in self._tasks:
            task.finish()  # type: ignore[attr-defined]

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            self._cancel(task)

    def wait(self, timeout_ms: int = 30000) -> bool:
        return bool(self.pool.waitForDone(timeout_ms))
