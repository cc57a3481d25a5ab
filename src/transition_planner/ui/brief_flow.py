"""File → Export brief: the planner chooses the file (an A4 PDF) and the language, and the brief is
written in the background by the window's one `Operation` runner, like a workbook export.

The plan and the day are taken on the GUI thread; the worker analyses the plan as of that day in
the brief's language (the findings' sentences are the brief's words) and writes the PDF
atomically: nothing is left behind when it fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..domain.model import Plan
from ..i18n import LANGUAGES, format_day, language
from . import settings as S
from .operations import Operation, OperationRunner, RunningWork
from .plan_flows import Notifier
from .session import WorkspaceSession
from .workbook_flows import file_name


@dataclass(frozen=True)
class BriefRequest:
    path: Path
    language: str


class BriefDialog(QDialog):
    """The file and the language of a brief."""

    def __init__(self, plan: Plan, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        self.setWindowTitle(self.tr("Export brief"))
        intro = QLabel(
            self.tr(
                "The brief of “{0}”: an A4 PDF of at most two pages for a Head of Mission or "
                "a Resident Coordinator, as of {1}."
            ).format(plan.name, format_day(date.today())),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(start / f"{file_name(plan.name)} brief.pdf"), self)
        self.path_edit.setObjectName("briefPath")
        self.path_edit.setAccessibleName(self.tr("File of the brief"))
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("briefBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("briefLanguage")
        self.language_box.setAccessibleName(self.tr("Language of the brief"))
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language())))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export brief"),
            self.path_edit.text(),
            self.tr("PDF document (*.pdf)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def request(self) -> BriefRequest:
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return BriefRequest(path, str(self.language_box.currentData()))


class BriefFlow(QObject):
    def __init__(
        self,
        parent: QWidget,
        session: WorkspaceSession,
        operations: OperationRunner,
        notifier: Notifier,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.operations = operations
        self.notifier = notifier
        #: the dialog while it is open (tests and screenshots look at it)
        self.dialog: BriefDialog | None = None

    def ask(self, plan: Plan) -> BriefRequest | None:
        start = Path(self.session.settings.get(S.LAST_DIRECTORY) or str(Path.home()))
        dialog = BriefDialog(plan, start, self.parent_widget)
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.request()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def export_brief(self, path: Path | None = None, lang: str | None = None) -> RunningWork | None:
        """Write the shown plan's brief (asking for the file and language when not given)."""
        plan = self.session.plan
        service = self.session.service
        if service is None or plan is None:
            return None
        if path is None:
            request = self.ask(plan)
            if request is None:
                return None
        else:
            request = BriefRequest(Path(path), lang or language())
        target = request.path
        title = self.tr("Cannot write the brief")
        if target.suffix.lower() != ".pdf":
            self.notifier.show_error(
                title, self.tr("{0}: the brief's name must end in .pdf").format(target)
            )
            return None
        if not target.parent.is_dir():
            self.notifier.show_error(
                title,
                self.tr("{0}: the folder {1} does not exist; nothing was written.").format(
                    target.name, target.parent
                ),
            )
            return None
        refusal = service.output_refusal(target)
        if refusal:
            self.notifier.show_error(title, refusal)
            return None
        self.session.settings.set(S.LAST_DIRECTORY, str(target.parent))
        as_of = date.today()
        chosen = request.language
        name = plan.name

        def write() -> Path:
            from ..brief import write_brief
            from ..domain.analysis import analyse
            from ..i18n import use_language

            if chosen == language():
                return write_brief(plan, analyse(plan, as_of), as_of, target)
            with use_language(chosen):
                return write_brief(plan, analyse(plan, as_of), as_of, target)

        def failed(error: Exception) -> None:
            if isinstance(error, LookupError):
                text = self.tr(
                    "The {0} translation is not in this build; write the brief in English."
                ).format(LANGUAGES.get(chosen, chosen))
            else:
                text = self.tr("{0}: {1}\nNothing was written.").format(target, error)
            self.notifier.show_error(title, text)

        return (
            Operation(
                self.operations,
                write,
                label=self.tr("Writing the brief {0}…").format(target.name),
                error_title=title,
            )
            .success(
                lambda written: self.notifier.show_message(
                    self.tr("Wrote the brief of {0} to {1}").format(name, written)
                )
            )
            .failure(failed)
            .run_in_background()
        )
