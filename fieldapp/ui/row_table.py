"""A read-only table of a list of objects, one per row, and the sortable view that shows it.

The short lists of the dialogs (peers, conflicts, duplicates, import results, sources,
attachments) are all this; their models, in `list_models.py`, only say what a row shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeAlias, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

T = TypeVar("T")
Index: TypeAlias = QModelIndex | QPersistentModelIndex
Sortable: TypeAlias = str | int | float

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's object (a Peer, a Conflict...)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the column sorts by: numbers as numbers


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses list their headers in COLUMNS (marked with QT_TRANSLATE_NOOP in the
    subclass's own context, the class name) and say what a cell shows in `text`."""

    COLUMNS: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP gives back its text, typed object

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # -- what subclasses say --------------------------------------------------------------------

    def text(self, row: T, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: T, column: int) -> Sortable:
        return self.text(row, column)

    def tooltip(self, row: T, column: int) -> str | None:
        return None

    # -- the rows -------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Iterable[T]) -> None:
        added = list(rows)
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    def replace_row(self, number: int, row: T) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, number: int) -> T:
        return self._rows[number]

    def retranslate(self) -> None:
        """Views ask again for every text, now in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    # -- model interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, str(self.COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None


class RowTableView(QTableView):
    """Whole rows are selected; arrows and Page keys move (Ctrl+Home/End to the ends); a click
    on a header sorts (in a proxy, so the model keeps the order the service gave); Ctrl+C
    copies the selected rows, columns as shown, as tab-separated text.

    `copyable=False` is for what must stay inside the window (unsealed sources): Ctrl+C then
    copies nothing, not even the one cell a plain Qt view would copy."""

    def __init__(self, model: RowTableModel[Any], copyable: bool = True) -> None:
        super().__init__()
        self.copyable = copyable
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        # Unsorted until a header is clicked; Qt would otherwise sort by the first column,
        # descending, as soon as sorting is on.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

    def wrap_rows(self) -> None:
        fit_rows_to_text(self)

    def object_at(self, index: QModelIndex) -> Any:
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_objects(self) -> list[Any]:
        """The selected rows' objects, top to bottom as shown."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda index: index.row())
        return [self.object_at(index) for index in rows]

    def selected_text(self) -> str:
        """The selected rows as shown: columns in their on-screen order, hidden ones left out,
        one line per row (a cell's own line breaks become " / ")."""
        header = self.horizontalHeader()
        columns = [header.logicalIndex(visual) for visual in range(header.count())]
        columns = [column for column in columns if not self.isColumnHidden(column)]
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        lines = []
        for row in rows:
            cells = (str(self.proxy.index(row, column).data() or "") for column in columns)
            lines.append("\t".join(" / ".join(cell.replace("\t", " ").splitlines())
                                   for cell in cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selected_text() if self.copyable else ""
        if text:
            # The ordinary clipboard, so the window's ClipboardGuard sees it and takes it
            # back when the vault locks.
            QGuiApplication.clipboard().setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)


def fit_rows_to_text(view: QTableView) -> None:
    """Rows as tall as their wrapped text, again whenever the text or a column's width changes
    (the header's own ResizeToContents keeps heights measured at the first, narrow, layout).
    Measured once the event loop is back, when every stretched column has its final width."""
    view.setWordWrap(True)
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(view.resizeRowsToContents)
    model = view.model()
    for signal in (view.horizontalHeader().sectionResized, model.modelReset,
                   model.rowsInserted, model.dataChanged, model.layoutChanged):
        signal.connect(lambda *_: timer.start())  # start(msec) must not get the arguments
