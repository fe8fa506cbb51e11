"""Records edited on both sides: the versions field by field, and the coordinator's choice."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.record import FIELDS
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import FieldappError
from fieldapp.services import conflicts
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.list_models import ConflictListModel
from fieldapp.ui.row_table import Index, RowTableView, fit_rows_to_text

_DIFFERS = QBrush(QColor("#fff3c4"))
# Sealed sources are never part of the comparison: it shows only what the window may show.
_SHOWN_FIELDS = [f for f in FIELDS if f != "sources"]


class ComparisonModel(QAbstractTableModel):
    """One row per field, one column per version; rows whose versions differ are marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: list[str] = []
        self._sides: list[str] = []
        self._cells: list[list[str]] = []

    def set_grid(self, fields: list[str], sides: list[str], cells: list[list[str]]) -> None:
        """`cells[field][side]`; the labels are already in the interface language."""
        self.beginResetModel()
        self._fields, self._sides, self._cells = fields, sides, cells
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sides)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = self._sides if orientation == Qt.Orientation.Horizontal else self._fields
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid():
            return None
        values = self._cells[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and len(set(values)) > 1:
            return _DIFFERS
        return None


class ConflictView(DialogBase):
    """List on the left; on the right, one column per version, differing fields marked."""

    def __init__(self, session: Session, language: str, parent: QWidget | None = None):
        super().__init__(Buttons.Close, parent, status_line=True)
        self._session = session
        self._taxonomy: Taxonomy = session.taxonomy
        self._language = language
        self.list_model = ConflictListModel(self)
        self.list = RowTableView(self.list_model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.fields_model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setModel(self.fields_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fit_rows_to_text(self.table)
        self.choices = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(self.choices)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([260, 760])
        self.add_body(split, 1)
        self.resize(1040, 620)
        self.retranslate()

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            return
        self.list_model.set_rows(conflicts.list_conflicts(self._session))
        if self.list_model.rowCount():
            self.list.selectRow(0)
        else:
            self._show(None)

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

    def current(self) -> conflicts.Conflict | None:
        chosen = self.list.selected_objects()
        return chosen[0] if chosen else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._show(self.current())

    def _show(self, item: conflicts.Conflict | None) -> None:
        while self.choices.count():
            taken = self.choices.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if item is None:
            self.fields_model.set_grid([], [], [])
            return
        headers = []
        for column, side in enumerate(item.sides):
            marker = self.tr(" (shown now)") if column == 0 else ""
            when = side.version.created_at[:16].replace("T", " ")
            headers.append(f"{side.author_name}{marker}\n{when}")
            button = QPushButton(self.tr("Keep the version of %1").replace("%1",
                                                                           side.author_name))
            button.clicked.connect(lambda _=False, v=side.version.id: self.take(v))
            self.choices.addWidget(button)
        cells = [[self._value(name, side.record) for side in item.sides]
                 for name in _SHOWN_FIELDS]
        self.fields_model.set_grid(self.field_labels(), headers, cells)

    def take(self, version_id: str) -> None:
        item = self.current()
        if item is None:
            return
        try:
            conflicts.resolve(self._session, item.record_id, take=version_id)
        except FieldappError as error:
            self.show_error(error)
            return
        self.set_status(self.tr("Resolved; the choice is recorded as a new version."))
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.hint.setText(self.tr("The same record was changed at the office and by an"
                                  " observer. Fields that differ are highlighted; keep one"
                                  " version, or edit the record to combine them."))
        self.refresh()
