"""Charts readers can read: labels measured and wrapped so they never leave the chart, a
withheld cell drawn as the same small hatched marker whatever its count, one colour per
block, and the same layout painted to the PDF and to a PNG."""

from __future__ import annotations

import io

from PIL import Image

from fieldapp.reports.publication import chart_layout as charts
from fieldapp.reports.publication.chart_pdf import to_drawing
from fieldapp.reports.publication.chart_png import DPI, to_png

LONG_KK = ("Қылмыстық-атқару жүйесі мекемелеріндегі ұстау жағдайларының нашарлығы және "
           "денсаулықтың нашарлауы туралы өте ұзақ атау")
LONG_RU = "Отказ суда в удовлетворении ходатайств, жалоб и отводов по уголовному делу"
SHORT_MONTHS = ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар",
                "жел"]


def text_extent(item: charts.Text) -> tuple[float, float]:
    width = charts.width_of(item.text, item.size, item.bold)
    start = {"start": item.x, "middle": item.x - width / 2, "end": item.x - width}
    return start[item.anchor], start[item.anchor] + width


def assert_inside(chart: charts.Chart) -> None:
    for item in chart.items:
        if isinstance(item, charts.Text):
            left, right = text_extent(item)
            assert left >= -0.5 and right <= chart.width + 0.5, item.text
            assert 0 < item.y <= chart.height, item.text
        if isinstance(item, charts.Box):
            assert item.x >= 0 and item.x + item.w <= chart.width + 0.5


def test_long_kazakh_and_russian_labels_stay_inside() -> None:
    bars = [charts.Bar(LONG_KK, 120), charts.Bar(LONG_RU, 7), charts.Bar("Жұмыстан шығару", None)]
    chart = charts.bar_chart(f"{LONG_KK} (санау бірлігі: қауіптер)", "Қауіптер", "Қауіп түрі",
                             bars, 300.0, "kk")
    assert_inside(chart)
    lines = [t.text for t in chart.items if isinstance(t, charts.Text)]
    assert any(line.endswith("…") for line in lines)  # the last resort, for the longest one
    assert "Жұмыстан шығару" in lines  # a label that fits is printed whole


def test_fit_lines_measures_with_the_font() -> None:
    for text in (LONG_KK, LONG_RU, "Ұзақсөзжазылғанбіртұтассөзбөлінбейтін" * 3):
        for line in charts.fit_lines(text, 8.0, 90.0):
            assert charts.width_of(line, 8.0) <= 90.0 + 0.01


def test_withheld_marker_is_the_same_whatever_the_cell() -> None:
    small = charts.bar_chart("t", "u", "d", [charts.Bar("a", 500), charts.Bar("b", None)],
                             400.0, "en")
    large = charts.bar_chart("t", "u", "d", [charts.Bar("a", 5), charts.Bar("b", None)],
                             400.0, "en")
    markers = [[i for i in c.items if isinstance(i, charts.Box) and i.hatched]
               for c in (small, large)]
    assert [(m.w, m.h) for m in markers[0]] == [(charts.MARKER, charts.MARKER)]
    assert [(m.w, m.h) for m in markers[1]] == [(charts.MARKER, charts.MARKER)]
    labels = [i.text for i in small.items if isinstance(i, charts.Text)]
    assert "x" in labels and "500" in labels


def test_blocks_keep_their_colour() -> None:
    chart = charts.bar_chart("t", "u", "d", [
        charts.Bar("detention", 9, charts.block_colour("criminal")),
        charts.Bar("penalty", 7, charts.block_colour("administrative"))], 400.0, "en")
    fills = [i.fill for i in chart.items if isinstance(i, charts.Box) and not i.hatched]
    assert fills == [charts.BLOCK_COLOURS["criminal"], charts.BLOCK_COLOURS["administrative"]]
    assert len(set(charts.BLOCK_COLOURS.values())) == len(charts.BLOCK_COLOURS)


def test_month_and_year_on_year_charts() -> None:
    slots = [(2024, m, v) for m, v in zip(range(1, 13), [31, None, 44, 0, 0, 67, 0, 0, 0, 0,
                                                          5, 0], strict=True)]
    columns = charts.column_chart("Қауіптер айлар бойынша", "Қауіп-айлар", "Ай", slots,
                                  SHORT_MONTHS, 460.0, "kk")
    assert_inside(columns)
    series = [charts.Series("2023", "#b03a2e", (10, False, 20, None, *([0] * 8))),
              charts.Series("2024", "#2e5c8a", (31, None, 44, *([0] * 9)))]
    lines = charts.line_chart("Жылдарды салыстыру", "Қауіп-айлар", "Ай", series,
                              SHORT_MONTHS, 460.0, "kk")
    assert_inside(lines)
    polylines = [i for i in lines.items if isinstance(i, charts.Polyline)]
    # Lines break at a month outside the period or withheld; a lone month is only a dot.
    assert [len(p.points) for p in polylines] == [8, 10]
    texts = [i.text for i in lines.items if isinstance(i, charts.Text)]
    assert "2023" in texts and "2024" in texts and texts.count("x") == 2


def test_the_same_layout_paints_to_pdf_and_png() -> None:
    chart = charts.bar_chart("Title", "threats", "Region",
                             [charts.Bar("Almaty", 46), charts.Bar("Ulytau", None)], 460.0, "en")
    drawing = to_drawing(chart)
    assert (drawing.width, drawing.height) == (chart.width, chart.height)
    image = Image.open(io.BytesIO(to_png(chart)))
    assert image.size == (round(chart.width * DPI / 72), round(chart.height * DPI / 72))
    assert image.getextrema() != ((255, 255),) * 3  # something was painted
