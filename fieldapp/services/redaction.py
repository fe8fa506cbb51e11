"""Redact a photo before it is attached: the areas a user marks, typed or drawn on a preview.

The pixel work lives in fieldapp.imaging.redaction; the faces reach it through here, and
attachments.attach_bytes stores the image with the areas hidden.
"""

from __future__ import annotations

from fieldapp.imaging.redaction import Preview, Region, apply_regions, parse_region, preview

__all__ = ["Preview", "Region", "apply_regions", "parse_region", "preview"]
