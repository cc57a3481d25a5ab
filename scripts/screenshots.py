"""Render the main views of the desktop application to docs/screenshots/*.png (1600×1000).

Run: `.venv/bin/python scripts/screenshots.py [OUTPUT_DIR]` — offscreen, on a temporary workspace
with the example plans; settings in a temporary folder (the user's are never touched).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1600, 1000)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from transition_planner.domain.changes import diff_plans
    from transition_planner.domain.model import Milestone
    from transition_planner.services import PlanningService
    from transition_planner.ui.app import application
    from transition_planner.ui.dialogs import BackupsDialog, ChangeReviewDialog
    from transition_planner.ui.main_window import MainWindow
    from transition_planner.ui.settings import Settings

    app = application()
    app.setStyle("Fusion")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tp-shots-") as tmp:
        folder = Path(tmp)
        service = PlanningService.open(folder / "Transition plans.tpw", create=True)
        service.add_examples()
        window = MainWindow(settings=Settings(folder / "settings.ini"))
        window.set_service(service)
        window.resize(*SIZE)
        window.show()

        def settle() -> None:
            for _ in range(5):
                app.processEvents()

        def shot(name: str, widget: object = None) -> None:
            settle()
            target = out / f"{name}.png"
            (widget or window).grab().save(str(target))  # type: ignore[attr-defined]
            written.append(target)

        haiti = service.find_plan_id("Haiti")
        window.select_plan(haiti)
        shot("main-editor-presences")
        window.dismiss_welcome()
        window.editor.show_table(window.editor.assignments)
        shot("main-editor-assignments")

        # an invalid cell: red with its reason, nothing stored
        model = window.editor.assignments.model
        model.setData(model.index(0, model.COL_END), "2001-02-30")
        table = window.editor.assignments
        table.select_entity(model.entity(0).id, model.COL_END)
        shot("main-invalid-cell")
        model.discard_errors()

        window.tabs.setCurrentWidget(window.timeline_host)
        first = window.gaps.model.findings()[0]
        window.show_finding(first)
        shot("main-timeline")
        window.tabs.setCurrentWidget(window.dashboard_host)
        shot("main-dashboard")
        window.tabs.setCurrentWidget(window.editor)

        window.gaps.set_filters(rule="coverage_gap")
        window.editor.show_table(window.editor.functions)
        shot("main-gaps-filtered")
        window.gaps.set_filters()

        sudan = service.find_plan_id("Sudan")
        window.select_plan(sudan)
        window.browser.search.setText("su")
        shot("main-sudan-search")
        window.browser.search.clear()

        # the change review of an edited workbook, built from a real edit of the plan
        plan = service.plan(haiti)
        from dataclasses import replace

        edited = replace(
            plan,
            functions=(
                replace(plan.functions[0], notes="Agreed at the 2025 planning retreat"),
                *plan.functions[1:],
            ),
            milestones=(*plan.milestones, Milestone(name="Referendum", date=plan.horizon_end)),
            assignments=plan.assignments[1:],
        )

        class Review:
            change = diff_plans(plan, edited)
            before = plan
            after = edited
            lines: list[str] = []
            warnings: list[str] = []

        dialog = ChangeReviewDialog(Review(), plan.name, None, window)
        dialog.resize(1100, 640)
        dialog.show()
        shot("dialog-change-review", dialog)
        dialog.close()

        service.workspace.backup("before import into Haiti")
        backups = BackupsDialog(service.backups(), window)
        backups.show()
        shot("dialog-backups", backups)
        backups.close()

        QTimer.singleShot(0, window.close)
        settle()
        window.close()
        QApplication.processEvents()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
