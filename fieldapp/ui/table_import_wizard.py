"""Import a spreadsheet: pick the file, map its columns, see the rows that fail, import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldapp.domain.table_cells import IMPORTABLE
from fieldapp.errors import FieldappError
from fieldapp.services.session import Session
from fieldapp.services.table_import import (
    ImportPlan,
    Table,
    guess_columns,
    import_table,
    plan_import,
    read_table,
)
from fieldapp.ui.error_text import problem_message, user_message
from fieldapp.ui.tasks import Job, TaskRunner
from fieldapp.ui.widgets import SessionAction


def field_labels() -> dict[str, str]:
    """The record form's own words for each field (its translations, so the two agree)."""
    def form(text: str) -> str:
        return QCoreApplication.translate("RecordEditor", text)
    return {
        "title": form("Title *"), "occurred_on": form("Date *"),
        "occurred_until": form("Continuing until"), "region": form("Region *"),
        "locality": form("Locality"), "threat_type": form("Type of threat *"),
        "sectors": form("Sectors *"), "perpetrators": form("Perpetrators"),
        "victims": form("Persons threatened"), "description": form("Description"),
        "outcome": form("Positive outcome"), "outcome_on": form("Date of the outcome"),
        "legal_articles": form("Legal articles"), "case": form("Case"),
    }


class TableImportWizard(QWizard):
    imported = Signal(int)

    def __init__(self, session: Session, runner: TaskRunner,
                 choose_file: Callable[[QWidget], Path | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._choose = choose_file
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import spreadsheet"))
        self.file_page = QWizardPage()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.clicked.connect(self._pick)
        self.file_error = QLabel()
        self.file_error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        file_layout = QVBoxLayout(self.file_page)
        file_layout.addWidget(QLabel(self.tr(
            "A .csv or .xlsx file whose first row names the columns.")))
        file_layout.addLayout(row)
        file_layout.addWidget(self.file_error)
        self.file_page.setTitle(self.tr("Pick the spreadsheet"))
        self.file_page.isComplete = lambda: self.table is not None  # type: ignore[method-assign]

        self.map_page = QWizardPage()
        self.map_page.setTitle(self.tr("Match the columns"))
        self.mapping_model = QStandardItemModel(0, 2, self)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.horizontalHeader().setStretchLastSection(True)
        self.mapping_view.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        QVBoxLayout(self.map_page).addWidget(self.mapping_view)

        self.check_page = QWizardPage()
        self.check_page.setTitle(self.tr("Check the rows"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.failures_model = QStandardItemModel(0, 4, self)
        self.failures_view = QTableView()
        self.failures_view.setModel(self.failures_model)
        self.failures_view.horizontalHeader().setStretchLastSection(True)
        self.failures_view.verticalHeader().hide()
        self.failures_view.setWordWrap(True)
        check_layout = QVBoxLayout(self.check_page)
        check_layout.addWidget(self.summary)
        check_layout.addWidget(self.progress)
        check_layout.addWidget(self.failures_view, 1)
        self.check_page.isComplete = (  # type: ignore[method-assign]
            lambda: self.plan is not None and not self.plan.problems and bool(self.plan.items))

        for page in (self.file_page, self.map_page, self.check_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.currentIdChanged.connect(self._entered)

    # -- pages --------------------------------------------------------------------------------

    def load(self, path: Path) -> None:
        self.path.setText(str(path))
        try:
            self.table = read_table(path)
            self.file_error.setText("")
        except FieldappError as error:
            self.table = None
            self.file_error.setText(user_message(error))
        self.file_page.completeChanged.emit()

    def _pick(self) -> None:
        path = self._choose(self)
        if path is not None:
            self.load(path)

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.map_page:
            self._fill_mapping()
        elif self.page(page_id) is self.check_page:
            self._check()

    def _fill_mapping(self) -> None:
        if self.table is None:
            return
        guessed = guess_columns(self.table.headers)
        self.mapping_model.clear()
        self.mapping_model.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column")])
        self.combos = {}
        labels = field_labels()
        for name in IMPORTABLE:
            label = QStandardItem(labels.get(name, name))
            label.setToolTip(name)  # the field's name in MAP.json and the record format
            self.mapping_model.appendRow([label, QStandardItem("")])
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for header in self.table.headers:
                if header:
                    combo.addItem(header, header)
            if name in guessed:
                combo.setCurrentIndex(combo.findData(guessed[name]))
            self.mapping_view.setIndexWidget(
                self.mapping_model.index(self.mapping_model.rowCount() - 1, 1), combo)
            self.combos[name] = combo
        columns = self.mapping_view.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items()
                if combo.currentData() is not None}

    def _check(self) -> None:
        table, session, mapping = self.table, self._session, self.mapping()
        if table is None:
            return
        self.plan = None
        self.failures_model.clear()
        self.summary.setText(self.tr("Checking every row…"))
        self.progress.setRange(0, max(1, len(table.rows)))

        def work(job: Job) -> ImportPlan:
            return plan_import(session, table, mapping, progress=job.progress.emit)

        self._runner.submit(work, self._checked, self._failed,
                            lambda done, total: self.progress.setValue(done))

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.failures_model.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem"), self.tr("Allowed values")])
        for problem in plan.problems:
            self.failures_model.appendRow([
                QStandardItem(str(problem.index)), QStandardItem(problem.field),
                QStandardItem(problem_message(problem)),
                QStandardItem(str(problem.params.get("allowed", "")))])
        # The problem wraps at a readable width so the allowed values stay in view.
        self.failures_view.resizeColumnsToContents()
        self.failures_view.setColumnWidth(2, min(self.failures_view.columnWidth(2), 420))
        self.failures_view.resizeRowsToContents()
        bad = sum(1 for report in plan.rows if report.problems)
        if bad:
            self.summary.setText(self.tr(
                "%1 of %2 rows cannot be imported; correct them in the spreadsheet and pick it"
                " again. Nothing is imported while a row fails.")
                .replace("%1", str(bad)).replace("%2", str(len(plan.rows))))
        else:
            self.summary.setText(self.tr("All %1 rows can be imported.")
                                 .replace("%1", str(len(plan.rows))))
        self.check_page.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.summary.setText(user_message(error))
        self.check_page.completeChanged.emit()

    def accept(self) -> None:
        plan = self.plan
        if plan is None:
            return
        session = self._session
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.summary.setText(self.tr("Importing…"))

        def work(job: Job) -> list[str]:
            return import_table(session, plan)

        self._runner.submit(work, self._done, self._failed)

    def _done(self, ids: Any) -> None:
        self.imported.emit(len(ids))
        super().accept()


class TableImportActions(SessionAction):
    """The "Import spreadsheet…" action and the wizard it opens."""

    imported = Signal(int)
    modal = True

    def __init__(self, parent: QWidget, runner: TaskRunner,
                 choose_file: Callable[[QWidget], Path | None]) -> None:
        self._runner = runner
        self._choose = choose_file
        super().__init__(parent)

    def make(self, session: Session) -> TableImportWizard:
        wizard = TableImportWizard(session, self._runner, self._choose, self._parent)
        wizard.imported.connect(self.imported)
        return wizard

    def retranslate(self) -> None:
        self.action.setText(self.tr("Import spreadsheet…"))
