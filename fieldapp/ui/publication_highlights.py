"""The composer's case highlights: pick a case by its title, then write, in each language,
the title and the story that will be printed. Nothing of the case is copied in: not its
records' descriptions or aliases, and never its reference."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.publication import MAX_HIGHLIGHTS, Highlight
from fieldapp.ui.publication_models import CaseListModel, HighlightListModel
from fieldapp.ui.publication_widgets import LanguageTexts
from fieldapp.ui.widgets import Retranslating


class HighlightsPanel(Retranslating, QWidget):
    """`edited` whenever a highlight is added, removed or written."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.cases = CaseListModel(self)
        self.case_picker = QComboBox()
        self.case_picker.setModel(self.cases)
        self.case_picker.setMinimumContentsLength(12)
        self.case_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_for_picked_case)
        self.model = HighlightListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        self.editor = LanguageTexts(titles=True)
        self.editor.edited.connect(self._write_current)
        self.case_label = QLabel()
        self.case_label.setBuddy(self.case_picker)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.case_label, self.case_picker):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addWidget(self.list, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setSizes([260, 400])
        box = QVBoxLayout(self)
        box.addWidget(self.note)
        box.addWidget(split, 1)
        self.retranslate()
        self._show_current()

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "A highlight prints only the title and the text you write here. The case's"
            " reference is never printed, and nothing is taken from its records: write"
            " nothing that identifies a person."))
        self.case_label.setText(self.tr("The case it tells of (never printed)"))
        self.add_button.setText(self.tr("Add highlight"))
        self.remove_button.setText(self.tr("Remove highlight"))
        self.model.relabel()

    # -- what the composer gives and takes ---------------------------------------------------

    def set_cases(self, cases: list[dict[str, Any]]) -> None:
        self.cases.set_rows(cases)
        self._enable()

    def set_language(self, language: str) -> None:
        self.model.language = language
        self.model.relabel()

    def set_highlights(self, highlights: tuple[Highlight, ...]) -> None:
        self.model.set_rows(highlights)
        if highlights:
            self.list.setCurrentIndex(self.model.index(0))
        self._show_current()

    def highlights(self) -> tuple[Highlight, ...]:
        return tuple(self.model.rows)

    # -- editing -------------------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def add_for_picked_case(self) -> None:
        case_id = self.case_picker.currentData()
        if case_id is None or len(self.model.rows) >= MAX_HIGHLIGHTS:
            return
        self.model.set_rows([*self.model.rows, Highlight({}, {}, case_id=str(case_id))])
        self.list.selectionModel().setCurrentIndex(
            self.model.index(len(self.model.rows) - 1),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()
        self.editor.titles["kk"].setFocus()
        self.edited.emit()

    def remove_current(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        self.model.set_rows([h for n, h in enumerate(self.model.rows) if n != row])
        if self.model.rows:
            self.list.setCurrentIndex(self.model.index(min(row, len(self.model.rows) - 1)))
        self._show_current()
        self.edited.emit()

    def _show_current(self) -> None:
        row = self._current_row()
        chosen: Highlight | None = self.model.rows[row] if row >= 0 else None
        self.editor.set_texts(chosen.text if chosen else {}, chosen.title if chosen else {})
        self.editor.setEnabled(chosen is not None)
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self._current_row() >= 0)
        self.add_button.setEnabled(self.cases.rowCount() > 0
                                   and len(self.model.rows) < MAX_HIGHLIGHTS)

    def _write_current(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        self.model.rows[row] = replace(self.model.rows[row], title=self.editor.title_texts(),
                                       text=self.editor.texts())
        index = self.model.index(row)
        self.model.dataChanged.emit(index, index)
        self.edited.emit()
