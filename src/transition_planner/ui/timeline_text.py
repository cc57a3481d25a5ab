"""The words of the timeline view: its fixed labels, what hovering an item shows, and what a
screen reader says of the selected bar."""

from __future__ import annotations

import textwrap
from datetime import date

from PySide6.QtCore import QCoreApplication

from ..charts.series import (
    AssignmentBar,
    DrawdownBracket,
    GapSpan,
    LeadChange,
    LeadSegment,
    Marker,
    MilestoneLine,
    OutsideSpan,
    PresenceBar,
)
from ..charts.series_marks import Bridge, HandoverMark
from ..charts.theme import ActorGroup
from ..charts.timeline import Hit, TimelineLabels
from ..domain.enums import enum_label
from .finding_words import rule_label, severity_label

CONTEXT = "TimelineView"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fmt(day: date | None) -> str:
    return "–" if day is None else day.isoformat()


def dates(start: date, end: date | None) -> str:
    return QCoreApplication.translate(CONTEXT, "{0} – {1}").format(
        fmt(start), fmt(end) if end else QCoreApplication.translate(CONTEXT, "open-ended")
    )


def timeline_labels() -> TimelineLabels:
    return TimelineLabels(
        presences=QCoreApplication.translate(CONTEXT, "Presences"),
        lead=QCoreApplication.translate(CONTEXT, "HQ lead"),
        today=QCoreApplication.translate(CONTEXT, "Today"),
        secured=QCoreApplication.translate(CONTEXT, "Secured or not tracked"),
        pledged=QCoreApplication.translate(CONTEXT, "Pledged"),
        unfunded=QCoreApplication.translate(CONTEXT, "Unfunded"),
        coverage_gap=QCoreApplication.translate(CONTEXT, "Coverage / presence gap"),
        funding_gap=QCoreApplication.translate(CONTEXT, "Funding gap"),
        cold_handover=QCoreApplication.translate(CONTEXT, "Cold handover"),
        capacity_cliff=QCoreApplication.translate(CONTEXT, "Capacity cliff"),
        un_exit=QCoreApplication.translate(CONTEXT, "The UN stops carrying it"),
        lead_change=QCoreApplication.translate(CONTEXT, "Lead change"),
        outside=QCoreApplication.translate(CONTEXT, "Outside its presence"),
        drawdown=QCoreApplication.translate(CONTEXT, "Drawdown before election"),
        milestone=QCoreApplication.translate(CONTEXT, "Milestone"),
        not_required=QCoreApplication.translate(CONTEXT, "Not required"),
        days=QCoreApplication.translate(CONTEXT, "{n} d"),
        presence=QCoreApplication.translate(CONTEXT, "{name} · {kind} · {lead} lead"),
        lead_segment=QCoreApplication.translate(CONTEXT, "{lead} ({presence})"),
        function=QCoreApplication.translate(CONTEXT, "{name} · {priority}"),
        more_actors=QCoreApplication.translate(CONTEXT, "… and {n} more actors"),
        country_wide=QCoreApplication.translate(CONTEXT, "Country-wide"),
        short_break=QCoreApplication.translate(CONTEXT, "Bridged break (a seam, not a gap)"),
        drawdown_phase=QCoreApplication.translate(CONTEXT, "Drawdown under way"),
        compressed_drawdown=QCoreApplication.translate(CONTEXT, "Compressed drawdown"),
        handover_statuses={
            "Planned": QCoreApplication.translate(CONTEXT, "Handover planned"),
            "In progress": QCoreApplication.translate(CONTEXT, "Handover in progress"),
            "Done": QCoreApplication.translate(CONTEXT, "Handover done"),
            "Blocked": QCoreApplication.translate(CONTEXT, "Handover blocked"),
            "Lost": QCoreApplication.translate(CONTEXT, "Handover lost"),
        },
        no_functions=QCoreApplication.translate(
            CONTEXT, "No functions yet: add functions and assignments to see who carries what."
        ),
        groups={
            ActorGroup.UN_MISSION.name: QCoreApplication.translate(CONTEXT, "UN mission"),
            ActorGroup.UN_ENTITY.name: QCoreApplication.translate(CONTEXT, "UN entities"),
            ActorGroup.NATIONAL.name: QCoreApplication.translate(CONTEXT, "National"),
            ActorGroup.PARTNER.name: QCoreApplication.translate(CONTEXT, "Partners (not UN)"),
            ActorGroup.CIVIL_SOCIETY.name: QCoreApplication.translate(CONTEXT, "Civil society"),
            ActorGroup.OTHER.name: QCoreApplication.translate(CONTEXT, "Others"),
        },
    )


def announce_bar(bar: AssignmentBar) -> str:
    """What a screen reader says of a selected bar: its function, actor and dates."""
    return QCoreApplication.translate(CONTEXT, "{0}, carried by {1}, {2}").format(
        bar.function_name, bar.actor_name, dates(bar.own_start, bar.own_end)
    )


def announce_handover(mark: HandoverMark) -> str:
    """What a screen reader says of a handover: its item, from whom to whom, due day, status."""
    receiver = mark.to_actor or QCoreApplication.translate(CONTEXT, "no receiver yet")
    return QCoreApplication.translate(
        CONTEXT, "Handover {0}, from {1} to {2}, due {3}, {4}"
    ).format(mark.item, mark.from_actor, receiver, fmt(mark.due), enum_label(mark.status))


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, 60)


def describe(hit: Hit) -> str:
    """The hover text of a drawn item."""
    item = hit.item
    if isinstance(item, AssignmentBar):
        capacity = (
            _t("not given")
            if item.capacity is None
            else f"{item.capacity:,.0f}"
            if float(item.capacity).is_integer()
            else f"{item.capacity:,}"
        )
        status = str(item.funding_status) if item.funding_status else _t("not tracked")
        funding = QCoreApplication.translate(CONTEXT, "Funding: {0}").format(status)
        if item.funding_source:
            funding += f" ({item.funding_source})"
        return "\n".join(
            [
                item.actor_name,
                item.function_name,
                dates(item.own_start, item.own_end),
                QCoreApplication.translate(CONTEXT, "Capacity: {0}").format(capacity),
                funding,
                _t("Click to select · drag an edge to change the dates"),
            ]
        )
    if isinstance(item, GapSpan):
        return "\n".join(
            [
                QCoreApplication.translate(CONTEXT, "{0} ({1}): %n day(s)", "", item.days).format(
                    rule_label(item.rule), severity_label(item.severity)
                ),
                dates(item.start, item.end),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, HandoverMark):
        receiver = item.to_actor or _t("no receiver yet")
        lines = [
            QCoreApplication.translate(CONTEXT, "Handover: {0} ({1})").format(
                item.item, enum_label(item.kind)
            ),
            QCoreApplication.translate(CONTEXT, "{0} → {1}").format(item.from_actor, receiver),
            QCoreApplication.translate(CONTEXT, "Due {0} · {1}").format(
                fmt(item.due), enum_label(item.status)
            ),
        ]
        if item.function_name:
            lines.append(item.function_name)
        if item.owner:
            lines.append(QCoreApplication.translate(CONTEXT, "Owner: {0}").format(item.owner))
        return "\n".join(lines)
    if isinstance(item, Bridge):
        return "\n".join(
            [
                QCoreApplication.translate(
                    CONTEXT, "Bridged break: %n day(s), a seam, not a gap", "", item.days
                ),
                dates(item.start, item.end),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, Marker):
        return "\n".join(
            [
                QCoreApplication.translate(CONTEXT, "{0} ({1}) on {2}").format(
                    rule_label(item.rule), severity_label(item.severity), fmt(item.day)
                ),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, OutsideSpan):
        return "\n".join(
            [
                QCoreApplication.translate(
                    CONTEXT, "Outside its presence ({0}): %n day(s)", "", item.days
                ).format(severity_label(item.finding.severity)),
                dates(item.start, item.end),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, DrawdownBracket):
        return "\n".join(
            [
                QCoreApplication.translate(
                    CONTEXT, "Drawdown %n day(s) before an election ({0})", "", item.days_before
                ).format(severity_label(item.finding.severity)),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, MilestoneLine):
        head = QCoreApplication.translate(CONTEXT, "{0} · {1}").format(
            str(item.kind), fmt(item.day)
        )
        return "\n".join([item.name, head, *_wrap(item.notes)])
    if isinstance(item, PresenceBar):
        end = fmt(item.own_end) if item.own_end else _t("ongoing")
        lines = [
            QCoreApplication.translate(CONTEXT, "{0} ({1})").format(item.name, str(item.kind)),
            QCoreApplication.translate(CONTEXT, "{0} – {1}").format(fmt(item.own_start), end),
            QCoreApplication.translate(CONTEXT, "HQ lead: {0}").format(str(item.lead)),
        ]
        if item.drawdown_start is not None:
            lines.append(
                QCoreApplication.translate(CONTEXT, "Drawdown from {0}").format(
                    fmt(item.drawdown_start)
                )
            )
        if item.compressed is not None:
            lines.append(
                QCoreApplication.translate(CONTEXT, "Compressed drawdown ({0})").format(
                    severity_label(item.compressed.severity)
                )
            )
            lines += _wrap(item.compressed.detail)
        return "\n".join(lines)
    if isinstance(item, LeadSegment):
        return "\n".join(
            [
                QCoreApplication.translate(CONTEXT, "HQ lead: {0} ({1})").format(
                    str(item.lead), item.presence_name
                ),
                dates(item.start, item.end),
            ]
        )
    if isinstance(item, LeadChange):
        return "\n".join(
            [
                QCoreApplication.translate(CONTEXT, "Lead change on {0}").format(fmt(item.day)),
                *_wrap(item.detail),
            ]
        )
    return ""
