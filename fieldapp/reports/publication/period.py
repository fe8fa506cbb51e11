"""The period a publication covers, named the way the network's bulletins name it ("1st
quarter 2024", "2024"), and the word for the period before it ("the previous quarter")."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from fieldapp.reports.bulletin_text import BulletinText


def parse_day(value: Any) -> date | None:
    """A period bound as a date, or None when absent or not an ISO date (never printed raw)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def month_span(start: date, end: date) -> list[tuple[int, int]]:
    """Every (year, month) from start's month to end's month inclusive."""
    months: list[tuple[int, int]] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month) and len(months) < 1200:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass(frozen=True)
class Period:
    start: date | None
    end: date | None

    @classmethod
    def of(cls, figures: Mapping[str, Any]) -> Period:
        raw = figures.get("period")
        raw = raw if isinstance(raw, Mapping) else {}
        return cls(parse_day(raw.get("from")), parse_day(raw.get("to")))

    @property
    def whole_months(self) -> int | None:
        """How many calendar months it covers when it runs from a 1st to a month's last day."""
        if self.start is None or self.end is None or self.start.day != 1:
            return None
        if self.end.day != calendar.monthrange(self.end.year, self.end.month)[1]:
            return None
        return len(month_span(self.start, self.end))

    @property
    def months(self) -> list[tuple[int, int]]:
        if self.start is None or self.end is None or self.end < self.start:
            return []
        return month_span(self.start, self.end)

    @property
    def kind(self) -> str:
        """quarter, half, year or custom: what the title page and the comparison call it."""
        n, start = self.whole_months, self.start
        if n is None or start is None:
            return "custom"
        if n == 3 and start.month in (1, 4, 7, 10):
            return "quarter"
        if n == 6 and start.month in (1, 7):
            return "half"
        if n == 12 and start.month == 1:
            return "year"
        return "custom"

    def name(self, text: BulletinText) -> str:
        """The period in words, in the language of `text`."""
        kind, start = self.kind, self.start
        if start is not None and kind == "quarter":
            return text("period_quarter", n=text.ordinal((start.month - 1) // 3 + 1),
                        year=start.year)
        if start is not None and kind == "half":
            return text("period_half", n=text.ordinal((start.month - 1) // 6 + 1),
                        year=start.year)
        if start is not None and kind == "year":
            return text("period_year", year=start.year)
        first = text.date(self.start) if self.start else None
        last = text.date(self.end) if self.end else None
        if first and last:
            return text("period_range", start=first, end=last)
        if first:
            return text("period_from", start=first)
        if last:
            return text("period_until", end=last)
        return text("period_all")

    @property
    def longer_than_half_year(self) -> bool:
        return len(self.months) > 6
