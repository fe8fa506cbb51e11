"""Bookkeeping for bundles: what left in which bundle, what arrived, sequence numbers."""

from __future__ import annotations

from fieldapp.store.database import Connection


def next_sequence(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'export_sequence'").fetchone()
    return (int(row[0]) if row else 0) + 1


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
    conn.execute(
        "INSERT INTO bundles_out (bundle_id, recipient, sequence, kind, versions, exported_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (bundle_id, recipient, sequence, kind, len(version_ids), at),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('export_sequence', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (str(sequence),),
    )


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


def missing_sequences(conn: Connection, sender: str) -> list[int]:
    """Sequence numbers below the sender's highest that never arrived (lost bundles)."""
    seen = {row[0] for row in conn.execute(
        "SELECT sequence FROM bundles_in WHERE sender = ?", (sender,))}
    if not seen:
        return []
    return [n for n in range(1, max(seen) + 1) if n not in seen]
