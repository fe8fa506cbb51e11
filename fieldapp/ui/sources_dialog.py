"""Office only: open one record's sealed sources with the source key and its passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from fieldapp.services.session import Session
from fieldapp.services.sources import show_sources
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.list_models import SourcesModel
from fieldapp.ui.row_table import RowTableView
from fieldapp.ui.tasks import TaskRunner


class SourcesDialog(DialogBase):
    """The names stay in this dialog's memory only, and are dropped when it closes: the table
    copies nothing to the clipboard, where other programs could read them."""

    unsealed = Signal(int)

    def __init__(
        self,
        session: Session,
        record_id: str,
        runner: TaskRunner,
        choose_key: Callable[[QWidget], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Buttons.Ok | Buttons.Close, parent)
        self._session = session
        self._record_id = record_id
        self._runner = runner
        self._choose_key = choose_key
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
        self.model = SourcesModel(self)
        self.table = RowTableView(self.model, copyable=False)
        self.table.hide()
        self.buttons.accepted.connect(self.unseal)
        self.finished.connect(lambda _: self.model.set_rows([]))
        self.add_body(self.form)
        # Below the error line, as the answer to the form above it.
        self.frame.insertWidget(self.frame.indexOf(self.buttons), self.table)
        self.resize(640, 360)
        self.retranslate()

    def _browse(self) -> None:
        path = self._choose_key(self)
        if path is not None:
            self.key_path.setText(str(path))

    def unseal(self) -> None:
        session, record_id = self._session, self._record_id
        key, passphrase = Path(self.key_path.text()), self.passphrase.text()
        self.run_busy(self._runner, lambda job: show_sources(session, record_id, key, passphrase),
                      self._shown, self._failed)

    def _shown(self, found: list[dict[str, str]]) -> None:
        self.passphrase.clear()
        self.model.set_rows(found)
        self.table.show()
        self.unsealed.emit(len(found))

    def _failed(self, error: Exception) -> None:
        self.passphrase.clear()
        self.show_error(error)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sources of information"))
        self.set_intro(self.tr("These sources are sealed for the office's source key."
                               " Opening them is recorded in the audit log."))
        self.key_label.setText(self.tr("Source key file"))
        self.passphrase_label.setText(self.tr("Its passphrase"))
        self.browse.setText(self.tr("Choose…"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Unseal"))
        self.model.retranslate()
