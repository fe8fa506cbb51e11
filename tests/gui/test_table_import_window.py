"""The spreadsheet wizard: pick the file, columns guessed from Russian and Kazakh headers,
the failing rows shown with row and column, then the import."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QWizard

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from table_sheets import generate, write_xlsx

from fieldapp.services import records
from fieldapp.services.records import RecordQuery
from fieldapp.services.session import Session
from fieldapp.ui.table_import_wizard import TableImportWizard
from fieldapp.ui.tasks import TaskRunner
from tests.gui.conftest import shown_rows


def wizard_for(qtbot, observer: Session, path: Path) -> tuple[TableImportWizard, TaskRunner]:
    runner = TaskRunner()
    wizard = TableImportWizard(observer, runner, lambda parent: path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.browse.click()
    return wizard, runner


def test_the_wizard_shows_failing_rows_and_imports_nothing(qtbot, observer: Session,
                                                           tmp_path: Path) -> None:
    rows, _ = generate(4, xlsx=True)
    rows[1][1] = "32.13.2024"
    path = write_xlsx(tmp_path / "sheet.xlsx", rows)
    wizard, runner = wizard_for(qtbot, observer, path)
    try:
        wizard.next()
        assert wizard.combos["title"].currentText() == "Заголовок"
        assert wizard.combos["victims"].currentText() == "Жәбірленушілер"
        wizard.next()
        qtbot.waitUntil(lambda: wizard.plan is not None)
        shown = shown_rows(wizard.failures_view)
        assert [row[:2] for row in shown] == [["3", "Date"]]
        assert "32.13.2024" in shown[0][2]
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        assert records.list_records(observer, RecordQuery()) == []
    finally:
        runner.shutdown()


def test_the_wizard_imports_a_good_sheet(qtbot, observer: Session, tmp_path: Path) -> None:
    rows, expected = generate(20, xlsx=True)
    path = write_xlsx(tmp_path / "sheet.xlsx", rows)
    wizard, runner = wizard_for(qtbot, observer, path)
    try:
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.plan is not None)
        assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        with qtbot.waitSignal(wizard.imported) as imported:
            wizard.button(QWizard.WizardButton.FinishButton).click()
        assert imported.args == [20]
        titles = {s.title for s in records.list_records(observer, RecordQuery())}
        assert titles == {e["title"] for e in expected}
    finally:
        runner.shutdown()
