"""Receipts in the vault: versions awaiting one, and the receipted and delivered marks.

The office finds what an observer sent (versions joined to bundles_in) and not yet
confirmed; the observer marks its versions delivered when a receipt arrives.
"""

from __future__ import annotations

import json

from fieldapp.store.database import Connection

# Record versions and case versions are receipted alike; their ids are UUIDs that never meet.
_TABLES = ("versions", "case_versions")


def awaiting_receipt(conn: Connection, sender: str) -> list[str]:
    """Office: ids of the versions (of records and of cases) this observer sent that no
    receipt confirmed yet."""
    return sorted(row[0] for table in _TABLES for row in conn.execute(
        f"SELECT v.id FROM {table} AS v JOIN bundles_in AS b"  # noqa: S608 - fixed names
        " ON b.bundle_id = v.received_in WHERE b.sender = ? AND v.receipted_in IS NULL",
        (sender,)))


def mark_receipted(conn: Connection, bundle_id: str, version_ids: list[str]) -> None:
    for table in _TABLES:
        conn.execute(
            f"UPDATE {table} SET receipted_in = ?"  # noqa: S608 - fixed names
            " WHERE id IN (SELECT value FROM json_each(?))", (bundle_id, json.dumps(version_ids)))


def mark_delivered(conn: Connection, author: str, version_ids: list[str], at: str) -> int:
    """Observer: mark its own exported versions (of records and of cases) among
    `version_ids` as held by the office; returns how many changed."""
    before = conn.total_changes
    for table in _TABLES:
        conn.execute(
            f"UPDATE {table} SET delivered_at = ? WHERE delivered_at IS NULL"  # noqa: S608
            " AND author = ? AND exported_in IS NOT NULL"
            " AND id IN (SELECT value FROM json_each(?))",
            (at, author, json.dumps(version_ids)))
    return conn.total_changes - before
