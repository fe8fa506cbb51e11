"""The dashboard's bar charts: whole-number round ticks, every month or year of the span
shown (an empty one as 0), and each bar's count written where it can be read: inside the
end of a long bar in white, beyond the end of a short one in the text colour."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem

MAX_MONTH_BARS = 24
MAX_LABEL = 30
BAR_COLOUR = QColor("#2f5f8a")  # dark enough for white figures inside it
INSIDE_COLOUR = QColor("#ffffff")
OUTSIDE_COLOUR = QColor("#1a1a1a")  # on the chart's white background
PADDING = 4  # pixels between a figure and the end of its bar
BAR_WIDTH = 0.7  # of a category's height
ROW_HEIGHT = 18  # pixels a bar needs for its label to show beside it
CHART_FRAME = 110  # the title, the value axis and the margins
MIN_HEIGHT = 260


def short(label: str) -> str:
    """Long vocabulary labels are cut by hand: Qt would cut them at the wrong end."""
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def round_step(top: int, most: int = 6) -> int:
    """1, 2 or 5 times a power of ten: at most `most` ticks from 0 past `top`."""
    exponent = 0
    while True:
        for mantissa in (1, 2, 5):
            step = mantissa * 10**exponent
            if top * 1.15 / step <= most:
                return step
        exponent += 1


def _month_number(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def by_years(counts: dict[str, int]) -> bool:
    """More than two years of months are summed by year to stay legible."""
    if not counts:
        return False
    numbers = [_month_number(month) for month in counts]
    return max(numbers) - min(numbers) + 1 > MAX_MONTH_BARS


def months_or_years(counts: dict[str, int], language: str) -> list[tuple[str, str, int]]:
    """(code, label, count) for every month, or year, from the first to the last counted,
    in order: a month or year without threats is a bar of 0, not a gap nobody notices."""
    if not counts:
        return []
    if by_years(counts):
        years: dict[int, int] = {}
        for month, n in counts.items():
            years[int(month[:4])] = years.get(int(month[:4]), 0) + n
        return [(str(year), str(year), years.get(year, 0))
                for year in range(min(years), max(years) + 1)]
    numbers = [_month_number(month) for month in counts]
    locale = QLocale(language)
    items = []
    for number in range(min(numbers), max(numbers) + 1):
        code = f"{number // 12:04d}-{number % 12 + 1:02d}"
        # The month's name in the window's language ("Mar 2021", "мар. 2021").
        label = locale.toString(QDate(number // 12, number % 12 + 1, 1), "MMM yyyy")
        items.append((code, label, counts.get(code, 0)))
    return items


class ClickableChart(QChartView):
    """A horizontal bar chart whose bars say which category was clicked."""

    category_clicked = Signal(str, str)  # chart key, category code

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.codes: list[str] = []
        self.counts: list[int] = []
        self.note = ""  # "top 15 of 23" when the chart is cut, else ""
        self.value_labels: list[QGraphicsSimpleTextItem] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)

    def show_counts(self, title: str, items: list[tuple[str, str, int]], note: str = "") -> None:
        """items: (code, label, count), drawn top to bottom in the given order; `note` is
        said under the title (that the chart shows only the largest bars)."""
        chart = QChart()
        self.note = note
        chart.setTitle(f"{title}<br><small>{note}</small>" if note else title)
        chart.legend().hide()
        bars = QBarSet(title)
        bars.setColor(BAR_COLOUR)
        bars.setBorderColor(BAR_COLOUR)
        shown = list(reversed(items))  # Qt draws the first category at the bottom
        self.codes = [code for code, _, _ in shown]
        self.counts = [count for _, _, count in shown]
        for count in self.counts:
            bars.append(count)
        series = QHorizontalBarSeries()
        series.setBarWidth(BAR_WIDTH)
        series.append(bars)
        bars.clicked.connect(lambda index: self.category_clicked.emit(self.key,
                                                                      self.codes[index]))
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([short(label) for _, label, _ in shown] or [""])
        categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelFormat("%d")
        # Whole-number round ticks: counts of 1 or 2 would otherwise be labelled 0, 0, 0, 1.
        top = max(self.counts or [1]) or 1
        step = round_step(top)
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        values.setRange(0, math.ceil(top * 1.15 / step) * step)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.value_labels = []
        for count in self.counts:
            label = QGraphicsSimpleTextItem(str(count), chart)
            label.setZValue(10)
            self.value_labels.append(label)
        self._series = series
        chart.plotAreaChanged.connect(lambda _: self.place_labels())
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()  # the view gives up the chart it replaces without deleting it
        # Qt drops category labels that do not fit: each bar keeps room for its own.
        self.setMinimumHeight(max(MIN_HEIGHT, CHART_FRAME + ROW_HEIGHT * len(items)))
        self.place_labels()

    def bar_end(self, index: int) -> QPointF:
        """Where bar `index` ends, in the chart's coordinates (its middle, vertically)."""
        return self.chart().mapToPosition(QPointF(self.counts[index], index), self._series)

    def place_labels(self) -> None:
        """Each figure inside its bar's end if it fits there with room to spare, else just
        beyond it: a bar of 1 or 0 still shows its count."""
        for index, label in enumerate(self.value_labels):
            end = self.bar_end(index)
            start = self.chart().mapToPosition(QPointF(0, index), self._series)
            size = label.boundingRect()
            below = self.chart().mapToPosition(QPointF(0, index - BAR_WIDTH / 2), self._series)
            thickness = abs(below.y() - start.y()) * 2
            # Inside only where the bar is longer and taller than the figure with room left.
            inside = (end.x() - start.x() >= size.width() + 3 * PADDING
                      and thickness >= size.height() + 2)
            x = end.x() - size.width() - PADDING if inside else end.x() + PADDING
            label.setBrush(INSIDE_COLOUR if inside else OUTSIDE_COLOUR)
            label.setPos(x, end.y() - size.height() / 2)

    def label_inside(self, index: int) -> bool:
        """Whether bar `index`'s figure is drawn inside the bar (for tests and screenshots)."""
        return self.value_labels[index].pos().x() < self.bar_end(index).x()
