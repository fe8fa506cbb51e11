"""The neutral document model of a publication: built once from the published figures and
the draft, then rendered to PDF (pdf.py) and to DOCX (docx.py), so both carry the same
sections, tables and charts. Every string here is plain text (renderers escape it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldapp.reports.publication.chart_layout import Chart

#: How a withheld cell or figure is printed everywhere.
WITHHELD = "x"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 0: the document's title, 1: a section, 2: a sub-heading


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # body, note, period, lead, quote, highlight_title


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    group: bool = False  # a group's own row (a block above its types): printed bold
    indent: bool = False  # a row inside a group


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    numeric_from: int = 1  # columns from this index on hold counts: right-aligned ...
    numeric_to: int | None = None  # ... up to this one (None: to the last)

    def numeric(self, column: int) -> bool:
        return column >= self.numeric_from and (self.numeric_to is None
                                                or column < self.numeric_to)


@dataclass(frozen=True)
class Figure:
    chart: Chart


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Para | Table | Figure | PageBreak


@dataclass
class Document:
    title: str
    subject: str
    language: str
    footer: str
    blocks: list[Block] = field(default_factory=list)
