"""The vocabulary in the window: its lists and each list's codes, which the office extends,
relabels and retires and an observer reads (they reach it with the office's roster and
receipts). The main window owns a VocabularyActions and hears `changed` to relabel what it
shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QWidget,
)

from fieldapp.domain.taxonomy import Taxonomy, Term
from fieldapp.errors import FieldappError
from fieldapp.services import vocabulary
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.row_table import Index, RowTableModel, RowTableView
from fieldapp.ui.vocabulary_form import TermForm
from fieldapp.ui.widgets import SessionAction

RETIRED_COLOUR = QColor("#8a8a8a")
MAX_COLUMN = 165  # pixels


class KindListModel(QAbstractListModel):
    """The vocabularies by their translated names, in the service's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kinds = list(vocabulary.KINDS)

    def names(self) -> dict[str, str]:
        return {"region": self.tr("Regions"), "sector": self.tr("Sectors"),
                "threat_block": self.tr("Threat blocks"), "threat_type": self.tr("Threat types"),
                "perpetrator_kind": self.tr("Perpetrator kinds"),
                "state_body": self.tr("State bodies"), "victim_gender": self.tr("Genders"),
                "victim_category": self.tr("Victim categories"),
                "outcome": self.tr("Outcomes"), "legal_article": self.tr("Legal articles")}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kinds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind = self.kinds[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.names().get(kind, kind)
        if role == Qt.ItemDataRole.UserRole:
            return kind
        return None

    def retranslate(self) -> None:
        self.dataChanged.emit(self.index(0), self.index(len(self.kinds) - 1))


class TermTableModel(RowTableModel[Term]):
    """One vocabulary's codes, retired ones greyed and in italics."""

    COLUMNS = (QT_TRANSLATE_NOOP("TermTableModel", "Code"),
               QT_TRANSLATE_NOOP("TermTableModel", "English"),
               QT_TRANSLATE_NOOP("TermTableModel", "Russian"),
               QT_TRANSLATE_NOOP("TermTableModel", "Kazakh"),
               QT_TRANSLATE_NOOP("TermTableModel", "Block"),
               QT_TRANSLATE_NOOP("TermTableModel", "State"),
               QT_TRANSLATE_NOOP("TermTableModel", "Description"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.taxonomy: Taxonomy | None = None
        self.language = "en"

    def show(self, taxonomy: Taxonomy, kind: str, language: str) -> None:
        self.taxonomy, self.language = taxonomy, language
        self.set_rows(taxonomy[kind].terms)

    def text(self, row: Term, column: int) -> str:
        if 1 <= column <= 3:
            return row.labels.get(("en", "ru", "kk")[column - 1], "")
        if column == 4:
            return (self.taxonomy["threat_block"].label(row.block, self.language)
                    if row.block and self.taxonomy is not None else "")
        if column == 5:
            return self.tr("retired") if row.retired else self.tr("active")
        if column == 6:
            return row.description or ""
        return row.code

    def tooltip(self, row: Term, column: int) -> str | None:
        if row.retired:
            return self.tr("Retired: records that have it keep it; new records cannot use it.")
        return self.text(row, column) or None

    def data(self, index: Index, role: int = 0) -> Any:
        if index.isValid() and index.row() < len(self._rows) and self._rows[index.row()].retired:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(RETIRED_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)


class VocabularyDialog(DialogBase):
    """The lists on the left, the chosen list's codes on the right; the office's buttons
    under them. Emits `changed` after each change the vault took."""

    changed = Signal()

    def __init__(self, session: Session, prompts: Prompts, language: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Close, parent, status_line=True)
        self._session = session
        self._prompts = prompts
        self._language = language
        self.office = session.identity.role == "office"
        self.form: TermForm | None = None
        self.kinds = KindListModel(self)
        self.kind_list = QListView()
        self.kind_list.setModel(self.kinds)
        self.terms = TermTableModel(self)
        self.table = RowTableView(self.terms)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        split = QSplitter()
        split.addWidget(self.kind_list)
        split.addWidget(self.table)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 1060])
        self.add_body(split, 1)
        self.add_button, self.edit_button, self.retire_button = (QPushButton() for _ in "abc")
        self.add_button.clicked.connect(self.add_code)
        self.edit_button.clicked.connect(self.edit_labels)
        self.retire_button.clicked.connect(self.retire_code)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button):
            row.addWidget(button)
            button.setVisible(self.office)
        row.addStretch(1)
        self.add_body(row)
        self.kind_list.selectionModel().currentChanged.connect(lambda *_: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.kind_list.setCurrentIndex(self.kinds.index(0))
        self.resize(1300, 660)
        self.retranslate()

    def kind(self) -> str:
        index = self.kind_list.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else self.kinds.kinds[0]

    def select_kind(self, kind: str) -> None:
        self.kind_list.setCurrentIndex(self.kinds.index(self.kinds.kinds.index(kind)))

    def selected_term(self) -> Term | None:
        chosen = self.table.selected_objects()
        return chosen[0] if chosen else None

    def refresh(self) -> None:
        """The chosen list again, from the vocabulary the vault holds now."""
        if self._session.vault.is_locked:
            return
        selected = self.selected_term()
        self.terms.show(self._session.taxonomy, self.kind(), self._language())
        self._fit_columns()
        if selected is not None:
            self.select_code(selected.code)
        self._update_intro()
        self._update_buttons()

    def select_code(self, code: str) -> None:
        for row in range(self.table.proxy.rowCount()):
            index = self.table.proxy.index(row, 0)
            if index.data() == code:
                self.table.selectRow(row)
                return

    def _fit_columns(self) -> None:
        """Each column as wide as its text, up to a limit (the tooltip has the rest); the
        description takes what is left."""
        self.table.resizeColumnsToContents()
        for column in range(self.terms.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))

    def _update_buttons(self) -> None:
        term = self.selected_term()
        self.edit_button.setEnabled(term is not None)
        self.retire_button.setEnabled(term is not None and not term.retired)

    def _update_intro(self) -> None:
        version = self.tr("Vocabulary version %1.").replace(
            "%1", str(self._session.taxonomy.version))
        if self.office:
            text = self.tr("The codes the records use. A new or relabelled code reaches the"
                           " observers with your next roster or receipts. Codes are never"
                           " deleted: a retired one stays in the records that have it.")
        else:
            text = self.tr("The office keeps the vocabulary; it arrives with the office's"
                           " roster and receipts. Here it can only be read.")
        self.set_intro(f"{text}\n{version}")

    # -- the office's changes -------------------------------------------------------------------

    def add_code(self) -> None:
        self._open_form(None)

    def edit_labels(self) -> None:
        term = self.selected_term()
        if term is not None:
            self._open_form(term)

    def _open_form(self, term: Term | None) -> None:
        form = TermForm(self._session, self.kind(), self._language, term, self)
        code = term.code if term is not None else None

        def saved() -> None:
            self.refresh()
            self.select_code(code or form.code.text().strip())
            self.set_status(self.tr("Code added.") if term is None else self.tr("Labels saved."))
            self.changed.emit()

        form.accepted.connect(saved)
        form.finished.connect(lambda _: setattr(self, "form", None))
        self.form = form
        form.open()

    def retire_code(self) -> None:
        term = self.selected_term()
        if term is None or term.retired:
            return
        question = self.tr(
            "Retire «%1»? Records that have it keep it, and it still counts in the figures;"
            " new records and edits can no longer choose it. It cannot be brought back.")
        label = term.label(self._language())
        if not self._prompts.confirm(self, question.replace("%1", label),
                                     title=self.tr("Retire «%1»").replace("%1", label),
                                     act=self.tr("Retire it"), keep=self.tr("Keep it")):
            return
        try:
            vocabulary.retire(self._session, self.kind(), term.code)
        except FieldappError as error:
            self.show_error(error)
            return
        self.error.hide()
        self.refresh()
        self.set_status(self.tr("«%1» retired.").replace("%1", term.label(self._language())))
        self.changed.emit()

    def reject(self) -> None:
        if self.form is not None:
            self.form.reject()
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vocabulary"))
        self.add_button.setText(self.tr("Add code…"))
        self.edit_button.setText(self.tr("Edit labels…"))
        self.retire_button.setText(self.tr("Retire"))
        self.kinds.retranslate()
        # The list as wide as its longest name in this language, the codes get the rest.
        self.kind_list.setMinimumWidth(self.kind_list.sizeHintForColumn(0) + 12)
        self.terms.retranslate()
        self.refresh()


class VocabularyActions(SessionAction):
    """The "Vocabulary…" action and the dialog it opens."""

    changed = Signal()

    def __init__(self, parent: QWidget, prompts: Prompts, language: Callable[[], str]) -> None:
        self._prompts = prompts
        self._language = language
        super().__init__(parent)

    def make(self, session: Session) -> VocabularyDialog:
        dialog = VocabularyDialog(session, self._prompts, self._language, self._parent)
        dialog.changed.connect(self.changed)
        return dialog

    def refresh(self, dialog: QDialog) -> None:
        if isinstance(dialog, VocabularyDialog):
            dialog.refresh()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Vocabulary…"))
