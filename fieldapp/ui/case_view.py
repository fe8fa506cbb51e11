"""One case: its header (references, title, status, persons, summary) above its timeline, and
what can be done with it (the next stage, edit, close or reopen, and the office's merge)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services import case_views
from fieldapp.services.cases import reopen_case
from fieldapp.services.session import Session
from fieldapp.ui.case_form import CaseForm, CloseCaseDialog
from fieldapp.ui.cases_dialog import MergeDialog
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.timeline import BLOCK_COLOURS, RECOURSE_COLOUR, TimelineModel, TimelineView

MUTED = "#5f6368"


class CaseView(DialogBase):
    """`add_next_stage(case_id)` and `open_stage(record_id)` go to the main window, which owns
    the record editor; everything about the case itself happens here."""

    changed = Signal()  # the case was edited, closed, reopened or merged

    def __init__(
        self,
        session: Session,
        case_id: str,
        language: Callable[[], str],
        prompts: Prompts,
        add_next_stage: Callable[[str], None],
        open_stage: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Buttons.Close, parent)
        self._session = session
        self._language = language
        self._prompts = prompts
        self.case_id = case_id
        self.case: dict[str, Any] | None = None
        self.office = session.identity.role == "office"
        self.header = QTextBrowser()
        self.header.setOpenLinks(False)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.stages_label = QLabel()
        self.timeline_model = TimelineModel(session.taxonomy, language(), self)
        self.timeline = TimelineView(self.timeline_model)
        self.timeline.stage_activated.connect(open_stage)

        self.next_stage_button = QPushButton()
        self.next_stage_button.clicked.connect(lambda: add_next_stage(self.case_id))
        self.edit_button, self.close_case_button = QPushButton(), QPushButton()
        self.reopen_button, self.merge_button = QPushButton(), QPushButton()
        self.edit_button.clicked.connect(self.edit_case)
        self.close_case_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen_case)
        self.merge_button.clicked.connect(self.merge_with)
        row = QHBoxLayout()
        for button in (self.next_stage_button, self.edit_button, self.close_case_button,
                       self.reopen_button, self.merge_button):
            row.addWidget(button)
        row.addStretch(1)

        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stages_label)
        column.addWidget(self.legend)
        column.addWidget(self.timeline, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.header)
        split.addWidget(lower)
        split.setStretchFactor(1, 1)
        split.setSizes([160, 460])
        self.add_body(split, 1)
        self.add_body(row)
        self.resize(980, 680)
        self.refresh()
        self.retranslate()

    # -- what is shown ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            return
        try:
            shown = case_views.show_case(self._session, self.case_id)
        except FieldappError as error:
            self.show_error(error)
            return
        self.error.hide()
        self.case = shown
        self.case_id = shown["id"]  # after a merge, the group's case
        self.timeline_model.set_stages(shown["events"])
        self._update_buttons()
        self._show_texts()

    def _update_buttons(self) -> None:
        case = self.case or {}
        writable = bool(case) and not case.get("stub")
        self.edit_button.setVisible(writable)
        self.close_case_button.setVisible(writable and case.get("status") == "open")
        self.reopen_button.setVisible(writable and case.get("status") == "closed")
        self.merge_button.setVisible(writable and self.office)
        self.next_stage_button.setEnabled(bool(case))

    def _label(self, vocabulary: str, code: str | None) -> str:
        return self._session.taxonomy[vocabulary].label(code, self._language()) if code else ""

    def header_html(self, case: dict[str, Any]) -> str:
        rows: list[tuple[str, str]] = []
        parts = [f"<h2 style='margin-bottom:2px'>{escape(case['reference'])}</h2>"]
        others = [r for r in case["references"] if r != case["reference"]]
        if others:
            parts.append("<p style='margin-top:0'>" + escape(self.tr(
                "Also reached by %1 (merged into this case).").replace(
                "%1", ", ".join(others))) + "</p>")
        if case["stub"]:
            parts.append(f"<p style='color:{MUTED}'><i>" + escape(self.tr(
                "Cleared from this computer after the office confirmed holding it: the office"
                " keeps its title, summary and persons. New stages can still be filed under"
                " its reference.")) + "</i></p>")
        else:
            parts.append(f"<h3 style='margin-top:4px'>{escape(case['title'])}</h3>")
        if case["status"] == "closed":
            status = self.tr("Closed on %1 (opened %2)").replace(
                "%1", case["closed_on"] or "").replace("%2", case["opened_on"] or "")
        else:
            status = self.tr("Open since %1").replace("%1", case["opened_on"] or "")
        rows.append((self.tr("Status"), status))
        if case["first_on"]:
            span = (self.tr("from %1 to %2").replace("%1", case["first_on"]).replace(
                "%2", case["last_on"]) if case["last_on"] and case["last_on"] != case[
                "first_on"] else case["first_on"])
            rows.append((self.tr("Stages"), span))
        if not case["stub"]:
            if case.get("region"):
                rows.append((self.tr("Region"), self._label("region", case["region"])))
            persons = []
            for person in case.get("persons", []):
                details = [self._label("victim_gender", person.get("gender")),
                           self._label("victim_category", person.get("category"))]
                details = [d for d in details if d]
                persons.append(person["alias"] + (f" ({', '.join(details)})" if details else ""))
            rows.append((self.tr("Persons"), "; ".join(persons) or "—"))
        parts.append("<table>" + "".join(
            f"<tr><td style='color:{MUTED};padding-right:10px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")
        if case.get("in_conflict"):
            parts.append("<p style='color:#a05a00'>⚠ " + escape(self.tr(
                "Two versions of this case are in conflict; the one shown is kept when the"
                " case is next edited.")) + "</p>")
        if case.get("summary"):
            parts.append("<p>" + escape(case["summary"]).replace("\n", "<br>") + "</p>")
        return "".join(parts)

    def legend_html(self) -> str:
        items = [f"<span style='color:{colour}'>●</span>&nbsp;"
                 f"{escape(self._label('threat_block', block))}"
                 for block, colour in BLOCK_COLOURS.items()]
        items.append(f"<span style='color:{RECOURSE_COLOUR}'>✓</span>&nbsp;"
                     + escape(self.tr("recourse (a positive outcome)")))
        return " &nbsp;&nbsp; ".join(items)

    def _show_texts(self) -> None:
        case = self.case
        if case is None:
            return
        self.setWindowTitle(self.tr("Case %1").replace("%1", case["reference"]))
        self.header.setHtml(self.header_html(case))
        self.stages_label.setText(self.tr("Stages in date order: %1").replace(
            "%1", str(len(case["events"]))))

    # -- actions ------------------------------------------------------------------------------

    def edit_case(self) -> None:
        if self.case is None:
            return
        form = CaseForm(self._session, self._language, self.case, self)
        form.saved.connect(lambda _: self._changed())
        form.open()

    def close_case(self) -> None:
        if self.case is None:
            return
        dialog = CloseCaseDialog(self._session, self.case, self)
        dialog.closed.connect(self._changed)
        dialog.open()

    def reopen_case(self) -> None:
        try:
            reopen_case(self._session, self.case_id)
        except FieldappError as error:
            self.show_error(error)
            return
        self._changed()

    def merge_with(self) -> None:
        if self.case is None or not self.office:
            return
        picker = MergeDialog(self._session, self._prompts, self.case, self)
        picker.merged.connect(self._merged)
        picker.open()

    def _merged(self, group: str) -> None:
        self.case_id = group
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def retranslate(self) -> None:
        self.timeline_model.set_language(self._language())
        self.legend.setText(self.legend_html())
        self.next_stage_button.setText(self.tr("Add the next stage"))
        self.next_stage_button.setToolTip(self.tr(
            "A new record filed under this case, starting from its latest stage."))
        self.edit_button.setText(self.tr("Edit case…"))
        self.close_case_button.setText(self.tr("Close case…"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.merge_button.setText(self.tr("Merge with…"))
        self._show_texts()
        if self.case is None:
            self.setWindowTitle(self.tr("Case"))
