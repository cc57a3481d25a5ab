"""The colours of the workbook: who carries a function, presence kinds, gaps, severities."""

from __future__ import annotations

from ..domain.enums import PresenceKind, Severity

#: Colour-blind-safe fills for the actors carrying functions (Paul Tol's "light" scheme, without
#: its grey): light enough for dark text, far from the red of gaps.
ACTOR_PALETTE: tuple[str, ...] = (
    "77AADD",
    "EE8866",
    "EEDD88",
    "FFAABB",
    "99DDFF",
    "44BB99",
    "BBCC33",
    "AAAA00",
)
#: Presence rows by kind (Paul Tol's "bright" scheme).
KIND_FILL: dict[PresenceKind, str] = {
    PresenceKind.PKO: "4477AA",
    PresenceKind.SPM: "228833",
    PresenceKind.NON_MISSION: "CCBB44",
    PresenceKind.REGIONAL_OFFICE: "66CCEE",
    PresenceKind.PARTNER_MISSION: "AA3377",
}
GAP_FILL = "C00000"
#: Header cells look like the table style's header also where table styles are not shown
#: (LibreOffice, printing).
HEADER_FILL = "4472C4"
NOT_REQUIRED_FILL = "EEEEEE"
SEVERITY_FILL: dict[Severity, str] = {
    Severity.CRITICAL: "FFC7CE",
    Severity.HIGH: "FFE0B2",
    Severity.MEDIUM: "FFF2CC",
    Severity.LOW: "E2EFDA",
    Severity.INFO: "DDEBF7",
}
