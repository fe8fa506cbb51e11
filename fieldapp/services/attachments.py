"""Attach evidence to a record: hash the original, redact and scrub images, store encrypted."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from fieldapp.domain.ids import new_id
from fieldapp.domain.record import strip_controls
from fieldapp.errors import InvalidInput, Problem
from fieldapp.imaging.redaction import Region, redacted
from fieldapp.imaging.scrub import METADATA_LABELS, Scrubbed, scrub
from fieldapp.services.records import current
from fieldapp.services.session import Session
from fieldapp.store import attachments as store
from fieldapp.store.attachments import AttachmentInfo
from fieldapp.store.clock import utc_now
from fieldapp.store.regular_files import open_regular

MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024


def attach_bytes(
    session: Session,
    record_id: str,
    filename: str,
    data: bytes,
    regions: Sequence[Region] = (),
    keep_original: bool = False,
) -> AttachmentInfo:
    """Store `data` scrubbed, with `regions` hidden when given; returns the stored attachment.

    The unredacted original is kept only with `keep_original` (scrubbed too, never exported);
    both carry the SHA-256 of the bytes as captured.
    """
    current(session, record_id)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise _too_large()
    if keep_original and not regions:
        raise InvalidInput([Problem("keep_original", "keep_original_needs_regions")])
    captured = hashlib.sha256(data).hexdigest()
    cleaned = redacted(data, filename, regions) if regions else scrub(data, filename)
    now = utc_now()
    info = _info(record_id, filename, captured, now, cleaned,
                 "redacted" if regions else "evidence")
    kept: tuple[AttachmentInfo, bytes] | None = None
    if keep_original:
        plain = scrub(data, filename)
        kept = _info(record_id, filename, captured, now, plain, "original", info.id), plain.data
    with session.transaction() as conn:
        store.insert(conn, info, cleaned.data)
        session.log(conn, "attachment.add", f"{record_id} {info.id}")
        if kept is not None:
            store.insert(conn, *kept)
            session.log(conn, "attachment.keep_original", f"{record_id} {kept[0].id}")
    return info


def _info(
    record_id: str, filename: str, captured: str, now: str, cleaned: Scrubbed, role: str,
    original_of: str | None = None,
) -> AttachmentInfo:
    return AttachmentInfo(
        id=new_id(),
        record_id=record_id,
        filename=strip_controls(Path(filename).name),  # an office refuses them in bundles
        media_type=cleaned.media_type,
        original_sha256=captured,
        stored_sha256=hashlib.sha256(cleaned.data).hexdigest(),
        size=len(cleaned.data),
        metadata_removed=cleaned.removed,
        metadata_warning=cleaned.warning,
        created_at=now,
        role=role,
        original_of=original_of,
    )


def read_file(path: Path) -> bytes:
    """The file's bytes; a folder, a device or a FIFO is refused, and a file over the limit
    before it is read (its size is taken from the open descriptor; at most limit + 1 bytes
    are read, so a file that grows meanwhile is caught too)."""
    try:
        handle, size = open_regular(path, "file")
        with handle:
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_large()
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as error:
        raise InvalidInput([Problem("file", "unreadable_file", detail=error.strerror)]) from None
    except InvalidInput as refused:
        problem = refused.problems[0]
        if problem.code != "cannot_read":
            raise
        # Attachments have always said "cannot be read" without the path.
        detail = problem.params["detail"]
        raise InvalidInput([Problem("file", "unreadable_file", detail=detail)]) from None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise _too_large()
    return data


def _too_large() -> InvalidInput:
    return InvalidInput([Problem("file", "file_too_large", mib=MAX_ATTACHMENT_BYTES >> 20)])


def attach_file(
    session: Session,
    record_id: str,
    path: Path,
    regions: Sequence[Region] = (),
    keep_original: bool = False,
) -> AttachmentInfo:
    return attach_bytes(session, record_id, path.name, read_file(path), regions, keep_original)


def kept_original(session: Session, attachment_id: str) -> AttachmentInfo | None:
    """The unredacted original kept beside a redacted attachment, if any."""
    return store.original_of(session.conn, attachment_id)


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
