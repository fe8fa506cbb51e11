"""Possible duplicates: the same incident reported by two observers, linked or dismissed
by the coordinator, never merged automatically. Either record opens beside the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.duplicates import Candidate, dismiss_pair, find_duplicates, link_pair
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.list_models import DuplicatesModel
from fieldapp.ui.record_dialog import RecordDialog
from fieldapp.ui.row_table import RowTableView


class DuplicatesDialog(DialogBase):
    decided = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None):
        super().__init__(Buttons.Close, parent)
        self._session = session
        self._language = language
        self.record_dialog: RecordDialog | None = None  # the record opened last
        self.model = DuplicatesModel(session.taxonomy, language, self)
        self.table = RowTableView(self.model)
        self.table.wrap_rows()
        # The titles take the room left; the short columns are as wide as their words.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 0
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.link_button, self.dismiss_button = QPushButton(), QPushButton()
        self.link_button.clicked.connect(lambda: self._decide(link_pair))
        self.dismiss_button.clicked.connect(lambda: self._decide(dismiss_pair))
        # One button per side of the pair, named after who reported it.
        self.open_buttons = (QPushButton(), QPushButton())
        for side, button in enumerate(self.open_buttons):
            button.clicked.connect(lambda _=False, s=side: self.open_record(s))
        opening = QHBoxLayout()
        for button in self.open_buttons:
            opening.addWidget(button)
        opening.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.link_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        self.add_body(self.table, 1)
        self.add_body(opening)
        self.add_body(row)
        self.resize(980, 480)
        self.retranslate()

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            return
        self.model.set_rows(find_duplicates(self._session))
        self._update_buttons()

    def selected_pair(self) -> Candidate | None:
        selected: list[Candidate] = self.table.selected_objects()
        return selected[0] if selected else None

    def _update_buttons(self) -> None:
        item = self.selected_pair()
        for button in (self.link_button, self.dismiss_button, *self.open_buttons):
            button.setEnabled(item is not None)
        for side, button in enumerate(self.open_buttons):
            if item is None:
                button.setText(self.tr("Open the first record") if side == 0
                               else self.tr("Open the second record"))
            else:
                button.setText(self.tr("Open the record from %1").replace(
                    "%1", self.model.observer(item.observers[side])))

    def open_record(self, side: int) -> None:
        """Show the first (0) or second (1) record of the selected pair, read-only."""
        item = self.selected_pair()
        if item is None:
            return
        record_id = (item.first, item.second)[side]
        if self.record_dialog is not None:
            self.record_dialog.close()
        self.record_dialog = RecordDialog(self._session, record_id, self._language, self)
        self.record_dialog.show()

    def _decide(self, action: Callable[[Session, str, str], None]) -> None:
        item = self.selected_pair()
        if item is None:
            return
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
