"""The second part of the brief: the timeline, the handovers that need action, and the funding
by year and kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from fractions import Fraction
from typing import Any

from reportlab.lib.units import inch, mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..domain.enums import enum_label
from ..i18n import format_day, translate
from .blocks import Section, clip, fixed, grid, text
from .content import DUE_SOON_DAYS, FundingTable, HandoverAction
from .styles import HEADER_FILL, INK


class Details(Section):
    """The sections that show the plan: the timeline and the registers."""

    def flowables(
        self, picture: Callable[[float, float], Flowable], chart_height_in: float
    ) -> list[Flowable]:
        out = [self.timeline(picture, chart_height_in), self.handovers()]
        if self.c.funding is not None:
            out.append(self.funding(self.c.funding))
        return out

    def timeline(
        self, picture: Callable[[float, float], Flowable], chart_height_in: float
    ) -> Flowable:
        height = chart_height_in * inch
        caption = translate(
            "Brief",
            "Who carries each function over the horizon; hatched orange: gaps; the vertical line"
            " marks the as-of day.",
        )
        return KeepTogether(
            [
                self.heading(translate("Brief", "Timeline")),
                picture(self.width, height),
                self.p(text(caption), self.s.note),
            ]
        )

    def handovers(self) -> Flowable:
        c, s = self.c, self.s
        title = translate("Brief", "Handovers that need action")
        if not c.handovers:
            words = (
                translate(
                    "Brief",
                    "No handover is overdue, without a receiver or due in the next %n days.",
                    None,
                    DUE_SOON_DAYS,
                )
                if self.c.has_register
                else translate("Brief", "The plan has no handover register yet.")
            )
            return KeepTogether([self.heading(title), self.p(text(words))])
        head = self.head(
            translate("Brief", "Item"),
            translate("Brief", "From"),
            translate("Brief", "To"),
            translate("Brief", "Owner"),
            translate("Brief", "Due"),
            translate("Brief", "Why"),
        )
        rows: list[list[Any]] = [head]
        shown = c.handovers[: self.b.handovers]
        for h in shown:
            rows.append(self._handover_row(h))
        w = self.width
        table = grid(rows, [w * f for f in (0.26, 0.15, 0.15, 0.16, 0.12, 0.16)])
        intro = translate(
            "Brief",
            "Overdue, without a receiver, or due by {day} ({n} days after the as-of day).",
        ).format(day=format_day(c.as_of + timedelta(days=DUE_SOON_DAYS)), n=DUE_SOON_DAYS)
        out: list[Flowable] = [
            self.heading(title),
            self.p(text(intro), s.note),
            Spacer(1, 2),
            table,
        ]
        more = len(c.handovers) - len(shown)
        if more > 0:
            out.append(
                self.p(
                    text(
                        translate(
                            "Brief", "… and %n more handover(s) that need action.", None, more
                        )
                    ),
                    s.note,
                )
            )
        return KeepTogether(out)

    def _handover_row(self, h: HandoverAction) -> list[Any]:
        s = self.s
        item = f"<b>{text(clip(h.item, self.b.name_chars * 2))}</b>"
        detail = " · ".join(
            text(clip(v, self.b.name_chars)) for v in (h.function, h.area, enum_label(h.kind)) if v
        )
        if detail:
            item += f"<br/><font color='#5A5A5A'>{detail}</font>"
        reasons: list[str] = []
        if h.overdue:
            reasons.append(translate("Brief", "Overdue by %n day(s)", None, h.days))
        elif h.due_soon:
            reasons.append(
                translate("Brief", "Due on the as-of day")
                if h.days == 0
                else translate("Brief", "Due in %n day(s)", None, h.days)
            )
        if h.unassigned:
            reasons.append(translate("Brief", "No receiver"))
        why = "<br/>".join(text(r) for r in reasons)
        why += f"<br/><font color='#5A5A5A'>{text(enum_label(h.status))}</font>"
        nobody = translate("Brief", "nobody yet")
        receiver = (
            text(clip(h.to_actor, self.b.name_chars))
            if h.to_actor is not None
            else f"<i>{text(nobody)}</i>"
        )
        return [
            self.cell(item),
            self.cell(text(clip(h.from_actor, self.b.name_chars))),
            self.cell(receiver),
            self.cell(text(clip(h.owner, self.b.name_chars)) or "—"),
            self.cell(text(format_day(h.due))),
            self.cell(why, s.cell),
        ]

    def funding(self, table: FundingTable) -> Flowable:
        """Years across (as on the timeline), kinds then the total then statuses down."""
        s = self.s
        scale, unit = _unit(table.largest)
        years = _years(table.years, self.c.as_of.year, self.b.funding_years)
        head: list[Any] = [self.cell(text(translate("Brief", "By kind")), s.cell_head)]
        for year in years:
            mark = " ▼" if year in table.cliff_years else ""
            head.append(self.cell(f"{year}{mark}", s.cell_head_right))
        rows: list[list[Any]] = [head]
        for kind in table.kinds:
            rows.append(
                [self.cell(text(enum_label(kind)))]
                + [
                    self.cell(_amount(table.by_kind.get((y, kind)), scale), s.cell_right)
                    for y in years
                ]
            )
        total_row = len(rows)
        rows.append(
            [self.cell(text(translate("Brief", "Total")), s.cell_bold)]
            + [
                self.cell(f"<b>{_amount(table.total.get(y), scale)}</b>", s.cell_right)
                for y in years
            ]
        )
        status_head = len(rows)
        rows.append(
            [self.cell(text(translate("Brief", "By status")), s.cell_head)] + [""] * len(years)
        )
        for status in table.statuses:
            rows.append(
                [self.cell(text(enum_label(status)))]
                + [
                    self.cell(_amount(table.by_status.get((y, status)), scale), s.cell_right)
                    for y in years
                ]
            )
        label_w = 34 * mm
        col_w = min(20 * mm, (self.width - label_w) / max(1, len(years)))
        years_table = grid(
            rows,
            [label_w, *([col_w] * len(years))],
            extra=[
                ("LINEABOVE", (0, total_row), (-1, total_row), 0.6, INK),
                ("LINEBELOW", (0, total_row), (-1, total_row), 0.6, INK),
                ("BACKGROUND", (0, status_head), (-1, status_head), HEADER_FILL),
            ],
        )
        years_table.hAlign = "LEFT"
        notes = [unit]
        if table.cliff_years & set(years):
            notes.append(
                translate(
                    "Brief",
                    "▼ financial cliff: secured and pledged funding falls below the plan's"
                    " threshold of the year before.",
                )
            )
        hidden = len(table.years) - len(years)
        if hidden > 0:
            notes.append(
                translate("Brief", "%n year(s) with funding lines not shown.", None, hidden)
            )
        return KeepTogether(
            [
                self.heading(translate("Brief", "Funding by year and kind")),
                years_table,
                Spacer(1, 1.5),
                *[self.p(text(note), s.note) for note in notes],
            ]
        )


def _unit(largest: Fraction) -> tuple[int, str]:
    """The scale of the funding table's amounts and the note that says it."""
    if largest >= 10_000_000:
        return 1_000_000, translate("Brief", "Amounts in millions of US dollars.")
    if largest >= 100_000:
        return 1_000, translate("Brief", "Amounts in thousands of US dollars.")
    return 1, translate("Brief", "Amounts in US dollars.")


def _amount(value: Fraction | None, scale: int) -> str:
    if value is None:
        return "–"
    decimals = 1 if scale == 1_000_000 else 0
    return fixed(round(float(value) / scale, decimals), decimals)


def _years(years: Sequence[int], around: int, limit: int) -> list[int]:
    """At most `limit` of `years`: those nearest `around` (the as-of year), in order."""
    if len(years) <= limit:
        return list(years)
    nearest = sorted(years, key=lambda y: (abs(y - around), y))[:limit]
    return sorted(nearest)
