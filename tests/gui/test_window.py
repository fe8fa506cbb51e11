"""The desktop window as an observer uses it: create, unlock, record, search, language, lock."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.services import records
from fieldapp.services.session import Session
from fieldapp.store.vault import vault_exists
from fieldapp.ui.app import FieldApp
from fieldapp.ui.record_model import PAGE_SIZE
from fieldapp.ui.vault_dialogs import CreateVaultDialog, UnlockDialog, passphrase_strength
from tests.gui.conftest import PASSPHRASE, shown_rows

RECORD = {
    "title": "Union leader detained at the gate",
    "occurred_on": "2024-05-02",
    "region": "pavlodar",
    "threat_type": "detention",
    "sectors": ["metallurgy"],
}


def ok_button(dialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_unlocked(qtbot, field_app: FieldApp) -> None:  # type: ignore[no-untyped-def]
    field_app.start()
    dialog = field_app.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        ok_button(dialog).click()
    assert field_app.window.isVisible()


def test_the_create_dialog_checks_both_passphrases_and_opens_the_window(
        qtbot, field_app, vault_dir):
    # The first start shows the assistant (tests/gui/test_first_run.py); the plain create
    # dialog is what follows a wipe.
    field_app.ask_create("The vault was deleted.")
    dialog = field_app.dialog
    assert isinstance(dialog, CreateVaultDialog)
    dialog.name.setText("Pavlodar observer")
    dialog.passphrase.setText("lantern orchard copper hill")
    dialog.repeat.setText("lantern orchard copper hil")
    assert not ok_button(dialog).isEnabled()  # the two passphrases differ
    assert "differ" in dialog.strength.text()
    dialog.repeat.setText("lantern orchard copper hill")
    assert ok_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        ok_button(dialog).click()
    assert vault_exists(vault_dir)
    assert field_app.window.isVisible()
    assert "Pavlodar observer" in field_app.window.windowTitle()
    assert field_app.window.model.total == 0


def test_strength_hint_grows_with_the_passphrase():
    assert passphrase_strength("short") == 0
    assert passphrase_strength("abcdefgh") < passphrase_strength("four random words here")


def test_wrong_passphrase_is_said_and_nothing_opens(qtbot, observer, field_app):
    observer.lock()
    field_app.start()
    dialog = field_app.dialog
    dialog.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(dialog.error_shown, timeout=20_000):
        ok_button(dialog).click()
    assert dialog.error.text() == "Wrong passphrase."
    assert dialog.isVisible() and not field_app.window.isVisible()
    assert dialog.passphrase.text() == ""


def test_add_a_record_through_the_form_and_find_it(qtbot, observer, field_app):
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.new_record()
    editor = window.editor
    editor.title.setText("Journalist summoned over oil spill report")
    editor.occurred_on.setText("2024-03")
    editor.region.set_code("atyrau")
    editor.threat_type.set_code("police_summons")
    editor.sectors.set_codes(["oil", "environment"])
    victim = editor.victims.add_row()
    victim.alias.setText("Saule B.")
    editor.description.setPlainText("Summoned twice after the publication.")
    with qtbot.waitSignal(editor.accepted):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.model.total == 1
    assert window.proxy.index(0, 1).data() == "Journalist summoned over oil spill report"

    window.filters.search.setText("saule")
    with qtbot.waitSignal(window.filters.changed, timeout=2_000):
        pass
    assert window.model.total == 1
    window.filters.search.setText("nothing-like-this")
    with qtbot.waitSignal(window.filters.changed, timeout=2_000):
        pass
    assert window.model.total == 0


def test_problems_are_shown_at_the_field(qtbot, observer, field_app):
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.new_record()
    editor = window.editor
    editor.occurred_on.setText("14 March")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible()
    assert editor.errors["title"].text() == "This field is required."
    assert "YYYY-MM-DD" in editor.errors["occurred_on"].text()
    assert editor.errors["sectors"].isVisibleTo(editor)
    assert not editor.errors["locality"].isVisibleTo(editor)
    assert window.model.total == 0


def test_filters_narrow_the_table(qtbot, observer, field_app):
    records.add_records(observer, [
        RECORD,
        {**RECORD, "title": "Tax inspection of the union office", "threat_type": "tax_inspection",
         "region": "south_kazakhstan", "sectors": ["tax"], "occurred_on": "2017-01"},
    ])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    assert window.model.total == 2
    window.filters.region.set_code("turkistan")  # the old region name counts as today's
    assert window.model.total == 1
    window.filters.region.set_code("")
    window.filters.block.set_code("other")
    assert window.model.total == 1
    window.filters.block.set_code("")
    window.filters.date_from.setText("2020")  # not a date: ignored and marked
    window.filters.date_to.setText("2018-12")
    window.filters.emit_query()
    assert window.model.total == 1
    assert "b00020" in window.filters.date_from.styleSheet()


def test_switching_to_russian_and_kazakh_relabels_the_window(qtbot, observer, field_app):
    records.add_records(observer, [RECORD])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.language_actions["ru"].trigger()
    assert window.new_action.text() == "Новая запись"
    assert window.proxy.headerData(0, Qt.Orientation.Horizontal) == "Дата"
    assert window.proxy.index(0, 2).data() == "Павлодарская область"
    window.table.selectRow(0)
    window.new_record()
    assert window.editor.labels["region"].text().startswith("Регион")
    window.editor.reject()
    window.language_actions["kk"].trigger()
    assert window.proxy.index(0, 2).data() == "Павлодар облысы"
    assert window.new_action.text() != "New record"
    window.language_actions["en"].trigger()
    assert window.new_action.text() == "New record"


def test_lock_hides_everything_and_asks_again(qtbot, observer, field_app):
    records.add_records(observer, [RECORD])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.table.selectRow(0)
    assert "Union leader" in window.view.toPlainText()
    window.lock_action.trigger()
    assert window.model.rowCount() == 0
    assert "Union leader" not in window.view.toPlainText()
    assert window.pages.currentIndex() == 1
    assert isinstance(field_app.dialog, UnlockDialog)
    assert field_app.session is None
    field_app.dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(field_app.dialog.accepted, timeout=20_000):
        ok_button(field_app.dialog).click()
    assert window.model.total == 1


def test_table_fetches_rows_lazily(qtbot, observer: Session, field_app):
    batch = [{**RECORD, "title": f"Case {n}"} for n in range(PAGE_SIZE * 3 + 5)]
    records.add_records(observer, batch)
    observer.lock()
    open_unlocked(qtbot, field_app)
    model = field_app.window.model
    assert model.total == len(batch)
    assert model.rowCount() < len(batch)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(batch)


def test_attach_evidence_shows_what_metadata_was_removed(
    qtbot, observer, field_app, prompts, tmp_path: Path
):
    records.add_records(observer, [RECORD])
    observer.lock()
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif.get_ifd(0x8825)[2] = (43.0, 15.0, 0.0)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "JPEG", exif=exif)
    photo.write_bytes(buffer.getvalue())
    prompts.attachment = photo
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.table.selectRow(0)
    panel = window.attachments
    with qtbot.waitSignal(panel.redaction_opened, timeout=20_000) as opened:
        panel.add_button.click()
    with qtbot.waitSignal(panel.attached, timeout=20_000):
        opened.args[0].attach_button.click()  # nothing to hide in this one
    [row] = shown_rows(panel.list)
    assert "GPS location" in " ".join(row)
    assert "GPS location" in panel.result.text()


def test_change_passphrase_from_the_window(qtbot, observer, field_app, vault_dir):
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.passphrase_action.trigger()
    dialog = window.passphrase_dialog
    dialog.current.setText("not it at all")
    dialog.new.passphrase.setText("brand new copper lantern")
    dialog.new.repeat.setText("brand new copper lantern")
    with qtbot.waitSignal(dialog.error_shown, timeout=30_000):
        ok_button(dialog).click()
    assert dialog.error.text() == "Wrong passphrase."
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        ok_button(dialog).click()
    field_app.lock()
    unlock = field_app.dialog
    unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(unlock.error_shown, timeout=20_000):
        ok_button(unlock).click()
    unlock.passphrase.setText("brand new copper lantern")
    with qtbot.waitSignal(unlock.accepted, timeout=20_000):
        ok_button(unlock).click()


def test_audit_log_check_reports_the_chain(qtbot, observer, field_app, prompts):
    records.add_records(observer, [RECORD])
    observer.lock()
    open_unlocked(qtbot, field_app)
    field_app.window.audit_action.trigger()
    assert prompts.infos == ["The audit log is intact: 2 entries, each chained to the one before."]
