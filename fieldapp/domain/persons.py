"""How the statistics tell persons and perpetrators apart, computed once when a record is
written (the vault keeps these facts beside the record so a report never parses content)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

UNKNOWN_GENDER = "unknown"
#: The perpetrator kinds a report ranks by name (`by_company`).
COMPANY_KINDS = ("company", "bank")


def fold_alias(alias: Any) -> str:
    """How victims are told apart: case-insensitive (any script), spaces trimmed."""
    return " ".join(str(alias or "").split()).casefold()


def known_gender(genders: Iterable[Any]) -> str:
    """A person's gender over every mention: the smallest known code, else "unknown"."""
    known = [g for g in genders if g is not None and g != UNKNOWN_GENDER]
    return min(known) if known else UNKNOWN_GENDER


def known_category(categories: Iterable[Any]) -> str | None:
    """A person's defender category over every mention: the smallest one given, else None."""
    given = [c for c in categories if isinstance(c, str) and c]
    return min(given) if given else None


def victim_facts(persons: Iterable[Mapping[str, Any]]) -> list[tuple[str, str, str | None]]:
    """(folded alias, gender, category) once per person named; a blank alias names nobody."""
    mentions: dict[str, list[Mapping[str, Any]]] = {}
    for person in persons:
        alias = fold_alias(person.get("alias"))
        if alias:
            mentions.setdefault(alias, []).append(person)
    return sorted((alias, known_gender(p.get("gender") for p in told),
                   known_category(p.get("category") for p in told))
                  for alias, told in mentions.items())


def company_names(perpetrators: Iterable[Mapping[str, Any]]) -> list[str]:
    """The distinct names of a record's perpetrators of kind company or bank, as written
    (spacing tidied), sorted: what the report counts by company."""
    names = {" ".join(str(p.get("name") or "").split()) for p in perpetrators
             if p.get("kind") in COMPANY_KINDS}
    return sorted(name for name in names if name)


def perpetrator_facts(perpetrators: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """The distinct (kind, body) pairs of a record's perpetrators, sorted: what the report
    counts by kind and by state body."""
    pairs = {(p.get("kind"), p.get("body")) for p in perpetrators}
    return [list(pair) for pair in sorted(pairs, key=lambda pair: (str(pair[0]), str(pair[1])))]
