"""Colours, hatches and text sizes of the charts: colour-blind safe (Okabe–Ito), readable in grey.

Nothing is told by colour alone: funding status is also a hatch, gaps are hatched and labelled,
markers differ by shape, presences and lead segments carry their names.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, replace
from enum import Enum

from ..domain.enums import (
    ActorType,
    FundingKind,
    FundingStatus,
    HandoverStatus,
    LeadDepartment,
    PresenceKind,
    Severity,
)

#: The Okabe–Ito palette (Okabe & Ito 2008), safe for the common colour-vision deficiencies.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
}

#: Gaps are the only vermillion thing on a chart.
GAP_COLOR = OKABE_ITO["vermillion"]

PRESENCE_KIND_COLOR: dict[PresenceKind, str] = {
    PresenceKind.PKO: "#6FA8DC",
    PresenceKind.SPM: "#A6D8F2",
    PresenceKind.NON_MISSION: "#8FD1BB",
    PresenceKind.REGIONAL_OFFICE: "#E3B5CF",
    PresenceKind.PARTNER_MISSION: "#F2CC7A",
}
#: Presence kinds also differ by hatch, for grey print.
PRESENCE_KIND_HATCH: dict[PresenceKind, str] = {
    PresenceKind.PKO: "",
    PresenceKind.SPM: "",
    PresenceKind.NON_MISSION: "",
    PresenceKind.REGIONAL_OFFICE: "..",
    PresenceKind.PARTNER_MISSION: "\\\\",
}

LEAD_COLOR: dict[LeadDepartment, str] = {
    LeadDepartment.DPO: "#6FA8DC",
    LeadDepartment.DPPA: "#A6D8F2",
    LeadDepartment.RC_UNCT: "#8FD1BB",
    LeadDepartment.OTHER: "#CCCCCC",
}

#: Bars of assignments: unfunded ones are hatched (and gaps are hatched the other way).
FUNDING_HATCH: dict[FundingStatus | None, str] = {
    FundingStatus.SECURED: "",
    FundingStatus.PLEDGED: "..",
    FundingStatus.UNFUNDED: "xx",
    None: "",
}
GAP_HATCH = "////"
FUNDING_GAP_HATCH = "xxxx"

#: The colour of a severity, the same in the gaps panel, the timeline and the dashboard: dark
#: red, orange, amber, blue, grey — apart in hue and in lightness (and in hatch on charts).
SEVERITY_COLOR: dict[Severity, str] = {
    Severity.CRITICAL: "#B2182B",
    Severity.HIGH: "#E66100",
    Severity.MEDIUM: "#F2C12E",
    Severity.LOW: "#4393C3",
    Severity.INFO: "#9E9E9E",
}
SEVERITY_HATCH: dict[Severity, str] = {
    Severity.CRITICAL: "////",
    Severity.HIGH: "\\\\",
    Severity.MEDIUM: "..",
    Severity.LOW: "",
    Severity.INFO: "--",
}

#: Funding status of coverage (dashboard): colour and hatch, best first.
COVERAGE_STATUS_COLOR: dict[str, str] = {
    "Secured": OKABE_ITO["bluish_green"],
    "Pledged": OKABE_ITO["sky_blue"],
    "Untracked": "#C8C8C8",
    "Unfunded": OKABE_ITO["orange"],
    "Uncovered": OKABE_ITO["vermillion"],
}
COVERAGE_STATUS_HATCH: dict[str, str] = {
    "Secured": "",
    "Pledged": "..",
    "Untracked": "",
    "Unfunded": "xx",
    "Uncovered": "////",
}


@dataclass(frozen=True)
class Theme:
    """The colours that follow the surroundings (light or dark) and the text sizes."""

    background: str = "#FFFFFF"
    foreground: str = "#1A1A1A"
    muted: str = "#666666"
    grid: str = "#E2E2E2"
    #: Shade of the parts of a row where the function is not required.
    not_required: str = "#F0F0F0"
    row_stripe: str = "#F7F7F7"
    highlight: str = "#000000"
    dark: bool = False
    font_size: float = 8.5
    small_font_size: float = 7.5
    title_font_size: float = 11.0


LIGHT = Theme()
DARK = Theme(
    background="#1E1E1E",
    foreground="#E8E8E8",
    muted="#A0A0A0",
    grid="#3A3A3A",
    not_required="#2A2A2A",
    row_stripe="#252525",
    highlight="#FFFFFF",
    dark=True,
)


def theme_for(background: str, foreground: str) -> Theme:
    """A theme following a window's palette: dark when the background is dark."""
    base = DARK if _luminance(background) < 0.5 else LIGHT
    return replace(base, background=background, foreground=foreground)


def _luminance(color: str) -> float:
    text = color.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def shade(color: str, index: int, count: int) -> str:
    """The `index`-th of `count` shades of `color` (from darker to lighter), as '#RRGGBB'."""
    text = color.lstrip("#")
    rgb = [int(text[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    if count <= 1:
        return "#" + text.upper()
    # from 25 % darker to 45 % lighter
    t = -0.25 + 0.70 * index / (count - 1)
    mixed = [c * (1 + t) for c in rgb] if t < 0 else [c + (1 - c) * t for c in rgb]
    return "#" + "".join(f"{round(c * 255):02X}" for c in mixed)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of '#RRGGBB'."""
    text = color.lstrip("#")

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(text[i : i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_color_on(color: str) -> str:
    """Black or white, whichever contrasts more with `color`."""
    return (
        "#000000"
        if contrast_ratio(color, "#000000") >= contrast_ratio(color, "#FFFFFF")
        else "#FFFFFF"
    )


class ActorGroup(Enum):
    """Who an actor is, as the charts colour it: a hue per group, UN actors in cool blues and
    violets, national actors green, partners (non-UN forces, regional organisations, bilateral
    partners) orange, civil society magenta."""

    UN_MISSION = "UN mission"
    UN_ENTITY = "UN entity"
    NATIONAL = "National"
    PARTNER = "Partner"
    CIVIL_SOCIETY = "Civil society"
    OTHER = "Other"

    @property
    def is_un(self) -> bool:
        return self in (ActorGroup.UN_MISSION, ActorGroup.UN_ENTITY)


#: Hue (degrees), saturation and how far the hue is nudged between actors of each group.
ACTOR_GROUP_HUE: dict[ActorGroup, tuple[float, float, float]] = {
    ActorGroup.UN_MISSION: (210.0, 0.65, 14.0),
    ActorGroup.UN_ENTITY: (265.0, 0.45, 14.0),
    ActorGroup.NATIONAL: (140.0, 0.50, 14.0),
    # orange to gold, never towards the vermillion of the gaps
    ActorGroup.PARTNER: (38.0, 0.85, 7.0),
    ActorGroup.CIVIL_SOCIETY: (325.0, 0.55, 12.0),
    ActorGroup.OTHER: (0.0, 0.0, 0.0),
}


def actor_group(actor_type: ActorType, partner_presence: bool = False) -> ActorGroup:
    """The group of an actor: a mission's component is a UN mission's unless its presence is
    a partner mission (SPEC §2's UN actors)."""
    if actor_type is ActorType.MISSION:
        return ActorGroup.PARTNER if partner_presence else ActorGroup.UN_MISSION
    return {
        ActorType.UN_ENTITY: ActorGroup.UN_ENTITY,
        ActorType.GOVERNMENT: ActorGroup.NATIONAL,
        ActorType.REGIONAL_ORGANIZATION: ActorGroup.PARTNER,
        ActorType.BILATERAL_PARTNER: ActorGroup.PARTNER,
        ActorType.CIVIL_SOCIETY: ActorGroup.CIVIL_SOCIETY,
    }.get(actor_type, ActorGroup.OTHER)


def group_colors(group: ActorGroup, count: int) -> list[str]:
    """`count` colours of a group that tell its actors apart: lightness spread from dark to
    light, handed out so that actors next to each other in the list differ most, and the hue
    nudged back and forth."""
    hue, saturation, nudge = ACTOR_GROUP_HUE[group]
    if count <= 0:
        return []
    darkest, lightest = (0.30, 0.74) if saturation else (0.35, 0.78)
    steps = [
        darkest + (lightest - darkest) * (i / (count - 1) if count > 1 else 0.5)
        for i in range(count)
    ]
    # 0, n/2, 1, n/2 + 1 …: neighbours in the list get far-apart lightness
    half = (count + 1) // 2
    order = [k for pair in zip(range(half), range(half, count), strict=False) for k in pair]
    if count % 2:
        order.append(half - 1)
    order = list(dict.fromkeys(order))
    nudges = (0.0, -nudge, nudge)
    colors = []
    for n, k in enumerate(order):
        h = ((hue + nudges[n % 3]) % 360) / 360
        r, g, b = colorsys.hls_to_rgb(h, steps[k], saturation)
        colors.append("#" + "".join(f"{round(c * 255):02X}" for c in (r, g, b)))
    return colors


#: A colour per actor type (the dashboard's capacity by type), in the hues of the timeline's
#: actor groups: UN blues and violets, national green, partners orange and gold.
ACTOR_TYPE_COLOR: dict[ActorType, str] = {
    ActorType.MISSION: group_colors(ActorGroup.UN_MISSION, 3)[2],
    ActorType.UN_ENTITY: group_colors(ActorGroup.UN_ENTITY, 3)[2],
    ActorType.GOVERNMENT: group_colors(ActorGroup.NATIONAL, 3)[2],
    ActorType.REGIONAL_ORGANIZATION: group_colors(ActorGroup.PARTNER, 3)[2],
    ActorType.CIVIL_SOCIETY: group_colors(ActorGroup.CIVIL_SOCIETY, 3)[2],
    ActorType.BILATERAL_PARTNER: group_colors(ActorGroup.PARTNER, 3)[1],
    ActorType.OTHER: group_colors(ActorGroup.OTHER, 3)[2],
}


@dataclass(frozen=True)
class MarkerStyle:
    """How a finding of one day is drawn on its function's row."""

    marker: str
    color: str
    size: float = 8.0


#: The findings drawn as markers on their day, by rule. A new rule drawn as a marker is one
#: line here (and its name in `series.MARKER_RULES`).
MARKER_STYLES: dict[str, MarkerStyle] = {
    "cold_handover": MarkerStyle("o", OKABE_ITO["sky_blue"]),
    "capacity_cliff": MarkerStyle("v", OKABE_ITO["orange"]),
    "un_exit": MarkerStyle("s", OKABE_ITO["reddish_purple"], 7.0),
}
DEFAULT_MARKER = MarkerStyle("D", OKABE_ITO["grey"], 7.0)


def marker_style(rule: str) -> MarkerStyle:
    return MARKER_STYLES.get(rule, DEFAULT_MARKER)


#: The handovers of the register on their due day: a shape and a colour per status (the
#: shapes differ from the findings' markers; the colours tell statuses apart for all eyes and
#: in grey print the shapes do): a hollow pentagon for planned, a triangle pointing on for in
#: progress, a green hexagon for done, a yellow octagon (a stop sign) for blocked, a black
#: cross for lost.
HANDOVER_STYLES: dict[HandoverStatus, MarkerStyle] = {
    HandoverStatus.PLANNED: MarkerStyle("p", "#FFFFFF", 8.5),
    HandoverStatus.IN_PROGRESS: MarkerStyle(">", OKABE_ITO["blue"], 8.0),
    HandoverStatus.DONE: MarkerStyle("h", OKABE_ITO["bluish_green"], 8.0),
    HandoverStatus.BLOCKED: MarkerStyle("8", OKABE_ITO["yellow"], 8.5),
    HandoverStatus.LOST: MarkerStyle("X", "#000000", 9.0),
}
#: A presence's drawdown (from its drawdown start to its end): a light hatch; a compressed
#: drawdown (`compressed_drawdown`): a dense hatch in the drawdown colour and an outline.
DRAWDOWN_HATCH = "//"
COMPRESSED_HATCH = "////"

#: Funding by year (dashboard): a colour per kind of money, Okabe–Ito (vermillion is the
#: financial cliff's); statuses differ by fill: Secured solid, Pledged hatched, Projected
#: outlined.
FUNDING_KIND_COLOR: dict[FundingKind, str] = {
    FundingKind.ASSESSED: OKABE_ITO["blue"],
    FundingKind.REGULAR_BUDGET: OKABE_ITO["sky_blue"],
    FundingKind.PEACEBUILDING_FUND: OKABE_ITO["bluish_green"],
    FundingKind.TRUST_FUND: OKABE_ITO["yellow"],
    FundingKind.VOLUNTARY: OKABE_ITO["orange"],
    FundingKind.HOST_GOVERNMENT: OKABE_ITO["reddish_purple"],
    FundingKind.OTHER: OKABE_ITO["grey"],
}
PLEDGED_HATCH = "///"
CLIFF_COLOR = OKABE_ITO["vermillion"]
#: The cliff's words: a darker vermillion, readable on white (contrast ≥ 4.5).
CLIFF_TEXT = "#A94400"
CLIFF_TEXT_DARK = "#FF9A5C"
