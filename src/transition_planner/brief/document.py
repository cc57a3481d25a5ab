"""The brief as an A4 PDF of at most two pages, written atomically.

The story is laid out with the richest `Budget` and the timeline at its natural height (every
row with room for its labels). When that runs past two pages, the budgets are tried in turn with
the timeline at its smallest (a shorter narrative, fewer rows), and the first that fits gives the
timeline the room left on the last page, or the tallest height that keeps two pages. The fitting
passes lay out a placeholder for the timeline; the chart is drawn once, at the size they chose.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    LayoutError,
    PageTemplate,
)

from .. import APP_NAME, __version__
from ..domain.findings import Analysis
from ..domain.model import Plan
from ..i18n import format_day, language, translate
from .blocks import Budget, Placeholder, clip, picture_flowable, placeholder
from .content import BriefContent, brief_content
from .picture import brief_series, natural_height_in, timeline_png
from .story import story
from .styles import (
    FONT,
    FOOTER_RULE_Y,
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    Styles,
)

MAX_PAGES = 2
#: The timeline's height on paper is kept within these bounds (inches).
CHART_MIN_IN = 2.4
CHART_MAX_IN = 6.3
CHART_STEP_IN = 0.1

#: From the richest brief to the barest; the last always fits two pages.
BUDGETS: tuple[Budget, ...] = (
    Budget(3000, 8, 12, 10, 8, 12),
    Budget(2000, 8, 10, 8, 6, 12),
    Budget(1400, 8, 8, 8, 6, 11, 320, 50),
    Budget(900, 7, 6, 6, 5, 10, 260, 40),
    Budget(600, 6, 5, 5, 4, 8, 220, 34),
    Budget(300, 5, 4, 4, 3, 6, 180, 28),
)


class BriefTooLong(RuntimeError):
    """Even the barest budget does not fit two pages (a bug: every section is bounded)."""


class _Document(BaseDocTemplate):
    def __init__(self, target: io.BytesIO, content: BriefContent, pages: int) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=translate("Brief", "Transition brief: {plan}").format(plan=content.plan_name),
            subject=translate("Brief", "Brief as of {day}").format(day=format_day(content.as_of)),
            author=APP_NAME,
            creator=f"{APP_NAME} {__version__}",
            lang=language(),
            displayDocTitle=True,
            initialFontName=FONT,
            initialFontSize=8,
            invariant=True,
        )
        self.content = content
        self.pages = pages
        #: Set while the document is built (see `_Layout`).
        self.chart_page = 0
        self.room_left = 0.0
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._footer)])

    def afterFlowable(self, flowable: Flowable) -> None:
        """ReportLab's hook after each flowable: where the timeline went, and the room left
        (from the frame's cursor; none known if ReportLab ever renames it)."""
        if isinstance(flowable, Placeholder | Image):
            self.chart_page = int(self.page)
        cursor, bottom = getattr(self.frame, "_y", None), getattr(self.frame, "_y1p", None)
        self.room_left = float(cursor - bottom) if cursor is not None and bottom else 0.0

    def _footer(self, canvas: Canvas, doc: Any) -> None:
        c = self.content
        canvas.saveState()
        y = FOOTER_Y
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, FOOTER_RULE_Y, A4[0] - MARGIN_X, FOOTER_RULE_Y)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        left = translate("Brief", "{app} · {plan} · as of {day}").format(
            app=APP_NAME, plan=clip(c.plan_name, 70), day=format_day(c.as_of)
        )
        canvas.drawString(MARGIN_X, y, left)
        right = translate("Brief", "Page {page} of {pages}").format(
            page=canvas.getPageNumber(), pages=max(self.pages, canvas.getPageNumber())
        )
        canvas.drawRightString(A4[0] - MARGIN_X, y, right)
        canvas.restoreState()


@dataclass(frozen=True)
class _Layout:
    """What a fitting pass learnt: the number of pages, the page the timeline is on, and the
    room left below the last flowable of the last page (points)."""

    pages: int
    chart_page: int = 0
    room_left: float = 0.0

    @property
    def fits(self) -> bool:
        return self.pages <= MAX_PAGES


def _build(
    content: BriefContent,
    styles: Styles,
    budget: Budget,
    chart_in: float,
    picture: Callable[[float, float], Flowable],
    pages: int,
) -> tuple[bytes, _Layout]:
    """The PDF and how it was laid out (more than MAX_PAGES when a section, a table kept
    whole, is taller than a page)."""
    buffer = io.BytesIO()
    doc = _Document(buffer, content, pages)
    flowables = story(content, styles, budget, doc.width, picture, chart_in)
    try:
        doc.build(flowables)
    except LayoutError:
        return b"", _Layout(MAX_PAGES + 1)
    return buffer.getvalue(), _Layout(int(doc.page), doc.chart_page, doc.room_left)


def fit(content: BriefContent, styles: Styles, wanted: float) -> tuple[Budget, float, _Layout]:
    """The richest budget that fits two pages, the timeline's height with it (`wanted`, its
    natural height, or else the tallest that fits, to CHART_STEP_IN) and the layout."""
    budget = BUDGETS[0]
    _, layout = _build(content, styles, budget, wanted, placeholder, MAX_PAGES)
    if layout.fits:
        return budget, wanted, layout
    for budget in BUDGETS:
        _, layout = _build(content, styles, budget, CHART_MIN_IN, placeholder, MAX_PAGES)
        if layout.fits:
            break
    else:
        raise BriefTooLong(f"the brief of {content.plan_name!r} does not fit {MAX_PAGES} pages")
    low, high = CHART_MIN_IN, wanted
    if layout.chart_page == layout.pages:
        # The timeline is on the last page: it can take the room left below the last section.
        grown = min(wanted, CHART_MIN_IN + (layout.room_left - 1) / inch)
        _, trial = _build(content, styles, budget, grown, placeholder, MAX_PAGES)
        if trial.fits:
            return budget, grown, trial
        high = grown
    while high - low > CHART_STEP_IN:
        middle = (low + high) / 2
        _, trial = _build(content, styles, budget, middle, placeholder, MAX_PAGES)
        if trial.fits:
            low, layout = middle, trial
        else:
            high = middle
    return budget, low, layout


def brief_pdf(plan: Plan, analysis: Analysis, as_of: date) -> bytes:
    """The brief of `plan` as PDF bytes (A4, at most two pages), in the language of the
    process. `analysis` is the plan's, as of `as_of`."""
    content = brief_content(plan, analysis, as_of)
    styles = Styles()
    series = brief_series(plan, analysis, as_of)
    wanted = min(CHART_MAX_IN, max(CHART_MIN_IN, natural_height_in(series)))
    budget, chart_in, layout = fit(content, styles, wanted)
    width_in = (A4[0] - 2 * MARGIN_X) / inch
    png = timeline_png(series, width_in=width_in, height_in=chart_in)
    picture = picture_flowable(png)
    data, final = _build(content, styles, budget, chart_in, picture, layout.pages)
    if final.pages != layout.pages:  # pragma: no cover - the picture takes the placeholder's room
        raise BriefTooLong(f"the brief of {plan.name!r} changed length when drawn")
    return data


def write_brief(plan: Plan, analysis: Analysis, as_of: date, path: Path | str) -> Path:
    """Write the brief to `path` atomically: a temporary file in the same folder, renamed over
    `path` once complete; nothing is left behind when anything fails."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(folder))
    data = brief_pdf(plan, analysis, as_of)
    _write_atomically(data, target)
    return target


def _write_atomically(data: bytes, path: Path) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    tmp = directory / f".{path.name}.{secrets.token_hex(4)}.tmp"
    # created with the usual permissions (umask applies), unlike mkstemp's 0600
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
