"""The comparison with the previous period in words, as the bulletins write it: "3.0 times
as many as the previous quarter", "half as many", "20% fewer"."""

from __future__ import annotations

from fieldapp.reports.bulletin_text import BulletinText


def decimal(value: float, language: str) -> str:
    """One decimal, with the decimal comma in Russian and Kazakh."""
    text = f"{value:.1f}"
    return text if language == "en" else text.replace(".", ",")


def change_text(text: BulletinText, ratio: float, previous: str, language: str) -> str:
    """`ratio` (current / previous, published) worded against `previous` ("the previous
    quarter", in the case the language's phrase needs)."""
    if ratio < 0:
        return "—"
    if ratio >= 1.5:
        return text("change_times", r=decimal(ratio, language), prev=previous)
    if ratio > 1.0:
        return text("change_more", p=max(1, round((ratio - 1) * 100)), prev=previous)
    if ratio == 1.0:
        return text("change_same", prev=previous)
    if 0.45 <= ratio <= 0.55:
        return text("change_half", prev=previous)
    return text("change_fewer", p=max(1, round((1 - ratio) * 100)), prev=previous)
