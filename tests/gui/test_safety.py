"""Auto-lock, the clipboard on lock, quick delete and the wipe after wrong passphrases."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fieldapp.errors import VaultError
from fieldapp.services import records
from fieldapp.store.vault import Vault, vault_exists
from fieldapp.store.vault_settings import VaultSettings
from fieldapp.ui import auto_lock
from fieldapp.ui.vault_dialogs import CreateVaultDialog, UnlockDialog
from tests.gui.conftest import PASSPHRASE
from tests.gui.test_window import RECORD, ok_button, open_unlocked

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def is_locked(field_app) -> bool:  # type: ignore[no-untyped-def]
    return (field_app.session is None and field_app.window.pages.currentIndex() == 1
            and isinstance(field_app.dialog, UnlockDialog) and field_app.dialog.isVisible())


def assert_nothing_opens(vault_dir) -> None:  # type: ignore[no-untyped-def]
    assert not vault_exists(vault_dir)
    with pytest.raises(VaultError) as caught:
        Vault.open(vault_dir, PASSPHRASE)
    assert caught.value.code == "no_vault"


@pytest.fixture
def one_record(observer):  # type: ignore[no-untyped-def]
    records.add_records(observer, [RECORD])
    observer.lock()


# -- auto-lock ------------------------------------------------------------------------------------

def test_an_idle_window_locks_itself(qtbot, one_record, field_app, vault_settings, vault_dir):
    vault_settings.save(vault_dir, VaultSettings(auto_lock_minutes=0.005))  # 300 ms
    open_unlocked(qtbot, field_app)
    window = field_app.window
    assert window.model.total == 1
    qtbot.waitUntil(lambda: is_locked(field_app), timeout=5_000)
    assert window.model.rowCount() == 0
    assert "Union leader" not in window.view.toPlainText()
    assert not field_app.auto_lock.armed


def test_input_keeps_the_vault_open_until_it_stops(
    qtbot, one_record, field_app, vault_settings, vault_dir
):
    vault_settings.save(vault_dir, VaultSettings(auto_lock_minutes=0.015))  # 900 ms
    open_unlocked(qtbot, field_app)
    table = field_app.window.table
    presses: list[int] = []

    def press() -> None:  # a key every 100 ms, mouse now and then, for 2 s
        if len(presses) % 4:
            qtbot.keyClick(table, Qt.Key.Key_Down)
        else:
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton)
        presses.append(1)
        if len(presses) == 20:
            typist.stop()

    typist = QTimer()
    typist.setInterval(100)
    typist.timeout.connect(press)
    typist.start()
    qtbot.waitUntil(lambda: len(presses) == 20, timeout=10_000)
    assert field_app.session is not None  # twice the idle limit went by while working
    qtbot.waitUntil(lambda: is_locked(field_app), timeout=5_000)


def test_first_input_after_a_sleep_locks(qtbot, one_record, field_app, monkeypatch):
    # QTimer's monotonic clock stands still while a Linux machine sleeps; the wall clock
    # does not, so the first touch after waking finds the idle limit long passed.
    open_unlocked(qtbot, field_app)
    woke = time.time() + 3 * 3600
    monkeypatch.setattr(auto_lock.time, "time", lambda: woke)
    qtbot.keyClick(field_app.window.table, Qt.Key.Key_Down)
    assert is_locked(field_app)


def test_suspend_locks_and_inactive_only_when_asked(
    qtbot, one_record, field_app, vault_settings, vault_dir, qapp
):
    # Offscreen Qt has no other application to switch to: say what a platform would say.
    open_unlocked(qtbot, field_app)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert field_app.session is not None  # default: another window in front is not a lock
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert is_locked(field_app)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)

    vault_settings.save(vault_dir, VaultSettings(lock_when_inactive=True))
    dialog = field_app.dialog
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        ok_button(dialog).click()
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert is_locked(field_app)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)


# -- clipboard -------------------------------------------------------------------------------------

def copy_from_the_window(field_app, text: str) -> None:  # type: ignore[no-untyped-def]
    search = field_app.window.filters.search
    search.setText(text)
    search.selectAll()
    search.copy()


def test_lock_clears_text_copied_from_the_app(qtbot, one_record, field_app):
    open_unlocked(qtbot, field_app)
    copy_from_the_window(field_app, "Union leader")
    assert QApplication.clipboard().text() == "Union leader"
    field_app.window.lock_action.trigger()
    assert QApplication.clipboard().text() == ""


def test_lock_leaves_what_was_copied_elsewhere(qtbot, one_record, field_app, qapp):
    open_unlocked(qtbot, field_app)
    copy_from_the_window(field_app, "Union leader")
    # The person switches to another program and copies something there.
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    QApplication.clipboard().setText("a bus timetable")
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    field_app.window.lock_action.trigger()
    assert QApplication.clipboard().text() == "a bus timetable"
    QApplication.clipboard().clear()


# -- quick delete ----------------------------------------------------------------------------------

def test_quick_delete_from_the_window_leaves_nothing_that_opens(
    qtbot, one_record, field_app, vault_dir, vault_settings
):
    vault_settings.save(vault_dir, VaultSettings(auto_lock_minutes=3))
    open_unlocked(qtbot, field_app)
    window = field_app.window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Delete, CTRL_SHIFT)
    countdown = field_app.countdown
    assert countdown is not None and countdown.isVisible()
    assert countdown.message.text() == "<b>Deleting this vault in 1 second…</b>"
    with qtbot.waitSignal(countdown.finished, timeout=5_000):
        pass
    assert_nothing_opens(vault_dir)
    assert not vault_dir.exists()
    assert not window.isVisible()
    assert window.model.rowCount() == 0
    assert field_app.session is None
    create = field_app.dialog
    assert isinstance(create, CreateVaultDialog) and create.isVisible()
    assert not create.notice.isVisibleTo(create)  # looks like any first run
    assert vault_settings.load(vault_dir) == VaultSettings()


def test_cancelling_the_countdown_keeps_everything(qtbot, one_record, field_app, vault_dir):
    open_unlocked(qtbot, field_app)
    field_app.window.quick_delete_action.trigger()
    countdown = field_app.countdown
    # The window is blank at once, before the countdown ends: the records are out of sight.
    assert not field_app.window.centralWidget().isVisible()
    with qtbot.waitSignal(countdown.finished, timeout=5_000):
        countdown.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert field_app.window.centralWidget().isVisible()
    assert field_app.countdown is None
    assert vault_exists(vault_dir)
    assert field_app.window.isVisible() and field_app.window.model.total == 1
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_quick_delete_from_the_passphrase_prompt(qtbot, one_record, field_app, vault_dir):
    field_app.start()
    unlock = field_app.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is unlock)
    qtbot.keyClick(unlock, Qt.Key.Key_Delete, CTRL_SHIFT)
    with qtbot.waitSignal(field_app.countdown.finished, timeout=5_000):
        pass
    assert_nothing_opens(vault_dir)
    assert isinstance(field_app.dialog, CreateVaultDialog) and field_app.dialog.isVisible()


# -- wrong passphrases -----------------------------------------------------------------------------

def try_passphrase(qtbot, field_app, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    dialog = field_app.dialog
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        ok_button(dialog).click()


def test_wrong_passphrases_wipe_the_vault_when_enabled(
    qtbot, one_record, field_app, vault_dir, vault_settings
):
    vault_settings.save(vault_dir, VaultSettings(wipe_after=2))
    field_app.start()
    try_passphrase(qtbot, field_app, "not the passphrase")
    assert field_app.dialog.error.text() == "Wrong passphrase."
    try_passphrase(qtbot, field_app, "still not the passphrase")
    create = field_app.dialog
    assert isinstance(create, CreateVaultDialog) and create.isVisible()
    assert create.notice.text() == ("The vault was deleted after 2 wrong passphrases in a row,"
                                    " as its settings asked. You can create a new vault.")
    assert_nothing_opens(vault_dir)


def test_wrong_passphrases_keep_the_vault_when_disabled(
    qtbot, one_record, field_app, vault_dir, vault_settings
):
    field_app.start()
    for attempt in range(4):
        try_passphrase(qtbot, field_app, f"wrong {attempt}")
    assert isinstance(field_app.dialog, UnlockDialog)
    assert vault_exists(vault_dir)
    assert not vault_settings.path.exists()
    field_app.dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(field_app.dialog.accepted, timeout=20_000):
        ok_button(field_app.dialog).click()


# -- settings --------------------------------------------------------------------------------------

def test_settings_dialog_saves_and_applies(qtbot, one_record, field_app, vault_dir,
                                           vault_settings):
    open_unlocked(qtbot, field_app)
    assert field_app.auto_lock.timer.interval() == 5 * 60_000  # the default
    field_app.window.settings_action.trigger()
    dialog = field_app.settings_dialog
    assert dialog.auto_lock.value() == 5 and dialog.wipe_after.text() == "Off"
    dialog.auto_lock.setValue(2)
    dialog.wipe_after.setValue(6)
    dialog.lock_when_inactive.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert vault_settings.load(vault_dir) == VaultSettings(
        auto_lock_minutes=2, lock_when_inactive=True, wipe_after=6)
    assert field_app.auto_lock.timer.interval() == 2 * 60_000
    field_app.window.lock_action.trigger()
    assert not field_app.window.settings_action.isEnabled()
