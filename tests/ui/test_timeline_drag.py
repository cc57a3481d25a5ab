"""Dragging a bar's end on the timeline is one undoable edit, written to the workspace."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from .conftest import stored_plan


def test_dragging_a_bar_moves_the_assignment_and_undo_puts_it_back(
    window: Any, workspace_path: Path, qtbot: Any
) -> None:
    plan_id = window.service.find_plan_id("Haiti")
    window.select_plan(plan_id)
    window.views.setCurrentWidget(window.views.timeline_host)
    qtbot.waitUntil(lambda: window.timeline is not None)
    police = next(
        a
        for a in window.plan.assignments
        if window.plan.actor(a.actor_id).name.startswith("MINUJUSTH")
        and a.end == date(2019, 10, 15)
    )
    assert police.end == date(2019, 10, 15)
    window.timeline.assignmentDatesDragged.emit(police.id, police.start, date(2020, 3, 31))
    moved = next(a for a in stored_plan(workspace_path, plan_id).assignments if a.id == police.id)
    assert moved.end == date(2020, 3, 31)
    # MINUJUSTH ends on 15 Oct 2019: its police now outlive it, and the analysis says so
    qtbot.waitUntil(
        lambda: any(
            f.rule == "outlives_presence" and police.id in f.assignment_ids
            for f in window.analysis.findings
        )
    )
    assert window.undo_stack.undoText().startswith("Move")
    window.undo()
    back = next(a for a in stored_plan(workspace_path, plan_id).assignments if a.id == police.id)
    assert back.end == date(2019, 10, 15)
    # a drag that would put the end before the start is refused and writes nothing
    window.timeline.assignmentDatesDragged.emit(police.id, police.start, date(2001, 1, 1))
    kept = next(a for a in stored_plan(workspace_path, plan_id).assignments if a.id == police.id)
    assert kept.end == date(2019, 10, 15)
    assert "Not moved" in window.last_message
