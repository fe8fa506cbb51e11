"""The record table's rows: filters, keyset pages and search hits ranked by the index.

Pages continue after the last row shown (its sort value and id) instead of skipping an
OFFSET, so the thousandth page costs what the first does; the partial indexes of 0013
hold the listed records in every sortable order, and a search lets the full-text matches
drive the query, best first, rather than checking them once per record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from fieldapp.store.database import Connection


@dataclass(frozen=True)
class RecordSummary:
    """One row of the record table."""

    id: str
    occurred_on: str
    occurred_until: str | None
    region: str
    threat_type: str
    threat_block: str
    sectors: tuple[str, ...]
    title: str
    updated_at: str


@dataclass
class RecordQuery:
    """What the user filters by; every part is optional. order_by "rank" (with text) lists
    the best matches first."""

    text: str = ""
    regions: list[str] = field(default_factory=list)
    sector: str | None = None
    block: str | None = None
    threat_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    order_by: str = "occurred_on"
    descending: bool = True


SORTABLE = ("occurred_on", "region", "threat_type", "title", "updated_at")


@dataclass(frozen=True)
class PageKey:
    """Where a page ended: its last row's sort value and tiebreaker (the record id, or the
    row id under a ranking)."""

    value: str | float
    tiebreak: str | int


_SUMMARY = ("r.id, r.occurred_on, r.occurred_until, r.region, r.threat_type, r.threat_block,"
            " r.sectors, r.title, r.updated_at")


def fts_expression(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word, as a prefix, must match."""
    # FTS5 ends a string at a NUL ("unterminated string"), so it is a space here.
    words = [w for w in text.replace("\x00", " ").split() if w.strip()]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _searching(query: RecordQuery) -> bool:
    return bool(fts_expression(query.text))


def _filters(query: RecordQuery) -> tuple[list[str], list[Any]]:
    """Every condition but the text; the first two are those of the partial indexes."""
    clauses = ["r.deleted = 0", "r.purged_at IS NULL"]
    params: list[Any] = []
    if query.regions:
        clauses.append(f"r.region IN ({', '.join('?' * len(query.regions))})")
        params.extend(query.regions)
    if query.sector:
        clauses.append("EXISTS (SELECT 1 FROM json_each(r.sectors) WHERE value = ?)")
        params.append(query.sector)
    if query.block:
        clauses.append("r.threat_block = ?")
        params.append(query.block)
    if query.threat_type:
        clauses.append("r.threat_type = ?")
        params.append(query.threat_type)
    # A record is in the period when its span [start, end] overlaps it; a month-only
    # date starts on its first day and ends on its last.
    if query.date_to:
        clauses.append(
            "(CASE WHEN length(r.occurred_on) = 7 THEN r.occurred_on || '-01'"
            " ELSE r.occurred_on END) <= ?"
        )
        params.append(_period_end(query.date_to))
    if query.date_from:
        clauses.append(
            "(CASE WHEN length(coalesce(r.occurred_until, r.occurred_on)) = 7"
            " THEN coalesce(r.occurred_until, r.occurred_on) || '-31'"
            " ELSE coalesce(r.occurred_until, r.occurred_on) END) >= ?"
        )
        params.append(_period_start(query.date_from))
    return clauses, params


def _period_start(text: str) -> str:
    return text + "-01" if len(text) == 7 else text


def _period_end(text: str) -> str:
    return text + "-31" if len(text) == 7 else text


def count(conn: Connection, query: RecordQuery) -> int:
    clauses, params = _filters(query)
    source = "records AS r"
    if _searching(query):
        if len(clauses) == 2:
            # The index holds listed records only (a deletion or a purge takes a record
            # out), so the match alone counts them: no lookup per hit.
            return int(conn.execute(
                "SELECT count(*) FROM record_search WHERE record_search MATCH ?",
                (fts_expression(query.text),)).fetchone()[0])
        source = "record_search AS s JOIN records AS r ON r.rowid = s.rowid"
        clauses.append("record_search MATCH ?")
        params.append(fts_expression(query.text))
    sql = f"SELECT count(*) FROM {source} WHERE {' AND '.join(clauses)}"  # noqa: S608 - fixed parts
    return int(conn.execute(sql, params).fetchone()[0])


def page(
    conn: Connection, query: RecordQuery, limit: int, after: PageKey | None = None
) -> tuple[list[RecordSummary], PageKey | None]:
    """Up to `limit` rows of the filtered, ordered list following `after`, and the key the
    next page starts after (None when this one was the last)."""
    if _searching(query) and query.order_by == "rank":
        rows = _ranked(conn, query, limit, after)
    else:
        rows = _ordered(conn, query, limit, after)
    summaries = [
        RecordSummary(row[0], row[1], row[2], row[3], row[4], row[5],
                      tuple(json.loads(row[6])), row[7], row[8])
        for row in rows
    ]
    ended = len(rows) < limit
    return summaries, None if ended or not rows else PageKey(rows[-1][9], rows[-1][10])


def _ordered(
    conn: Connection, query: RecordQuery, limit: int, after: PageKey | None
) -> list[tuple[Any, ...]]:
    # The column is checked against SORTABLE, never taken from the user's text. The id runs
    # in the same direction, so one index scanned either way serves both orders.
    column = query.order_by if query.order_by in SORTABLE else "occurred_on"
    direction, beyond = ("DESC", "<") if query.descending else ("ASC", ">")
    clauses, params = _filters(query)
    if _searching(query):
        clauses.append("r.rowid IN (SELECT rowid FROM record_search WHERE record_search MATCH ?)")
        params.append(fts_expression(query.text))
    if after is not None:
        clauses.append(f"(r.{column}, r.id) {beyond} (?, ?)")
        params.extend((after.value, after.tiebreak))
    return conn.execute(
        f"SELECT {_SUMMARY}, r.{column}, r.id FROM records AS r"  # noqa: S608 - fixed parts
        f" WHERE {' AND '.join(clauses)} ORDER BY r.{column} {direction}, r.id {direction}"
        " LIMIT ?",
        [*params, limit],
    ).fetchall()


def _ranked(
    conn: Connection, query: RecordQuery, limit: int, after: PageKey | None
) -> list[tuple[Any, ...]]:
    """Search hits, best first (bm25: lower is better). The match alone picks the next
    hits in rank order; only those are looked up and filtered, a batch at a time until
    the page is full, so a page reads `limit` records, not every match."""
    clauses, params = _filters(query)
    expression = fts_expression(query.text)
    rows: list[tuple[Any, ...]] = []
    while len(rows) < limit:
        hits = _next_hits(conn, expression, limit, after)
        if not hits:
            break
        found = {row[-1]: row for row in conn.execute(
            f"SELECT {_SUMMARY}, r.rowid FROM records AS r"  # noqa: S608 - fixed parts
            f" WHERE r.rowid IN (SELECT value FROM json_each(?)) AND {' AND '.join(clauses)}",
            [json.dumps([rowid for rowid, _ in hits]), *params],
        )}
        for rowid, rank in hits:
            if rowid in found and len(rows) < limit:
                rows.append((*found[rowid][:-1], rank, rowid))
        after = PageKey(hits[-1][1], hits[-1][0])
        if len(hits) < limit:
            break
    return rows


def _next_hits(
    conn: Connection, expression: str, limit: int, after: PageKey | None
) -> list[tuple[int, float]]:
    beyond, params = ("", [expression, limit])
    if after is not None:
        beyond, params = " AND (rank, rowid) > (?, ?)", [expression, after.value,
                                                          after.tiebreak, limit]
    return conn.execute(
        "SELECT rowid, rank FROM record_search WHERE record_search MATCH ?"  # noqa: S608
        f"{beyond} ORDER BY rank, rowid LIMIT ?", params).fetchall()
