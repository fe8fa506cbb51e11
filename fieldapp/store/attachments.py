"""Attachment rows: evidence files kept inside the encrypted database, their bytes in rows
of at most CHUNK bytes (attachment_chunks) so that no file is ever held whole in memory."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
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


CHUNK = 1024 * 1024
# Files larger than this report their progress (in chunks) as they are stored or exported.
PROGRESS_FROM_BYTES = 4 * 1024 * 1024

_COLUMNS = (
    "id, record_id, filename, media_type, original_sha256, stored_sha256, size,"
    " metadata_removed, metadata_warning, created_at, role, original_of"
)


def insert(
    conn: Connection, info: AttachmentInfo, data: bytes | Iterable[bytes],
    received_in: str | None = None,
) -> None:
    """Store an attachment; received_in names the bundle it arrived in (None: made here).
    `data` may be chunks of any size: they are regrouped into CHUNK-sized rows."""
    size = write_chunks(conn, info.id, [data] if isinstance(data, bytes) else data)
    if size != info.size:
        raise ValueError(f"attachment {info.id}: {size} bytes stored, {info.size} announced")
    insert_row(conn, info, received_in)


def insert_row(conn: Connection, info: AttachmentInfo, received_in: str | None = None) -> None:
    """The attachment's row alone; its chunks are written before or after, in the same
    transaction (the chunks' reference to it is checked at commit)."""
    conn.execute(
        f"INSERT INTO attachments ({_COLUMNS}, received_in)"  # noqa: S608
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            received_in,
        ),
    )


def write_chunks(conn: Connection, attachment_id: str, pieces: Iterable[bytes]) -> int:
    """Write pieces as CHUNK-sized rows as they arrive; returns the bytes written. (Callers
    hash what they need as the pieces pass: an import has checked them already.)"""
    pending = bytearray()
    seq = size = 0
    for piece in pieces:
        size += len(piece)
        if not pending and len(piece) == CHUNK:
            _put_chunk(conn, attachment_id, seq, piece)  # no copy for pieces already whole
            seq += 1
            continue
        pending += piece
        while len(pending) >= CHUNK:
            _put_chunk(conn, attachment_id, seq, bytes(pending[:CHUNK]))
            del pending[:CHUNK]
            seq += 1
    if pending:
        _put_chunk(conn, attachment_id, seq, bytes(pending))
    return size


def _put_chunk(conn: Connection, attachment_id: str, seq: int, data: bytes) -> None:
    conn.execute("INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                 (attachment_id, seq, data))


def copy_chunks(conn: Connection, source_id: str, target_id: str) -> None:
    """The same bytes under another attachment (evidence attached twice travels once)."""
    conn.execute("INSERT INTO attachment_chunks (attachment_id, seq, data)"
                 " SELECT ?, seq, data FROM attachment_chunks WHERE attachment_id = ?",
                 (target_id, source_id))


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


def chunks(conn: Connection, attachment_id: str) -> Iterator[bytes]:
    """The attachment's bytes, one stored chunk at a time. Each chunk is its own query, so no
    statement stays open between them while the caller writes elsewhere."""
    if conn.execute("SELECT 1 FROM attachments WHERE id = ?", (attachment_id,)).fetchone() \
            is None:
        raise KeyError(attachment_id)
    seq = 0
    while True:
        row = conn.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ?",
            (attachment_id, seq)).fetchone()
        if row is None:
            return
        yield bytes(row[0])
        seq += 1


def data(conn: Connection, attachment_id: str) -> bytes:
    """The whole attachment: only for what is bounded small (an image, a test)."""
    return b"".join(chunks(conn, attachment_id))


def for_export(conn: Connection, everything: bool) -> list[AttachmentInfo]:
    """What a bundle carries: never an unredacted original, which stays in this vault."""
    where = " WHERE role != 'original'" + ("" if everything else " AND exported_in IS NULL")
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments{where} ORDER BY created_at, id"  # noqa: S608
    )
    return [_info(row) for row in rows]


def exists(conn: Connection, attachment_id: str) -> bool:
    return conn.execute("SELECT 1 FROM attachments WHERE id = ?",
                        (attachment_id,)).fetchone() is not None


def insert_if_new(
    conn: Connection, info: AttachmentInfo, payload: bytes | Iterable[bytes],
    received_in: str | None = None,
) -> bool:
    if exists(conn, info.id):
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


def get(conn: Connection, attachment_id: str) -> AttachmentInfo | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",  # noqa: S608
                       (attachment_id,)).fetchone()
    return None if row is None else _info(row)


def matching_ids(conn: Connection, part: str) -> list[str]:
    """Attachment ids starting with `part`, or else ending with it (at most two: one is a
    match, two say it is ambiguous), as records are found by a short start or end."""
    escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    for pattern in (escaped + "%", "%" + escaped):
        rows = conn.execute("SELECT id FROM attachments WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                            (pattern,)).fetchall()
        if rows:
            return [r[0] for r in rows]
    return []


def delete(conn: Connection, attachment_id: str) -> list[str]:
    """Delete an attachment, its chunks and the unredacted original kept beside it (which
    only exists for it); returns the ids deleted. secure_delete overwrites the freed pages."""
    ids = [attachment_id] + [r[0] for r in conn.execute(
        "SELECT id FROM attachments WHERE original_of = ?", (attachment_id,))]
    listed = json.dumps(ids)
    # The chunks first, explicitly: their cascade is deferred to the commit.
    conn.execute("DELETE FROM attachment_chunks WHERE attachment_id IN"
                 " (SELECT value FROM json_each(?))", (listed,))
    conn.execute("DELETE FROM attachments WHERE id IN (SELECT value FROM json_each(?))",
                 (listed,))
    return ids
