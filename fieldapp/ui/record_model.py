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
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from fieldapp.domain.dates import format_date_range
from fieldapp.services.records import (
    PageKey,
    RecordQuery,
    RecordSummary,
    count_records,
    page_records,
)
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
    """Rows are fetched a page at a time, each continuing after the last row shown, so
    200,000 records open as fast as 1,000. The first page paints before anything counts
    the whole list: the count follows in a deferred call (total_known)."""

    total_known = Signal(int)

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self._session: Session | None = None
        self._query = RecordQuery()
        self._sort = ("occurred_on", True)  # the column order, kept while searching by rank
        self._rows: list[RecordSummary] = []
        self._after: PageKey | None = None
        self._total: int | None = 0
        self._generation = 0  # a count scheduled for an older list is dropped
        self.language = language

    # -- data source -----------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.reload()

    def set_query(self, query: RecordQuery) -> None:
        """A search lists the best matches first until a column is chosen to sort by."""
        searching = bool(query.text.strip())
        if searching and not self._query.text.strip():
            query.order_by, query.descending = "rank", False
        elif searching:
            query.order_by, query.descending = self._query.order_by, self._query.descending
        else:
            query.order_by, query.descending = self._sort
        self._query = query
        self.reload()

    @property
    def query(self) -> RecordQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many records the list holds (counted now if the deferred count has not run)."""
        if self._total is None:
            self._count(self._generation)
        return self._total or 0

    @property
    def known_total(self) -> int | None:
        """The count if it has arrived, without waiting for it."""
        return self._total

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._after, self._total = [], None, 0
        if self._session is not None and not self._session.vault.is_locked:
            self._rows, self._after = page_records(self._session, self._query, PAGE_SIZE)
            if self._after is not None:  # more than one page: count after the first paints
                self._total = None
                generation = self._generation
                QTimer.singleShot(0, self, lambda: self._count(generation))
            else:
                self._total = len(self._rows)
        self.endResetModel()
        if self._total is not None:
            self.total_known.emit(self._total)

    def _count(self, generation: int) -> None:
        if generation != self._generation or self._total is not None:
            return
        session = self._session
        if session is None or session.vault.is_locked:
            return
        self._total = count_records(session, self._query)
        self.total_known.emit(self._total)

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # -- lazy fetching --------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self._session is None or parent.isValid() or self._after is None:
            return
        more, self._after = page_records(self._session, self._query, PAGE_SIZE, self._after)
        if not more:
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
            return format_date_range(row.occurred_on, row.occurred_until, lang)
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
        self._sort = (sql_column, order == Qt.SortOrder.DescendingOrder)
        self._query.order_by, self._query.descending = self._sort
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


def record_table_view(proxy: RecordSortProxy) -> QTableView:
    """The record table: one row selected at a time, sorted by date, newest first."""
    table = QTableView()
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column_index, width in enumerate((165, 300, 150, 170, 150)):
        table.setColumnWidth(column_index, width)
    return table
