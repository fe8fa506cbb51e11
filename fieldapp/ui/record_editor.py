"""The record form: every field from the vocabulary, problems shown at the field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.dates import format_user_date
from fieldapp.domain.record import Record, empty_record
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import InvalidInput, Problem
from fieldapp.ui.date_field import DateField, bad_date_text
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.error_text import problem_message
from fieldapp.ui.repeating import PerpetratorRow, RepeatingGroup, SourceRow, VictimRow
from fieldapp.ui.vocab_widgets import CaseCombo, CodeChecklist, CodeCombo
from fieldapp.ui.widgets import error_label, show_error_text

# The order of the form's rows; each field has a label and an error line beneath it. The
# outcome's date shares the outcome's row and has an error line of its own.
FORM_FIELDS = ("case", "title", "occurred_on", "occurred_until", "region", "locality",
               "threat_type", "legal_articles", "sectors", "perpetrators", "victims",
               "description", "outcome", "sources")
# The size the form asks for; a smaller screen (1366x768 less a panel) gets less, and the
# form scrolls.
PREFERRED_SIZE = (800, 720)


class RecordEditor(DialogBase):
    """Add or edit one record. `save` stores the data or raises InvalidInput.

    `cases` are the vault's cases to choose from (`case_views.list_cases`); `start` fills a
    new record (the next stage of a case: `case_views.next_stage`)."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        language: str,
        save: Callable[[dict[str, Any]], object],
        record: Record | None = None,
        parent: QWidget | None = None,
        *,
        cases: list[dict[str, Any]] | None = None,
        start: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(Buttons.Save | Buttons.Cancel, parent)
        self._taxonomy = taxonomy
        self._language = language
        self._save = save
        self._editing = record is not None

        self.case = CaseCombo()
        self.case.set_cases(cases or [])
        self.case_hint = QLabel()
        self.case_hint.setWordWrap(True)
        self.case_hint.setStyleSheet("color: #555;")
        self.case.currentIndexChanged.connect(self._show_case_hint)
        self.case.editTextChanged.connect(self._show_case_hint)
        self.title = QLineEdit()
        self.occurred_on = DateField()
        self.occurred_until = DateField(lambda: self.tr("optional, for a continuing threat"))
        self.region = CodeCombo(taxonomy["region"])
        self.locality = QLineEdit()
        self.threat_type = CodeCombo(taxonomy["threat_type"])
        self.block = QLabel()
        self.legal_articles = CodeChecklist(taxonomy["legal_article"], wrap=True)
        self.legal_articles.setMaximumHeight(170)
        self.sectors = CodeChecklist(taxonomy["sector"])
        self.sectors.setMaximumHeight(150)
        self.perpetrators = RepeatingGroup(lambda: PerpetratorRow(taxonomy),
                                           lambda: self.tr("Add perpetrator"))
        self.victims = RepeatingGroup(lambda: VictimRow(taxonomy), lambda: self.tr("Add victim"))
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(100)
        self.outcome = CodeCombo(taxonomy["outcome"])
        self.outcome_on = DateField()
        self.outcome_on.setMaximumWidth(220)
        self.outcome_on_label = QLabel()
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.sources = RepeatingGroup(SourceRow, lambda: self.tr("Add source"))
        self._sealed_count = 0
        self.sealed_note = QLabel()
        self.sealed_note.setWordWrap(True)
        self.threat_type.currentIndexChanged.connect(self._show_block)

        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in FORM_FIELDS:
            field_box = QWidget()
            box = QVBoxLayout(field_box)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self._outcome_row() if name == "outcome" else self.widget_for(name))
            if name == "threat_type":
                box.addWidget(self.block)
            if name == "victims":
                box.addWidget(self.case_hint)
            if name == "sources":
                box.addWidget(self.sealed_note)
            self.errors[name] = error_label()
            box.addWidget(self.errors[name])
            if name == "outcome":
                self.errors["outcome_on"] = error_label()
                box.addWidget(self.errors["outcome_on"])
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], field_box)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons.accepted.connect(self.submit)
        self.add_body(scroll)
        self._fit_to_screen()

        self.set_language(language)
        self.load(record or start or empty_record())
        self.retranslate()

    def _outcome_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.outcome, 1)
        line.addWidget(self.outcome_on_label)
        line.addWidget(self.outcome_on)
        return row

    def _fit_to_screen(self) -> None:
        width, height = PREFERRED_SIZE
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            # Leave room for the window frame and a panel at the screen's edge.
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def widget_for(self, name: str) -> QWidget:
        widget = getattr(self, name)
        if not isinstance(widget, QWidget):
            raise TypeError(name)
        return widget

    # -- data -----------------------------------------------------------------------------------

    def load(self, record: Record) -> None:
        """Fill the form from a record, or from the start of one (any fields it has)."""
        self.case.set_case(record.get("case"))
        self.title.setText(record.get("title") or "")
        self.occurred_on.set_date(record.get("occurred_on"))
        self.occurred_until.set_date(record.get("occurred_until"))
        self.region.set_code(record.get("region"))
        self.locality.setText(record.get("locality") or "")
        self.threat_type.set_code(record.get("threat_type"))
        self.legal_articles.set_codes(record.get("legal_articles") or [])
        self.sectors.set_codes(record.get("sectors") or [])
        self.perpetrators.set_values(record.get("perpetrators") or [])
        self.victims.set_values(record.get("victims") or [])
        self.description.setPlainText(record.get("description") or "")
        self.outcome.set_code(record.get("outcome"))
        self.outcome_on.set_date(record.get("outcome_on"))
        sources = record.get("sources") or []
        sealed = sources.get("count", 0) if isinstance(sources, dict) else 0
        self._sealed_count = sealed
        self.sources.set_values([] if isinstance(sources, dict) else sources)
        self._show_block()
        self._outcome_changed()
        self._show_case_hint()

    def data(self) -> dict[str, Any]:
        outcome = self.outcome.code() or None
        return {
            "case": self.case.case_value(),
            "title": self.title.text(),
            "occurred_on": self.occurred_on.date_text(),
            "occurred_until": self.occurred_until.date_text() or None,
            "region": self.region.code(),
            "locality": self.locality.text(),
            "threat_type": self.threat_type.code(),
            "legal_articles": self.legal_articles.codes(),
            "sectors": self.sectors.codes(),
            "perpetrators": self.perpetrators.values(),
            "victims": self.victims.values(),
            "description": self.description.toPlainText(),
            "outcome": outcome,
            # A date left in the field while no outcome is chosen is not the record's.
            "outcome_on": (self.outcome_on.date_text() or None) if outcome else None,
            "sources": self.sources.values(),
        }

    def submit(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.hide()
        data = self.data()
        if self._editing and self.case.unlisted_chosen():
            # Filed under a case this vault has not received yet: left as it is.
            data.pop("case")
        try:
            self._save(data)
        except InvalidInput as error:
            self.show_problems(error.problems)
            return
        self.accept()

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.top_field, []).append(self.describe(problem))
        first: QWidget | None = None
        for name, messages in by_field.items():
            label = self.errors.get(name, self.error)
            show_error_text(label, " ".join(dict.fromkeys(messages)))
            if first is None and name in self.errors:
                first = self.widget_for(name)
        if first is not None:
            first.setFocus()

    def describe(self, problem: Problem) -> str:
        """The problem in the interface language (the CLI keeps its English sentence), its
        dates as the form shows them."""
        dates = {key: format_user_date(value, self._language) if isinstance(value, str)
                 else value for key, value in problem.params.items()}
        shown = Problem(problem.field, problem.code, problem.index, **dates)
        return bad_date_text(shown) or problem_message(shown)

    # -- language ---------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        self.region.set_language(language, self.tr("— choose a region —"))
        self.threat_type.set_language(language, self.tr("— choose a type —"))
        self.outcome.set_language(language, self.tr("none yet"))
        self.sectors.set_language(language)
        self.legal_articles.set_language(language)
        for group in (self.perpetrators, self.victims, self.sources):
            group.set_language(language)
        for field in (self.occurred_on, self.occurred_until, self.outcome_on):
            field.set_language(language)
        self._show_block()

    def _outcome_changed(self) -> None:
        chosen = bool(self.outcome.code())
        self.outcome_on.setEnabled(chosen)
        self.outcome_on_label.setEnabled(chosen)

    def _show_case_hint(self) -> None:
        self.case_hint.setVisible(self.case.case_value() is not None)

    def _show_block(self) -> None:
        code = self.threat_type.code()
        if not code:
            self.block.setText("")
            return
        block = self._taxonomy.block_of(code)
        label = self._taxonomy["threat_block"].label(block, self._language)
        self.block.setText(self.tr("Block: %1").replace("%1", label))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit record") if self._editing else self.tr("New record"))
        texts = {
            "case": self.tr("Case"),
            "title": self.tr("Title *"),
            "occurred_on": self.tr("Date *"),
            "occurred_until": self.tr("Continuing until"),
            "region": self.tr("Region *"),
            "locality": self.tr("Locality"),
            "threat_type": self.tr("Type of threat *"),
            "legal_articles": self.tr("Legal articles"),
            "sectors": self.tr("Sectors *"),
            "perpetrators": self.tr("Perpetrators"),
            "victims": self.tr("Persons threatened"),
            "description": self.tr("Description"),
            "outcome": self.tr("Positive outcome"),
            "sources": self.tr("Sources of information"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.outcome_on_label.setText(self.tr("Date of the outcome"))
        self.outcome_on_label.setToolTip(self.tr("When the positive outcome came; left empty,"
                                                 " the date of the threat counts."))
        self.case.setToolTip(self.tr("The matter this threat is a stage of: choose it from"
                                     " the list, or type part of its reference or title."))
        self.case_hint.setText(self.tr("In a case, a record that names no persons of its own"
                                       " takes the persons of the case."))
        self.sources.setToolTip(self.tr("Who told you. Sealed for the office's source key as"
                                        " you save: not even this computer can show them"
                                        " again."))
        self.sealed_note.setText(self.tr(
            "%n sources already sealed for the office; sources added here are sealed"
            " too.", "", self._sealed_count) if self._sealed_count else self.tr(
            "Sealed for the office as you save: afterwards only the office can read them."))
        self.set_language(self._language)
