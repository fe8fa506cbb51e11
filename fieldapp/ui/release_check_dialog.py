"""Check a download: is this installer the one the office released? (Help menu.)

Observers do not use terminals: this is `fieldapp verify-release` as a window. The list of
checksums and its signature are looked for beside the chosen file; the check runs in the
worker, since hashing an installer takes a moment."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fieldapp.errors import InvalidInput
from fieldapp.services.release import Verdict, verify_release
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.error_text import user_message
from fieldapp.ui.tasks import Job, TaskRunner

SUMS_NAME = "SHA256SUMS"
SIGNATURE_NAME = "SHA256SUMS.sig"
_GOOD = "color: #1b5e20; font-weight: bold;"
_BAD = "color: #b00020; font-weight: bold;"


class _PathRow(QWidget):
    """A path the user may type or pick with a Choose… button."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.choose = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


class ReleaseCheckDialog(DialogBase):
    """Pick the downloaded file; Check says in plain words whether to install it."""

    checked = Signal(object)  # the Verdict, or the exception that refused the file

    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(Buttons.Ok | Buttons.Close, parent)
        # Opened from the Help menu, with or without a vault, it brings its own worker: a
        # thread that runs only while a check does, so no thread outlives the dialog.
        self._shared_runner = runner
        self._own_runner: TaskRunner | None = None
        self.file = _PathRow()
        self.sums = _PathRow()
        self.signature = _PathRow()
        self.signers = _PathRow()
        self.file.choose.clicked.connect(self._choose_file)
        for index, row in enumerate((self.sums, self.signature, self.signers), start=1):
            row.choose.clicked.connect(lambda _=False, i=index: self._choose_into(i))
        for row in (self.file, self.sums, self.signature):
            row.edit.textChanged.connect(self._update_ready)
        self.rows = (self.file, self.sums, self.signature, self.signers)
        self.form = QFormLayout()
        # Labels above their fields: long ones (Kazakh, Russian) would squeeze the paths.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.labels = [QLabel() for _ in self.rows]
        for label, row in zip(self.labels, self.rows, strict=True):
            label.setBuddy(row.edit)
            self.form.addRow(label, row)
        self.add_body(self.form)
        self.verdict_label = QLabel()
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        self.verdict_label.setWordWrap(True)
        self.verdict_label.hide()
        self.add_body(self.verdict_label)
        self.outcome: Verdict | Exception | None = None
        self.buttons.accepted.connect(self.start)
        self.setMinimumWidth(560)
        self.retranslate()
        self._update_ready()

    # -- choosing the files -------------------------------------------------------------------

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The downloaded file"))
        if name:
            self.set_file(Path(name))

    def _choose_into(self, index: int) -> None:
        row = self.rows[index]
        chosen = self.file.path()
        start = str(chosen.parent) if chosen is not None else ""
        name, _ = QFileDialog.getOpenFileName(self, self.labels[index].text(), start)
        if name:
            row.edit.setText(name)

    def set_file(self, path: Path) -> None:
        """The file to check; SHA256SUMS and its .sig beside it are taken when there."""
        self.file.edit.setText(str(path))
        for row, name in ((self.sums, SUMS_NAME), (self.signature, SIGNATURE_NAME)):
            beside = path.parent / name
            if beside.is_file():
                row.edit.setText(str(beside))
        self._forget_outcome()

    def _forget_outcome(self) -> None:
        self.outcome = None
        self.verdict_label.hide()

    def _update_ready(self) -> None:
        self.set_accept_enabled(all(row.path() for row in (self.file, self.sums,
                                                           self.signature)))

    # -- the check --------------------------------------------------------------------------

    def start(self) -> None:
        file, sums, signature = self.file.path(), self.sums.path(), self.signature.path()
        if file is None or sums is None or signature is None:
            return
        signers = self.signers.path()
        self._forget_outcome()

        def work(job: Job) -> Verdict:
            return verify_release(sums, signature, file, signers)

        runner = self._shared_runner
        if runner is None:
            runner = self._own_runner = TaskRunner(self)
        self.run_busy(runner, work, self._done, self._failed)

    def _stop_own_runner(self) -> None:
        if self._own_runner is not None:
            self._own_runner.shutdown()  # waits for a check still hashing
            self._own_runner.deleteLater()
            self._own_runner = None

    def done(self, result: int) -> None:
        self._stop_own_runner()
        super().done(result)

    def _done(self, verdict: Verdict) -> None:
        self._stop_own_runner()
        self.outcome = verdict
        self._show_outcome()
        self.checked.emit(verdict)

    def _failed(self, error: Exception) -> None:
        self._stop_own_runner()
        self.outcome = error
        self._show_outcome()
        self.checked.emit(error)

    def _show_outcome(self) -> None:
        """The last check's result in plain words, in the current language."""
        outcome = self.outcome
        if outcome is None:
            return
        if isinstance(outcome, Verdict):
            self._show(_GOOD, self._genuine_text(outcome))
            return
        if isinstance(outcome, InvalidInput):
            headline = self.tr("The file could not be checked.")
        else:
            headline = self.tr("Do not install this file.")
        self._show(_BAD, f"{headline} {user_message(outcome)}")

    def _genuine_text(self, verdict: Verdict) -> str:
        return (self.tr(
            "Genuine: %1 is the file the office released, and you can install it. The list"
            " of checksums is signed by %2 with the key %3; if the office read its key out to"
            " you, it is this one.")
            .replace("%1", verdict.file).replace("%2", verdict.signer)
            .replace("%3", verdict.fingerprint))

    def _show(self, style: str, text: str) -> None:
        self.verdict_label.setStyleSheet(style)
        self.verdict_label.setText(text)
        self.verdict_label.show()
        # The verdict joins a dialog already shown: it grows to hold it, rather than squeeze.
        layout = self.frame
        layout.activate()
        wanted = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else self.sizeHint().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check a download"))
        self.set_intro(self.tr(
            "Before you install fieldapp from a download, check that the file is the one the"
            " office released and that nobody changed it on the way. Keep the files"
            " SHA256SUMS and SHA256SUMS.sig from the same place beside the downloaded file."))
        texts = (self.tr("Downloaded file:"), self.tr("List of checksums (SHA256SUMS):"),
                 self.tr("Signature (SHA256SUMS.sig):"),
                 self.tr("Release keys from the office (if they gave you a file):"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for row in self.rows:
            row.choose.setText(self.tr("Choose…"))
        self.signers.edit.setPlaceholderText(self.tr("Optional: allowed_signers"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Check"))
        self._show_outcome()
