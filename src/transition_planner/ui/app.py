"""Starting the desktop application: `run(workspace)` is what the command line calls.

However the application ends — the last window closed, Quit, Ctrl+C in a terminal (SIGINT), a
session shutting down (SIGTERM, or the session manager asking before a logout) — the workspace
is closed (one file, no lock left) and the Qt objects are taken down in order before Python
exits. Signals are handled without running Python code in the middle of Qt's: the C-level handler
writes to a socket (`signal.set_wakeup_fd`) that the event loop watches, and the quitting is done
by an ordinary Qt slot.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__
from .settings import LANGUAGE, ORGANIZATION, Settings
from .translation import install_translations

_START = time.perf_counter()

#: The signals that end the application cleanly.
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so that QSettings find their place."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    return app


class SignalWatcher(QObject):
    """Turns SIGINT, SIGTERM and SIGHUP into closing every window on the GUI thread — as the
    planner closing them would: the window saves its state and closes its workspace, a dialog
    that is open is cancelled, and the application ends with its last window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.received: list[int] = []
        import socket

        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {sig: signal.signal(sig, self._noted) for sig in QUIT_SIGNALS}
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._wake)

    @staticmethod
    def _noted(_signum: int, _frame: object) -> None:
        """Python's part of the handler: nothing (the wakeup byte does the work)."""

    def _wake(self) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        self.received += list(data)
        if any(sig in QUIT_SIGNALS for sig in data):
            self.app.closeAllWindows()
            if any(w.isVisible() for w in self.app.topLevelWidgets()):
                self.app.quit()  # a window would not close: end anyway

    def close(self) -> None:
        """Put the previous handlers back (before Qt and Python shut down)."""
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._reader.close()
        self._writer.close()


def run(
    workspace: Path | None = None, *, settings: Settings | None = None, read_only: bool = False
) -> int:
    """Open the main window on `workspace` (None: the default workspace) and run until quit;
    `read_only`: open it without the writer's lock, changing nothing."""
    app = application()
    watcher = SignalWatcher(app)
    settings = settings or Settings()
    install_translations(settings.get(LANGUAGE))
    from .main_window import MainWindow
    from .views import prewarm_charts

    window = MainWindow(settings=settings)
    # a session ending (logout) asks first: save the window's state, close the workspace
    logout = app.commitDataRequest.connect(lambda _manager, w=window: w.close())
    window.show()
    window.timings["process_to_window"] = time.perf_counter() - _START
    try:
        # a workspace named on the command line is created when it does not exist yet; when it
        # cannot be opened the window stays empty (the message says why; File → Open is
        # there). Inside the try: whatever happens, the workspace is closed and its lock goes.
        window.open_workspace(
            workspace, create=workspace is not None and not read_only, read_only=read_only
        )
        QTimer.singleShot(300, prewarm_charts)
        window.raise_()
        code = app.exec()
    finally:
        # however the loop ended, leave the workspace closed and take the window down now,
        # not in Python's shutdown
        QObject.disconnect(logout)
        window.save_state()
        window.close_workspace()
        watcher.close()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del window
    return int(code)
