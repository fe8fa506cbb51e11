"""The publication rendered as an editable DOCX with python-docx: the same sections, tables
and charts as the PDF (charts as PNG pictures painted from the same layouts). Built in
memory; python-docx escapes text itself."""

from __future__ import annotations

import io
from typing import BinaryIO

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from fieldapp.reports.publication.chart_png import to_png
from fieldapp.reports.publication.model import Document, Figure, Heading, PageBreak, Para, Table

ACCENT = RGBColor(0x2E, 0x5C, 0x8A)
GREY = RGBColor(0x5F, 0x6B, 0x76)
FONT = "DejaVu Sans"


def _shade(cell: object, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _table(doc: object, table: Table) -> None:
    caption = doc.add_paragraph()  # type: ignore[attr-defined]
    run = caption.add_run(table.caption)
    run.bold = True
    run.font.size = Pt(9)
    caption.paragraph_format.keep_with_next = True
    grid = doc.add_table(rows=1, cols=len(table.header))  # type: ignore[attr-defined]
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, text in enumerate(table.header):
        cell = grid.rows[0].cells[i]
        _shade(cell, "EEF2F6")
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(8.5)
        if table.numeric(i):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in table.rows:
        cells = grid.add_row().cells
        for i, text in enumerate(row.cells):
            paragraph = cells[i].paragraphs[0]
            run = paragraph.add_run(text)
            run.font.size = Pt(8.5)
            run.bold = row.group and i == 0
            if i == 0 and row.indent:
                paragraph.paragraph_format.left_indent = Pt(10)
            if table.numeric(i):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()  # type: ignore[attr-defined]


def render_docx(document: Document, stream: BinaryIO) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(9.5)
    properties = doc.core_properties
    properties.title, properties.subject, properties.author = (
        document.title, document.subject, "")
    properties.language = document.language
    section.footer.paragraphs[0].text = document.footer
    for block in document.blocks:
        if isinstance(block, Heading):
            heading = doc.add_heading(block.text, level=min(block.level, 2))
            for run in heading.runs:
                run.font.name = FONT
        elif isinstance(block, Para):
            style = "List Bullet" if block.style == "bullet" else None
            paragraph = doc.add_paragraph(block.text, style=style)
            if block.style == "note":
                for run in paragraph.runs:
                    run.font.size = Pt(8)
                    run.font.color.rgb = GREY
            elif block.style == "period":
                for run in paragraph.runs:
                    run.font.size = Pt(13)
            elif block.style == "quote":
                paragraph.paragraph_format.left_indent = Pt(14)
                for run in paragraph.runs:
                    run.italic = True
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, Figure):
            picture = doc.add_paragraph()
            picture.add_run().add_picture(io.BytesIO(to_png(block.chart)),
                                          width=Pt(block.chart.width))
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(stream)
