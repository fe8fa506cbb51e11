"""Importing records from a spreadsheet: map its columns, check every row, then add all the
rows in one transaction or none.

Problems are `Problem`s whose `index` is the spreadsheet's row number (the header is row 1)
and whose `field` is the column's header; `record_field` names the record field.

Sources of information are never imported: a spreadsheet of informants' names is exactly
the plaintext copy the vault exists to avoid, and a column of them would be read, kept in
memory and shown in a dry run before any sealing. They are entered in the record form,
sealed the moment they are saved.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldapp.domain.record import Record, strip_controls
from fieldapp.domain.table_cells import IMPORTABLE, REQUIRED_COLUMNS, CellReader, guess_columns
from fieldapp.errors import InvalidInput, Problem
from fieldapp.services.records import check_record, store_checked_records
from fieldapp.services.session import Session
from fieldapp.services.table_reader import Table, read_table

__all__ = ["ImportPlan", "RowReport", "Table", "check_mapping", "guess_columns",
           "import_table", "plan_import", "read_table"]

Progress = Callable[[int, int], None]
MAPPING = "mapping"


@dataclass
class RowReport:
    """One row: the record it would create, or its problems."""

    row: int
    record: Record | None  # checked, its case resolved: what the import stores
    problems: list[Problem] = field(default_factory=list)

    @property
    def preview(self) -> dict[str, Any] | None:
        """The record as it would be stored, without its (always empty) sources."""
        if self.record is None:
            return None
        return {k: v for k, v in self.record.items() if k != "sources"}


@dataclass
class ImportPlan:
    file: str
    columns: dict[str, str]  # record field -> header
    ignored: list[str]  # headers no field is read from
    rows: list[RowReport]
    items: list[Record]  # the checked record of each good row, in row order

    @property
    def problems(self) -> list[Problem]:
        return [p for report in self.rows for p in report.problems]


def check_mapping(headers: list[str], mapping: Any) -> list[Problem]:
    """What is wrong with a mapping (field -> header) for these headers."""
    if not isinstance(mapping, dict):
        return [Problem(MAPPING, "mapping_not_object")]
    problems = []
    for name, header in mapping.items():
        if name == "sources":
            problems.append(Problem("sources", "sources_not_importable"))
        elif name not in IMPORTABLE:
            problems.append(Problem(str(name), "unknown_field", allowed=", ".join(IMPORTABLE)))
        elif not isinstance(header, str):
            problems.append(Problem(str(name), "mapping_not_text"))
        elif header not in headers:
            problems.append(Problem(name, "no_such_column", value=header,
                                    allowed=", ".join(h for h in headers if h)))
    for name in REQUIRED_COLUMNS:
        if name not in mapping:
            problems.append(Problem(name, "column_missing",
                                    allowed=", ".join(h for h in headers if h)))
    return problems


def plan_import(
    session: Session, table: Table, mapping: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Every row checked as it would be imported; nothing is written. A mapping that does
    not fit the headers raises InvalidInput (no row can be read without it)."""
    columns = dict(mapping) if mapping is not None else guess_columns(table.headers)
    problems = check_mapping(table.headers, columns)
    if problems:
        raise InvalidInput(problems, subject=MAPPING)
    position = {name: table.headers.index(header) for name, header in columns.items()}
    used = set(columns.values())
    reader = CellReader(session.taxonomy)
    reports: list[RowReport] = []
    items: list[Record] = []
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows, start=1):
        report = _check_row(session, reader, table.headers, columns, position, number, cells)
        reports.append(report)
        if report.record is not None:
            items.append(report.record)
        if progress is not None and (done % 500 == 0 or done == total):
            progress(done, total)
    ignored = [h for h in table.headers if h and h not in used]
    return ImportPlan(table.name, columns, ignored, reports, items)


def _check_row(
    session: Session, reader: CellReader, headers: list[str], columns: dict[str, str],
    position: dict[str, int], number: int, cells: list[Any],
) -> RowReport:
    problems = [Problem(f"#{i + 1}", "cell_without_header", index=number, value=str(cell))
                for i, cell in enumerate(cells) if i >= len(headers)
                if cell is not None and str(cell).strip()][:1]
    values = {name: cells[i] if i < len(cells) else None for name, i in position.items()}
    item, cell_problems = reader.item(values)
    bad_fields = {p.field for p in cell_problems}
    problems += [_placed(p, columns[p.field], number) for p in cell_problems]
    try:
        record = check_record(session, item, number)
    except InvalidInput as error:
        for problem in error.problems:
            if problem.top_field in bad_fields:
                continue  # already named by the cell's own problem
            column = columns.get(problem.top_field, problem.top_field)
            problems.append(_placed(problem, column, number))
        record = None
    if problems:
        return RowReport(number, None, problems)
    return RowReport(number, record, problems)


def _placed(problem: Problem, column: str, row: int) -> Problem:
    """The problem of a record field named by the spreadsheet's column and row."""
    placed = copy.copy(problem)
    placed.params = {**problem.params, "record_field": problem.field}
    placed.field, placed.index = column, row
    return placed


def import_table(session: Session, plan: ImportPlan) -> list[str]:
    """All the plan's rows as new records in one transaction, or nothing if any row is bad.
    Each record's origin (file name and row) goes to the audit log, not into the record."""
    problems = plan.problems
    if problems:
        raise InvalidInput(problems, subject="row")
    if not plan.items:
        raise InvalidInput([Problem("file", "no_records")])
    name = strip_controls(plan.file)
    origins = [f"{name} row {report.row}" for report in plan.rows]
    # Checked once, by plan_import: stored as they are, not validated a second time.
    return store_checked_records(session, plan.items, origins)


def import_file(
    session: Session, path: Path, mapping: dict[str, str] | None = None,
    dry_run: bool = False, progress: Progress | None = None,
) -> tuple[ImportPlan, list[str]]:
    """Read, check and (unless a dry run) import: the plan and the new ids."""
    plan = plan_import(session, read_table(path), mapping, progress)
    return plan, ([] if dry_run else import_table(session, plan))
