"""First-run vault creation and the unlock dialog; key derivation runs in the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from fieldapp.services.session import MIN_PASSPHRASE_LENGTH, Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.i18n import Languages
from fieldapp.ui.language_combo import LanguageCombo
from fieldapp.ui.tasks import TaskRunner


def passphrase_strength(passphrase: str) -> int:
    """0 (unusable) to 4 (strong): a rough hint from length and variety, not a guarantee."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    variety = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    score = 1
    if len(passphrase) >= 12:
        score += 1
    if len(passphrase) >= 16 or words >= 3:
        score += 1
    if variety >= 3 or words >= 4:
        score += 1
    return min(score, 4)


class _SessionDialog(DialogBase):
    """A dialog whose main action (unlock, create, rewrap) runs in the worker and gives a
    session back."""

    error_shown = Signal(str)
    failed = Signal(object)  # the exception, for callers that act on particular errors

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None,
                 languages: Languages | None = None) -> None:
        super().__init__(Buttons.Ok | Buttons.Cancel, parent)
        self._runner = runner
        self.session: Session | None = None
        self.buttons.accepted.connect(self.submit)
        # Before the main window there is no menu: the language is chosen here.
        self.language: LanguageCombo | None = None
        if languages is not None:
            self.language = LanguageCombo(languages)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.language)
            self.frame.insertLayout(0, row)

    def retranslate_cancel(self, text: str) -> None:
        self.buttons.button(Buttons.Cancel).setText(text)

    def submit(self) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[], Session]) -> None:
        self.run_busy(self._runner, lambda job: work(), self._done, self._failed)

    def _done(self, session: Session) -> None:
        self.session = session
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.show_error(error)
        self.on_failure()
        self.error_shown.emit(self.error.text())
        self.failed.emit(error)

    def on_failure(self) -> None:
        """Hook for dialogs to reset fields after a failed attempt."""


class NewPassphraseFields(QObject):
    """A new passphrase typed twice, with a live strength hint; shared by two dialogs."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.passphrase.textChanged.connect(self.update)
        self.repeat.textChanged.connect(self.update)
        self.update()

    def text(self) -> str:
        return self.passphrase.text()

    def is_acceptable(self) -> bool:
        return (passphrase_strength(self.passphrase.text()) > 0
                and self.passphrase.text() == self.repeat.text())

    def update(self) -> None:
        # Translated in the create dialog's context, where these strings were first written.
        translate = QCoreApplication.translate
        score = passphrase_strength(self.passphrase.text())
        hints = [
            # The minimum is fixed (8): one sentence, its number filled in (Python's lupdate
            # does not see a count passed to translate(), so %n forms would never be found).
            translate("CreateVaultDialog", "too short: at least %1 characters").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)),
            translate("CreateVaultDialog", "weak: add more words"),
            translate("CreateVaultDialog", "fair"),
            translate("CreateVaultDialog", "good"),
            translate("CreateVaultDialog", "strong"),
        ]
        colours = ["#b00020", "#b00020", "#8a6d00", "#2e7d32", "#2e7d32"]
        hint = hints[score]
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            hint += " — " + translate("CreateVaultDialog", "the two passphrases differ")
        self.strength.setText(f"<span style='color:{colours[score]}'>{hint}</span>")
        self.changed.emit()


class CreateVaultDialog(_SessionDialog):
    """Role, name and passphrase (twice, with a strength hint) for a new vault."""

    def __init__(
        self,
        runner: TaskRunner,
        create: Callable[[str, str, str], Session],
        parent: QWidget | None = None,
        notice: str = "",
        languages: Languages | None = None,
    ) -> None:
        super().__init__(runner, parent, languages)
        self._create = create
        # Why the person is creating a vault again (the last one was deleted), if they are.
        self.notice = QLabel(notice)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("font-weight: bold;")
        self.notice.setVisible(bool(notice))
        self.role = QComboBox()
        self.role.addItem("", "observer")
        self.role.addItem("", "office")
        self.name = QLineEdit()
        self.new = NewPassphraseFields(self)
        self.passphrase, self.repeat, self.strength = (
            self.new.passphrase, self.new.repeat, self.new.strength)
        self.new.changed.connect(self._update)
        self.name.textChanged.connect(self._update)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        fields = (self.role, self.name, self.passphrase, self.repeat, self.strength)
        for label, widget in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, widget)
        # Above the intro (below the language): it says why we are here.
        self.frame.insertWidget(1 if self.language else 0, self.notice)
        self.add_body(self.form)
        self.setMinimumWidth(460)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create your vault"))
        self.set_intro(self.tr(
            "Everything you record is kept in an encrypted vault on this computer."
            " Choose a passphrase you can remember: without it nobody, including you,"
            " can open the vault."
        ))
        self.role.setItemText(0, self.tr("Regional observer"))
        self.role.setItemText(1, self.tr("Central office (coordinator)"))
        labels = (self.tr("Role"), self.tr("Name"), self.tr("Passphrase"),
                  self.tr("Repeat passphrase"), self.tr("Strength"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Pavlodar observer"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Create vault"))
        self.retranslate_cancel(self.tr("Quit"))
        self.new.update()

    def _update(self) -> None:
        self.set_accept_enabled(self.new.is_acceptable() and bool(self.name.text().strip()))

    def submit(self) -> None:
        role = str(self.role.currentData())
        name, passphrase = self.name.text(), self.passphrase.text()
        self._run(lambda: self._create(role, name, passphrase))


class ChangePassphraseDialog(_SessionDialog):
    """The current passphrase (so an unlocked, unattended laptop can't be taken over) and a
    new one twice. `change(current, new)` runs in the worker and returns the session."""

    def __init__(
        self,
        runner: TaskRunner,
        change: Callable[[str, str], Session],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._change = change
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.new = NewPassphraseFields(self)
        self.new.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        fields = (self.current, self.new.passphrase, self.new.repeat, self.new.strength)
        for label, widget in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, widget)
        self.add_body(self.form)
        self.setMinimumWidth(460)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        labels = (self.tr("Current passphrase"), self.tr("New passphrase"),
                  self.tr("Repeat new passphrase"), self.tr("Strength"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.buttons.button(Buttons.Ok).setText(self.tr("Change passphrase"))
        self.retranslate_cancel(self.tr("Keep the current one"))
        self.new.update()

    def _update(self) -> None:
        self.set_accept_enabled(self.new.is_acceptable() and bool(self.current.text()))

    def submit(self) -> None:
        current, new = self.current.text(), self.new.text()
        self._run(lambda: self._change(current, new))

    def on_failure(self) -> None:
        self.current.clear()
        self.current.setFocus()


class UnlockDialog(_SessionDialog):
    """Asks for the passphrase; a wrong one is said plainly and the field cleared. When the
    vault is wiped after wrong passphrases, says so before the first try and counts the
    tries left after each failure (`wipe_countdown`: failures so far and tries left, or
    None when the wipe is off; read again after every failure)."""

    def __init__(
        self,
        runner: TaskRunner,
        unlock: Callable[[str], Session],
        vault_dir: Path,
        hint: str = "",
        parent: QWidget | None = None,
        wipe_countdown: Callable[[], tuple[int, int] | None] | None = None,
        languages: Languages | None = None,
    ) -> None:
        super().__init__(runner, parent, languages)
        self._unlock = unlock
        self._vault_dir = vault_dir
        self._hint = hint
        self._wipe_countdown = wipe_countdown
        self._countdown: tuple[int, int] | None = None
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(hint)
        self.hint.setVisible(bool(hint))
        self.wipe_note = QLabel()
        self.wipe_note.setWordWrap(True)
        self.add_body(self.passphrase)
        self.add_body(self.hint)
        self.add_body(self.wipe_note)
        self.setMinimumWidth(420)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._read_countdown()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock vault"))
        self.set_intro(self.tr("Enter the passphrase of the vault in %1.").replace(
            "%1", str(self._vault_dir)))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Unlock"))
        self.retranslate_cancel(self.tr("Not now"))
        self._show_countdown()

    def _read_countdown(self) -> None:
        try:
            self._countdown = self._wipe_countdown() if self._wipe_countdown else None
        except OSError:  # the settings could not be read: say nothing rather than guess
            self._countdown = None

    def _show_countdown(self) -> None:
        self.wipe_note.setVisible(self._countdown is not None)
        if self._countdown is None:
            return
        failures, left = self._countdown
        if failures == 0:
            # Before any wrong try: a plain note, so nobody is surprised by the wipe.
            self.wipe_note.setStyleSheet("")
            self.wipe_note.setText(
                self.tr("This vault is erased at the first wrong passphrase.") if left == 1
                else self.tr("This vault is erased after %n wrong passphrases in a row.", "",
                             left))
            return
        self.wipe_note.setStyleSheet("color: #b00020; font-weight: bold;")
        if left == 1:
            self.wipe_note.setText(self.tr(
                "One try left: one more wrong passphrase erases this vault."))
        else:
            self.wipe_note.setText(self.tr(
                "%n tries left before this vault is erased.", "", left))

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        self._run(lambda: self._unlock(passphrase))

    def on_failure(self) -> None:
        self.passphrase.clear()
        self.passphrase.setFocus()
        self._read_countdown()
        self._show_countdown()
