"""Turning the counts of a report into publishable cells: labelled, ordered, suppressed.

A cell whose count is below the threshold K carries no value at all (``value is None``), so
no chart or table built from it can print or draw the exact count. Labels come only from
the taxonomy; a key that is not a known code is shown as the code when it looks like one,
and otherwise under a neutral "unrecognised" label, so stray text can never be printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.taxonomy import Vocabulary

CODE_SHAPE = re.compile(r"[a-z0-9][a-z0-9_]{0,63}")
MONTH_SHAPE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


@dataclass(frozen=True)
class Cell:
    """One published figure: its label and its count, or None when the count is suppressed."""

    label: str
    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None


def count_of(value: Any, where: str) -> int:
    """A report count, checked: a non-negative integer (bool is not a count)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"report {where} must hold non-negative integer counts")
    return value


def publish(count: int, min_cell: int) -> int | None:
    """The count as it may be published: None when it is at least 1 and below min_cell."""
    return None if 0 < count < min_cell else count


def format_count(value: int | None, min_cell: int, language: str) -> str:
    """A count as printed: "<K" when suppressed, thousands grouped as the language writes them."""
    if value is None:
        return f"<{min_cell}"
    text = f"{value:,}"
    return text if language == "en" else text.replace(",", "\u00a0")


def category_cells(
    counts: Mapping[str, Any],
    where: str,
    label_of: Callable[[str], str | None],
    unrecognised: str,
    min_cell: int,
) -> list[Cell]:
    """The cells of one breakdown, published ones by count, then suppressed ones by label.

    ``label_of`` gives the label of a key it knows, or None. Keys it does not know are shown
    as themselves only when shaped like a code; any other key is merged into one
    ``unrecognised`` cell. Zero counts are left out. Suppressed cells come last and in label
    order, so their position reveals nothing about their exact size.
    """
    totals: dict[str, int] = {}
    for key, raw in counts.items():
        count = count_of(raw, where)
        if count == 0:
            continue
        label = label_of(key) if isinstance(key, str) else None
        if label is None:
            label = key if isinstance(key, str) and CODE_SHAPE.fullmatch(key) else unrecognised
        totals[label] = totals.get(label, 0) + count
    shown = [Cell(label, n) for label, n in totals.items() if publish(n, min_cell) is not None]
    hidden = [Cell(label, None) for label, n in totals.items() if publish(n, min_cell) is None]
    shown.sort(key=lambda c: (-(c.value or 0), c.label.casefold()))
    hidden.sort(key=lambda c: c.label.casefold())
    return shown + hidden


def vocabulary_labeller(vocabulary: Vocabulary, language: str) -> Callable[[str], str | None]:
    """Labels from one taxonomy vocabulary in one language; None for a code it lacks."""

    def label_of(code: str) -> str | None:
        return vocabulary.label(code, language) if code in vocabulary else None

    return label_of


def month_key(key: object) -> tuple[int, int] | None:
    """(year, month) for a "YYYY-MM" key, else None."""
    if not isinstance(key, str):
        return None
    match = MONTH_SHAPE.fullmatch(key)
    return (int(match.group(1)), int(match.group(2))) if match else None
