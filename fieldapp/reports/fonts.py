"""The embedded fonts of the PDF reports: DejaVu Sans, which has Cyrillic and Kazakh letters.

The TTF files ship in resources/fonts/ (with their licence); reportlab embeds the subset of
glyphs a document uses, so the PDF reads the same on a machine without the font.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldapp.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


def register_fonts() -> Fonts:
    """Register DejaVu Sans (regular and bold) with reportlab once; return their names."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    directory = resources_dir() / "fonts"
    for name in (REGULAR, BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(directory / f"{name}.ttf")))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)
    return Fonts(REGULAR, BOLD)
