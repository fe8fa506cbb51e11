"""The vault's `meta` table: one text value per key, read and written only here."""

from __future__ import annotations

from fieldapp.store.database import Connection

# Every key the vault keeps, so a reader sees the whole table's contents in one place.
AUDIT_HEAD = "audit_head"  # "count:hash" of the newest audit entry
HLC = "hlc"  # the hybrid logical clock's last value
EXPORT_SEQUENCE = "export_sequence"  # the sequence number of the last bundle exported
SOURCE_RECIPIENT = "source_recipient"  # the office's own source-key recipient
AUTO_PURGE = "auto_purge"  # "on" or "off": purge delivered records as receipts arrive
SCRUB_PENDING = "scrub_pending"  # set with a purge, cleared once its freed pages are rewritten
KEY_FILE_ID = "key_file_id"  # the checksum of the key file the audit log last recorded
EXPORT_PENDING = "export_pending"  # JSON: the sequence and file names of an export under way
VOCABULARY_VERSION = "vocabulary_version"  # the version of the vocabulary the vault holds


def get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def put(conn: Connection, key: str, value: str) -> None:
    """Set `key` to `value`, adding the key if it is new; call inside a transaction."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def delete(conn: Connection, key: str) -> None:
    """Remove `key` if present; call inside a transaction."""
    conn.execute("DELETE FROM meta WHERE key = ?", (key,))
