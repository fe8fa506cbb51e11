"""Sealed sources in the window: the observer cannot see them again; the office can, with
the source key; receipts then let the observer purge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from fieldapp.services import export, importing, peers, receipts, records
from fieldapp.services.session import Session, create_vault
from fieldapp.services.sources import create_source_key, set_office_source_recipient
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.delivery_actions import DeliveryActions
from fieldapp.ui.record_editor import RecordEditor
from fieldapp.ui.record_view import RecordView
from fieldapp.ui.sources_dialog import SourcesDialog
from fieldapp.ui.tasks import TaskRunner
from sync.card import parse_card
from tests.gui.conftest import PASSPHRASE, ScriptedPrompts, shown_rows

SOURCE_PASSPHRASE = "source key passphrase"
RECORD = {"title": "Journalist's flat searched", "occurred_on": "2022-01-06",
          "region": "almaty", "threat_type": "search", "sectors": ["information"],
          "sources": [{"name": "Neighbour Zh.", "contact": "+7 701 000 11 22",
                       "note": "saw the search"}]}


def card(session: Session):  # type: ignore[no-untyped-def]
    return parse_card(peers.own_card(session).to_text().encode())


@pytest.fixture
def setting(tmp_path: Path):  # type: ignore[no-untyped-def]
    office = create_vault(tmp_path / "office", "office", "Central office", PASSPHRASE,
                          params=KDF_FLOOR)
    key = tmp_path / "usb" / "source.key"
    set_office_source_recipient(office, create_source_key(key, SOURCE_PASSPHRASE, KDF_FLOOR))
    observer = create_vault(tmp_path / "observer", "observer", "Almaty observer", PASSPHRASE,
                            params=KDF_FLOOR)
    peers.add_peer(observer, card(office), card(office).fingerprint)
    peers.add_peer(office, card(observer), card(observer).fingerprint)
    yield office, observer, key
    office.lock()
    observer.lock()


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_the_observer_sees_only_a_count_after_saving(qtbot, setting):
    _, observer, _ = setting
    (record_id,) = records.add_records(observer, [RECORD])
    shown = records.show_record(observer, record_id)
    view = RecordView()
    qtbot.addWidget(view)
    view.show_record(shown, observer.taxonomy, "en")
    assert "1, sealed for the office" in view.toPlainText()
    assert "Neighbour" not in view.toPlainText() and "Show" not in view.toPlainText()
    _, stored = records.current(observer, record_id)
    editor = RecordEditor(observer.taxonomy, "en", lambda data: None, stored)
    qtbot.addWidget(editor)
    assert editor.sources.values() == []
    assert "1 source already sealed" in editor.sealed_note.text()


def test_the_office_unseals_with_the_key_and_its_passphrase(qtbot, setting, runner, tmp_path):
    office, observer, key = setting
    (record_id,) = records.add_records(observer, [RECORD])
    bundle = export.export_bundle(observer, tmp_path)
    assert bundle is not None
    assert importing.import_bundle(office, bundle.path).status == "accepted"
    dialog = SourcesDialog(office, record_id, runner, lambda parent: key)
    qtbot.addWidget(dialog)
    dialog.browse.click()
    dialog.passphrase.setText("not the source passphrase")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=20_000)
    assert dialog.error.text() == "Wrong passphrase."
    assert shown_rows(dialog.table) == []
    dialog.passphrase.setText(SOURCE_PASSPHRASE)
    with qtbot.waitSignal(dialog.unsealed, timeout=20_000):
        ok.click()
    assert shown_rows(dialog.table)[0][0] == "Neighbour Zh."
    assert dialog.passphrase.text() == ""
    actions = [row[0] for row in office.conn.execute("SELECT action FROM audit_log")]
    assert "sources.unseal" in actions
    dialog.reject()
    assert shown_rows(dialog.table) == []


def test_unsealed_sources_never_reach_the_clipboard(qtbot, setting, runner, tmp_path):
    office, observer, key = setting
    (record_id,) = records.add_records(observer, [RECORD])
    bundle = export.export_bundle(observer, tmp_path)
    assert bundle is not None
    importing.import_bundle(office, bundle.path)
    dialog = SourcesDialog(office, record_id, runner, lambda parent: key)
    qtbot.addWidget(dialog)
    dialog.browse.click()
    dialog.passphrase.setText(SOURCE_PASSPHRASE)
    with qtbot.waitSignal(dialog.unsealed, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.clipboard().setText("copied elsewhere")
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "copied elsewhere"
    QApplication.clipboard().clear()


def test_receipts_then_purge_from_the_menu(qtbot, setting, tmp_path):
    office, observer, _ = setting
    records.add_records(observer, [RECORD, {**RECORD, "title": "Second search"}])
    bundle = export.export_bundle(observer, tmp_path)
    assert bundle is not None
    importing.import_bundle(office, bundle.path)
    prompts = ScriptedPrompts()
    prompts.folder = tmp_path / "receipts"
    prompts.folder.mkdir()
    office_actions = DeliveryActions(_host(qtbot), prompts, lambda text: None)
    office_actions.set_session(office)
    assert office_actions.receipts_action.isVisible()
    assert not office_actions.purge_action.isVisible()
    office_actions.receipts_action.trigger()
    (receipt,) = prompts.folder.iterdir()
    assert "1 receipt written" in prompts.infos[-1]
    assert importing.import_bundle(observer, receipt).status == "accepted"
    observer_actions = DeliveryActions(_host(qtbot), prompts, lambda text: None)
    observer_actions.set_session(observer)
    with qtbot.waitSignal(observer_actions.records_changed):
        observer_actions.purge_action.trigger()
    assert records.count_records(observer, records.RecordQuery()) == 0
    assert receipts.write_receipts(office, prompts.folder) == []


def _host(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget
