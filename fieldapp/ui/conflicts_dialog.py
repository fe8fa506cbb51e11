"""Records edited on both sides: the versions field by field beside the common earlier
version, and the coordinator's choice of each differing field (or of one version whole)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
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

from fieldapp.domain.record import FIELDS, OPTIONAL_FIELDS, sources_summary
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import FieldappError
from fieldapp.services import case_views, conflicts
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.list_models import ConflictListModel
from fieldapp.ui.row_table import Index, RowTableView, fit_rows_to_text

_DIFFERS = QBrush(QColor("#fff3c4"))
_CHOSEN = QBrush(QColor("#cdeccd"))
# Fields shown always; the case fields and the (counted, never opened) sealed sources only
# when some side has them or they differ, so an ordinary record is not a long grid.
_ALWAYS = [f for f in FIELDS if f != "sources"]


class ComparisonModel(QAbstractTableModel):
    """One row per field, one column per version (the common earlier one first, when known).
    Rows whose versions differ are marked, and in them each version that can give the field
    has a check box: the one checked is the version the field is taken from."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: list[str] = []
        self._columns: list[str] = []
        self._cells: list[list[str]] = []
        self.differs: list[bool] = []
        self._pickable: list[bool] = []
        self.choice: list[int | None] = []  # per row: the column chosen (differing rows only)
        self.differs_tip = ""

    def set_grid(self, fields: list[str], columns: list[str], cells: list[list[str]],
                 differs: list[bool], pickable: list[bool], default: int | None) -> None:
        """`cells[row][column]`; labels already in the interface language; `pickable`: the
        columns a field may be taken from; `default`: the column chosen at first."""
        self.beginResetModel()
        self._fields, self._columns, self._cells = fields, columns, cells
        self.differs, self._pickable = differs, pickable
        self.choice = [default if d else None for d in differs]
        self.endResetModel()
        self.choice_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        labels = self._columns if horizontal else self._fields
        if not 0 <= section < len(labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # A sign beside the name, so the marking does not rest on colour alone.
            marked = not horizontal and self.differs[section]
            return ("≠ " if marked else "") + labels[section]
        if role == Qt.ItemDataRole.ToolTipRole and not horizontal and self.differs[section]:
            return self.differs_tip
        return None

    def _can_pick(self, row: int, column: int) -> bool:
        return self.differs[row] and self._pickable[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._can_pick(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        chosen = self.choice[row] == column
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.BackgroundRole and self.differs[row]:
            return _CHOSEN if chosen else _DIFFERS
        if role == Qt.ItemDataRole.CheckStateRole and self._can_pick(row, column):
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and chosen:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            return self.choose(index.row(), index.column())
        return False  # one box per row is always checked: unchecking it changes nothing

    def choose(self, row: int, column: int) -> bool:
        """Take the field of `row` from the version in `column`."""
        if not (0 <= row < len(self._fields) and 0 <= column < len(self._columns)):
            return False
        if not self._can_pick(row, column):
            return False
        previous = self.choice[row]
        self.choice[row] = column
        for changed in (previous, column):
            if changed is not None:
                cell = self.index(row, changed)
                self.dataChanged.emit(cell, cell)
        self.choice_changed.emit()
        return True


class ConflictView(DialogBase):
    """List on the left; on the right, the earlier version and one column per version,
    differing fields marked, a choice per differing field and a button to save it."""

    resolved = Signal(str)  # the record id

    def __init__(self, session: Session, language: str, parent: QWidget | None = None):
        super().__init__(Buttons.Close, parent, status_line=True)
        self._session = session
        self._taxonomy: Taxonomy = session.taxonomy
        self._language = language
        self._shown: conflicts.Conflict | None = None
        self.row_fields: list[str] = []  # the field (name) each row of the grid shows
        self.list_model = ConflictListModel(self)
        self.list = RowTableView(self.list_model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.fields_model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setModel(self.fields_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda index: self.fields_model.choose(index.row(),
                                                                          index.column()))
        fit_rows_to_text(self.table)
        self.choices = QHBoxLayout()
        self.combine_button = QPushButton()
        self.combine_button.clicked.connect(self.save_combined)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.table, 1)
        combine_row = QHBoxLayout()
        combine_row.addWidget(self.combine_button)
        combine_row.addStretch(1)
        right_layout.addLayout(combine_row)
        right_layout.addLayout(self.choices)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 780])
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

    # -- what a cell says -------------------------------------------------------------------

    def _value(self, name: str, record: dict[str, Any] | None) -> str:
        if record is None:
            return self.tr("(deleted)")
        value = record.get(name)
        tax, lang = self._taxonomy, self._language
        vocab = {"region": "region", "threat_type": "threat_type", "outcome": "outcome"}
        if name in vocab and value:
            return tax[vocab[name]].label(value, lang)
        if name == "sectors":
            return ", ".join(tax["sector"].label(s, lang) for s in value or [])
        if name == "legal_articles":
            return "\n".join(tax["legal_article"].label(c, lang) for c in value or [])
        if name == "case" and value:
            return self._case_reference(value)
        if name == "sources":
            count = sources_summary(value)["count"]
            if count <= 1:  # "one" in words, as Qt has no English plural forms here
                return self.tr("one sealed source") if count else "—"
            return self.tr("%n sealed sources", "", count)
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

    def _case_reference(self, case_id: str) -> str:
        try:
            return str(case_views.show_case(self._session, case_id)["reference"] or case_id)
        except FieldappError:
            return case_id  # a case this vault does not hold: its id is all there is

    def field_label(self, name: str) -> str:
        labels = {
            "title": self.tr("Title"), "occurred_on": self.tr("Date"),
            "occurred_until": self.tr("Continuing until"), "region": self.tr("Region"),
            "locality": self.tr("Locality"), "threat_type": self.tr("Type of threat"),
            "sectors": self.tr("Sectors"), "perpetrators": self.tr("Perpetrators"),
            "victims": self.tr("Persons threatened"), "description": self.tr("Description"),
            "outcome": self.tr("Positive outcome"), "case": self.tr("Case"),
            "legal_articles": self.tr("Legal articles"),
            "outcome_on": self.tr("Date of the outcome"),
            "sources": self.tr("Sources of information"),
        }
        return labels[name]

    def _header(self, side: conflicts.Side, what: str) -> str:
        when = side.version.created_at[:16].replace("T", " ")
        return f"{what}\n{when}"

    # -- showing a conflict -----------------------------------------------------------------

    def current(self) -> conflicts.Conflict | None:
        chosen = self.list.selected_objects()
        return chosen[0] if chosen else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._show(self.current())

    def _show(self, item: conflicts.Conflict | None) -> None:
        self._shown = item
        while self.choices.count():
            taken = self.choices.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if item is None:
            self.row_fields = []
            self.fields_model.set_grid([], [], [], [], [], None)
            self.combine_button.setEnabled(False)
            return
        differing = set(item.differing_fields())
        versions = [s.record for s in item.sides] + ([item.base.record] if item.base else [])
        self.row_fields = [*_ALWAYS, *(f for f in OPTIONAL_FIELDS if f in differing or any(
            r is not None and f in r for r in versions))]
        if "sources" in differing:
            self.row_fields.append("sources")
        columns, pickable, records = [], [], []
        if item.base is not None:
            columns.append(self._header(item.base, self.tr("Earlier common version")))
            pickable.append(False)
            records.append(item.base.record)
        offset = len(columns)
        for number, side in enumerate(item.sides):
            what = side.author_name + (self.tr(" (later)") if number == 0 else "")
            columns.append(self._header(side, what))
            pickable.append(side.record is not None)
            records.append(side.record)
            button = QPushButton(self.tr("Keep the version of %1 whole").replace(
                "%1", side.author_name))
            button.clicked.connect(lambda _=False, v=side.version.id: self.take(v))
            self.choices.addWidget(button)
        self.choices.addStretch(1)
        later = next((offset + n for n, s in enumerate(item.sides) if s.record is not None),
                     None)
        cells = [[self._value(name, record) for record in records] for name in self.row_fields]
        self.fields_model.set_grid([self.field_label(n) for n in self.row_fields], columns, cells,
                                   [n in differing for n in self.row_fields], pickable, later)
        self.combine_button.setEnabled(later is not None and bool(differing))

    def chosen_fields(self) -> dict[str, str]:
        """Each differing field -> the version the coordinator takes it from."""
        item = self._shown
        if item is None:
            return {}
        offset = 1 if item.base is not None else 0
        return {name: item.sides[column - offset].version.id
                for name, column in zip(self.row_fields, self.fields_model.choice, strict=True)
                if column is not None}

    # -- deciding ---------------------------------------------------------------------------

    def save_combined(self) -> None:
        item = self._shown
        if item is None:
            return
        self._resolve(item.record_id, fields=self.chosen_fields())

    def take(self, version_id: str) -> None:
        item = self.current()
        if item is not None:
            self._resolve(item.record_id, take=version_id)

    def _resolve(self, record_id: str, **choice: Any) -> None:
        try:
            conflicts.resolve(self._session, record_id, **choice)
        except FieldappError as error:
            self.show_error(error)
            return
        self.set_status(self.tr("Resolved; the choice is recorded as a new version."))
        self.refresh()
        self.resolved.emit(record_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.hint.setText(self.tr(
            "The same record was changed at the office and by an observer. Fields marked ≠"
            " differ: tick the version to take each one from (the later is ticked), then"
            " save the combined version, or keep one version whole."))
        self.fields_model.differs_tip = self.tr("The versions differ in this field.")
        self.combine_button.setText(self.tr("Save the combined version"))
        self.refresh()
