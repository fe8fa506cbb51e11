"""Possible duplicates: the same incident reported by two observers, linked or dismissed
by the coordinator, never merged automatically."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.duplicates import Candidate, dismiss_pair, find_duplicates, link_pair
from fieldapp.services.session import Session
from fieldapp.ui.widgets import error_label, show_error_text, user_message


class DuplicatesDialog(QDialog):
    decided = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._language = language
        self.candidates: list[Candidate] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.link_button, self.dismiss_button = QPushButton(), QPushButton()
        self.link_button.clicked.connect(lambda: self._decide(link_pair))
        self.dismiss_button.clicked.connect(lambda: self._decide(dismiss_pair))
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.link_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(980, 480)
        self.retranslate()

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            return
        self.candidates = find_duplicates(self._session)
        taxonomy = self._session.taxonomy
        self.table.setRowCount(len(self.candidates))
        for n, item in enumerate(self.candidates):
            cells = (
                f"{item.titles[0]}\n{item.titles[1]}",
                taxonomy["region"].label(item.region, self._language) + "\n"
                + taxonomy["threat_type"].label(item.threat_type, self._language),
                self.tr("%n day(s) apart", "", item.days_apart),
                self.tr("%n shared person(s)", "", item.shared_victims),
                self.tr("text %1% alike").replace("%1", str(round(item.text_similarity * 100))),
            )
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.table.resizeColumnToContents(0)

    def _decide(self, action: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.candidates[rows[0].row()]
        try:
            action(self._session, item.first, item.second)  # type: ignore[operator]
        except FieldappError as error:
            show_error_text(self.error, user_message(error))
            return
        self.refresh()
        self.decided.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.intro.setText(self.tr("Reports from different observers with close dates, the same"
                                   " region and type, and shared persons or similar text."
                                   " Linked records count once in every statistic."))
        self.link_button.setText(self.tr("Link as one incident"))
        self.dismiss_button.setText(self.tr("Not the same: dismiss"))
        self.table.setHorizontalHeaderLabels([self.tr("Titles"), self.tr("Where and what"),
                                              self.tr("Dates"), self.tr("Persons"),
                                              self.tr("Text")])
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
