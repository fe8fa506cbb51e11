"""Remove identifying metadata from images by re-encoding their pixels only.

Photos carry where and when they were taken, the camera's serial number and
sometimes the photographer's name. We keep the pixels (turned upright), drop
everything else, and tell the user what we dropped.
"""

from __future__ import annotations

import io
import mimetypes
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from fieldapp.errors import InvalidInput, Problem

# Formats we re-encode, and how each is written back.
_REENCODE: dict[str, tuple[str, str, dict[str, Any]]] = {
    "JPEG": ("JPEG", "image/jpeg", {"quality": 95}),
    "PNG": ("PNG", "image/png", {}),
    "TIFF": ("TIFF", "image/tiff", {"compression": "tiff_lzw"}),
    "WEBP": ("WEBP", "image/webp", {"quality": 95}),
    # Pillow reads HEIC only through a plugin and cannot write it: store a JPEG.
    "HEIF": ("JPEG", "image/jpeg", {"quality": 95}),
}

_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_MAKER_NOTE = 0x927C
_TIFF_XMP = 700
_TIFF_IPTC = 33723
_TIFF_PHOTOSHOP = 34377
_PNG_TEXT_SKIP = {"dpi", "gamma", "transparency", "aspect", "icc_profile", "srgb", "chromaticity"}

# What can be removed, by the stable key stored with the attachment, in plain English.
METADATA_LABELS = {
    "exif": "EXIF (camera, dates, settings)",
    "gps": "GPS location",
    "maker_notes": "camera maker notes",
    "xmp": "XMP",
    "iptc": "IPTC",
    "comment": "comment",
    "text": "text fields",
}

NOT_REMOVED_WARNING = (
    "this file type is stored as it is: any metadata inside it (author, dates, location)"
    " was not removed"
)


@dataclass(frozen=True)
class Scrubbed:
    data: bytes
    media_type: str
    removed: tuple[str, ...]
    warning: str | None


def scrub(
    data: bytes, filename: str, edit: Callable[[Image.Image], Image.Image] | None = None
) -> Scrubbed:
    """Re-encode a supported image without metadata; anything else passes through with a warning.

    `edit` changes the upright pixels before they are encoded (redaction), so a lossy
    format is compressed once, not twice.
    """
    opened = _open(data)
    if opened is None:
        return _as_is(data, filename)
    image, fmt = opened
    removed = found_metadata(image)
    out_format, media_type, options = _REENCODE[fmt]
    upright = ImageOps.exif_transpose(image) or image
    clean = _pixels_only(upright, out_format)
    if edit is not None:
        clean = edit(clean)
    buffer = io.BytesIO()
    clean.save(buffer, out_format, **options)
    return Scrubbed(buffer.getvalue(), media_type, tuple(removed), None)


def upright_image(data: bytes) -> Image.Image | None:
    """The picture as a viewer shows it (EXIF orientation applied), or None if we cannot
    re-encode this kind of file."""
    opened = _open(data)
    if opened is None:
        return None
    image = opened[0]
    return ImageOps.exif_transpose(image) or image


def _open(data: bytes) -> tuple[Image.Image, str] | None:
    """The decoded image and its key in _REENCODE, or None for anything we store as it is."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput([Problem("file", "image_too_large")]) from None
    fmt = (image.format or "").upper()
    if fmt.startswith("HEI"):
        fmt = "HEIF"
    if fmt not in _REENCODE:
        return None
    return image, fmt


def _as_is(data: bytes, filename: str) -> Scrubbed:
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return Scrubbed(data, media_type, (), NOT_REMOVED_WARNING)


def _pixels_only(image: Image.Image, out_format: str) -> Image.Image:
    """A new image holding only the pixels: no info dict, no TIFF tags, no palette tricks."""
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "A" in image.getbands() or "transparency" in image.info
                              else "RGB")
    if out_format == "JPEG" and image.mode in ("RGBA", "LA"):
        image = image.convert("RGB" if image.mode == "RGBA" else "L")
    return Image.frombytes(image.mode, image.size, image.tobytes())


def found_metadata(image: Image.Image) -> list[str]:
    """The kinds of metadata this image carries, as keys of METADATA_LABELS."""
    found: list[str] = []
    exif = image.getexif()
    if len(exif):
        found.append("exif")
        if exif.get_ifd(_GPS_IFD):
            found.append("gps")
        if _MAKER_NOTE in exif.get_ifd(_EXIF_IFD):
            found.append("maker_notes")
    info = image.info
    app_segments = [payload for _, payload in getattr(image, "applist", [])]
    tags = getattr(image, "tag_v2", {})
    if (
        "xmp" in info
        or "XML:com.adobe.xmp" in info
        or any(p.startswith(b"http://ns.adobe.com/xap/") for p in app_segments)
        or _TIFF_XMP in tags
    ):
        found.append("xmp")
    if (
        any(p.startswith(b"Photoshop 3.0") for p in app_segments)
        or _TIFF_IPTC in tags
        or _TIFF_PHOTOSHOP in tags
        or "photoshop" in info
    ):
        found.append("iptc")
    if info.get("comment"):
        found.append("comment")
    text_chunks = [
        k for k, v in info.items()
        if isinstance(v, str) and k not in _PNG_TEXT_SKIP and k != "XML:com.adobe.xmp"
    ]
    if image.format == "PNG" and text_chunks:
        found.append("text")
    return found
