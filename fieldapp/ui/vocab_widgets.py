"""Inputs driven by the vocabulary: code combos and checkable lists with translated labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

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


class CodeChecklist(QListWidget):
    """Several codes at once (a threat's sectors)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        super().__init__()
        self.vocabulary = vocabulary
        self.set_language("en")

    def set_language(self, language: str) -> None:
        chosen = set(self.codes())
        self.clear()
        for term in self.vocabulary.terms:
            item = QListWidgetItem(term.label(language))
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if term.code in chosen else Qt.CheckState.Unchecked
            )
            self.addItem(item)

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
