"""Dates as people write them: DD.MM.YYYY and MM.YYYY beside ISO, shown in each language's
form, and always stored as ISO."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.domain.dates import format_date_range, format_user_date, parse_user_date
from fieldapp.domain.record import parse_partial_date

days = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))
languages = st.sampled_from(["en", "ru", "kk"])


@pytest.mark.parametrize(("written", "stored"), [
    ("05.03.2024", "2024-03-05"),
    ("5.3.2024", "2024-03-05"),
    (" 31.12.2023 ", "2023-12-31"),
    ("03.2024", "2024-03"),
    ("3.2024", "2024-03"),
    ("2024-03-05", "2024-03-05"),
    ("2024-03", "2024-03"),
    ("29.02.2024", "2024-02-29"),
])
def test_the_forms_people_write_are_stored_as_iso(written: str, stored: str) -> None:
    assert parse_user_date(written) == stored


@pytest.mark.parametrize("written", [
    "", "   ", "yesterday", "31.02.2024", "29.02.2023", "13.2024", "00.03.2024", "05.03.24",
    "2024-3-5", "2024/03/05", "05/03/2024", "05.03.2024.", "05..2024", "٠٥.٠٣.٢٠٢٤",
    "2024-03-05T10:00", "2024-03-00", "1" * 10_000,
])
def test_what_is_not_a_date_is_refused(written: str) -> None:
    assert parse_user_date(written) is None


@given(days, languages)
def test_a_day_shown_in_any_language_reads_back_as_the_same_day(day: date,
                                                                 language: str) -> None:
    iso = day.isoformat()
    shown = format_user_date(iso, language)
    assert parse_user_date(shown) == iso
    assert shown == (day.strftime("%d.%m.") + f"{day.year:04d}"
                     if language in ("ru", "kk") else iso)


@given(days, languages)
def test_a_month_shown_in_any_language_reads_back_as_the_same_month(day: date,
                                                                    language: str) -> None:
    iso = day.isoformat()[:7]
    shown = format_user_date(iso, language)
    assert parse_user_date(shown) == iso
    assert shown == (f"{day.month:02d}.{day.year:04d}" if language != "en" else iso)


@given(st.text(max_size=40))
def test_whatever_is_typed_gives_a_stored_date_or_nothing(text: str) -> None:
    parsed = parse_user_date(text)
    assert parsed is None or parse_partial_date(parsed) is not None
    if parsed is not None:  # and an accepted date is stable
        assert parse_user_date(parsed) == parsed


def test_a_range_is_shown_with_a_dash_and_a_single_date_alone() -> None:
    assert format_date_range("2024-03-05", "2024-04", "ru") == "05.03.2024 – 04.2024"
    assert format_date_range("2024-03-05", None, "kk") == "05.03.2024"
    assert format_date_range("2024-03-05", "2024-04", "en") == "2024-03-05 – 2024-04"


def test_text_that_is_no_iso_date_is_shown_as_it_is() -> None:
    assert format_user_date("sometime", "ru") == "sometime"
