"""A read-only view of the selected record, labels in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from fieldapp.domain.dates import format_date_range, format_user_date
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.ui.widgets import Retranslating

SHOW_SOURCES = "fieldapp:show-sources"
CASE_LINK = "fieldapp:case:"
MUTED = "color:#666"

# The case a record is filed under, as `case_views.show_case` gives it (None if not held).
CaseLookup = Callable[[str], dict[str, Any] | None]


class RecordView(Retranslating, QTextBrowser):
    """Sources are only counted here: the view is what a person beside you can read."""

    show_sources_requested = Signal()
    case_requested = Signal(str)  # the id of the case the record is filed under

    def __init__(self, case_lookup: CaseLookup | None = None) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link)
        self.can_unseal = False  # the office's view offers to open sealed sources
        self._case_lookup = case_lookup
        self._record: dict[str, Any] | None = None
        self._taxonomy: Taxonomy | None = None
        self._language = "en"

    def show_record(self, record: dict[str, Any] | None, taxonomy: Taxonomy | None,
                    language: str) -> None:
        self._record, self._taxonomy, self._language = record, taxonomy, language
        self.refresh()

    def refresh(self) -> None:
        record, tax, lang = self._record, self._taxonomy, self._language
        if record is None or tax is None:
            self.setHtml(f"<p style='{MUTED}'>" + escape(self.tr(
                "Select a record to see it here.")) + "</p>")
            return

        def label(vocab: str, code: str | None) -> str:
            return escape(tax[vocab].label(code, lang)) if code else "—"

        def person(v: dict[str, Any]) -> str:
            return (escape(v["alias"]) + " (" + label("victim_gender", v.get("gender")) + ", "
                    + label("victim_category", v.get("category")) + ")")

        case = self._case_of(record)
        when = format_date_range(record["occurred_on"], record.get("occurred_until"), lang)
        rows = [
            (self.tr("Case"), self._case_text(record, case)),
            (self.tr("Date"), escape(when)),
            (self.tr("Region"), label("region", record["region"])
             + (", " + escape(record["locality"]) if record.get("locality") else "")),
            (self.tr("Type of threat"), label("threat_type", record["threat_type"])
             + " (" + label("threat_block", record["threat_block"]) + ")"),
            (self.tr("Legal articles"), self._lines(
                [label("legal_article", code) for code in record.get("legal_articles") or []])),
            (self.tr("Sectors"), ", ".join(label("sector", s) for s in record["sectors"])),
            (self.tr("Perpetrators"), "<br>".join(
                label("perpetrator_kind", p["kind"])
                + (" / " + label("state_body", p["body"]) if p.get("body") else "")
                + (": " + escape(p["name"]) if p.get("name") else "")
                for p in record["perpetrators"]) or "—"),
            (self.tr("Persons threatened"), self._persons_text(record, case, person)),
            (self.tr("Positive outcome"), self._outcome_text(record, label)),
            (self.tr("Sources of information"), self._sources_text(record)),
        ]
        body = "".join(f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
                       f"<td>{v}</td></tr>" for k, v in rows)
        description = escape(record.get("description") or "").replace("\n", "<br>")
        self.setHtml(f"<h3>{escape(record['title'])}</h3><table>{body}</table>"
                     f"<p>{description}</p>")

    @staticmethod
    def _lines(items: list[str]) -> str:
        """One item a line; several long ones (articles' titles wrap) each begin with a
        bullet so they stay apart."""
        if len(items) < 2:
            return items[0] if items else "—"
        return "<br>".join("•&nbsp;" + item for item in items)

    def _case_of(self, record: dict[str, Any]) -> dict[str, Any] | None:
        """The record's case, when this vault holds it and someone can look it up."""
        if not record.get("case") or not record.get("case_reference"):
            return None
        return self._case_lookup(record["case"]) if self._case_lookup else None

    def _case_text(self, record: dict[str, Any], case: dict[str, Any] | None) -> str:
        if not record.get("case"):
            return "—"
        reference = record.get("case_reference")
        if not reference:
            # Bundles arrive in any order: a stage can come before its case.
            return f"<span style='{MUTED}'>" + escape(self.tr(
                "A case not in this vault yet")) + "</span>"
        if case is not None and case.get("title"):
            text = f"{reference} — {case['title']}"
        elif case is not None and case.get("stub"):
            text = self.tr("%1 (cleared from this computer)").replace("%1", reference)
        else:
            text = reference
        return f"<a href='{CASE_LINK}{escape(record['case'])}'>{escape(text)}</a>"

    def _persons_text(self, record: dict[str, Any], case: dict[str, Any] | None,
                      person: Callable[[dict[str, Any]], str]) -> str:
        if record["victims"]:
            return "<br>".join(person(v) for v in record["victims"])
        persons = (case or {}).get("persons") or []
        if not persons:
            return "—"
        # A stage that names no persons of its own counts the case's (docs/cases.md).
        return (f"<i style='{MUTED}'>" + escape(self.tr("From the case:")) + "</i><br>"
                + "<br>".join(person(v) for v in persons))

    def _outcome_text(self, record: dict[str, Any],
                      label: Callable[[str, str | None], str]) -> str:
        outcome = label("outcome", record.get("outcome"))
        if record.get("outcome") and record.get("outcome_on"):
            return escape(self.tr("%1 (on %2)")).replace("%1", outcome).replace(
                "%2", escape(format_user_date(record["outcome_on"], self._language)))
        return outcome

    def _sources_text(self, record: dict[str, Any]) -> str:
        count = (record.get("sources") or {}).get("count", 0)
        if not count:
            return "—"
        text = escape(self.tr("%n, sealed for the office", "", count))
        if self.can_unseal:
            text += f" &nbsp;<a href='{SHOW_SOURCES}'>{escape(self.tr('Show…'))}</a>"
        return text

    def _link(self, url: QUrl) -> None:
        link = url.toString()
        if link == SHOW_SOURCES:
            self.show_sources_requested.emit()
        elif (link.startswith(CASE_LINK) and self._record is not None
              and link[len(CASE_LINK):] == self._record.get("case")):
            # The id the record holds, so the link's text never steers what opens.
            self.case_requested.emit(self._record["case"])

    def retranslate(self) -> None:
        self.refresh()
