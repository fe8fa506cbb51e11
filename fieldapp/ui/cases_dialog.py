"""The list of cases: search by reference or title, open one, start a new one, and (office)
merge two cases found to be one matter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from fieldapp.domain.record import date_key
from fieldapp.errors import FieldappError
from fieldapp.services import case_views
from fieldapp.services.cases import merge_cases
from fieldapp.services.session import Session
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.error_text import user_message
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.row_table import Index, RowTableModel, RowTableView, Sortable

CaseRow = dict[str, Any]  # a row of case_views.list_cases
MUTED = "#6b6f75"


class CaseListModel(RowTableModel[CaseRow]):
    """One row per case (a merged group once, with every reference that leads to it)."""

    COLUMNS = (QT_TRANSLATE_NOOP("CaseListModel", "Reference"),
               QT_TRANSLATE_NOOP("CaseListModel", "Title"),
               QT_TRANSLATE_NOOP("CaseListModel", "Status"),
               QT_TRANSLATE_NOOP("CaseListModel", "Stages"),
               QT_TRANSLATE_NOOP("CaseListModel", "First – last stage"))

    def text(self, row: CaseRow, column: int) -> str:
        if column == 0:
            others = [r for r in row["references"] if r != row["reference"]]
            return "\n".join([row["reference"], *others])
        if column == 1:
            if row["stub"]:
                return self.tr("Cleared from this computer — the office holds it")
            return ("⚠ " if row["in_conflict"] else "") + row["title"]
        if column == 2:
            if row["status"] == "closed":
                return self.tr("Closed %1").replace("%1", row["closed_on"] or "")
            return self.tr("Open")
        if column == 3:
            return str(row["stages"])
        if not row["first_on"]:
            return "—"
        if row["last_on"] and row["last_on"] != row["first_on"]:
            return f"{row['first_on']} – {row['last_on']}"
        return str(row["first_on"])

    def sort_value(self, row: CaseRow, column: int) -> Sortable:
        if column == 3:
            return int(row["stages"])
        if column == 4:
            if not row["first_on"]:
                return ""
            year, month, day = date_key(row["first_on"])
            return f"{year:04d}-{month:02d}-{day:02d}"
        return self.text(row, column)

    def tooltip(self, row: CaseRow, column: int) -> str | None:
        if column == 0 and len(row["references"]) > 1:
            return self.tr("Merged: each of these references leads to this case.")
        if column == 1 and row["stub"]:
            return self.tr("The office confirmed holding this case, so its title, summary and"
                           " persons were removed from this computer. New stages can still be"
                           " filed under its reference.")
        if column == 1 and row["in_conflict"]:
            return self.tr("Two versions of this case are in conflict; editing it resolves"
                           " the conflict.")
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if index.isValid() and index.column() == 1 and index.row() < self.rowCount():
            row = self.row(index.row())
            if row["stub"] and role == Qt.ItemDataRole.ForegroundRole:
                return QColor(MUTED)
            if row["stub"] and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)


def merge_two(parent: QWidget, session: Session, prompts: Prompts, first: CaseRow,
              second: CaseRow) -> str | None:
    """Ask, then merge; returns the group's case id, or None if declined or refused."""
    question = QCoreApplication.translate(
        "MergeDialog", "%1 and %2 will be one case: both references will lead to it, with the"
        " stages and persons of both. A merge cannot be undone. Merge them?").replace(
        "%1", first["reference"]).replace("%2", second["reference"])
    if not prompts.confirm(
            parent, question, title=QCoreApplication.translate("MergeDialog", "Merge two cases"),
            act=QCoreApplication.translate("MergeDialog", "Merge them"),
            keep=QCoreApplication.translate("MergeDialog", "Keep them apart")):
        return None
    try:
        return merge_cases(session, first["id"], second["id"])
    except FieldappError as error:
        prompts.show_error(parent, user_message(error))
        return None


class CaseTable(RowTableView):
    """The case table with its search box, as the list and the merge picker show it."""

    def __init__(self, session: Session, exclude: str | None = None) -> None:
        model = CaseListModel()
        super().__init__(model)
        self.model_ = model
        self._session = session
        self._exclude = exclude
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.wrap_rows()
        for column, width in enumerate((140, 330, 170, 80)):
            self.setColumnWidth(column, width)

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            self.model_.set_rows([])
            return
        rows = case_views.list_cases(self._session, self.search.text())
        self.model_.set_rows(r for r in rows if r["id"] != self._exclude)

    def select_case(self, case_id: str) -> None:
        for number, row in enumerate(self.model_.rows()):
            if row["id"] == case_id:
                index = self.proxy.mapFromSource(self.model_.index(number, 0))
                self.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.scrollTo(index)


class CasesDialog(DialogBase):
    """`new_case()` opens the case form; a double-click or Open asks for the case view."""

    open_requested = Signal(str)
    merged = Signal(str)

    def __init__(self, session: Session, prompts: Prompts, new_case: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Close, parent)
        self._session = session
        self._prompts = prompts
        self.office = session.identity.role == "office"
        self.table = CaseTable(session)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.open_button, self.new_button = QPushButton(), QPushButton()
        self.merge_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(new_case)
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_button.setVisible(self.office)
        row = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.merge_button):
            row.addWidget(button)
        row.addStretch(1)
        self.add_body(self.table.search)
        self.add_body(self.table, 1)
        self.add_body(row)
        self.resize(940, 540)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.table.refresh()
        self._update_buttons()

    def show_case_row(self, case_id: str) -> None:
        self.refresh()
        self.table.select_case(case_id)

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count in (1, 2))

    def open_selected(self) -> None:
        selected = self.table.selected_objects()
        if len(selected) == 1:
            self.open_requested.emit(selected[0]["id"])

    def merge_selected(self) -> None:
        """Two cases selected: merge them; one: choose the other from a list."""
        selected = self.table.selected_objects()
        if not self.office:
            return
        if len(selected) == 2:
            group = merge_two(self, self._session, self._prompts, *selected)
            if group is not None:
                self.show_case_row(group)
                self.merged.emit(group)
        elif len(selected) == 1:
            picker = MergeDialog(self._session, self._prompts, selected[0], self)
            picker.merged.connect(self.show_case_row)
            picker.merged.connect(self.merged)
            picker.open()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cases"))
        self.set_intro(self.tr("A case follows one matter over time; each of its stages is a"
                               " threat record. Double-click a case to see its timeline."))
        self.table.search.setPlaceholderText(self.tr("Search by reference or title"))
        self.open_button.setText(self.tr("Open"))
        self.new_button.setText(self.tr("New case…"))
        self.merge_button.setText(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr(
            "Select two cases that are one matter, or one case to choose the other."))
        self.table.model_.retranslate()


class MergeDialog(DialogBase):
    """Office: choose the case that is the same matter as `case`, then confirm."""

    merged = Signal(str)

    def __init__(self, session: Session, prompts: Prompts, case: CaseRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Ok | Buttons.Cancel, parent)
        self._session = session
        self._prompts = prompts
        self._case = case
        self.table = CaseTable(session, exclude=case["id"])
        self.table.setSelectionMode(RowTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.set_accept_enabled(bool(self.table.selected_objects())))
        self.table.doubleClicked.connect(lambda _: self.merge())
        self.buttons.accepted.connect(self.merge)
        self.add_body(self.table.search)
        self.add_body(self.table, 1)
        self.set_accept_enabled(False)
        self.resize(940, 460)
        self.retranslate()
        self.table.refresh()

    def merge(self) -> None:
        chosen = self.table.selected_objects()
        if not chosen:
            return
        group = merge_two(self, self._session, self._prompts, self._case, chosen[0])
        if group is not None:
            self.merged.emit(group)
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge cases"))
        self.set_intro(self.tr("Choose the case that is the same matter as %1.").replace(
            "%1", self._case["reference"]))
        self.table.search.setPlaceholderText(self.tr("Search by reference or title"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Merge…"))
        self.table.model_.retranslate()
