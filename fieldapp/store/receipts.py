"""Receipts in the vault: versions awaiting one, and the receipted and delivered marks.

The office finds what an observer sent (versions joined to bundles_in) and not yet
confirmed; the observer marks its versions delivered when a receipt arrives.
"""

from __future__ import annotations

import json

from fieldapp.store.database import Connection


def awaiting_receipt(conn: Connection, sender: str) -> list[str]:
    """Office: ids of the versions this observer sent that no receipt confirmed yet."""
    return [row[0] for row in conn.execute(
        "SELECT v.id FROM versions AS v JOIN bundles_in AS b ON b.bundle_id = v.received_in"
        " WHERE b.sender = ? AND v.receipted_in IS NULL ORDER BY v.id", (sender,))]


def mark_receipted(conn: Connection, bundle_id: str, version_ids: list[str]) -> None:
    conn.executemany("UPDATE versions SET receipted_in = ? WHERE id = ?",
                     [(bundle_id, i) for i in version_ids])


def mark_delivered(conn: Connection, author: str, version_ids: list[str], at: str) -> int:
    """Observer: mark its own exported versions among `version_ids` as held by the office;
    returns how many changed."""
    before = conn.total_changes
    conn.execute(
        "UPDATE versions SET delivered_at = ? WHERE delivered_at IS NULL AND author = ?"
        " AND exported_in IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
        (at, author, json.dumps(version_ids)),
    )
    return conn.total_changes - before
