"""Vector bar charts for the bulletin, drawn with reportlab.graphics (no Qt in this layer).

Charts receive published cells only (fieldapp.reports.cells): a suppressed cell has no
value, so its bar cannot be drawn to scale. It is drawn as a hatched, outlined placeholder
reaching the threshold K and labelled "<K", the same for every suppressed cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldapp.reports.cells import Cell, format_count
from fieldapp.reports.fonts import Fonts

BAR = colors.HexColor("#2f5d8a")
HATCH = colors.HexColor("#7a7a7a")
GRID = colors.HexColor("#d5d9de")
AXIS = colors.HexColor("#555555")
TEXT = colors.HexColor("#222222")

LABEL_SIZE = 8.0
LABEL_LEADING = 9.6
VALUE_SIZE = 7.5
TICK_SIZE = 7.0
MAX_LABEL_LINES = 3


@dataclass(frozen=True)
class MonthSlot:
    """One calendar month of the monthly chart; value None when suppressed, 0 when empty."""

    year: int
    month: int
    value: int | None


def nice_ticks(top: float, max_ticks: int = 6) -> list[int]:
    """Axis ticks 0, s, 2s... with s of the form 1, 2 or 5 times a power of ten, covering top."""
    top = max(top, 1.0)
    exponent = 0
    while True:
        for mantissa in (1, 2, 5):
            step = mantissa * 10**exponent
            if math.ceil(top / step) <= max_ticks:
                return [i * step for i in range(math.ceil(top / step) + 1)]
        exponent += 1


def _hatched(x: float, y: float, w: float, h: float, spacing: float = 3.2) -> Group:
    """An outlined rectangle filled with diagonal hatching, clipped to the rectangle."""
    group = Group()
    group.add(Rect(x, y, w, h, fillColor=colors.white, strokeColor=None))
    t = spacing
    while t < w + h:
        u0, u1 = max(0.0, t - h), min(w, t)
        group.add(Line(x + u0, y + t - u0, x + u1, y + t - u1,
                       strokeColor=HATCH, strokeWidth=0.6))
        t += spacing
    group.add(Rect(x, y, w, h, fillColor=None, strokeColor=HATCH, strokeWidth=0.8,
                   strokeDashArray=[2, 1.5]))
    return group


def _fit_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Text wrapped to width, at most MAX_LABEL_LINES lines, the last shortened with "…"."""
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) <= MAX_LABEL_LINES:
        return list(lines)
    kept = list(lines[:MAX_LABEL_LINES])
    last = kept[-1]
    while last and stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + "…"
    return kept


def bar_chart(
    cells: Sequence[Cell], width: float, min_cell: int, language: str, fonts: Fonts
) -> Drawing:
    """Horizontal bars, one row per cell, labels wrapped on the left, counts at the bar ends."""
    values = [c.value for c in cells if c.value is not None]
    top = max([*values, min_cell if any(c.suppressed for c in cells) else 0, 1])
    ticks = nice_ticks(top)
    axis_max = ticks[-1]
    texts = [format_count(c.value, min_cell, language) for c in cells]
    value_w = max([stringWidth(t, fonts.bold, VALUE_SIZE) for t in texts] + [12.0]) + 6
    label_w = width * 0.36
    plot_x = label_w + 8
    plot_w = width - plot_x - value_w - stringWidth(str(axis_max), fonts.regular, TICK_SIZE) / 2
    rows = [_fit_lines(c.label, fonts.regular, LABEL_SIZE, label_w) for c in cells]
    row_heights = [max(17.0, len(lines) * LABEL_LEADING + 6) for lines in rows]
    axis_h = 16.0
    height = sum(row_heights) + axis_h + 4
    drawing = Drawing(width, height, initialFontName=fonts.regular)

    def x_of(value: float) -> float:
        return plot_x + plot_w * value / axis_max

    for tick in ticks:
        x = x_of(tick)
        drawing.add(Line(x, axis_h, x, height - 2, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(x, axis_h - 10, format_count(tick, 0, language),
                           fontName=fonts.regular, fontSize=TICK_SIZE, fillColor=AXIS,
                           textAnchor="middle"))
    y = height - 2
    for cell, lines, row_h, text in zip(cells, rows, row_heights, texts, strict=True):
        centre = y - row_h / 2
        first = centre + (len(lines) - 1) * LABEL_LEADING / 2 - LABEL_SIZE * 0.35
        for i, line in enumerate(lines):
            drawing.add(String(label_w, first - i * LABEL_LEADING, line, fontName=fonts.regular,
                               fontSize=LABEL_SIZE, fillColor=TEXT, textAnchor="end"))
        thickness = min(11.0, row_h - 6)
        if cell.value is None:
            end = x_of(min_cell)
            drawing.add(_hatched(plot_x, centre - thickness / 2, end - plot_x, thickness))
        else:
            end = x_of(cell.value)
            if cell.value > 0:
                drawing.add(Rect(plot_x, centre - thickness / 2, end - plot_x, thickness,
                                 fillColor=BAR, strokeColor=None))
        drawing.add(String(end + 3, centre - VALUE_SIZE * 0.35, text, fontName=fonts.bold,
                           fontSize=VALUE_SIZE, fillColor=TEXT))
        y -= row_h
    drawing.add(Line(plot_x, axis_h, plot_x, height - 2, strokeColor=AXIS, strokeWidth=0.8))
    return drawing


def month_chart(
    slots: Sequence[MonthSlot],
    width: float,
    height: float,
    min_cell: int,
    language: str,
    fonts: Fonts,
    month_short: Callable[[int], str],
) -> Drawing:
    """Vertical columns, one per calendar month; empty months keep their slot, without a bar."""
    values = [s.value for s in slots if s.value is not None]
    top = max([*values, min_cell if any(s.value is None for s in slots) else 0, 1])
    ticks = nice_ticks(top, max_ticks=5)
    axis_max = ticks[-1]
    tick_texts = [format_count(t, 0, language) for t in ticks]
    axis_w = max(stringWidth(t, fonts.regular, TICK_SIZE) for t in tick_texts) + 6
    bottom = 24.0
    plot_x = axis_w
    plot_w = width - plot_x - 2
    slot_w = plot_w / max(len(slots), 1)
    texts = [format_count(s.value, min_cell, language) for s in slots]
    widest = max([stringWidth(t, fonts.bold, VALUE_SIZE) for t in texts] + [1.0])
    rotate = widest > slot_w - 1
    top_pad = (widest + 5) if rotate else 12.0
    plot_h = height - bottom - top_pad
    drawing = Drawing(width, height, initialFontName=fonts.regular)

    def y_of(value: float) -> float:
        return bottom + plot_h * value / axis_max

    for tick, text in zip(ticks, tick_texts, strict=True):
        y = y_of(tick)
        drawing.add(Line(plot_x, y, width - 2, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(plot_x - 4, y - TICK_SIZE * 0.35, text, fontName=fonts.regular,
                           fontSize=TICK_SIZE, fillColor=AXIS, textAnchor="end"))
    month_w = max(stringWidth(month_short(m), fonts.regular, TICK_SIZE) for m in range(1, 13))
    every = max(1, math.ceil((month_w + 3) / slot_w))
    bar_w = min(slot_w * 0.68, 36.0)
    for i, (slot, text) in enumerate(zip(slots, texts, strict=True)):
        centre = plot_x + slot_w * (i + 0.5)
        x = centre - bar_w / 2
        if slot.value is None:
            end = y_of(min_cell)
            drawing.add(_hatched(x, bottom, bar_w, end - bottom))
        else:
            end = y_of(slot.value)
            if slot.value > 0:
                drawing.add(Rect(x, bottom, bar_w, end - bottom, fillColor=BAR,
                                 strokeColor=None))
        if slot.value != 0:
            if rotate:
                # Reads upwards, centred on the column: rotate 90 degrees about its start.
                drawing.add(Group(
                    String(0, 0, text, fontName=fonts.bold, fontSize=VALUE_SIZE, fillColor=TEXT),
                    transform=(0, 1, -1, 0, centre + VALUE_SIZE * 0.35, end + 3),
                ))
            else:
                drawing.add(String(centre, end + 3, text, fontName=fonts.bold,
                                   fontSize=VALUE_SIZE, fillColor=TEXT, textAnchor="middle"))
        if i % every == 0:
            drawing.add(String(centre, bottom - 10, month_short(slot.month),
                               fontName=fonts.regular, fontSize=TICK_SIZE, fillColor=AXIS,
                               textAnchor="middle"))
        if i == 0 or slot.month == 1:
            drawing.add(String(plot_x + slot_w * i + 1, bottom - 20, str(slot.year),
                               fontName=fonts.bold, fontSize=TICK_SIZE, fillColor=AXIS))
    drawing.add(Line(plot_x, bottom, width - 2, bottom, strokeColor=AXIS, strokeWidth=0.8))
    return drawing
