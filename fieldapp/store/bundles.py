"""Bundles sent and received: what left in which bundle, what arrived, sequence numbers.

Tables bundles_out and bundles_in, with the exported marks on versions and attachments;
a gap in a sender's sequence numbers reveals a lost bundle.
"""

from __future__ import annotations

from fieldapp.store import meta
from fieldapp.store.database import Connection


def next_sequence(conn: Connection) -> int:
    stored = meta.get(conn, meta.EXPORT_SEQUENCE)
    return (int(stored) if stored is not None else 0) + 1


def record_export(
    conn: Connection, bundle_id: str, recipient: str, sequence: int, kind: str,
    version_ids: list[str], attachment_ids: list[str], at: str,
) -> None:
    """Mark what went out; called only once the bundle file is complete on disk."""
    conn.executemany("UPDATE versions SET exported_in = ? WHERE id = ? AND exported_in IS NULL",
                     [(bundle_id, v) for v in version_ids])
    conn.executemany(
        "UPDATE attachments SET exported_in = ? WHERE id = ? AND exported_in IS NULL",
        [(bundle_id, a) for a in attachment_ids])
    record_sent(conn, bundle_id, recipient, sequence, kind, len(version_ids), at)
    meta.put(conn, meta.EXPORT_SEQUENCE, str(sequence))


def record_sent(
    conn: Connection, bundle_id: str, recipient: str, sequence: int, kind: str, versions: int,
    at: str,
) -> None:
    conn.execute(
        "INSERT INTO bundles_out (bundle_id, recipient, sequence, kind, versions, exported_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (bundle_id, recipient, sequence, kind, versions, at),
    )


def sent_count(conn: Connection, recipient: str, kind: str) -> int:
    """How many bundles of this kind went to this recipient (a receipt's sequence is one more)."""
    row = conn.execute(
        "SELECT count(*) FROM bundles_out WHERE recipient = ? AND kind = ?", (recipient, kind)
    ).fetchone()
    return int(row[0])


def bundle_seen(conn: Connection, bundle_id: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM bundles_in WHERE bundle_id = ?", (bundle_id,)
    ).fetchone() is not None


def record_import(
    conn: Connection, bundle_id: str, sender: str, sequence: int, kind: str, at: str
) -> None:
    conn.execute(
        "INSERT INTO bundles_in (bundle_id, sender, sequence, kind, imported_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (bundle_id, sender, sequence, kind, at),
    )


def highest_sequence(conn: Connection, sender: str) -> int:
    """The highest sequence number held from this sender (0 when none)."""
    row = conn.execute("SELECT max(sequence) FROM bundles_in WHERE sender = ?",
                       (sender,)).fetchone()
    return int(row[0]) if row[0] is not None else 0


def missing_sequences(conn: Connection, sender: str) -> list[int]:
    """Sequence numbers below the sender's highest that never arrived (lost bundles).

    Found gap by gap in SQL, so the work and memory follow the gaps, never the value of the
    highest number; an import refuses a sequence more than MAX_SEQUENCE_STEP past the
    highest held, so each gap is at most that long."""
    gaps = conn.execute(
        "SELECT previous + 1, sequence - 1 FROM ("
        " SELECT sequence, lag(sequence, 1, 0) OVER (ORDER BY sequence) AS previous"
        " FROM (SELECT DISTINCT sequence FROM bundles_in WHERE sender = ?))"
        " WHERE sequence > previous + 1", (sender,)).fetchall()
    return [n for first, last in gaps for n in range(first, last + 1)]
