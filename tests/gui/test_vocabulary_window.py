"""The vocabulary in the window: the office's editor (add, relabel, retire, problems beside
their fields), the observer's read-only lists, and the window offering the vault's codes at
once, after a change in the editor or a roster that brought the office's newer vocabulary."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.services import peers, records, roster, vocabulary
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.app import FieldApp
from fieldapp.ui.record_editor import RecordEditor
from fieldapp.ui.vocabulary_dialog import VocabularyDialog
from fieldapp.ui.vocabulary_form import TermForm
from sync.card import parse_card
from tests.gui.conftest import PASSPHRASE, shown_rows
from tests.gui.test_window import open_unlocked

SAVE = QDialogButtonBox.StandardButton.Save
LABELS = {"en": "Travel ban", "ru": "Запрет на выезд", "kk": "Шетелге шығуға тыйым"}
RECORD = {"title": "Leader barred at the airport", "occurred_on": "2024-05-02",
          "region": "pavlodar", "threat_type": "detention", "sectors": ["oil"]}


def open_editor(field_app: FieldApp) -> VocabularyDialog:
    field_app.window.vocabulary.action.trigger()
    dialog = field_app.window.vocabulary.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def new_record_form(field_app: FieldApp) -> RecordEditor:
    field_app.window.new_action.trigger()
    editor = field_app.window.editor
    assert editor is not None
    return editor


def offered(editor: RecordEditor) -> list[str]:
    combo = editor.threat_type
    return [combo.itemText(n) for n in range(combo.count())]


def add_travel_ban(dialog: VocabularyDialog) -> TermForm:
    dialog.select_kind("threat_type")
    dialog.add_button.click()
    form = dialog.form
    assert form is not None
    form.code.setText("travel_ban")
    for lang, text in LABELS.items():
        getattr(form, lang).setText(text)
    form.block.set_code("administrative")
    return form


def test_a_code_the_office_adds_is_offered_by_the_next_record_form(qtbot, office, field_app):
    office.lock()
    open_unlocked(qtbot, field_app)
    dialog = open_editor(field_app)
    assert "Travel ban" not in offered(new_record_form(field_app))
    field_app.window.editor.reject()
    form = add_travel_ban(dialog)
    form.buttons.button(SAVE).click()
    assert not form.isVisible()
    row = next(r for r in shown_rows(dialog.table) if r[0] == "travel_ban")
    assert row[1:5] == [*LABELS.values(), "Administrative proceedings"] and row[5] == "active"
    assert "Code added." in dialog.status.text()
    assert "Travel ban" in offered(new_record_form(field_app))


def test_a_retired_code_leaves_new_forms_but_stays_in_a_record_that_has_it(
        qtbot, office, field_app, prompts):
    vocabulary.add_term(office, "threat_type", "travel_ban", dict(LABELS), block="administrative")
    records.add_records(office, [{**RECORD, "threat_type": "travel_ban"}])
    office.lock()
    open_unlocked(qtbot, field_app)
    dialog = open_editor(field_app)
    dialog.select_kind("threat_type")
    dialog.select_code("travel_ban")
    dialog.retire_button.click()
    assert "keep it" in prompts.questions[-1] and "no longer" in prompts.questions[-1]
    row = next(r for r in shown_rows(dialog.table) if r[0] == "travel_ban")
    assert row[5] == "retired"
    assert not dialog.retire_button.isEnabled()
    dialog.close()
    assert "Travel ban" not in offered(new_record_form(field_app))
    field_app.window.editor.reject()
    field_app.window.table.selectRow(0)
    field_app.window.edit_action.trigger()
    editor = field_app.window.editor
    assert editor is not None and editor.threat_type.currentText() == "Travel ban"


def test_a_bad_code_or_a_missing_label_is_shown_beside_it_and_nothing_changes(
        qtbot, office, field_app):
    office.lock()
    open_unlocked(qtbot, field_app)
    dialog = open_editor(field_app)
    session = field_app.window.session
    assert session is not None
    before = session.taxonomy.version
    form = add_travel_ban(dialog)
    form.code.setText("Travel Ban")
    form.kk.setText("")
    form.buttons.button(SAVE).click()
    assert form.isVisible()
    assert "lowercase Latin letters" in form.errors["code"].text()
    assert form.errors["kk"].isVisible() and "required" in form.errors["kk"].text()
    assert not form.errors["en"].isVisible()
    assert session.taxonomy.version == before
    assert "Travel Ban" not in [r[0] for r in shown_rows(dialog.table)]
    form.reject()


def test_the_office_relabels_a_code_and_the_table_says_it(qtbot, office, field_app):
    records.add_records(office, [RECORD])
    office.lock()
    open_unlocked(qtbot, field_app)
    dialog = open_editor(field_app)
    dialog.select_kind("threat_type")
    dialog.select_code("detention")
    dialog.edit_button.click()
    form = dialog.form
    assert form is not None and form.code.isReadOnly()
    form.en.setText("Arrest")
    form.buttons.button(SAVE).click()
    assert "Arrest" in [r[1] for r in shown_rows(dialog.table)]
    assert "Arrest" in shown_rows(field_app.window.table)[0]


def test_the_observer_reads_the_lists_and_cannot_change_them(qtbot, observer, field_app):
    observer.lock()
    open_unlocked(qtbot, field_app)
    dialog = open_editor(field_app)
    assert "The office keeps the vocabulary" in dialog.intro.text()
    assert "roster and receipts" in dialog.intro.text()
    assert "version" in dialog.intro.text()
    for button in (dialog.add_button, dialog.edit_button, dialog.retire_button):
        assert not button.isVisible()
    names = [dialog.kinds.index(n).data() for n in range(dialog.kinds.rowCount())]
    assert "Threat types" in names and "Legal articles" in names
    dialog.select_kind("region")
    assert "pavlodar" in [r[0] for r in shown_rows(dialog.table)]


def card_of(session: Session):  # type: ignore[no-untyped-def]
    return parse_card(peers.own_card(session).to_text().encode())


def test_a_roster_with_the_offices_new_codes_reaches_the_filters_and_the_form(
        qtbot, observer, field_app, prompts, tmp_path):
    office = create_vault(tmp_path / "office", "office", "Central office", PASSPHRASE,
                          params=KDF_FLOOR)
    peers.add_peer(observer, card_of(office), card_of(office).fingerprint)
    peers.add_peer(office, card_of(observer), card_of(observer).safety_code)
    vocabulary.add_term(office, "threat_type", "travel_ban", dict(LABELS), block="administrative")
    vocabulary.add_term(office, "sector", "fishing",
                        {"en": "Fishing", "ru": "Рыболовство", "kk": "Балық аулау"})
    usb = tmp_path / "usb"
    usb.mkdir()
    prompts.bundles = roster.publish_roster(office, usb)
    office.lock()
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    sectors = window.filters.sector
    assert "Fishing" not in [sectors.itemText(n) for n in range(sectors.count())]
    window.import_action.trigger()
    dialog = window.bundle_dialog
    assert dialog is not None
    dialog.add_button.click()
    with qtbot.waitSignal(dialog.finished_all, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "vocabulary, version" in shown_rows(dialog.table)[0][2]
    assert "Fishing" in [sectors.itemText(n) for n in range(sectors.count())]
    dialog.close()
    assert "Travel ban" in offered(new_record_form(field_app))
