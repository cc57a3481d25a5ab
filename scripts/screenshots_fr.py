"""Render the window in French to docs/screenshots/fr-*.png, offscreen.

Run: `.venv/bin/python scripts/screenshots_fr.py [OUTPUT_DIR]` — on a temporary workspace with the
example plans (their contents are typed in English: plan, actor and function names stay as
typed), settings in a temporary folder. The window, its menus, the gaps sentences and the charts
speak French, as with `LANG=fr_FR.UTF-8` or Preferences → Language → Français.

- `fr-main-editor.png`, `fr-main-timeline.png`, `fr-main-dashboard.png` at 1600×1000 (Haiti);
- `fr-timeline-1366x768.png` (Sudan, on a field laptop's screen).
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

    from PySide6.QtWidgets import QWidget

    from transition_planner.services import PlanningService
    from transition_planner.ui.app import application
    from transition_planner.ui.main_window import MainWindow
    from transition_planner.ui.settings import Settings
    from transition_planner.ui.translation import install_translations

    app = application()
    app.setStyle("Fusion")
    install_translations("fr")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tp-shots-fr-") as tmp:
        folder = Path(tmp)
        service = PlanningService.open(folder / "Plans de transition.tpw", create=True)
        service.add_examples()
        window = MainWindow(settings=Settings(folder / "settings.ini"))
        window.set_service(service)
        window.show()

        def settle() -> None:
            for _ in range(10):
                app.processEvents()

        def shot(name: str, widget: QWidget | None = None) -> None:
            settle()
            target = out / f"{name}.png"
            (widget or window).grab().save(str(target))
            written.append(target)

        window.resize(1600, 1000)
        window.reset_layout()
        window.resize(1600, 1000)
        window.banner.hide_welcome()
        window.select_plan(service.find_plan_id("Haiti"))
        window.views.build_all()
        window.views.setCurrentWidget(window.editor)
        window.editor.show_table(window.editor.assignments)
        window.editor.assignments.fit_columns()
        shot("fr-main-editor")
        window.views.setCurrentWidget(window.views.timeline_host)
        settle()
        if window.timeline is not None:
            window.timeline.fit_horizon()
        shot("fr-main-timeline")
        window.views.setCurrentWidget(window.views.dashboard_host)
        shot("fr-main-dashboard")

        window.resize(1366, 768)
        window.reset_layout()
        window.resize(1366, 768)
        window.select_plan(service.find_plan_id("Sudan"))
        window.views.setCurrentWidget(window.views.timeline_host)
        settle()
        if window.timeline is not None:
            window.timeline.fit_horizon()
        shot("fr-timeline-1366x768")

        window.close_workspace()
        window.close()
    install_translations("en")
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
