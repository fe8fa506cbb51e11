"""The record table: a lazily fetched model over the vault and a proxy that sorts in SQL."""

from __future__ import annotations

from typing import Any, TypeAlias

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from fieldapp.services.records import RecordQuery, RecordSummary, count_records, list_records
from fieldapp.services.session import Session

PAGE_SIZE = 200
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (header text, sort column in SQL or None)
COLUMNS = (
    (QT_TRANSLATE_NOOP("RecordTableModel", "Date"), "occurred_on"),
    (QT_TRANSLATE_NOOP("RecordTableModel", "Title"), "title"),
    (QT_TRANSLATE_NOOP("RecordTableModel", "Region"), "region"),
    (QT_TRANSLATE_NOOP("RecordTableModel", "Type of threat"), "threat_type"),
    (QT_TRANSLATE_NOOP("RecordTableModel", "Block"), None),
    (QT_TRANSLATE_NOOP("RecordTableModel", "Sectors"), None),
)

Index: TypeAlias = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows are fetched a page at a time, so 100,000 records open at once."""

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self._session: Session | None = None
        self._query = RecordQuery()
        self._rows: list[RecordSummary] = []
        self._total = 0
        self.language = language

    # -- data source -----------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.reload()

    def set_query(self, query: RecordQuery) -> None:
        query.order_by, query.descending = self._query.order_by, self._query.descending
        self._query = query
        self.reload()

    @property
    def query(self) -> RecordQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = 0
        if self._session is not None and not self._session.vault.is_locked:
            self._total = count_records(self._session, self._query)
            self._rows = list_records(self._session, self._query, 0, PAGE_SIZE)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # -- lazy fetching --------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self._session is None or parent.isValid():
            return
        more = list_records(self._session, self._query, len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordTableModel", str(COLUMNS[section][0]))
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RECORD_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column())
        return None

    def _display(self, row: RecordSummary, column: int) -> str:
        if self._session is None:
            return ""
        taxonomy, lang = self._session.taxonomy, self.language
        if column == 0:
            return row.occurred_on + (f" – {row.occurred_until}" if row.occurred_until else "")
        if column == 1:
            return row.title
        if column == 2:
            return taxonomy["region"].label(row.region, lang)
        if column == 3:
            return taxonomy["threat_type"].label(row.threat_type, lang)
        if column == 4:
            return taxonomy["threat_block"].label(row.threat_block, lang)
        return ", ".join(taxonomy["sector"].label(s, lang) for s in row.sectors)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sql_column = COLUMNS[column][1]
        if sql_column is None:
            return
        self._query.order_by = sql_column
        self._query.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def record_id(self, row: int) -> str:
        return self._rows[row].id


class RecordSortProxy(QSortFilterProxyModel):
    """Sorting 100,000 rows can't happen on the fetched page alone, so it is handed to SQL."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.sort(column, order)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.sourceModel().canFetchMore(self.mapToSource(parent))

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        self.sourceModel().fetchMore(self.mapToSource(parent))
