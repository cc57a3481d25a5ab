"""From the workspace views to a plan: the Portfolio opens a plan, the Compare view shows a finding
in its plan — the plan selected in the browser, the finding selected in the gaps panel, what it
concerns selected in the editor and shown on the timeline.

A big plan is analysed in the background: the finding is shown once its analysis arrives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel

from ..domain.findings import Finding
from ..services.compare import match_key
from .findings_table import FINDING_ROLE

if TYPE_CHECKING:
    from .main_window import MainWindow


def open_plan(window: MainWindow, plan_id: str) -> None:
    """Show the plan on its timeline."""
    window.select_plan(plan_id)
    window.views.setCurrentWidget(window.views.timeline_host)


def show_plan_finding(window: MainWindow, plan_id: str, finding: Finding) -> None:
    """Select `plan_id` and show `finding` (matched by rule, function, start and end in the
    plan's own analysis) in the gaps panel, the editor and the timeline."""
    window.select_plan(plan_id)
    analysis = window.session.analysis
    if window.session.plan_id == plan_id and analysis is not None:
        _show(window, finding)
        return

    def arrived() -> None:
        window.analysisShown.disconnect(arrived)
        if window.session.plan_id == plan_id:
            _show(window, finding)

    window.analysisShown.connect(arrived)


def _show(window: MainWindow, finding: Finding) -> None:
    analysis = window.session.analysis
    key = match_key(finding)
    own = next(
        (f for f in (analysis.findings if analysis is not None else ()) if match_key(f) == key),
        finding,
    )
    window.views.setCurrentWidget(window.views.timeline_host)
    gaps = window.gaps
    gaps.set_filters()  # a filter of the panel must not hide it
    for row in range(gaps.proxy.rowCount()):
        index = gaps.proxy.index(row, 0)
        found = index.data(FINDING_ROLE)
        if isinstance(found, Finding) and match_key(found) == key:
            gaps.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            gaps.view.scrollTo(index)
            break
    window.show_finding(own)
    gaps.view.setFocus()
