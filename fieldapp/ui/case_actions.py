"""Cases in the window: the "Cases…" action and the dialogs it leads to (the list, one case,
the case form, a stage's record), with the session they work on. The main window owns one
and hands it the record editor, which it keeps for new and edited stages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services import case_views, records
from fieldapp.services.session import Session
from fieldapp.ui.case_form import CaseForm
from fieldapp.ui.case_view import CaseView
from fieldapp.ui.cases_dialog import CasesDialog
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.error_text import user_message
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.record_view import RecordView

Save = Callable[[dict[str, Any]], object]
OpenEditor = Callable[[Save, dict[str, Any] | None], None]


class StageDialog(DialogBase):
    """One stage's record, read-only, with a way into the record editor."""

    def __init__(self, session: Session, record_id: str, language: Callable[[], str],
                 edit: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Close, parent)
        self._session = session
        self._language = language
        self.record_id = record_id
        self.view = RecordView()
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: edit(record_id))
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        self.add_body(self.view, 1)
        self.add_body(row)
        self.resize(640, 560)
        self.retranslate()

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            return
        try:
            shown = records.show_record(self._session, self.record_id)
        except FieldappError as error:
            self.show_error(error)
            self.view.show_record(None, None, self._language())
            return
        self.view.show_record(shown, self._session.taxonomy, self._language())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stage of the case"))
        self.edit_button.setText(self.tr("Edit record…"))
        self.refresh()


class CaseActions(QObject):
    """`open_editor(save, record)` is the main window's record editor: `record` fills the
    form, `save(data)` stores what was entered or raises InvalidInput."""

    def __init__(self, parent: QWidget, prompts: Prompts, language: Callable[[], str],
                 open_editor: OpenEditor) -> None:
        super().__init__(parent)
        self._parent = parent
        self._prompts = prompts
        self._language = language
        self._open_editor = open_editor
        self.session: Session | None = None
        self.list_dialog: CasesDialog | None = None
        self.case_view: CaseView | None = None
        self.form: CaseForm | None = None
        self.stage_dialog: StageDialog | None = None
        self.cases_action = QAction(parent)
        self.cases_action.triggered.connect(self.open_list)
        self.retranslate()
        self.set_session(None)

    def set_session(self, session: Session | None) -> None:
        """Every case dialog closes with the vault: none keeps content of a locked one."""
        for name in ("form", "stage_dialog", "case_view", "list_dialog"):
            self._close(name)
        self.session = session
        self.cases_action.setEnabled(session is not None)

    def _close(self, name: str) -> None:
        dialog = getattr(self, name)
        if dialog is not None:
            setattr(self, name, None)
            dialog.reject()  # its `finished` forgets it too
            dialog.deleteLater()

    def _forget(self, name: str, dialog: QDialog) -> None:
        if getattr(self, name) is dialog:
            setattr(self, name, None)

    def _show_error(self, error: Exception) -> None:
        self._prompts.show_error(self.case_view or self.list_dialog or self._parent,
                                 user_message(error))

    # -- the list and one case ----------------------------------------------------------------

    def open_list(self) -> None:
        if self.session is None:
            return
        if self.list_dialog is None:
            dialog = CasesDialog(self.session, self._prompts, self.new_case, self._parent)
            dialog.open_requested.connect(self.open_case)
            dialog.merged.connect(lambda _: self._case_changed())
            dialog.finished.connect(lambda _: self._forget("list_dialog", dialog))
            self.list_dialog = dialog
        else:
            self.list_dialog.refresh()
        self.list_dialog.show()
        self.list_dialog.raise_()
        self.list_dialog.activateWindow()

    def new_case(self) -> None:
        if self.session is None:
            return
        form = CaseForm(self.session, self._language, None, self.list_dialog or self._parent)
        form.saved.connect(self._case_added)
        form.finished.connect(lambda _: self._forget("form", form))
        self.form = form
        form.open()

    def _case_added(self, case_id: str) -> None:
        if self.list_dialog is not None:
            self.list_dialog.show_case_row(case_id)

    def open_case(self, case_id: str) -> None:
        """Show one case (one at a time: opening another replaces it)."""
        if self.session is None:
            return
        self._close("case_view")
        view = CaseView(self.session, case_id, self._language, self._prompts,
                        self.add_next_stage, self.open_stage, self._parent)
        view.changed.connect(self._case_changed)
        view.finished.connect(lambda _: self._forget("case_view", view))
        self.case_view = view
        view.show()
        view.raise_()
        view.activateWindow()

    def _case_changed(self) -> None:
        if self.list_dialog is not None:
            self.list_dialog.refresh()
        if self.case_view is not None:
            self.case_view.refresh()

    # -- stages: records, in the main window's editor -----------------------------------------

    def add_next_stage(self, case_id: str) -> None:
        session = self.session
        if session is None:
            return
        try:
            start = case_views.next_stage(session, case_id)
        except FieldappError as error:
            self._show_error(error)
            return

        def save(data: dict[str, Any]) -> object:
            record_id = records.add_record(session, data)
            self._case_changed()
            return record_id

        self._open_editor(save, start)

    def open_stage(self, record_id: str) -> None:
        if self.session is None:
            return
        self._close("stage_dialog")
        dialog = StageDialog(self.session, record_id, self._language, self.edit_stage,
                             self.case_view or self._parent)
        dialog.finished.connect(lambda _: self._forget("stage_dialog", dialog))
        self.stage_dialog = dialog
        dialog.show()

    def edit_stage(self, record_id: str) -> None:
        session = self.session
        if session is None:
            return
        try:
            _, current = records.current(session, record_id)
        except FieldappError as error:
            self._show_error(error)
            return

        def save(data: dict[str, Any]) -> object:
            # As the main window's edit: sources typed in the form join the sealed ones.
            version = records.edit_record(session, record_id, data, add_sources=True)
            self._case_changed()
            if self.stage_dialog is not None:
                self.stage_dialog.refresh()
            return version

        self._open_editor(save, current)

    def retranslate(self) -> None:
        self.cases_action.setText(self.tr("Cases…"))
        self.cases_action.setToolTip(self.tr("Matters followed over time, stage by stage"))
