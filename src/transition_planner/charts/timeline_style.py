"""What the timeline's pictures share: sizes of text and marks, the fixed words, the actors'
colours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .series import ActorInfo
from .theme import OKABE_ITO, ActorGroup, group_colors

#: At most this many labels on bars, gaps, presences and lead segments at a time.
MAX_LABELS = 160
#: At most this many actors in the legend (the rest are summed up in one entry).
MAX_LEGEND_ACTORS = 24
#: Milestone labels go on up to this many levels above the chart (as many as the names need
#: when the whole horizon shows).
MILESTONE_LEVELS = 5
#: The milestone name's variants tried, longest first (characters).
MILESTONE_CHARS = (30, 16, 9)
#: Markers of one row and day sit this far apart (points).
MARKER_PITCH_PT = 9.0
#: Average width of a character, in ems (DejaVu Sans), to judge whether a label fits.
CHAR_EM = 0.58
#: The height of a line of text, in ems: a label needs this much room across its bar.
LINE_EM = 0.95
NAME_CHARS = 44
TODAY_COLOR = OKABE_ITO["reddish_purple"]
DRAWDOWN_COLOR = OKABE_ITO["reddish_purple"]
#: The outlives_presence line: dots (a dash pattern in points).
OUTSIDE_DASHES = (0, (0.6, 2.2))


@dataclass(frozen=True)
class TimelineLabels:
    """The fixed words of the timeline (the Qt view passes translated ones)."""

    presences: str = "Presences"
    lead: str = "HQ lead"
    today: str = "Today"
    secured: str = "Secured or not tracked"
    pledged: str = "Pledged"
    unfunded: str = "Unfunded"
    coverage_gap: str = "Coverage / presence gap"
    funding_gap: str = "Funding gap"
    cold_handover: str = "Cold handover"
    capacity_cliff: str = "Capacity cliff"
    un_exit: str = "The UN stops carrying it"
    lead_change: str = "Lead change"
    outside: str = "Outside its presence"
    drawdown: str = "Drawdown before election"
    milestone: str = "Milestone"
    not_required: str = "Not required"
    #: A gap's length on its span: {n} is the number of days.
    days: str = "{n} d"
    #: A presence's label: {name}, {kind}, {lead}.
    presence: str = "{name} · {kind} · {lead} lead"
    #: A lead segment's label: {lead}, {presence}.
    lead_segment: str = "{lead} ({presence})"
    #: A function's label: {name}, {priority}.
    function: str = "{name} · {priority}"
    more_actors: str = "… and {n} more actors"
    #: The heading of the functions without an area.
    country_wide: str = "Country-wide"
    short_break: str = "Bridged break (a seam, not a gap)"
    drawdown_phase: str = "Drawdown under way"
    compressed_drawdown: str = "Compressed drawdown"
    #: The legend's words for the handovers, by status value ("Planned" …).
    handover_statuses: dict[str, str] = field(
        default_factory=lambda: {
            "Planned": "Handover planned",
            "In progress": "Handover in progress",
            "Done": "Handover done",
            "Blocked": "Handover blocked",
            "Lost": "Handover lost",
        }
    )
    no_functions: str = "No functions yet: add functions and assignments to see who carries what."
    #: The legend's headings of the actor groups (UN mission, UN entity, national …).
    groups: dict[str, str] = field(
        default_factory=lambda: {
            "UN_MISSION": "UN mission",
            "UN_ENTITY": "UN entities",
            "NATIONAL": "National",
            "PARTNER": "Partners (not UN)",
            "CIVIL_SOCIETY": "Civil society",
            "OTHER": "Others",
        }
    )

    def marker(self, rule: str) -> str:
        """The legend's word for a finding drawn as a marker."""
        text = getattr(self, rule, None)
        return text if isinstance(text, str) else rule.replace("_", " ").capitalize()

    def handover(self, status: str) -> str:
        return self.handover_statuses.get(status, status)

    def group(self, group: ActorGroup) -> str:
        return self.groups.get(group.name, group.value)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def actor_colors(actors: Sequence[ActorInfo]) -> dict[str, str]:
    """A colour per actor: the hue of its group (UN mission, UN entity, national, partner …),
    a lightness per actor within the group (see `theme.group_colors`)."""
    by_group: dict[ActorGroup, list[ActorInfo]] = {}
    for a in actors:
        by_group.setdefault(a.group, []).append(a)
    colors: dict[str, str] = {}
    for group, members in by_group.items():
        for a, color in zip(members, group_colors(group, len(members)), strict=True):
            colors[a.id] = color
    return colors
