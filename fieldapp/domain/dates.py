"""Dates as people write them, and as the record stores them.

A record holds ISO dates (`2024-03-05`, or `2024-03` when the day is unknown). People in
Kazakhstan write `05.03.2024` and `03.2024`; the window accepts either and shows each
language's own form. Pure functions: the window and any other face share them.
"""

from __future__ import annotations

import re

from fieldapp.domain.record import parse_partial_date

# Languages that write a date day first, with dots (the rest see ISO).
DOTTED_LANGUAGES = frozenset({"ru", "kk"})
# Longer than any date: such text is refused before a pattern looks at it.
MAX_DATE_TEXT = 32

# ASCII digits only (`\d` takes other scripts' digits too). The dotted form takes one or two
# digits for the day and month, as people write them (5.3.2024).
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?")
_DOTTED = re.compile(r"(?:([0-9]{1,2})\.)?([0-9]{1,2})\.([0-9]{4})")


def parse_user_date(text: str) -> str | None:
    """`DD.MM.YYYY`, `MM.YYYY`, `YYYY-MM-DD` or `YYYY-MM` (spaces around ignored) -> the ISO
    date the record stores; None if the text is not a real date in one of those forms."""
    text = text.strip()
    if len(text) > MAX_DATE_TEXT:
        return None
    iso = _ISO.fullmatch(text)
    if iso is not None:
        year, month, day = iso.group(1), iso.group(2), iso.group(3)
    else:
        dotted = _DOTTED.fullmatch(text)
        if dotted is None:
            return None
        day, month, year = dotted.group(1), dotted.group(2), dotted.group(3)
    if day is not None and int(day) == 0:
        return None  # parse_partial_date reads a day 00 as the month's first
    value = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day is not None else "")
    return value if parse_partial_date(value) is not None else None


def format_user_date(iso: str, language: str) -> str:
    """An ISO date as `language` writes it: `05.03.2024` / `03.2024` in ru and kk, ISO in
    English. Text that is not an ISO date is returned as it is."""
    parsed = parse_partial_date(iso)
    if parsed is None or language not in DOTTED_LANGUAGES:
        return iso
    year, month, day = parsed
    return f"{month:02d}.{year:04d}" if day is None else f"{day:02d}.{month:02d}.{year:04d}"


def format_date_range(start: str, end: str | None, language: str) -> str:
    """`a – b` for a continuing threat, `a` alone otherwise, each in the language's form."""
    shown = format_user_date(start, language)
    return f"{shown} – {format_user_date(end, language)}" if end else shown
