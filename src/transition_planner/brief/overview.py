"""The first part of the brief: who, where and when; the score and counts; the narrative; the
presences and the lead at headquarters; the top risks."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..domain.enums import Severity, enum_label
from ..domain.findings import rule_label, severity_label
from ..i18n import format_day, format_number, translate
from .blocks import (
    BARE,
    Section,
    WholeTable,
    clip,
    colored,
    day,
    fixed,
    grid,
    narrative,
    span,
    text,
)
from .content import Risk
from .styles import INK, RULE, severity_color, severity_text_color


class Overview(Section):
    """The sections that tell the situation and its risks."""

    def flowables(self) -> list[Flowable]:
        return [
            *self.header(),
            self.key_figures(),
            *self.narrative(),
            self.presences(),
            self.risks(),
        ]

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
        left = grid(rows, [left_w * f for f in (0.26, 0.19, 0.18, 0.18, 0.19)])
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
        right = grid(lead_rows, [right_w * 0.45, right_w * 0.55])
        notes: list[Flowable] = []
        more = len(c.presences) - b.presences
        if more > 0:
            notes.append(
                self.p(text(translate("Brief", "… and %n more presence(s).", None, more)), s.note)
            )
        outer = Table(
            [[left, right]], colWidths=[left_w + 4 * mm, right_w], style=BARE, hAlign="LEFT"
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
        severity = colored(s.cell_bold, severity_text_color(f.severity))
        return [
            self.cell(text(severity_label(f.severity)), severity),
            self.cell(f"{heading}<br/>{sentence}"),
            self.cell(text(span(f.start, f.end)), s.cell),
        ]
