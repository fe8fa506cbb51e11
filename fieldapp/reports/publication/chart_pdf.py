"""A chart layout painted as a reportlab Drawing (vector, in the PDF)."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, PolyLine, Rect, String
from reportlab.graphics.shapes import Line as RLine
from reportlab.lib import colors

from fieldapp.reports.fonts import register_fonts
from fieldapp.reports.publication.chart_layout import (
    HATCH,
    Box,
    Chart,
    Dot,
    Line,
    Polyline,
    Text,
)


def _hatched(box: Box, height: float) -> Group:
    """The box, white, crossed by diagonal hatching clipped to it, outlined in its colour."""
    group = Group()
    x, y, w, h = box.x, height - box.y - box.h, box.w, box.h
    group.add(Rect(x, y, w, h, fillColor=colors.white, strokeColor=None))
    t = 2.5
    while t < w + h:
        u0, u1 = max(0.0, t - h), min(w, t)
        group.add(RLine(x + u0, y + t - u0, x + u1, y + t - u1,
                        strokeColor=colors.HexColor(HATCH), strokeWidth=0.6))
        t += 2.5
    group.add(Rect(x, y, w, h, fillColor=None,
                   strokeColor=colors.HexColor(box.stroke or HATCH), strokeWidth=0.8))
    return group


def to_drawing(chart: Chart, scale: float = 1.0) -> Drawing:
    """The chart as a Drawing, `scale` times its layout size (y flipped: PDF y goes up)."""
    fonts = register_fonts()
    h = chart.height
    group = Group()
    for item in chart.items:
        if isinstance(item, Box):
            if item.hatched:
                group.add(_hatched(item, h))
            else:
                group.add(Rect(item.x, h - item.y - item.h, item.w, item.h,
                               fillColor=colors.HexColor(item.fill) if item.fill else None,
                               strokeColor=(colors.HexColor(item.stroke)
                                            if item.stroke else None)))
        elif isinstance(item, Line):
            group.add(RLine(item.x1, h - item.y1, item.x2, h - item.y2,
                            strokeColor=colors.HexColor(item.colour), strokeWidth=item.width))
        elif isinstance(item, Polyline):
            points = [c for x, y in item.points for c in (x, h - y)]
            group.add(PolyLine(points, strokeColor=colors.HexColor(item.colour),
                               strokeWidth=item.width, strokeLineJoin=1))
        elif isinstance(item, Dot):
            group.add(Circle(item.x, h - item.y, item.r, fillColor=colors.HexColor(item.colour),
                             strokeColor=None))
        elif isinstance(item, Text):
            group.add(String(item.x, h - item.y, item.text,
                             fontName=fonts.bold if item.bold else fonts.regular,
                             fontSize=item.size, fillColor=colors.HexColor(item.colour),
                             textAnchor=item.anchor))
    group.scale(scale, scale)
    drawing = Drawing(chart.width * scale, chart.height * scale,
                      initialFontName=fonts.regular)
    drawing.add(group)
    return drawing
