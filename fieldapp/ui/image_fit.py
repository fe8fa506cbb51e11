"""Where a picture scaled to fit a widget lands, and widget points back in image pixels.

Exact arithmetic (fractions), so a drag over the widget covers exactly the image pixels
under it, whatever the scale: a region is never a pixel short of what the user marked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from fieldapp.services.redaction import Region

Number = float | Fraction


@dataclass(frozen=True)
class ImageFit:
    """An image of `image` size drawn as large as fits, centred, in a widget of `widget` size."""

    image: tuple[int, int]
    widget: tuple[int, int]

    @property
    def scale(self) -> Fraction:
        """Widget pixels per image pixel (above 1 when a small image is enlarged)."""
        (iw, ih), (ww, wh) = self.image, self.widget
        if min(iw, ih, ww, wh) <= 0:
            return Fraction(1)
        return min(Fraction(ww, iw), Fraction(wh, ih))

    @property
    def target(self) -> tuple[Fraction, Fraction, Fraction, Fraction]:
        """The image's rectangle in the widget: left, top, width, height."""
        width, height = self.image[0] * self.scale, self.image[1] * self.scale
        return (self.widget[0] - width) / 2, (self.widget[1] - height) / 2, width, height

    def to_image(self, x: Number, y: Number) -> tuple[Fraction, Fraction]:
        """A widget point in image pixels, held inside the image."""
        left, top, _, _ = self.target
        ix = (Fraction(x) - left) / self.scale
        iy = (Fraction(y) - top) / self.scale
        return (min(max(ix, Fraction(0)), Fraction(self.image[0])),
                min(max(iy, Fraction(0)), Fraction(self.image[1])))

    def region(self, start: tuple[Number, Number], end: tuple[Number, Number],
               mode: str) -> Region | None:
        """The image pixels a drag from `start` to `end` touches, or None if it covers none."""
        (ax, ay), (bx, by) = self.to_image(*start), self.to_image(*end)
        x0, y0 = math.floor(min(ax, bx)), math.floor(min(ay, by))
        x1, y1 = math.ceil(max(ax, bx)), math.ceil(max(ay, by))
        if x1 <= x0 or y1 <= y0:
            return None
        return Region(x0, y0, x1 - x0, y1 - y0, mode)

    def to_widget(self, region: Region) -> tuple[float, float, float, float]:
        """A region's rectangle in the widget: left, top, width, height."""
        left, top, _, _ = self.target
        return (float(left + region.x * self.scale), float(top + region.y * self.scale),
                float(region.width * self.scale), float(region.height * self.scale))
