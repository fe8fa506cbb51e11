"""Retired codes: valid where they already are, refused where a user would newly put them.

A new record (or case) naming a retired code is refused, naming the code; an edit may keep a
retired code the record already held in that field, but cannot put a retired code there
anew. A historical name is not refused: a retired code reported as another (the 14-oblast
map's south_kazakhstan, reported as turkistan) names a place as it was called when a past
threat happened, and records of that time still use it (domain.md).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import Problem

# (field, vocabulary, key within each list item or None): the coded parts of a record or a
# case (a case's persons are checked like a record's victims).
_CODED = (
    ("region", "region", None), ("threat_type", "threat_type", None),
    ("outcome", "outcome", None), ("sectors", "sector", None),
    ("legal_articles", "legal_article", None),
    ("perpetrators", "perpetrator_kind", "kind"), ("perpetrators", "state_body", "body"),
    ("victims", "victim_gender", "gender"), ("victims", "victim_category", "category"),
    ("persons", "victim_gender", "gender"), ("persons", "victim_category", "category"),
)


def _codes(data: Mapping[str, Any], field: str,
           key: str | None) -> Iterator[tuple[str, Any]]:
    """(where, code) for each code of a field: 'region', 'sectors[1]', 'victims[0].gender'."""
    value = data.get(field)
    if isinstance(value, list):
        for i, item in enumerate(value):
            if key is None:
                yield f"{field}[{i}]", item
            elif isinstance(item, Mapping):
                yield f"{field}[{i}].{key}", item.get(key)
    elif key is None:
        yield field, value


def retired_problems(data: Mapping[str, Any], taxonomy: Taxonomy,
                     before: Mapping[str, Any] | None = None,
                     index: int | None = None) -> list[Problem]:
    """A problem for each retired code `data` puts where `before` (the version edited, if
    any) did not already hold it."""
    problems = []
    for field, vocabulary, key in _CODED:
        held = {code for _, code in _codes(before, field, key)} if before else set()
        terms = taxonomy[vocabulary]
        for where, code in _codes(data, field, key):
            term = terms.get(code) if isinstance(code, str) and code in terms else None
            if term is not None and term.retired and term.reported_as is None \
                    and code not in held:
                problems.append(Problem(where, "retired_code", index, value=code,
                                        allowed=", ".join(terms.codes(include_retired=False))))
    return problems
