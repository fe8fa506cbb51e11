"""Office statistics computed in SQL, each figure in a stated counting unit (domain.md).

Every figure is over the current version of records that are neither deleted nor purged.
A group of records a coordinator linked as one incident counts once: within the records a
report selects, only the group member with the smallest record id is counted.

Threats belong to the period when any of their months falls in it; recourses (records with a
positive outcome) when the month of the outcome does (`outcome_on`, or the record's own
`occurred_on` when it has none), so a 2017 detention released in 2019 is a 2019 recourse.
A record in a case takes the case's persons unless it names its own (docs/cases.md).
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from typing import Any, Protocol

from fieldapp.domain.persons import fold_alias  # noqa: F401 - also named here
from fieldapp.domain.record import parse_partial_date
from fieldapp.domain.taxonomy import Taxonomy, load_default
from fieldapp.errors import InvalidInput, Problem
from fieldapp.reports import indexed
from fieldapp.reports import statistics_sql as sql
from fieldapp.reports.people_places import CasePersons, listed_mentions, person_rows, place_rows
from fieldapp.reports.tally import month_index, threat_rows
from fieldapp.store.database import Connection

# The figures of a report, in the order `report --json` prints them.
SCALARS = ("threats", "persons", "resolved", "cases", "recourses", "recourse_persons")
MAPS = ("by_month", "by_year", "by_sector", "by_region", "by_locality", "by_block", "by_type",
        "by_perpetrator", "by_state_body", "by_company", "by_gender", "by_category",
        "persons_by_sector", "persons_by_region", "by_outcome", "recourses_by_type",
        "by_legal_article")
KEYS = ("period", "threats", "persons", "by_month", "by_year", "by_sector", "by_region",
        "by_locality", "by_block", "by_type", "by_perpetrator", "by_state_body", "by_company",
        "by_gender", "by_category", "persons_by_sector", "persons_by_region", "by_outcome",
        "resolved", "cases", "recourses", "recourses_by_type", "recourse_persons",
        "by_legal_article")

# The counting unit of every figure (a key of UNIT_DEFINITIONS).
UNITS: dict[str, str] = {
    "threats": "threats",
    "persons": "persons",
    "by_month": "threat-months",
    "by_year": "threat-months",
    "by_sector": "threat-sectors",
    "by_region": "threats",
    "by_locality": "threats",
    "by_company": "threats",
    "by_category": "persons",
    "persons_by_sector": "persons",
    "persons_by_region": "persons",
    "by_block": "threats",
    "by_type": "threats",
    "by_perpetrator": "threats",
    "by_state_body": "threats",
    "by_gender": "persons",
    "by_outcome": "threats",
    "resolved": "threats",
    "cases": "cases",
    "recourses": "recourses",
    "recourses_by_type": "recourses",
    "recourse_persons": "persons",
    "by_legal_article": "threat-articles",
}

# What each unit counts, in English (the bulletin translates its own methodology note).
UNIT_DEFINITIONS: dict[str, str] = {
    "threats": "distinct records (one incident; records linked as duplicates count once)",
    "threat-months": "a record counted once in each calendar month from occurred_on to"
                     " occurred_until inclusive (one month if no end date); months outside"
                     " the period are left out",
    "threat-sectors": "a record counted once in each of its sectors",
    "persons": "distinct victims, identified by alias (case-insensitive, spaces trimmed)"
               " across the selected records; a record with no victims of its own takes the"
               " persons of its case (of every case of a merged group); a person's gender is"
               " the known one",
    "cases": "distinct cases with a threat among the selected records; cases merged into one"
             " count once",
    "recourses": "records with a positive outcome dated in the period, by outcome_on or, when"
                 " the record has none, by its occurred_on; records linked as duplicates"
                 " count once",
    "threat-articles": "a record counted once under each legal article it cites",
}

# What each map's keys are (the CSV tables name their first column with it).
KEY_NAMES: dict[str, str] = {
    "by_month": "month", "by_sector": "sector", "by_region": "region", "by_block": "block",
    "by_type": "threat_type", "by_perpetrator": "perpetrator_kind",
    "by_state_body": "state_body", "by_gender": "gender", "by_outcome": "outcome",
    "recourses_by_type": "outcome", "by_legal_article": "legal_article", "by_year": "year",
    "by_locality": "locality", "by_company": "company", "by_category": "category",
    "persons_by_sector": "sector", "persons_by_region": "region",
}
# The vocabulary a map's keys come from (by_month, by_year, by_locality and by_company have
# none: dates and names as written).
KEY_VOCABULARIES: dict[str, str] = {
    "by_sector": "sector", "by_region": "region", "by_block": "threat_block",
    "by_type": "threat_type", "by_perpetrator": "perpetrator_kind",
    "by_state_body": "state_body", "by_gender": "victim_gender", "by_outcome": "outcome",
    "recourses_by_type": "outcome", "by_legal_article": "legal_article",
    "by_category": "victim_category", "persons_by_sector": "sector",
    "persons_by_region": "region",
}


@dataclass(frozen=True)
class ReportFilters:
    """What a report covers; every part is optional. Dates are YYYY-MM or YYYY-MM-DD."""

    date_from: str | None = None
    date_to: str | None = None
    region: str | None = None
    sector: str | None = None
    observer: str | None = None  # an author fingerprint or an enrolled peer's name


class VaultLike(Protocol):
    """An unlocked session: the connection and the vocabulary (services.Session fits)."""

    @property
    def conn(self) -> Connection: ...

    @property
    def taxonomy(self) -> Taxonomy: ...


def check_filters(conn: Connection, filters: ReportFilters, taxonomy: Taxonomy) -> None:
    """Raise InvalidInput naming every bad filter (and, for a code, the allowed codes)."""
    problems = [*_date_problems(filters)]
    for option, vocabulary, value in (("region", "region", filters.region),
                                      ("sector", "sector", filters.sector)):
        vocab = taxonomy[vocabulary]
        if value is not None and value not in vocab:
            allowed = ", ".join(vocab.codes(include_retired=False))
            problems.append(Problem(option, "unknown_code", value=value, allowed=allowed))
    if filters.observer is not None and not _observer_known(conn, filters.observer):
        problems.append(Problem("observer", "unknown_observer", observer=filters.observer))
    if problems:
        raise InvalidInput(problems)


def _date_problems(filters: ReportFilters) -> list[Problem]:
    problems = []
    for option, value in (("date_from", filters.date_from), ("date_to", filters.date_to)):
        if value is not None and parse_partial_date(value) is None:
            problems.append(Problem(option, "bad_period_date", value=value))
    if (not problems and filters.date_from and filters.date_to
            and month_index(filters.date_from) > month_index(filters.date_to)):
        problems.append(Problem("date_to", "period_reversed"))
    return problems


def _observer_known(conn: Connection, observer: str) -> bool:
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM peers WHERE name = :o OR fingerprint = :o)"
        " OR EXISTS (SELECT 1 FROM identity WHERE name = :o OR fingerprint = :o)"
        " OR EXISTS (SELECT 1 FROM versions WHERE author = :o)", {"o": observer}).fetchone()
    return bool(row[0])


def compute_report(
    source: Connection | VaultLike,
    filters: ReportFilters | None = None,
    taxonomy: Taxonomy | None = None,
) -> dict[str, Any]:
    """The report `fieldapp report --json` prints: exactly the keys of KEYS."""
    conn, taxonomy = _unpack(source, taxonomy)
    filters = filters or ReportFilters()
    check_filters(conn, filters, taxonomy)
    if filters.region is None and filters.sector is None and filters.observer is None:
        return _assemble(_indexed_rows(conn, taxonomy, filters), filters)
    return _assemble(_figure_rows(conn, _parameters(filters, taxonomy)), filters)


def _indexed_rows(conn: Connection, taxonomy: Taxonomy,
                  filters: ReportFilters) -> list[tuple[Any, ...]]:
    """A report over a period alone, read from the facts kept with each record, in one read
    transaction (its figures agree with each other)."""
    period = indexed.Period(month_index(filters.date_from) if filters.date_from else None,
                            month_index(filters.date_to) if filters.date_to else None)
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        return list(indexed.figure_rows(conn, taxonomy, period))
    finally:
        if own:
            conn.execute("ROLLBACK")


def _figure_rows(conn: Connection, parameters: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Build the selection's temporary tables and read every figure from them, all in one
    read transaction (its rollback drops the tables); inside a caller's transaction the
    tables are dropped instead. (Any report filtered by region, sector or observer.)"""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        _drop_tables(conn)
        for statement in sql.BUILD:
            conn.execute(statement, parameters)
        return (threat_rows(conn) + conn.execute(sql.FIGURES).fetchall()
                + place_rows(conn.execute(sql.THREAT_PLACES))
                + person_rows(listed_mentions(conn.execute(sql.THREAT_PERSONS),
                                              CasePersons(conn)), {}))
    finally:
        if own:
            conn.execute("ROLLBACK")
        else:
            _drop_tables(conn)


def _drop_tables(conn: Connection) -> None:
    for table in reversed(sql.TABLES):
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _unpack(source: Connection | VaultLike,
            taxonomy: Taxonomy | None) -> tuple[Connection, Taxonomy]:
    if hasattr(source, "taxonomy") and hasattr(source, "conn"):
        return source.conn, taxonomy or source.taxonomy
    return source, taxonomy or load_default()


def _parameters(filters: ReportFilters, taxonomy: Taxonomy) -> dict[str, Any]:
    regions = taxonomy["region"]
    types = taxonomy["threat_type"]
    return {
        "region_map": json.dumps({t.code: t.reported_as for t in regions.terms
                                  if t.reported_as}),
        "block_map": json.dumps({t.code: t.block for t in types.terms if t.block}),
        "from_m": month_index(filters.date_from) if filters.date_from else None,
        "to_m": month_index(filters.date_to) if filters.date_to else None,
        "region": regions.reported_code(filters.region) if filters.region else None,
        "sector": filters.sector,
        "observer": filters.observer,
    }


def _assemble(rows: list[tuple[Any, ...]], filters: ReportFilters) -> dict[str, Any]:
    maps: dict[str, dict[str, int]] = {name: {} for name in MAPS}
    scalars = dict.fromkeys(SCALARS, 0)
    for figure, key, count in rows:
        if figure in scalars:
            scalars[figure] = int(count)
        elif key is not None and count:
            maps[figure][str(key)] = int(count)
    for month, count in maps["by_month"].items():
        year = month[:4]
        maps["by_year"][year] = maps["by_year"].get(year, 0) + count
    report: dict[str, Any] = {"period": covered_period(filters)}
    for name in KEYS[1:]:
        report[name] = scalars[name] if name in scalars else dict(sorted(maps[name].items()))
    return report


def covered_period(filters: ReportFilters) -> dict[str, str | None]:
    """The period the figures cover, as ISO dates: counting is by whole months, so a bound
    is widened to its month (--from 2021-03-15 covers from 2021-03-01); None: open."""
    start = filters.date_from and f"{filters.date_from[:7]}-01"
    end = None
    if filters.date_to:
        year, month = int(filters.date_to[:4]), int(filters.date_to[5:7])
        end = f"{filters.date_to[:7]}-{calendar.monthrange(year, month)[1]:02d}"
    return {"from": start, "to": end}
