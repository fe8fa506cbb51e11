"""No dead ends: a cancelled unlock leaves a locked window that can unlock; Edit and Delete
need a record; Enter in the search box searches; destructive questions name their action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from fieldapp.services import records
from fieldapp.ui.prompts import question_box
from fieldapp.ui.vault_dialogs import UnlockDialog
from tests.gui.conftest import PASSPHRASE

RECORD = {
    "title": "Union leader detained at the gate",
    "occurred_on": "2024-05-02",
    "region": "pavlodar",
    "threat_type": "detention",
    "sectors": ["metallurgy"],
}


def unlock_with(qtbot, dialog: UnlockDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def open_unlocked(qtbot, field_app) -> None:  # type: ignore[no-untyped-def]
    field_app.start()
    assert isinstance(field_app.dialog, UnlockDialog)
    unlock_with(qtbot, field_app.dialog)


def test_cancelled_unlock_leaves_a_locked_window_that_unlocks(qtbot, observer, field_app):
    observer.lock()
    field_app.start()
    dialog = field_app.dialog
    assert isinstance(dialog, UnlockDialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Not now"
    cancel.click()
    window = field_app.window
    assert window.isVisible() and field_app.session is None
    assert window.pages.currentWidget() is window.locked_page
    assert "locked" in window.locked_page.message.text()
    # Only what makes sense while locked: unlock, quick delete, quit, the language and help.
    menus = [a for a in window.menuBar().actions() if a.isVisible()]
    assert [m.text() for m in menus] == ["&Vault", "&Language", "&Help"]
    assert [a.text() for a in menus[0].menu().actions() if not a.isSeparator()] == [
        "Unlock…", "Quick delete…", "Quit"]
    assert not window.toolbar.isVisible()

    window.locked_page.unlock_button.click()
    again = field_app.dialog
    assert isinstance(again, UnlockDialog) and again.isVisible()
    window.locked_page.unlock_button.click()  # a second click brings back the same dialog
    assert field_app.dialog is again
    unlock_with(qtbot, again)
    assert field_app.session is not None
    assert window.pages.currentWidget() is not window.locked_page
    assert window.toolbar.isVisible()


def test_cancel_after_lock_keeps_the_locked_window(qtbot, observer, field_app):
    observer.lock()
    open_unlocked(qtbot, field_app)
    field_app.window.lock_action.trigger()
    field_app.dialog.reject()
    assert field_app.window.isVisible() and field_app.session is None
    assert field_app.window.unlock_action.isVisible()


def test_edit_and_delete_need_a_selected_record(qtbot, observer, field_app):
    records.add_records(observer, [RECORD])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    assert window.new_action.isEnabled()
    assert not window.edit_action.isEnabled() and not window.delete_action.isEnabled()
    window.table.selectRow(0)
    assert window.edit_action.isEnabled() and window.delete_action.isEnabled()
    window.table.clearSelection()
    assert not window.edit_action.isEnabled()


def test_enter_in_the_search_box_searches_and_opens_nothing(qtbot, observer, field_app):
    records.add_records(observer, [RECORD, {**RECORD, "title": "Strike organiser fined"}])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.table.selectRow(0)
    window.filters.search.setFocus()
    window.filters.search.setText("fined")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    # At once, without waiting for the typing pause; and no editor took the Enter.
    assert window.model._query.text == "fined"
    assert window.editor is None
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    window.filters.search.setFocus()
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Delete)  # erases, deletes nothing
    assert field_app.prompts.questions == []


def test_deleting_a_record_asks_in_words_that_name_the_deletion(qtbot, observer, field_app):
    records.add_records(observer, [RECORD])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.table.selectRow(0)
    field_app.prompts.confirm_answer = False
    window.delete_action.trigger()
    assert field_app.prompts.asked == [("Delete this record", "Delete this record", "Keep it")]
    assert window.model.rowCount() == 1  # kept


def test_the_question_box_has_no_yes_or_no_and_keeps_by_default(qapp):
    box = question_box(None, "Purge 12 records the office confirmed holding?",
                       title="Purge 12 records", act="Purge 12 records", keep="Keep them")
    assert box.windowTitle() == "Purge 12 records"
    assert sorted(b.text() for b in box.buttons()) == ["Keep them", "Purge 12 records"]
    assert box.standardButtons() == QMessageBox.StandardButton.NoButton
    assert box.defaultButton().text() == "Keep them"
    assert box.escapeButton() is box.defaultButton()


def test_purge_names_the_count_in_its_title_and_button(qtbot, observer, field_app, monkeypatch):
    observer.lock()
    open_unlocked(qtbot, field_app)
    monkeypatch.setattr("fieldapp.ui.delivery_actions.purgeable", lambda session: [1] * 12)
    field_app.prompts.confirm_answer = False
    field_app.window.delivery.purge()
    assert field_app.prompts.asked == [("Purge 12 records", "Purge 12 records", "Keep them")]


def test_quick_delete_countdown_says_what_cancelling_keeps(qtbot, observer, field_app):
    observer.lock()
    open_unlocked(qtbot, field_app)
    field_app.ask_quick_delete()
    countdown = field_app.countdown
    assert countdown is not None
    assert countdown.windowTitle() == "Delete this vault"
    cancel = countdown.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Keep the vault"
    cancel.click()
    assert field_app.session is not None
