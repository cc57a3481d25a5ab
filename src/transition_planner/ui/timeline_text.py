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
from ..i18n import format_day, format_number
from .finding_words import rule_label, severity_label

CONTEXT = "TimelineView"


def fmt(day: date | None) -> str:
    return "–" if day is None else format_day(day)


def dates(start: date, end: date | None) -> str:
    return QCoreApplication.translate("TimelineView", "{0} – {1}").format(
        fmt(start), fmt(end) if end else QCoreApplication.translate("TimelineView", "open-ended")
    )


def timeline_labels() -> TimelineLabels:
    return TimelineLabels(
        presences=QCoreApplication.translate("TimelineView", "Presences"),
        lead=QCoreApplication.translate("TimelineView", "HQ lead"),
        today=QCoreApplication.translate("TimelineView", "Today"),
        secured=QCoreApplication.translate("TimelineView", "Secured or not tracked"),
        pledged=QCoreApplication.translate("TimelineView", "Pledged"),
        unfunded=QCoreApplication.translate("TimelineView", "Unfunded"),
        coverage_gap=QCoreApplication.translate("TimelineView", "Coverage / presence gap"),
        funding_gap=QCoreApplication.translate("TimelineView", "Funding gap"),
        cold_handover=QCoreApplication.translate("TimelineView", "Cold handover"),
        capacity_cliff=QCoreApplication.translate("TimelineView", "Capacity cliff"),
        un_exit=QCoreApplication.translate("TimelineView", "The UN stops carrying it"),
        lead_change=QCoreApplication.translate("TimelineView", "Lead change"),
        outside=QCoreApplication.translate("TimelineView", "Outside its presence"),
        drawdown=QCoreApplication.translate("TimelineView", "Drawdown before election"),
        milestone=QCoreApplication.translate("TimelineView", "Milestone"),
        not_required=QCoreApplication.translate("TimelineView", "Not required"),
        days=QCoreApplication.translate("TimelineView", "{n} d"),
        presence=QCoreApplication.translate("TimelineView", "{name} · {kind} · {lead} lead"),
        lead_segment=QCoreApplication.translate("TimelineView", "{lead} ({presence})"),
        function=QCoreApplication.translate("TimelineView", "{name} · {priority}"),
        more_actors=QCoreApplication.translate("TimelineView", "… and {n} more actors"),
        country_wide=QCoreApplication.translate("TimelineView", "Country-wide"),
        short_break=QCoreApplication.translate("TimelineView", "Bridged break (a seam, not a gap)"),
        drawdown_phase=QCoreApplication.translate("TimelineView", "Drawdown under way"),
        compressed_drawdown=QCoreApplication.translate("TimelineView", "Compressed drawdown"),
        handover_statuses={
            "Planned": QCoreApplication.translate("TimelineView", "Handover planned"),
            "In progress": QCoreApplication.translate("TimelineView", "Handover in progress"),
            "Done": QCoreApplication.translate("TimelineView", "Handover done"),
            "Blocked": QCoreApplication.translate("TimelineView", "Handover blocked"),
            "Lost": QCoreApplication.translate("TimelineView", "Handover lost"),
        },
        no_functions=QCoreApplication.translate(
            "TimelineView",
            "No functions yet: add functions and assignments to see who carries what.",
        ),
        groups={
            ActorGroup.UN_MISSION.name: QCoreApplication.translate("TimelineView", "UN mission"),
            ActorGroup.UN_ENTITY.name: QCoreApplication.translate("TimelineView", "UN entities"),
            ActorGroup.NATIONAL.name: QCoreApplication.translate("TimelineView", "National"),
            ActorGroup.PARTNER.name: QCoreApplication.translate(
                "TimelineView", "Partners (not UN)"
            ),
            ActorGroup.CIVIL_SOCIETY.name: QCoreApplication.translate(
                "TimelineView", "Civil society"
            ),
            ActorGroup.OTHER.name: QCoreApplication.translate("TimelineView", "Others"),
        },
    )


def announce_bar(bar: AssignmentBar) -> str:
    """What a screen reader says of a selected bar: its function, actor and dates."""
    return QCoreApplication.translate("TimelineView", "{0}, carried by {1}, {2}").format(
        bar.function_name, bar.actor_name, dates(bar.own_start, bar.own_end)
    )


def announce_handover(mark: HandoverMark) -> str:
    """What a screen reader says of a handover: its item, from whom to whom, due day, status."""
    receiver = mark.to_actor or QCoreApplication.translate("TimelineView", "no receiver yet")
    return QCoreApplication.translate(
        "TimelineView", "Handover {0}, from {1} to {2}, due {3}, {4}"
    ).format(mark.item, mark.from_actor, receiver, fmt(mark.due), enum_label(mark.status))


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, 60)


def describe(hit: Hit) -> str:
    """The hover text of a drawn item."""
    item = hit.item
    if isinstance(item, AssignmentBar):
        capacity = (
            QCoreApplication.translate("TimelineView", "not given")
            if item.capacity is None
            else format_number(item.capacity)
        )
        status = (
            enum_label(item.funding_status)
            if item.funding_status
            else QCoreApplication.translate("TimelineView", "not tracked")
        )
        funding = QCoreApplication.translate("TimelineView", "Funding: {0}").format(status)
        if item.funding_source:
            funding += f" ({item.funding_source})"
        return "\n".join(
            [
                item.actor_name,
                item.function_name,
                dates(item.own_start, item.own_end),
                QCoreApplication.translate("TimelineView", "Capacity: {0}").format(capacity),
                funding,
                QCoreApplication.translate(
                    "TimelineView", "Click to select · drag an edge to change the dates"
                ),
            ]
        )
    if isinstance(item, GapSpan):
        return "\n".join(
            [
                QCoreApplication.translate(
                    "TimelineView", "{0} ({1}): %n day(s)", "", item.days
                ).format(rule_label(item.rule), severity_label(item.severity)),
                dates(item.start, item.end),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, HandoverMark):
        receiver = item.to_actor or QCoreApplication.translate("TimelineView", "no receiver yet")
        lines = [
            QCoreApplication.translate("TimelineView", "Handover: {0} ({1})").format(
                item.item, enum_label(item.kind)
            ),
            QCoreApplication.translate("TimelineView", "{0} → {1}").format(
                item.from_actor, receiver
            ),
            QCoreApplication.translate("TimelineView", "Due {0} · {1}").format(
                fmt(item.due), enum_label(item.status)
            ),
        ]
        if item.function_name:
            lines.append(item.function_name)
        if item.owner:
            lines.append(
                QCoreApplication.translate("TimelineView", "Owner: {0}").format(item.owner)
            )
        return "\n".join(lines)
    if isinstance(item, Bridge):
        return "\n".join(
            [
                QCoreApplication.translate(
                    "TimelineView", "Bridged break: %n day(s), a seam, not a gap", "", item.days
                ),
                dates(item.start, item.end),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, Marker):
        return "\n".join(
            [
                QCoreApplication.translate("TimelineView", "{0} ({1}) on {2}").format(
                    rule_label(item.rule), severity_label(item.severity), fmt(item.day)
                ),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, OutsideSpan):
        return "\n".join(
            [
                QCoreApplication.translate(
                    "TimelineView", "Outside its presence ({0}): %n day(s)", "", item.days
                ).format(severity_label(item.finding.severity)),
                dates(item.start, item.end),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, DrawdownBracket):
        return "\n".join(
            [
                QCoreApplication.translate(
                    "TimelineView",
                    "Drawdown %n day(s) before an election ({0})",
                    "",
                    item.days_before,
                ).format(severity_label(item.finding.severity)),
                *_wrap(item.detail),
            ]
        )
    if isinstance(item, MilestoneLine):
        head = QCoreApplication.translate("TimelineView", "{0} · {1}").format(
            enum_label(item.kind), fmt(item.day)
        )
        return "\n".join([item.name, head, *_wrap(item.notes)])
    if isinstance(item, PresenceBar):
        end = (
            fmt(item.own_end)
            if item.own_end
            else QCoreApplication.translate("TimelineView", "ongoing")
        )
        lines = [
            QCoreApplication.translate("TimelineView", "{0} ({1})").format(
                item.name, enum_label(item.kind)
            ),
            QCoreApplication.translate("TimelineView", "{0} – {1}").format(
                fmt(item.own_start), end
            ),
            QCoreApplication.translate("TimelineView", "HQ lead: {0}").format(
                enum_label(item.lead)
            ),
        ]
        if item.drawdown_start is not None:
            lines.append(
                QCoreApplication.translate("TimelineView", "Drawdown from {0}").format(
                    fmt(item.drawdown_start)
                )
            )
        if item.compressed is not None:
            lines.append(
                QCoreApplication.translate("TimelineView", "Compressed drawdown ({0})").format(
                    severity_label(item.compressed.severity)
                )
            )
            lines += _wrap(item.compressed.detail)
        return "\n".join(lines)
    if isinstance(item, LeadSegment):
        return "\n".join(
            [
                QCoreApplication.translate("TimelineView", "HQ lead: {0} ({1})").format(
                    enum_label(item.lead), item.presence_name
                ),
                dates(item.start, item.end),
            ]
        )
    if isinstance(item, LeadChange):
        return "\n".join(
            [
                QCoreApplication.translate("TimelineView", "Lead change on {0}").format(
                    fmt(item.day)
                ),
                *_wrap(item.detail),
            ]
        )
    return ""
