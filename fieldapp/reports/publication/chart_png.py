"""A chart layout painted to PNG bytes with Pillow (for the DOCX: reportlab cannot rasterise
without pycairo). In memory only; the same DejaVu fonts as the PDF, so text measured for the
layout fits here too."""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from fieldapp.reports.publication.chart_layout import HATCH, Box, Chart, Dot, Line, Polyline, Text
from fieldapp.resources import resources_dir

DPI = 200
SCALE = DPI / 72  # pixels per point


@lru_cache(maxsize=32)
def _font(bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resources_dir() / "fonts" / name), pixels)


def _px(value: float) -> int:
    return round(value * SCALE)


def _hatched(draw: ImageDraw.ImageDraw, box: Box) -> None:
    x0, y0, x1, y1 = _px(box.x), _px(box.y), _px(box.x + box.w), _px(box.y + box.h)
    draw.rectangle((x0, y0, x1, y1), fill="white")
    step, w, h = _px(2.5), x1 - x0, y1 - y0
    t = step
    while t < w + h:
        u0, u1 = max(0, t - h), min(w, t)
        draw.line((x0 + u0, y1 - (t - u0), x0 + u1, y1 - (t - u1)), fill=HATCH,
                  width=max(1, _px(0.6)))
        t += step
    draw.rectangle((x0, y0, x1, y1), outline=box.stroke or HATCH, width=max(1, _px(0.8)))


def to_png(chart: Chart) -> bytes:
    """The chart as PNG bytes at DPI dots per inch."""
    image = Image.new("RGB", (_px(chart.width), _px(chart.height)), "white")
    draw = ImageDraw.Draw(image)
    for item in chart.items:
        if isinstance(item, Box):
            if item.hatched:
                _hatched(draw, item)
            else:
                draw.rectangle((_px(item.x), _px(item.y), _px(item.x + item.w) - 1,
                                _px(item.y + item.h) - 1), fill=item.fill,
                               outline=item.stroke)
        elif isinstance(item, Line):
            draw.line((_px(item.x1), _px(item.y1), _px(item.x2), _px(item.y2)),
                      fill=item.colour, width=max(1, _px(item.width)))
        elif isinstance(item, Polyline):
            draw.line([(_px(x), _px(y)) for x, y in item.points], fill=item.colour,
                      width=max(1, _px(item.width)), joint="curve")
        elif isinstance(item, Dot):
            r = _px(item.r)
            draw.ellipse((_px(item.x) - r, _px(item.y) - r, _px(item.x) + r, _px(item.y) + r),
                         fill=item.colour)
        elif isinstance(item, Text):
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[item.anchor]
            draw.text((_px(item.x), _px(item.y)), item.text, fill=item.colour,
                      font=_font(item.bold, _px(item.size)), anchor=anchor)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(DPI, DPI))
    return out.getvalue()
