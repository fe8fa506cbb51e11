"""The dialogs' lists as a person uses them: sort by a header, move and select with the
keyboard, copy rows; and a dialog on the shared base relabelling on a language switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTableView

from fieldapp.services import peers
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.peers_dialog import PeersDialog
from tests.gui.conftest import PASSPHRASE, ScriptedPrompts, shown_rows

OBSERVERS = ("Zhanaozen observer", "Aktau observer", "Karaganda observer")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Session]:
    """An office with three observers enrolled; the Aktau one is revoked."""
    session = create_vault(tmp_path / "office", "office", "Central office", PASSPHRASE,
                           params=KDF_FLOOR)
    for n, name in enumerate(OBSERVERS):
        observer = create_vault(tmp_path / f"observer{n}", "observer", name, PASSPHRASE,
                                params=KDF_FLOOR)
        card = peers.own_card(observer)
        peers.add_peer(session, card, card.fingerprint)
        if name.startswith("Aktau"):
            peers.revoke_peer(session, card.fingerprint)
        observer.lock()
    yield session
    session.lock()


def open_peers(qtbot, session: Session, prompts: ScriptedPrompts) -> PeersDialog:  # type: ignore[no-untyped-def]
    dialog = PeersDialog(session, prompts, lambda parent: None, lambda parent: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_header(qtbot, view: QTableView, column: int) -> None:  # type: ignore[no-untyped-def]
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def names(view: QTableView) -> list[str]:
    return [row[0] for row in shown_rows(view)]


def test_clicking_a_header_sorts_the_list(qtbot, office):
    dialog = open_peers(qtbot, office, ScriptedPrompts())
    assert names(dialog.table) == ["Aktau observer", "Karaganda observer", "Zhanaozen observer"]
    click_header(qtbot, dialog.table, 2)  # Standing: enrolled before revoked
    assert names(dialog.table) == ["Karaganda observer", "Zhanaozen observer", "Aktau observer"]
    click_header(qtbot, dialog.table, 2)
    assert names(dialog.table)[0] == "Aktau observer"


def test_an_action_after_sorting_takes_the_row_selected(qtbot, office):
    prompts = ScriptedPrompts()
    dialog = open_peers(qtbot, office, prompts)
    click_header(qtbot, dialog.table, 0)
    click_header(qtbot, dialog.table, 0)  # by name, descending: Zhanaozen on top
    dialog.table.selectRow(0)
    dialog.revoke_button.click()
    standing = {peer.name: peer.revoked for peer in peers.list_peers(office)}
    assert standing == {"Aktau observer": True, "Karaganda observer": False,
                        "Zhanaozen observer": True}


def test_ctrl_c_copies_the_selected_rows_as_shown(qtbot, office):
    dialog = open_peers(qtbot, office, ScriptedPrompts())
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_PageUp)  # the first row
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    shown = shown_rows(table)
    assert QApplication.clipboard().text() == "\n".join("\t".join(row) for row in shown[1:])
    assert shown[1][:3] == ["Karaganda observer", "Regional observer", "enrolled"]


def test_rows_copied_from_a_list_are_taken_back_when_the_vault_locks(
    qtbot, qapp, office, field_app
):
    field_app.open_window(office)
    # The person is at our window (offscreen, Qt never activates one by itself; without this
    # the test would pass or fail with whichever test ran before it).
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    window = field_app.window
    window.open_peers()
    table = window.peers_dialog.table
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith("Aktau observer\t")
    window.lock_action.trigger()
    assert QApplication.clipboard().text() == ""


def test_a_dialog_on_the_base_relabels_when_the_language_changes(qtbot, office, field_app):
    field_app.open_window(office)
    window = field_app.window
    window.open_peers()
    dialog = window.peers_dialog
    header = dialog.table.model()
    field_app.languages.set_language("ru")
    assert dialog.windowTitle() == "Участники и регистрация"
    assert header.headerData(0, Qt.Orientation.Horizontal) == "Имя"
    assert shown_rows(dialog.table)[1][2] == "зарегистрирован"
    field_app.languages.set_language("en")
    assert dialog.windowTitle() == "Peers and enrolment"
    assert shown_rows(dialog.table)[1][2] == "enrolled"


def test_sectors_are_checked_from_the_keyboard_and_survive_a_language_switch(qtbot, field_app):
    from fieldapp.domain.taxonomy import load_default
    from fieldapp.ui.vocab_widgets import CodeChecklist

    checklist = CodeChecklist(load_default()["sector"])
    qtbot.addWidget(checklist)
    checklist.show()
    qtbot.waitExposed(checklist)
    model = checklist.check_model
    row = next(n for n in range(model.rowCount()) if model.index(n).data(Qt.ItemDataRole.UserRole)
               == "oil")
    checklist.setCurrentIndex(model.index(row))
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.codes() == ["oil"]
    english = model.index(row).data()
    field_app.languages.set_language("ru")
    checklist.set_language("ru")
    assert model.index(row).data() != english
    assert checklist.codes() == ["oil"]
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.codes() == []
