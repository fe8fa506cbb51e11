"""Office only: open one record's sealed sources with the source key and its passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.session import Session
from fieldapp.services.sources import show_sources
from fieldapp.ui.tasks import TaskRunner
from fieldapp.ui.widgets import error_label, show_error_text, user_message


class SourcesDialog(QDialog):
    """The names stay in this dialog's memory only, and are dropped when it closes."""

    unsealed = Signal(int)

    def __init__(
        self,
        session: Session,
        record_id: str,
        runner: TaskRunner,
        choose_key: Callable[[QWidget], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._record_id = record_id
        self._runner = runner
        self._choose_key = choose_key
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key_path = QLineEdit()
        self.key_path.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        row = QHBoxLayout()
        row.addWidget(self.key_path, 1)
        row.addWidget(self.browse)
        self.form = QFormLayout()
        self.key_label, self.passphrase_label = QLabel(), QLabel()
        self.form.addRow(self.key_label, row)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.unseal)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(lambda _: self.table.setRowCount(0))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(640, 360)
        self.retranslate()

    def _browse(self) -> None:
        path = self._choose_key(self)
        if path is not None:
            self.key_path.setText(str(path))

    def unseal(self) -> None:
        session, record_id = self._session, self._record_id
        key, passphrase = Path(self.key_path.text()), self.passphrase.text()
        self.error.hide()
        self.busy.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._runner.submit(lambda job: show_sources(session, record_id, key, passphrase),
                            self._shown, self._failed)

    def _shown(self, found: list[dict[str, str]]) -> None:
        self.busy.hide()
        self.passphrase.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            for column, key in enumerate(("name", "contact", "note")):
                self.table.setItem(row, column, QTableWidgetItem(item.get(key, "")))
        self.table.show()
        self.unsealed.emit(len(found))

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.passphrase.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        show_error_text(self.error, user_message(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sources of information"))
        self.intro.setText(self.tr("These sources are sealed for the office's source key."
                                   " Opening them is recorded in the audit log."))
        self.key_label.setText(self.tr("Source key file"))
        self.passphrase_label.setText(self.tr("Its passphrase"))
        self.browse.setText(self.tr("Choose…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unseal"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Contact"),
                                              self.tr("Note")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
