"""Report on the vault: statistics, CSV tables and the PDF bulletin, for both faces."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldapp.domain.taxonomy import LANGUAGES
from fieldapp.reports.bulletin import write_bulletin
from fieldapp.reports.csv_tables import write_tables
from fieldapp.reports.statistics import ReportFilters, compute_report
from fieldapp.services.session import Session

__all__ = ["LANGUAGES", "ReportFilters", "report", "write_csv_tables", "write_pdf_bulletin"]


def report(session: Session, filters: ReportFilters | None = None) -> dict[str, Any]:
    """The figures of the vault's current records, as `report --json` prints them."""
    return compute_report(session.conn, filters, session.taxonomy)


def write_csv_tables(session: Session, figures: dict[str, Any], directory: Path) -> list[Path]:
    """One CSV file per table of `figures`, written into `directory`; their paths."""
    return write_tables(figures, directory, session.taxonomy)


def write_pdf_bulletin(
    session: Session, figures: dict[str, Any], path: Path, language: str, min_cell: int
) -> None:
    """The bulletin of `figures` in `language`, small cells (below min_cell) suppressed."""
    write_bulletin(figures, path, language, min_cell, session.taxonomy)
