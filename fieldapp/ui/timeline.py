"""A case's stages drawn as a timeline: a vertical line down the page, a marker per stage in
its threat block's colour, each stage's date, type, title and articles beside it, and a
recourse (a positive outcome) as a green badge. A list model painted by a delegate, so a case
of dozens of stages scrolls like any list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.ui.row_table import Index
from fieldapp.ui.widgets import Retranslating

# One palette for the five threat blocks, wherever the window colours them.
BLOCK_COLOURS = {
    "criminal": "#b3261e",
    "criminal_executive": "#7b1fa2",
    "administrative": "#c77700",
    "civil": "#1565c0",
    "other": "#546e7a",
}
UNKNOWN_BLOCK = "#8a8a8a"
RECOURSE_COLOUR = "#2e7d32"
LINE_COLOUR = "#b8bec6"
MUTED_COLOUR = "#5f6368"
CONFLICT_COLOUR = "#a05a00"

STAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the stage's dict, as show_case gives it
DATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "2024-03-14" or "2024-03-14 – 2024-04"
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 3  # the threat block's code
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 4  # the marker's QColor
TYPE_ROLE = Qt.ItemDataRole.UserRole + 5  # the threat type's label
ARTICLES_ROLE = Qt.ItemDataRole.UserRole + 6  # the legal articles' labels
RECOURSE_ROLE = Qt.ItemDataRole.UserRole + 7  # the recourse badge's text, or None
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 8  # the conflict note, or None
BLOCK_LABEL_ROLE = Qt.ItemDataRole.UserRole + 9  # the threat block's label


def block_colour(block: str | None) -> QColor:
    return QColor(BLOCK_COLOURS.get(block or "", UNKNOWN_BLOCK))


class TimelineModel(QAbstractListModel):
    """The stages in the order given (show_case gives them in date order)."""

    def __init__(self, taxonomy: Taxonomy, language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._language = language
        self._stages: list[dict[str, Any]] = []

    def set_stages(self, stages: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._stages = list(stages)
        self.endResetModel()

    def stages(self) -> list[dict[str, Any]]:
        return list(self._stages)

    def set_language(self, language: str) -> None:
        """Labels come from the vocabulary and tr(): views ask again, in the new language."""
        self._language = language
        # A layout change, not only a data change: the labels' lengths, so the stages'
        # heights, differ from one language to another.
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stages)

    def label(self, vocabulary: str, code: str | None) -> str:
        return self._taxonomy[vocabulary].label(code, self._language) if code else ""

    def date_text(self, stage: dict[str, Any]) -> str:
        until = stage.get("occurred_until")
        return stage["occurred_on"] + (f" – {until}" if until else "")

    def recourse_text(self, stage: dict[str, Any]) -> str | None:
        if not stage.get("outcome"):
            return None
        outcome = self.label("outcome", stage["outcome"])
        if stage.get("outcome_on"):
            return self.tr("Recourse: %1, %2").replace("%1", outcome).replace(
                "%2", stage["outcome_on"])
        return self.tr("Recourse: %1").replace("%1", outcome)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._stages):
            return None
        stage = self._stages[index.row()]
        if role == STAGE_ROLE:
            return stage
        if role == DATE_ROLE:
            return self.date_text(stage)
        if role == BLOCK_ROLE:
            return stage.get("threat_block")
        if role == BLOCK_LABEL_ROLE:
            return self.label("threat_block", stage.get("threat_block"))
        if role == COLOUR_ROLE:
            return block_colour(stage.get("threat_block"))
        if role == TYPE_ROLE:
            return self.label("threat_type", stage.get("threat_type"))
        if role == ARTICLES_ROLE:
            return [self.label("legal_article", code) for code in stage.get("legal_articles", [])]
        if role == RECOURSE_ROLE:
            return self.recourse_text(stage)
        if role == CONFLICT_ROLE:
            return (self.tr("Two versions of this stage are in conflict.")
                    if stage.get("in_conflict") else None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # Read aloud by screen readers and copied as text: the stage in one line.
            parts = [self.date_text(stage), self.label("threat_type", stage.get("threat_type")),
                     stage.get("title") or ""]
            return " — ".join(p for p in parts if p)
        return None


@dataclass(frozen=True)
class _Piece:
    """One block of text of a stage, where the delegate draws it."""

    kind: str  # "date", "type", "block", "title", "article", "recourse", "conflict"
    rect: QRect
    text: str


PAD = 8
MARKER = 7  # radius
GAP = 3
BADGE_PAD = 5


class TimelineDelegate(QStyledItemDelegate):
    """Lays out and paints one stage; sizeHint and paint share the same layout."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def fonts(self, base: QFont) -> dict[str, QFont]:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
        return {"date": bold, "type": bold, "block": small, "title": base, "article": small,
                "recourse": bold, "conflict": small}

    def date_width(self, base: QFont) -> int:
        return QFontMetrics(self.fonts(base)["date"]).horizontalAdvance("0000-00-00") + 2 * PAD

    def line_x(self, rect: QRect, base: QFont) -> int:
        return rect.left() + self.date_width(base) + 10

    def layout(self, index: Index, rect: QRect, base: QFont) -> tuple[list[_Piece], int]:
        """Where each text goes in `rect` (its height ignored); returns them and the height
        the stage needs."""
        fonts = self.fonts(base)
        pieces: list[_Piece] = []
        wrap = int(Qt.TextFlag.TextWordWrap)

        def place(kind: str, text: str, x: int, y: int, width: int) -> int:
            bounds = QFontMetrics(fonts[kind]).boundingRect(
                QRect(x, y, max(width, 40), 10_000), wrap, text)
            pieces.append(_Piece(kind, QRect(x, y, max(width, 40), bounds.height()), text))
            return y + bounds.height()

        # The date column, left of the line: the date, and below it how long it lasted.
        date_text = str(index.data(DATE_ROLE) or "")
        start, _, until = date_text.partition(" – ")
        date_x, date_w = rect.left() + PAD, self.date_width(base) - PAD
        date_bottom = place("date", start, date_x, rect.top() + PAD, date_w)
        if until:
            date_bottom = place("block", "– " + until, date_x, date_bottom, date_w)

        x = self.line_x(rect, base) + MARKER + 12
        width = rect.right() - PAD - x
        y = rect.top() + PAD
        y = place("type", str(index.data(TYPE_ROLE) or ""), x, y, width)
        block = str(index.data(BLOCK_LABEL_ROLE) or "")
        if block:
            y = place("block", block, x, y, width)
        title = str((index.data(STAGE_ROLE) or {}).get("title") or "")
        if title:
            y = place("title", title, x, y + GAP, width)
        for article in index.data(ARTICLES_ROLE) or []:
            y = place("article", "§ " + article, x, y + GAP, width)
        recourse = index.data(RECOURSE_ROLE)
        if recourse:
            inner = place("recourse", "✓ " + recourse, x + BADGE_PAD, y + GAP + BADGE_PAD,
                          width - 2 * BADGE_PAD)
            y = inner + BADGE_PAD
        conflict = index.data(CONFLICT_ROLE)
        if conflict:
            y = place("conflict", "⚠ " + conflict, x, y + GAP, width)
        return pieces, max(y, date_bottom) + PAD + GAP - rect.top()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(self._view.viewport().width(), 320)
        _, height = self.layout(index, QRect(0, 0, width, 0), option.font)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        base: QFont = option.font
        state = option.state
        pieces, _ = self.layout(index, rect, base)
        fonts = self.fonts(base)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & QStyle.StateFlag.State_Selected:
            tint = QColor(option.palette.highlight().color())
            tint.setAlpha(45)
            painter.fillRect(rect, tint)
        colour = QColor(index.data(COLOUR_ROLE) or UNKNOWN_BLOCK)
        line_x = self.line_x(rect, base)
        marker_y = rect.top() + PAD + QFontMetrics(fonts["type"]).height() // 2
        # The line runs through every stage; it starts at the first marker and ends at the last.
        last = index.model().rowCount() - 1
        top = marker_y if index.row() == 0 else rect.top()
        bottom = marker_y if index.row() == last else rect.bottom() + 1
        painter.setPen(QPen(QColor(LINE_COLOUR), 2))
        painter.drawLine(line_x, top, line_x, bottom)
        recourse = bool(index.data(RECOURSE_ROLE))
        if recourse:  # a green ring around the marker of a positive turn
            painter.setPen(QPen(QColor(RECOURSE_COLOUR), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(line_x, marker_y), MARKER + 4, MARKER + 4)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(line_x, marker_y), MARKER, MARKER)
        text_colour = option.palette.text().color()
        for piece in pieces:
            pen = {"type": colour.darker(115), "block": QColor(MUTED_COLOUR),
                   "article": QColor(MUTED_COLOUR), "recourse": QColor("white"),
                   "conflict": QColor(CONFLICT_COLOUR)}.get(piece.kind, text_colour)
            if piece.kind == "recourse":
                badge = piece.rect.adjusted(-BADGE_PAD, -BADGE_PAD, BADGE_PAD, BADGE_PAD)
                badge.setWidth(min(badge.width(), QFontMetrics(fonts["recourse"]).boundingRect(
                    piece.rect, int(Qt.TextFlag.TextWordWrap), piece.text).width()
                    + 2 * BADGE_PAD))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(RECOURSE_COLOUR))
                painter.drawRoundedRect(badge, 6, 6)
            painter.setFont(fonts[piece.kind])
            painter.setPen(pen)
            painter.drawText(piece.rect, int(Qt.TextFlag.TextWordWrap), piece.text)
        painter.restore()


class TimelineView(Retranslating, QListView):
    """Double-click or Enter on a stage asks for that record."""

    stage_activated = Signal(str)  # the record's id

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the width changes
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A double-click or Enter, or one click where the platform activates on one.
        self.activated.connect(self._activated)
        self._empty_text = ""
        self.retranslate()

    def _activated(self, index: QModelIndex) -> None:
        stage = index.data(STAGE_ROLE) if index.isValid() else None
        if stage:
            self.stage_activated.emit(stage["id"])

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(MUTED_COLOUR))
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), self._empty_text)

    def retranslate(self) -> None:
        self._empty_text = self.tr("No stage is filed under this case yet.")
        self.viewport().update()
