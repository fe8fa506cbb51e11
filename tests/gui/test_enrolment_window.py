"""Enrolment in the window: the coordinator types the code the observer reads out; the
expected code is never on the screen, a paste is refused, three misses end the attempt,
and a card of the wrong role is refused before any code is asked for."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from fieldapp.services import peers
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.ui.enrol_dialog import EnrolDialog
from fieldapp.ui.peers_dialog import PeersDialog
from sync.card import IdentityCard
from tests.gui.conftest import PASSPHRASE, ScriptedPrompts

Ok = QDialogButtonBox.StandardButton.Ok


def make(tmp_path: Path, role: str, name: str) -> Session:
    return create_vault(tmp_path / name, role, name, PASSPHRASE, params=KDF_FLOOR)


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[dict[str, Session]]:
    made = {"office": make(tmp_path, "office", "Central office"),
            "other office": make(tmp_path, "office", "Second office"),
            "observer": make(tmp_path, "observer", "Taraz observer"),
            "other observer": make(tmp_path, "observer", "Oral observer")}
    yield made
    for session in made.values():
        session.lock()


def card_file(session: Session, tmp_path: Path) -> Path:
    path = tmp_path / f"{session.identity.name}.card"
    peers.export_card(session, path)
    return path


def open_enrolment(qtbot, office: Session, card: Path) -> tuple[PeersDialog, EnrolDialog]:  # type: ignore[no-untyped-def]
    """The peers dialog, and the enrolment it opens for the card the user chose."""
    dialog = PeersDialog(office, ScriptedPrompts(), lambda parent: card, lambda parent: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.enrol_button.click()
    assert dialog.enrol_dialog is not None
    return dialog, dialog.enrol_dialog


def every_text(root: QWidget) -> str:
    """Everything the user could read or select in `root` and every widget inside it."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.whatsThis()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.index(row, column).data() or "")
                      for row in range(model.rowCount()) for column in range(model.columnCount())]
    return "\n".join(texts)


def code_spellings(card: IdentityCard) -> list[str]:
    """The expected codes as they might be shown: grouped, run together, the fingerprint."""
    return [card.safety_code, card.safety_code.replace(" ", ""), card.fingerprint,
            card.fingerprint.split(":", 1)[1]]


def assert_code_nowhere(root: QWidget, card: IdentityCard) -> None:
    shown = every_text(root)
    for spelling in code_spellings(card):
        assert spelling not in shown


def names(session: Session) -> list[str]:
    return [peer.name for peer in peers.list_peers(session)]


def test_the_expected_code_is_never_shown_before_a_match(qtbot, vaults, tmp_path):
    office, observer = vaults["office"], vaults["observer"]
    peers_dialog, enrol = open_enrolment(qtbot, office, card_file(observer, tmp_path))
    card = enrol.card
    assert enrol.isVisible() and enrol.typed.isVisibleTo(enrol)
    assert "Taraz observer" in enrol.name.text()
    assert_code_nowhere(peers_dialog, card)  # the peers dialog holds the enrolment dialog
    enrol.typed.setText("11111 22222 33333")
    enrol.buttons.button(Ok).click()
    assert enrol.verdict.isVisible() and "does not match" in enrol.verdict.text()
    assert_code_nowhere(peers_dialog, card)
    assert names(office) == []


@pytest.mark.parametrize("spelling", ["grouped", "dashes", "run together", "fingerprint"])
def test_the_code_typed_as_read_out_enrols(qtbot, vaults, tmp_path, spelling):
    office, observer = vaults["office"], vaults["observer"]
    peers_dialog, enrol = open_enrolment(qtbot, office, card_file(observer, tmp_path))
    code = peers.own_card(observer).safety_code  # as the observer reads it from their screen
    typed = {"grouped": f"  {code} ", "dashes": code.replace(" ", "-"),
             "run together": code.replace(" ", ""),
             "fingerprint": peers.own_card(observer).fingerprint.lower()}[spelling]
    qtbot.keyClicks(enrol.typed, typed)
    with qtbot.waitSignal(enrol.accepted):
        enrol.buttons.button(Ok).click()
    assert names(office) == ["Taraz observer"]
    assert peers_dialog.status.text() == "The code matched: Taraz observer is enrolled."


def test_wrong_codes_do_not_enrol_and_three_end_the_attempt(qtbot, vaults, tmp_path):
    office, observer = vaults["office"], vaults["observer"]
    _, enrol = open_enrolment(qtbot, office, card_file(observer, tmp_path))
    ok = enrol.buttons.button(Ok)
    assert not ok.isEnabled()  # nothing typed yet
    other = peers.own_card(vaults["other observer"]).safety_code  # another card's real code
    enrol.typed.setText(other)
    ok.click()
    assert "2 tries left" in enrol.verdict.text() and enrol.isVisible()
    enrol.typed.setText("12345 67890 12345")
    ok.click()
    assert "One try left" in enrol.verdict.text()
    # A code of the wrong length is a slip of the ear: said, but no try is used.
    enrol.typed.setText("12345 67890 1234")
    ok.click()
    assert enrol.verdict.text() == "A safety code has 15 digits; you typed 14. Ask for it again."
    assert enrol.tries_left == 1
    enrol.typed.setText("99999 67890 12345")
    ok.click()
    assert enrol.verdict.text().startswith("Three codes did not match. Do not enrol this card")
    assert not enrol.typed.isEnabled() and not ok.isEnabled()
    assert names(office) == []


def test_a_pasted_code_is_refused(qtbot, vaults, tmp_path):
    office, observer = vaults["office"], vaults["observer"]
    _, enrol = open_enrolment(qtbot, office, card_file(observer, tmp_path))
    QApplication.clipboard().setText(peers.own_card(observer).safety_code)
    enrol.typed.setFocus()
    qtbot.keyClick(enrol.typed, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(enrol.typed, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    assert enrol.typed.text() == ""
    assert "pasting is turned off" in enrol.verdict.text()
    QApplication.clipboard().clear()
    # A plain key last, so no later test finds Shift still held (a view's selectRow reads it).
    qtbot.keyClick(enrol.typed, Qt.Key.Key_Backspace)


@pytest.mark.parametrize(("enroller", "owner", "said"), [
    ("office", "other office", "This is another office's card. An office enrols its observers"),
    ("observer", "other observer", "This is another observer's card. An observer enrols only"),
    ("office", "office", "This is this vault's own card."),
])
def test_a_card_of_the_wrong_role_is_refused_before_the_code_box(
    qtbot, vaults, tmp_path, enroller, owner, said
):
    _, enrol = open_enrolment(qtbot, vaults[enroller], card_file(vaults[owner], tmp_path))
    assert enrol.verdict.isVisible() and enrol.verdict.text().startswith(said)
    assert not enrol.typed.isVisibleTo(enrol)
    assert not enrol.buttons.button(Ok).isVisibleTo(enrol)
    assert enrol.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Close"
    enrol.check()  # even asked directly, nothing is enrolled
    assert names(vaults[enroller]) == []


def test_an_enrolled_card_is_said_so_before_the_code_box(qtbot, vaults, tmp_path):
    office, observer = vaults["office"], vaults["observer"]
    card = peers.own_card(observer)
    peers.add_peer(office, card, card.safety_code)
    _, enrol = open_enrolment(qtbot, office, card_file(observer, tmp_path))
    assert enrol.verdict.text() == "Taraz observer is already enrolled."
    assert not enrol.typed.isVisibleTo(enrol)
