"""Periods a coordinator publishes for: the shorthands of `--period` (2024, 2024-H2,
2024-Q1), their kind, and the period of equal length just before one (`--compare`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from fieldapp.errors import InvalidInput, Problem
from fieldapp.reports.statistics import ReportFilters
from fieldapp.reports.tally import month_index, month_label

# A year, a half-year, a quarter or a month: 2024, 2024-H2, 2024-Q1, 2024-03.
_SHORTHAND = re.compile(r"(\d{4})(?:-(?:([Hh])([12])|([Qq])([1-4])|(0[1-9]|1[0-2])))?")
#: The figures `change` compares with the period before.
CHANGED = ("threats", "persons", "cases", "recourses")
MIN_YEAR, MAX_YEAR = 1900, 2999


def period_months(text: str) -> tuple[str, str]:
    """'2024' -> ('2024-01', '2024-12'); '2024-H2' -> ('2024-07', '2024-12');
    '2024-Q1' -> ('2024-01', '2024-03'); '2024-03' -> ('2024-03', '2024-03').
    InvalidInput for anything else."""
    match = _SHORTHAND.fullmatch(text.strip()) if len(text) <= 16 else None
    if match is None or not MIN_YEAR <= int(match.group(1)) <= MAX_YEAR:
        raise InvalidInput([Problem("period", "bad_period", value=text[:16])])
    year, _, half, _, quarter, month = match.groups()
    if half:
        first, length = 6 * int(half) - 5, 6
    elif quarter:
        first, length = 3 * int(quarter) - 2, 3
    elif month:
        first, length = int(month), 1
    else:
        first, length = 1, 12
    return f"{year}-{first:02d}", f"{year}-{first + length - 1:02d}"


def with_period(filters: ReportFilters, period: str | None) -> ReportFilters:
    """The filters with `--period` turned into their --from and --to (not both ways at once)."""
    if period is None:
        return filters
    if filters.date_from is not None or filters.date_to is not None:
        raise InvalidInput([Problem("period", "period_with_dates")])
    first, last = period_months(period)
    return replace(filters, date_from=first, date_to=last)


def previous(filters: ReportFilters) -> ReportFilters:
    """The same filters over the whole months of equal number just before the period.
    Needs a period with both ends (checked dates: statistics.check_filters)."""
    if filters.date_from is None or filters.date_to is None:
        raise InvalidInput([Problem("compare", "compare_needs_period")])
    first, last = month_index(filters.date_from), month_index(filters.date_to)
    length = last - first + 1
    return replace(filters, date_from=month_label(first - length),
                   date_to=month_label(first - 1))


def kind_of(filters: ReportFilters) -> str:
    """quarter, half, year or custom: what a period of whole months is."""
    if filters.date_from is None or filters.date_to is None:
        return "custom"
    first, last = month_index(filters.date_from), month_index(filters.date_to)
    start_month, length = first % 12 + 1, last - first + 1
    for kind, size in (("quarter", 3), ("half", 6), ("year", 12)):
        if length == size and (start_month - 1) % size == 0:
            return kind
    return "custom"


def change(current: dict[str, Any], before: dict[str, Any]) -> dict[str, float | None]:
    """Each compared figure as a ratio to the period before; None when that was zero."""
    return {key: (current[key] / before[key] if before[key] else None) for key in CHANGED}


def report_with_previous(compute: Any, filters: ReportFilters) -> dict[str, Any]:
    """`compute(filters)`'s report with "previous" (the same figures for the period of equal
    length just before) and "change" (CHANGED as ratios to it)."""
    before_filters = previous(filters)
    current = compute(filters)
    before = compute(before_filters)
    return {**current, "previous": before, "change": change(current, before)}
