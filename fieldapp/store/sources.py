"""Sealed sources in the vault: whom they are sealed to, and versions still in plain text.

The office's own source key is in meta; an observer seals to the enrolled office's card.
"""

from __future__ import annotations

from fieldapp.store import meta
from fieldapp.store import peers as peer_store
from fieldapp.store.database import Connection
from sync import age


def office_source_recipient(conn: Connection, role: str) -> age.X25519Recipient | None:
    """Whom sources are sealed to: the office's own key, or the enrolled office's."""
    if role == "office":
        stored = meta.get(conn, meta.SOURCE_RECIPIENT)
        return age.X25519Recipient.from_string(stored) if stored is not None else None
    for peer in peer_store.all_peers(conn):
        if peer.role == "office" and not peer.revoked and peer.source_recipient:
            return age.X25519Recipient.from_string(peer.source_recipient)
    return None


def set_own_source_recipient(conn: Connection, recipient: age.X25519Recipient) -> None:
    """Office: the recipient of its source key; call inside a transaction."""
    meta.put(conn, meta.SOURCE_RECIPIENT, recipient.to_string())


def with_plain_sources(conn: Connection) -> list[tuple[str, str | None, str]]:
    """(version id, content, sources) of versions saved before sealing existed, whose
    sources column still holds a JSON list of plain sources."""
    rows: list[tuple[str, str | None, str]] = conn.execute(
        "SELECT id, content, sources FROM versions WHERE sources LIKE '[{%'").fetchall()
    return rows


def replace_sources(conn: Connection, version_id: str, sources: str, content_hash: str) -> None:
    """Rewrite a version's sources in place, with the record's hash recomputed for them."""
    conn.execute("UPDATE versions SET sources = ?, content_hash = ? WHERE id = ?",
                 (sources, content_hash, version_id))
