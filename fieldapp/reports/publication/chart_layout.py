"""Chart layouts computed once, painted twice: to a reportlab Drawing for the PDF
(chart_pdf.py) and to a PNG for the DOCX (chart_png.py). A layout is a list of primitives in
points, origin at the top left, y downwards. Text is measured with the embedded DejaVu font,
so a Kazakh or Russian label is wrapped (then shortened with "…" only as a last resort)
before it is placed, and never overflows.

A withheld cell has no value: it is drawn as a small hatched marker labelled "x", the same
size whatever the cell, so nothing about its count can be read off the chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldapp.reports.fonts import register_fonts

INK = "#222222"
AXIS = "#555555"
GRID = "#d5d9de"
HATCH = "#6f6f6f"
NEUTRAL = "#2e5c8a"
#: One colour per threat block, the same in every chart (types take their block's colour).
BLOCK_COLOURS = {"criminal": "#b03a2e", "criminal_executive": "#7d3c98",
                 "administrative": "#c27c0e", "civil": "#1e8449", "other": "#6c7a7b"}
SERIES_COLOURS = ("#2e5c8a", "#b03a2e", "#1e8449", "#c27c0e", "#7d3c98", "#6c7a7b")
TITLE_SIZE = 9.5
LABEL_SIZE = 8.0
LEADING = 9.6
VALUE_SIZE = 7.5
TICK_SIZE = 7.0
MAX_LINES = 3
MARKER = 9.0  # side of the hatched marker of a withheld cell
WITHHELD = "x"


def block_colour(block: str | None) -> str:
    return BLOCK_COLOURS.get(block or "", NEUTRAL)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None
    stroke: str | None = None
    hatched: bool = False


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = AXIS
    width: float = 0.8


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    colour: str
    width: float = 1.6


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    colour: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    size: float = LABEL_SIZE
    bold: bool = False
    anchor: str = "start"  # start, middle, end
    colour: str = INK


Primitive = Box | Line | Polyline | Dot | Text


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    title: str
    items: tuple[Primitive, ...]


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: withheld
    colour: str = NEUTRAL


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: tuple[int | bool | None, ...]  # a count; None withheld; False outside the period


def width_of(text: str, size: float, bold: bool = False) -> float:
    fonts = register_fonts()
    return float(stringWidth(text, fonts.bold if bold else fonts.regular, size))


def fit_lines(text: str, size: float, width: float, bold: bool = False,
              max_lines: int = MAX_LINES) -> list[str]:
    """Words wrapped to `width`; a word too long for a line is cut across lines; past
    `max_lines` the last line ends in "…"."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if width_of(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width_of(current, size, bold) > width and len(current) > 1:
            cut = len(current)
            while cut > 1 and width_of(current[:cut], size, bold) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current or not lines:
        lines.append(current)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and width_of(last + "…", size, bold) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + "…"
    return kept


def nice_ticks(top: float, max_ticks: int = 6) -> list[int]:
    """Axis ticks 0, s, 2s... with s 1, 2 or 5 times a power of ten, reaching top."""
    top = max(top, 1.0)
    exponent = 0
    while True:
        for mantissa in (1, 2, 5):
            step = mantissa * 10**exponent
            if math.ceil(top / step) <= max_ticks:
                return [i * step for i in range(math.ceil(top / step) + 1)]
        exponent += 1


def number(value: int | None, language: str) -> str:
    """A count as printed: "x" when withheld; thousands grouped as the language writes them."""
    if value is None:
        return WITHHELD
    text = f"{value:,}"
    return text if language == "en" else text.replace(",", "\u00a0")


class _Canvas:
    def __init__(self) -> None:
        self.items: list[Primitive] = []

    def add(self, item: Primitive) -> None:
        self.items.append(item)

    def title(self, text: str, width: float) -> float:
        """The chart's title wrapped at the top; the y below it."""
        y = 0.0
        for line in fit_lines(text, TITLE_SIZE, width, bold=True):
            y += TITLE_SIZE * 1.25
            self.add(Text(0, y, line, TITLE_SIZE, bold=True))
        return y + 6

    def marker(self, x: float, y: float, colour: str = HATCH) -> None:
        """The withheld marker: a small hatched square, top-left at (x, y), labelled x."""
        self.add(Box(x, y, MARKER, MARKER, None, stroke=colour, hatched=True))


def bar_chart(title: str, unit: str, dimension: str, bars: Sequence[Bar], width: float,
              language: str) -> Chart:
    """Horizontal bars, one per row: labels wrapped on the left, the count just past the bar;
    the unit names the x axis, the dimension heads the label column."""
    canvas = _Canvas()
    y = canvas.title(title, width)
    values = [b.value for b in bars if b.value is not None]
    ticks = nice_ticks(max([*values, 1]))
    texts = [number(b.value, language) for b in bars]
    value_w = max([width_of(t, VALUE_SIZE, True) for t in texts] + [MARKER]) + 8
    label_w = width * 0.36
    plot_x = label_w + 8
    plot_w = width - plot_x - value_w - width_of(str(ticks[-1]), TICK_SIZE) / 2
    canvas.add(Text(label_w, y + LABEL_SIZE, dimension, LABEL_SIZE, bold=True, anchor="end"))
    y += LABEL_SIZE + 6
    top = y
    for bar, text in zip(bars, texts, strict=True):
        lines = fit_lines(bar.label, LABEL_SIZE, label_w)
        row_h = max(17.0, len(lines) * LEADING + 6)
        centre = y + row_h / 2
        first = centre - (len(lines) - 1) * LEADING / 2 + LABEL_SIZE * 0.35
        for i, line in enumerate(lines):
            canvas.add(Text(label_w, first + i * LEADING, line, anchor="end"))
        thick = min(11.0, row_h - 6)
        if bar.value is None:
            canvas.marker(plot_x + 1, centre - MARKER / 2, bar.colour)
            end = plot_x + 1 + MARKER
        else:
            end = plot_x + plot_w * bar.value / ticks[-1]
            if bar.value > 0:
                canvas.add(Box(plot_x, centre - thick / 2, end - plot_x, thick, bar.colour))
        canvas.add(Text(end + 3, centre + VALUE_SIZE * 0.35, text, VALUE_SIZE, bold=True))
        y += row_h
    for tick in ticks:
        x = plot_x + plot_w * tick / ticks[-1]
        canvas.items.insert(0, Line(x, top, x, y, GRID, 0.5))
        canvas.add(Text(x, y + 9, number(tick, language), TICK_SIZE, anchor="middle",
                        colour=AXIS))
    canvas.add(Line(plot_x, top, plot_x, y))
    canvas.add(Line(plot_x, y, plot_x + plot_w, y))
    y += 13
    for line in fit_lines(unit, LABEL_SIZE, plot_w):
        y += LEADING
        canvas.add(Text(plot_x + plot_w / 2, y, line, LABEL_SIZE, anchor="middle",
                        colour=AXIS))
    return Chart(width, y + 4, title, tuple(canvas.items))


def _y_axis(canvas: _Canvas, unit: str, ticks: list[int], plot_x: float, plot_y: float,
            plot_w: float, plot_h: float, language: str, top: float) -> None:
    """Grid lines, tick labels and the unit written above the axis."""
    canvas.add(Text(0, top + LABEL_SIZE, unit, LABEL_SIZE, colour=AXIS))
    for tick in ticks:
        y = plot_y + plot_h - plot_h * tick / ticks[-1]
        canvas.add(Line(plot_x, y, plot_x + plot_w, y, GRID, 0.5))
        canvas.add(Text(plot_x - 4, y + TICK_SIZE * 0.35, number(tick, language), TICK_SIZE,
                        anchor="end", colour=AXIS))
    canvas.add(Line(plot_x, plot_y, plot_x, plot_y + plot_h))
    canvas.add(Line(plot_x, plot_y + plot_h, plot_x + plot_w, plot_y + plot_h))


def column_chart(title: str, unit: str, dimension: str,
                 slots: Sequence[tuple[int, int, int | None]], month_short: Sequence[str],
                 width: float, language: str, height: float = 150.0) -> Chart:
    """One column per calendar month (year, month, count; None withheld); an empty month keeps
    its slot. Counts sit above the columns, shrunk to fit the slot, else left to the table."""
    canvas = _Canvas()
    y = canvas.title(title, width)
    unit_lines = fit_lines(unit, LABEL_SIZE, width, max_lines=1)
    values = [v for _, _, v in slots if v is not None]
    ticks = nice_ticks(max([*values, 1]), 5)
    plot_x = max(width_of(number(t, language), TICK_SIZE) for t in ticks) + 8
    plot_y = y + LABEL_SIZE + 14
    plot_w = width - plot_x - 2
    plot_h = height
    _y_axis(canvas, unit_lines[0], ticks, plot_x, plot_y, plot_w, plot_h, language, y)
    slot_w = plot_w / max(len(slots), 1)
    bar_w = min(slot_w * 0.68, 34.0)
    label_w = max(width_of(m, TICK_SIZE) for m in month_short) + 3
    every = max(1, math.ceil(label_w / slot_w))
    base = plot_y + plot_h
    for i, (year, month, value) in enumerate(slots):
        centre = plot_x + slot_w * (i + 0.5)
        text = number(value, language)
        if value is None:
            canvas.marker(centre - MARKER / 2, base - MARKER - 1)
            end = base - MARKER - 1
        else:
            end = base - plot_h * value / ticks[-1]
            if value > 0:
                canvas.add(Box(centre - bar_w / 2, end, bar_w, base - end, NEUTRAL))
        size = VALUE_SIZE
        while size > 5.0 and width_of(text, size, True) > slot_w - 1:
            size -= 0.5
        if value != 0 and width_of(text, size, True) <= slot_w - 1:
            canvas.add(Text(centre, end - 3, text, size, bold=True, anchor="middle"))
        if i % every == 0:
            canvas.add(Text(centre, base + 10, month_short[month - 1], TICK_SIZE,
                            anchor="middle", colour=AXIS))
        if i == 0 or month == 1:
            canvas.add(Text(plot_x + slot_w * i + 1, base + 20, str(year), TICK_SIZE,
                            bold=True, colour=AXIS))
    y = _axis_name(canvas, dimension, plot_x, plot_w, base + 22)
    return Chart(width, y + 4, title, tuple(canvas.items))


def _axis_name(canvas: _Canvas, dimension: str, plot_x: float, plot_w: float, y: float) -> float:
    """The name of the horizontal axis, centred under the plot from `y`; where it ends."""
    for line in fit_lines(dimension, LABEL_SIZE, plot_w):
        y += LEADING
        canvas.add(Text(plot_x + plot_w / 2, y, line, LABEL_SIZE, anchor="middle",
                        colour=AXIS))
    return y


def line_chart(title: str, unit: str, dimension: str, series: Sequence[Series],
               month_short: Sequence[str], width: float, language: str,
               height: float = 150.0) -> Chart:
    """Year on year: x is January to December, one line per calendar year. A withheld month
    breaks its line and shows the hatched marker at the foot of its slot."""
    canvas = _Canvas()
    y = canvas.title(title, width)
    # The legend: a swatch and the year, wrapped across rows.
    x = 0.0
    y += LABEL_SIZE
    for one in series:
        w = 22 + width_of(one.name, LABEL_SIZE) + 14
        if x + w > width and x > 0:
            x, y = 0.0, y + LEADING + 3
        canvas.add(Line(x, y - 3, x + 18, y - 3, one.colour, 2.2))
        canvas.add(Text(x + 22, y, one.name, LABEL_SIZE))
        x += w
    y += 6
    unit_lines = fit_lines(unit, LABEL_SIZE, width, max_lines=1)
    values = [v for s in series for v in s.values
              if v is not None and not isinstance(v, bool)]
    ticks = nice_ticks(max([*values, 1]), 5)
    plot_x = max(width_of(number(t, language), TICK_SIZE) for t in ticks) + 8
    plot_y = y + LABEL_SIZE + 14
    plot_w = width - plot_x - 2
    _y_axis(canvas, unit_lines[0], ticks, plot_x, plot_y, plot_w, height, language, y)
    slot_w = plot_w / 12
    base = plot_y + height
    for index, one in enumerate(series):
        run: list[tuple[float, float]] = []
        for month, value in enumerate(one.values):
            cx = plot_x + slot_w * (month + 0.5)
            if value is None or isinstance(value, bool):
                if value is None:
                    offset = (index - (len(series) - 1) / 2) * (MARKER + 2)
                    canvas.marker(cx + offset - MARKER / 2, base - MARKER - 1, one.colour)
                    canvas.add(Text(cx + offset, base - MARKER - 3, WITHHELD, VALUE_SIZE,
                                    bold=True, anchor="middle", colour=one.colour))
                if len(run) > 1:  # a lone point is its dot
                    canvas.add(Polyline(tuple(run), one.colour))
                run = []
                continue
            point = (cx, base - height * value / ticks[-1])
            run.append(point)
            canvas.add(Dot(point[0], point[1], 2.2, one.colour))
        if len(run) > 1:
            canvas.add(Polyline(tuple(run), one.colour))
    for month in range(12):
        canvas.add(Text(plot_x + slot_w * (month + 0.5), base + 10, month_short[month],
                        TICK_SIZE, anchor="middle", colour=AXIS))
    y = _axis_name(canvas, dimension, plot_x, plot_w, base + 12)
    return Chart(width, y + 4, title, tuple(canvas.items))
