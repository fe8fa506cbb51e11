"""The composer's lists as models: saved drafts, the publication's sections, the chosen
highlights, and the office's cases to pick a highlight from (their titles only)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from fieldapp.domain.publication import SECTIONS, Highlight
from fieldapp.services.publications import DraftRow
from fieldapp.ui.row_table import Index

KEY_ROLE = Qt.ItemDataRole.UserRole  # the row's key: a draft's name, a section, a case id


class _ListModel(QAbstractListModel):
    """A list of rows; subclasses say what a row shows and what its key is."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def text(self, row: Any, number: int) -> str:
        raise NotImplementedError

    def key(self, row: Any) -> Any:
        return row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.row())  # the tip: a long case title in full
        if role == KEY_ROLE:
            return self.key(row)
        return None

    def row_of(self, key: Any) -> int:
        """The row whose key is `key`, or -1."""
        return next((n for n, row in enumerate(self.rows) if self.key(row) == key), -1)

    def relabel(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))


class DraftListModel(_ListModel):
    """The saved drafts: name and period, the last saved first."""

    def text(self, row: DraftRow, number: int) -> str:
        return f"{row.name} ({row.period_from} – {row.period_to})"

    def key(self, row: DraftRow) -> str:
        return row.name


class SectionListModel(_ListModel):
    """The sections of a publication in print order, by their translated names; a section
    with a text in any language is marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = list(SECTIONS)
        self.written: set[str] = set()

    def names(self) -> dict[str, str]:
        return {"intro": self.tr("Introduction"), "key_figures": self.tr("Key figures"),
                "by_month": self.tr("By month"), "by_year": self.tr("By year (annual report)"),
                "sectors": self.tr("Sectors"), "regions": self.tr("Regions and cities"),
                "blocks": self.tr("Blocks and types of threat"),
                "sources": self.tr("Sources of threat"),
                "persons": self.tr("Persons by gender and category"),
                "cases": self.tr("Cases and recourses"), "articles": self.tr("Legal articles"),
                "highlights": self.tr("Case highlights"),
                "methodology": self.tr("Methodology")}

    def text(self, row: str, number: int) -> str:
        name = self.names().get(row, row)
        return f"{name} ✎" if row in self.written else name

    def set_written(self, written: set[str]) -> None:
        if written != self.written:
            self.written = set(written)
            self.relabel()


class HighlightListModel(_ListModel):
    """The chosen highlights by their title in the language shown (or any, or a number)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"

    def text(self, row: Highlight, number: int) -> str:
        title = row.title.get(self.language) or next(
            (t for t in row.title.values() if t), "")
        return title or self.tr("Highlight %1 (no title yet)").replace("%1", str(number + 1))

    def key(self, row: Highlight) -> Any:
        return row.case_id


class CaseListModel(_ListModel):
    """The office's cases to tell of, by title alone: the coordinator recognises a case by
    its title, and nothing of the case itself goes into the highlight."""

    def text(self, row: dict[str, Any], number: int) -> str:
        return str(row["title"])

    def key(self, row: dict[str, Any]) -> str:
        return str(row["id"])
