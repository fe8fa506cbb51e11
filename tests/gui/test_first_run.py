"""The first start as a new person meets it: an assistant that makes the vault with their
role and name, lets the office wait, offers the first record; an empty table says what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from fieldapp.services import records
from fieldapp.store.vault import vault_exists
from fieldapp.ui.first_run import FirstRunAssistant
from fieldapp.ui.record_editor import RecordEditor

PASSPHRASE = "lantern orchard copper hill"


def through_passphrase(qtbot, field_app, role: str, name: str) -> FirstRunAssistant:  # type: ignore[no-untyped-def]
    field_app.start()
    assistant = field_app.dialog
    assert isinstance(assistant, FirstRunAssistant) and assistant.isVisible()
    who = assistant.who
    who.role.setCurrentIndex(who.role.findData(role))
    assert not who.isComplete()  # a name is needed
    who.name.setText(name)
    assert who.isComplete()
    assistant.next()
    secret = assistant.secret
    secret.new.passphrase.setText(PASSPHRASE)
    secret.new.repeat.setText(PASSPHRASE + "x")
    assert not secret.isComplete() and "differ" in secret.new.strength.text()
    secret.new.repeat.setText(PASSPHRASE)
    assert secret.isComplete()
    assert assistant.button(QWizard.WizardButton.CommitButton).text() == "Create vault"
    with qtbot.waitSignal(assistant.currentIdChanged, timeout=30_000):
        assistant.button(QWizard.WizardButton.CommitButton).click()
    assert assistant.currentPage() is assistant.office
    return assistant


def test_the_assistant_makes_an_office_vault_and_skips_enrolment(qtbot, field_app, vault_dir):
    assistant = through_passphrase(qtbot, field_app, "office", "Almaty office")
    assert vault_exists(vault_dir)
    assert "observer" in assistant.office.about.text()  # an office enrols observers
    assert assistant.office.later.isChecked()  # later is the default: skipping is one click
    assistant.next()
    assert assistant.currentPage() is assistant.record
    assistant.button(QWizard.WizardButton.FinishButton).click()
    window = field_app.window
    assert window.isVisible() and "Almaty office" in window.windowTitle()
    assert field_app.session is not None and field_app.session.identity.role == "office"
    assert window.peers_dialog is None and window.editor is None  # nothing forced on them


def test_record_my_first_threat_opens_the_editor_in_the_window(qtbot, field_app):
    assistant = through_passphrase(qtbot, field_app, "observer", "Pavlodar observer")
    assert "office" in assistant.office.about.text()
    assistant.next()
    assistant.record.record_button.click()
    window = field_app.window
    assert window.isVisible() and field_app.session.identity.role == "observer"
    assert isinstance(window.editor, RecordEditor) and window.editor.isVisible()


def test_enrol_now_opens_the_peers_window(qtbot, field_app):
    assistant = through_passphrase(qtbot, field_app, "observer", "Pavlodar observer")
    assistant.office.now.setChecked(True)
    assistant.next()
    assistant.button(QWizard.WizardButton.FinishButton).click()
    assert field_app.window.peers_dialog is not None
    assert field_app.window.peers_dialog.isVisible()


def test_the_assistant_switches_language_at_once(qtbot, field_app):
    field_app.start()
    assistant = field_app.dialog
    assert isinstance(assistant, FirstRunAssistant)
    # The strength hint's words are translated already (the create dialog's).
    assistant.secret.new.passphrase.setText("abcdefgh")
    assert "weak: add more words" in assistant.secret.new.strength.text()
    combo = assistant.who.language
    combo.setCurrentIndex(combo.findData("ru"))
    assert field_app.languages.code == "ru"
    assert "weak" not in assistant.secret.new.strength.text()


def test_the_unlock_dialog_switches_language_at_once(qtbot, observer, field_app):
    observer.lock()
    field_app.start()
    dialog = field_app.dialog
    assert dialog.windowTitle() == "Unlock vault" and dialog.language is not None
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    assert field_app.languages.code == "kk"
    assert dialog.windowTitle() not in ("", "Unlock vault")
    # The window's menu follows, and its choice shows in the dialog's switch too.
    assert field_app.window.language_actions["kk"].isChecked()
    field_app.languages.set_language("en")
    assert dialog.language.currentData() == "en" and dialog.windowTitle() == "Unlock vault"


def test_an_empty_table_says_what_to_do(qtbot, observer, field_app):
    from tests.gui.test_dead_ends import RECORD, open_unlocked

    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    hint = window.empty_hint.label
    assert hint.isVisible() and hint.text() == "No records yet: New record (Ctrl+N)"
    session = field_app.session
    records.add_records(session, [RECORD])
    window._records_changed()
    qtbot.waitUntil(lambda: not hint.isVisible())
    window.filters.search.setText("nothing like this")
    window.filters.emit_query()
    qtbot.waitUntil(hint.isVisible)
    assert hint.text() == "No record matches the search and filters."


def test_no_peers_no_evidence_nothing_to_export_each_say_what_to_do(qtbot, observer, field_app):
    from tests.gui.test_dead_ends import RECORD, open_unlocked

    records.add_records(observer, [RECORD])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.open_peers()
    hint = window.peers_dialog.empty_hint.label
    assert hint.isVisible() and "No office is enrolled yet" in hint.text()
    window.peers_dialog.reject()

    evidence = window.attachments.empty_hint.label
    assert evidence.isVisible() and evidence.text() == "Choose a record to see its evidence."
    window.table.selectRow(0)
    assert evidence.isVisible() and evidence.text().startswith("No evidence yet")
