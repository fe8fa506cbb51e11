"""The persons and the places of a report, counted in Python by both ways of computing it
(indexed.py and the general temporary-table path), so they count alike.

Persons: each mention is a folded alias with the gender and category it is given and the
region and sectors of the threat that names it (or, for a threat naming nobody, of the
threat whose case names it). A person counts once overall and once in each sector and
region where a threat names them; their gender is the smallest known code and their
category the smallest one given ("unspecified" when none is).

Places: a threat counts once under its locality and once under each company or bank it
names, names folded (domain/places.py) and shown under their most frequent spelling.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from fieldapp.domain.persons import UNKNOWN_GENDER, fold_alias, victim_facts
from fieldapp.domain.places import fold_company, fold_place, shown_names
from fieldapp.reports.tally import Row
from fieldapp.store.database import Connection

CASE_PERSONS = """
SELECT coalesce(m.merged_into, c.id), json_extract(p.value, '$.alias'),
       json_extract(p.value, '$.gender'), json_extract(p.value, '$.category')
FROM cases AS c JOIN case_versions AS cv ON cv.id = c.head
     LEFT JOIN case_merges AS m ON m.case_id = c.id, json_each(cv.content, '$.persons') AS p
WHERE cv.content IS NOT NULL
"""

UNSPECIFIED = "unspecified"  # the category of a person given none

#: (folded alias, gender, category or None, region code, sectors as JSON text)
Mention = tuple[str, str, "str | None", str, str]


def person_rows(mentions: Iterable[Mention], regions: Mapping[str, str]) -> list[Row]:
    """persons, by_gender, by_category, persons_by_sector and persons_by_region.
    `regions` maps a historical region code to the one it is reported as. (One plain loop:
    measured faster here than sets of tuples built by map and itemgetter.)"""
    genders: dict[str, str] = {}
    categories: dict[str, str] = {}
    places: dict[tuple[str, str], set[str]] = {}
    for alias, gender, category, region, sectors in mentions:
        known = genders.get(alias)
        if known is None or (gender != UNKNOWN_GENDER
                             and (known == UNKNOWN_GENDER or gender < known)):
            genders[alias] = gender
        if category and (alias not in categories or category < categories[alias]):
            categories[alias] = category
        places.setdefault((region, sectors), set()).add(alias)
    by_sector: dict[str, set[str]] = {}
    by_region: dict[str, set[str]] = {}
    for (region, sectors), aliases in places.items():
        by_region.setdefault(regions.get(region, region), set()).update(aliases)
        for sector in set(json.loads(sectors)):
            by_sector.setdefault(sector, set()).update(aliases)
    by_category = Counter(categories.get(alias, UNSPECIFIED) for alias in genders)
    return ([("persons", None, len(genders))]
            + [("by_gender", gender, n) for gender, n in Counter(genders.values()).items()]
            + [("by_category", category, n) for category, n in by_category.items()]
            + [("persons_by_sector", sector, len(a)) for sector, a in by_sector.items()]
            + [("persons_by_region", region, len(a)) for region, a in by_region.items()])


def place_rows(places: Iterable[tuple[str, str, int]]) -> list[Row]:
    """by_locality and by_company from (locality, companies as JSON text, threats) groups."""
    localities: Counter[str] = Counter()
    companies: Counter[str] = Counter()
    spellings: list[tuple[str, str, int]] = []
    company_spellings: list[tuple[str, str, int]] = []
    for locality, company_list, n in places:
        key = fold_place(locality) if locality else ""
        if key:
            localities[key] += n
            spellings.append((key, locality, n))
        named: dict[str, str] = {}
        for name in json.loads(company_list):
            folded = fold_company(name)
            if folded:
                named.setdefault(folded, name)
                company_spellings.append((folded, name, n))
        for folded in named:
            companies[folded] += n
    return (_shown("by_locality", localities, spellings)
            + _shown("by_company", companies, company_spellings))


def _shown(figure: str, counts: Counter[str], spellings: list[tuple[str, str, int]]) -> list[Row]:
    """Each key's count under its most frequent spelling (a spelling folds to one key)."""
    names = shown_names(spellings)
    return [(figure, names[key], n) for key, n in counts.items()]


class CasePersons:
    """The persons of the cases' heads by merged group, read once (cases are few) and only
    if a record of the report takes its case's persons."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._by_group: dict[str, list[tuple[str, Any, Any]]] | None = None

    def of_group(self, group: str) -> list[tuple[str, Any, Any]]:
        """(folded alias, gender, category) of each person of the cases of a merged group."""
        if self._by_group is None:
            self._by_group = {}
            for case_group, alias, gender, category in self._conn.execute(CASE_PERSONS):
                folded = fold_alias(alias)
                if folded:
                    self._by_group.setdefault(case_group, []).append(
                        (folded, gender or UNKNOWN_GENDER, category))
        return self._by_group.get(group, [])

    def of(self, case_groups: set[str]) -> set[str]:
        """The folded aliases of every case of these groups."""
        return {alias for group in case_groups for alias, _, _ in self.of_group(group)}


def listed_mentions(threats: Iterable[tuple[Any, Any, Any, Any]],
                    case_persons: CasePersons) -> Iterator[Mention]:
    """Mentions from (region, sectors, victims as JSON text, case group) rows: a threat's
    own victims, or, when its list is empty, its case group's persons."""
    parsed: dict[Any, tuple[bool, list[tuple[str, str, str | None]]]] = {}
    for region, sectors, victims, group in threats:
        if victims not in parsed:
            listed = json.loads(victims) if victims else []
            parsed[victims] = (bool(listed), victim_facts(listed))
        lists_persons, named = parsed[victims]
        # A threat listing persons names them (even if every alias is blank); one listing
        # nobody takes its case's persons.
        persons = named if lists_persons or group is None else case_persons.of_group(group)
        for alias, gender, category in persons:
            yield alias, gender, category, region, sectors
