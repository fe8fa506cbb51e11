"""The case form (a new case, or an edit of one) and the closing-date prompt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.services.cases import add_cases, close_case, edit_case
from fieldapp.services.session import Session
from fieldapp.ui.date_field import DateField, bad_date_text
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.repeating import RepeatingGroup, VictimRow
from fieldapp.ui.vocab_widgets import CodeCombo
from fieldapp.ui.widgets import show_error_text, with_error_below

FORM_FIELDS = ("reference", "title", "summary", "persons", "region", "opened_on")


class CaseForm(DialogBase):
    """`case` is the case shown (case_views.show_case) to edit, or None for a new one.
    Emits `saved` with the case's id once the vault has it."""

    saved = Signal(str)

    def __init__(self, session: Session, language: Callable[[], str],
                 case: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Save | Buttons.Cancel, parent)
        self._session = session
        self._language = language
        self._case = case
        self.reference = QLineEdit()
        self.title = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setMinimumHeight(90)
        self.persons = RepeatingGroup(lambda: VictimRow(session.taxonomy),
                                      lambda: self.tr("Add person"))
        self.region = CodeCombo(session.taxonomy["region"])
        self.opened_on = DateField(lambda: self.tr("today if left empty"))
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in FORM_FIELDS:
            row, self.errors[name] = with_error_below(getattr(self, name))
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], row)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()  # many persons must not push the buttons off the screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.add_body(scroll, 1)
        self.buttons.accepted.connect(self.submit)
        self.resize(720, 560)
        self._loaded = self.data()
        if case is not None:
            self.load(case)
        self.retranslate()

    def load(self, case: dict[str, Any]) -> None:
        self.reference.setText(case.get("reference") or "")
        self.title.setText(case.get("title") or "")
        self.summary.setPlainText(case.get("summary") or "")
        self.persons.set_values(case.get("persons") or [])
        self.region.set_code(case.get("region"))
        self.opened_on.set_date(case.get("opened_on"))
        self._loaded = self.data()

    def data(self) -> dict[str, Any]:
        return {
            "reference": self.reference.text().strip(),
            "title": self.title.text(),
            "summary": self.summary.toPlainText(),
            "persons": self.persons.values(),
            "region": self.region.code() or None,
            "opened_on": self.opened_on.date_text() or None,
        }

    def submit(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.hide()
        data = self.data()
        try:
            if self._case is None:
                ((case_id, _),) = add_cases(self._session, [data])
            else:
                case_id = self._case["id"]
                # Only what was changed: a merged case shows every member's persons, which
                # must not all be copied into its own.
                changes = {k: v for k, v in data.items() if v != self._loaded[k]}
                if changes:
                    edit_case(self._session, case_id, changes)
        except InvalidInput as error:
            self.show_field_problems(error.problems)
            return
        except FieldappError as error:
            self.show_error(error)
            return
        self.saved.emit(case_id)
        self.accept()

    def show_field_problems(self, problems: list[Problem]) -> None:
        self.show_problems_beside([p for p in problems if bad_date_text(p) is None],
                                  self.errors)
        for problem in problems:  # worded for the forms the field takes
            text = bad_date_text(problem)
            if text is not None:
                show_error_text(self.errors.get(problem.top_field, self.error), text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit case") if self._case else self.tr("New case"))
        texts = {"reference": self.tr("Reference"), "title": self.tr("Title *"),
                 "summary": self.tr("Summary"), "persons": self.tr("Persons"),
                 "region": self.tr("Region"), "opened_on": self.tr("Opened on")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.reference.setPlaceholderText(self.tr("Left empty, the vault gives one, such as"
                                                  " PAV-2024-007"))
        self.reference.setToolTip(self.tr("Said on the phone and printed on forms: letters and"
                                          " numbers only, never a name or a place smaller than"
                                          " a region."))
        self.persons.setToolTip(self.tr("Named once here for every stage that names no one"
                                        " itself."))
        language = self._language()
        self.region.set_language(language, self.tr("— no region —"))
        self.opened_on.set_language(language)
        self.persons.set_language(language)


class CloseCaseDialog(DialogBase):
    """Asks the date the matter ended, then closes the case."""

    closed = Signal()

    def __init__(self, session: Session, case: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Ok | Buttons.Cancel, parent)
        self._session = session
        self._case = case
        self.closed_on = DateField()
        self.closed_on.set_date(date.today().isoformat())
        self.label = QLabel()
        form = QFormLayout()
        form.addRow(self.label, self.closed_on)
        self.add_body(form)
        self.buttons.accepted.connect(self.submit)
        self.setMinimumWidth(460)
        self.retranslate()

    def submit(self) -> None:
        try:
            close_case(self._session, self._case["id"], self.closed_on.date_text())
        except FieldappError as error:
            self.show_error(error)
            return
        self.closed.emit()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close case"))
        self.set_intro(self.tr("Close %1 on the date the matter ended. It can be reopened"
                               " later.").replace("%1", self._case["reference"]))
        self.label.setText(self.tr("Closed on"))
        self.buttons.button(Buttons.Ok).setText(self.tr("Close the case"))
