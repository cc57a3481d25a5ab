"""Colours, hatches and text sizes of the charts: colour-blind safe (Okabe–Ito), readable in grey.

Nothing is told by colour alone: funding status is also a hatch, gaps are hatched and labelled,
markers differ by shape, presences and lead segments carry their names.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.enums import ActorType, FundingStatus, LeadDepartment, PresenceKind, Severity

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

#: Actor types give the hue of an actor's bars; actors of one type get shades of it.
ACTOR_TYPE_COLOR: dict[ActorType, str] = {
    ActorType.MISSION: OKABE_ITO["blue"],
    ActorType.UN_ENTITY: OKABE_ITO["sky_blue"],
    ActorType.GOVERNMENT: OKABE_ITO["bluish_green"],
    ActorType.REGIONAL_ORGANIZATION: OKABE_ITO["orange"],
    ActorType.CIVIL_SOCIETY: OKABE_ITO["reddish_purple"],
    ActorType.BILATERAL_PARTNER: OKABE_ITO["yellow"],
    ActorType.OTHER: OKABE_ITO["grey"],
}

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

SEVERITY_COLOR: dict[Severity, str] = {
    Severity.CRITICAL: OKABE_ITO["vermillion"],
    Severity.HIGH: OKABE_ITO["orange"],
    Severity.MEDIUM: OKABE_ITO["yellow"],
    Severity.LOW: OKABE_ITO["sky_blue"],
    Severity.INFO: "#BBBBBB",
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


def text_color_on(color: str) -> str:
    """Black or white, whichever reads better on `color`."""
    return "#000000" if _luminance(color) > 0.45 else "#FFFFFF"
