"""The brief's story: the sections of SPEC §6 in reading order, as ReportLab flowables within a
`Budget`. Tables never break across pages (`WholeTable`), and each heading stays with what it
introduces (`KeepTogether`)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from .blocks import Budget
from .content import BriefContent
from .details import Details
from .overview import Overview
from .styles import Styles


def story(
    content: BriefContent,
    styles: Styles,
    budget: Budget,
    width: float,
    picture: Callable[[float, float], Flowable],
    chart_height_in: float,
) -> list[Flowable]:
    """The flowables of one brief; `width` is the text width of the page (points), `picture`
    makes the timeline's flowable at a size (the picture, or a placeholder while fitting)."""
    return [
        *Overview(content, styles, budget, width).flowables(),
        *Details(content, styles, budget, width).flowables(picture, chart_height_in),
    ]
