"""Dates as people write them: the record form takes 05.03.2024, 03.2024 and ISO, has a
calendar, and the table shows each language's form while sorting by the stored date."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QTableView

from fieldapp.services import case_views, records
from fieldapp.services.session import Session
from fieldapp.ui.case_form import CaseForm
from fieldapp.ui.record_editor import RecordEditor
from fieldapp.ui.record_view import RecordView
from tests.gui.test_window import RECORD, open_unlocked

NOT_A_DATE = "Not a date: write it as YYYY-MM-DD, or YYYY-MM if the day is unknown."
RUSSIAN_NOT_A_DATE = ("Дата не распознана: напишите её как ДД.ММ.ГГГГ или ММ.ГГГГ, если день"
                      " неизвестен.")


def editor_in(qtbot, observer: Session, language: str, saved: list[str],  # type: ignore[no-untyped-def]
              record: dict[str, Any] | None = None) -> RecordEditor:
    """The form as the window opens it, saving through the real service."""
    def save(data: dict[str, Any]) -> None:
        if record is None:
            saved.append(records.add_record(observer, data))
        else:
            records.edit_record(observer, saved[0], data)

    editor = RecordEditor(observer.taxonomy, language, save, record)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def fill_all_but_dates(editor: RecordEditor) -> None:
    editor.title.setText(RECORD["title"])
    editor.region.set_code(RECORD["region"])
    editor.threat_type.set_code(RECORD["threat_type"])
    editor.sectors.set_codes(RECORD["sectors"])


def save(qtbot, editor: RecordEditor) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(editor.accepted, timeout=5_000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def stored(observer: Session, record_id: str) -> dict[str, Any]:
    return records.show_record(observer, record_id, with_sources=False)


def test_dates_typed_day_first_are_stored_as_iso(qtbot, observer):
    saved: list[str] = []
    editor = editor_in(qtbot, observer, "ru", saved)
    fill_all_but_dates(editor)
    qtbot.keyClicks(editor.occurred_on.edit, "05.03.2024")
    qtbot.keyClicks(editor.occurred_until.edit, "04.2024")
    editor.outcome.set_code(editor.outcome.itemData(1))
    qtbot.keyClicks(editor.outcome_on.edit, "2024-05-20")
    save(qtbot, editor)
    record = stored(observer, saved[0])
    assert (record["occurred_on"], record["occurred_until"], record["outcome_on"]) == (
        "2024-03-05", "2024-04", "2024-05-20")

    saved_month: list[str] = []
    editor = editor_in(qtbot, observer, "en", saved_month)
    fill_all_but_dates(editor)
    qtbot.keyClicks(editor.occurred_on.edit, "03.2024")
    save(qtbot, editor)
    assert stored(observer, saved_month[0])["occurred_on"] == "2024-03"


def test_a_stored_record_is_shown_in_the_language_and_saved_unchanged(qtbot, observer):
    record_id = records.add_record(observer, {**RECORD, "occurred_on": "2024-03-05",
                                              "occurred_until": "2024-04"})
    _, record = records.current(observer, record_id)
    editor = editor_in(qtbot, observer, "kk", [record_id], record)
    assert editor.occurred_on.text() == "05.03.2024"
    assert editor.occurred_until.text() == "04.2024"
    editor.set_language("en")  # a language switch rewrites the dates shown
    assert editor.occurred_on.text() == "2024-03-05"
    editor.title.setText("Summoned again")
    save(qtbot, editor)
    assert stored(observer, record_id)["occurred_on"] == "2024-03-05"
    assert stored(observer, record_id)["occurred_until"] == "2024-04"


class MarkerRussian(QTranslator):
    """Russian for the date message alone (the shipped translations are compiled later)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return RUSSIAN_NOT_A_DATE if (context, source) == ("DateField", NOT_A_DATE) else ""


@pytest.fixture
def russian_date_message(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = MarkerRussian()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_what_is_no_date_is_said_at_the_field_in_the_users_language(
        qtbot, observer, russian_date_message):
    saved: list[str] = []
    editor = editor_in(qtbot, observer, "ru", saved)
    fill_all_but_dates(editor)
    qtbot.keyClicks(editor.occurred_on.edit, "31.02.2024")
    qtbot.keyClicks(editor.occurred_until.edit, "next week")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.isVisible() and not saved
    for name in ("occurred_on", "occurred_until"):
        assert editor.errors[name].text() == RUSSIAN_NOT_A_DATE
    assert editor.errors["occurred_on"].isVisibleTo(editor)
    assert editor.focusWidget() is editor.occurred_on.edit  # the cursor waits in the field


@pytest.mark.parametrize(("language", "shown"), [("ru", "05.03.2024"), ("en", "2024-03-05")])
def test_the_calendar_fills_the_field(qtbot, observer, language, shown):
    saved: list[str] = []
    editor = editor_in(qtbot, observer, language, saved)
    fill_all_but_dates(editor)
    qtbot.mouseClick(editor.occurred_on.pick, Qt.MouseButton.LeftButton)
    popup = editor.occurred_on.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate.currentDate()  # an empty field starts at today
    assert calendar.locale().name().startswith(language)
    calendar.setSelectedDate(QDate(2024, 3, 5))
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)  # the month's days
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert editor.occurred_on.text() == shown
    save(qtbot, editor)
    assert stored(observer, saved[0])["occurred_on"] == "2024-03-05"


def test_the_calendar_opens_on_the_date_typed(qtbot, observer):
    editor = editor_in(qtbot, observer, "ru", [])
    editor.occurred_on.setText("11.2023")
    qtbot.mouseClick(editor.occurred_on.pick, Qt.MouseButton.LeftButton)
    assert editor.occurred_on.popup is not None
    assert editor.occurred_on.popup.calendar.selectedDate() == QDate(2023, 11, 1)


def test_rows_added_and_left_empty_are_no_error(qtbot, observer):
    saved: list[str] = []
    editor = editor_in(qtbot, observer, "en", saved)
    fill_all_but_dates(editor)
    editor.occurred_on.setText("2024-03-05")
    editor.victims.add_row()
    editor.perpetrators.add_row()
    editor.sources.add_row()
    editor.victims.add_row().alias.setText("Saule B.")
    save(qtbot, editor)
    record = stored(observer, saved[0])
    assert [v["alias"] for v in record["victims"]] == ["Saule B."]
    assert record["perpetrators"] == []
    assert records.current(observer, saved[0])[1]["sources"] == []


def test_the_case_form_takes_a_day_first_date(qtbot, observer):
    form = CaseForm(observer, lambda: "kk")
    qtbot.addWidget(form)
    form.title.setText("Oil spill reporter")
    form.persons.add_row()  # added, then not used
    qtbot.keyClicks(form.opened_on.edit, "10.01.2024")
    with qtbot.waitSignal(form.saved, timeout=5_000) as done:
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    case = case_views.show_case(observer, done.args[0])
    assert case["opened_on"] == "2024-01-10" and case["persons"] == []

    edit = CaseForm(observer, lambda: "kk", case)
    qtbot.addWidget(edit)
    assert edit.opened_on.text() == "10.01.2024"
    edit.opened_on.setText("sometime")
    edit.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert edit.errors["opened_on"].text() == NOT_A_DATE


def test_the_table_shows_the_languages_dates_and_sorts_by_the_day(qtbot, observer, field_app):
    records.add_records(observer, [
        {**RECORD, "title": "Spring", "occurred_on": "2024-03-05", "occurred_until": "2024-04"},
        {**RECORD, "title": "Winter", "occurred_on": "2023-12-31"},
        {**RECORD, "title": "January", "occurred_on": "2024-01-10"},
    ])
    observer.lock()
    open_unlocked(qtbot, field_app)
    window = field_app.window
    field_app.languages.set_language("ru")
    dates = [window.proxy.index(row, 0).data() for row in range(3)]
    # Newest first by the day, not by the text shown (31.12.2023 would sort above 10.01.2024).
    assert dates == ["05.03.2024 – 04.2024", "10.01.2024", "31.12.2023"]
    field_app.languages.set_language("en")
    assert window.proxy.index(1, 0).data() == "2024-01-10"


def test_the_record_view_shows_the_languages_dates(qtbot, observer):
    record_id = records.add_record(observer, {
        **RECORD, "occurred_on": "2024-03-05", "occurred_until": "2024-04",
        "outcome": "release_from_custody", "outcome_on": "2024-05-20"})
    view = RecordView(lambda wanted: case_views.show_case(observer, wanted))
    qtbot.addWidget(view)
    view.show_record(stored(observer, record_id), observer.taxonomy, "kk")
    assert "05.03.2024 – 04.2024" in view.toPlainText()
    assert "20.05.2024" in view.toPlainText()
    view.show_record(stored(observer, record_id), observer.taxonomy, "en")
    assert "2024-03-05 – 2024-04" in view.toPlainText()
