"""Fixtures for window tests: an offscreen QApplication, private settings, fast vaults."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from fieldapp.services import peers
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.vault_settings import VaultSettingsFile
from fieldapp.ui.app import FieldApp
from fieldapp.ui.i18n import install_english_plurals
from fieldapp.ui.prompts import Prompts
from sync.card import IdentityCard, parse_card

PASSPHRASE = "seven quiet river stones"


def card_of(session: Session) -> IdentityCard:
    """A vault's identity card as another vault reads it from its file."""
    return parse_card(peers.own_card(session).to_text().encode())


def enrolled_observer(office: Session, directory: Path, name: str) -> Session:
    """A new observer vault, and the office and it enrolled in each other."""
    observer = create_vault(directory, "observer", name, PASSPHRASE, params=KDF_FLOOR)
    peers.add_peer(observer, card_of(office), card_of(office).fingerprint)
    peers.add_peer(office, card_of(observer), card_of(observer).safety_code)
    return observer


def shown_rows(view: QTableView) -> list[list[str]]:
    """The texts a table view shows, row by row in its on-screen order."""
    model = view.model()
    return [[str(model.index(row, column).data() or "") for column in range(model.columnCount())]
            for row in range(model.rowCount())]


class ScriptedPrompts(Prompts):
    """Answers the window's questions as a test decides, recording what was asked."""

    def __init__(self) -> None:
        self.attachment: Path | None = None
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []  # every confirmation asked, in its words
        self.bundles: list[Path] = []  # what the import dialog is handed
        self.confirm_answer = True
        # Each confirmation's title and its two buttons: (title, act, keep).
        self.asked: list[tuple[str, str, str]] = []

    def choose_attachment(self, parent: QWidget) -> Path | None:
        return self.attachment

    def confirm(self, parent: QWidget, question: str, *, title: str, act: str,
                keep: str) -> bool:
        self.questions.append(question)
        self.asked.append((title, act, keep))
        return self.confirm_answer

    def choose_bundles(self, parent: QWidget) -> list[Path]:
        return self.bundles

    def choose_folder(self, parent: QWidget) -> Path | None:
        return getattr(self, "folder", None)

    def show_info(self, parent: QWidget, message: str) -> None:
        self.infos.append(message)

    def show_error(self, parent: QWidget, message: str) -> None:
        self.errors.append(message)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> None:
    """Keep the language choice of one test (and of the developer) away from the next."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture(autouse=True)
def collected_between_tests(qapp: QApplication) -> Iterator[None]:
    """After each test, delete what it left for deletion and collect its cycles here, at a
    quiet moment: one clean-clone run crashed building the next test's window when the
    collector happened to run inside Qt's constructor (not seen with this in place)."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """Windows built without the app's Languages still say "1 record", as the app does."""
    install_english_plurals(qapp)


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def observer(vault_dir: Path) -> Iterator[Session]:
    session = create_vault(vault_dir, "observer", "Test observer", PASSPHRASE, params=KDF_FLOOR)
    yield session
    session.lock()


@pytest.fixture
def office(vault_dir: Path) -> Iterator[Session]:
    session = create_vault(vault_dir, "office", "Central office", PASSPHRASE, params=KDF_FLOOR)
    yield session
    session.lock()


@pytest.fixture
def vault_settings(tmp_path: Path) -> VaultSettingsFile:
    """The safety settings file (auto-lock, wipe after wrong passphrases) of this test."""
    return VaultSettingsFile(tmp_path / "cfg" / "vault-settings.json")


# The quick-delete countdown, shortened from 5 s so the tests that wait for it stay quick.
COUNTDOWN_SECONDS = 1


@pytest.fixture
def field_app(
    qapp: QApplication, vault_dir: Path, prompts: ScriptedPrompts,
    vault_settings: VaultSettingsFile,
) -> Iterator[FieldApp]:
    app = FieldApp(qapp, vault_dir, prompts=prompts, vault_settings=vault_settings,
                   countdown_seconds=COUNTDOWN_SECONDS)
    yield app
    app.window.close()
    if app.dialog is not None:
        app.dialog.close()
    app.shutdown()
    app.languages.set_language("en")
