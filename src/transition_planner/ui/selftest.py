"""`transition-planner selftest`: start the application offscreen on a temporary workspace with the
example plans, show the main window and each view, export a workbook, and time every step."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: What Qt's offscreen platform says about things it cannot do, which are no failure of ours.
_PLATFORM_CHATTER = ("This plugin does not support",)


def _quiet_platform_messages() -> None:
    """Keep the offscreen platform's "This plugin does not support propagateSizeHints()" off
    standard error (selftest prints JSON; a stranger reads such lines as errors); every other
    Qt message is printed as Qt would."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind == QtMsgType.QtWarningMsg and message.startswith(_PLATFORM_CHATTER):
            return
        print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run_selftest() -> dict[str, float]:
    """Timings in seconds of each step (raises when a step fails)."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("MPLBACKEND", "Agg")
    timings: dict[str, float] = {}

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = round(now - since, 4)
        return now

    from PySide6.QtCore import QEventLoop, QTimer

    from .app import application

    _quiet_platform_messages()

    app = application()
    t = lap("qt_application", started)
    from ..services import PlanningService
    from .main_window import MainWindow
    from .settings import Settings
    from .views import prewarm_charts

    t = lap("import_ui", t)
    with tempfile.TemporaryDirectory(prefix="tp-selftest-") as tmp:
        folder = Path(tmp)
        settings = Settings(folder / "settings.ini")
        service = PlanningService.open(folder / "selftest.tpw", create=True)
        added = service.add_examples()
        if not added:
            raise RuntimeError("the example plans could not be added")
        t = lap("workspace_with_examples", t)
        window = MainWindow(settings=settings)
        window.show()
        app.processEvents()
        t = lap("window_shown", t)
        window.set_service(service)
        app.processEvents()
        t = lap("workspace_opened", t)
        prewarm_charts().join(30)
        t = lap("prewarm_charts_in_background", t)
        for summary in service.plans():
            window.select_plan(summary.id)
            app.processEvents()
            t = lap(f"plan:{summary.name}", t)
        for index, name in enumerate(("editor", "timeline", "dashboard")):
            window.views.setCurrentIndex(index)
            app.processEvents()
            t = lap(f"view:{name}", t)
        window.views.setCurrentIndex(0)
        for table in window.editor.tables:
            window.editor.show_table(table)
            app.processEvents()
        t = lap("view:tables", t)
        target = folder / "selftest.xlsx"
        loop = QEventLoop()
        window.operations.ended.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        if window.export_workbook(target) is not None:
            loop.exec()
        if not target.is_file() or target.stat().st_size == 0:
            raise RuntimeError(f"the workbook was not written: {window.last_message}")
        t = lap("export_workbook", t)
        window.close()
        window.deleteLater()
        app.processEvents()
        lap("closed", t)
    timings["total"] = round(time.perf_counter() - started, 4)
    return timings
