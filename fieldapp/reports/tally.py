"""The threat figures counted in Python from the selection's rows (statistics_sql's
`stat_threats`): rows alike are counted once with their number, and each distinct JSON list
is expanded once, by SQLite's own json_each, so its values and their types are exactly those
the former single statement grouped by. Counting here rather than in SQL avoids a sort per
figure over every selected record."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from fieldapp.store.database import Connection

Row = tuple[str, Any, int]  # (figure, key, count), as statistics._assemble reads them

THREAT_ROWS = """
SELECT region, block, threat_type, outcome, first_m, last_m, grp, sectors, perpetrators,
       articles
FROM stat_threats
"""

# Every element of every list given (a JSON array of the lists' texts), with its list's
# position; a list that is NULL has none.
_ELEMENTS = """
SELECT l.key, e.value FROM json_each(:lists) AS l, json_each(l.value) AS e
"""
_PERPETRATORS = """
SELECT l.key, json_extract(e.value, '$.kind'), json_extract(e.value, '$.body')
FROM json_each(:lists) AS l, json_each(l.value) AS e
"""


def month_index(text: str) -> int:
    """'2021-03' or '2021-03-14' -> months since year 0 (the SQL computes the same)."""
    return int(text[:4]) * 12 + int(text[5:7]) - 1


def month_label(m: int) -> str:
    """printf('%04d-%02d', m / 12, m % 12 + 1) as SQLite computes it (truncating)."""
    year = int(m / 12)
    return "%04d-%02d" % (year, m - 12 * year + 1)  # noqa: UP031 - C printf, as the SQL


def threat_rows(conn: Connection) -> list[Row]:
    shapes = Counter(conn.execute(THREAT_ROWS))
    total: Counter[tuple[str, Any]] = Counter()
    spans: Counter[tuple[int, int]] = Counter()
    sectors: Counter[Any] = Counter()
    perpetrators: Counter[Any] = Counter()
    articles: Counter[Any] = Counter()
    groups = set()
    for (region, block, threat_type, outcome, first_m, last_m, grp, sector_list,
         perpetrator_list, article_list), n in shapes.items():
        total["threats", None] += n
        if outcome is not None:
            total["resolved", None] += n
        total["by_region", region] += n
        total["by_block", block] += n
        total["by_type", threat_type] += n
        total["by_outcome", outcome] += n
        spans[first_m, last_m] += n
        sectors[sector_list] += n
        perpetrators[perpetrator_list] += n
        articles[article_list] += n
        if grp is not None:
            groups.add(grp)
    rows: list[Row] = [(figure, key, n) for (figure, key), n in total.items()]
    rows.append(("cases", None, len(groups)))
    months: Counter[int] = Counter()
    for (first_m, last_m), n in spans.items():
        for m in range(first_m, max(first_m, last_m) + 1):
            months[m] += n
    rows += [("by_month", month_label(m), n) for m, n in months.items()]
    rows += _codes(conn, "by_sector", sectors)
    rows += _codes(conn, "by_legal_article", articles)
    rows += _perpetrator_rows(conn, perpetrators)
    return rows


def _expand(conn: Connection, statement: str,
            lists: Counter[Any]) -> tuple[list[Any], Iterable[tuple[Any, ...]]]:
    texts = list(lists)
    return texts, conn.execute(statement, {"lists": json.dumps(texts)})


def _codes(conn: Connection, figure: str, lists: Counter[Any]) -> list[Row]:
    """A threat counted once under each distinct value of its list."""
    texts, elements = _expand(conn, _ELEMENTS, lists)
    distinct = {(index, value) for index, value in elements}
    counts: Counter[Any] = Counter()
    for index, value in distinct:
        counts[value] += lists[texts[index]]
    return [(figure, value, n) for value, n in counts.items()]


def _perpetrator_rows(conn: Connection, lists: Counter[Any]) -> list[Row]:
    """Threats by perpetrator kind, and by the body of a state perpetrator."""
    texts, elements = _expand(conn, _PERPETRATORS, lists)
    kinds, bodies = set(), set()
    for index, kind, body in elements:
        kinds.add((index, kind))
        if kind == "state":
            bodies.add((index, body))
    by_kind: Counter[Any] = Counter()
    by_body: Counter[Any] = Counter()
    for index, kind in kinds:
        by_kind[kind] += lists[texts[index]]
    for index, body in bodies:
        by_body[body] += lists[texts[index]]
    return ([("by_perpetrator", kind, n) for kind, n in by_kind.items()]
            + [("by_state_body", body, n) for body, n in by_body.items()])
