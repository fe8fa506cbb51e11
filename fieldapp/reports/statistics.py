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

from fieldapp.domain.record import parse_partial_date
from fieldapp.domain.taxonomy import Taxonomy, load_default
from fieldapp.errors import InvalidInput, Problem
from fieldapp.store.database import Connection

# The figures of a report, in the order `report --json` prints them.
SCALARS = ("threats", "persons", "resolved", "cases", "recourses", "recourse_persons")
MAPS = ("by_month", "by_sector", "by_region", "by_block", "by_type", "by_perpetrator",
        "by_state_body", "by_gender", "by_outcome", "recourses_by_type", "by_legal_article")
KEYS = ("period", "threats", "persons", "by_month", "by_sector", "by_region", "by_block",
        "by_type", "by_perpetrator", "by_state_body", "by_gender", "by_outcome", "resolved",
        "cases", "recourses", "recourses_by_type", "recourse_persons", "by_legal_article")

# The counting unit of every figure (a key of UNIT_DEFINITIONS).
UNITS: dict[str, str] = {
    "threats": "threats",
    "persons": "persons",
    "by_month": "threat-months",
    "by_sector": "threat-sectors",
    "by_region": "threats",
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
    "recourses_by_type": "outcome", "by_legal_article": "legal_article",
}
# The vocabulary a map's keys come from (by_month has none).
KEY_VOCABULARIES: dict[str, str] = {
    "by_sector": "sector", "by_region": "region", "by_block": "threat_block",
    "by_type": "threat_type", "by_perpetrator": "perpetrator_kind",
    "by_state_body": "state_body", "by_gender": "victim_gender", "by_outcome": "outcome",
    "recourses_by_type": "outcome", "by_legal_article": "legal_article",
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


def fold_alias(alias: Any) -> str:
    """How victims are told apart: case-insensitive (any script), spaces trimmed."""
    return " ".join(str(alias or "").split()).casefold()


def month_index(text: str) -> int:
    """'2021-03' or '2021-03-14' -> months since year 0 (the SQL computes the same)."""
    return int(text[:4]) * 12 + int(text[5:7]) - 1


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
    conn.create_function("fieldapp_fold", 1, fold_alias, deterministic=True)
    rows = conn.execute(REPORT_SQL, _parameters(filters, taxonomy)).fetchall()
    return _assemble(rows, filters)


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


def _assemble(rows: list[tuple[str, str | None, int]], filters: ReportFilters) -> dict[str, Any]:
    maps: dict[str, dict[str, int]] = {name: {} for name in MAPS}
    scalars = dict.fromkeys(SCALARS, 0)
    for figure, key, count in rows:
        if figure in scalars:
            scalars[figure] = int(count)
        elif key is not None and count:
            maps[figure][str(key)] = int(count)
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


def _month(expression: str) -> str:
    return (f"(cast(substr({expression}, 1, 4) AS INTEGER) * 12"
            f" + cast(substr({expression}, 6, 2) AS INTEGER) - 1)")


def _code(mapping: str, column: str) -> str:
    """The code a JSON map (a parameter) gives for a record's column, if any."""
    return f"json_extract({mapping}, '$.\"' || {column} || '\"')"


# One statement. The selection works on the records table's columns, which mirror each
# record's current (head) version; the head's content JSON is then read once per selected
# record for perpetrators, victims, outcome and legal articles. Linked duplicates fold into
# their group's smallest selected id, among the threats and among the recourses alike. A
# record's case is resolved to its merged group's case (`grp`). Every figure comes out as
# (figure, key, count) rows.
# Speed (tests/bench/test_report_speed.py): records are scanned in table order (`+deleted`
# keeps the date index out), so their head versions are read in the order they were written
# rather than by date, at random; and a record is parsed for an outcome only when its
# canonical JSON does not say `"outcome":null` (the key can appear nowhere else: quotes in
# text are escaped), since a recourse may lie in the period while its threat lies before it.
REPORT_SQL = f"""
WITH RECURSIVE
live AS MATERIALIZED (
    SELECT r.id AS id, r.head AS head, r.case_id AS case_id, r.threat_type AS threat_type,
           r.sectors AS sectors, r.outcome AS outcome, r.outcome_on AS outcome_on,
           coalesce({_code(':region_map', 'r.region')}, r.region) AS region,
           coalesce({_code(':block_map', 'r.threat_type')}, nullif(r.threat_block, ''))
               AS block,
           {_month("r.occurred_on")} AS first_m,
           {_month("coalesce(r.occurred_until, r.occurred_on)")} AS last_m
    FROM records AS r
    WHERE +r.deleted = 0 AND r.purged_at IS NULL AND r.occurred_on <> ''
),
observers(fingerprint) AS (
    SELECT :observer
    UNION SELECT fingerprint FROM peers WHERE name = :observer
    UNION SELECT fingerprint FROM identity WHERE name = :observer
),
-- Region, sector and observer, and no start after the period: a threat cannot begin after
-- it, nor can a recourse (an outcome is never dated before its record's occurred_on).
filtered AS MATERIALIZED (
    SELECT * FROM live
    WHERE (:to_m IS NULL OR first_m <= :to_m)
      AND (:region IS NULL OR region = :region)
      AND (:sector IS NULL OR EXISTS (
              SELECT 1 FROM json_each(live.sectors) WHERE value = :sector))
      AND (:observer IS NULL OR (
              SELECT author FROM versions WHERE record_id = live.id ORDER BY hlc, id LIMIT 1
          ) IN (SELECT fingerprint FROM observers))
),
chosen AS MATERIALIZED (
    SELECT * FROM filtered WHERE :from_m IS NULL OR last_m >= :from_m
),
edges(a, b) AS (
    SELECT record_a, record_b FROM incident_links
    UNION SELECT record_b, record_a FROM incident_links
),
reach(a, b) AS (
    SELECT a, b FROM edges
    UNION SELECT reach.a, edges.b FROM reach JOIN edges ON edges.a = reach.b
),
sel AS MATERIALIZED (
    SELECT c.*, coalesce(m.merged_into, c.case_id) AS grp,
           json_extract(v.content, '$.perpetrators') AS perpetrators,
           json_extract(v.content, '$.victims') AS victims,
           json_extract(v.content, '$.legal_articles') AS articles
    FROM chosen AS c JOIN versions AS v ON v.id = c.head
         LEFT JOIN case_merges AS m ON m.case_id = c.case_id
    WHERE v.content IS NOT NULL AND c.id NOT IN (
        SELECT a FROM reach WHERE b < a AND b IN (SELECT id FROM chosen))
),
-- The listing columns hold each record's outcome and its date: only the records with a
-- positive outcome dated in the period are read further.
outcomes AS MATERIALIZED (
    SELECT id, head, case_id, outcome,
           coalesce({_month("outcome_on")}, first_m) AS recourse_m
    FROM filtered WHERE outcome IS NOT NULL
),
recourse_pool AS MATERIALIZED (
    SELECT o.id AS id, coalesce(m.merged_into, o.case_id) AS grp, o.outcome AS outcome,
           json_extract(v.content, '$.victims') AS victims
    FROM outcomes AS o JOIN versions AS v ON v.id = o.head
         LEFT JOIN case_merges AS m ON m.case_id = o.case_id
    WHERE (:from_m IS NULL OR o.recourse_m >= :from_m)
      AND (:to_m IS NULL OR o.recourse_m <= :to_m)
),
recourses AS MATERIALIZED (
    SELECT * FROM recourse_pool WHERE id NOT IN (
        SELECT a FROM reach WHERE b < a AND b IN (SELECT id FROM recourse_pool))
),
-- Whose persons a record in a case takes: the head persons of every case of its group.
case_persons AS MATERIALIZED (
    SELECT coalesce(m.merged_into, c.id) AS grp, p.value AS person
    FROM cases AS c JOIN case_versions AS cv ON cv.id = c.head
         LEFT JOIN case_merges AS m ON m.case_id = c.id, json_each(cv.content, '$.persons') AS p
    WHERE cv.content IS NOT NULL AND coalesce(m.merged_into, c.id) IN (
        SELECT grp FROM sel UNION SELECT grp FROM recourses)
),
subjects(kind, grp, victims) AS (
    SELECT 'threat', grp, victims FROM sel
    UNION ALL SELECT 'recourse', grp, victims FROM recourses
),
named AS MATERIALIZED (
    SELECT kind, fieldapp_fold(alias) AS alias, gender
    FROM (SELECT DISTINCT kind, json_extract(person, '$.alias') AS alias,
                 json_extract(person, '$.gender') AS gender
          FROM (SELECT s.kind AS kind, w.value AS person
                FROM subjects AS s, json_each(s.victims) AS w
                UNION ALL
                SELECT g.kind, cp.person
                FROM (SELECT DISTINCT kind, grp FROM subjects
                      WHERE grp IS NOT NULL AND coalesce(json_array_length(victims), 0) = 0)
                     AS g JOIN case_persons AS cp ON cp.grp = g.grp))
),
persons AS MATERIALIZED (
    SELECT alias, coalesce(min(nullif(gender, 'unknown')), 'unknown') AS gender
    FROM named WHERE kind = 'threat' AND alias <> '' GROUP BY alias
),
months(id, m, last_m) AS (
    SELECT id, max(first_m, coalesce(:from_m, first_m)), min(last_m, coalesce(:to_m, last_m))
    FROM sel
    UNION ALL SELECT id, m + 1, last_m FROM months WHERE m < last_m
),
perpetrators AS MATERIALIZED (
    SELECT DISTINCT sel.id AS id, json_extract(p.value, '$.kind') AS kind,
           json_extract(p.value, '$.body') AS body
    FROM sel, json_each(sel.perpetrators) AS p
)
SELECT 'threats', NULL, count(*) FROM sel
UNION ALL SELECT 'persons', NULL, count(*) FROM persons
UNION ALL SELECT 'resolved', NULL, count(*) FROM sel WHERE outcome IS NOT NULL
UNION ALL SELECT 'by_month', printf('%04d-%02d', m / 12, m % 12 + 1), count(*) FROM months
    GROUP BY m
UNION ALL SELECT 'by_sector', s.value, count(DISTINCT sel.id)
    FROM sel, json_each(sel.sectors) AS s GROUP BY s.value
UNION ALL SELECT 'by_region', region, count(*) FROM sel GROUP BY region
UNION ALL SELECT 'by_block', block, count(*) FROM sel GROUP BY block
UNION ALL SELECT 'by_type', threat_type, count(*) FROM sel GROUP BY threat_type
UNION ALL SELECT 'by_perpetrator', kind, count(DISTINCT id) FROM perpetrators GROUP BY kind
UNION ALL SELECT 'by_state_body', body, count(DISTINCT id) FROM perpetrators
    WHERE kind = 'state' GROUP BY body
UNION ALL SELECT 'by_gender', gender, count(*) FROM persons GROUP BY gender
UNION ALL SELECT 'by_outcome', outcome, count(*) FROM sel GROUP BY outcome
UNION ALL SELECT 'cases', NULL, count(DISTINCT grp) FROM sel
UNION ALL SELECT 'recourses', NULL, count(*) FROM recourses
UNION ALL SELECT 'recourses_by_type', outcome, count(*) FROM recourses GROUP BY outcome
UNION ALL SELECT 'recourse_persons', NULL, count(DISTINCT alias) FROM named
    WHERE kind = 'recourse' AND alias <> ''
UNION ALL SELECT 'by_legal_article', a.value, count(DISTINCT sel.id)
    FROM sel, json_each(sel.articles) AS a GROUP BY a.value
"""  # noqa: S608 - built from fixed fragments; every value is a bound parameter
