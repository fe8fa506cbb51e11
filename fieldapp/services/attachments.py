"""Attach evidence to a record: hash the original, scrub images, store encrypted."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from fieldapp.errors import InvalidInput, Problem
from fieldapp.services.clock import utc_now
from fieldapp.services.records import current
from fieldapp.services.scrub import METADATA_LABELS, scrub
from fieldapp.services.session import Session
from fieldapp.store import attachments as store
from fieldapp.store.attachments import AttachmentInfo

MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024


def attach_bytes(session: Session, record_id: str, filename: str, data: bytes) -> AttachmentInfo:
    current(session, record_id)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput([Problem("file", "is larger than 256 MiB")])
    cleaned = scrub(data, filename)
    info = AttachmentInfo(
        id=str(uuid.uuid4()),
        record_id=record_id,
        filename=Path(filename).name,
        media_type=cleaned.media_type,
        original_sha256=hashlib.sha256(data).hexdigest(),
        stored_sha256=hashlib.sha256(cleaned.data).hexdigest(),
        size=len(cleaned.data),
        metadata_removed=cleaned.removed,
        metadata_warning=cleaned.warning,
        created_at=utc_now(),
    )
    with session.transaction() as conn:
        store.insert(conn, info, cleaned.data)
        session.log(conn, "attachment.add", f"{record_id} {info.id}")
    return info


def attach_file(session: Session, record_id: str, path: Path) -> AttachmentInfo:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput([Problem("file", f"cannot be read: {error.strerror}")]) from None
    return attach_bytes(session, record_id, path.name, data)


def list_attachments(session: Session, record_id: str) -> list[AttachmentInfo]:
    return store.for_record(session.conn, record_id)


def attachment_data(session: Session, attachment_id: str) -> bytes:
    return store.data(session.conn, attachment_id)


def describe_removal(info: AttachmentInfo) -> str:
    """One sentence for the user on what happened to the file's metadata."""
    if info.metadata_warning:
        return "Warning: " + info.metadata_warning + "."
    if info.metadata_removed:
        labels = [METADATA_LABELS.get(key, key) for key in info.metadata_removed]
        return "Removed: " + ", ".join(labels) + "."
    return "The image carried no metadata; it was re-encoded anyway."
