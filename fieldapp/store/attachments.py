"""Attachment rows: evidence files kept inside the encrypted database."""

from __future__ import annotations

import json
from dataclasses import dataclass

from fieldapp.store.database import Connection


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    record_id: str
    filename: str
    media_type: str
    original_sha256: str
    stored_sha256: str
    size: int
    metadata_removed: tuple[str, ...]
    metadata_warning: str | None
    created_at: str
    # "evidence" (stored as captured, scrubbed), "redacted" (areas hidden), or "original":
    # the unredacted picture kept at the user's request, linked to its redacted copy.
    role: str = "evidence"
    original_of: str | None = None


_COLUMNS = (
    "id, record_id, filename, media_type, original_sha256, stored_sha256, size,"
    " metadata_removed, metadata_warning, created_at, role, original_of"
)


def insert(
    conn: Connection, info: AttachmentInfo, data: bytes, received_in: str | None = None
) -> None:
    """Store an attachment; received_in names the bundle it arrived in (None: made here)."""
    conn.execute(
        f"INSERT INTO attachments ({_COLUMNS}, data, received_in)"  # noqa: S608
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            info.id,
            info.record_id,
            info.filename,
            info.media_type,
            info.original_sha256,
            info.stored_sha256,
            info.size,
            json.dumps(list(info.metadata_removed)),
            info.metadata_warning,
            info.created_at,
            info.role,
            info.original_of,
            data,
            received_in,
        ),
    )


def _info(row: tuple) -> AttachmentInfo:
    return AttachmentInfo(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6],
        tuple(json.loads(row[7])), row[8], row[9], row[10], row[11],
    )


def for_record(conn: Connection, record_id: str) -> list[AttachmentInfo]:
    """A record's attachments, each kept original right after its redacted copy."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE record_id = ?"  # noqa: S608
        " ORDER BY created_at, coalesce(original_of, id), original_of IS NOT NULL",
        (record_id,),
    )
    return [_info(row) for row in rows]


def original_of(conn: Connection, attachment_id: str) -> AttachmentInfo | None:
    """The unredacted original kept beside a redacted attachment, if the user asked for one."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE original_of = ?",  # noqa: S608
        (attachment_id,),
    ).fetchone()
    return None if row is None else _info(row)


def data(conn: Connection, attachment_id: str) -> bytes:
    row = conn.execute("SELECT data FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise KeyError(attachment_id)
    return bytes(row[0])


def for_export(conn: Connection, everything: bool) -> list[AttachmentInfo]:
    """What a bundle carries: never an unredacted original, which stays in this vault."""
    where = " WHERE role != 'original'" + ("" if everything else " AND exported_in IS NULL")
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments{where} ORDER BY created_at, id"  # noqa: S608
    )
    return [_info(row) for row in rows]


def insert_if_new(
    conn: Connection, info: AttachmentInfo, payload: bytes, received_in: str | None = None
) -> bool:
    if conn.execute("SELECT 1 FROM attachments WHERE id = ?", (info.id,)).fetchone():
        return False
    insert(conn, info, payload, received_in)
    return True


def received_from(conn: Connection, record_ids: list[str]) -> dict[str, set[str]]:
    """{record id: fingerprints of the senders whose bundles brought it attachments}, for
    these records, in one query (attachments made in this vault have no sender)."""
    rows = conn.execute(
        "SELECT DISTINCT a.record_id, b.sender FROM attachments AS a"
        " JOIN bundles_in AS b ON b.bundle_id = a.received_in"
        " WHERE a.record_id IN (SELECT value FROM json_each(?))",
        (json.dumps(record_ids),),
    )
    found: dict[str, set[str]] = {}
    for record_id, sender in rows:
        found.setdefault(record_id, set()).add(sender)
    return found
