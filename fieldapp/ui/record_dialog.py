"""One record, read-only, in a dialog of its own: for the lists that name records outside the
main table (possible duplicates), without leaving the list the coordinator is working on."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from fieldapp.errors import FieldappError
from fieldapp.services import case_views, records
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.record_view import RecordView


class RecordDialog(DialogBase):
    """The record as the main window's record view shows it (sources only counted)."""

    def __init__(self, session: Session, record_id: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Close, parent)
        self._session = session
        self._record_id = record_id
        self._language = language
        self._title = ""
        self.view = RecordView(self._case)
        self.add_body(self.view, 1)
        self.resize(620, 520)
        self.load()
        self.retranslate()

    def _case(self, case_id: str) -> dict[str, Any] | None:
        if self._session.vault.is_locked:
            return None
        return case_views.show_case(self._session, case_id)

    def load(self) -> None:
        if self._session.vault.is_locked:
            return
        try:
            shown = records.show_record(self._session, self._record_id)
        except FieldappError as error:  # deleted or purged since the list was made
            self.view.show_record(None, None, self._language)
            self.show_error(error)
            return
        self._title = str(shown["title"])
        self.view.show_record(shown, self._session.taxonomy, self._language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record: %1").replace("%1", self._title)
                            if self._title else self.tr("Record"))
