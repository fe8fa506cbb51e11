"""The publication as a neutral document (model.py): the sections of
fieldapp.domain.publication.SECTIONS in order, each followed by the coordinator's comment.

Only published figures are printed: a withheld cell is "x" and is never summed, compared or
drawn to scale; totals are the published scalars. Labels come from the taxonomy and the
fixed texts; localities and companies are printed as named.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from fieldapp.domain.publication import Draft
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.reports.bulletin_text import BulletinText
from fieldapp.reports.publication import chart_layout as charts
from fieldapp.reports.publication.figures import Item, Labeller, count, counts, months
from fieldapp.reports.publication.model import (
    Block,
    Document,
    Figure,
    Heading,
    PageBreak,
    Para,
    Row,
    Table,
)
from fieldapp.reports.publication.period import Period
from fieldapp.reports.publication.wording import change_text

#: Width of every chart, in points: fits the PDF's frame and the DOCX's A4 text width.
CHART_WIDTH = 460.0
MAX_YEARS = 6  # lines of the year-on-year chart
KEY_FIGURES = ("threats", "persons", "resolved", "cases", "recourses", "recourse_persons")
METHOD_UNITS = ("threats", "threat_months", "threat_sectors", "threat_articles", "persons",
                "cases", "recourses")


class Builder:
    def __init__(self, published: Mapping[str, Any], language: str, taxonomy: Taxonomy,
                 draft: Draft | None) -> None:
        self.text = BulletinText.load(language)
        self.language = language
        self.figures = published
        self.draft = draft
        k = count(published.get("min_cell"), "min_cell")
        self.k = k if k else 1
        self.label = Labeller(taxonomy, language, self.text("unrecognised"),
                              {"unspecified": self.text("unspecified")})
        self.period = Period.of(published)
        previous = published.get("previous")
        self.previous: Mapping[str, Any] | None = (
            previous if isinstance(previous, Mapping) else None)
        self.prev_period = Period.of(self.previous) if self.previous else None
        self.blocks: list[Block] = []

    # -- helpers ------------------------------------------------------------------------

    def n(self, value: int | None) -> str:
        return charts.number(value, self.language)

    def scalar(self, key: str, source: Mapping[str, Any] | None = None) -> int | None:
        return count((self.figures if source is None else source).get(key), key)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def comment(self, section: str) -> None:
        """The draft's comment for a section: blank lines split paragraphs."""
        if self.draft is None:
            return
        body = self.draft.text(section, self.language).replace("\r\n", "\n")
        for part in body.split("\n\n"):
            if part.strip():
                self.add(Para(part.strip(), "comment"))

    def section(self, key: str) -> None:
        self.add(Heading(self.text(f"sec_{key}")))

    def caption(self, key: str, unit: str) -> str:
        return self.text("caption", title=self.text(key), unit=self.text(unit))

    def table(self, key: str, unit: str, dimension: str, items: list[Item],
              empty: str = "no_data") -> None:
        if not items:
            self.add(Para(self.text(empty), "note"))
            return
        rows = tuple(Row((i.label, self.n(i.value))) for i in items)
        self.add(Table(self.caption(key, unit), (self.text(dimension),
                                                 self.text.capitalised(unit)), rows))

    def bars(self, key: str, unit: str, dimension: str, items: list[Item],
             colours: Mapping[str, str] | None = None) -> None:
        if not items:
            return
        bars = [charts.Bar(i.label, i.value, (colours or {}).get(i.code, charts.NEUTRAL))
                for i in items]
        self.add(Figure(charts.bar_chart(self.caption(key, unit),
                                         self.text.capitalised(unit), self.text(dimension),
                                         bars, CHART_WIDTH, self.language)))

    def items(self, key: str, vocabulary: str | None) -> list[Item]:
        return self.label.items(counts(self.figures, key), vocabulary)

    def comparison_noun(self, case: str) -> str:
        """"the previous quarter" (by the length of the period) in a grammatical case."""
        return self.text(f"prev_{self.period.kind}_{case}")

    # -- the document -------------------------------------------------------------------

    def document(self) -> Document:
        name = self.period.name(self.text)
        title = self.text("title_year" if self.period.kind == "year" else "title")
        self.add(Heading(title, 0),
                 Para(f"{self.text('period_label')}: {name}", "period"),
                 Para(self.text("issued", date=self.text.date(date.today())), "note"),
                 Para(self.text("x_note", k=self.k), "note"))
        self.comment("intro")
        for key in ("key_figures", "by_month", "by_year", "sectors", "regions", "blocks",
                    "sources", "persons", "cases", "articles", "highlights", "methodology"):
            getattr(self, f"_{key}")()
        return Document(title, name, self.language, f"{title} · {name}", self.blocks)

    def _key_figures(self) -> None:
        self.section("key_figures")
        prev = self.previous
        change = self.figures.get("change")
        change = change if isinstance(change, Mapping) else {}
        header: tuple[str, ...] = (self.text("kf_figure"), self.text("kf_count"))
        if prev is not None:
            header += (self.text.capitalised(f"prev_{self.period.kind}_nom"),
                       self.text("kf_change"))
        else:
            header += (self.text("kf_meaning"),)
        rows = []
        for key in KEY_FIGURES:
            cells: tuple[str, ...] = (self.text(f"kf_{key}"), self.n(self.scalar(key)))
            if prev is not None:
                ratio = change.get(key)
                worded = "—"
                if isinstance(ratio, (int, float)) and not isinstance(ratio, bool):
                    worded = change_text(self.text, float(ratio),
                                         self.comparison_noun("cmp"), self.language)
                cells += (self.n(self.scalar(key, prev)), worded if key in change else "")
            else:
                cells += (self.text(f"kf_{key}_note"),)
            rows.append(Row(cells))
        self.add(Table(self.text("key_figures_caption", period=self.period.name(self.text)),
                       header, tuple(rows), 1, 3 if prev is not None else 2))
        self.comment("key_figures")

    def _month_slots(self, period: Period, published: Mapping[str, Any]
                     ) -> list[tuple[int, int, int | None]]:
        found = months(counts(published, "by_month"))
        span = period.months if 0 < len(period.months) <= 120 else sorted(found)
        return [(y, m, found.get((y, m), 0)) for y, m in span]

    def _by_month(self) -> None:
        self.section("by_month")
        slots = self._month_slots(self.period, self.figures)
        if not slots:
            self.add(Para(self.text("no_data"), "note"))
        else:
            shorts = [self.text.month_short(m) for m in range(1, 13)]
            self.add(Figure(charts.column_chart(
                self.caption("by_month", "unit_threat_months"),
                self.text.capitalised("unit_threat_months"), self.text("dim_month"),
                slots, shorts, CHART_WIDTH, self.language)))
            rows = tuple(Row((self.text.month_year(y, m), self.n(v))) for y, m, v in slots)
            self.add(Table(self.caption("by_month", "unit_threat_months"),
                           (self.text("dim_month"),
                            self.text.capitalised("unit_threat_months")), rows))
        self.comment("by_month")

    def _by_year(self) -> None:
        span = self.period.months or sorted(months(counts(self.figures, "by_month")))
        if len(span) <= 6:
            return
        self.section("by_year")
        current = counts(self.figures, "by_year")
        previous = counts(self.previous, "by_year") if self.previous else {}
        years = sorted({y for y in (*current, *previous) if y.isdigit() and len(y) == 4})
        header: tuple[str, ...] = (self.text("dim_year"), self.period.name(self.text))
        if self.previous is not None:
            header += (self.text.capitalised(f"prev_{self.period.kind}_nom"),)
        rows = []
        for year in years:
            cells: tuple[str, ...] = (year, self._year_cell(current, year, self.period))
            if self.previous is not None and self.prev_period is not None:
                cells += (self._year_cell(previous, year, self.prev_period),)
            rows.append(Row(cells))
        if rows:
            self.add(Table(self.caption("by_year", "unit_threat_months"), header,
                           tuple(rows)))
        self._year_lines()
        self.comment("by_year")

    def _year_cell(self, published: Mapping[str, int | None], year: str,
                   period: Period) -> str:
        """A year's count in one period; "–" for a year the period does not reach."""
        if year in published:
            return self.n(published[year])
        reached = {str(y) for y, _ in period.months}
        return "0" if not reached or year in reached else "–"

    def _year_lines(self) -> None:
        """One line per calendar year, January to December, from this period and the one
        before; a month outside both periods has no point."""
        values: dict[tuple[int, int], int | None] = {}
        covered: set[tuple[int, int]] = set()
        sources = [(self.period, self.figures)]
        if self.previous is not None and self.prev_period is not None:
            sources.insert(0, (self.prev_period, self.previous))
        for period, published in sources:
            for y, m, v in self._month_slots(period, published):
                values[(y, m)] = v
                covered.add((y, m))
        years = sorted({y for y, _ in covered})[-MAX_YEARS:]
        if not years:
            return
        series = []
        for index, year in enumerate(years):
            colour = charts.SERIES_COLOURS[(len(years) - 1 - index) % len(charts.SERIES_COLOURS)]
            points = tuple(values[(year, m)] if (year, m) in covered else False
                           for m in range(1, 13))
            series.append(charts.Series(str(year), colour, points))
        shorts = [self.text.month_short(m) for m in range(1, 13)]
        self.add(Figure(charts.line_chart(
            self.caption("year_on_year", "unit_threat_months"),
            self.text.capitalised("unit_threat_months"), self.text("dim_month"), series,
            shorts, CHART_WIDTH, self.language)))

    def _two_counts(self, key: str, threats: str, persons: str, vocabulary: str,
                    unit: str, dimension: str) -> None:
        """One table of threats and persons per category (ranked by threats)."""
        first = self.items(threats, vocabulary)
        second = counts(self.figures, persons)
        known = {i.code for i in first}
        rest = self.label.items({c: v for c, v in second.items() if c not in known}, vocabulary)
        if not first and not rest:
            self.add(Para(self.text("no_data"), "note"))
            return
        rows = [Row((i.label, self.n(i.value), self.n(second.get(i.code, 0)))) for i in first]
        rows += [Row((i.label, "0", self.n(i.value))) for i in rest]
        self.add(Table(self.caption(key, unit), (self.text(dimension),
                                                 self.text.capitalised(unit),
                                                 self.text.capitalised("unit_persons")),
                       tuple(rows)))
        self.bars(key, unit, dimension, first)

    def _sectors(self) -> None:
        self.section("sectors")
        self._two_counts("by_sector", "by_sector", "persons_by_sector", "sector",
                         "unit_threat_sectors", "dim_sector")
        self.comment("sectors")

    def _regions(self) -> None:
        self.section("regions")
        self._two_counts("by_region", "by_region", "persons_by_region", "region",
                         "unit_threats", "dim_region")
        self.add(Heading(self.text("by_locality"), 2))
        self.table("by_locality", "unit_threats", "dim_locality",
                   self.items("by_locality", None), "no_localities")
        self.comment("regions")

    def _blocks(self) -> None:
        self.section("blocks")
        blocks = self.items("by_block", "threat_block")
        types = self.items("by_type", "threat_type")
        if not blocks and not types:
            self.add(Para(self.text("no_data"), "note"))
        else:
            rows: list[Row] = []
            placed: set[str] = set()
            for block in blocks:
                rows.append(Row((block.label, self.n(block.value)), group=True))
                for item in types:
                    if self.label.block_of(item.code) == block.code:
                        rows.append(Row((item.label, self.n(item.value)), indent=True))
                        placed.add(item.code)
            rest = [i for i in types if i.code not in placed]
            if rest:
                rows.append(Row((self.text("block_unknown"), ""), group=True))
                rows += [Row((i.label, self.n(i.value)), indent=True) for i in rest]
            self.add(Table(self.caption("by_type", "unit_threats"),
                           (self.text("dim_type"), self.text.capitalised("unit_threats")),
                           tuple(rows)))
            colours = {b.code: charts.block_colour(b.code) for b in blocks}
            self.bars("by_block", "unit_threats", "dim_block", blocks, colours)
            order = {b.code: n for n, b in enumerate(blocks)}
            types_by_block = sorted(types, key=lambda i: order.get(
                self.label.block_of(i.code) or "", len(order)))
            self.bars("by_type", "unit_threats", "dim_type", types_by_block,
                      {i.code: charts.block_colour(self.label.block_of(i.code))
                       for i in types})
        self.comment("blocks")

    def _sources(self) -> None:
        self.section("sources")
        kinds = self.items("by_perpetrator", "perpetrator_kind")
        self.table("by_perpetrator", "unit_threats", "dim_perpetrator", kinds)
        self.bars("by_perpetrator", "unit_threats", "dim_perpetrator", kinds)
        self.add(Heading(self.text("by_state_body"), 2))
        self.table("by_state_body", "unit_threats", "dim_state_body",
                   self.items("by_state_body", "state_body"))
        self.add(Heading(self.text("by_company"), 2))
        self.table("by_company", "unit_threats", "dim_company",
                   self.items("by_company", None), "no_companies")
        self.comment("sources")

    def _persons(self) -> None:
        self.section("persons")
        gender = self.items("by_gender", "victim_gender")
        self.table("by_gender", "unit_persons", "dim_gender", gender)
        self.bars("by_gender", "unit_persons", "dim_gender", gender)
        category = self.items("by_category", "victim_category")
        self.table("by_category", "unit_persons", "dim_category", category)
        self.bars("by_category", "unit_persons", "dim_category", category)
        self.comment("persons")

    def _cases(self) -> None:
        self.section("cases")
        rows = tuple(Row((self.text(f"kf_{key}"), self.n(self.scalar(key))))
                     for key in ("cases", "recourses", "recourse_persons"))
        self.add(Table(self.text("cases_caption"), (self.text("kf_figure"),
                                                    self.text("kf_count")), rows))
        recourses = self.items("recourses_by_type", "outcome")
        self.table("recourses_by_type", "unit_recourses", "dim_outcome", recourses,
                   "no_recourses")
        self.bars("recourses_by_type", "unit_recourses", "dim_outcome", recourses)
        self.table("by_outcome", "unit_threats", "dim_outcome",
                   self.items("by_outcome", "outcome"))
        self.comment("cases")

    def _articles(self) -> None:
        self.section("articles")
        articles = self.items("by_legal_article", "legal_article")
        self.table("by_legal_article", "unit_threat_articles", "dim_legal_article", articles)
        self.bars("by_legal_article", "unit_threat_articles", "dim_legal_article", articles)
        self.comment("articles")

    def _highlights(self) -> None:
        stories = []
        for highlight in self.draft.highlights if self.draft else ():
            title = highlight.title.get(self.language, "").strip()
            body = highlight.text.get(self.language, "").strip()
            if title or body:
                stories.append((title, body))  # never the case_id
        if not stories and not (self.draft and self.draft.text("highlights", self.language)):
            return
        self.section("highlights")
        self.comment("highlights")
        for title, body in stories:
            if title:
                self.add(Heading(title, 2))
            for part in body.replace("\r\n", "\n").split("\n\n"):
                if part.strip():
                    self.add(Para(part.strip(), "quote"))

    def _methodology(self) -> None:
        self.add(PageBreak())
        self.section("methodology")
        self.add(Para(self.text("meth_scope")), Heading(self.text("meth_units_heading"), 2))
        for unit in METHOD_UNITS:
            self.add(Para(f"{self.text.capitalised('unit_' + unit)}: "
                          f"{self.text('meth_def_' + unit)}", "bullet"))
        for key in ("meth_other", "meth_persons_by", "meth_places"):
            self.add(Para(self.text(key)))
        self.add(Heading(self.text("meth_suppression_heading"), 2),
                 Para(self.text("meth_suppression", k=self.k)),
                 Heading(self.text("meth_privacy_heading"), 2),
                 Para(self.text("meth_privacy")))
        self.comment("methodology")


def build(published: Mapping[str, Any], language: str, taxonomy: Taxonomy,
          draft: Draft | None = None) -> Document:
    """The document model of a publication of `published` in `language`."""
    return Builder(published, language, taxonomy, draft).document()
