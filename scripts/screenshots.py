"""Render the desktop application to docs/screenshots/*.png, offscreen.

Run: `.venv/bin/python scripts/screenshots.py [OUTPUT_DIR]` — on a temporary workspace with the
example plans and a plan the size of the Mali one (10 functions, 15 actors, 13 milestones);
settings in a temporary folder (the user's are never touched).

- At 1366×768, 1600×1000 and 2560×1440: the Mali plan's assignments table and its timeline with
  the gaps panel open (`editor-<size>.png`, `timeline-<size>.png`).
- At 1600×1000: the main views and the dialogs (`main-*.png`, `dialog-*.png`), among them the
  template's handover register and funding lines, and its findings in one area.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.charts.plans: the Mali-sized plan

SIZES = ((1366, 768), (1600, 1000), (2560, 1440))
MAIN = (1600, 1000)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    from dataclasses import replace

    from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QWidget
    from tests.charts.plans import mali_plan

    from transition_planner.domain.changes import diff_plans
    from transition_planner.domain.model import Milestone
    from transition_planner.services import PlanningService
    from transition_planner.ui.app import application
    from transition_planner.ui.dialogs import BackupsDialog, ChangeReviewDialog
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
        mali = mali_plan()
        service.create_plan(mali)
        window = MainWindow(settings=Settings(folder / "settings.ini"))
        window.set_service(service)
        window.show()

        def settle() -> None:
            for _ in range(8):
                app.processEvents()

        def shot(name: str, widget: QWidget | None = None) -> None:
            settle()
            target = out / f"{name}.png"
            (widget or window).grab().save(str(target))
            written.append(target)

        # -- the Mali-sized plan at three sizes ---------------------------------------------
        window.banner.hide_welcome()
        window.select_plan(mali.id)
        window.views.build_all()
        for width, height in SIZES:
            window.resize(width, height)
            window.reset_layout()
            window.resize(width, height)
            window.views.setCurrentWidget(window.editor)
            window.editor.show_table(window.editor.assignments)
            window.editor.assignments.fit_columns()
            shot(f"editor-{width}x{height}")
            window.views.setCurrentWidget(window.views.timeline_host)
            settle()
            timeline = window.timeline
            if timeline is not None:
                timeline.fit_horizon()
                function = next(f for f in mali.functions if f.name.startswith("Police"))
                bar = next(a for a in mali.assignments if a.function_id == function.id)
                timeline.select_bar(bar.id, scroll=False)
            shot(f"timeline-{width}x{height}")

        # -- the main views at 1600×1000 ----------------------------------------------------
        window.resize(*MAIN)
        window.reset_layout()
        window.resize(*MAIN)
        haiti = service.find_plan_id("Haiti")
        window.select_plan(haiti)
        window.views.setCurrentWidget(window.editor)
        window.banner.show_welcome([s.name for s in service.plans()])
        window.editor.show_table(window.editor.presences)
        shot("main-editor-presences")
        window.banner.hide_welcome()
        window.editor.show_table(window.editor.assignments)
        shot("main-editor-assignments")
        # the handover register and the funding lines of the template (Kandora): the example
        # with the fullest registers
        kandora = service.find_plan_id("Kandora (template)")
        window.select_plan(kandora)
        window.editor.show_table(window.editor.handovers)
        shot("main-editor-handovers")
        window.editor.show_table(window.editor.funding)
        shot("main-editor-funding")
        window.select_plan(haiti)

        # a value that cannot be stored: its editor stays open, the reason under the cell
        table = window.editor.assignments
        column = table.model.column_of("end")
        index = table.proxy.mapFromSource(table.model.index(0, column))
        table.view.setFocus()
        table.view.setCurrentIndex(index)
        table.view.edit(index)
        settle()
        editors = table.delegate.open_editors()
        if editors:
            from transition_planner.ui.editors import DateEdit

            editor = editors[0]
            if isinstance(editor, DateEdit):
                editor.setText("2001-02-30")
            table.delegate.finish(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        shot("main-invalid-cell")
        for editor in table.delegate.open_editors():
            table.delegate.cancel(editor)

        window.views.setCurrentWidget(window.views.timeline_host)
        first = window.gaps.model.findings()[0]
        window.show_finding(first)
        shot("main-timeline")
        window.views.setCurrentWidget(window.views.dashboard_host)
        shot("main-dashboard")
        dashboard = window.dashboard
        if dashboard is not None:
            dashboard.log_scale.setChecked(True)
            shot("main-dashboard-log")
            dashboard.log_scale.setChecked(False)
        window.views.setCurrentWidget(window.editor)

        # one area of the template: its functions, and the findings of its functions and
        # handovers
        window.select_plan(kandora)
        window.gaps.set_filters(area="Northern Province")
        functions = window.editor.functions
        if functions.area_box is not None:
            functions.area_box.set_area("Northern Province")
        window.editor.show_table(functions)
        window.statusBar().clearMessage()
        shot("main-gaps-filtered")
        window.gaps.set_filters()
        if functions.area_box is not None:
            functions.area_box.set_area(None)

        sudan = service.find_plan_id("Sudan")
        window.select_plan(sudan)
        window.browser.search.setText("su")
        shot("main-sudan-search")
        window.browser.search.clear()

        # the change review of an edited workbook, built from a real edit of the plan
        plan = service.plan(haiti)
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
            warnings: list[str] = []

        dialog = ChangeReviewDialog(Review(), plan.name, None, window)
        dialog.resize(1100, 640)
        dialog.show()
        shot("dialog-change-review", dialog)
        dialog.close()

        service.backup("before import into Haiti")
        backups = BackupsDialog(service.backups(), window)
        backups.show()
        shot("dialog-backups", backups)
        backups.close()

        window.close()
        QApplication.processEvents()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
