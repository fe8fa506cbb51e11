"""Report on the vault for both faces: the figures (optionally with the period before), the
published figures (small cells withheld), CSV tables, and the publications (PDF, DOCX) with
the coordinator's texts. Everything published goes through `published` first: no renderer
sees a count the threshold withholds."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

from fieldapp.domain.publication import Draft
from fieldapp.domain.taxonomy import LANGUAGES
from fieldapp.reports import periods
from fieldapp.reports.csv_tables import write_tables
from fieldapp.reports.statistics import ReportFilters, compute_report
from fieldapp.services.session import Session
from fieldapp.store import files

__all__ = ["FORMATS", "LANGUAGES", "ReportFilters", "draft_named", "filters_for",
           "published", "render_publication", "report", "write_csv_tables", "write_document",
           "write_publication"]

#: The formats a publication is written in.
FORMATS = ("pdf", "docx")


def filters_for(date_from: str | None, date_to: str | None, period: str | None,
                region: str | None = None, sector: str | None = None,
                observer: str | None = None) -> ReportFilters:
    """The filters of a report; `period` (2024, 2024-H2, 2024-Q1, 2024-03) stands for
    --from/--to and cannot be given with them."""
    filters = ReportFilters(date_from, date_to, region, sector, observer)
    return periods.with_period(filters, period)


def report(session: Session, filters: ReportFilters | None = None,
           compare: bool = False) -> dict[str, Any]:
    """The figures of the vault's current records, as `report --json` prints them; with
    `compare`, also "previous" (the period of equal length just before) and "change"."""
    filters = filters or ReportFilters()

    def compute(chosen: ReportFilters) -> dict[str, Any]:
        return compute_report(session.conn, chosen, session.taxonomy)

    return periods.report_with_previous(compute, filters) if compare else compute(filters)


def published(session: Session, figures: dict[str, Any], min_cell: int) -> dict[str, Any]:
    """The figures as they may be published: counts below min_cell withheld (None), and
    those that would give a withheld one away; small localities and companies left out."""
    from fieldapp.reports.published import publish_report
    return publish_report(figures, min_cell, session.taxonomy)


def draft_named(session: Session, name: str) -> Draft:
    """A saved draft's texts and highlights (FieldappError unknown_draft if none)."""
    from fieldapp.services import publications
    return publications.load_draft(session, name)


def write_csv_tables(session: Session, figures: dict[str, Any], directory: Path,
                     min_cell: int) -> list[Path]:
    """One CSV file per table of the published figures, written into `directory`."""
    return write_tables(published(session, figures, min_cell), directory, session.taxonomy)


def _render(session: Session, figures: dict[str, Any], stream: BinaryIO, fmt: str,
            language: str, min_cell: int, draft: Draft | None) -> None:
    from fieldapp.reports.publication import write_docx, write_pdf
    writer = write_pdf if fmt == "pdf" else write_docx
    writer(published(session, figures, min_cell), stream, language, session.taxonomy, draft)


def render_publication(session: Session, fmt: str, language: str, filters: ReportFilters,
                       compare: bool, min_cell: int, draft: Draft | None) -> bytes:
    """The publication of a period as the bytes of a PDF or DOCX file, built in memory (the
    composer's preview; nothing is written to disk). `draft` supplies the coordinator's
    texts and highlights (None: the figures alone)."""
    buffer = io.BytesIO()
    _render(session, report(session, filters, compare), buffer, fmt, language, min_cell, draft)
    return buffer.getvalue()


def write_document(session: Session, figures: dict[str, Any], path: Path, fmt: str,
                   language: str, min_cell: int, draft: Draft | None) -> None:
    """The publication of `figures` written to `path`: beside it first, then renamed, so a
    reader never opens half a file."""
    buffer = io.BytesIO()
    _render(session, figures, buffer, fmt, language, min_cell, draft)
    _replace(path, buffer.getvalue())


def write_publication(session: Session, path: Path, fmt: str, language: str,
                      filters: ReportFilters, compare: bool, min_cell: int,
                      draft: Draft | None) -> None:
    """render_publication written to `path` (beside it first, then renamed)."""
    _replace(path, render_publication(session, fmt, language, filters, compare, min_cell,
                                      draft))


def _replace(path: Path, data: bytes) -> None:
    # On Windows the old document may be open in a PDF viewer: a clear error, not a hang.
    files.write_replacing(path, data)
