"""The facts a report counts, kept with each record's head (migrations 0015, 0017): its cited
articles, its perpetrators' distinct (kind, body) pairs, how many persons it names, its
locality and its companies' names, in the listing row; each named person (folded alias,
known gender, category, the record's region, sectors and dates) as a row of
record_victims. Written whenever the head changes; emptied when the record is deleted or
purged, so a report never parses content and a purged alias leaves no trace here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from fieldapp.domain.persons import company_names, perpetrator_facts, victim_facts
from fieldapp.domain.places import as_written
from fieldapp.domain.record import Record, canonical_json
from fieldapp.store.database import Connection

#: The listing row's fact columns (legal_articles, perpetrator_facts, victim_count, locality,
#: companies) of a record without facts.
NO_FACTS = ("[]", "[]", 0, "", "[]")


def listing_facts(record: Record | None) -> tuple[str, str, int, str, str]:
    """The values of COLUMNS as the listing row keeps them."""
    if record is None:
        return NO_FACTS
    return (canonical_json(record.get("legal_articles") or []).decode(),
            canonical_json(perpetrator_facts(record["perpetrators"])).decode(),
            len(record["victims"]),
            as_written(record.get("locality") or ""),
            canonical_json(company_names(record["perpetrators"])).decode())


def victim_rows(rowid: int, record: Record | None) -> list[tuple[Any, ...]]:
    if record is None:
        return []
    sectors = canonical_json(record["sectors"]).decode()
    return [(alias, rowid, gender, record["occurred_on"], record["occurred_until"], category,
             record["region"], sectors)
            for alias, gender, category in victim_facts(record["victims"])]


def insert_victims(conn: Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    conn.executemany("INSERT INTO record_victims (alias, record_rowid, gender, occurred_on,"
                     " occurred_until, category, region, sectors)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def replace_victims(conn: Connection, rowid: int, record: Record | None) -> None:
    """The persons of a record's new head (none for a tombstone)."""
    conn.execute("DELETE FROM record_victims WHERE record_rowid = ?", (rowid,))
    insert_victims(conn, victim_rows(rowid, record))


def forget(conn: Connection, record_ids: list[str]) -> None:
    """Purge: the named persons and the listing facts of these records go."""
    chosen = json.dumps(record_ids)
    conn.execute("DELETE FROM record_victims WHERE record_rowid IN (SELECT rowid FROM records"
                 " WHERE id IN (SELECT value FROM json_each(?)))", (chosen,))
    conn.execute("UPDATE records SET legal_articles = ?, perpetrator_facts = ?,"
                 " victim_count = ?, locality = ?, companies = ?"
                 " WHERE id IN (SELECT value FROM json_each(?))", (*NO_FACTS, chosen))
