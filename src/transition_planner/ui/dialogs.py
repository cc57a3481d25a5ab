"""Dialogs: the change review of an imported workbook, backups, the user guide, about."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import PlanChange, describe_change
from ..domain.model import ENTITY_TYPES, Entity, Plan
from ..domain.validation import Problem
from .palette import error_colors

SHEETS: dict[type[Entity], str] = {cls: f"{cls.__name__}s" for cls in ENTITY_TYPES}
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2


class Review(Protocol):
    """What the change review shows: an edited workbook compared with its plan."""

    @property
    def change(self) -> PlanChange: ...

    @property
    def before(self) -> Plan: ...

    @property
    def after(self) -> Plan: ...

    @property
    def warnings(self) -> list[str]: ...


class Backup(Protocol):
    @property
    def path(self) -> Path: ...

    @property
    def created(self) -> datetime: ...

    @property
    def reason(self) -> str: ...

    @property
    def size(self) -> int: ...


class ChangeReviewDialog(QDialog):
    """What an edited workbook adds, changes and removes, per sheet, each with a checkbox.

    `chosen_change()` is the part the planner accepted. `check` (optional) dry-runs a change;
    Apply stays in the dialog and shows the problems when the chosen part is not valid alone
    (e.g. an assignment whose new actor was left out).
    """

    def __init__(
        self,
        review: Review,
        plan_name: str,
        check: Callable[[PlanChange], list[Problem]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.review = review
        self.change: PlanChange = review.change
        self._check = check
        self.setObjectName("changeReview")
        self.setWindowTitle(self.tr("Review the workbook's changes to {0}").format(plan_name))
        self.resize(900, 600)
        counts = self.change.counts()
        summary = QLabel(
            self.tr(
                "The workbook adds {0}, changes {1} and removes {2} rows of “{3}”. "
                "Tick what you accept; nothing is written until you apply."
            ).format(counts["added"], counts["changed"], counts["removed"], plan_name),
            self,
        )
        summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("changeTree")
        self.tree.setAccessibleName(self.tr("Changes in the workbook"))
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Kind")])
        self.tree.setColumnWidth(0, 700)
        self.items: list[QTreeWidgetItem] = []
        self.settings_item: QTreeWidgetItem | None = None
        before, after = review.before, review.after
        kind_labels = {
            "added": self.tr("added"),
            "changed": self.tr("changed"),
            "removed": self.tr("removed"),
        }
        if self.change.settings:
            group = QTreeWidgetItem(self.tree, [self.tr("Summary (plan settings)"), ""])
            lines = describe_change(before, after, PlanChange(self.change.settings, ()))
            item = QTreeWidgetItem(group, ["; ".join(lines), kind_labels["changed"]])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, KIND_ROLE, "settings")
            self.settings_item = item
            group.setExpanded(True)
        groups: dict[type, QTreeWidgetItem] = {}
        present = {e.entity_type for e in self.change.entities}
        for cls in ENTITY_TYPES:  # in workbook order; a box per sheet ticks all of its rows
            if cls in present:
                group = QTreeWidgetItem(self.tree, [SHEETS[cls], ""])
                group.setFlags(
                    group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
                )
                group.setCheckState(0, Qt.CheckState.Checked)
                group.setExpanded(True)
                groups[cls] = group
        for i, e in enumerate(self.change.entities):
            group = groups[e.entity_type]
            line = describe_change(before, after, PlanChange((), (e,)))
            item = QTreeWidgetItem(group, [line[0] if line else "", kind_labels[e.kind]])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, INDEX_ROLE, i)
            item.setToolTip(0, line[0] if line else "")
            self.items.append(item)
        for cls, group in groups.items():
            group.setText(0, f"{SHEETS[cls]} ({group.childCount()})")
        self.warnings = QLabel("\n".join(review.warnings), self)
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(review.warnings))
        self.problems = QLabel(self)
        self.problems.setObjectName("reviewProblems")
        self.problems.setStyleSheet(f"color: {error_colors(self.palette())[0].name()};")
        self.problems.setWordWrap(True)

        all_button = QPushButton(self.tr("Select &all"), self)
        none_button = QPushButton(self.tr("Select &none"), self)
        all_button.clicked.connect(lambda: self.set_all(True))
        none_button.clicked.connect(lambda: self.set_all(False))
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply selected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.problems)
        layout.addLayout(row)
        if self.change.is_empty():
            self.problems.setText(self.tr("The workbook holds no changes to this plan."))
            self.apply_button.setEnabled(False)

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in [*self.items, *([self.settings_item] if self.settings_item else [])]:
            item.setCheckState(0, state)

    def set_checked(self, index: int, checked: bool) -> None:
        self.items[index].setCheckState(
            0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )

    def chosen_indexes(self) -> list[int]:
        return [
            int(item.data(0, INDEX_ROLE))
            for item in self.items
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def chosen_change(self) -> PlanChange:
        settings = (
            self.settings_item is not None
            and self.settings_item.checkState(0) == Qt.CheckState.Checked
        )
        return self.change.subset(self.chosen_indexes(), settings=settings)

    def accept(self) -> None:
        change = self.chosen_change()
        if change.is_empty():
            self.problems.setText(self.tr("Nothing is selected."))
            return
        if self._check is not None:
            problems = self._check(change)
            if problems:
                self.problems.setText(
                    self.tr("The selected changes cannot be applied alone:\n{0}").format(
                        "\n".join(str(p) for p in problems[:8])
                    )
                )
                return
        super().accept()


class BackupsDialog(QDialog):
    """The workspace's backups, newest first; Restore replaces the workspace by one."""

    def __init__(self, backups: Sequence[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 400)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        for b in backups:
            text = self.tr("{0} — {1} ({2} KB)").format(
                b.created.strftime("%Y-%m-%d %H:%M:%S"),
                b.reason or self.tr("backup"),
                f"{max(1, b.size // 1024):,}",
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
        if backups:
            self.list.setCurrentRow(0)
        note = QLabel(
            self.tr(
                "A backup is made before every import and restore. Restoring replaces the whole "
                "workspace by the backup; the current workspace is backed up first."
            )
            if backups
            else self.tr("This workspace has no backups yet."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


def user_guide_path(language: str | None = None) -> Path | None:
    """The user guide in the window's language (`USER_GUIDE.fr.md` in French), else the
    English one: the copy shipped with the package, or docs/ of a source tree."""
    from .. import i18n

    code = language if language is not None else i18n.language()
    here = Path(__file__).resolve()
    names = [f"USER_GUIDE.{code}.md"] if code != "en" else []
    names.append("USER_GUIDE.md")
    for name in names:
        for folder in (here.parents[1] / "resources", here.parents[3] / "docs"):
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 700)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        path = user_guide_path()
        if path is not None:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(
                self.tr("The user guide (docs/USER_GUIDE.md) is not installed with this copy.")
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def show_guide(parent: QWidget) -> None:
    dialog = GuideDialog(parent)
    dialog.exec()
    dialog.deleteLater()


def show_about(parent: QWidget, workspace: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from .. import __version__

    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Transition Planner"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Transition Planner {0}</h3><p>Plan UN transitions (PKO → SPM → UN "
            "country team) and see every gap in continuity of care.</p>"
            "<p>Workspace: {1}</p>",
        ).format(__version__, workspace),
    )
