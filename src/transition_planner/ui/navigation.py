"""Moving around the window with the keyboard: F6 and Shift+F6 go from part to part (the plans,
the plan's settings, its current table or chart, the gaps panel); Ctrl+F to the table's filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .gaps_panel import GapsPanel
from .plan_browser import PlanBrowser
from .plan_editor import PlanEditor
from .views import ViewTabs


class Navigator:
    def __init__(
        self, browser: PlanBrowser, editor: PlanEditor, views: ViewTabs, gaps: GapsPanel
    ) -> None:
        self.browser = browser
        self.editor = editor
        self.views = views
        self.gaps = gaps

    def panes(self) -> list[QWidget]:
        """The parts of the window in their order on the screen."""
        current = self.views.currentWidget()
        middle: list[QWidget]
        if current is self.editor:
            middle = [self.editor.settings_form.name, self.editor.current_table().view]
        else:
            middle = (
                [self.views.timeline.canvas]
                if current is self.views.timeline_host and (self.views.timeline is not None)
                else [current]
            )
        return [self.browser.view, *middle, self.gaps.view]

    def focus_pane(self, step: int, focus: QWidget | None) -> QWidget:
        panes = self.panes()
        index = next(
            (
                i
                for i, pane in enumerate(panes)
                if focus is not None and (focus is pane or pane.isAncestorOf(focus))
            ),
            -1 if step > 0 else 0,
        )
        target = panes[(index + step) % len(panes)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return target

    def focus_filter(self) -> None:
        self.views.setCurrentWidget(self.editor)
        self.editor.current_table().filter.setFocus()
