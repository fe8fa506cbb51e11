"""Inputs driven by the vocabulary (code combos and checkable lists with translated labels)
and by the vault's own lists (the case a record is filed under)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QWidget

from fieldapp.domain.taxonomy import Vocabulary
from fieldapp.ui.widgets import Retranslating


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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip holds the whole label where a narrow list cuts it (long article
            # titles).
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

    def __init__(self, vocabulary: Vocabulary, wrap: bool = False) -> None:
        """`wrap`: long labels (an article's official title) wrap at the list's width
        rather than run out of sight."""
        super().__init__()
        self.check_model = CodeCheckModel(vocabulary, self)
        self.setModel(self.check_model)
        if wrap:
            self.setWordWrap(True)
            self.setResizeMode(QListView.ResizeMode.Adjust)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSpacing(1)

    def set_language(self, language: str) -> None:
        self.check_model.set_language(language)

    def codes(self) -> list[str]:
        return self.check_model.codes()

    def set_codes(self, codes: list[str]) -> None:
        self.check_model.set_codes(codes)


class CaseListModel(QAbstractListModel):
    """'No case' and then the vault's cases (as `case_views.list_cases` gives them), each
    shown as 'REFERENCE — title'; the case's id is the UserRole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cases: list[dict[str, Any]] = []
        self.no_case_text = ""
        self.stub_text = "%1"
        self.unlisted_text = "%1"

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.cases)

    def case_at(self, row: int) -> dict[str, Any] | None:
        return self.cases[row - 1] if 0 < row <= len(self.cases) else None

    def text_of(self, case: dict[str, Any] | None) -> str:
        if case is None:
            return self.no_case_text
        if case.get("unlisted"):
            return self.unlisted_text.replace("%1", case["id"][:8])
        if case.get("stub") or not case.get("title"):
            return self.stub_text.replace("%1", case["reference"])
        return f"{case['reference']} — {case['title']}"

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.case_at(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.text_of(case)
        if role == Qt.ItemDataRole.UserRole:
            return None if case is None else case["id"]
        return None

    def set_cases(self, cases: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.cases = list(cases)
        self.endResetModel()

    def add_unlisted(self, case_id: str) -> int:
        """A case a record names that is not (yet) in this vault: kept, and said so."""
        row = 1 + len(self.cases)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cases.append({"id": case_id, "reference": "", "unlisted": True})
        self.endInsertRows()
        return row

    def set_texts(self, no_case: str, stub: str, unlisted: str) -> None:
        self.no_case_text, self.stub_text, self.unlisted_text = no_case, stub, unlisted
        self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def row_of(self, case_id: str | None) -> int:
        if not case_id:
            return 0
        return next((n + 1 for n, c in enumerate(self.cases) if c["id"] == case_id), -1)


class CaseCombo(Retranslating, QComboBox):
    """The case a record is a stage of: pick it from the list or type part of its reference
    or title (the completer matches anywhere in 'REFERENCE — title')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.case_model = CaseListModel(self)
        self.setModel(self.case_model)
        completer = QCompleter(self.case_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.retranslate()

    def set_cases(self, cases: list[dict[str, Any]]) -> None:
        chosen = self.case_value()
        self.case_model.set_cases(cases)
        self.set_case(chosen)

    def set_case(self, case_id: str | None) -> None:
        row = self.case_model.row_of(case_id)
        if row < 0 and case_id:
            row = self.case_model.add_unlisted(case_id)
        self.setCurrentIndex(max(row, 0))

    def unlisted_chosen(self) -> bool:
        """Is the choice a case this vault does not hold (a record filed under it)?"""
        case = self.case_model.case_at(self.currentIndex())
        return (case is not None and bool(case.get("unlisted"))
                and self.itemText(self.currentIndex()) == self.currentText())

    def case_value(self) -> str | None:
        """The chosen case's id; None for no case. Text that names no listed case is given
        as typed, for the services to read as a reference or to refuse beside the field."""
        typed = self.currentText()
        text = " ".join(typed.split())
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == typed:
            return self.case_model.data(self.case_model.index(index), Qt.ItemDataRole.UserRole)
        folded = text.casefold()
        for row in range(self.case_model.rowCount()):
            case = self.case_model.case_at(row)
            names = {self.case_model.text_of(case).casefold()}
            if case is not None and case.get("reference"):
                names.add(case["reference"].casefold())
            if folded in names:
                return None if case is None else str(case["id"])
        return text

    def retranslate(self) -> None:
        self.case_model.set_texts(self.tr("No case"),
                                  self.tr("%1 (cleared from this computer)"),
                                  self.tr("A case not in this vault yet (%1…)"))
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a reference or a title"))
