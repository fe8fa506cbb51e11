"""Peers: this vault's own card, the peers it trusts, enrolment (see enrol_dialog) and
revocation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services import peers
from fieldapp.services.peers import Peer
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.empty_hint import EmptyHint
from fieldapp.ui.enrol_dialog import EnrolDialog
from fieldapp.ui.list_models import PeerTableModel
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.row_table import RowTableView


class PeersDialog(DialogBase):
    """The office's observers (or the observer's office), this vault's own card, enrol and
    revoke."""

    def __init__(
        self,
        session: Session,
        prompts: Prompts,
        choose_card: Callable[[QWidget], Path | None],
        save_card: Callable[[QWidget], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Buttons.Close, parent, status_line=True)
        self._session = session
        self._prompts = prompts
        self._choose_card = choose_card
        self._save_card = save_card
        self.enrol_dialog: EnrolDialog | None = None
        card = peers.own_card(session)
        self.own_box = QGroupBox()
        self.own_text = QLabel()
        self.own_text.setWordWrap(True)
        self._own = card
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_own_card)
        own_layout = QVBoxLayout(self.own_box)
        own_layout.addWidget(self.own_text)
        own_layout.addWidget(self.save_button)
        self.model = PeerTableModel(self)
        self.table = RowTableView(self.model)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.enrol_button = QPushButton()
        self.enrol_button.clicked.connect(self.enrol_from_card)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.enrol_button)
        actions.addWidget(self.revoke_button)
        actions.addStretch(1)
        self.add_body(self.own_box)
        self.add_body(self.table)
        self.add_body(actions)
        self.resize(820, 480)
        self.retranslate()

    def _empty_text(self) -> str:
        if self._session.identity.role == "office":
            return self.tr("No observer is enrolled yet. Ask an observer for their identity"
                           " card, then enrol it with the button below.")
        return self.tr("No office is enrolled yet: your bundles cannot go anywhere. Ask the"
                       " office for its identity card, then enrol it with the button below.")

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            return
        self.model.set_rows(peers.list_peers(self._session))
        self.table.resizeColumnsToContents()

    def enrol_from_card(self) -> None:
        path = self._choose_card(self)
        if path is None:
            return
        self.error.hide()
        try:
            card = peers.read_card(path)
        except FieldappError as error:
            self.show_error(error)
            return
        self.enrol_dialog = EnrolDialog(self._session, card, self)
        self.enrol_dialog.accepted.connect(self._enrolled)
        self.enrol_dialog.open()

    def _enrolled(self) -> None:
        if self.enrol_dialog is not None:
            self.set_status(self.tr("The code matched: %1 is enrolled.").replace(
                "%1", self.enrol_dialog.card.name))
        self.refresh()

    def revoke_selected(self) -> None:
        selected: list[Peer] = self.table.selected_objects()
        if not selected:
            return
        fingerprint, name = selected[0].fingerprint, selected[0].name
        if not self._prompts.confirm(
                self, self.tr("Revoke %1? Their bundles will be refused from now on.").replace(
                    "%1", name),
                title=self.tr("Revoke %1").replace("%1", name),
                act=self.tr("Revoke %1").replace("%1", name), keep=self.tr("Keep them")):
            return
        try:
            peers.revoke_peer(self._session, fingerprint)
        except FieldappError as error:
            self.show_error(error)
            return
        self.set_status(self.tr("%1 is revoked.").replace("%1", name))
        self.refresh()

    def save_own_card(self) -> None:
        path = self._save_card(self)
        if path is None:
            return
        try:
            peers.export_card(self._session, path)
        except FieldappError as error:
            self.show_error(error)
            return
        self.set_status(self.tr("Card saved to %1.").replace("%1", str(path)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Peers and enrolment"))
        self.own_box.setTitle(self.tr("This vault"))
        self.own_text.setText(
            self.tr("%1. Fingerprint: %2. Safety code: %3. Read the safety code out to the"
                    " person who enrols you.").replace("%1", self._own.name)
            .replace("%2", self._own.fingerprint).replace("%3", self._own.safety_code))
        self.save_button.setText(self.tr("Save my identity card…"))
        self.enrol_button.setText(self.tr("Enrol from a card…"))
        self.empty_hint.update()
        self.revoke_button.setText(self.tr("Revoke…"))
        self.refresh()
