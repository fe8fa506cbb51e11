"""The unlock prompt warns how many wrong passphrases are left before the vault is erased."""

from __future__ import annotations

import pytest

from fieldapp.store.vault_settings import VaultSettings
from fieldapp.ui.vault_dialogs import UnlockDialog
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_window import ok_button


@pytest.fixture
def locked(observer):  # type: ignore[no-untyped-def]
    observer.lock()


def try_passphrase(qtbot, dialog: UnlockDialog, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        ok_button(dialog).click()


def shown_note(dialog: UnlockDialog) -> str:
    return dialog.wipe_note.text() if dialog.wipe_note.isVisibleTo(dialog) else ""


def test_the_count_goes_down_with_each_wrong_passphrase(
    qtbot, locked, field_app, vault_dir, vault_settings
):
    vault_settings.save(vault_dir, VaultSettings(wipe_after=4))
    field_app.start()
    dialog = field_app.dialog
    assert isinstance(dialog, UnlockDialog)
    # Before any try: a plain note that the wipe is on.
    assert shown_note(dialog) == "This vault is erased after 4 wrong passphrases in a row."
    try_passphrase(qtbot, dialog, "not it")
    assert dialog.error.text() == "Wrong passphrase."
    assert shown_note(dialog) == "3 tries left before this vault is erased."
    try_passphrase(qtbot, dialog, "not it either")
    assert shown_note(dialog) == "2 tries left before this vault is erased."
    try_passphrase(qtbot, dialog, "still not it")
    assert shown_note(dialog) == "One try left: one more wrong passphrase erases this vault."
    # The right passphrase still opens it, and the run of wrong ones starts again at zero.
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        ok_button(dialog).click()
    assert vault_settings.load(vault_dir).failures == 0


def test_failures_from_an_earlier_start_are_counted_at_once(
    qtbot, locked, field_app, vault_dir, vault_settings
):
    vault_settings.save(vault_dir, VaultSettings(wipe_after=5, failures=2))
    field_app.start()
    assert shown_note(field_app.dialog) == "3 tries left before this vault is erased."


def test_a_wipe_at_the_first_wrong_passphrase_is_said_so(
    qtbot, locked, field_app, vault_dir, vault_settings
):
    vault_settings.save(vault_dir, VaultSettings(wipe_after=1))
    field_app.start()
    assert shown_note(field_app.dialog) == "This vault is erased at the first wrong passphrase."


def test_no_warning_when_the_wipe_is_off(qtbot, locked, field_app, vault_dir, vault_settings):
    field_app.start()
    dialog = field_app.dialog
    assert shown_note(dialog) == ""
    try_passphrase(qtbot, dialog, "not it")
    assert shown_note(dialog) == ""
    assert not vault_settings.path.exists()  # nothing is counted while the wipe is off
