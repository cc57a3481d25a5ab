"""The plan's settings: name, country, region, description, horizon, minimum overlap, bridge
breaks, cliff threshold.

The form emits what the planner changed (`changed`); the editor turns it into one undoable change.
A read-only workspace shows the settings without letting them be changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Plan
from ..domain.validation import MAX_BRIDGE_DAYS
from .editors import DateEdit
from .palette import error_colors
from .table_models import InputError, parse_date


def setting_label(field: str) -> str:
    """The name of a plan setting, for undo labels ("Change plan horizon start")."""
    labels = {
        "name": QCoreApplication.translate("PlanSettingsForm", "Change plan name"),
        "country": QCoreApplication.translate("PlanSettingsForm", "Change plan country"),
        "region": QCoreApplication.translate("PlanSettingsForm", "Change plan region"),
        "description": QCoreApplication.translate("PlanSettingsForm", "Change plan description"),
        "horizon_start": QCoreApplication.translate(
            "PlanSettingsForm", "Change plan horizon start"
        ),
        "horizon_end": QCoreApplication.translate("PlanSettingsForm", "Change plan horizon end"),
        "min_overlap_days": QCoreApplication.translate(
            "PlanSettingsForm", "Change plan minimum overlap"
        ),
        "cliff_threshold": QCoreApplication.translate(
            "PlanSettingsForm", "Change plan cliff threshold"
        ),
        "bridge_days": QCoreApplication.translate("PlanSettingsForm", "Change plan bridge breaks"),
    }
    return labels.get(field, QCoreApplication.translate("PlanSettingsForm", "Change plan settings"))


class PlanSettingsForm(QWidget):
    """Name, country, region, description, horizon, minimum overlap, bridge breaks, cliff
    threshold."""

    changed = Signal(dict)  # field → new value (only what the planner changed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planSettings")
        self.setAccessibleName(self.tr("Plan settings"))
        self.plan: Plan | None = None
        self.read_only = False
        self.name = QLineEdit(self)
        self.name.setObjectName("planName")
        self.name.setAccessibleName(self.tr("Plan name"))
        self.country = QLineEdit(self)
        self.country.setObjectName("planCountry")
        self.country.setAccessibleName(self.tr("Country"))
        self.region = QLineEdit(self)
        self.region.setObjectName("planRegion")
        self.region.setAccessibleName(self.tr("Region"))
        self.region.setPlaceholderText(self.tr("e.g. Africa I"))
        self.region.setToolTip(
            self.tr(
                "The regional division that follows the country at headquarters; "
                "plans are grouped by it"
            )
        )
        self.region.setAccessibleDescription(self.region.toolTip())
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("planDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        self.horizon_start = DateEdit(self)
        self.horizon_start.setObjectName("horizonStart")
        self.horizon_start.setAccessibleName(self.tr("Horizon start"))
        self.horizon_start.line.setAccessibleName(self.tr("Horizon start"))
        self.horizon_end = DateEdit(self)
        self.horizon_end.setObjectName("horizonEnd")
        self.horizon_end.setAccessibleName(self.tr("Horizon end"))
        self.horizon_end.line.setAccessibleName(self.tr("Horizon end"))
        self.min_overlap = QSpinBox(self)
        self.min_overlap.setObjectName("minOverlap")
        self.min_overlap.setRange(0, 3650)
        self.min_overlap.setSuffix(self.tr(" days"))
        self.min_overlap.setAccessibleName(self.tr("Minimum overlap"))
        self.min_overlap.setToolTip(
            self.tr("A handover with less overlap than this is a cold handover")
        )
        self.min_overlap.setAccessibleDescription(self.min_overlap.toolTip())
        self.bridge_days = QSpinBox(self)
        self.bridge_days.setObjectName("bridgeDays")
        self.bridge_days.setRange(0, MAX_BRIDGE_DAYS)
        self.bridge_days.setSuffix(self.tr(" days"))
        self.bridge_days.setAccessibleName(self.tr("Bridge breaks"))
        self.bridge_days.setToolTip(
            self.tr(
                "A break in coverage of at most this many days between two carriers is a "
                "data-entry seam (a short break), not a gap"
            )
        )
        self.bridge_days.setAccessibleDescription(self.bridge_days.toolTip())
        self.cliff = QDoubleSpinBox(self)
        self.cliff.setObjectName("cliffThreshold")
        self.cliff.setRange(0.0, 1.0)
        self.cliff.setSingleStep(0.05)
        self.cliff.setDecimals(2)
        self.cliff.setAccessibleName(self.tr("Cliff threshold"))
        self.cliff.setToolTip(
            self.tr("A capacity falling below this share of the day before is a capacity cliff")
        )
        self.cliff.setAccessibleDescription(self.cliff.toolTip())
        self.apply_button = QPushButton(self)  # (text apart: no look at QIcon's many enums)
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setObjectName("applySettings")
        self.apply_button.setToolTip(self.tr("Save the plan settings (Enter in a field)"))
        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)

        left = QFormLayout()
        left.addRow(self.tr("&Name"), self.name)
        left.addRow(self.tr("&Country"), self.country)
        left.addRow(self.tr("Re&gion"), self.region)
        left.addRow(self.tr("&Description"), self.description)
        right = QFormLayout()
        right.addRow(self.tr("Horizon &start"), self.horizon_start)
        right.addRow(self.tr("Horizon &end"), self.horizon_end)
        right.addRow(self.tr("Minimum &overlap"), self.min_overlap)
        right.addRow(self.tr("&Bridge breaks"), self.bridge_days)
        right.addRow(self.tr("C&liff threshold"), self.cliff)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.apply_button)
        layout.addLayout(bottom)

        self.apply_button.clicked.connect(self.apply)
        for line in (self.name, self.country, self.region):
            line.returnPressed.connect(self.apply)
            line.editingFinished.connect(self.apply)
        for date_edit in (self.horizon_start, self.horizon_end):
            date_edit.confirmed.connect(self.apply)
            date_edit.picked.connect(self.apply)
        self.min_overlap.editingFinished.connect(self.apply)
        self.bridge_days.editingFinished.connect(self.apply)
        self.cliff.editingFinished.connect(self.apply)
        self._loading = False

    def tab_chain(self) -> list[QWidget]:
        return [
            self.name,
            self.country,
            self.region,
            self.description,
            self.horizon_start.line,
            self.horizon_end.line,
            self.min_overlap,
            self.bridge_days,
            self.cliff,
            self.apply_button,
        ]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for line in (
            self.name,
            self.country,
            self.region,
            self.horizon_start.line,
            self.horizon_end.line,
        ):
            line.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        for spin in (self.min_overlap, self.bridge_days, self.cliff):
            spin.setReadOnly(read_only)
        for date_edit in (self.horizon_start, self.horizon_end):
            date_edit.button.setEnabled(not read_only)
        self.apply_button.setVisible(not read_only)

    def set_plan(self, plan: Plan | None) -> None:
        self._loading = True
        try:
            self.plan = plan
            self.setEnabled(plan is not None)
            if plan is None:
                for w in (self.name, self.country, self.region):
                    w.clear()
                self.description.clear()
                self.horizon_start.setText("")
                self.horizon_end.setText("")
                return
            if self.name.text() != plan.name:
                self.name.setText(plan.name)
            if self.country.text() != plan.country:
                self.country.setText(plan.country)
            if self.region.text() != plan.region:
                self.region.setText(plan.region)
            if self.description.toPlainText() != plan.description:
                self.description.setPlainText(plan.description)
            self.horizon_start.line.setText(plan.horizon_start.isoformat())
            self.horizon_end.line.setText(plan.horizon_end.isoformat())
            self.min_overlap.setValue(plan.min_overlap_days)
            self.bridge_days.setValue(plan.bridge_days)
            self.cliff.setValue(plan.cliff_threshold)
            self.error.clear()
        finally:
            self._loading = False

    def values(self) -> dict[str, object]:
        """The form's values as plan settings; InputError for a bad date."""
        start = parse_date(self.horizon_start.text(), optional=False)
        end = parse_date(self.horizon_end.text(), optional=False)
        assert isinstance(start, date) and isinstance(end, date)
        return {
            "name": self.name.text().strip(),
            "country": self.country.text().strip(),
            "region": self.region.text().strip(),
            "description": self.description.toPlainText(),
            "horizon_start": start,
            "horizon_end": end,
            "min_overlap_days": self.min_overlap.value(),
            "bridge_days": self.bridge_days.value(),
            "cliff_threshold": round(self.cliff.value(), 4),
        }

    def apply(self) -> None:
        if self._loading or self.plan is None or self.read_only:
            return
        try:
            values = self.values()
        except InputError as exc:
            self.show_error(str(exc))
            return
        cliff = values["cliff_threshold"]
        if isinstance(cliff, float) and abs(cliff - self.plan.cliff_threshold) < 1e-9:
            values["cliff_threshold"] = self.plan.cliff_threshold
        changed = {k: v for k, v in values.items() if getattr(self.plan, k) != v}
        if changed:
            self.changed.emit(changed)

    def show_error(self, text: str) -> None:
        color = error_colors(self.palette())[0]
        self.error.setStyleSheet(f"color: {color.name()};")
        self.error.setText(text)
        self.error.setToolTip(text)
        self.error.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setAccessibleDescription("")
