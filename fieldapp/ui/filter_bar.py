"""Search box and filters above the record table; emits a RecordQuery when anything changes."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from fieldapp.domain.record import parse_partial_date
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.services.records import RecordQuery
from fieldapp.ui.vocab_widgets import CodeCombo
from fieldapp.ui.widgets import Retranslating

SEARCH_DELAY_MS = 250


class FilterBar(Retranslating, QWidget):
    changed = Signal(object)

    def __init__(self, taxonomy: Taxonomy) -> None:
        super().__init__()
        self._taxonomy = taxonomy
        self._language = "en"
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.region = CodeCombo(taxonomy["region"])
        self.sector = CodeCombo(taxonomy["sector"])
        self.block = CodeCombo(taxonomy["threat_block"])
        self.period_label = QLabel()
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(110)
        # Typing restarts the timer so the list is queried once the user pauses.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.emit_query)
        self.search.textChanged.connect(self._debounce.start)
        self.date_from.textChanged.connect(self._debounce.start)
        self.date_to.textChanged.connect(self._debounce.start)
        for combo in (self.region, self.sector, self.block):
            combo.currentIndexChanged.connect(self.emit_query)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.region, 1)
        layout.addWidget(self.sector, 1)
        layout.addWidget(self.block, 1)
        layout.addWidget(self.period_label)
        layout.addWidget(self.date_from)
        layout.addWidget(self.date_to)
        self.retranslate()

    def query(self) -> RecordQuery:
        region = self.region.code()
        return RecordQuery(
            text=self.search.text(),
            regions=self._taxonomy["region"].codes_reported_as(region) if region else [],
            sector=self.sector.code() or None,
            block=self.block.code() or None,
            date_from=_valid_date(self.date_from.text()),
            date_to=_valid_date(self.date_to.text()),
        )

    def emit_query(self) -> None:
        self._debounce.stop()
        for edit in (self.date_from, self.date_to):
            bad = bool(edit.text().strip()) and _valid_date(edit.text()) is None
            edit.setStyleSheet("border: 1px solid #b00020;" if bad else "")
        self.changed.emit(self.query())

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        """The vault's vocabulary (after an unlock, a change or an import): the combos offer
        its codes, the chosen ones kept."""
        self._taxonomy = taxonomy
        self.region.vocabulary = taxonomy["region"]
        self.sector.vocabulary = taxonomy["sector"]
        self.block.vocabulary = taxonomy["threat_block"]
        self.set_language(self._language)

    def set_language(self, language: str) -> None:
        self._language = language
        self.region.blockSignals(True)
        self.sector.blockSignals(True)
        self.block.blockSignals(True)
        self.region.set_language(language, self.tr("All regions"))
        self.sector.set_language(language, self.tr("All sectors"))
        self.block.set_language(language, self.tr("All blocks"))
        self.region.blockSignals(False)
        self.sector.blockSignals(False)
        self.block.blockSignals(False)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles, places, descriptions, names…"))
        self.period_label.setText(self.tr("Period"))
        self.date_from.setPlaceholderText(self.tr("from"))
        self.date_to.setPlaceholderText(self.tr("to"))
        self.date_from.setToolTip(self.tr("YYYY-MM-DD or YYYY-MM"))
        self.date_to.setToolTip(self.tr("YYYY-MM-DD or YYYY-MM"))
        self.set_language(self._language)


def _valid_date(text: str) -> str | None:
    text = text.strip()
    return text if text and parse_partial_date(text) else None
