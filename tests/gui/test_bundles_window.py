"""Export, import, enrolment and conflicts as the window offers them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.services import export, importing, peers, records
from fieldapp.services.session import create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.bundle_dialogs import ExportDialog, ImportDialog
from fieldapp.ui.conflicts_dialog import ConflictView
from fieldapp.ui.peers_dialog import EnrolDialog, PeersDialog
from fieldapp.ui.tasks import TaskRunner
from tests.gui.conftest import PASSPHRASE, ScriptedPrompts, card_of, enrolled_observer, shown_rows

RECORD = {"title": "Strike leader detained", "occurred_on": "2023-06-01", "region": "mangystau",
          "threat_type": "detention", "sectors": ["oil", "trade_unions"]}



@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    office = create_vault(tmp_path / "office", "office", "Central office", PASSPHRASE,
                          params=KDF_FLOOR)
    observer = enrolled_observer(office, tmp_path / "observer", "Aktau observer")
    yield office, observer
    office.lock()
    observer.lock()


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_export_dialog_writes_a_bundle_then_says_nothing_is_new(qtbot, pair, runner, tmp_path):
    _, observer = pair
    records.add_records(observer, [RECORD, {**RECORD, "title": "Second case"}])
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = ExportDialog(observer, runner, lambda parent: usb)
    qtbot.addWidget(dialog)
    dialog.browse.click()
    assert "Changes: 2 (records: 2)" in dialog.intro.text()
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    written = list(usb.iterdir())
    assert len(written) == 1 and done.args[0].path == written[0]
    assert written[0].name in dialog.status.text()
    # Everything went: the dialog says so and offers no empty export.
    assert dialog.intro.text().startswith("Nothing new to send")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert len(list(usb.iterdir())) == 1


def test_import_dialog_reports_each_file(qtbot, pair, runner, tmp_path):
    office, observer = pair
    records.add_records(observer, [RECORD])
    usb = tmp_path / "usb"
    usb.mkdir()
    good = export.export_bundle(observer, usb)
    assert good is not None
    damaged = usb / "damaged.age"
    data = bytearray(good.path.read_bytes())
    data[300] ^= 0x01
    damaged.write_bytes(bytes(data))
    dialog = ImportDialog(office, runner, lambda parent: [good.path, damaged])
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    assert len(shown_rows(dialog.table)) == 2
    with qtbot.waitSignal(dialog.finished_all, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    first, second = shown_rows(dialog.table)
    assert first[1] == "accepted"
    assert "1 new" in first[2]
    assert second[1] == "rejected"
    # Plain words first; the failed check only under Details (and in the cell's tooltip).
    assert second[2] == "This file was damaged or changed on the way. Ask for it again."
    assert "decryption check failed" in dialog.model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    dialog.details.click()
    assert "decryption check failed" in shown_rows(dialog.table)[1][2]
    assert records.count_records(office, records.RecordQuery()) == 1


def test_enrolment_needs_the_safety_code_read_out(qtbot, tmp_path):
    office = create_vault(tmp_path / "o", "office", "Central office", PASSPHRASE,
                          params=KDF_FLOOR)
    observer = create_vault(tmp_path / "b", "observer", "Taraz observer", PASSPHRASE,
                            params=KDF_FLOOR)
    card = card_of(observer)
    dialog = EnrolDialog(office, card)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.typed.setText("12345 67890 12345")
    ok.click()  # checked only now, and refused (more in test_enrolment_window)
    assert peers.list_peers(office) == []
    dialog.typed.setText(card.safety_code.replace(" ", ""))
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    assert [p.name for p in peers.list_peers(office)] == ["Taraz observer"]
    office.lock()
    observer.lock()


def test_peers_dialog_revokes_after_confirmation(qtbot, pair):
    office, _ = pair
    prompts = ScriptedPrompts()
    dialog = PeersDialog(office, prompts, lambda parent: None, lambda parent: None)
    qtbot.addWidget(dialog)
    assert shown_rows(dialog.table)[0][2] == "enrolled"
    dialog.table.selectRow(0)
    prompts.confirm_answer = False
    dialog.revoke_button.click()
    assert shown_rows(dialog.table)[0][2] == "enrolled"
    prompts.confirm_answer = True
    dialog.revoke_button.click()
    assert shown_rows(dialog.table)[0][2].startswith("revoked")


def test_conflict_view_shows_both_versions_and_records_the_choice(qtbot, pair, tmp_path):
    office, observer = pair
    (record_id,) = records.add_records(observer, [RECORD])
    first = export.export_bundle(observer, tmp_path)
    assert first is not None
    importing.import_bundle(office, first.path)
    records.edit_record(office, record_id, {"title": "Title from the office"})
    records.edit_record(observer, record_id, {"title": "Title from the observer"})
    second = export.export_bundle(observer, tmp_path)
    assert second is not None
    assert importing.import_bundle(office, second.path).in_conflict == 1
    view = ConflictView(office, "en")
    qtbot.addWidget(view)
    assert len(shown_rows(view.list)) == 1
    # The earlier common version first, then one column per side.
    assert shown_rows(view.table)[0][0] == "Strike leader detained"
    assert set(shown_rows(view.table)[0][1:]) == {"Title from the office",
                                                   "Title from the observer"}
    fields = view.table.model()
    assert fields.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color().name() in (
        "#fff3c4", "#cdeccd")
    observer_side = next(n for n in range(2) if "observer" in
                         fields.headerData(n + 1, Qt.Orientation.Horizontal))
    view.choices.itemAt(observer_side).widget().click()
    assert shown_rows(view.list) == []
    shown = records.show_record(office, record_id)
    assert shown["title"] == "Title from the observer"


def test_export_with_nothing_to_send_says_what_to_do(qtbot, pair, runner, tmp_path):
    _, observer = pair
    dialog = ExportDialog(observer, runner, lambda parent: tmp_path)
    qtbot.addWidget(dialog)
    dialog.browse.click()
    assert dialog.intro.text().startswith("Nothing to send yet: the vault has no records")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    records.add_records(observer, [RECORD])
    dialog.everything.setChecked(True)
    assert "Changes: 1 (records: 1)" in dialog.intro.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
