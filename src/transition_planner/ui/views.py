"""The views, one tab each: the plan's editor, timeline and dashboard, and the workspace's Compare
(two plans side by side) and Portfolio (every plan on one time axis). The chart views are built
the first time they are shown (their module imports matplotlib: half a second), and redrawn only
when they show and what they draw changed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..domain.findings import Analysis, Finding
from ..domain.model import Plan
from .plan_editor import PlanEditor
from .settings import CURRENT_TAB, Settings

if TYPE_CHECKING:
    from .compare_view import CompareView
    from .dashboard_view import DashboardView
    from .operations import OperationRunner
    from .plan_flows import Notifier
    from .portfolio_view import PortfolioView
    from .session import WorkspaceSession
    from .timeline_view import TimelineView

#: The tabs' order (`show_view` and the View menu's Ctrl+1 … Ctrl+6 count on it).
EDITOR_TAB, TIMELINE_TAB, DASHBOARD_TAB, COMPARE_TAB, PORTFOLIO_TAB = range(5)


def prewarm_charts() -> threading.Thread:
    """Import the plotting modules in the background, so that the first visit to the timeline
    does not freeze the window (the imports take about half a second)."""

    def work() -> None:
        import importlib

        for name in (
            "matplotlib.figure",
            "matplotlib.backends.backend_agg",
            "transition_planner.charts.timeline",
            "transition_planner.charts.dashboard",
        ):
            try:
                importlib.import_module(name)
            except Exception:  # only a head start; the view reports its own errors
                return

    thread = threading.Thread(target=work, name="prewarm-charts", daemon=True)
    thread.start()
    return thread


class PlanView(Protocol):
    """A chart view: drawn from a plan and its analysis; keeps its own state."""

    def set_data(self, plan: Plan, analysis: Analysis) -> None: ...

    def save_state(self, settings: Settings) -> None: ...

    def restore_state(self, settings: Settings) -> None: ...


class LazyView(QWidget):
    """Holds a view that is built the first time it is shown."""

    def __init__(
        self, factory: Callable[[QWidget], QWidget], missing: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.factory = factory
        self.missing = missing
        self.view: QWidget | None = None
        self.built = False
        #: the analysis changed since the view last drew
        self.dirty = True
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget | None:
        if not self.built:
            self.built = True
            try:
                self.view = self.factory(self)
            except ImportError:
                self.view = None
            if self.view is None:
                label = QLabel(self.missing, self)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setWordWrap(True)
                self._layout.addWidget(label)
            else:
                self._layout.addWidget(self.view)
                self.view.show()  # at once, not on the next turn of the event loop
        return self.view


class ViewTabs(QTabWidget):
    """Editor, Timeline, Dashboard, Compare and Portfolio; the window hands them each new
    analysis and says when the workspace's plans changed."""

    #: A bar of the timeline was clicked (its assignment's id).
    assignmentClicked = Signal(str)
    #: A bar's edge was dragged on the timeline: (assignment id, start, end).
    assignmentDatesDragged = Signal(str, object, object)
    #: A finding of a compared plan was activated: (plan id, finding).
    planFindingRequested = Signal(str, object)
    #: The portfolio asked to open a plan (its id).
    planOpenRequested = Signal(str)

    def __init__(self, editor: PlanEditor, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("viewTabs")
        self.setAccessibleName(self.tr("Views of the plan"))
        self.setDocumentMode(True)
        self.settings = settings
        self.editor = editor
        self.plan: Plan | None = None
        self.analysis: Analysis | None = None
        self._timeline: TimelineView | None = None
        self._dashboard: DashboardView | None = None
        self._compare: CompareView | None = None
        self._portfolio: PortfolioView | None = None
        self._access: tuple[WorkspaceSession, OperationRunner, Notifier] | None = None
        self.timeline_host = LazyView(
            self._make_timeline,
            self.tr("The timeline view is not available in this build."),
            self,
        )
        self.dashboard_host = LazyView(
            self._make_dashboard,
            self.tr("The dashboard is not available in this build."),
            self,
        )
        self.compare_host = LazyView(
            self._make_compare, self.tr("The Compare view is not available in this build."), self
        )
        self.portfolio_host = LazyView(
            self._make_portfolio,
            self.tr("The Portfolio view is not available in this build."),
            self,
        )
        self.addTab(editor, self.tr("&Editor"))
        self.addTab(self.timeline_host, self.tr("&Timeline"))
        self.addTab(self.dashboard_host, self.tr("&Dashboard"))
        self.addTab(self.compare_host, self.tr("&Compare"))
        self.addTab(self.portfolio_host, self.tr("&Portfolio"))
        self.setTabToolTip(COMPARE_TAB, self.tr("Two plans side by side"))
        self.setTabToolTip(PORTFOLIO_TAB, self.tr("Every plan of the workspace on one time axis"))
        self.currentChanged.connect(self._tab_changed)

    # -- the chart views ------------------------------------------------------------------

    def _make_timeline(self, parent: QWidget) -> QWidget:
        from .timeline_view import TimelineView

        view = TimelineView(parent)
        view.setObjectName("timelineView")
        view.restore_state(self.settings)
        view.assignmentClicked.connect(self.assignmentClicked)
        view.assignmentDatesDragged.connect(self.assignmentDatesDragged)
        self._timeline = view
        return view

    def _make_dashboard(self, parent: QWidget) -> QWidget:
        from .dashboard_view import DashboardView

        view = DashboardView(parent)
        view.setObjectName("dashboardView")
        view.restore_state(self.settings)
        self._dashboard = view
        return view

    def attach(
        self, session: WorkspaceSession, operations: OperationRunner, notifier: Notifier
    ) -> None:
        """What the workspace views read from (the plans) and run their work with."""
        self._access = (session, operations, notifier)

    def _make_compare(self, parent: QWidget) -> QWidget:
        from .compare_view import CompareView

        view = CompareView(parent)
        view.setObjectName("compareView")
        if self._access is not None:
            view.attach(self._access[0], self._access[1])
        view.findingActivated.connect(self.planFindingRequested)
        parent.setFocusProxy(view.box_a)  # F6 lands on the first choice
        self._compare = view
        return view

    def _make_portfolio(self, parent: QWidget) -> QWidget:
        from .portfolio_view import PortfolioView

        view = PortfolioView(parent)
        view.setObjectName("portfolioView")
        if self._access is not None:
            view.attach(*self._access)
        view.planOpened.connect(self.planOpenRequested)
        parent.setFocusProxy(view.table)  # F6 lands on the plans
        self._portfolio = view
        return view

    @property
    def compare(self) -> CompareView | None:
        return self._compare

    @property
    def portfolio(self) -> PortfolioView | None:
        return self._portfolio

    def compare_plans(self, a: str, b: str | None = None) -> CompareView | None:
        """Show the Compare view with plan `a` as A (and `b` as B, when given)."""
        self.compare_host.dirty = False  # `choose` compares at once
        self.setCurrentWidget(self.compare_host)
        view = self._compare
        if view is not None:
            view.choose(a, b)
        return view

    @property
    def timeline(self) -> TimelineView | None:
        return self._timeline

    @property
    def dashboard(self) -> DashboardView | None:
        return self._dashboard

    def build_all(self) -> None:
        """Build the chart views now (tests, the shortcut check, screenshots)."""
        for host in self._hosts():
            host.build()

    def _hosts(self) -> tuple[LazyView, ...]:
        return (self.timeline_host, self.dashboard_host, self.compare_host, self.portfolio_host)

    def _tab_changed(self, index: int) -> None:
        host = self.widget(index)
        if isinstance(host, LazyView):
            self._update(host)

    def _update(self, host: LazyView) -> None:
        host.build()
        if host is self.compare_host or host is self.portfolio_host:
            if host.dirty:
                host.dirty = False
                if self._compare is not None and host is self.compare_host:
                    self._compare.fill_plans()
                    self._compare.refresh()
                elif self._portfolio is not None and host is self.portfolio_host:
                    self._portfolio.refresh()
            return
        view: PlanView | None = self._timeline if host is self.timeline_host else self._dashboard
        if view is not None and host.dirty and self.plan is not None and self.analysis is not None:
            view.set_data(self.plan, self.analysis)
            host.dirty = False

    # -- data -----------------------------------------------------------------------------

    def show_analysis(self, plan: Plan | None, analysis: Analysis | None) -> None:
        self.plan, self.analysis = plan, analysis
        for host in self._hosts():
            host.dirty = True
        current = self.currentWidget()
        if isinstance(current, LazyView):
            self._update(current)

    def plans_changed(self) -> None:
        """A plan was added, removed, renamed or edited: the workspace views are stale."""
        for host in (self.compare_host, self.portfolio_host):
            host.dirty = True
        current = self.currentWidget()
        if current is self.compare_host or current is self.portfolio_host:
            self._update(current)

    def show_finding(self, finding: Finding) -> None:
        self.editor.show_finding(finding)
        if self._timeline is not None:
            self._timeline.show_finding(finding)

    # -- state ----------------------------------------------------------------------------

    def save_state(self, settings: Settings) -> None:
        settings.set(CURRENT_TAB, self.currentIndex())
        self.editor.save_state(settings)
        for view in (self._timeline, self._dashboard):
            if view is not None:
                view.save_state(settings)

    def restore_state(self, settings: Settings) -> None:
        self.editor.restore_state(settings)
        tab = settings.get(CURRENT_TAB)
        if 0 <= tab < self.count():
            self.setCurrentIndex(tab)
