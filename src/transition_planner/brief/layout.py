"""The brief's story: the sections of SPEC §6 as ReportLab flowables, within a `Budget`.

Every word meant for the reader goes through `translate("Brief", …)` (the French catalogue finds
them there); dates, numbers and money follow the language (`i18n`). Tables never break across
pages (`WholeTable`), and each heading stays with what it introduces.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.enums import Severity, enum_label
from ..domain.findings import rule_label, severity_label
from ..i18n import format_day, format_number, language, translate
from .content import DUE_SOON_DAYS, BriefContent, FundingTable, HandoverAction, Risk
from .styles import FONT, HEADER_FILL, INK, RULE, Styles, severity_color, severity_text_color


@dataclass(frozen=True)
class Budget:
    """How much of each section the brief may show (cut further until it fits two pages)."""

    narrative_chars: int
    risks: int
    handovers: int
    presences: int
    lead_periods: int
    funding_years: int
    #: A finding's sentence is cut at this many characters, a name at `name_chars`.
    sentence_chars: int = 420
    name_chars: int = 60


class WholeTable(Table):
    """A table that moves to the next page whole rather than break across two. Its plain-text
    cells are set in the brief's font (ReportLab's default, Helvetica, is not embedded)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


class Placeholder(Flowable):
    """Room for a picture not drawn yet (the fitting passes do not render the chart)."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        return None


def text(value: str) -> str:
    """Planner-typed text made safe for a ReportLab paragraph (which reads a little XML)."""
    return escape(value)


def clip(value: str, limit: int) -> str:
    """`value` cut to `limit` characters at a word, with an ellipsis."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def narrative(description: str, limit: int) -> tuple[list[str], bool]:
    """The description's paragraphs within `limit` characters (cut at a sentence where one ends
    late enough, else at a word); and whether anything was cut."""
    paragraphs = [" ".join(p.split()) for p in description.replace("\r", "").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    out: list[str] = []
    used = 0
    for p in paragraphs:
        room = limit - used
        if len(p) <= room:
            out.append(p)
            used += len(p)
            continue
        if room > 80:
            head = p[:room]
            stop = max(head.rfind(". "), head.rfind("; "))
            out.append(head[: stop + 1] + " …" if stop > room * 0.5 else clip(p, room))
        return out, True
    return out, False


def day(value: date | None) -> str:
    return format_day(value) if value is not None else translate("Brief", "ongoing")


def span(start: date, end: date) -> str:
    if start == end:
        return format_day(start)
    return translate("Brief", "{start} – {end}").format(
        start=format_day(start), end=format_day(end)
    )


def _table(
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> WholeTable:
    table = WholeTable(rows, colWidths=list(widths), repeatRows=0)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, INK),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
    ]
    table.setStyle(TableStyle([*style, *extra]))
    return table


class Story:
    """Builds the flowables of one brief; `width` is the text width of the page (points)."""

    def __init__(
        self,
        content: BriefContent,
        styles: Styles,
        budget: Budget,
        width: float,
        picture: Callable[[float, float], Flowable],
        chart_height_in: float,
    ) -> None:
        self.c = content
        self.s = styles
        self.b = budget
        self.width = width
        self.picture = picture
        self.chart_height_in = chart_height_in

    def p(self, markup: str, style: Any = None) -> Paragraph:
        return Paragraph(markup, style or self.s.body)

    def cell(self, value: str, style: Any = None) -> Paragraph:
        return Paragraph(value, style or self.s.cell)

    def head(self, *words: str) -> list[Any]:
        """A table's header cells."""
        return [self.cell(text(w), self.s.cell_head) for w in words]

    def heading(self, words: str) -> Paragraph:
        return self.p(text(words), self.s.heading)

    # -- sections ----------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = [*self.header(), self.key_figures()]
        out += self.narrative()
        out.append(self.presences())
        out.append(self.risks())
        out.append(self.timeline())
        out.append(self.handovers())
        if self.c.funding is not None:
            out.append(self.funding(self.c.funding))
        return out

    def header(self) -> list[Flowable]:
        c = self.c
        facts = [text(c.country)] if c.country else []
        if c.region:
            facts.append(
                text(translate("Brief", "{region} regional division").format(region=c.region))
            )
        facts.append(
            text(
                translate("Brief", "horizon {start} – {end}").format(
                    start=format_day(c.horizon_start), end=format_day(c.horizon_end)
                )
            )
        )
        return [
            self.p(text(translate("Brief", "Transition brief")).upper(), self.s.subtitle),
            self.p(text(c.plan_name), self.s.title),
            self.p(" · ".join(facts), self.s.subtitle),
            Spacer(1, 3 * mm),
        ]

    def key_figures(self) -> Flowable:
        c, s = self.c, self.s
        score = (
            fixed(c.continuity_score, 1)
            if c.continuity_score is not None
            else translate("Brief", "not analysed")
        )
        milestone = (
            f"{text(clip(c.next_milestone.name, 70))}<br/>"
            f"<font name='{s.body.fontName}'>{text(format_day(c.next_milestone.date))}</font>"
            if c.next_milestone is not None
            else text(translate("Brief", "none after the as-of day"))
        )
        labels = [
            self.cell(text(translate("Brief", "As of")), s.figure_label),
            self.cell(text(translate("Brief", "Continuity score")), s.figure_label),
        ]
        values = [
            self.cell(text(format_day(c.as_of)), s.figure_text),
            self.cell(text(score), s.figure_value),
        ]
        extra: list[tuple[Any, ...]] = []
        for k, severity in enumerate(Severity):
            labels.append(self.cell(text(severity_label(severity)), s.figure_label))
            values.append(self.cell(format_number(c.counts[severity]), s.figure_value))
            col = 2 + k
            extra.append(("LINEABOVE", (col, 0), (col, 0), 3, severity_color(severity)))
        labels.append(self.cell(text(translate("Brief", "Next milestone")), s.figure_label))
        values.append(self.cell(milestone, s.figure_text))
        count_w = 19.5 * mm
        widths = [23 * mm, 25 * mm, *([count_w] * 5)]
        widths.append(self.width - sum(widths))
        table = WholeTable([labels, values], colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, 0), 3),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
                    ("LINEABOVE", (0, 0), (1, 0), 3, INK),
                    ("LINEABOVE", (-1, 0), (-1, 0), 3, INK),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F6F6F6")),
                    *extra,
                ]
            )
        )
        return table

    def narrative(self) -> list[Flowable]:
        if not self.c.description:
            return []
        paragraphs, cut = narrative(self.c.description, self.b.narrative_chars)
        out: list[Flowable] = [self.heading(translate("Brief", "The transition"))]
        out += [self.p(text(para)) for para in paragraphs]
        if cut:
            out.append(
                self.p(
                    text(translate("Brief", "The full description is in the plan's Summary.")),
                    self.s.note,
                )
            )
        return out

    def presences(self) -> Flowable:
        c, s, b = self.c, self.s, self.b
        head = self.head(
            translate("Brief", "Presence"),
            translate("Brief", "Kind"),
            translate("Brief", "From"),
            translate("Brief", "Until"),
            translate("Brief", "HQ lead"),
        )
        rows: list[list[Any]] = [head]
        for p in c.presences[: b.presences]:
            names = p.lead_names()
            lead = (
                translate("Brief", "{before}, then {after}").format(before=names[0], after=names[1])
                if len(names) > 1
                else names[0]
            )
            rows.append(
                [
                    self.cell(text(clip(p.name, b.name_chars)), s.cell_bold),
                    self.cell(text(enum_label(p.kind))),
                    self.cell(text(day(p.start))),
                    self.cell(text(day(p.end))),
                    self.cell(text(lead)),
                ]
            )
        left_w = self.width * 0.6
        left = _table(rows, [left_w * f for f in (0.26, 0.19, 0.18, 0.18, 0.19)])
        lead_head = self.head(
            translate("Brief", "Period"), translate("Brief", "Lead at headquarters")
        )
        lead_rows: list[list[Any]] = [lead_head]
        for period in c.lead_periods[: b.lead_periods]:
            who = translate("Brief", "{department} through {presence}").format(
                department=period.name, presence=clip(period.presence, b.name_chars)
            )
            if period.renamed:
                who = translate("Brief", "{lead} (the same department, renamed)").format(lead=who)
            lead_rows.append(
                [self.cell(text(span(period.start, period.end))), self.cell(text(who))]
            )
        right_w = self.width - left_w - 4 * mm
        right = _table(lead_rows, [right_w * 0.45, right_w * 0.55])
        notes: list[Flowable] = []
        more = len(c.presences) - b.presences
        if more > 0:
            notes.append(
                self.p(text(translate("Brief", "… and %n more presence(s).", None, more)), s.note)
            )
        outer = Table(
            [[left, right]], colWidths=[left_w + 4 * mm, right_w], style=_BARE, hAlign="LEFT"
        )
        title = translate("Brief", "Presences and the lead at headquarters")
        if not c.presences:
            return KeepTogether(
                [
                    self.heading(title),
                    self.p(text(translate("Brief", "The plan has no presences."))),
                ]
            )
        return KeepTogether([self.heading(title), outer, *notes])

    def risks(self) -> Flowable:
        c, s = self.c, self.s
        shown = c.risks[: self.b.risks]
        title = translate("Brief", "Top risks")
        if not shown:
            return KeepTogether(
                [
                    self.heading(title),
                    self.p(text(translate("Brief", "The analysis finds no risk."))),
                ]
            )
        intro = translate(
            "Brief",
            "The most severe of the plan's %n finding(s), those not over on {day} first.",
            None,
            c.risks_total,
        ).format(day=format_day(c.as_of))
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for k, risk in enumerate(shown):
            rows.append(self._risk_row(risk))
            extra += [
                ("BACKGROUND", (0, k), (0, k), severity_color(risk.severity)),
                ("TEXTCOLOR", (0, k), (0, k), severity_text_color(risk.severity)),
            ]
        widths = [19 * mm, self.width - 19 * mm - 36 * mm, 36 * mm]
        table = WholeTable(rows, colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                    *extra,
                ]
            )
        )
        out: list[Flowable] = [
            self.heading(title),
            self.p(text(intro), s.note),
            Spacer(1, 2),
            table,
        ]
        more = c.risks_total - len(shown)
        if more > 0:
            out.append(
                self.p(
                    text(
                        translate(
                            "Brief",
                            "%n more finding(s): see the workbook's Gaps sheet or the Gaps panel.",
                            None,
                            more,
                        )
                    ),
                    s.note,
                )
            )
        return KeepTogether(out)

    def _risk_row(self, risk: Risk) -> list[Any]:
        s = self.s
        f = risk.finding
        subject = risk.subject
        heading = (
            f"<b>{text(clip(subject, self.b.name_chars * 2))}</b> <font color='#5A5A5A'>· "
            f"{text(rule_label(f.rule))}</font>"
            if subject
            else f"<b>{text(rule_label(f.rule))}</b>"
        )
        sentence = text(clip(f.detail, self.b.sentence_chars))
        severity = _colored(s.cell_bold, severity_text_color(f.severity))
        return [
            self.cell(text(severity_label(f.severity)), severity),
            self.cell(f"{heading}<br/>{sentence}"),
            self.cell(text(span(f.start, f.end)), s.cell),
        ]

    def timeline(self) -> Flowable:
        height = self.chart_height_in * inch
        caption = translate(
            "Brief",
            "Who carries each function over the horizon; hatched orange: gaps; the vertical line"
            " marks the as-of day.",
        )
        return KeepTogether(
            [
                self.heading(translate("Brief", "Timeline")),
                self.picture(self.width, height),
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
        table = _table(rows, [w * f for f in (0.26, 0.15, 0.15, 0.16, 0.12, 0.16)])
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
        grid = _table(
            rows,
            [label_w, *([col_w] * len(years))],
            extra=[
                ("LINEABOVE", (0, total_row), (-1, total_row), 0.6, INK),
                ("LINEBELOW", (0, total_row), (-1, total_row), 0.6, INK),
                ("BACKGROUND", (0, status_head), (-1, status_head), HEADER_FILL),
            ],
        )
        grid.hAlign = "LEFT"
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
                grid,
                Spacer(1, 1.5),
                *[self.p(text(note), s.note) for note in notes],
            ]
        )


_BARE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def _colored(style: ParagraphStyle, color: colors.Color) -> ParagraphStyle:
    """`style` with another text colour."""
    return ParagraphStyle(f"{style.name}-{color.hexval()}", parent=style, textColor=color)


def _unit(largest: Fraction) -> tuple[int, str]:
    """The scale of the funding table's amounts and the note that says it."""
    if largest >= 10_000_000:
        return 1_000_000, translate("Brief", "Amounts in millions of US dollars.")
    if largest >= 100_000:
        return 1_000, translate("Brief", "Amounts in thousands of US dollars.")
    return 1, translate("Brief", "Amounts in US dollars.")


def fixed(value: float, decimals: int) -> str:
    """`value` with exactly `decimals` decimals, in the language's format (12.0, 1 234,5)."""
    textual = f"{value:,.{decimals}f}"
    if language() == "fr":
        textual = textual.replace(",", "\u00a0").replace(".", ",")
    return textual


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


def picture_flowable(png: bytes) -> Callable[[float, float], Flowable]:
    """A picture maker for `Story` from PNG bytes."""

    def make(width: float, height: float) -> Flowable:
        return Image(io.BytesIO(png), width=width, height=height)

    return make


def placeholder(width: float, height: float) -> Flowable:
    return Placeholder(width, height)
