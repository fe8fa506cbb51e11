"""A stop-gap for services/reporting.py until it calls
fieldapp.reports.publication.write_pdf with the figures published by
fieldapp.reports.published.publish_report (issue 15). It withholds each cell below K on its
own, without the second suppression that publish_report adds, so it is not for release.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any, BinaryIO

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import InvalidInput, Problem
from fieldapp.reports.publication import write_pdf

NAMED = ("by_locality", "by_company")  # below K these are left out, not masked


def _small(value: Any, k: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < k


def mask_small_cells(figures: Mapping[str, Any], k: int) -> dict[str, Any]:
    """`figures` with every count below k withheld (None), named entries below k dropped."""
    out: dict[str, Any] = {"min_cell": k}
    for key, value in figures.items():
        if key == "previous" and isinstance(value, Mapping):
            out[key] = mask_small_cells(value, k)
        elif key in ("period", "change") or not isinstance(value, Mapping | int):
            out[key] = value
        elif isinstance(value, Mapping):
            out[key] = {name: None if _small(n, k) else n for name, n in value.items()
                        if not (key in NAMED and _small(n, k))}
        else:
            out[key] = None if _small(value, k) else value
    change = out.get("change")
    previous = out.get("previous")
    if isinstance(change, Mapping) and isinstance(previous, Mapping):
        out["change"] = {key: None if out.get(key) is None or previous.get(key) is None
                         else ratio for key, ratio in change.items()}
    return out


def write_bulletin(report: dict[str, Any], path: Path | BinaryIO, language: str,
                   min_cell: int, taxonomy: Taxonomy) -> None:
    """The PDF publication of the unpublished `report`, small cells withheld, to `path`."""
    if isinstance(min_cell, bool) or not isinstance(min_cell, int) or min_cell < 1:
        raise InvalidInput([Problem("min_cell", "min_cell_too_small", minimum=1)])
    published = mask_small_cells(report, min_cell)
    if isinstance(path, Path):
        buffer = io.BytesIO()
        write_pdf(published, buffer, language, taxonomy)
        path.write_bytes(buffer.getvalue())
    else:
        write_pdf(published, path, language, taxonomy)
