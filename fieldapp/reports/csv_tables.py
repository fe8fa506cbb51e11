"""The report as CSV tables for analysts: one file per figure, each naming its counting unit.

Every file starts with comment lines (`# unit: ...`, `# period: ...`) and its header names
the unit as the count column, so a figure never travels without its unit.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.reports.statistics import (
    KEY_NAMES,
    KEY_VOCABULARIES,
    MAPS,
    SCALARS,
    UNIT_DEFINITIONS,
    UNITS,
)

SUMMARY = "summary.csv"


def write_tables(report: dict[str, Any], directory: Path, taxonomy: Taxonomy) -> list[Path]:
    """Write summary.csv and one <figure>.csv per map into directory; return the paths."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    scalar_units = sorted({UNITS[name] for name in SCALARS})
    written = [_write(directory / SUMMARY, comments(report, scalar_units), summary_table(report))]
    for name in MAPS:
        written.append(_write(directory / f"{name}.csv", comments(report, [UNITS[name]]),
                              map_table(report, name, taxonomy)))
    return written


def comments(report: dict[str, Any], units: list[str]) -> list[str]:
    """The lines above a table's header: its units, defined, and the period."""
    period = report["period"]
    lines = [f"# unit: {unit}: {UNIT_DEFINITIONS[unit]}" for unit in units]
    lines.append(f"# period: {period['from'] or 'any'} to {period['to'] or 'any'}")
    return lines


def summary_table(report: dict[str, Any]) -> list[list[str]]:
    """Rows of summary.csv (below its comments): the period and the single figures."""
    rows = [["figure", "value", "unit"]]
    rows.append(["period_from", report["period"]["from"] or "", ""])
    rows.append(["period_to", report["period"]["to"] or "", ""])
    rows += [[name, str(report[name]), UNITS[name]] for name in SCALARS]
    return rows


def map_table(report: dict[str, Any], name: str, taxonomy: Taxonomy) -> list[list[str]]:
    """Rows of one figure's table (below its comments): key, English label, count."""
    unit = UNITS[name]
    vocabulary = KEY_VOCABULARIES.get(name)
    if vocabulary is None:
        return [[KEY_NAMES[name], unit], *([key, str(count)]
                                           for key, count in report[name].items())]
    vocab = taxonomy[vocabulary]
    return [[KEY_NAMES[name], "label", unit],
            *([key, vocab.label(key, "en"), str(count)] for key, count in report[name].items())]


def _write(path: Path, comment_lines: list[str], rows: list[list[str]]) -> Path:
    """Write beside the target, then rename: a reader never sees half a table."""
    buffer = io.StringIO()
    buffer.writelines(line + "\n" for line in comment_lines)
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    temporary = path.with_name(f".{path.name}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    return path
