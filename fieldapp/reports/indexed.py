"""The report read from the facts kept with each record (migration 0015), for a report over
a period alone (the usual one: the dashboard, a quarter, a year, everything).

Each threat figure is one pass over an index in its key's order, counting the records of
the period: no sort (with temp_store = MEMORY and cipher_memory_security every sorted row
costs a locked allocation) and no record's content parsed. The persons are the rows of
record_victims grouped by their folded alias, the same way. Linked duplicates are few: they
are resolved in Python first, and the records they leave out are passed to every pass.

The counting rules are those of statistics.py; tests/reports/test_statistics_oracle.py
holds this path to the general one (statistics_sql.py) and to the former single statement.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.reports.people_places import CasePersons, Mention, person_rows, place_rows
from fieldapp.reports.tally import Row, month_index, month_label
from fieldapp.store.database import Connection

# Every statement here is built from the fixed fragments below; every value is bound.
# Implied by each report_by_* index's own condition, so SQLite may use it.
_COUNTABLE = "deleted = 0 AND purged_at IS NULL AND occurred_on <> ''"
_IN_PERIOD = ("(:to_before IS NULL OR occurred_on < :to_before)"
              " AND (:from_start IS NULL OR coalesce(occurred_until, occurred_on) >= :from_start)")
_RECOURSE_IN_PERIOD = (
    "outcome IS NOT NULL AND (:to_before IS NULL OR occurred_on < :to_before)"
    " AND (:to_before IS NULL OR coalesce(outcome_on, occurred_on) < :to_before)"
    " AND (:from_start IS NULL OR coalesce(outcome_on, occurred_on) >= :from_start)")
_LEFT_OUT = "rowid NOT IN (SELECT value FROM json_each(:left_out))"


def _grouped(index: str, keys: str, extra: str = "", where: str = "TRUE") -> str:
    return (f"SELECT {keys}, count(*){extra} FROM records INDEXED BY {index}"  # noqa: S608
            f" WHERE {_COUNTABLE} AND {_IN_PERIOD} AND {_LEFT_OUT} AND {where}"
            f" GROUP BY {keys}")


BY_REGION = _grouped("report_by_region", "region")
# The months: records without an end date grouped by their date, the others one by one.
BY_START = _grouped("records_list_by_occurred_on", "occurred_on",
                    where="occurred_until IS NULL")
SPANS = (f"SELECT occurred_on, occurred_until FROM records"  # noqa: S608
         f" INDEXED BY records_list_by_occurred_on WHERE {_COUNTABLE} AND {_IN_PERIOD}"
         f" AND {_LEFT_OUT} AND occurred_until IS NOT NULL")
BY_TYPE = _grouped("report_by_type", "threat_type, threat_block, outcome")
BY_LISTS = _grouped("report_by_lists", "sectors, legal_articles, perpetrator_facts")
BY_CASE = _grouped("report_by_case", "case_id")
# The threats that name nobody and take their case's persons, with what places them.
BARE = (f"SELECT case_id, region, sectors FROM records INDEXED BY report_by_case"  # noqa: S608
        f" WHERE {_COUNTABLE} AND {_IN_PERIOD} AND {_LEFT_OUT}"
        " AND case_id IS NOT NULL AND victim_count = 0")
BY_PLACE = _grouped("report_by_place", "locality, companies")

RECOURSES = (f"SELECT rowid, outcome, case_id, victim_count"  # noqa: S608
             f" FROM records INDEXED BY report_by_type"
             f" WHERE {_COUNTABLE} AND {_RECOURSE_IN_PERIOD}")

# The persons named by the period's records: (folded alias, known gender) per record. The
# table is in record order (written at its end); the aliases are gathered in Python, where
# a hash does what SQLite would need a sort for.
PERSONS = ("SELECT alias, gender, category, region, sectors FROM record_victims"  # noqa: S608
           f" WHERE occurred_on <> '' AND {_IN_PERIOD}"
           " AND record_rowid NOT IN (SELECT value FROM json_each(:left_out))")

LINKS = "SELECT record_a, record_b FROM incident_links"
LINKED = ("SELECT rowid, id, occurred_on, occurred_until, outcome, outcome_on"  # noqa: S608
          f" FROM records WHERE {_COUNTABLE} AND id IN (SELECT value FROM json_each(:ids))")
CASE_GROUPS = "SELECT case_id, merged_into FROM case_merges"
VICTIMS_OF = ("SELECT alias FROM record_victims"
              " WHERE record_rowid IN (SELECT value FROM json_each(:rowids))")


@dataclass(frozen=True)
class Period:
    """Months since year 0, either end open (None)."""

    from_m: int | None
    to_m: int | None

    def parameters(self) -> dict[str, Any]:
        """The bounds as the dates compare: from the first month, before the month after."""
        return {"from_start": None if self.from_m is None else month_label(self.from_m),
                "to_before": None if self.to_m is None else month_label(self.to_m + 1)}


def figure_rows(conn: Connection, taxonomy: Taxonomy, period: Period) -> list[Row]:
    """Every figure of the report as (figure, key, count) rows (statistics._assemble)."""
    bounds = period.parameters()
    groups = _link_groups(conn)
    threat_left_out, recourse_left_out = _left_out(conn, groups, bounds)
    threats = {**bounds, "left_out": json.dumps(threat_left_out)}
    case_group = dict(conn.execute(CASE_GROUPS).fetchall())
    rows = _listing_rows(conn, taxonomy, period, threats)
    threat_cases = {case_group.get(case, case) for case, _ in conn.execute(BY_CASE, threats)
                    if case is not None}
    rows.append(("cases", None, len(threat_cases)))
    rows += place_rows(conn.execute(BY_PLACE, threats))
    persons = CasePersons(conn)
    regions = {t.code: t.reported_as for t in taxonomy["region"].terms if t.reported_as}
    rows += person_rows(_mentions(conn, threats, case_group, persons), regions)
    rows += _recourses(conn, {**bounds, "left_out": json.dumps(recourse_left_out)},
                       case_group, persons)
    return rows


def _listing_rows(conn: Connection, taxonomy: Taxonomy, period: Period,
                  threats: dict[str, Any]) -> list[Row]:
    regions = {t.code: t.reported_as for t in taxonomy["region"].terms if t.reported_as}
    blocks = {t.code: t.block for t in taxonomy["threat_type"].terms if t.block}
    total: Counter[tuple[str, Any]] = Counter()
    for region, n in conn.execute(BY_REGION, threats):
        total["by_region", regions.get(region, region)] += n
    spans: Counter[tuple[str, str | None]] = Counter(conn.execute(SPANS, threats))
    for occurred_on, n in conn.execute(BY_START, threats):
        spans[occurred_on, None] += n
    for threat_type, block, outcome, n in conn.execute(BY_TYPE, threats):
        total["by_type", threat_type] += n
        total["by_block", blocks.get(threat_type) or block or None] += n
        total["threats", None] += n
        total["by_outcome", outcome] += n
        if outcome is not None:
            total["resolved", None] += n
    rows: list[Row] = [(figure, key, n) for (figure, key), n in total.items()]
    rows += _months(((on, until, n) for (on, until), n in spans.items()), period)
    sectors: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    perpetrators: Counter[str] = Counter()
    for sector_list, article_list, perpetrator_list, n in conn.execute(BY_LISTS, threats):
        sectors[sector_list] += n
        articles[article_list] += n
        perpetrators[perpetrator_list] += n
    rows += _each_value("by_sector", sectors.items())
    rows += _each_value("by_legal_article", articles.items())
    rows += _perpetrators(perpetrators.items())
    return rows


def _months(spans: Iterable[tuple[str, str | None, int]], period: Period) -> list[Row]:
    """A threat counted in each month from its start to its end, within the period."""
    months: Counter[int] = Counter()
    for occurred_on, occurred_until, n in spans:
        first = month_index(occurred_on)
        last = month_index(occurred_until or occurred_on)
        if period.from_m is not None:
            first = max(first, period.from_m)
        if period.to_m is not None:
            last = min(last, period.to_m)
        for m in range(first, max(first, last) + 1):
            months[m] += n
    return [("by_month", month_label(m), n) for m, n in months.items()]


def _each_value(figure: str, lists: Iterable[tuple[str, int]]) -> list[Row]:
    """A threat counted once under each distinct value of its list."""
    counts: Counter[Any] = Counter()
    for text, n in lists:
        for value in set(json.loads(text)):
            counts[value] += n
    return [(figure, value, n) for value, n in counts.items()]


def _perpetrators(lists: Iterable[tuple[str, int]]) -> list[Row]:
    """Threats by perpetrator kind, and by the body of a state perpetrator."""
    by_kind: Counter[Any] = Counter()
    by_body: Counter[Any] = Counter()
    for text, n in lists:
        pairs = json.loads(text)
        for kind in {kind for kind, _ in pairs}:
            by_kind[kind] += n
        for body in {body for kind, body in pairs if kind == "state"}:
            by_body[body] += n
    return ([("by_perpetrator", kind, n) for kind, n in by_kind.items()]
            + [("by_state_body", body, n) for body, n in by_body.items()])


def _link_groups(conn: Connection) -> dict[str, str]:
    """Each linked record with the smallest id of the records linked to it, directly or not."""
    neighbours: dict[str, set[str]] = {}
    for a, b in conn.execute(LINKS):
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    groups: dict[str, str] = {}
    for start in neighbours:
        if start in groups:
            continue
        members, waiting = {start}, [start]
        while waiting:
            for other in neighbours[waiting.pop()] - members:
                members.add(other)
                waiting.append(other)
        smallest = min(members)
        groups.update(dict.fromkeys(members, smallest))
    return groups


def _left_out(conn: Connection, groups: dict[str, str],
              bounds: dict[str, Any]) -> tuple[list[int], list[int]]:
    """The row ids of linked records a figure leaves out: within the threats of the period,
    and within its recourses, all but the smallest id of each group."""
    if not groups:
        return [], []
    rows = conn.execute(LINKED, {"ids": json.dumps(list(groups))}).fetchall()
    start, before = bounds["from_start"], bounds["to_before"]

    def starts_in_time(on: str) -> bool:
        return before is None or on < before

    threats = [(rowid, record_id) for rowid, record_id, on, until, _, _ in rows
               if starts_in_time(on) and (start is None or (until or on) >= start)]
    recourses = [(rowid, record_id) for rowid, record_id, on, _, outcome, outcome_on in rows
                 if outcome is not None and starts_in_time(on)
                 and starts_in_time(outcome_on or on)
                 and (start is None or (outcome_on or on) >= start)]
    return _all_but_first(threats, groups), _all_but_first(recourses, groups)


def _all_but_first(members: list[tuple[int, str]], groups: dict[str, str]) -> list[int]:
    first: dict[str, str] = {}
    for _, record_id in members:
        group = groups[record_id]
        first[group] = min(first.get(group, record_id), record_id)
    return [rowid for rowid, record_id in members if first[groups[record_id]] != record_id]


def _mentions(conn: Connection, threats: dict[str, Any], case_group: dict[str, str],
              case_persons: CasePersons) -> list[Mention]:
    """The persons the period's threats name, or, for a threat that names nobody, the
    persons of its case's merged group, placed in that threat's region and sectors."""
    mentions: list[Mention] = conn.execute(PERSONS, threats).fetchall()
    bare = {(case_group.get(case, case), region, sectors)
            for case, region, sectors in conn.execute(BARE, threats)}
    mentions += [(alias, gender, category, region, sectors)
                 for group, region, sectors in bare
                 for alias, gender, category in case_persons.of_group(group)]
    return mentions


def _recourses(conn: Connection, bounds: dict[str, Any], case_group: dict[str, str],
               case_persons: CasePersons) -> list[Row]:
    left_out = set(json.loads(bounds["left_out"]))
    chosen = [row for row in conn.execute(RECOURSES, bounds) if row[0] not in left_out]
    by_type = Counter(outcome for _, outcome, _, _ in chosen)
    named = [rowid for rowid, _, _, victims in chosen if victims]
    aliases = {alias for (alias,) in conn.execute(VICTIMS_OF, {"rowids": json.dumps(named)})}
    bare = {case_group.get(case, case) for _, _, case, victims in chosen
            if case is not None and not victims}
    aliases |= case_persons.of(bare)
    return ([("recourses", None, len(chosen)), ("recourse_persons", None, len(aliases))]
            + [("recourses_by_type", outcome, n) for outcome, n in by_type.items()])
