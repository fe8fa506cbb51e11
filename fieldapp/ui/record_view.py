"""A read-only view of the selected record, labels in the interface language."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.ui.widgets import Retranslating

SHOW_SOURCES = "fieldapp:show-sources"


class RecordView(Retranslating, QTextBrowser):
    """Sources are only counted here: the view is what a person beside you can read."""

    show_sources_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._link)
        self.can_unseal = False  # the office's view offers to open sealed sources
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
            self.setHtml("<p style='color:#666'>" + escape(self.tr(
                "Select a record to see it here.")) + "</p>")
            return

        def label(vocab: str, code: str | None) -> str:
            return escape(tax[vocab].label(code, lang)) if code else "—"

        when = record["occurred_on"] + (
            f" – {record['occurred_until']}" if record.get("occurred_until") else "")
        rows = [
            (self.tr("Date"), escape(when)),
            (self.tr("Region"), label("region", record["region"])
             + (", " + escape(record["locality"]) if record.get("locality") else "")),
            (self.tr("Type of threat"), label("threat_type", record["threat_type"])
             + " (" + label("threat_block", record["threat_block"]) + ")"),
            (self.tr("Sectors"), ", ".join(label("sector", s) for s in record["sectors"])),
            (self.tr("Perpetrators"), "<br>".join(
                label("perpetrator_kind", p["kind"])
                + (" / " + label("state_body", p["body"]) if p.get("body") else "")
                + (": " + escape(p["name"]) if p.get("name") else "")
                for p in record["perpetrators"]) or "—"),
            (self.tr("Persons threatened"), "<br>".join(
                escape(v["alias"]) + " (" + label("victim_gender", v.get("gender")) + ", "
                + label("victim_category", v.get("category")) + ")"
                for v in record["victims"]) or "—"),
            (self.tr("Positive outcome"), label("outcome", record.get("outcome"))),
            (self.tr("Sources of information"), self._sources_text(record)),
        ]
        body = "".join(f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
                       f"<td>{v}</td></tr>" for k, v in rows)
        description = escape(record.get("description") or "").replace("\n", "<br>")
        self.setHtml(f"<h3>{escape(record['title'])}</h3><table>{body}</table>"
                     f"<p>{description}</p>")

    def _sources_text(self, record: dict[str, Any]) -> str:
        count = (record.get("sources") or {}).get("count", 0)
        if not count:
            return "—"
        text = escape(self.tr("%n, sealed for the office", "", count))
        if self.can_unseal:
            text += f" &nbsp;<a href='{SHOW_SOURCES}'>{escape(self.tr('Show…'))}</a>"
        return text

    def _link(self, url: QUrl) -> None:
        if url.toString() == SHOW_SOURCES:
            self.show_sources_requested.emit()

    def retranslate(self) -> None:
        self.refresh()
