"""Reading a spreadsheet a user names (.csv or .xlsx): bounded, typed, in memory only.

Everything is capped before it is used: the file's size, the uncompressed size of an .xlsx,
the number of rows and columns, and each cell's length. Nothing read is written anywhere.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from fieldapp.errors import InvalidInput, Problem
from fieldapp.services.user_files import read_regular

MAX_TABLE_BYTES = 64 * 1024 * 1024
# An .xlsx is a zip: what it unpacks to is bounded too (a small file may unpack to gigabytes).
MAX_XLSX_UNPACKED = 512 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 64
MAX_CELL_CHARS = 32_767  # a spreadsheet cell's own limit; a record's fields are shorter
FIELD = "file"

Cell = str | int | float | date | datetime | None


@dataclass
class Table:
    """The header (row 1) and the rows below it, each with its spreadsheet row number."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[Cell]]]


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidInput([Problem(FIELD, "table_format", path=path.name,
                                    allowed=".csv, .xlsx")])
    data = read_regular(path, MAX_TABLE_BYTES, FIELD)
    rows = _csv_rows(data, path.name) if suffix == ".csv" else _xlsx_rows(data, path.name)
    return _table(path.name, rows)


def _table(name: str, rows: Iterator[list[Cell]]) -> Table:
    header_row = next(rows, None)
    if header_row is None:
        raise InvalidInput([Problem(FIELD, "table_empty", path=name)])
    headers = [_header(cell) for cell in header_row]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise InvalidInput([Problem(FIELD, "table_empty", path=name)])
    if len(headers) > MAX_COLUMNS:
        raise InvalidInput([Problem(FIELD, "too_many_columns", path=name,
                                    count=len(headers), limit=MAX_COLUMNS)])
    body: list[tuple[int, list[Cell]]] = []
    for number, cells in enumerate(rows, start=2):
        if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
            continue  # the empty rows a sheet has at its end or between blocks
        if len(body) >= MAX_ROWS:
            raise InvalidInput([Problem(FIELD, "too_many_rows", path=name, limit=MAX_ROWS)])
        for column, cell in enumerate(cells):
            if isinstance(cell, str) and (len(cell) > MAX_CELL_CHARS or "\x00" in cell):
                raise InvalidInput([Problem(_column_name(headers, column), "cell_unreadable",
                                            index=number, limit=MAX_CELL_CHARS)], subject="row")
        body.append((number, cells))
    return Table(name, headers, body)


def _column_name(headers: list[str], column: int) -> str:
    return headers[column] if column < len(headers) and headers[column] else f"#{column + 1}"


def _header(cell: Cell) -> str:
    text = "" if cell is None else str(cell)
    return " ".join(text.split())[:200]


def _csv_rows(data: bytes, name: str) -> Iterator[list[Cell]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput([Problem(FIELD, "not_utf8", path=name)]) from None
    first = text.split("\n", 1)[0]
    # Excel with a Russian or Kazakh locale writes ';' between cells; others write ','.
    delimiter = max((",", ";", "\t"), key=first.count)
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for cells in reader:
            if len(cells) > MAX_COLUMNS * 4:
                raise InvalidInput([Problem(FIELD, "too_many_columns", path=name,
                                            count=len(cells), limit=MAX_COLUMNS)])
            yield list(cells)
    except csv.Error as error:
        raise InvalidInput([Problem(FIELD, "malformed_table", path=name,
                                    line=reader.line_num, detail=str(error))]) from None


def _xlsx_rows(data: bytes, name: str) -> Iterator[list[Cell]]:
    # openpyxl parses with defusedxml when it is installed (a dependency for this reason).
    import openpyxl
    buffer = io.BytesIO(data)
    try:
        with zipfile.ZipFile(buffer) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_XLSX_UNPACKED:
                raise InvalidInput([Problem(FIELD, "too_large_to_read", path=name,
                                            limit_kib=MAX_XLSX_UNPACKED // 1024)])
        book = openpyxl.load_workbook(buffer, read_only=True, data_only=True)
    except InvalidInput:
        raise
    except Exception:  # not a zip, or a damaged one: one sentence, never a traceback
        raise InvalidInput([Problem(FIELD, "not_a_spreadsheet", path=name)]) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return
        for cells in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS * 4):
            yield [_typed(cell) for cell in cells]
    except InvalidInput:
        raise
    except Exception:
        raise InvalidInput([Problem(FIELD, "not_a_spreadsheet", path=name)]) from None
    finally:
        book.close()


def _typed(cell: Any) -> Cell:
    """Only the plain types a record's fields come from; anything else becomes text."""
    if cell is None or isinstance(cell, (str, int, float, datetime, date)):
        return cell if not isinstance(cell, bool) else str(cell)
    if isinstance(cell, time):
        return cell.isoformat()
    return str(cell)
