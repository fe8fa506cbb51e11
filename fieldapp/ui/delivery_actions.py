"""Receipts (office) and purging delivered records (observer), as menu actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.purge import auto_purge, purge_delivered, purgeable, set_auto_purge
from fieldapp.services.receipts import write_receipts
from fieldapp.services.session import Session
from fieldapp.ui.error_text import user_message
from fieldapp.ui.prompts import Prompts


class DeliveryActions(QObject):
    """Owns three actions; the window adds them to its menu and passes the session in."""

    records_changed = Signal()

    def __init__(self, parent: QWidget, prompts: Prompts,
                 status: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._prompts = prompts
        self._status = status
        self.session: Session | None = None
        self.receipts_action = QAction(parent)
        self.receipts_action.triggered.connect(self.write_receipts)
        self.purge_action = QAction(parent)
        self.purge_action.triggered.connect(self.purge)
        self.auto_purge_action = QAction(parent, checkable=True)
        self.auto_purge_action.toggled.connect(self._auto_purge_toggled)
        self.retranslate()
        self.set_session(None)

    def actions(self) -> list[QAction]:
        return [self.receipts_action, self.purge_action, self.auto_purge_action]

    def set_session(self, session: Session | None) -> None:
        self.session = session
        office = session is not None and session.identity.role == "office"
        observer = session is not None and session.identity.role == "observer"
        self.receipts_action.setVisible(office)
        self.purge_action.setVisible(observer)
        self.auto_purge_action.setVisible(observer)
        self.auto_purge_action.blockSignals(True)
        self.auto_purge_action.setChecked(observer and session is not None
                                          and auto_purge(session))
        self.auto_purge_action.blockSignals(False)

    def write_receipts(self) -> None:
        if self.session is None:
            return
        folder = self._prompts.choose_folder(self._parent)
        if folder is None:
            return
        try:
            written = write_receipts(self.session, folder)
        except FieldappError as error:
            self._prompts.show_error(self._parent, user_message(error))
            return
        if not written:
            self._prompts.show_info(self._parent, self.tr(
                "No observer has new versions to confirm; no receipt was written."))
            return
        lines = [f"{w.observer}: {w.path.name}" for w in written]
        self._prompts.show_info(self._parent, self.tr(
            "%n receipts written. Give each observer their own:", "", len(written))
            + "\n" + "\n".join(lines))

    def purge(self) -> None:
        if self.session is None:
            return
        count = len(purgeable(self.session))
        if not count:
            self._prompts.show_info(self._parent, self.tr(
                "Nothing to purge: no record has been confirmed by the office yet."))
            return
        if not self._prompts.confirm(
                self._parent, self.tr(
                    "Purge %n records the office confirmed holding? Their content, sources"
                    " and evidence are removed from this computer; only their ids remain.", "",
                    count),
                title=self.tr("Purge %n records", "", count),
                act=self.tr("Purge %n records", "", count), keep=self.tr("Keep them")):
            return
        purged = purge_delivered(self.session)
        self._status(self.tr("%n records purged.", "", purged))
        self.records_changed.emit()

    def _auto_purge_toggled(self, enabled: bool) -> None:
        if self.session is not None:
            set_auto_purge(self.session, enabled)

    def retranslate(self) -> None:
        self.receipts_action.setText(self.tr("Write receipts…"))
        self.purge_action.setText(self.tr("Purge delivered records…"))
        self.auto_purge_action.setText(self.tr("Purge automatically on receipt"))
