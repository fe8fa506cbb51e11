"""The desktop application's composition root: builds the pieces, owns the worker thread."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QProgressDialog

from fieldapp.domain.taxonomy import Taxonomy, load_default
from fieldapp.services.demo import DEMO_PASSPHRASE, build_demo_vault
from fieldapp.services.session import Session, create_vault, unlock
from fieldapp.store.vault import vault_exists
from fieldapp.ui.i18n import LANGUAGE_NAMES, Languages
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.tasks import Job, TaskRunner
from fieldapp.ui.vault_dialogs import CreateVaultDialog, UnlockDialog
from fieldapp.ui.widgets import user_message


def demo_vault_dir() -> Path:
    return platformdirs.user_data_path("fieldapp", appauthor=False) / "demo-vault"


class FieldApp(QObject):
    """Decides what to show: create, unlock, or the main window; and re-locks on demand."""

    def __init__(
        self,
        app: QApplication,
        vault_dir: Path,
        demo: bool = False,
        prompts: Prompts | None = None,
        taxonomy: Taxonomy | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.vault_dir = demo_vault_dir() if demo else vault_dir
        self.demo = demo
        self.prompts = prompts or Prompts()
        self.taxonomy = taxonomy or load_default()
        self.runner = TaskRunner(self)
        self.languages = Languages(app)
        self.settings = QSettings("fieldapp", "fieldapp")
        saved = str(self.settings.value("language", "en"))
        if saved in LANGUAGE_NAMES and saved != "en":
            self.languages.set_language(saved)
        self.languages.changed.connect(lambda code: self.settings.setValue("language", code))
        self.window = MainWindow(self.taxonomy, self.languages, self.runner, self.prompts)
        self.window.lock_requested.connect(self.lock)
        self.dialog: CreateVaultDialog | UnlockDialog | None = None
        self.session: Session | None = None

    def start(self) -> None:
        if self.demo:
            self._build_demo()
        elif vault_exists(self.vault_dir):
            self.ask_unlock()
        else:
            self.ask_create()

    def ask_create(self) -> None:
        def create(role: str, name: str, passphrase: str) -> Session:
            return create_vault(self.vault_dir, role, name, passphrase, taxonomy=self.taxonomy)

        self.dialog = CreateVaultDialog(self.runner, create)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._gave_up)
        self.dialog.show()

    def ask_unlock(self) -> None:
        hint = ""
        if self.demo:
            hint = self.tr("Demo vault passphrase: %1").replace("%1", DEMO_PASSPHRASE)
        self.dialog = UnlockDialog(
            self.runner,
            lambda passphrase: unlock(self.vault_dir, passphrase, self.taxonomy),
            self.vault_dir,
            hint,
            self.window if self.window.isVisible() else None,
        )
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._gave_up)
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
        if self.session is None and not self.window.isVisible():
            self.app.quit()

    def open_window(self, session: Session) -> None:
        self.session = session
        self.window.set_session(session)
        self.window.show()
        self.window.raise_()

    def lock(self) -> None:
        """Close the database, drop the key, blank the window and ask for the passphrase."""
        if self.session is not None:
            self.session.lock()
            self.session = None
        self.window.set_session(None)
        self.ask_unlock()

    def shutdown(self) -> None:
        self.window.set_session(None)
        if self.session is not None:
            self.session.lock()
            self.session = None
        self.runner.shutdown()


def run(vault_dir: Path, demo: bool = False) -> int:
    os.umask(0o077)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("fieldapp")
    app.setApplicationDisplayName("fieldapp")
    field_app = FieldApp(app, vault_dir, demo)
    field_app.start()
    try:
        return app.exec()
    finally:
        field_app.shutdown()
