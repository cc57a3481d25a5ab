"""Render the chart views of the v2 model in the desktop application, offscreen: the dashboard of
Sudan with its funding by year (`dashboard-funding-sudan-<size>.png`), and the timeline of the
Kandora template shown for one area with a handover selected (`timeline-area-kandora-<size>.png`),
at 1366×768 and 2560×1440.

Run: `.venv/bin/python scripts/view_screenshots.py [OUTPUT_DIR]` — on a temporary workspace with
the example plans; settings in a temporary folder (the user's are never touched).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1366, 768), (2560, 1440))


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from transition_planner.services import PlanningService
    from transition_planner.ui.app import application
    from transition_planner.ui.main_window import MainWindow
    from transition_planner.ui.settings import Settings
    from transition_planner.ui.translation import install_translations

    app = application()
    app.setStyle("Fusion")
    install_translations("en")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tp-view-shots-") as tmp:
        folder = Path(tmp)
        service = PlanningService.open(folder / "Transition plans.tpw", create=True)
        service.add_examples()
        window = MainWindow(settings=Settings(folder / "settings.ini"))
        window.set_service(service)
        window.show()
        window.banner.hide_welcome()

        def settle() -> None:
            for _ in range(8):
                app.processEvents()

        for width, height in SIZES:
            window.resize(width, height)
            window.reset_layout()
            window.resize(width, height)
            window.select_plan(service.find_plan_id("Sudan"))
            window.views.build_all()
            window.views.setCurrentWidget(window.views.dashboard_host)
            settle()
            target = out / f"dashboard-funding-sudan-{width}x{height}.png"
            window.grab().save(str(target))
            written.append(target)

            window.select_plan(service.find_plan_id("Kandora (template)"))
            window.views.setCurrentWidget(window.views.timeline_host)
            settle()
            timeline = window.timeline
            if timeline is not None and timeline.series is not None:
                timeline.set_area("Northern Province")
                timeline.fit_horizon()
                marks = timeline.series.handovers
                if marks:
                    timeline.select_handover(marks[0].id)
            settle()
            target = out / f"timeline-area-kandora-{width}x{height}.png"
            window.grab().save(str(target))
            written.append(target)
            if timeline is not None:
                timeline.set_area(None)
        window.close()
        QApplication.processEvents()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
