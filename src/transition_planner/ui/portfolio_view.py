"""The Portfolio view: every plan of the workspace, or of one region, as the regional division at
headquarters sees them (SPEC §4 `portfolio`, §6 "The region").

A table — one row per plan, sorted by region then country: the presences alive today, the
headquarters line of the day (`services.portfolio.headquarters_line`), the continuity score, the
critical and high findings, the next milestone — above a chart of the same plans' presences on one
time axis with a today line (`charts.portfolio`). A double-click (or Enter) on a row or on the
chart opens the plan; the chart exports as PNG, PDF or SVG.

The plans are read on the GUI thread; their analyses run in the background (`Operation`), once
for the whole workspace: the region's filter only picks rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure
from PySide6.QtCore import (
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..charts.portfolio import (
    PortfolioLabels,
    natural_height_in,
    portfolio_series,
)
from ..charts.portfolio_draw import PortfolioArtists, draw_portfolio, layout_portfolio
from ..domain.enums import PresenceKind, enum_label
from ..i18n import format_day
from ..services.portfolio import PortfolioRow, in_region
from . import settings as S
from .canvas import ChartCanvas
from .chart_theme import palette_theme
from .portfolio_model import ID_ROLE, PortfolioModel, RowsView, compute, entry

if TYPE_CHECKING:
    from .operations import OperationRunner, RunningWork
    from .plan_flows import Notifier
    from .session import WorkspaceSession


class PortfolioView(QWidget):
    """See the module's docstring."""

    #: The planner asked to open a plan (its id).
    planOpened = Signal(str)
    #: New rows are shown (tests wait for it).
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Portfolio"))
        self.session: WorkspaceSession | None = None
        self.operations: OperationRunner | None = None
        self.notifier: Notifier | None = None
        self.all_rows: list[PortfolioRow] = []
        self.day = date.today()
        self.artists: PortfolioArtists | None = None
        self._seq = 0
        self.theme = palette_theme(self)

        self.region_box = QComboBox(self)
        self.region_box.setObjectName("portfolioRegion")
        self.region_box.setAccessibleName(self.tr("Region"))
        self.region_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.region_box.currentIndexChanged.connect(lambda _i: self._show_rows())
        region_label = QLabel(self.tr("&Region:"), self)
        region_label.setBuddy(self.region_box)
        self.as_of_label = QLabel(self)
        self.as_of_label.setObjectName("portfolioAsOf")
        self.export_button = QPushButton(self.tr("E&xport picture…"), self)
        self.export_button.setObjectName("portfolioExport")
        self.export_button.setToolTip(self.tr("Save the portfolio chart as PNG, PDF or SVG"))
        self.export_button.clicked.connect(lambda: self.export_picture())
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 2)
        top.addWidget(region_label)
        top.addWidget(self.region_box)
        top.addSpacing(16)
        top.addWidget(self.as_of_label, 1)
        top.addWidget(self.export_button)

        self.model = PortfolioModel(self)
        self.table = RowsView(self)
        self.table.setObjectName("portfolioTable")
        self.table.setAccessibleName(self.tr("Plans of the portfolio"))
        self.table.setAccessibleDescription(
            self.tr("One row per plan, by region then country; Enter or a double-click opens it")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # long cells end in "…"; the tooltip tells them whole
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PortfolioModel.COL_HQ, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PortfolioModel.COL_HQ, 180)
        header.setSectionResizeMode(
            PortfolioModel.COL_MILESTONE, QHeaderView.ResizeMode.Interactive
        )
        header.resizeSection(PortfolioModel.COL_MILESTONE, 220)
        header.setSectionResizeMode(PortfolioModel.COL_PRESENCES, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index.data(ID_ROLE)))
        self.table.opened.connect(self._open)

        self.figure = Figure(figsize=(10, 3), dpi=100)
        self.canvas = ChartCanvas(self.figure, self)
        self.canvas.setObjectName("portfolioCanvas")
        self.canvas.setAccessibleName(self.tr("Presences of every plan on one time axis"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "A row per plan under its region, presences coloured by kind, a today line; "
                "score, critical and high findings and the headquarters line on the right"
            )
        )
        self.canvas.mpl_connect("button_press_event", self._clicked)
        self.canvas.mpl_connect("resize_event", lambda _e: self._relayout())
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.canvas)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("portfolioSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.scroller)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._fill_regions()

    def labels(self) -> PortfolioLabels:
        return PortfolioLabels(
            today=self.tr("Today"),
            score=self.tr("Score"),
            critical=self.tr("Critical"),
            high=self.tr("High"),
            headquarters=self.tr("HQ line"),
            no_score=self.tr("n/a"),
            no_region=self.tr("No region"),
            outside=self.tr("Outside the plan's horizon"),
            no_plans=self.tr("No plans to show."),
            kinds={kind.value: enum_label(kind) for kind in PresenceKind},
        )

    def attach(
        self, session: WorkspaceSession, operations: OperationRunner, notifier: Notifier
    ) -> None:
        self.session, self.operations, self.notifier = session, operations, notifier

    # -- computing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Analyse every plan of the workspace again (in the background)."""
        session, operations = self.session, self.operations
        if session is None or operations is None or session.service is None:
            self._seq += 1  # rows still being computed are of a closed workspace
            self.all_rows = []
            self._fill_regions()
            self._show_rows()
            return
        from .operations import Operation

        service = session.service
        plans = [service.plan(s.id) for s in service.plans()]
        day = date.today()
        self._seq += 1
        seq = self._seq

        def arrived(rows: list[PortfolioRow]) -> None:
            if seq == self._seq:
                self.day = day
                self.all_rows = rows
                self._fill_regions()
                self._show_rows()

        Operation(
            operations,
            lambda: compute(plans, day),
            label=self.tr("Analysing the plans of the workspace…"),
            error_title=self.tr("Cannot show the portfolio"),
            progress=False,
        ).success(arrived).run_in_background()

    def _fill_regions(self) -> None:
        chosen = self.region()
        regions = sorted(
            {r.plan.region.strip() for r in self.all_rows if r.plan.region.strip()},
            key=str.casefold,
        )
        box = self.region_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All regions"), "")
        for region in regions:
            box.addItem(region, region)
        box.setCurrentIndex(max(0, box.findData(chosen or "")))
        box.blockSignals(False)

    def region(self) -> str | None:
        value = self.region_box.currentData()
        return str(value) if value else None

    def set_region(self, region: str | None) -> None:
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(region or "")))

    def rows(self) -> list[PortfolioRow]:
        """The rows shown: the region's, or all."""
        region = self.region()
        return [r for r in self.all_rows if in_region(r.plan, region)]

    def _show_rows(self) -> None:
        rows = self.rows()
        self.model.set_rows(rows)
        self.as_of_label.setText(
            self.tr("Plans shown: {0} · as of {1}").format(len(rows), format_day(self.day))
        )
        self._draw()
        self.shown.emit()

    def _title(self) -> str:
        region = self.region()
        if region:
            return self.tr("Portfolio of {0}, as of {1}").format(region, format_day(self.day))
        return self.tr("Portfolio, as of {0}").format(format_day(self.day))

    def series(self) -> Any:
        return portfolio_series(
            [entry(r) for r in self.rows()], today=self.day, no_region=self.tr("No region")
        )

    def _draw(self) -> None:
        series = self.series()
        self.canvas.setMinimumHeight(int(natural_height_in(series) * self.logicalDpiY() * 0.9))
        self.artists = draw_portfolio(self.figure, series, theme=self.theme, labels=self.labels())
        self.canvas.redraw()

    def _relayout(self) -> None:
        if self.artists is not None:
            layout_portfolio(self.artists)

    # -- opening a plan -----------------------------------------------------------------------

    def _open(self, plan_id: object) -> None:
        if plan_id:
            self.planOpened.emit(str(plan_id))

    def _clicked(self, event: Any) -> None:
        if not getattr(event, "dblclick", False) or self.artists is None:
            return
        if event.inaxes is not self.artists.ax or event.ydata is None:
            return
        plan_id = self.artists.plan_at(float(event.ydata))
        if plan_id is not None:
            self.planOpened.emit(plan_id)

    # -- export ---------------------------------------------------------------------------

    def export_picture(self, path: Path | None = None) -> RunningWork | None:
        """Save the chart (PNG, PDF or SVG) in the background."""
        operations, notifier = self.operations, self.notifier
        if operations is None or notifier is None or self.session is None:
            return None
        settings = self.session.settings
        if path is None:
            start = Path(settings.get(S.LAST_DIRECTORY) or str(Path.home()))
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export portfolio picture"),
                str(start / "portfolio.png"),
                self.tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            settings.set(S.LAST_DIRECTORY, str(path.parent))
        target = Path(path)
        series, labels, title = self.series(), self.labels(), self._title()
        from ..charts.portfolio_draw import render_portfolio
        from .operations import Operation

        return (
            Operation(
                operations,
                lambda: render_portfolio(series, target, labels=labels, title=title),
                label=self.tr("Drawing {0}…").format(target.name),
                error_title=self.tr("Cannot save {0}").format(target),
            )
            .success(
                lambda _r: notifier.show_message(
                    self.tr("Saved the portfolio picture to {0}").format(target)
                )
            )
            .run_in_background()
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            theme = palette_theme(self)
            if theme != self.theme:
                self.theme = theme
                self._draw()
        super().changeEvent(event)
