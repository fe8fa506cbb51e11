"""The published figures as CSV tables for analysts: one file per figure, each naming its unit.

Every file starts with comment lines (`# unit: ...`, `# period: ...`, `# withheld: ...`) and
its header names the unit as the count column, so a figure never travels without its unit.
Only the published form of the figures (reports/published.py) is written: a withheld count
is `x`, and localities or companies below the threshold are not listed at all.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.reports.published import DROPPED_MAPS, PUBLISHED_MAPS, PUBLISHED_SCALARS
from fieldapp.reports.statistics import (
    KEY_NAMES,
    KEY_VOCABULARIES,
    MAPS,
    UNIT_DEFINITIONS,
    UNITS,
)
from fieldapp.store import files

SUMMARY = "summary.csv"
WITHHELD = "x"
# Every table a published report may hold, in the order they are written.
TABLES = tuple(dict.fromkeys((*MAPS, *PUBLISHED_MAPS)))
# A spreadsheet runs a cell starting with these as a formula; names are written as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_tables(published: Mapping[str, Any], directory: Path,
                 taxonomy: Taxonomy) -> list[Path]:
    """Write summary.csv and one <figure>.csv per map of `published` (publish_report's
    output) into directory; return the paths. Raw figures are refused: a table never shows
    a count that was not through suppression."""
    if "min_cell" not in published:
        raise ValueError("write_tables takes published figures (see publish_report)")
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    units = sorted({UNITS[name] for name in PUBLISHED_SCALARS if name in published})
    written = [_write(directory / SUMMARY, comments(published, units), summary_table(published))]
    for name in TABLES:
        if isinstance(published.get(name), Mapping):
            written.append(_write(directory / f"{name}.csv",
                                  comments(published, [UNITS[name]], name),
                                  map_table(published, name, taxonomy)))
    return written


def comments(published: Mapping[str, Any], units: list[str], name: str = "") -> list[str]:
    """The lines above a table's header: its units, defined, the period and what `x` (or a
    missing name) means."""
    period = published["period"]
    k = published["min_cell"]
    lines = [f"# unit: {unit}: {UNIT_DEFINITIONS[unit]}" for unit in units]
    lines.append(f"# period: {period['from'] or 'any'} to {period['to'] or 'any'}")
    lines.append(f"# withheld: {WITHHELD} marks a count below {k}, or one withheld so that"
                 f" such a count cannot be worked out from the totals and the other counts")
    if name in DROPPED_MAPS:
        lines.append(f"# left out: every {KEY_NAMES[name]} counted fewer than {k} times")
    return lines


def summary_table(published: Mapping[str, Any]) -> list[list[str]]:
    """Rows of summary.csv (below its comments): the period and the single figures; then,
    when compared, the previous period's and the ratios of the two."""
    rows = [["figure", "value", "unit"], *_summary_rows(published, "")]
    previous = published.get("previous")
    if isinstance(previous, Mapping):
        rows += _summary_rows(previous, "previous_")
        for name, ratio in (published.get("change") or {}).items():
            rows.append([f"change_{name}", _ratio(ratio, previous.get(name)),
                         "ratio to previous"])
    return rows


def _ratio(ratio: float | None, previous: int | None) -> str:
    """A change as written: empty when the previous period counted none (no ratio), x when
    either side is withheld."""
    if ratio is not None:
        return f"{ratio:.2f}"
    return "" if previous == 0 else WITHHELD


def _summary_rows(figures: Mapping[str, Any], prefix: str) -> list[list[str]]:
    rows = [[f"{prefix}period_from", figures["period"]["from"] or "", ""],
            [f"{prefix}period_to", figures["period"]["to"] or "", ""]]
    rows += [[prefix + name, _count(figures[name]), UNITS[name]]
             for name in PUBLISHED_SCALARS if name in figures]
    return rows


def map_table(published: Mapping[str, Any], name: str, taxonomy: Taxonomy) -> list[list[str]]:
    """Rows of one figure's table (below its comments): key, English label, count."""
    unit = UNITS[name]
    vocabulary = KEY_VOCABULARIES.get(name)
    counts: Mapping[str, int | None] = published[name]
    if vocabulary is None:
        return [[KEY_NAMES[name], unit],
                *([_text(key), _count(count)] for key, count in counts.items())]
    vocab = taxonomy[vocabulary]
    return [[KEY_NAMES[name], "label", unit],
            *([_text(key), _text(vocab.label(key, "en")), _count(count)]
              for key, count in counts.items())]


def _count(value: int | None) -> str:
    return WITHHELD if value is None else str(value)


def _text(value: str) -> str:
    """A name as text a spreadsheet will not run as a formula."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _write(path: Path, comment_lines: list[str], rows: list[list[str]]) -> Path:
    """Write beside the target, then rename: a reader never sees half a table."""
    buffer = io.StringIO()
    buffer.writelines(line + "\n" for line in comment_lines)
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    # On Windows the old table may be open in a spreadsheet: retried, then a clear error.
    files.write_replacing(path, buffer.getvalue().encode("utf-8"))
    return path
