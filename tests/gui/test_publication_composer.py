"""The bulletin composer in the window: a period, texts in three languages, a live preview
drawn off the UI thread, the draft kept in the vault, highlights that print no case
reference, and PDF export."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from fieldapp.services import cases, publications, records
from fieldapp.services.session import Session
from fieldapp.ui.app import FieldApp
from fieldapp.ui.publication_composer import PublicationComposer
from tests.gui.conftest import ScriptedPrompts
from tests.gui.test_window import open_unlocked

INTRO_KK = "Бірінші тоқсанда қорғаушыларға қауіп көбейді."
RECORD = {"title": "Leader barred at the airport", "occurred_on": "2024-02-02",
          "region": "pavlodar", "threat_type": "detention", "sectors": ["oil"]}


class ExportPrompts(ScriptedPrompts):
    """Also answers where to write a publication."""

    def __init__(self) -> None:
        super().__init__()
        self.export_to: Path | None = None

    def save_publication(self, parent: QWidget, fmt: str, name: str) -> Path | None:
        return None if self.export_to is None else self.export_to.with_suffix(f".{fmt}")


@pytest.fixture
def prompts() -> ExportPrompts:
    return ExportPrompts()


def open_composer(qtbot, field_app: FieldApp) -> PublicationComposer:  # type: ignore[no-untyped-def]
    action = field_app.window.publication
    assert action.action.isVisible()
    action.action.trigger()
    composer = action.dialog
    assert isinstance(composer, PublicationComposer) and composer.isVisible()
    return composer


def pick_first_quarter_2024(composer: PublicationComposer) -> None:
    period = composer.period
    period.kind.setCurrentIndex(period.kind.findData("quarter"))
    period.year.setValue(2024)
    period.part.setCurrentIndex(0)
    assert period.period() == ("quarter", "2024-01", "2024-03")


def test_the_coordinator_writes_sees_the_pages_saves_and_finds_the_text_again(
        qtbot, office: Session, field_app: FieldApp, prompts: ExportPrompts) -> None:
    records.add_records(office, [RECORD])
    office.lock()
    open_unlocked(qtbot, field_app)
    composer = open_composer(qtbot, field_app)
    pick_first_quarter_2024(composer)
    composer.name.setText("2024-Q1")
    with qtbot.waitSignal(composer.preview.ready, timeout=30_000) as shown:
        composer.section_texts.editors["kk"].setPlainText(INTRO_KK)  # the introduction
    assert shown.args[0] > 0 and composer.preview.document is not None
    assert composer.preview.document.pageCount() == shown.args[0]
    assert "1" in composer.preview.state.text() or "page" in composer.preview.state.text()
    composer.save_button.click()
    assert "saved in the vault" in composer.status.text()
    composer.reject()
    assert prompts.questions == []  # nothing unsaved: nothing asked
    composer = open_composer(qtbot, field_app)
    assert composer.name.text() == "2024-Q1"
    assert composer.period.period() == ("quarter", "2024-01", "2024-03")
    assert composer.section_texts.editors["kk"].toPlainText() == INTRO_KK
    assert "✎" in composer.sections.index(0).data()  # the introduction is marked as written
    composer.reject()


def test_a_new_draft_is_next_quarter_with_this_quarters_words(
        qtbot, office: Session, field_app: FieldApp, prompts: ExportPrompts) -> None:
    office.lock()
    open_unlocked(qtbot, field_app)
    composer = open_composer(qtbot, field_app)
    pick_first_quarter_2024(composer)
    composer.name.setText("2024-Q1")
    composer.section_texts.editors["en"].setPlainText("Threats grew.")
    assert composer.save()
    composer.new_button.click()
    assert composer.name.text() == "2024-Q2"
    assert composer.period.period() == ("quarter", "2024-04", "2024-06")
    assert composer.section_texts.editors["en"].toPlainText() == "Threats grew."
    prompts.confirm_answer = True
    composer.reject()  # the new draft is not saved yet: asked, and saved
    assert len(prompts.questions) == 1 and "2024-Q2" in prompts.questions[0]
    session = field_app.session
    assert session is not None
    assert [r.name for r in publications.list_drafts(session)] == ["2024-Q2", "2024-Q1"]


def test_an_exported_pdf_prints_no_case_reference(
        qtbot, office: Session, field_app: FieldApp, prompts: ExportPrompts,
        tmp_path: Path) -> None:
    records.add_records(office, [RECORD])
    ((case_id, reference),) = cases.add_cases(office, [
        {"reference": "PAV-2024-007", "title": "The airport ban", "opened_on": "2024-02-01"}])
    office.lock()
    open_unlocked(qtbot, field_app)
    composer = open_composer(qtbot, field_app)
    pick_first_quarter_2024(composer)
    panel = composer.highlights
    assert [panel.cases.index(n).data() for n in range(panel.cases.rowCount())] == [
        "The airport ban"]  # the title alone, no reference
    panel.add_button.click()
    panel.editor.titles["en"].setText("Barred from travelling")
    panel.editor.editors["en"].setPlainText("A defender was stopped at the airport.")
    assert composer.draft().highlights[0].case_id == case_id
    prompts.export_to = tmp_path / "bulletin"
    composer.export_pdf.click()
    qtbot.waitUntil(lambda: "Written to" in composer.status.text(), timeout=30_000)
    written = tmp_path / "bulletin.pdf"
    data = written.read_bytes()
    assert data.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert reference not in text and "PAV" not in text
    assert "Leader barred" not in text and "The airport ban" not in text  # nothing of the case
    composer.discard()


def test_locking_closes_the_composer_without_asking(
        qtbot, office: Session, field_app: FieldApp, prompts: ExportPrompts) -> None:
    office.lock()
    open_unlocked(qtbot, field_app)
    composer = open_composer(qtbot, field_app)
    composer.section_texts.editors["ru"].setPlainText("Черновик")
    assert composer.dirty
    field_app.window.lock_action.trigger()
    assert field_app.window.publication.dialog is None
    assert prompts.questions == []
    assert composer.section_texts.texts() == {} and composer.preview.document is None


def test_an_observer_has_no_composer(qtbot, observer: Session, field_app: FieldApp) -> None:
    observer.lock()
    open_unlocked(qtbot, field_app)
    assert not field_app.window.publication.action.isVisible()


def test_the_period_picker_moves_between_kinds_keeping_the_months(qtbot) -> None:
    from fieldapp.ui.publication_widgets import PeriodPicker
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.set_period("half", "2024-07", "2024-12")
    assert picker.period() == ("half", "2024-07", "2024-12")
    assert picker.suggested_name() == "2024-H2"
    with qtbot.waitSignal(picker.changed):
        picker.kind.setCurrentIndex(picker.kind.findData("custom"))
    assert picker.period() == ("custom", "2024-07", "2024-12")  # starts from what was chosen
    picker.kind.setCurrentIndex(picker.kind.findData("year"))
    assert picker.period() == ("year", "2024-01", "2024-12")
    assert picker.suggested_name() == "2024"
