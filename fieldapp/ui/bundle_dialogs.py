"""Export (observer) and import (office) dialogs; the work runs in the worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.export import ExportResult, export_bundle, plan_export
from fieldapp.services.importing import ImportReport, import_bundles
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.error_text import user_message
from fieldapp.ui.list_models import ImportResultsModel, ImportRow
from fieldapp.ui.row_table import RowTableView
from fieldapp.ui.tasks import Job, TaskRunner


class ExportDialog(DialogBase):
    """Choose a destination (a USB stick), see what will go out, export with progress."""

    exported = Signal(object)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        choose_folder: Callable[[QWidget], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Buttons.Ok | Buttons.Close, parent, status_line=True)
        self._session = session
        self._runner = runner
        self._choose_folder = choose_folder
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.everything = QCheckBox()
        self.everything.toggled.connect(self._update_summary)
        self.buttons.accepted.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.add_body(row)
        self.add_body(self.everything)
        self.setMinimumWidth(520)
        self.retranslate()

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
            self.show_error(error)
            self.set_accept_enabled(False)
            return
        if plan.versions == 0:
            # Nothing to send: say so, and what would make an export worth it.
            everything = self.everything.isChecked() or not plan_export(
                self._session, True).versions
            self.set_intro(self.tr(
                "Nothing to send yet: the vault has no records. Record something first"
                " (New record, Ctrl+N).") if everything else self.tr(
                "Nothing new to send: the office has everything up to your last export."
                " Record or edit something first, or tick the box below to send it all"
                " again."))
            self.set_accept_enabled(False)
            return
        cases = (" " + self.tr("%n cases opened or changed go with them.", "", plan.cases)
                 if plan.cases else "")
        self.set_intro(self.tr(
            "To %1. Changes: %2 (records: %3), attachments: %4. The bundle is signed"
            " and encrypted; only the office can open it, and its name and size say nothing"
            " about you.")
            .replace("%1", plan.office).replace("%2", str(plan.versions))
            .replace("%3", str(plan.records)).replace("%4", str(plan.attachments)) + cases)
        self.set_accept_enabled(bool(self.folder.text()))

    def start(self) -> None:
        folder = Path(self.folder.text())
        everything = self.everything.isChecked()
        session = self._session
        self.set_status(self.tr("Signing and encrypting…"))

        def work(job: Job) -> ExportResult | None:
            return export_bundle(session, folder, everything, progress=job.progress.emit)

        self.run_busy(self._runner, work, self._done, self._failed)

    def _done(self, result: ExportResult | None) -> None:
        if result is None:
            self.set_status(self.tr("Nothing new to export; no bundle was written."))
        else:
            self.set_status(self.tr("Written: %1 (changes: %2, attachments: %3). Take it"
                                    " to the office; you may delete it once they have it.")
                            .replace("%1", str(result.path))
                            .replace("%2", str(result.versions))
                            .replace("%3", str(result.attachments)))
        self._update_summary()
        self.exported.emit(result)

    def _failed(self, error: Exception) -> None:
        self.set_status("")
        self.show_error(error)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for the office"))
        self.browse.setText(self.tr("Choose folder…"))
        self.folder.setPlaceholderText(self.tr("Where to write the bundle, e.g. a USB stick"))
        self.everything.setText(self.tr("Export everything again, not only what is new"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Export"))
        self._update_summary()


class ImportDialog(DialogBase):
    """Several bundles at once; each row says what happened and why; never freezes."""

    finished_all = Signal(list)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        choose_bundles: Callable[[QWidget], list[Path]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Buttons.Ok | Buttons.Close, parent)
        self._session = session
        self._runner = runner
        self._choose_bundles = choose_bundles
        self.paths: list[Path] = []
        self.reports: list[ImportReport] = []
        self._first_row = 0  # the model's row of the first bundle waiting
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.model = ImportResultsModel(self)
        self.table = RowTableView(self.model)
        self.table.wrap_rows()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 110)
        # Plain words first; which check failed, in its own terms, one click away.
        self.details = QPushButton()
        self.details.setCheckable(True)
        self.details.toggled.connect(self.model.set_technical)
        self.buttons.accepted.connect(self.start)
        self.add_body(self.add_button)
        self.add_body(self.table)
        self.add_body(self.details)
        self.resize(780, 420)
        self.retranslate()
        self.set_accept_enabled(False)

    def _add(self) -> None:
        added = [path for path in dict.fromkeys(self._choose_bundles(self))
                 if path not in self.paths]
        self.paths.extend(added)
        self.model.append_rows(ImportRow(path) for path in added)
        self.set_accept_enabled(bool(self.paths))

    def start(self) -> None:
        session, paths = self._session, list(self.paths)
        self.add_button.setEnabled(False)

        def work(job: Job) -> list[ImportReport]:
            return import_bundles(session, paths,
                                  lambda index, _: job.progress.emit(index + 1, len(paths)))

        self.run_busy(self._runner, work, self._done, self._failed, total=len(paths))

    def _done(self, reports: list[ImportReport]) -> None:
        self.reports = reports
        for offset, report in enumerate(reports):
            row = self._first_row + offset
            self.model.replace_row(row, ImportRow(self.model.row(row).path, report))
        self._first_row = self.model.rowCount()
        self.paths.clear()
        self.add_button.setEnabled(True)
        self.set_accept_enabled(False)
        self.finished_all.emit(reports)

    def _failed(self, error: Exception) -> None:
        self.add_button.setEnabled(True)
        # As before the dialog had a base: the bundles stay listed, Import waits for more.
        self.set_accept_enabled(False)
        first = self.model.row(self._first_row)
        self.model.replace_row(self._first_row, ImportRow(first.path,
                                                          failure=user_message(error)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import bundles"))
        self.set_intro(self.tr("Each bundle is decrypted, its signature checked against"
                               " the enrolled observers, and merged in one step; a bundle"
                               " that fails any check changes nothing."))
        self.add_button.setText(self.tr("Add bundles…"))
        self.details.setText(self.tr("Details"))
        self.details.setToolTip(self.tr("Show which check each refused file failed"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Import"))
        self.model.retranslate()
