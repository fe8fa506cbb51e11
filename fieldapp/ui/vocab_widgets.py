"""Inputs driven by the vocabulary: code combos and checkable lists with translated labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QListView

from fieldapp.domain.taxonomy import Vocabulary


class CodeCombo(QComboBox):
    """A combo whose items are vocabulary codes shown by their label; '' is 'not chosen'."""

    def __init__(self, vocabulary: Vocabulary, blank: bool = True) -> None:
        super().__init__()
        self.vocabulary = vocabulary
        self._blank = blank
        # Long labels (state bodies in Russian) must not widen the form past the window.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._blank_text = ""
        self.set_language("en")

    def set_language(self, language: str, blank_text: str = "") -> None:
        code = self.code()
        self.blockSignals(True)
        self.clear()
        self._blank_text = blank_text
        if self._blank:
            self.addItem(blank_text, "")
        for term in self.vocabulary.terms:
            if not term.retired:
                self.addItem(term.label(language), term.code)
        self.blockSignals(False)
        self.set_code(code)

    def code(self) -> str:
        index = self.currentIndex()
        if index < 0:
            return ""
        data = self.itemData(index)
        return str(data) if data else ""

    def set_code(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index < 0 and code:
            # A retired code in an old record stays visible rather than silently changing.
            term_label = self.vocabulary.label(code, "en")
            self.addItem(term_label, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class CodeCheckModel(QAbstractListModel):
    """A vocabulary's terms, each checkable; a language switch relabels without a rebuild."""

    def __init__(self, vocabulary: Vocabulary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms = list(vocabulary.terms)
        self.language = "en"
        self.checked: set[str] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.terms)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        term = self.terms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return term.label(self.language)
        if role == Qt.ItemDataRole.UserRole:
            return term.code
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if term.code in self.checked
                    else Qt.CheckState.Unchecked)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        code = self.terms[index.row()].code
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(code)
        else:
            self.checked.discard(code)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_language(self, language: str) -> None:
        self.language = language
        if self.terms:
            self.dataChanged.emit(self.index(0), self.index(len(self.terms) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def set_codes(self, codes: list[str]) -> None:
        self.checked = {term.code for term in self.terms if term.code in codes}
        if self.terms:
            self.dataChanged.emit(self.index(0), self.index(len(self.terms) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def codes(self) -> list[str]:
        """The checked codes, in the vocabulary's order."""
        return [term.code for term in self.terms if term.code in self.checked]


class CodeChecklist(QListView):
    """Several codes at once (a threat's sectors): a checkable list over CodeCheckModel."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        super().__init__()
        self.check_model = CodeCheckModel(vocabulary, self)
        self.setModel(self.check_model)

    def set_language(self, language: str) -> None:
        self.check_model.set_language(language)

    def codes(self) -> list[str]:
        return self.check_model.codes()

    def set_codes(self, codes: list[str]) -> None:
        self.check_model.set_codes(codes)
