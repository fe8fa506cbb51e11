"""The main window: filters, the record table, the selected record and its evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from fieldapp.domain.record import Record
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import FieldappError
from fieldapp.services import case_views, records
from fieldapp.services.records import RecordQuery
from fieldapp.services.reporting import ReportFilters, report
from fieldapp.services.session import Session, change_passphrase, verify_audit
from fieldapp.ui.attachments_panel import AttachmentsPanel
from fieldapp.ui.bundle_dialogs import ExportDialog, ImportDialog
from fieldapp.ui.case_actions import CaseActions
from fieldapp.ui.conflicts_dialog import ConflictView
from fieldapp.ui.dashboard import Dashboard
from fieldapp.ui.delivery_actions import DeliveryActions
from fieldapp.ui.duplicates_dialog import DuplicatesDialog
from fieldapp.ui.empty_hint import EmptyHint
from fieldapp.ui.error_text import user_message
from fieldapp.ui.filter_bar import FilterBar
from fieldapp.ui.i18n import Languages
from fieldapp.ui.peers_dialog import PeersDialog
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.publication_composer import PublicationActions
from fieldapp.ui.record_editor import RecordEditor
from fieldapp.ui.record_model import (
    RECORD_ID_ROLE,
    RecordSortProxy,
    RecordTableModel,
    record_table_view,
)
from fieldapp.ui.record_view import RecordView
from fieldapp.ui.sources_dialog import SourcesDialog
from fieldapp.ui.table_import_wizard import TableImportActions
from fieldapp.ui.tasks import TaskRunner
from fieldapp.ui.vault_dialogs import ChangePassphraseDialog
from fieldapp.ui.vocabulary_dialog import VocabularyActions
from fieldapp.ui.widgets import Retranslating
from fieldapp.ui.window_chrome import LockedPage, build_chrome


class MainWindow(Retranslating, QMainWindow):
    lock_requested = Signal()
    unlock_requested = Signal()
    quick_delete_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self, taxonomy: Taxonomy, languages: Languages, runner: TaskRunner, prompts: Prompts
    ) -> None:
        super().__init__()
        self._languages = languages
        self._prompts = prompts
        self._runner = runner
        self._taxonomy = taxonomy
        self.session: Session | None = None
        self.editor: RecordEditor | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.bundle_dialog: ExportDialog | ImportDialog | None = None
        self.peers_dialog: PeersDialog | None = None
        self.conflicts_dialog: ConflictView | None = None
        self.sources_dialog: SourcesDialog | None = None
        self.dashboard: Dashboard | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None

        self.model = RecordTableModel(languages.code)
        self.proxy = RecordSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table_view(self.proxy)
        self.table.doubleClicked.connect(lambda _: self.edit_record())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.filters = FilterBar(taxonomy)
        self.filters.changed.connect(self._apply_query)
        self.view = RecordView(self._case_for_view)
        self.view.show_sources_requested.connect(self.open_sources)
        self.view.case_requested.connect(self.open_case)
        self.attachments = AttachmentsPanel(runner, prompts.choose_attachment, prompts)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.view)
        right.addWidget(self.attachments)
        right.setSizes([420, 220])
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([820, 420])
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.filters)
        column.addWidget(split, 1)
        self.locked_page = LockedPage()
        self.locked_page.unlock_requested.connect(self.unlock_requested)
        self.filters.search.returnPressed.connect(self.filters.emit_query)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.locked_page)
        self.setCentralWidget(self.pages)

        self._build_actions()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.model.total_known.connect(lambda _: self._update_count())
        languages.changed.connect(self._language_changed)
        self.resize(1280, 760)
        self.retranslate()
        self._language_changed(languages.code)

    # -- actions ----------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.edit_action.triggered.connect(self.edit_record)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_record)
        # Enter and Delete act on the table only: in the search box they search and erase.
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.passphrase_action = QAction(self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.audit_action = QAction(self)
        self.audit_action.triggered.connect(self.check_audit_log)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        self.tables = TableImportActions(self, self._runner, self._prompts.choose_table)
        self.tables.imported.connect(self._table_imported)
        self.peers_action = QAction(self)
        self.peers_action.triggered.connect(self.open_peers)
        self.conflicts_action = QAction(self)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        self.dashboard_action = QAction(self)
        self.dashboard_action.triggered.connect(self.open_dashboard)
        self.duplicates_action = QAction(self)
        self.duplicates_action.triggered.connect(self.open_duplicates)
        self.delivery = DeliveryActions(self, self._prompts,
                                        lambda text: self.statusBar().showMessage(text, 5000))
        self.delivery.records_changed.connect(self._records_changed)
        self.cases = CaseActions(self, self._prompts, lambda: self._languages.code,
                                 lambda save, record: self._open_editor(save, record))
        self.vocabulary = VocabularyActions(self, self._prompts, lambda: self._languages.code)
        self.vocabulary.changed.connect(self._records_changed)
        self.publication = PublicationActions(self, self._runner, self._prompts,
                                              lambda: self._languages.code)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.quick_delete_action = QAction(self)
        self.quick_delete_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.quick_delete_action.triggered.connect(self.quick_delete_requested)
        self.addAction(self.quick_delete_action)
        self.unlock_action = QAction(self)
        self.unlock_action.triggered.connect(self.unlock_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        record_actions = (self.new_action, self.edit_action, self.delete_action,
                          self.cases.cases_action)
        self.chrome = build_chrome(
            self, self._languages,
            toolbar=(*record_actions, None, self.export_action, self.import_action,
                     self.conflicts_action, self.peers_action, None, self.lock_action),
            menu=(*record_actions, None, self.export_action, self.import_action,
                  self.tables.action, self.conflicts_action, self.peers_action,
                  *self.delivery.actions(), self.dashboard_action, self.publication.action,
                  self.duplicates_action, self.vocabulary.action, None,
                  self.passphrase_action, self.audit_action, None, self.lock_action,
                  self.settings_action, None, self.quick_delete_action),
            locked=(self.unlock_action, None, self.quick_delete_action, None,
                    self.quit_action))
        self.toolbar = self.chrome.toolbar
        self.language_actions = self.chrome.language_actions

    # -- session ---------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """None shows the locked page and drops every piece of content from the widgets."""
        self.session = session
        # Every dialog showing content closes with the vault.
        for name in ("editor", "passphrase_dialog", "bundle_dialog", "peers_dialog",
                     "conflicts_dialog", "sources_dialog", "dashboard", "duplicates_dialog"):
            dialog = getattr(self, name)
            if dialog is not None:
                dialog.reject()
                dialog.deleteLater()
                setattr(self, name, None)
        self.model.set_session(session)
        if session is not None:
            self._use_vocabulary(session.taxonomy)
        self.view.show_record(None, None, self._languages.code)
        self.attachments.show_record(None, None)
        self.pages.setCurrentIndex(0 if session else 1)
        self.chrome.show_locked(session is None)
        for action in (self.new_action, self.lock_action, self.passphrase_action,
                       self.audit_action, self.peers_action):
            action.setEnabled(session is not None)
        self._enable_record_actions()
        office = session is not None and session.identity.role == "office"
        observer = session is not None and session.identity.role == "observer"
        self.settings_action.setEnabled(session is not None)
        self.export_action.setVisible(observer)
        self.import_action.setVisible(session is not None)  # receipts and rosters too
        self.view.can_unseal = office
        self.dashboard_action.setVisible(office)
        self.duplicates_action.setVisible(office)
        self.delivery.set_session(session)
        self.cases.set_session(session)
        self.vocabulary.set_session(session)
        self.publication.set_session(session)
        self.tables.set_session(session)
        self.conflicts_action.setVisible(office)
        self._update_title()
        self._update_count()

    def _apply_query(self, query: object) -> None:
        if isinstance(query, RecordQuery):
            self.model.set_query(query)
        self.view.show_record(None, None, self._languages.code)
        self.attachments.show_record(None, None)
        self._update_count()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(RECORD_ID_ROLE)) if rows else None

    def _enable_record_actions(self) -> None:
        """Edit and Delete need a selected record."""
        chosen = self.session is not None and self.selected_id() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def _empty_text(self) -> str:
        if self.session is None:
            return ""
        if self.model.known_total == 0 and self.filters.query() == RecordQuery():
            return self.tr("No records yet: New record (Ctrl+N)")
        return self.tr("No record matches the search and filters.")

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._enable_record_actions()
        record_id = self.selected_id()
        if self.session is None or self.session.vault.is_locked or record_id is None:
            self.view.show_record(None, None, self._languages.code)
            self.attachments.show_record(None, None)
            return
        shown = records.show_record(self.session, record_id)
        self.view.show_record(shown, self.session.taxonomy, self._languages.code)
        self.attachments.show_record(self.session, record_id)

    def new_record(self, start: dict[str, Any] | None = None) -> None:
        """A new record; `start` fills it in (the next stage of a case:
        `case_views.next_stage`)."""
        session = self.session
        if session is None:
            return
        # An action's `triggered(bool)` lands here too: only a dict is a start.
        self._open_editor(lambda data: records.add_record(session, data), None,
                          start if isinstance(start, dict) else None)

    def edit_record(self) -> None:
        session, record_id = self.session, self.selected_id()
        if session is None or record_id is None:
            return
        _, current = records.current(session, record_id)
        # Sources typed in the form are added to the sealed ones, which it cannot show.
        self._open_editor(
            lambda data: records.edit_record(session, record_id, data, add_sources=True),
            current)

    def _open_editor(
        self, save: Callable[[dict[str, Any]], object], record: Record | None,
        start: dict[str, Any] | None = None,
    ) -> None:
        cases = case_views.list_cases(self.session) if self.session is not None else []
        taxonomy = self.session.taxonomy if self.session is not None else self._taxonomy
        self.editor = RecordEditor(taxonomy, self._languages.code, save, record, self,
                                   cases=cases, start=start)
        self.editor.accepted.connect(self._editor_saved)
        self.editor.finished.connect(lambda _: setattr(self, "editor", None))
        self.editor.open()

    def _case_for_view(self, case_id: str) -> dict[str, Any] | None:
        """The record view's case (its title and persons), while the vault is open."""
        if self.session is None or self.session.vault.is_locked:
            return None
        return case_views.show_case(self.session, case_id)

    def _editor_saved(self) -> None:
        self.model.reload()
        self._update_count()
        self.statusBar().showMessage(self.tr("Record saved."), 5000)

    def delete_record(self) -> None:
        session, record_id = self.session, self.selected_id()
        if session is None or record_id is None:
            return
        _, current = records.current(session, record_id)
        if not self._prompts.confirm_delete(self, current["title"]):
            return
        try:
            records.delete_record(session, record_id)
        except FieldappError as error:
            self._prompts.show_error(self, user_message(error))
            return
        self.model.reload()
        self._update_count()
        self.statusBar().showMessage(self.tr("Record deleted."), 5000)

    def open_case(self, case_id: str) -> None:
        self.cases.open_case(case_id)

    def open_export(self) -> None:
        if self.session is None:
            return
        self.bundle_dialog = ExportDialog(self.session, self._runner,
                                            self._prompts.choose_folder, self)
        self.bundle_dialog.open()

    def open_import(self) -> None:
        if self.session is None:
            return
        dialog = ImportDialog(self.session, self._runner, self._prompts.choose_bundles, self)
        dialog.finished_all.connect(lambda _: self._records_changed())
        self.bundle_dialog = dialog
        dialog.open()

    def _table_imported(self, count: int) -> None:
        self._records_changed()
        self.statusBar().showMessage(self.tr("%n records imported.", "", count), 5000)

    def open_peers(self) -> None:
        if self.session is None:
            return
        self.peers_dialog = PeersDialog(self.session, self._prompts, self._prompts.choose_card,
                                        self._prompts.save_card, self)
        self.peers_dialog.open()

    def open_dashboard(self) -> None:
        session = self.session
        if session is None:
            return

        def compute(f: dict[str, str | None]) -> dict[str, Any]:
            return report(session, ReportFilters(
                date_from=f["from"], date_to=f["to"], region=f["region"], sector=f["sector"]))

        # Opened again: the last figures at once (the lock drops them with the dialog).
        last = self.dashboard.last_report if self.dashboard is not None else None
        dashboard = Dashboard(session.taxonomy, self._languages.code, self._runner, compute, self,
                              last=last)
        dashboard.open_records.connect(self.show_matching)
        self.dashboard = dashboard
        dashboard.show()
        dashboard.refresh()

    def show_matching(self, query: object) -> None:
        """Show the records behind a dashboard bar in the main table."""
        if isinstance(query, RecordQuery):
            self.model.set_query(query)
            self._update_count()
            self.raise_()
            self.activateWindow()

    def open_duplicates(self) -> None:
        if self.session is None:
            return
        self.duplicates_dialog = DuplicatesDialog(self.session, self._languages.code, self)
        self.duplicates_dialog.decided.connect(self._records_changed)
        self.duplicates_dialog.open()

    def open_sources(self) -> None:
        record_id = self.selected_id()
        if self.session is None or record_id is None:
            return
        self.sources_dialog = SourcesDialog(self.session, record_id, self._runner,
                                            self._prompts.choose_source_key, self)
        self.sources_dialog.open()

    def open_conflicts(self) -> None:
        if self.session is None:
            return
        self.conflicts_dialog = ConflictView(self.session, self._languages.code, self)
        self.conflicts_dialog.finished.connect(lambda _: self._records_changed())
        self.conflicts_dialog.open()

    def _records_changed(self) -> None:
        """After an import, a vocabulary change, a decision on conflicts or duplicates."""
        if self.session is not None and self.session.taxonomy is not self._taxonomy:
            self._use_vocabulary(self.session.taxonomy)
        self.model.reload()
        self._update_count()

    def _use_vocabulary(self, taxonomy: Taxonomy) -> None:
        """The vault's vocabulary (not the installed files) in the filters, the table's
        labels, the dashboard and the next record form."""
        self._taxonomy = taxonomy
        self.filters.set_taxonomy(taxonomy)
        self.model.set_language(self._languages.code)
        if self.dashboard is not None:
            self.dashboard.set_taxonomy(taxonomy)

    def change_passphrase(self) -> None:
        session = self.session
        if session is None:
            return

        def change(current: str, new: str) -> Session:
            change_passphrase(session, new, current_passphrase=current)
            return session

        self.passphrase_dialog = ChangePassphraseDialog(self._runner, change, self)
        self.passphrase_dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Passphrase changed."), 5000))
        self.passphrase_dialog.open()

    def check_audit_log(self) -> None:
        if self.session is None:
            return
        count, problems = verify_audit(self.session)
        if problems:
            self._prompts.show_error(self, self.tr("The audit log was tampered with: %1").replace(
                "%1", "; ".join(problems)))
        else:
            self._prompts.show_info(self, self.tr(
                "The audit log is intact: %n entries, each chained to the one before.", "",
                count))

    # -- text -----------------------------------------------------------------------------------

    def _update_title(self) -> None:
        name = f" — {self.session.identity.name}" if self.session else ""
        self.setWindowTitle("fieldapp" + name)

    def _update_count(self) -> None:
        # A long list is counted after its first page paints; total_known brings the count.
        self.empty_hint.update()
        total = self.model.known_total
        if self.session is None:
            self.count_label.clear()  # locked: nothing is counted
        elif total is not None:
            self.count_label.setText(self.tr("%n records", "", total))

    def _language_changed(self, code: str) -> None:
        self.model.set_language(code)
        self.filters.set_language(code)
        self.language_actions[code].setChecked(True)
        if self.dashboard is not None:
            self.dashboard.set_language(code)  # its charts' category labels
        self._selection_changed()

    def retranslate(self) -> None:
        self.dashboard_action.setText(self.tr("Dashboard…"))
        self.duplicates_action.setText(self.tr("Possible duplicates…"))
        self.tables.retranslate()
        self.delivery.retranslate()
        self.cases.retranslate()
        self.vocabulary.retranslate()
        self.publication.retranslate()
        self.new_action.setText(self.tr("New record"))
        self.edit_action.setText(self.tr("Edit"))
        self.delete_action.setText(self.tr("Delete"))
        self.lock_action.setText(self.tr("Lock"))
        self.passphrase_action.setText(self.tr("Change passphrase…"))
        self.audit_action.setText(self.tr("Check audit log"))
        self.export_action.setText(self.tr("Export for the office…"))
        self.import_action.setText(self.tr("Import bundles…"))
        self.peers_action.setText(self.tr("Peers…"))
        self.conflicts_action.setText(self.tr("Conflicts…"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.settings_action.setText(self.tr("Settings…"))
        self.quick_delete_action.setText(self.tr("Quick delete…"))
        self.quick_delete_action.setToolTip(self.tr(
            "Overwrite and delete this vault after a short countdown (Ctrl+Shift+Delete)"))
        self.unlock_action.setText(self.tr("Unlock…"))
        self.quit_action.setText(self.tr("Quit"))
        self.chrome.retranslate()
        self._update_count()
