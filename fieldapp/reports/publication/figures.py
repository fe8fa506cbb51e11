"""Reading the published figures: typed, bounded, labelled rows. A withheld cell stays None
from here to the page; nothing is summed or derived from cells."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.taxonomy import Taxonomy

CODE_SHAPE = re.compile(r"[a-z0-9][a-z0-9_]{0,63}")
MONTH_SHAPE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
YEAR_SHAPE = re.compile(r"\d{4}")
MAX_NAME = 120  # characters of a locality's or company's name as printed
MAX_ROWS = 500  # rows of one published map that are read


def count(value: Any, where: str) -> int | None:
    """A published count: a non-negative int, or None when withheld."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"published {where} must hold counts or null")
    return value


def counts(figures: Mapping[str, Any], key: str) -> dict[str, int | None]:
    """One published map, checked; an absent map is empty (older figures lack new keys)."""
    raw = figures.get(key)
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise ValueError(f"published {key} must be an object of counts")
    out: dict[str, int | None] = {}
    for name, value in list(raw.items())[:MAX_ROWS]:
        if isinstance(name, str):
            out[name] = count(value, key)
    return out


def clean_name(name: str) -> str:
    """A locality's or company's name as printed: control characters dropped, bounded."""
    text = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    text = " ".join(text.split())
    return text if len(text) <= MAX_NAME else text[: MAX_NAME - 1] + "…"


@dataclass(frozen=True)
class Item:
    code: str
    label: str
    value: int | None


def ranked(items: list[Item]) -> list[Item]:
    """Published counts first, largest first; withheld ones after, by label, so their place
    says nothing about their size."""
    shown = sorted((i for i in items if i.value is not None),
                   key=lambda i: (-(i.value or 0), i.label.casefold()))
    hidden = sorted((i for i in items if i.value is None), key=lambda i: i.label.casefold())
    return shown + hidden


class Labeller:
    """Taxonomy labels in one language; a code not in the vocabulary is printed as itself
    only when shaped like a code, any other key under a neutral "unrecognised" label."""

    def __init__(self, taxonomy: Taxonomy, language: str, unrecognised: str,
                 extra: Mapping[str, str] | None = None) -> None:
        self.taxonomy = taxonomy
        self.language = language
        self.unrecognised = unrecognised
        self.extra = dict(extra or {})

    def __call__(self, vocabulary: str, code: str) -> str:
        if code in self.extra:
            return self.extra[code]
        terms = self.taxonomy[vocabulary]
        if code in terms:
            return terms.label(code, self.language)
        return code if CODE_SHAPE.fullmatch(code) else self.unrecognised

    def block_of(self, threat_type: str) -> str | None:
        terms = self.taxonomy["threat_type"]
        return terms.get(threat_type).block if threat_type in terms else None

    def items(self, published: Mapping[str, int | None], vocabulary: str | None) -> list[Item]:
        """Labelled, ranked items of a map; vocabulary None: the keys are names as published."""
        items = [Item(code, clean_name(code) if vocabulary is None else self(vocabulary, code),
                      value) for code, value in published.items() if value != 0]
        return ranked(items)


def month_of(key: str) -> tuple[int, int] | None:
    match = MONTH_SHAPE.fullmatch(key)
    return (int(match.group(1)), int(match.group(2))) if match else None


def months(published: Mapping[str, int | None]) -> dict[tuple[int, int], int | None]:
    out: dict[tuple[int, int], int | None] = {}
    for key, value in published.items():
        month = month_of(key)
        if month is not None:
            out[month] = value
    return out
