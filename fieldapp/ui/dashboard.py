"""The office's dashboard: the bulletin's figures as charts and tables, recomputed in the
worker whenever a filter changes; a click on a bar of a threat chart opens the matching
records. Cases, recourses and legal articles have their own page, each figure with its unit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.record import parse_partial_date
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.services.records import RecordQuery
from fieldapp.ui.dashboard_charts import ClickableChart, by_years, months_or_years
from fieldapp.ui.dashboard_publish import PublishButtons
from fieldapp.ui.error_text import user_message
from fieldapp.ui.publication_composer import PublicationActions
from fieldapp.ui.tasks import TaskRunner
from fieldapp.ui.vocab_widgets import CodeCombo
from fieldapp.ui.widgets import Retranslating

Report = dict[str, Any]
# (report key, vocabulary for labels or None for months, what a bar click filters by)
CHARTS = (("by_month", None, "month"), ("by_sector", "sector", "sector"),
          ("by_region", "region", "region"), ("by_type", "threat_type", "type"))
# The charts of the cases page: the record list cannot filter by outcome or article, so
# their bars open nothing.
CASE_CHARTS = (("recourses_by_type", "outcome"), ("by_legal_article", "legal_article"))


TOP = 15  # the bars a vocabulary chart shows; the rest are said to be left out


class Dashboard(Retranslating, QDialog):
    """`compute(filters)` returns the report dict of `fieldapp report --json`; it runs in
    the worker so even 200,000 records never freeze the window. `last`, the figures the
    vault's previous dashboard showed (its `last_report`), is drawn at once while the
    worker computes them again."""

    open_records = Signal(object)  # a RecordQuery for the main window's table
    computed = Signal(dict)

    def __init__(
        self,
        taxonomy: Taxonomy,
        language: str,
        runner: TaskRunner,
        compute: Callable[[dict[str, str | None]], Report],
        parent: QWidget | None = None,
        last: Report | None = None,
        publication: PublicationActions | None = None,
    ) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._language = language
        self._runner = runner
        self._compute = compute
        self._report: Report | None = last
        self._unfiltered: Report | None = last
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        self.region = CodeCombo(taxonomy["region"])
        self.sector = CodeCombo(taxonomy["sector"])
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(110)
            edit.editingFinished.connect(self.refresh)
        self.region.currentIndexChanged.connect(self.refresh)
        self.sector.currentIndexChanged.connect(self.refresh)
        self.period_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.period_label)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addWidget(self.region, 1)
        filters.addWidget(self.sector, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.case_figures = QLabel()
        self.case_figures.setWordWrap(True)
        self.charts = {key: ClickableChart(key) for key, _, _ in CHARTS}
        self.charts.update({key: ClickableChart(key) for key, _ in CASE_CHARTS})
        self.hint = QLabel()
        self.case_note = QLabel()
        self.case_note.setWordWrap(True)
        self.pages = QTabWidget()
        self.pages.addTab(self._threats_page(), "")
        self.pages.addTab(self._cases_page(), "")
        if publication is None and parent is not None:
            # The window's composer action, found in its object tree (the window need not
            # hand it over).
            publication = parent.findChild(PublicationActions)
        self.publish = PublishButtons(runner, compute, self.filters, publication, self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.busy)
        layout.addWidget(self.figures)
        layout.addWidget(self.case_figures)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.publish)
        self._fit_screen()
        self.retranslate()  # draws `last`, if given

    def _fit_screen(self) -> None:
        """As large as the charts want, never larger than the screen (1366x768 laptops)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1200, room.width() - 24), min(860, room.height() - 48))

    @property
    def last_report(self) -> Report | None:
        """The latest figures of the whole vault (no filter), for the next dashboard to
        show at once; None until they are computed."""
        return self._unfiltered

    def _threats_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        for n, (key, _, _) in enumerate(CHARTS):
            self.charts[key].category_clicked.connect(self._bar_clicked)
            grid.addWidget(self.charts[key], n // 2, n % 2)
        charts = QWidget()
        charts.setLayout(grid)
        # Fifteen bars need their height: on a small screen the charts scroll.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(charts)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        return page

    def _cases_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        for key, _ in CASE_CHARTS:
            row.addWidget(self.charts[key])
        layout = QVBoxLayout(page)
        layout.addLayout(row, 1)
        layout.addWidget(self.case_note)
        return page

    def filters(self) -> dict[str, str | None]:
        def date(edit: QLineEdit) -> str | None:
            text = edit.text().strip()
            return text if text and parse_partial_date(text) else None

        return {"from": date(self.date_from), "to": date(self.date_to),
                "region": self.region.code() or None, "sector": self.sector.code() or None}

    def refresh(self) -> None:
        filters = self.filters()
        self.busy.show()
        self._runner.submit(lambda job: self._compute(filters),
                            lambda report: self._show(report, filters), self._failed)

    def _show(self, report: Report, filters: dict[str, str | None]) -> None:
        self.busy.hide()
        self._report = report
        if not any(filters.values()):
            self._unfiltered = report
        self._draw()
        self.computed.emit(report)

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.figures.setText(user_message(error))
        self.case_figures.clear()

    def _draw(self) -> None:
        report = self._report
        if report is None:
            return
        self.figures.setText(self.tr(
            "<b>%1</b> threats (distinct records) · <b>%2</b> persons (distinct victims) ·"
            " <b>%3</b> resolved threats · <b>%4</b> threat-months")
            .replace("%1", str(report.get("threats", 0)))
            .replace("%2", str(report.get("persons", 0)))
            .replace("%3", str(report.get("resolved", 0)))
            .replace("%4", str(sum(report.get("by_month", {}).values()))))
        self.case_figures.setText(self.tr(
            "<b>%1</b> cases (distinct cases, merged ones once) · <b>%2</b> recourses"
            " (positive outcomes dated in the period) · <b>%3</b> persons with a recourse"
            " (distinct persons)")
            .replace("%1", str(report.get("cases", 0)))
            .replace("%2", str(report.get("recourses", 0)))
            .replace("%3", str(report.get("recourse_persons", 0))))
        titles = {"by_month": self.tr("By year (threat-months)")
                  if by_years(report.get("by_month", {}))
                  else self.tr("By month (threat-months)"),
                  "by_sector": self.tr("By sector (threat-sectors)"),
                  "by_region": self.tr("By region (threats)"),
                  "by_type": self.tr("By type of threat (threats)"),
                  "recourses_by_type": self.tr("Recourses by type (recourses)"),
                  "by_legal_article": self.tr("Threats by legal article (threat-articles)")}
        vocabularies = {key: vocabulary for key, vocabulary, _ in CHARTS} | dict(CASE_CHARTS)
        for key, vocabulary in vocabularies.items():
            counts: dict[str, int] = report.get(key, {})
            note = ""
            if vocabulary is None:
                items = months_or_years(counts, self._language)
            else:
                # Labels from the vocabulary in the window's language, so a language switch
                # relabels every bar.
                vocab = self._taxonomy[vocabulary]
                items = sorted(((code, vocab.label(code, self._language), n)
                                for code, n in counts.items()), key=lambda i: (-i[2], i[1]))
                if len(items) > TOP:
                    note = self.tr("top %1 of %n", "", len(items)).replace("%1", str(TOP))
                    items = items[:TOP]
            if not items:
                note = self.tr("Nothing was counted in this period")
            self.charts[key].show_counts(titles[key], items, note)

    def _bar_clicked(self, chart_key: str, code: str) -> None:
        """Open the records behind a bar, with the dashboard's own filters kept."""
        key = next(kind for name, _, kind in CHARTS if name == chart_key)
        filters = self.filters()
        region = filters["region"] if key != "region" else code
        first, last = (code, code) if len(code) == 7 else (f"{code}-01", f"{code}-12")
        query = RecordQuery(
            regions=self._taxonomy["region"].codes_reported_as(region) if region else [],
            sector=code if key == "sector" else filters["sector"],
            date_from=first if key == "month" else filters["from"],
            date_to=last if key == "month" else filters["to"],
        )
        if key == "type":
            query.threat_type = code
        self.open_records.emit(query)

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        """The vault's vocabulary changed: new codes in the filters, new labels on the bars."""
        self._taxonomy = taxonomy
        self.region.vocabulary = taxonomy["region"]
        self.sector.vocabulary = taxonomy["sector"]
        self.set_language(self._language)

    def set_language(self, language: str) -> None:
        self._language = language
        self.region.set_language(language, self.tr("All regions"))
        self.sector.set_language(language, self.tr("All sectors"))
        self._draw()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard"))
        self.period_label.setText(self.tr("Period"))
        self.date_from.setPlaceholderText(self.tr("from"))
        self.date_to.setPlaceholderText(self.tr("to"))
        self.hint.setText(self.tr("Click a bar to open its records. Linked duplicates count"
                                  " once; deleted records are not counted."))
        self.pages.setTabText(0, self.tr("Threats"))
        self.pages.setTabText(1, self.tr("Cases and recourses"))
        self.case_note.setText(self.tr(
            "A recourse is counted in the month of its outcome date, or of the threat when no"
            " outcome date was recorded. A record that names no victims takes the persons of"
            " its case. Linked duplicates count once."))
        self.set_language(self._language)
