"""The record form and the record view with cases: the case a record is a stage of, the
legal articles invoked, and the date of the positive outcome."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.services import case_views, records
from fieldapp.services.cases import add_cases
from fieldapp.services.session import Session
from fieldapp.ui.record_editor import RecordEditor
from fieldapp.ui.record_view import RecordView
from fieldapp.ui.vocab_widgets import CaseCombo
from tests.gui.test_window import open_unlocked

CASE = {"title": "Oil spill reporter", "region": "atyrau", "opened_on": "2024-01-10",
        "persons": [{"alias": "Saule B.", "gender": "woman", "category": "journalist"}]}
OTHER_CASE = {"title": "Union registration dispute", "region": "pavlodar",
              "opened_on": "2023-06"}
RECORD = {"title": "Summoned for questioning", "occurred_on": "2024-02-05",
          "region": "atyrau", "threat_type": "police_summons", "sectors": ["oil"]}


@pytest.fixture
def two_cases(observer: Session) -> dict[str, str]:
    """Reference -> id of two cases in the observer's vault."""
    return {reference: case_id for case_id, reference in add_cases(observer, [CASE, OTHER_CASE])}


def editor_for(observer: Session, saved: list[str], **kwargs: Any) -> RecordEditor:
    """The form as the window opens it, saving through the real service."""
    return RecordEditor(observer.taxonomy, "en",
                        lambda data: saved.append(records.add_record(observer, data)),
                        cases=case_views.list_cases(observer), **kwargs)


def fill_required(editor: RecordEditor) -> None:
    editor.title.setText(RECORD["title"])
    editor.occurred_on.setText(RECORD["occurred_on"])
    editor.region.set_code(RECORD["region"])
    editor.threat_type.set_code(RECORD["threat_type"])
    editor.sectors.set_codes(RECORD["sectors"])


def save(editor: RecordEditor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def click_case_link(qtbot, view: RecordView, reference: str) -> list[Any]:  # type: ignore[no-untyped-def]
    """Click the case's reference in the view as a mouse does; the ids it asked to open."""
    found = view.document().find(reference)
    point = view.cursorRect(found).center()
    assert view.anchorAt(point), "the reference is a link"
    with qtbot.waitSignal(view.case_requested) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return list(clicked.args)


def test_a_case_typed_and_picked_from_the_list_is_saved_with_the_record(
        qtbot, observer, two_cases):
    saved: list[str] = []
    editor = editor_for(observer, saved)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    shown = [editor.case.itemText(row) for row in range(editor.case.count())]
    assert shown[0] == "No case"
    assert {"ATY-2024-001 — Oil spill reporter",
            "PAV-2023-001 — Union registration dispute"} == set(shown[1:])
    assert not editor.case_hint.isVisibleTo(editor)

    # Part of the title, anywhere in it, finds the case; choosing it fills the field.
    editor.case.lineEdit().clear()
    qtbot.keyClicks(editor.case.lineEdit(), "spill")
    popup = editor.case.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.case.currentText() == "ATY-2024-001 — Oil spill reporter"
    assert editor.case_hint.isVisibleTo(editor)

    fill_required(editor)
    with qtbot.waitSignal(editor.accepted):
        save(editor)
    assert records.show_record(observer, saved[0])["case"] == two_cases["ATY-2024-001"]


def test_a_reference_typed_in_full_files_the_record_and_a_wrong_one_is_said_beside_it(
        qtbot, observer, two_cases):
    saved: list[str] = []
    editor = editor_for(observer, saved)
    qtbot.addWidget(editor)
    editor.show()
    fill_required(editor)
    editor.case.setEditText("pav-2023-001")
    assert editor.data()["case"] == two_cases["PAV-2023-001"]

    editor.case.setEditText("PAV-2023-099")
    save(editor)
    assert editor.isVisible()
    assert editor.errors["case"].isVisibleTo(editor)
    assert "PAV-2023-099" in editor.errors["case"].text()
    assert saved == []

    editor.case.setEditText("")
    with qtbot.waitSignal(editor.accepted):
        save(editor)
    assert records.show_record(observer, saved[0])["case"] is None


def test_legal_articles_checked_are_saved_in_the_vocabulary_order(qtbot, observer):
    saved: list[str] = []
    editor = editor_for(observer, saved)
    qtbot.addWidget(editor)
    fill_required(editor)
    model = editor.legal_articles.check_model
    codes = [model.index(row).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]
    assert model.index(codes.index("cc_274")).data() == (
        "CC art. 274: Dissemination of deliberately false information")
    for code in ("ac_488", "cc_274"):  # as a user clicks the boxes
        model.setData(model.index(codes.index(code)), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(editor.accepted):
        save(editor)
    assert records.show_record(observer, saved[0])["legal_articles"] == ["cc_274", "ac_488"]


def test_the_outcome_date_waits_for_an_outcome_and_is_saved_with_it(qtbot, observer):
    saved: list[str] = []
    editor = editor_for(observer, saved)
    qtbot.addWidget(editor)
    fill_required(editor)
    assert not editor.outcome_on.isEnabled()
    editor.outcome.set_code("acquittal")
    assert editor.outcome_on.isEnabled()
    editor.outcome_on.setText("2024-07-19")
    editor.outcome.set_code(None)  # changed their mind: the date goes with the outcome
    assert not editor.outcome_on.isEnabled()
    assert editor.data()["outcome_on"] is None
    editor.outcome.set_code("acquittal")
    with qtbot.waitSignal(editor.accepted):
        save(editor)
    shown = records.show_record(observer, saved[0])
    assert (shown["outcome"], shown["outcome_on"]) == ("acquittal", "2024-07-19")


@pytest.mark.parametrize(("typed", "said"), [
    ("19 July", "YYYY-MM-DD"),
    ("2023-12", "before the threat"),
])
def test_a_wrong_outcome_date_is_said_beside_it(qtbot, observer, typed, said):
    saved: list[str] = []
    editor = editor_for(observer, saved)
    qtbot.addWidget(editor)
    editor.show()
    fill_required(editor)
    editor.outcome.set_code("release_from_custody")
    editor.outcome_on.setText(typed)
    save(editor)
    assert saved == [] and editor.isVisible()
    assert editor.errors["outcome_on"].isVisibleTo(editor)
    assert said in editor.errors["outcome_on"].text()
    assert not editor.errors["outcome"].isVisibleTo(editor)
    assert editor.focusWidget() is editor.outcome_on.edit  # the cursor waits in the field


def test_the_next_stage_starts_from_its_case(qtbot, observer, two_cases, field_app):
    case_id = two_cases["ATY-2024-001"]
    records.add_record(observer, {**RECORD, "case": case_id, "sectors": ["oil", "environment"],
                                  "region": "atyrau"})
    start = case_views.next_stage(observer, case_id)
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.new_record(start)
    editor = window.editor
    assert editor.windowTitle() == "New record"
    assert editor.case.currentText() == "ATY-2024-001 — Oil spill reporter"
    assert editor.region.code() == "atyrau"
    assert editor.sectors.codes() == ["oil", "environment"]
    assert [row.alias.text() for row in editor.victims.rows] == ["Saule B."]
    assert editor.title.text() == ""

    editor.title.setText("Detained after the summons")
    editor.occurred_on.setText("2024-03-01")
    editor.threat_type.set_code("detention")
    with qtbot.waitSignal(editor.accepted):
        save(editor)
    session = window.session
    assert session is not None
    stages = case_views.show_case(session, case_id)["events"]
    assert [s["title"] for s in stages] == [RECORD["title"], "Detained after the summons"]


def test_the_view_links_the_case_and_shows_its_persons_for_a_record_without_its_own(
        qtbot, observer, two_cases):
    case_id = two_cases["ATY-2024-001"]
    record_id = records.add_record(observer, {
        **RECORD, "case": "aty-2024-001", "legal_articles": ["cc_274"],
        "outcome": "claim_rejected", "outcome_on": "2024-05"})
    view = RecordView(lambda wanted: case_views.show_case(observer, wanted))
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_record(records.show_record(observer, record_id), observer.taxonomy, "en")
    text = view.toPlainText()
    assert "ATY-2024-001 — Oil spill reporter" in text
    assert "CC art. 274: Dissemination of deliberately false information" in text
    assert "Claim rejected (on 2024-05)" in text
    assert "From the case:\nSaule B. (Woman, Journalist)" in text

    assert click_case_link(qtbot, view, "ATY-2024-001") == [case_id]


def test_a_record_naming_its_own_persons_shows_only_those(qtbot, observer, two_cases):
    record_id = records.add_record(observer, {
        **RECORD, "case": two_cases["ATY-2024-001"],
        "victims": [{"alias": "Marat K.", "gender": "man", "category": "lawyer"}]})
    view = RecordView(lambda wanted: case_views.show_case(observer, wanted))
    qtbot.addWidget(view)
    view.show_record(records.show_record(observer, record_id), observer.taxonomy, "en")
    text = view.toPlainText()
    assert "Marat K." in text
    assert "Saule B." not in text and "From the case" not in text


def test_the_window_opens_the_case_from_the_view(qtbot, observer, two_cases, field_app):
    records.add_record(observer, {**RECORD, "case": two_cases["PAV-2023-001"]})
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    window.table.selectRow(0)
    assert "PAV-2023-001 — Union registration dispute" in window.view.toPlainText()
    assert click_case_link(qtbot, window.view, "PAV-2023-001") == [two_cases["PAV-2023-001"]]
    # The Cases module opened that case's view.
    view = window.cases.case_view
    assert view is not None and view.case_id == two_cases["PAV-2023-001"]


def test_a_cleared_case_is_listed_by_its_reference(qtbot):
    combo = CaseCombo()
    qtbot.addWidget(combo)
    combo.set_cases([{"id": "7d2c3a8e-7a5e-4f0e-9f57-8e3bb1d0c001", "reference": "KAR-2022-004",
                      "title": "", "stub": True}])
    assert combo.itemText(1) == "KAR-2022-004 (cleared from this computer)"
    combo.set_case("7d2c3a8e-7a5e-4f0e-9f57-8e3bb1d0c001")
    assert combo.case_value() == "7d2c3a8e-7a5e-4f0e-9f57-8e3bb1d0c001"


def test_articles_and_the_case_field_speak_russian(qtbot, observer, two_cases, field_app):
    record_id = records.add_record(observer, {
        **RECORD, "case": two_cases["ATY-2024-001"], "legal_articles": ["cc_274"]})
    observer.lock()
    open_unlocked(qtbot, field_app)
    field_app.languages.set_language("ru")
    window = field_app.window
    window.table.selectRow(0)
    assert window.selected_id() == record_id
    assert "УК ст. 274: Распространение заведомо ложной информации" in (
        window.view.toPlainText())
    window.edit_record()
    editor = window.editor
    assert editor.windowTitle() == "Изменить запись"
    articles = editor.legal_articles.check_model
    labels = [articles.index(row).data() for row in range(articles.rowCount())]
    assert "УК ст. 274: Распространение заведомо ложной информации" in labels
    assert editor.legal_articles.codes() == ["cc_274"]
    assert editor.case.currentText() == "ATY-2024-001 — Oil spill reporter"
    editor.reject()
