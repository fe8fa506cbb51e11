"""The PDF information bulletin (issue 5, design.md section 9), built with reportlab.

Input is the dict `fieldapp report --json` prints; nothing else about the records reaches
this module, and of that dict only the counts and the period are printed. Every label
comes from the taxonomy or resources/bulletin/strings.json; every count below the
threshold K is published as "<K" in the key figures and tables and drawn as a hatched
placeholder in the charts (fieldapp.reports.cells, fieldapp.reports.charts). The fonts
(DejaVu Sans) are embedded, so Cyrillic and Kazakh letters render on any reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import InvalidInput, Problem
from fieldapp.reports.bulletin_text import BulletinText
from fieldapp.reports.cells import (
    Cell,
    category_cells,
    count_of,
    format_count,
    month_key,
    publish,
    vocabulary_labeller,
)
from fieldapp.reports.charts import BAR, GRID, MonthSlot, bar_chart, month_chart
from fieldapp.reports.fonts import Fonts, register_fonts

MARGIN = 56.0
#: The width flowables get: the page less its margins and the frame's 6 pt padding each side.
FRAME_WIDTH = A4[0] - 2 * MARGIN - 12
MONTH_CHART_HEIGHT = 180.0
#: Past this many calendar months the monthly chart shows only the months with threats.
MAX_MONTH_SLOTS = 120
GREY = colors.HexColor("#5f6b76")
LIGHT = colors.HexColor("#eef2f6")


@dataclass(frozen=True)
class Breakdown:
    """One map of the report: its key, its taxonomy vocabulary, title, dimension and unit."""

    key: str
    vocabulary: str | None
    dimension: str
    unit: str
    chart: bool
    empty: str = "no_data"  # what an empty breakdown says


BREAKDOWNS = (
    Breakdown("by_month", None, "dim_month", "unit_threat_months", True),
    Breakdown("by_sector", "sector", "dim_sector", "unit_threat_sectors", True),
    Breakdown("by_region", "region", "dim_region", "unit_threats", True),
    Breakdown("by_block", "threat_block", "dim_block", "unit_threats", False),
    Breakdown("by_type", "threat_type", "dim_type", "unit_threats", True),
    Breakdown("by_perpetrator", "perpetrator_kind", "dim_perpetrator", "unit_threats", False),
    Breakdown("by_state_body", "state_body", "dim_state_body", "unit_threats", False),
    Breakdown("by_gender", "victim_gender", "dim_gender", "unit_persons", False),
    Breakdown("by_outcome", "outcome", "dim_outcome", "unit_threats", False),
    Breakdown("recourses_by_type", "outcome", "dim_outcome", "unit_recourses", True,
              "no_recourses"),
    Breakdown("by_legal_article", "legal_article", "dim_legal_article",
              "unit_threat_articles", True),
)
#: The units the methodology defines, in the order it lists them.
METHOD_UNITS = ("threats", "threat_months", "threat_sectors", "threat_articles", "persons",
                "cases", "recourses")


def write_bulletin(
    report: dict, path: Path, language: str, min_cell: int, taxonomy: Taxonomy
) -> None:
    """Write the bulletin for `report` (the `report --json` object) to `path` as a PDF."""
    text = BulletinText.load(language)
    if isinstance(min_cell, bool) or not isinstance(min_cell, int) or min_cell < 1:
        raise InvalidInput([Problem("min_cell", "min_cell_too_small", minimum=1)])
    fonts = register_fonts()
    builder = _Bulletin(report, text, min_cell, taxonomy, fonts)
    document = SimpleDocTemplate(
        # A buffer (the composer's preview) is written to as it is: str() of it would name
        # a file in the working directory and leave the publication there in plaintext.
        path if hasattr(path, "write") else str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6,
        title=text("title"),
        author="",
        subject=builder.period_text,
        creator="fieldapp",
        lang=language,
        initialFontName=fonts.regular,
    )
    document.build(builder.story(), onLaterPages=builder.footer)


def _parse_day(value: Any) -> date | None:
    """A period bound as a date, or None when absent or not an ISO date (never printed raw)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_range(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class _Bulletin:
    def __init__(
        self,
        report: Mapping[str, Any],
        text: BulletinText,
        min_cell: int,
        taxonomy: Taxonomy,
        fonts: Fonts,
    ) -> None:
        self.report = report
        self.text = text
        self.k = min_cell
        self.taxonomy = taxonomy
        self.fonts = fonts
        self.language = text.language
        self.maps = {b.key: self._map(b.key) for b in BREAKDOWNS}
        period = report.get("period")
        period = period if isinstance(period, Mapping) else {}
        self.start = _parse_day(period.get("from"))
        self.end = _parse_day(period.get("to"))
        self.styles = self._styles()

    # -- input ------------------------------------------------------------------------

    def _map(self, key: str) -> Mapping[str, Any]:
        if key not in self.report:
            raise ValueError(f"the report has no {key!r}")
        value = self.report[key]
        if not isinstance(value, Mapping):
            raise ValueError(f"report {key} must be an object of counts")
        return value

    def _scalar(self, key: str) -> int:
        if key not in self.report:
            raise ValueError(f"the report has no {key!r}")
        return count_of(self.report[key], key)

    def _cell_text(self, value: int | None) -> str:
        return format_count(value, self.k, self.language)

    @property
    def period_text(self) -> str:
        start = self.text.date(self.start) if self.start else None
        end = self.text.date(self.end) if self.end else None
        if start and end:
            return self.text("period_range", start=start, end=end)
        if start:
            return self.text("period_from", start=start)
        if end:
            return self.text("period_until", end=end)
        return self.text("period_all")

    def cells(self, breakdown: Breakdown) -> list[Cell]:
        counts = self.maps[breakdown.key]
        unrecognised = self.text("unrecognised")
        if breakdown.vocabulary is None:
            return self._month_cells(counts, unrecognised)
        labeller = vocabulary_labeller(self.taxonomy[breakdown.vocabulary], self.language)
        return category_cells(counts, breakdown.key, labeller, unrecognised, self.k)

    def _month_cells(self, counts: Mapping[str, Any], unrecognised: str) -> list[Cell]:
        """Months in calendar order (an order that says nothing about size)."""
        months: list[tuple[tuple[int, int], int]] = []
        stray: dict[str, Any] = {}
        for key, raw in counts.items():
            month = month_key(key)
            if month is None:
                stray[key] = raw
            elif count_of(raw, "by_month"):
                months.append((month, count_of(raw, "by_month")))
        cells = [
            Cell(self.text.month_year(*month), publish(n, self.k)) for month, n in sorted(months)
        ]
        return cells + category_cells(stray, "by_month", lambda _: None, unrecognised, self.k)

    def month_slots(self) -> list[MonthSlot]:
        counts: dict[tuple[int, int], int] = {}
        for key, raw in self.maps["by_month"].items():
            month = month_key(key)
            if month is not None and count_of(raw, "by_month") > 0:
                counts[month] = count_of(raw, "by_month")
        if not counts:
            return []
        bounds = sorted(counts)
        if self.start:
            bounds.append((self.start.year, self.start.month))
        if self.end:
            bounds.append((self.end.year, self.end.month))
        months = _month_range(min(bounds), max(bounds))
        if len(months) > MAX_MONTH_SLOTS:
            months = sorted(counts)
        return [MonthSlot(y, m, publish(counts.get((y, m), 0), self.k)) for y, m in months]

    # -- layout -----------------------------------------------------------------------

    def _styles(self) -> dict[str, ParagraphStyle]:
        regular, bold = self.fonts.regular, self.fonts.bold
        base = ParagraphStyle("body", fontName=regular, bulletFontName=regular, fontSize=9.5,
                              leading=13.5,
                              textColor=colors.HexColor("#1f2328"), alignment=TA_LEFT)
        return {
            "body": base,
            "title": ParagraphStyle("title", base, fontName=bold, fontSize=25, leading=31,
                                    textColor=BAR, spaceAfter=16),
            "period": ParagraphStyle("period", base, fontSize=13, leading=17, spaceAfter=4),
            "issued": ParagraphStyle("issued", base, fontSize=10, textColor=GREY),
            "h1": ParagraphStyle("h1", base, fontName=bold, fontSize=16, leading=20,
                                 textColor=BAR, spaceBefore=4, spaceAfter=8),
            "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=11.5, leading=15,
                                 spaceBefore=10, spaceAfter=4),
            "caption": ParagraphStyle("caption", base, fontName=bold, fontSize=9.5,
                                      leading=12.5, spaceBefore=6, spaceAfter=3),
            "note": ParagraphStyle("note", base, fontSize=8, leading=10.5, textColor=GREY,
                                   spaceAfter=3),
            "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
            "head": ParagraphStyle("head", base, fontName=bold, fontSize=8.5, leading=10.5),
            "head_count": ParagraphStyle("head_count", base, fontName=bold, fontSize=8.5,
                                         leading=10.5, alignment=TA_RIGHT),
            "count": ParagraphStyle("count", base, fontSize=8.5, leading=10.5,
                                    alignment=TA_RIGHT),
            "count_hidden": ParagraphStyle("count_hidden", base, fontSize=8.5, leading=10.5,
                                           alignment=TA_RIGHT, textColor=GREY),
            "figure": ParagraphStyle("figure", base, fontName=bold, fontSize=24, leading=28,
                                     textColor=BAR),
            "figure_label": ParagraphStyle("figure_label", base, fontName=bold, fontSize=10,
                                           leading=12.5),
            "bullet": ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2,
                                     spaceAfter=3),
        }

    def _p(self, style: str, markup: str) -> Paragraph:
        return Paragraph(markup, self.styles[style])

    def _t(self, style: str, key: str, **values: object) -> Paragraph:
        """A paragraph holding one fixed text, escaped (it contains "<K")."""
        return self._p(style, escape(self.text(key, **values)))

    def footer(self, canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(self.fonts.regular, 7.5)
        canvas.setFillColor(GREY)
        y = MARGIN - 24
        canvas.drawString(MARGIN, y, self.text("title"))
        canvas.drawRightString(A4[0] - MARGIN, y, self.text("page", n=document.page))
        canvas.setStrokeColor(GRID)
        canvas.line(MARGIN, y + 10, A4[0] - MARGIN, y + 10)
        canvas.restoreState()

    def story(self) -> list[Flowable]:
        return [
            *self._title_page(),
            PageBreak(),
            *self._charts(),
            PageBreak(),
            *self._tables(),
            CondPageBreak(220),
            *self._methodology(),
        ]

    def _title_page(self) -> list[Flowable]:
        threat_months = sum(count_of(v, "by_month") for v in self.maps["by_month"].values())
        figures = [
            ("kf_threats", self._scalar("threats")),
            ("kf_persons", self._scalar("persons")),
            ("kf_resolved", self._scalar("resolved")),
            ("kf_threat_months", threat_months),
            ("kf_cases", self._scalar("cases")),
            ("kf_recourses", self._scalar("recourses")),
            ("kf_recourse_persons", self._scalar("recourse_persons")),
        ]
        cards: list[list[Any]] = [
            [
                self._p("figure", escape(self._cell_text(publish(value, self.k)))),
                self._t("figure_label", key),
                self._t("note", f"{key}_note"),
            ]
            for key, value in figures
        ]
        if len(cards) % 2:
            cards.append([])
        half = FRAME_WIDTH / 2
        grid = Table([cards[i:i + 2] for i in range(0, len(cards), 2)], colWidths=[half, half])
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("LINEAFTER", (0, 0), (0, -1), 6, colors.white),
            ("LINEBELOW", (0, 0), (-1, -2), 6, colors.white),
            ("LEFTPADDING", (0, 0), (-1, -1), 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
        if not cards[-1]:
            style.append(("BACKGROUND", (1, -1), (1, -1), colors.white))
        grid.setStyle(TableStyle(style))
        return [
            Spacer(1, 64),
            self._t("title", "title"),
            self._p("period", f"{escape(self.text('period_label'))}: "
                              f"<b>{escape(self.period_text)}</b>"),
            self._t("issued", "issued", date=self.text.date(date.today())),
            Spacer(1, 32),
            self._t("h2", "key_figures"),
            Spacer(1, 4),
            grid,
            Spacer(1, 14),
            self._t("note", "title_note", k=self.k),
        ]

    def _caption(self, kind: str, number: int, breakdown: Breakdown) -> Paragraph:
        title = self.text("caption", title=self.text(breakdown.key), unit=self.text(breakdown.unit))
        return self._t("caption", kind, n=number, title=title)

    def _charts(self) -> list[Flowable]:
        story: list[Flowable] = [
            self._t("h1", "charts"),
            self._t("note", "charts_intro", k=self.k),
        ]
        charted = [b for b in BREAKDOWNS if b.chart]
        for number, breakdown in enumerate(charted, start=1):
            block: list[Flowable] = [self._caption("figure", number, breakdown)]
            body: Flowable
            if breakdown.key == "by_month":
                slots = self.month_slots()
                hidden = any(s.value is None for s in slots)
                body = month_chart(slots, FRAME_WIDTH, MONTH_CHART_HEIGHT, self.k,
                                   self.language, self.fonts, self.text.month_short)
                empty = not slots
            else:
                cells = self.cells(breakdown)
                hidden = any(c.suppressed for c in cells)
                body = bar_chart(cells, FRAME_WIDTH, self.k, self.language, self.fonts)
                empty = not cells
            if empty:
                body = self._t("note", breakdown.empty)
            elif hidden:
                block.append(self._t("note", "chart_suppressed_note", k=self.k))
            block += [Spacer(1, 4), body, Spacer(1, 14)]
            story.append(KeepTogether(block))
        return story

    def _tables(self) -> list[Flowable]:
        story: list[Flowable] = [self._t("h1", "tables"), self._t("note", "tables_intro")]
        for number, breakdown in enumerate(BREAKDOWNS, start=1):
            caption = self._caption("table", number, breakdown)
            cells = self.cells(breakdown)
            if not cells:
                story.append(KeepTogether([caption, self._t("note", breakdown.empty),
                                           Spacer(1, 8)]))
                continue
            story += [CondPageBreak(90), caption, self._table(breakdown, cells), Spacer(1, 10)]
        return story

    def _table(self, breakdown: Breakdown, cells: Sequence[Cell]) -> Table:
        head = [self._p("head", escape(self.text(breakdown.dimension))),
                self._p("head_count", escape(self.text.capitalised(breakdown.unit)))]
        rows: list[list[Any]] = [head]
        for cell in cells:
            count_style = "count_hidden" if cell.suppressed else "count"
            rows.append([self._p("cell", escape(cell.label)),
                         self._p(count_style, escape(self._cell_text(cell.value)))])
        table = Table(rows, colWidths=[FRAME_WIDTH - 110, 110], repeatRows=1)
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, BAR),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, BAR),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f9fb")])]
        table.setStyle(TableStyle(style))
        return table

    def _methodology(self) -> list[Flowable]:
        definitions = [
            Paragraph(f"<b>{escape(self.text.capitalised('unit_' + u))}</b>: "
                      f"{escape(self.text('meth_def_' + u))}", self.styles["bullet"],
                      bulletText="•")
            for u in METHOD_UNITS
        ]
        return [
            KeepTogether([self._t("h1", "methodology"), self._t("body", "meth_scope")]),
            self._t("h2", "meth_units_heading"),
            *definitions,
            Spacer(1, 4),
            self._t("body", "meth_other"),
            self._t("h2", "meth_suppression_heading"),
            self._t("body", "meth_suppression", k=self.k),
            self._t("h2", "meth_privacy_heading"),
            self._t("body", "meth_privacy"),
        ]

