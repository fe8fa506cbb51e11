"""The dashboard's way to publication: *Make bulletin…* opens the composer (the window's own
Publication action, so there is one composer), *Export tables…* writes the CSV tables of
the period the dashboard shows, computed and written in the worker with progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from fieldapp.services.reporting import write_csv_tables
from fieldapp.ui.error_text import user_message
from fieldapp.ui.publication_composer import DEFAULT_MIN_CELL, PublicationActions
from fieldapp.ui.tasks import Job, TaskRunner
from fieldapp.ui.widgets import Retranslating

Filters = dict[str, str | None]
EXPORT_STEPS = 2  # the figures computed, then the tables written


class PublishButtons(Retranslating, QWidget):
    """`compute(filters)` gives the dashboard's figures; `filters()` its current ones."""

    def __init__(self, runner: TaskRunner, compute: Callable[[Filters], dict[str, Any]],
                 filters: Callable[[], Filters], publication: PublicationActions | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._compute = compute
        self._filters = filters
        self._publication = publication
        self.status = QLabel()
        self.status.setWordWrap(True)
        # A long folder path cannot wrap: it is cut here (whole in the tooltip and the
        # message) rather than widen the dashboard past the screen.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_tables)
        self.bulletin_button = QPushButton()
        self.bulletin_button.clicked.connect(self.make_bulletin)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.export_button)
        row.addWidget(self.bulletin_button)
        # Without the window's composer (a dashboard on its own) there is nothing to lead to.
        self.setVisible(publication is not None)
        self.retranslate()

    def make_bulletin(self) -> None:
        if self._publication is not None:
            self._publication.open()

    def export_tables(self) -> None:
        publication = self._publication
        session = publication.session if publication is not None else None
        if publication is None or session is None:
            return
        folder = publication.prompts.choose_tables_folder(self)
        if folder is None:
            return
        filters = self._filters()
        compute = self._compute

        def work(job: Job) -> Path:
            job.progress.emit(0, EXPORT_STEPS)
            figures = compute(filters)
            job.progress.emit(1, EXPORT_STEPS)
            write_csv_tables(session, figures, folder, min_cell=DEFAULT_MIN_CELL)
            job.progress.emit(2, EXPORT_STEPS)
            return folder

        def done(written: Path) -> None:
            self._finished()
            message = self.tr("The tables were written to %1.").replace("%1", str(written))
            self.status.setText(message)
            self.status.setToolTip(message)
            publication.prompts.show_info(self, message)

        def failed(error: Exception) -> None:
            self._finished()
            self.status.clear()
            publication.prompts.show_error(self, user_message(error))

        self.export_button.setEnabled(False)
        self.progress.setRange(0, EXPORT_STEPS)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Writing the tables…"))
        self._runner.submit(work, done, failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export tables…"))
        self.export_button.setToolTip(self.tr(
            "Write the figures of this period as CSV tables, small counts withheld"))
        self.bulletin_button.setText(self.tr("Make bulletin…"))
        self.bulletin_button.setToolTip(self.tr(
            "Open the publication composer to write the bulletin"))
