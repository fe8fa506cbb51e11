"""The publication rendered as a PDF with reportlab platypus (fonts embedded, so Cyrillic
and Kazakh letters read on any machine). Every text from the model is escaped here."""

from __future__ import annotations

from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

from fieldapp.reports.fonts import Fonts, register_fonts
from fieldapp.reports.publication.chart_pdf import to_drawing
from fieldapp.reports.publication.model import Document, Figure, Heading, PageBreak, Para, Table

MARGIN = 56.0
FRAME_WIDTH = A4[0] - 2 * MARGIN - 12
ACCENT = colors.HexColor("#2e5c8a")
GREY = colors.HexColor("#5f6b76")
LIGHT = colors.HexColor("#eef2f6")


def _styles(fonts: Fonts) -> dict[str, ParagraphStyle]:
    # The bullet's font too: reportlab's default, Helvetica, is never embedded.
    base = ParagraphStyle("body", fontName=fonts.regular, bulletFontName=fonts.regular,
                          fontSize=9.5, leading=13.5, textColor=colors.HexColor("#1f2328"),
                          spaceAfter=5)
    bold = fonts.bold
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=24, leading=30,
                                textColor=ACCENT, spaceBefore=40, spaceAfter=14),
        "h1": ParagraphStyle("h1", base, fontName=bold, fontSize=15, leading=19,
                             textColor=ACCENT, spaceBefore=14, spaceAfter=8),
        "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=11.5, leading=15,
                             spaceBefore=10, spaceAfter=4),
        "period": ParagraphStyle("period", base, fontSize=13, leading=17, spaceAfter=6),
        "note": ParagraphStyle("note", base, fontSize=8, leading=10.5, textColor=GREY),
        "comment": ParagraphStyle("comment", base),
        "quote": ParagraphStyle("quote", base, leftIndent=14, textColor=colors.HexColor(
            "#333a40"), borderPadding=(0, 0, 0, 6)),
        "bullet": ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2),
        "caption": ParagraphStyle("caption", base, fontName=bold, fontSize=9, leading=12,
                                  spaceBefore=4, spaceAfter=3),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=bold, fontSize=8.5,
                                    leading=10.5, spaceAfter=0),
        "cell_indent": ParagraphStyle("cell_indent", base, fontSize=8.5, leading=10.5,
                                      leftIndent=12, spaceAfter=0),
        "num": ParagraphStyle("num", base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT,
                              spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=8.5, leading=10.5,
                               spaceAfter=0),
        "head_num": ParagraphStyle("head_num", base, fontName=bold, fontSize=8.5,
                                   leading=10.5, alignment=TA_RIGHT, spaceAfter=0),
    }


def _widths(columns: int) -> list[float]:
    """The first column takes what the count columns leave (wider when there are more)."""
    if columns == 2:
        return [FRAME_WIDTH - 110, 110]
    if columns == 3:
        return [FRAME_WIDTH - 180, 90, 90]
    rest = FRAME_WIDTH * 0.34
    return [FRAME_WIDTH * 0.30, FRAME_WIDTH * 0.16, FRAME_WIDTH * 0.20, rest]


def _table(table: Table, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    def p(style: str, text: str) -> Paragraph:
        return Paragraph(escape(text), styles[style])

    head = [p("head_num" if table.numeric(i) else "head", c)
            for i, c in enumerate(table.header)]
    data: list[list[Any]] = [head]
    for row in table.rows:
        first = "cell_bold" if row.group else "cell_indent" if row.indent else "cell"
        data.append([p(first if i == 0 else "num" if table.numeric(i) else "cell", c)
                     for i, c in enumerate(row.cells)])
    grid = RLTable(data, colWidths=_widths(len(table.header)), repeatRows=1)
    style: list[tuple[Any, ...]] = [
        # Cells hold paragraphs, but reportlab sets each cell's own font first: without this
        # it names Helvetica, which is not embedded.
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f9fb")]),
    ]
    grid.setStyle(TableStyle(style))
    return [CondPageBreak(80), p("caption", table.caption), grid, Spacer(1, 10)]


def _story(document: Document, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = []
    pending: list[Flowable] = []  # a heading kept with what follows it
    for block in document.blocks:
        flowables: list[Flowable]
        if isinstance(block, Heading):
            style = ("title", "h1", "h2")[min(block.level, 2)]
            if not pending and block.level > 0:
                story.append(CondPageBreak(160))  # no heading alone at a page's foot
            pending.append(Paragraph(escape(block.text), styles[style]))
            continue
        if isinstance(block, Para):
            text = escape(block.text).replace("\n", "<br/>")
            if block.style == "bullet":
                flowables = [Paragraph(text, styles["bullet"], bulletText="•")]
            else:
                flowables = [Paragraph(text, styles.get(block.style, styles["body"]))]
        elif isinstance(block, Table):
            flowables = _table(block, styles)[0 if not pending else 1:]
        elif isinstance(block, Figure):
            scale = min(1.0, FRAME_WIDTH / block.chart.width)
            flowables = [Spacer(1, 4), to_drawing(block.chart, scale), Spacer(1, 12)]
        elif isinstance(block, PageBreak):
            flowables = [RLPageBreak()]
        if pending:
            story.append(KeepTogether([*pending, *flowables[:2]]))
            story.extend(flowables[2:])
            pending = []
        else:
            story.extend(flowables)
    story.extend(pending)
    return story


def render_pdf(document: Document, stream: BinaryIO) -> None:
    fonts = register_fonts()
    styles = _styles(fonts)

    def footer(canvas: Any, template: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        canvas.setFillColor(GREY)
        y = MARGIN - 24
        canvas.drawString(MARGIN, y, document.footer[:120])
        canvas.drawRightString(A4[0] - MARGIN, y, str(template.page))
        canvas.restoreState()

    template = SimpleDocTemplate(stream, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN + 6,
                                 title=document.title, author="", subject=document.subject,
                                 creator="fieldapp", lang=document.language,
                                 initialFontName=fonts.regular)
    template.build(_story(document, styles), onFirstPage=footer, onLaterPages=footer)
