"""Export (observer) and import (office) dialogs; the work runs in the worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.cli.messages import message
from fieldapp.errors import FieldappError
from fieldapp.services.export import ExportResult, export_bundle, plan_export
from fieldapp.services.importing import ImportReport, import_bundles
from fieldapp.services.session import Session
from fieldapp.ui.tasks import Job, TaskRunner
from fieldapp.ui.widgets import error_label, show_error_text, user_message


class ExportDialog(QDialog):
    """Choose a destination (a USB stick), see what will go out, export with progress."""

    exported = Signal(object)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        choose_folder: Callable[[QWidget], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._choose_folder = choose_folder
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.everything = QCheckBox()
        self.everything.toggled.connect(self._update_summary)
        self.progress = QProgressBar()
        self.progress.hide()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.everything)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _browse(self) -> None:
        folder = self._choose_folder(self)
        if folder is not None:
            self.folder.setText(str(folder))
        self._update_summary()

    def _update_summary(self) -> None:
        if self._session.vault.is_locked:
            return
        try:
            plan = plan_export(self._session, self.everything.isChecked())
        except FieldappError as error:
            show_error_text(self.error, user_message(error))
            self._ok().setEnabled(False)
            return
        self.summary.setText(self.tr(
            "To %1: %2 change(s) to %3 record(s) and %4 attachment(s). The bundle is signed"
            " and encrypted; only the office can open it, and its name and size say nothing"
            " about you.")
            .replace("%1", plan.office).replace("%2", str(plan.versions))
            .replace("%3", str(plan.records)).replace("%4", str(plan.attachments)))
        self._ok().setEnabled(bool(self.folder.text()))

    def start(self) -> None:
        folder = Path(self.folder.text())
        everything = self.everything.isChecked()
        session = self._session
        self._ok().setEnabled(False)
        self.error.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.outcome.setText(self.tr("Signing and encrypting…"))

        def work(job: Job) -> ExportResult | None:
            return export_bundle(session, folder, everything, progress=job.progress.emit)

        self._runner.submit(work, self._done, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: ExportResult | None) -> None:
        self.progress.hide()
        if result is None:
            self.outcome.setText(self.tr("Nothing new to export; no bundle was written."))
        else:
            self.outcome.setText(self.tr("Written: %1 (%2 change(s), %3 attachment(s)). Take it"
                                        " to the office; you may delete it once they have it.")
                                .replace("%1", str(result.path))
                                .replace("%2", str(result.versions))
                                .replace("%3", str(result.attachments)))
        self._update_summary()
        self.exported.emit(result)

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.outcome.clear()
        show_error_text(self.error, user_message(error))
        self._ok().setEnabled(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for the office"))
        self.browse.setText(self.tr("Choose folder…"))
        self.folder.setPlaceholderText(self.tr("Where to write the bundle, e.g. a USB stick"))
        self.everything.setText(self.tr("Export everything again, not only what is new"))
        self._ok().setText(self.tr("Export"))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ImportDialog(QDialog):
    """Several bundles at once; each row says what happened and why; never freezes."""

    finished_all = Signal(list)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        choose_bundles: Callable[[QWidget], list[Path]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._choose_bundles = choose_bundles
        self.paths: list[Path] = []
        self.reports: list[ImportReport] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.table = QTableWidget(0, 3)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 110)
        self.table.verticalHeader().hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.add_button)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(780, 420)
        self.retranslate()
        self._ok().setEnabled(False)

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _add(self) -> None:
        for path in self._choose_bundles(self):
            if path not in self.paths:
                self.paths.append(path)
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, QTableWidgetItem(path.name))
                self.table.setItem(row, 1, QTableWidgetItem(self.tr("waiting")))
                self.table.setItem(row, 2, QTableWidgetItem(""))
        self._ok().setEnabled(bool(self.paths))

    def start(self) -> None:
        session, paths = self._session, list(self.paths)
        self._ok().setEnabled(False)
        self.add_button.setEnabled(False)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()

        def work(job: Job) -> list[ImportReport]:
            return import_bundles(session, paths,
                                  lambda index, _: job.progress.emit(index + 1, len(paths)))

        self._runner.submit(work, self._done, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _done(self, reports: list[ImportReport]) -> None:
        self.reports = reports
        self.progress.hide()
        for row, report in enumerate(reports):
            self.table.setItem(row, 1, QTableWidgetItem(self.status_text(report)))
            self.table.setItem(row, 2, QTableWidgetItem(self.detail_text(report)))
        self.table.resizeRowsToContents()
        self.paths.clear()
        self.add_button.setEnabled(True)
        self.finished_all.emit(reports)

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.add_button.setEnabled(True)
        self.table.setItem(0, 2, QTableWidgetItem(user_message(error)))

    def status_text(self, report: ImportReport) -> str:
        return {"accepted": self.tr("accepted"), "rejected": self.tr("rejected"),
                "duplicate": self.tr("already imported")}[report.status]

    def detail_text(self, report: ImportReport) -> str:
        if report.status == "rejected":
            checks = {"size": self.tr("size"), "decrypt": self.tr("decryption"),
                      "archive": self.tr("archive"), "signature": self.tr("signature"),
                      "manifest": self.tr("manifest"), "records": self.tr("records"),
                      "attachments": self.tr("attachments")}
            check = checks.get(report.check or "", report.check or "")
            return self.tr("%1 check failed: %2").replace("%1", check) \
                .replace("%2", message(report.code, report.params) if report.code else "")
        if report.status == "duplicate":
            return self.tr("Nothing changed.")
        if report.kind == "roster":
            return self.tr("Roster version %1 from %2.").replace("%1", str(report.sequence)) \
                .replace("%2", report.sender or "")
        text = (self.tr("From %1, bundle %2: %3 new, %4 updated, %5 unchanged, %6 in conflict.")
                .replace("%1", report.sender or "").replace("%2", str(report.sequence))
                .replace("%3", str(report.new)).replace("%4", str(report.updated))
                .replace("%5", str(report.unchanged)).replace("%6", str(report.in_conflict)))
        if report.missing_sequences:
            text += " " + self.tr("Bundles not yet received: %1.").replace(
                "%1", ", ".join(str(n) for n in report.missing_sequences))
        return text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import bundles"))
        self.intro.setText(self.tr("Each bundle is decrypted, its signature checked against"
                                   " the enrolled observers, and merged in one step; a bundle"
                                   " that fails any check changes nothing."))
        self.add_button.setText(self.tr("Add bundles…"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"),
                                              self.tr("Details")])
        self._ok().setText(self.tr("Import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
