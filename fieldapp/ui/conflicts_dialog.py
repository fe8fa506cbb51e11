"""Records edited on both sides: the versions field by field, and the coordinator's choice."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.record import FIELDS
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import FieldappError
from fieldapp.services import conflicts
from fieldapp.services.session import Session
from fieldapp.ui.widgets import error_label, show_error_text, user_message

_DIFFERS = QBrush(QColor("#fff3c4"))
_SHOWN_FIELDS = [f for f in FIELDS if f != "sources"]


class ConflictView(QDialog):
    """List on the left; on the right, one column per version, differing fields marked."""

    def __init__(self, session: Session, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._taxonomy: Taxonomy = session.taxonomy
        self._language = language
        self._items: list[conflicts.Conflict] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choices = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.error = error_label()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(self.choices)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([260, 760])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(1040, 620)
        self.retranslate()

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            return
        self._items = conflicts.list_conflicts(self._session)
        self.list.clear()
        for item in self._items:
            shown = item.sides[0].record
            title = shown["title"] if shown else item.record_id
            self.list.addItem(title)
        if self._items:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _value(self, name: str, record: dict[str, Any] | None) -> str:
        if record is None:
            return self.tr("(deleted)")
        value = record.get(name)
        vocab = {"region": "region", "threat_type": "threat_type", "outcome": "outcome"}
        if name in vocab and value:
            return self._taxonomy[vocab[name]].label(value, self._language)
        if name == "sectors":
            return ", ".join(self._taxonomy["sector"].label(s, self._language)
                             for s in value or [])
        tax, lang = self._taxonomy, self._language
        if name == "perpetrators":
            return "\n".join(
                tax["perpetrator_kind"].label(p["kind"], lang)
                + (" / " + tax["state_body"].label(p["body"], lang) if p.get("body") else "")
                + (": " + p["name"] if p.get("name") else "") for p in value or [])
        if name == "victims":
            return "\n".join(
                v["alias"] + " (" + ", ".join(
                    tax[vocab].label(v[key], lang) for vocab, key in
                    (("victim_gender", "gender"), ("victim_category", "category")) if v.get(key)
                ) + ")" for v in value or [])
        if isinstance(value, list):
            return json.dumps(value, ensure_ascii=False)
        return "" if value is None else str(value)

    def field_labels(self) -> list[str]:
        labels = {
            "title": self.tr("Title"), "occurred_on": self.tr("Date"),
            "occurred_until": self.tr("Continuing until"), "region": self.tr("Region"),
            "locality": self.tr("Locality"), "threat_type": self.tr("Type of threat"),
            "sectors": self.tr("Sectors"), "perpetrators": self.tr("Perpetrators"),
            "victims": self.tr("Persons threatened"), "description": self.tr("Description"),
            "outcome": self.tr("Positive outcome"),
        }
        return [labels[name] for name in _SHOWN_FIELDS]

    def _show(self, row: int) -> None:
        while self.choices.count():
            taken = self.choices.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if row < 0 or row >= len(self._items):
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        item = self._items[row]
        self.table.setColumnCount(len(item.sides))
        self.table.setRowCount(len(_SHOWN_FIELDS))
        self.table.setVerticalHeaderLabels(self.field_labels())
        headers = []
        for column, side in enumerate(item.sides):
            marker = self.tr(" (shown now)") if column == 0 else ""
            when = side.version.created_at[:16].replace("T", " ")
            headers.append(f"{side.author_name}{marker}\n{when}")
            button = QPushButton(self.tr("Keep the version of %1").replace("%1",
                                                                           side.author_name))
            button.clicked.connect(lambda _=False, v=side.version.id: self.take(v))
            self.choices.addWidget(button)
        self.table.setHorizontalHeaderLabels(headers)
        for line, name in enumerate(_SHOWN_FIELDS):
            values = [self._value(name, side.record) for side in item.sides]
            differs = len(set(values)) > 1
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if differs:
                    cell.setBackground(_DIFFERS)
                self.table.setItem(line, column, cell)
        self.table.resizeRowsToContents()

    def take(self, version_id: str) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        record_id = self._items[row].record_id
        try:
            conflicts.resolve(self._session, record_id, take=version_id)
        except FieldappError as error:
            show_error_text(self.error, user_message(error))
            return
        self.message.setText(self.tr("Resolved; the choice is recorded as a new version."))
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.hint.setText(self.tr("The same record was changed at the office and by an"
                                  " observer. Fields that differ are highlighted; keep one"
                                  " version, or edit the record to combine them."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
