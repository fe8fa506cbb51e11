"""The facts a report counts, kept with each record's head (migration 0015): its cited
articles, its perpetrators' distinct (kind, body) pairs and how many persons it names, in
the listing row; each named person (folded alias, known gender, the record's dates) as a row
of record_victims. Written whenever the head changes; emptied when the record is deleted or
purged, so a report never parses content and a purged alias leaves no trace here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from fieldapp.domain.persons import perpetrator_facts, victim_facts
from fieldapp.domain.record import Record, canonical_json
from fieldapp.store.database import Connection

NO_FACTS = ("[]", "[]", 0)


def listing_facts(record: Record | None) -> tuple[str, str, int]:
    """(legal_articles, perpetrator_facts, victim_count) as the listing row keeps them."""
    if record is None:
        return NO_FACTS
    return (canonical_json(record.get("legal_articles") or []).decode(),
            canonical_json(perpetrator_facts(record["perpetrators"])).decode(),
            len(record["victims"]))


def victim_rows(rowid: int, record: Record | None) -> list[tuple[Any, ...]]:
    if record is None:
        return []
    return [(alias, rowid, gender, record["occurred_on"], record["occurred_until"])
            for alias, gender in victim_facts(record["victims"])]


def insert_victims(conn: Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    conn.executemany("INSERT INTO record_victims (alias, record_rowid, gender, occurred_on,"
                     " occurred_until) VALUES (?, ?, ?, ?, ?)", rows)


def replace_victims(conn: Connection, rowid: int, record: Record | None) -> None:
    """The persons of a record's new head (none for a tombstone)."""
    conn.execute("DELETE FROM record_victims WHERE record_rowid = ?", (rowid,))
    insert_victims(conn, victim_rows(rowid, record))


def forget(conn: Connection, record_ids: list[str]) -> None:
    """Purge: the named persons and the listing facts of these records go."""
    chosen = json.dumps(record_ids)
    conn.execute("DELETE FROM record_victims WHERE record_rowid IN (SELECT rowid FROM records"
                 " WHERE id IN (SELECT value FROM json_each(?)))", (chosen,))
    conn.execute("UPDATE records SET legal_articles = '[]', perpetrator_facts = '[]',"
                 " victim_count = 0 WHERE id IN (SELECT value FROM json_each(?))", (chosen,))
