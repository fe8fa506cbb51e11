"""Cases in the window: the list and its search, one case with its timeline, the next stage,
a new case, closing and reopening, the office's merge, a purged case, and the languages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.services import case_views, cases, purge, records
from fieldapp.services.session import Session
from fieldapp.store import cases as case_store
from fieldapp.store import receipts as receipt_store
from fieldapp.ui.app import FieldApp
from fieldapp.ui.case_form import CloseCaseDialog
from fieldapp.ui.case_view import CaseView
from fieldapp.ui.cases_dialog import CasesDialog, MergeDialog
from fieldapp.ui.timeline import (
    BLOCK_COLOURS,
    COLOUR_ROLE,
    DATE_ROLE,
    RECOURSE_COLOUR,
    RECOURSE_ROLE,
    STAGE_ROLE,
)
from tests.gui.conftest import shown_rows
from tests.gui.test_window import open_unlocked

PERSONS = [{"alias": "Union chair K.", "gender": "man", "category": "trade_unionist"}]
OK = QDialogButtonBox.StandardButton.Ok
SAVE = QDialogButtonBox.StandardButton.Save


def stage(reference: str, title: str, on: str, threat_type: str, **more: Any) -> dict[str, Any]:
    return {"title": title, "occurred_on": on, "region": "pavlodar", "threat_type": threat_type,
            "sectors": ["trade_unions"], "case": reference, **more}


def fill(session: Session) -> dict[str, str]:
    """A prosecution of four stages (filed out of date order, the last a recourse) and a
    dispute of one; returns their references by name."""
    (prosecution, reference), (_, dispute) = cases.add_cases(session, [
        {"title": "Prosecution of a union leader", "region": "pavlodar",
         "opened_on": "2023-11-20", "persons": PERSONS,
         "summary": "Summoned, detained and charged after a strike."},
        {"title": "Defamation suit against a newspaper", "region": "karaganda",
         "opened_on": "2024-04-02"},
    ])
    records.add_records(session, [
        stage(reference, "Charged with spreading false information", "2023-12-05",
              "criminal_charge", legal_articles=["cc_274"]),
        stage(reference, "Summoned to the police", "2023-11-21", "police_summons"),
        stage(reference, "Appeal court cancels the verdict", "2024-06-20", "appeal_rejected",
              outcome="judicial_act_cancelled", outcome_on="2024-07-02"),
        stage(reference, "Relatives questioned", "2024-01", "pressure_on_relatives"),
        stage(dispute, "Lawsuit for damage to reputation", "2024-04-02",
              "reputation_damages"),
    ])
    return {"prosecution": reference, "dispute": dispute, "prosecution_id": prosecution}


def open_window(qtbot, field_app: FieldApp, session: Session) -> dict[str, str]:  # type: ignore[no-untyped-def]
    made = fill(session)
    session.lock()
    open_unlocked(qtbot, field_app)
    return made


def open_list(field_app: FieldApp) -> CasesDialog:
    field_app.window.cases.cases_action.trigger()
    dialog = field_app.window.cases.list_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def select_rows(dialog: CasesDialog | MergeDialog, *numbers: int) -> None:
    selection = dialog.table.selectionModel()
    selection.clearSelection()
    for number in numbers:
        selection.select(dialog.table.proxy.index(number, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def row_of(dialog: CasesDialog, reference: str) -> int:
    references = [row[0] for row in shown_rows(dialog.table)]
    return next(n for n, text in enumerate(references) if reference in text.split("\n"))


def open_case(field_app: FieldApp, reference: str) -> CaseView:
    dialog = open_list(field_app)
    select_rows(dialog, row_of(dialog, reference))
    dialog.open_button.click()
    view = field_app.window.cases.case_view
    assert view is not None and view.isVisible()
    return view


def test_the_list_shows_every_case_and_filters_by_reference(qtbot, observer, field_app):
    made = open_window(qtbot, field_app, observer)
    dialog = open_list(field_app)
    rows = shown_rows(dialog.table)
    assert [r[0] for r in rows] == [made["dispute"], made["prosecution"]]  # newest first
    prosecution = rows[1]
    assert prosecution[1:] == ["Prosecution of a union leader", "Open", "4",
                               "2023-11-21 – 2024-07-02"]
    dialog.table.search.setText(made["prosecution"].lower())
    assert [r[0] for r in shown_rows(dialog.table)] == [made["prosecution"]]
    dialog.table.search.setText("defamation")
    assert [r[0] for r in shown_rows(dialog.table)] == [made["dispute"]]
    dialog.table.search.setText("")
    # Open asks for exactly one case; a double-click opens the case under the mouse too.
    assert not dialog.open_button.isEnabled()
    select_rows(dialog, row_of(dialog, made["prosecution"]))
    dialog.open_button.click()
    view = field_app.window.cases.case_view
    assert view is not None and view.case_id == made["prosecution_id"]
    header = view.header.toPlainText()
    assert made["prosecution"] in header and "Prosecution of a union leader" in header
    assert "Open since 2023-11-20" in header and "Union chair K." in header
    assert "Summoned, detained and charged after a strike." in header
    assert view.windowTitle() == f"Case {made['prosecution']}"


def test_the_timeline_runs_in_date_order_and_marks_the_recourse(qtbot, observer, field_app):
    made = open_window(qtbot, field_app, observer)
    view = open_case(field_app, made["prosecution"])
    model = view.timeline_model
    index = [model.index(n) for n in range(model.rowCount())]
    assert [i.data(DATE_ROLE) for i in index] == ["2023-11-21", "2023-12-05", "2024-01",
                                                  "2024-06-20"]
    assert [i.data(RECOURSE_ROLE) for i in index] == [
        None, None, None, "Recourse: Judicial act cancelled, 2024-07-02"]
    assert index[0].data(COLOUR_ROLE) == QColor(BLOCK_COLOURS["criminal"])
    assert index[2].data(COLOUR_ROLE) == QColor(BLOCK_COLOURS["other"])
    assert index[1].data(STAGE_ROLE)["legal_articles"] == ["cc_274"]
    assert view.stages_label.text() == "Stages in date order: 4"
    # What a person sees: the green badge is drawn (on the last stage, once scrolled to it).
    view.timeline.scrollToBottom()
    image = view.timeline.viewport().grab().toImage()
    green = QColor(RECOURSE_COLOUR).rgb()
    assert any(image.pixel(x, y) == green
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_a_long_case_scrolls_stage_after_stage(qtbot, observer, field_app):
    made = fill(observer)
    records.add_records(observer, [
        stage(made["dispute"], f"Hearing {n}", f"2024-{1 + n % 12:02d}-{1 + n:02d}",
              "court_refusal") for n in range(28)])
    observer.lock()
    open_unlocked(qtbot, field_app)
    view = open_case(field_app, made["dispute"])
    timeline = view.timeline
    assert view.timeline_model.rowCount() == 29
    assert timeline.verticalScrollBar().maximum() > 0
    tops = [timeline.visualRect(view.timeline_model.index(n)) for n in range(3)]
    assert tops[0].bottom() < tops[1].top() and tops[1].bottom() < tops[2].top()
    timeline.scrollToBottom()
    last = timeline.visualRect(view.timeline_model.index(28))
    assert timeline.viewport().rect().contains(last.center())


def test_double_clicking_a_stage_shows_its_record(qtbot, observer, field_app):
    made = open_window(qtbot, field_app, observer)
    view = open_case(field_app, made["prosecution"])
    index = view.timeline_model.index(1)
    view.timeline.scrollTo(index)
    centre = view.timeline.visualRect(index).center()
    # The press the double-click follows (a view opens only the item the press was on).
    qtbot.mouseClick(view.timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    shown = field_app.window.cases.stage_dialog
    assert shown is not None and shown.isVisible()
    assert "Charged with spreading false information" in shown.view.toPlainText()


def test_add_the_next_stage_prefills_the_editor_and_the_stage_joins(qtbot, observer, field_app,
                                                                    monkeypatch):
    made = open_window(qtbot, field_app, observer)
    window = field_app.window
    view = open_case(field_app, made["prosecution"])
    asked: list[tuple[Any, Any]] = []
    monkeypatch.setattr(window, "_open_editor", lambda save, record: asked.append((save, record)))
    view.next_stage_button.click()
    ((save, start),) = asked
    assert start == {"case": made["prosecution_id"], "region": "pavlodar",
                     "sectors": ["trade_unions"], "victims": PERSONS}
    save({**start, "title": "Case sent back for a new trial", "occurred_on": "2024-08-01",
          "threat_type": "court_refusal"})
    assert view.timeline_model.rowCount() == 5
    last = view.timeline_model.index(4)
    assert last.data(STAGE_ROLE)["title"] == "Case sent back for a new trial"
    dialog = window.cases.list_dialog
    assert dialog is not None
    assert shown_rows(dialog.table)[row_of(dialog, made["prosecution"])][3] == "5"


def test_add_the_next_stage_opens_the_record_editor(qtbot, observer, field_app):
    made = open_window(qtbot, field_app, observer)
    view = open_case(field_app, made["prosecution"])
    view.next_stage_button.click()
    editor = field_app.window.editor
    assert editor is not None and editor.isVisible()
    assert editor.region.code() == "pavlodar"
    assert editor.sectors.codes() == ["trade_unions"]


def test_a_new_case_from_the_form_appears_in_the_list(qtbot, observer, field_app):
    open_window(qtbot, field_app, observer)
    dialog = open_list(field_app)
    dialog.new_button.click()
    form = field_app.window.cases.form
    assert form is not None and form.isVisible()
    form.buttons.button(SAVE).click()
    assert form.isVisible() and form.errors["title"].text() == "This field is required."
    form.reference.setText("Saltanat-2024")
    form.title.setText("Editor's flat searched")
    form.region.set_code("atyrau")
    form.opened_on.setText("2024-05-01")
    form.persons.add_row().alias.setText("Editor B.")
    form.buttons.button(SAVE).click()
    assert form.isVisible() and "not a case reference" in form.errors["reference"].text()
    form.reference.setText("")
    with qtbot.waitSignal(form.accepted):
        form.buttons.button(SAVE).click()
    rows = shown_rows(dialog.table)
    assert ["ATY-2024-001", "Editor's flat searched", "Open", "0", "—"] in rows
    assert dialog.table.selected_objects()[0]["reference"] == "ATY-2024-001"


def test_close_on_a_date_then_reopen(qtbot, observer, field_app):
    made = open_window(qtbot, field_app, observer)
    view = open_case(field_app, made["prosecution"])
    assert view.close_case_button.isVisible() and not view.reopen_button.isVisible()
    view.close_case_button.click()
    prompt = view.findChild(CloseCaseDialog)
    assert prompt is not None and prompt.isVisible()
    prompt.closed_on.setText("2023-01-01")
    prompt.buttons.button(OK).click()
    assert prompt.isVisible()
    assert prompt.error.text() == ("The closing date 2023-01-01 is before the case was opened"
                                   " (2023-11-20).")
    prompt.closed_on.setText("2024-09-30")
    with qtbot.waitSignal(prompt.accepted):
        prompt.buttons.button(OK).click()
    assert "Closed on 2024-09-30 (opened 2023-11-20)" in view.header.toPlainText()
    assert view.reopen_button.isVisible() and not view.close_case_button.isVisible()
    dialog = open_list(field_app)
    assert shown_rows(dialog.table)[row_of(dialog, made["prosecution"])][2] == "Closed 2024-09-30"
    view.reopen_button.click()
    assert "Open since 2023-11-20" in view.header.toPlainText()
    assert shown_rows(dialog.table)[row_of(dialog, made["prosecution"])][2] == "Open"


def test_the_office_merges_two_selected_cases_into_one_row(qtbot, office, field_app, prompts):
    made = open_window(qtbot, field_app, office)
    dialog = open_list(field_app)
    assert dialog.merge_button.isVisible()
    select_rows(dialog, 0, 1)
    prompts.confirm_answer = False
    dialog.merge_button.click()
    assert len(shown_rows(dialog.table)) == 2  # declined: nothing merged
    (question,) = prompts.questions
    assert made["prosecution"] in question and made["dispute"] in question
    assert "both references will lead to it" in question
    prompts.confirm_answer = True
    select_rows(dialog, 0, 1)
    dialog.merge_button.click()
    rows = shown_rows(dialog.table)
    assert len(rows) == 1
    assert set(rows[0][0].split("\n")) == {made["prosecution"], made["dispute"]}
    assert rows[0][3] == "5"
    # Either reference opens the one case.
    view = open_case(field_app, made["dispute"])
    assert view.case_id == made["prosecution_id"]
    assert f"Also reached by {made['dispute']}" in view.header.toPlainText()


def test_the_office_merges_from_the_case_view(qtbot, office, field_app):
    made = open_window(qtbot, field_app, office)
    view = open_case(field_app, made["dispute"])
    view.merge_button.click()
    picker = view.findChild(MergeDialog)
    assert picker is not None and picker.isVisible()
    assert [r[0] for r in shown_rows(picker.table)] == [made["prosecution"]]
    assert not picker.buttons.button(OK).isEnabled()
    select_rows(picker, 0)
    with qtbot.waitSignal(picker.accepted):
        picker.buttons.button(OK).click()
    assert view.case_id == made["prosecution_id"]
    assert view.timeline_model.rowCount() == 5
    assert made["dispute"] in view.header.toPlainText()


def test_an_observer_is_not_offered_a_merge(qtbot, observer, field_app):
    made = open_window(qtbot, field_app, observer)
    dialog = open_list(field_app)
    assert dialog.merge_button.isHidden()
    view = open_case(field_app, made["prosecution"])
    assert view.merge_button.isHidden()
    assert view.edit_button.isVisible()


def deliver_and_purge(session: Session, case_id: str) -> None:
    """As a receipt leaves it: the office confirmed holding the case; then purge."""
    version = case_views.show_case(session, case_id)["version"]
    with session.transaction() as conn:
        case_store.mark_exported(conn, "bundle-1", [version])
        receipt_store.mark_delivered(conn, session.identity.fingerprint, [version],
                                     "2024-10-01T00:00:00Z")
    purge.purge_delivered(session)


def test_a_purged_case_is_shown_as_a_stub(qtbot, observer, field_app):
    made = fill(observer)
    deliver_and_purge(observer, made["prosecution_id"])
    observer.lock()
    open_unlocked(qtbot, field_app)
    dialog = open_list(field_app)
    row = shown_rows(dialog.table)[row_of(dialog, made["prosecution"])]
    assert row[1] == "Cleared from this computer — the office holds it"
    view = open_case(field_app, made["prosecution"])
    header = view.header.toPlainText()
    assert "Cleared from this computer after the office confirmed holding it" in header
    assert "Prosecution of a union leader" not in header and "Union chair K." not in header
    assert "Open since 2023-11-20" in header
    assert view.edit_button.isHidden() and view.close_case_button.isHidden()
    assert view.next_stage_button.isEnabled()


def test_locking_closes_every_case_window(qtbot, observer, field_app):
    made = open_window(qtbot, field_app, observer)
    view = open_case(field_app, made["prosecution"])
    dialog = field_app.window.cases.list_dialog
    field_app.lock()
    assert field_app.window.cases.list_dialog is None
    assert field_app.window.cases.case_view is None
    assert not view.isVisible() and dialog is not None and not dialog.isVisible()


def test_cases_speak_russian_after_the_switch(qtbot, observer, field_app):
    made = open_window(qtbot, field_app, observer)
    dialog = open_list(field_app)
    view = open_case(field_app, made["prosecution"])
    field_app.languages.set_language("ru")
    assert field_app.window.cases.cases_action.text() == "Дела…"
    assert dialog.windowTitle() == "Дела"
    assert dialog.new_button.text() == "Новое дело…"
    assert dialog.table.model().headerData(0, Qt.Orientation.Horizontal) == "Номер дела"
    assert shown_rows(dialog.table)[row_of(dialog, made["prosecution"])][2] == "Открыто"
    assert view.next_stage_button.text() == "Добавить следующий этап"
    assert "Открыто с 2023-11-20" in view.header.toPlainText()
    last = view.timeline_model.index(3)
    assert last.data(RECOURSE_ROLE) == "Положительный результат: Отмена судебного акта, 2024-07-02"
