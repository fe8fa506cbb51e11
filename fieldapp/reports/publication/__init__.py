"""The publications: the quarterly bulletin and the annual report (issue 15), as PDF and as
editable DOCX with the same sections, tables and charts.

The input is the *published* figures (`report --json --publish`: small cells already
withheld as None); nothing else about the records reaches this package. One neutral
document (model.py, built by build.py) is rendered twice (pdf.py, docx.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, BinaryIO

from fieldapp.domain.publication import Draft
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.reports.publication.build import build
from fieldapp.reports.publication.pdf import render_pdf
from fieldapp.reports.publication.word import render_docx

__all__ = ["build", "write_docx", "write_pdf"]


def write_pdf(published: Mapping[str, Any], stream: BinaryIO, language: str,
              taxonomy: Taxonomy, draft: Draft | None = None) -> None:
    """The publication of `published` in `language` as a PDF, written to `stream`."""
    render_pdf(build(published, language, taxonomy, draft), stream)


def write_docx(published: Mapping[str, Any], stream: BinaryIO, language: str,
               taxonomy: Taxonomy, draft: Draft | None = None) -> None:
    """The publication of `published` in `language` as a DOCX, written to `stream`."""
    render_docx(build(published, language, taxonomy, draft), stream)
