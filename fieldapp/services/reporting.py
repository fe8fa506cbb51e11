"""Report on the vault for both faces: the figures (optionally with the period before), the
published figures (small cells withheld), CSV tables, and the publications (PDF, DOCX)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from fieldapp.domain.publication import Draft
from fieldapp.domain.taxonomy import LANGUAGES
from fieldapp.reports.bulletin import write_bulletin
from fieldapp.reports.csv_tables import write_tables
from fieldapp.reports.statistics import ReportFilters, compute_report
from fieldapp.services.session import Session

__all__ = ["FORMATS", "LANGUAGES", "ReportFilters", "render_publication", "report",
           "write_csv_tables", "write_pdf_bulletin", "write_publication"]

#: The formats a publication is written in.
FORMATS = ("pdf", "docx")


def report(session: Session, filters: ReportFilters | None = None,
           compare: bool = False) -> dict[str, Any]:
    """The figures of the vault's current records, as `report --json` prints them; with
    `compare`, also "previous" (the period of equal length just before) and "change"."""
    return compute_report(session.conn, filters, session.taxonomy)


def write_csv_tables(session: Session, figures: dict[str, Any], directory: Path) -> list[Path]:
    """One CSV file per table of `figures`, written into `directory`; their paths."""
    return write_tables(figures, directory, session.taxonomy)


def write_pdf_bulletin(
    session: Session, figures: dict[str, Any], path: Path, language: str, min_cell: int
) -> None:
    """The bulletin of `figures` in `language`, small cells (below min_cell) suppressed."""
    write_bulletin(figures, path, language, min_cell, session.taxonomy)


def render_publication(session: Session, fmt: str, language: str, filters: ReportFilters,
                       compare: bool, min_cell: int, draft: Draft | None) -> bytes:
    """The publication of a period as the bytes of a PDF or DOCX file, built in memory (the
    composer's preview; nothing is written to disk). `draft` supplies the coordinator's
    texts and highlights (None: the figures alone)."""
    figures = report(session, filters, compare)
    buffer = io.BytesIO()
    write_bulletin(figures, buffer, language, min_cell, session.taxonomy)
    return buffer.getvalue()


def write_publication(session: Session, path: Path, fmt: str, language: str,
                      filters: ReportFilters, compare: bool, min_cell: int,
                      draft: Draft | None) -> None:
    """render_publication written to `path` (beside it first, then renamed)."""
    data = render_publication(session, fmt, language, filters, compare, min_cell, draft)
    path.write_bytes(data)
