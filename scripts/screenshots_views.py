"""Render the Compare and Portfolio views to docs/screenshots/, offscreen.

Run: `.venv/bin/python scripts/screenshots_views.py [OUTPUT_DIR]` — on a temporary workspace with
the example plans and an option of Haiti (every successor starts 90 days earlier, for a longer
overlap); settings in a temporary folder (the user's are never touched).

Writes `main-compare.png` and `main-portfolio.png` at 1600×1000, and the same views at 1366×768
(`compare-1366x768.png`, `portfolio-1366x768.png`), to check that names and bars still read.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from dataclasses import replace
    from datetime import timedelta

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from transition_planner.services import PlanningService
    from transition_planner.ui.app import application
    from transition_planner.ui.main_window import MainWindow
    from transition_planner.ui.settings import Settings
    from transition_planner.ui.translation import install_translations

    app = application()
    app.setStyle("Fusion")
    install_translations("en")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tp-shots-") as tmp:
        folder = Path(tmp)
        service = PlanningService.open(folder / "Transition plans.tpw", create=True)
        service.add_examples()
        haiti = service.find_plan("Haiti")
        option = service.draft_copy(haiti.id, "Haiti — option B: 90-day overlap")
        earlier = []
        for a in option.assignments:
            actor = option.actor(a.actor_id)
            presence = option.presence(actor.presence_id) if actor and actor.presence_id else None
            floor = max(option.horizon_start, presence.start) if presence else option.horizon_start
            if a.start > option.horizon_start:
                a = replace(a, start=max(floor, a.start - timedelta(days=90)))
            earlier.append(a)
        service.create_plan(replace(option, assignments=tuple(earlier)))
        window = MainWindow(settings=Settings(folder / "settings.ini"))
        window.set_service(service)
        window.show()
        window.banner.hide_welcome()

        def settle() -> None:
            for _ in range(10):
                app.processEvents()
            window.operations.wait()
            loop = QEventLoop()
            QTimer.singleShot(150, loop.quit)
            loop.exec()
            for _ in range(10):
                app.processEvents()

        def shot(name: str, widget: QWidget | None = None) -> None:
            settle()
            target = out / f"{name}.png"
            (widget or window).grab().save(str(target))
            written.append(target)

        for (width, height), suffix in (((1600, 1000), ""), ((1366, 768), "-1366x768")):
            window.resize(width, height)
            window.reset_layout()
            window.resize(width, height)
            window.select_plan(haiti.id)
            window.compare_plans(haiti.id, service.find_plan_id(option.name))
            settle()
            view = window.views.compare
            if view is not None and view.result is not None:
                first = view.lists["only_a"]
                if first.model().rowCount():
                    first.selectRow(0)
            shot("main-compare" if not suffix else f"compare{suffix}")
            window.views.setCurrentWidget(window.views.portfolio_host)
            settle()
            shot("main-portfolio" if not suffix else f"portfolio{suffix}")
        window.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
