"""The desktop application's composition root: builds the pieces, owns the worker thread."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QProgressDialog

from fieldapp.app_paths import demo_vault_dir
from fieldapp.app_paths import settings_file as default_settings_file
from fieldapp.domain.taxonomy import Taxonomy, load_default
from fieldapp.errors import FieldappError, VaultWiped
from fieldapp.resources import resources_dir
from fieldapp.services.demo import DEMO_PASSPHRASE, build_demo_vault
from fieldapp.services.hygiene import disable_core_dumps
from fieldapp.services.panic import quick_delete, wipe_countdown
from fieldapp.services.session import (
    Session,
    VaultSettings,
    VaultSettingsFile,
    create_vault,
    unlock,
    vault_exists,
)
from fieldapp.ui.auto_lock import AutoLock
from fieldapp.ui.clipboard_guard import ClipboardGuard
from fieldapp.ui.error_text import user_message
from fieldapp.ui.first_run import FirstRunAssistant
from fieldapp.ui.i18n import LANGUAGE_NAMES, Languages, initial_language
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.qt_settings import forget_file_dialog_history
from fieldapp.ui.safety_dialogs import CountdownDialog, SafetySettingsDialog
from fieldapp.ui.screenshot import Screenshot
from fieldapp.ui.tasks import Job, TaskRunner
from fieldapp.ui.vault_dialogs import CreateVaultDialog, UnlockDialog


class FieldApp(QObject):
    """Decides what to show: create, unlock, or the main window; and re-locks on demand."""

    def __init__(
        self,
        app: QApplication,
        vault_dir: Path,
        demo: bool = False,
        prompts: Prompts | None = None,
        taxonomy: Taxonomy | None = None,
        vault_settings: VaultSettingsFile | None = None,
        countdown_seconds: int = 5,
        settings_file: Path | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.vault_dir = demo_vault_dir() if demo else vault_dir  # on the stick if portable
        self.demo = demo
        self.prompts = prompts or Prompts()
        self.taxonomy = taxonomy or load_default()
        self.runner = TaskRunner(self)
        self.languages = Languages(app)
        # An INI file of our own on every platform: no registry on Windows, no plist on
        # macOS, and on the stick in portable mode. Earlier settings are not carried over.
        self.settings = QSettings(str(settings_file or default_settings_file()),
                                  QSettings.Format.IniFormat)
        saved = initial_language(self.settings.value("language"))
        if saved in LANGUAGE_NAMES and saved != "en":
            self.languages.set_language(saved)
        self.languages.changed.connect(lambda code: self.settings.setValue("language", code))
        self.window = MainWindow(self.taxonomy, self.languages, self.runner, self.prompts)
        self.window.lock_requested.connect(self.lock)
        self.window.unlock_requested.connect(self.ask_unlock)
        self.dialog: CreateVaultDialog | UnlockDialog | FirstRunAssistant | None = None
        self.session: Session | None = None
        # Safety: auto-lock, the clipboard, quick delete; settings readable before unlock.
        self.vault_settings = vault_settings or VaultSettingsFile.default()
        self.countdown_seconds = countdown_seconds
        self.countdown: CountdownDialog | None = None
        self.settings_dialog: SafetySettingsDialog | None = None
        self.auto_lock = AutoLock(app, self)
        self.auto_lock.lock_due.connect(self.lock)
        self.clipboard = ClipboardGuard(app, self)
        self.window.quick_delete_requested.connect(self.ask_quick_delete)
        self.window.settings_requested.connect(self.open_settings)

    def start(self) -> None:
        if self.demo:
            self._build_demo()
        elif vault_exists(self.vault_dir):
            self.ask_unlock()
        else:
            self.ask_first_run()

    def ask_first_run(self) -> None:
        """The assistant: who you are, a passphrase, the office, then your first record."""
        def create(role: str, name: str, passphrase: str) -> Session:
            return create_vault(self.vault_dir, role, name, passphrase, taxonomy=self.taxonomy)

        assistant = FirstRunAssistant(self.runner, create, self.languages)
        assistant.finished.connect(lambda _: self._first_run_done(assistant))
        self.dialog = assistant
        assistant.show()

    def _first_run_done(self, assistant: FirstRunAssistant) -> None:
        self.dialog = None
        session = assistant.session
        if session is None:  # closed before the vault was made: nothing to come back to
            self.app.quit()
            return
        self.open_window(session)
        if assistant.enrol_now:
            self.window.open_peers()
            if assistant.first_record and self.window.peers_dialog is not None:
                self.window.peers_dialog.finished.connect(lambda _: self.window.new_record())
                return
        if assistant.first_record:
            self.window.new_record()

    def ask_create(self, notice: str = "") -> None:
        def create(role: str, name: str, passphrase: str) -> Session:
            return create_vault(self.vault_dir, role, name, passphrase, taxonomy=self.taxonomy)

        self.dialog = CreateVaultDialog(self.runner, create, notice=notice,
                                        languages=self.languages)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._gave_up)
        self.dialog.show()

    def ask_unlock(self) -> None:
        if isinstance(self.dialog, UnlockDialog) and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        hint = ""
        if self.demo:
            hint = self.tr("Demo vault passphrase: %1").replace("%1", DEMO_PASSPHRASE)
        self.dialog = UnlockDialog(
            self.runner,
            lambda passphrase: unlock(self.vault_dir, passphrase, self.taxonomy,
                                      self.vault_settings),
            self.vault_dir,
            hint,
            self.window if self.window.isVisible() else None,
            wipe_countdown=lambda: wipe_countdown(self.vault_dir, self.vault_settings),
            languages=self.languages,
        )
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._gave_up)
        self.dialog.failed.connect(self._unlock_failed)
        # Quick delete from the passphrase prompt too: that is where a coerced person is.
        QShortcut(QKeySequence("Ctrl+Shift+Delete"), self.dialog, self.ask_quick_delete)
        self.dialog.show()

    def _build_demo(self) -> None:
        progress = QProgressDialog(self.tr("Creating the demo vault…"), "", 0, 100)
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setWindowTitle("fieldapp")
        progress.show()

        def work(job: Job) -> Session:
            return build_demo_vault(self.vault_dir, progress=job.progress.emit)

        def done(session: Session) -> None:
            progress.close()
            self.open_window(session)

        def failed(error: Exception) -> None:
            progress.close()
            self.prompts.show_error(progress, user_message(error))
            self.app.exit(1)

        self.runner.submit(work, done, failed,
                           lambda n, total: progress.setValue(n * 100 // max(total, 1)))

    def _unlocked(self) -> None:
        if self.dialog is not None and self.dialog.session is not None:
            self.open_window(self.dialog.session)
        self.dialog = None

    def _gave_up(self) -> None:
        """Cancelling the unlock is no dead end: the window stays, locked, with an Unlock
        button. Without a vault (the create dialog closed) there is nothing to show."""
        if self.dialog is not None:
            # Qt deletes it now, with the passphrase typed into it, rather than Python's
            # collector at some later moment (which crashed inside Qt's layout destructor).
            self.dialog.deleteLater()
        self.dialog = None
        if self.session is not None:
            return
        if not vault_exists(self.vault_dir):
            self.app.quit()
            return
        self.window.set_session(None)
        self.window.show()
        self.window.raise_()

    def open_window(self, session: Session) -> None:
        self.session = session
        self.window.set_session(session)
        self.window.show()
        self.window.raise_()
        settings = self.vault_settings.load(self.vault_dir)
        self.auto_lock.arm(settings.auto_lock_ms, settings.lock_when_inactive)

    def lock(self) -> None:
        """Close the database, drop the key, blank the window and ask for the passphrase."""
        self._drop_session()
        self.ask_unlock()

    def _drop_session(self) -> None:
        """Stop the idle timer, take back our clipboard text, close the database, zero the
        key and blank every window."""
        self.auto_lock.disarm()
        self.clipboard.clear_ours()
        if self.settings_dialog is not None:
            self.settings_dialog.reject()
        if self.session is not None:
            self.session.lock()
            self.session = None
        self.window.set_session(None)

    # -- safety: quick delete, wipe after wrong passphrases, settings ----------------------------

    def ask_quick_delete(self) -> None:
        """A short countdown the person can cancel, then the vault is gone."""
        if self.countdown is not None:
            return
        parent = QApplication.activeModalWidget() or self.window
        self._blank(True)  # nothing of the vault stays in sight during the countdown
        self.countdown = CountdownDialog(self.countdown_seconds, parent)
        self.countdown.accepted.connect(self.quick_delete)
        self.countdown.finished.connect(self._countdown_finished)
        self.countdown.open()

    def _countdown_finished(self) -> None:
        if self.countdown is not None:
            self.countdown.deleteLater()
            self.countdown = None
        self._blank(False)  # kept (cancelled), or gone and the window locked

    def _blank(self, blank: bool) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(not blank)

    def quick_delete(self) -> None:
        """Lock, close the window, wipe the vault and start again as on a first run."""
        self._close_vault()
        try:
            quick_delete(self.vault_dir, self.vault_settings)
        except OSError as error:
            self.prompts.show_error(self.window, self.tr(
                "The vault could not be deleted completely: %1").replace("%1", str(error)))
        self.ask_create()

    def _unlock_failed(self, error: Exception) -> None:
        if isinstance(error, VaultWiped):
            self._close_vault()
            self.ask_create(self.tr(
                "The vault was deleted after %n wrong passphrases in a row, as its settings"
                " asked. You can create a new vault.", "", error.attempts))

    def _close_vault(self) -> None:
        """Lock without asking for the passphrase again, and hide the window."""
        self._drop_session()
        self.window.hide()
        if isinstance(self.dialog, (CreateVaultDialog, UnlockDialog)):
            # Closing it is not the person giving up: do not quit.
            self.dialog.rejected.disconnect(self._gave_up)
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None

    def open_settings(self) -> None:
        if self.session is None:
            return
        dialog = SafetySettingsDialog(self.vault_settings.load(self.vault_dir), self.window)
        dialog.accepted.connect(lambda: self._save_settings(dialog.values()))
        dialog.finished.connect(self._settings_finished)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_finished(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def _save_settings(self, settings: VaultSettings) -> None:
        try:
            self.vault_settings.save(self.vault_dir, settings)
        except OSError as error:
            self.prompts.show_error(self.window, self.tr(
                "The settings could not be saved: %1").replace("%1", str(error)))
            return
        if self.session is not None:
            self.auto_lock.arm(settings.auto_lock_ms, settings.lock_when_inactive)

    def shutdown(self) -> None:
        self.auto_lock.close()
        self.clipboard.clear_ours()
        self.clipboard.close()
        self.window.set_session(None)
        if self.session is not None:
            self.session.lock()
            self.session = None
        self.runner.shutdown()


def run(vault_dir: Path, demo: bool = False, screenshot: Path | None = None) -> int:
    """Open the window; with `screenshot`, save a PNG of the first window shown and quit
    (FieldappError cannot_write when the file cannot be written)."""
    os.umask(0o077)
    disable_core_dumps()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    forget_file_dialog_history()
    app.setApplicationName("fieldapp")
    app.setApplicationDisplayName("fieldapp")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "fieldapp.svg")))
    # Linux desktops match the window to fieldapp.desktop (the .deb's menu entry) by this.
    app.setDesktopFileName("fieldapp")
    taker = Screenshot(app, screenshot) if screenshot is not None else None
    field_app = FieldApp(app, vault_dir, demo)
    field_app.start()
    try:
        code = app.exec()
    finally:
        field_app.shutdown()
        forget_file_dialog_history()
    if taker is not None and taker.error is not None:
        raise FieldappError("cannot_write", path=str(screenshot),
                            detail=taker.error.strerror or str(taker.error))
    return code
