"""Possible duplicates: the same incident reported by two observers, linked or dismissed
by the coordinator, never merged automatically."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.duplicates import Candidate, dismiss_pair, find_duplicates, link_pair
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.list_models import DuplicatesModel
from fieldapp.ui.row_table import RowTableView


class DuplicatesDialog(DialogBase):
    decided = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None):
        super().__init__(Buttons.Close, parent)
        self._session = session
        self.model = DuplicatesModel(session.taxonomy, language, self)
        self.table = RowTableView(self.model)
        self.table.wrap_rows()
        self.link_button, self.dismiss_button = QPushButton(), QPushButton()
        self.link_button.clicked.connect(lambda: self._decide(link_pair))
        self.dismiss_button.clicked.connect(lambda: self._decide(dismiss_pair))
        row = QHBoxLayout()
        row.addWidget(self.link_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        self.add_body(self.table, 1)
        self.add_body(row)
        self.resize(980, 480)
        self.retranslate()

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            return
        self.model.set_rows(find_duplicates(self._session))
        self.table.resizeColumnToContents(0)

    def _decide(self, action: Callable[[Session, str, str], None]) -> None:
        selected: list[Candidate] = self.table.selected_objects()
        if not selected:
            return
        item = selected[0]
        try:
            action(self._session, item.first, item.second)
        except FieldappError as error:
            self.show_error(error)
            return
        self.refresh()
        self.decided.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.set_intro(self.tr("Reports from different observers with close dates, the same"
                               " region and type, and shared persons or similar text."
                               " Linked records count once in every statistic."))
        self.link_button.setText(self.tr("Link as one incident"))
        self.dismiss_button.setText(self.tr("Not the same: dismiss"))
        self.refresh()
