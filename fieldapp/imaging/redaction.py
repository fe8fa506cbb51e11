"""Hide parts of a photo (faces, name tags, number plates) before it is stored.

A blurred area is first reduced to a coarse mosaic, so its detail is averaged away for
good and no deblurring can bring it back; the blur on top only hides the blocks' edges.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from PIL import Image, ImageFilter

from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.imaging.scrub import Scrubbed, scrub, upright_image

MODES = ("blur", "black")
# A blurred area keeps at most this many mosaic blocks along its longer side: too few to
# recognise a face or read a plate, and the same look at any size (preview or full image).
BLOCKS_ACROSS = 6
PREVIEW_SIDE = 1600


class Region(NamedTuple):
    """An area of the upright image, in its pixels, and how to hide it."""

    x: int
    y: int
    width: int
    height: int
    mode: str = "blur"


class Preview(NamedTuple):
    """A smaller upright copy to draw on, and the full image's size that regions refer to."""

    image: Image.Image
    size: tuple[int, int]


def redact(data: bytes, regions: Sequence[Region]) -> bytes:
    """The image re-encoded in its own format with `regions` hidden and no metadata."""
    return redacted(data, "", regions).data


def redacted(data: bytes, filename: str, regions: Sequence[Region]) -> Scrubbed:
    """Like scrub(), with the regions hidden; refuses a file that is not an image we re-encode."""
    checked = [_checked(region) for region in regions]
    cleaned = scrub(data, filename, edit=lambda image: apply_regions(image, checked))
    if cleaned.warning is not None:
        raise InvalidInput([Problem("file", "not_redactable")])
    return cleaned


def apply_regions(image: Image.Image, regions: Sequence[Region]) -> Image.Image:
    """A copy of `image` with every region blurred or blacked out (clipped to the image)."""
    result = image.copy()
    width, height = image.size
    for region in regions:
        region = _checked(region)
        box = (max(0, region.x), max(0, region.y),
               min(width, region.x + region.width), min(height, region.y + region.height))
        if box[2] <= box[0] or box[3] <= box[1]:
            raise InvalidInput([Problem("region", "region_outside", region=_text(region),
                                        width=width, height=height)])
        size = (box[2] - box[0], box[3] - box[1])
        if region.mode == "black":
            result.paste(Image.new(result.mode, size, "black"), box)
        else:
            result.paste(_obscured(result.crop(box)), box)
    return result


def _obscured(patch: Image.Image) -> Image.Image:
    width, height = patch.size
    block = max(2, math.ceil(max(width, height) / BLOCKS_ACROSS))
    blocks = (max(1, math.ceil(width / block)), max(1, math.ceil(height / block)))
    mosaic = patch.resize(blocks, Image.Resampling.BOX).resize(patch.size,
                                                                Image.Resampling.NEAREST)
    return mosaic.filter(ImageFilter.GaussianBlur(radius=block))


def preview(data: bytes, longest: int = PREVIEW_SIDE) -> Preview | None:
    """An upright copy at most `longest` pixels wide or high, or None for a non-image."""
    image = upright_image(data)
    if image is None:
        return None
    size = image.size
    small = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    small.thumbnail((longest, longest), Image.Resampling.LANCZOS)
    return Preview(small, size)


def parse_region(text: str) -> Region:
    """`X,Y,W,H` or `X,Y,W,H:blur` / `X,Y,W,H:black`, in pixels of the upright image."""
    box, _, mode = text.partition(":")
    mode = mode.strip().lower() or "blur"
    parts = box.split(",")
    try:
        numbers = [int(part.strip()) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or mode not in MODES:
        raise FieldappError("region_syntax", text=text)
    x, y, width, height = numbers
    return _checked(Region(x, y, width, height, mode))


def _checked(region: Sequence[object]) -> Region:
    """A Region from any 4- or 5-tuple, refusing empty areas and unknown modes."""
    checked = Region(*region)  # type: ignore[arg-type]
    numbers = (checked.x, checked.y, checked.width, checked.height)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        raise InvalidInput([Problem("region", "region_pixels", region=_text(checked))])
    if checked.width <= 0 or checked.height <= 0:
        raise InvalidInput([Problem("region", "region_empty", region=_text(checked))])
    if checked.mode not in MODES:
        raise InvalidInput([Problem("region", "region_mode", region=_text(checked))])
    return checked


def _text(region: Region) -> str:
    return f"{region.x},{region.y},{region.width},{region.height}:{region.mode}"
