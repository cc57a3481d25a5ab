"""Background work, one way: an `Operation` owns its progress display, its busy state, its error
dialog and its success callback, as Anki's `CollectionOp` does::

    Operation(runner, lambda: read_workbook_plan(path), label=…, error_title=…)
        .success(add_imported_plan)
        .run_in_background()

The function runs in the thread pool; it must not touch the window or the service's subscribers
(it reads files and builds domain objects, or writes a file). Its result comes back on the GUI
thread. The progress dialog appears only when the work lasts (after `progress_delay_ms`), and it
is hidden and stopped *before* the success or failure callback runs — and the callback runs on a
later turn of the event loop — so that a follow-up dialog (the change review, the problems of a
bad workbook) never opens under a progress box that could come back over it. Cancel throws the
result away.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QWidget,
)

if TYPE_CHECKING:
    from .progress import ProgressDialog

T = TypeVar("T")

ErrorReporter = Callable[[str, str], None]


class RunningWork(Protocol):
    """What the runner knows of a running operation."""

    label: str
    exclusive: bool

    def cancel(self) -> None: ...


class _Relay(QObject):
    """Carries the worker's outcome to the GUI thread (queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.relay = relay
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # every failure goes back to the GUI thread
            self.finished.set()
            self.relay.failed.emit(exc)
            return
        self.finished.set()
        self.relay.done.emit(result)


class OperationRunner(QObject):
    """The operations of one window: its busy state, where errors are shown, the pool."""

    #: True while an operation runs.
    busyChanged = Signal(bool)
    #: An operation ended (after its callback ran, or when it was cancelled).
    ended = Signal()

    def __init__(
        self,
        parent: QWidget,
        show_error: ErrorReporter,
        *,
        progress_delay_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.show_error = show_error
        self.progress_delay_ms = progress_delay_ms
        self.pool = QThreadPool.globalInstance()
        self._running: list[RunningWork] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def exclusive(self) -> bool:
        """An operation that replaces the workspace is running: touch nothing of it."""
        return any(op.exclusive for op in self._running)

    def running(self) -> list[str]:
        return [op.label for op in self._running]

    def _started(self, op: RunningWork) -> None:
        was_busy = self.busy
        self._running.append(op)
        if not was_busy:
            self.busyChanged.emit(True)

    def _stopped(self, op: RunningWork) -> None:
        if op in self._running:
            self._running.remove(op)
            if not self._running:
                self.busyChanged.emit(False)

    def cancel_all(self) -> None:
        for op in list(self._running):
            op.cancel()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Wait for the pool's threads (results still arrive through the event loop)."""
        return bool(self.pool.waitForDone(timeout_ms))


class Operation(Generic[T]):
    """One piece of background work with its progress, busy state, error and success."""

    def __init__(
        self,
        runner: OperationRunner,
        fn: Callable[[], T],
        *,
        label: str,
        error_title: str,
        exclusive: bool = False,
        progress: bool = True,
    ) -> None:
        """`label`: what is being done ("Reading plan.xlsx…"); `error_title`: the title of the
        error dialog when it fails. `exclusive`: the work replaces the workspace (a restore),
        the window must not touch the service meanwhile. `progress=False`: no dialog (short
        work the window shows otherwise, e.g. the analysis of a big plan)."""
        self.runner = runner
        self.fn = fn
        self.label = label
        self.error_title = error_title
        self.exclusive = exclusive
        self.progress = progress
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[Exception], object] | None = None
        self._relay: _Relay | None = None
        self._timer: QTimer | None = None
        self._dialog: ProgressDialog | None = None  # made when the work lasts
        self._job: _Job | None = None
        self.cancelled = False
        self.finished = False

    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], object]) -> Operation[T]:
        """Replace the default failure handling (an error dialog titled `error_title`)."""
        self._on_failure = callback
        return self

    @property
    def dialog(self) -> ProgressDialog | None:
        return self._dialog

    def run_in_background(self) -> Operation[T]:
        relay = _Relay()
        relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        self.runner._started(self)
        if self.progress:
            timer = QTimer(self.runner)
            timer.setSingleShot(True)
            timer.timeout.connect(self._show_progress)
            timer.start(max(0, self.runner.progress_delay_ms))
            self._timer = timer
        self._job = _Job(self.fn, relay)
        self.runner.pool.start(self._job)
        return self

    def wait_for_worker(self, timeout: float = 30.0) -> bool:
        """Wait until the worker function has returned (its result still has to arrive)."""
        return self._job is None or self._job.finished.wait(timeout)

    def cancel(self) -> None:
        """Stop waiting for the work: its result is thrown away."""
        if self.finished:
            return
        self.cancelled = True
        self._finish()
        self.runner.ended.emit()

    # -- on the GUI thread ----------------------------------------------------------------

    def _show_progress(self) -> None:
        if self.finished:
            return
        from .progress import ProgressDialog

        dialog = ProgressDialog(self.label, self.runner.window)
        dialog.cancelled.connect(self.cancel)
        self._dialog = dialog
        dialog.show()

    def _finish(self) -> None:
        """Progress stopped and hidden, the busy state updated: before any callback."""
        self.finished = True
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
            self._timer = None
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.cancelled.disconnect(self.cancel)
            dialog.hide()
            dialog.setParent(None)
            dialog.deleteLater()
        self.runner._stopped(self)

    def _done(self, result: object) -> None:
        if self.finished:
            return
        self._finish()
        QTimer.singleShot(0, lambda: self._deliver(result, None))

    def _failed(self, error: object) -> None:
        if self.finished:
            return
        self._finish()
        exc = error if isinstance(error, Exception) else RuntimeError(str(error))
        QTimer.singleShot(0, lambda: self._deliver(None, exc))

    def _deliver(self, result: object, error: Exception | None) -> None:
        try:
            if error is None:
                if self._on_success is not None:
                    self._on_success(cast(T, result))
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                self.runner.show_error(self.error_title, describe_error(error))
        finally:
            self.runner.ended.emit()


def describe_error(error: Exception, headline: Callable[[int], str] | None = None) -> str:
    """An error as a planner reads it: every problem of a bad workbook on its own line, under
    `headline(number of problems)` (default: "N problems; nothing was changed:")."""
    problems = getattr(error, "problems", None)
    if problems:
        shown = [str(p) for p in list(problems)[:20]]
        head = (
            headline(len(problems))
            if headline is not None
            else QCoreApplication.translate(
                "Operation", "%n problem(s); nothing was changed:", "", len(problems)
            )
        )
        more = len(problems) - len(shown)
        lines = [head, *shown]
        if more > 0:
            lines.append(QCoreApplication.translate("Operation", "… and %n more", "", more))
        return "\n".join(lines)
    return str(error) or type(error).__name__
