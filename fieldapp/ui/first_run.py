"""The first-run assistant: who you are, a passphrase, the office now or later, a first record.

The vault is made when the passphrase page is left (key derivation in the worker); the pages
after it only note what the window opens once it shows (`enrol_now`, `first_record`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldapp.services.session import Session
from fieldapp.ui.error_text import user_message
from fieldapp.ui.i18n import Languages
from fieldapp.ui.language_combo import LanguageCombo
from fieldapp.ui.tasks import TaskRunner
from fieldapp.ui.vault_dialogs import NewPassphraseFields
from fieldapp.ui.widgets import Retranslating, error_label, show_error_text


def _text() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class _WhoPage(QWizardPage):
    def __init__(self, languages: Languages) -> None:
        super().__init__()
        self.language = LanguageCombo(languages)
        self.about = _text()
        self.role = QComboBox()
        self.role.addItem("", "observer")
        self.role.addItem("", "office")
        self.name = QLineEdit()
        self.name.textChanged.connect(self.completeChanged)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.labels, (self.language, self.role, self.name), strict=True):
            self.form.addRow(label, field)
        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addLayout(self.form)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class _PassphrasePage(QWizardPage):
    def __init__(self, assistant: FirstRunAssistant) -> None:
        super().__init__()
        self._assistant = assistant
        self.about = _text()
        self.new = NewPassphraseFields(self)
        self.new.changed.connect(self.completeChanged)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        fields = (self.new.passphrase, self.new.repeat, self.new.strength)
        for label, field in zip(self.labels, fields, strict=True):
            self.form.addRow(label, field)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.error = error_label()
        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addLayout(self.form)
        column.addWidget(self.busy)
        column.addWidget(self.error)
        column.addStretch(1)
        self.setCommitPage(True)  # no way back once the vault exists

    def isComplete(self) -> bool:
        return self.new.is_acceptable() and not self.busy.isVisible()

    def validatePage(self) -> bool:
        if self._assistant.session is not None:
            return True
        if not self.busy.isVisible():
            self._assistant.create_vault()
        return False


class _OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.about = _text()
        self.now = QRadioButton()
        self.later = QRadioButton()
        self.later.setChecked(True)
        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addWidget(self.now)
        column.addWidget(self.later)
        column.addStretch(1)


class _FirstRecordPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.about = _text()
        self.record_button = QPushButton()
        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addWidget(self.record_button)
        column.addStretch(1)


class FirstRunAssistant(Retranslating, QWizard):
    """`create(role, name, passphrase)` runs in the worker and gives the new session."""

    def __init__(
        self,
        runner: TaskRunner,
        create: Callable[[str, str, str], Session],
        languages: Languages,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._create = create
        self.session: Session | None = None
        self.first_record = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.who = _WhoPage(languages)
        self.secret = _PassphrasePage(self)
        self.office = _OfficePage()
        self.record = _FirstRecordPage()
        for page in (self.who, self.secret, self.office, self.record):
            self.addPage(page)
        self.record.record_button.clicked.connect(self._record_first)
        self.who.role.currentIndexChanged.connect(lambda _: self._retranslate_office())
        self.setMinimumSize(600, 440)
        self.retranslate()

    @property
    def enrol_now(self) -> bool:
        return self.session is not None and self.office.now.isChecked()

    def create_vault(self) -> None:
        role = str(self.who.role.currentData())
        name, passphrase = self.who.name.text().strip(), self.secret.new.text()
        self.secret.error.hide()
        self.secret.busy.show()
        self.secret.completeChanged.emit()
        self._runner.submit(lambda job: self._create(role, name, passphrase), self._created,
                            self._failed)

    def _created(self, session: Session) -> None:
        self.session = session
        self.setOption(QWizard.WizardOption.NoCancelButton)  # nothing to quit from now
        self.secret.busy.hide()
        self.secret.completeChanged.emit()
        self.next()

    def _failed(self, error: Exception) -> None:
        self.secret.busy.hide()
        self.secret.completeChanged.emit()
        show_error_text(self.secret.error, user_message(error))

    def _record_first(self) -> None:
        self.first_record = True
        self.accept()

    def reject(self) -> None:
        # Once the vault exists, closing the assistant opens it rather than quitting.
        if self.session is not None:
            self.accept()
        else:
            super().reject()

    def _retranslate_office(self) -> None:
        office = self.who.role.currentData() == "office"
        self.office.setTitle(self.tr("Your observers") if office else self.tr("Your office"))
        if office:
            self.office.about.setText(self.tr(
                "Each observer sends you their identity card; you enrol it by checking the"
                " code they read out to you. Only enrolled observers' bundles are accepted."))
            self.office.now.setText(self.tr("Enrol an observer now, when the window opens"))
        else:
            self.office.about.setText(self.tr(
                "Your bundles can only be read by an office you have enrolled: import the"
                " office's identity card and check its code with the coordinator."))
            self.office.now.setText(self.tr("Enrol my office now, when the window opens"))
        self.office.later.setText(self.tr("Later: Vault → Peers… whenever I am ready"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to fieldapp"))
        who = self.who
        who.setTitle(self.tr("Who you are"))
        who.about.setText(self.tr(
            "fieldapp keeps what you record in an encrypted vault on this computer. First,"
            " say who will use it."))
        for label, text in zip(who.labels, (self.tr("Language"), self.tr("Role"),
                                            self.tr("Name")), strict=True):
            label.setText(text)
        who.role.setItemText(0, self.tr("Regional observer"))
        who.role.setItemText(1, self.tr("Central office (coordinator)"))
        who.name.setPlaceholderText(self.tr("e.g. Pavlodar observer"))
        secret = self.secret
        secret.setTitle(self.tr("Your passphrase"))
        secret.about.setText(self.tr(
            "Choose a passphrase you can remember: several words are easier to remember and"
            " harder to guess. Without it nobody, including you, can open the vault."))
        for label, text in zip(secret.labels, (self.tr("Passphrase"), self.tr(
                "Repeat passphrase"), self.tr("Strength")), strict=True):
            label.setText(text)
        secret.new.update()
        self._retranslate_office()
        self.record.setTitle(self.tr("Your first record"))
        self.record.about.setText(self.tr(
            "Your vault is ready. Record a threat or an attack as soon as you learn of it:"
            " New record (Ctrl+N) in the window."))
        self.record.record_button.setText(self.tr("Record my first threat"))
        buttons = (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.CommitButton, self.tr("Create vault")),
            (QWizard.WizardButton.FinishButton, self.tr("Open the vault")),
            (QWizard.WizardButton.CancelButton, self.tr("Quit")),
        )
        for which, text in buttons:
            self.setButtonText(which, text)
