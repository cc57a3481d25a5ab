"""Starting the desktop application: `run(workspace)` is what the command line calls."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__
from .settings import LANGUAGE, ORGANIZATION, Settings

#: Where compiled translations (.qm) are looked for: shipped with the package, then the source
#: tree's resources/translations (where pyside6-lupdate writes the .ts files).
TRANSLATIONS = (
    Path(__file__).resolve().parents[1] / "resources" / "translations",
    Path(__file__).resolve().parents[3] / "resources" / "translations",
)

_START = time.perf_counter()


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


def install_translations(app: QApplication, language: str = "") -> list[QTranslator]:
    """Qt's own and our translations for the language (default: the system's)."""
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    for folder in TRANSLATIONS:
        ours = QTranslator(app)
        if folder.is_dir() and ours.load(locale, "transition_planner", "_", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
            break
    return installed


def run(workspace: Path | None = None, *, settings: Settings | None = None) -> int:
    """Open the main window on `workspace` (None: the default workspace) and run until quit."""
    app = application()
    _quit_on_signals(app)
    settings = settings or Settings()
    install_translations(app, settings.get(LANGUAGE))
    from .main_window import MainWindow

    window = MainWindow(settings=settings)
    window.show()
    window.timings["process_to_window"] = time.perf_counter() - _START
    # a workspace named on the command line is created when it does not exist yet; when it
    # cannot be opened the window stays empty (the message says why; File → Open is there)
    window.open_workspace(workspace, create=workspace is not None)
    QTimer.singleShot(300, window.prewarm)
    window.raise_()
    try:
        code = app.exec()
    finally:
        # however the loop ended (last window closed, session end, SIGTERM), leave the
        # workspace closed: one file, no lock left behind
        window.close_workspace()
    return int(code)


def _quit_on_signals(app: QApplication) -> None:
    """SIGINT/SIGTERM (Ctrl+C in a terminal, a shutting-down session) end the event loop
    cleanly instead of killing the process with the workspace open."""
    import signal

    def stop(_signum: int, _frame: object) -> None:
        # queued: a signal that arrives before the loop runs still ends it once it starts
        QTimer.singleShot(0, app.quit)

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    # Python runs signal handlers only between bytecodes: wake the interpreter regularly.
    heartbeat = QTimer(app)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)
