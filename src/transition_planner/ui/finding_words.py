"""The names of the analysis' rules and severities, as every view shows them (the gaps panel, the
timeline's hover, the dashboard). A new rule is one line here; a rule without one is shown from
its identifier."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..domain.enums import Severity

CONTEXT = "Findings"

RULE_NAMES: dict[str, Callable[[], str]] = {
    "presence_gap": lambda: QCoreApplication.translate("Findings", "Presence gap"),
    "coverage_gap": lambda: QCoreApplication.translate("Findings", "Coverage gap"),
    "short_break": lambda: QCoreApplication.translate("Findings", "Short break"),
    "funding_gap": lambda: QCoreApplication.translate("Findings", "Funding gap"),
    "capacity_cliff": lambda: QCoreApplication.translate("Findings", "Capacity cliff"),
    "un_exit": lambda: QCoreApplication.translate("Findings", "UN exit"),
    "cold_handover": lambda: QCoreApplication.translate("Findings", "Cold handover"),
    "outlives_presence": lambda: QCoreApplication.translate("Findings", "Outlives presence"),
    "compressed_drawdown": lambda: QCoreApplication.translate("Findings", "Compressed drawdown"),
    "handover_after_exit": lambda: QCoreApplication.translate("Findings", "Handover after exit"),
    "handover_unassigned": lambda: QCoreApplication.translate("Findings", "Handover unassigned"),
    "handover_overdue": lambda: QCoreApplication.translate("Findings", "Handover overdue"),
    "handover_lost": lambda: QCoreApplication.translate("Findings", "Handover lost"),
    "financial_cliff": lambda: QCoreApplication.translate("Findings", "Financial cliff"),
    "lead_change": lambda: QCoreApplication.translate("Findings", "Lead change"),
    "drawdown_before_election": lambda: QCoreApplication.translate(
        "Findings", "Drawdown before election"
    ),
}

SEVERITY_NAMES: dict[Severity, Callable[[], str]] = {
    Severity.CRITICAL: lambda: QCoreApplication.translate("Findings", "Critical"),
    Severity.HIGH: lambda: QCoreApplication.translate("Findings", "High"),
    Severity.MEDIUM: lambda: QCoreApplication.translate("Findings", "Medium"),
    Severity.LOW: lambda: QCoreApplication.translate("Findings", "Low"),
    Severity.INFO: lambda: QCoreApplication.translate("Findings", "Info"),
}


def rule_label(rule: str) -> str:
    name = RULE_NAMES.get(rule)
    return name() if name is not None else rule.replace("_", " ").capitalize()


def severity_label(severity: Severity) -> str:
    return SEVERITY_NAMES[severity]()


def rule_labels() -> dict[str, str]:
    return {rule: name() for rule, name in RULE_NAMES.items()}


def severity_labels() -> dict[Severity, str]:
    return {severity: name() for severity, name in SEVERITY_NAMES.items()}
