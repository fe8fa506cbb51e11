"""How the statistics tell persons and perpetrators apart, computed once when a record is
written (the vault keeps these facts beside the record so a report never parses content)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

UNKNOWN_GENDER = "unknown"


def fold_alias(alias: Any) -> str:
    """How victims are told apart: case-insensitive (any script), spaces trimmed."""
    return " ".join(str(alias or "").split()).casefold()


def known_gender(genders: Iterable[Any]) -> str:
    """A person's gender over every mention: the smallest known code, else "unknown"."""
    known = [g for g in genders if g is not None and g != UNKNOWN_GENDER]
    return min(known) if known else UNKNOWN_GENDER


def victim_facts(persons: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(folded alias, gender) once per person named; a blank alias names nobody."""
    genders: dict[str, list[Any]] = {}
    for person in persons:
        alias = fold_alias(person.get("alias"))
        if alias:
            genders.setdefault(alias, []).append(person.get("gender"))
    return sorted((alias, known_gender(mentions)) for alias, mentions in genders.items())


def perpetrator_facts(perpetrators: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """The distinct (kind, body) pairs of a record's perpetrators, sorted: what the report
    counts by kind and by state body."""
    pairs = {(p.get("kind"), p.get("body")) for p in perpetrators}
    return [list(pair) for pair in sorted(pairs, key=lambda pair: (str(pair[0]), str(pair[1])))]
