"""Attach evidence to a record: hash the original, redact and scrub images, store encrypted."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

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
# The formats scrub() re-encodes; only these are read whole (to decode their pixels).
_IMAGE_FORMATS = {"JPEG", "PNG", "TIFF", "WEBP", "MPO"}


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
    with _Opened(path) as (handle, _):
        try:
            data = handle.read(MAX_ATTACHMENT_BYTES + 1)
        except OSError as error:
            raise _unreadable(error) from None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise _too_large()
    return data


def read_image(path: Path) -> bytes | None:
    """The whole file when it is a picture that will be re-encoded (its pixels are needed),
    else None: any other file is stored by attach_file in chunks, never read whole."""
    with _Opened(path) as (handle, _):
        if not _is_image(handle):
            return None
    return read_file(path)


class _Opened:
    """A regular file open for reading, refused when over the limit, errors worded as
    attachments always have ("cannot be read", without the path)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: BinaryIO | None = None

    def __enter__(self) -> tuple[BinaryIO, int]:
        try:
            handle, size = open_regular(self._path, "file")
        except InvalidInput as refused:
            problem = refused.problems[0]
            if problem.code != "cannot_read":
                raise
            detail = problem.params["detail"]
            raise InvalidInput([Problem("file", "unreadable_file", detail=detail)]) from None
        self._handle = handle
        if size > MAX_ATTACHMENT_BYTES:
            handle.close()
            raise _too_large()
        return handle, size

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None:
            self._handle.close()


def _unreadable(error: OSError) -> InvalidInput:
    return InvalidInput([Problem("file", "unreadable_file", detail=error.strerror)])


def _is_image(handle: BinaryIO) -> bool:
    """Whether Pillow names the file a format scrub() re-encodes, from its first bytes only
    (a damaged picture is read whole too, and scrub() decides what to do with it)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(handle) as image:
                fmt = (image.format or "").upper()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError):
        return False
    finally:
        handle.seek(0)
    return fmt in _IMAGE_FORMATS or fmt.startswith("HEI")


def _too_large() -> InvalidInput:
    return InvalidInput([Problem("file", "file_too_large", mib=MAX_ATTACHMENT_BYTES >> 20)])


def attach_file(
    session: Session,
    record_id: str,
    path: Path,
    regions: Sequence[Region] = (),
    keep_original: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> AttachmentInfo:
    """Attach a file: a picture (or anything with areas to hide) is read whole to be
    re-encoded; any other file streams into the vault in chunks, hashed as it goes.
    `progress` gets (MiB stored, MiB in all) for files over store.PROGRESS_FROM_BYTES."""
    if regions or keep_original:
        return attach_bytes(session, record_id, path.name, read_file(path), regions,
                            keep_original)
    data = read_image(path)
    if data is not None:
        return attach_bytes(session, record_id, path.name, data)
    return _attach_stream(session, record_id, path, progress)


def _attach_stream(
    session: Session, record_id: str, path: Path,
    progress: Callable[[int, int], None] | None,
) -> AttachmentInfo:
    current(session, record_id)
    as_is = scrub(b"", path.name)  # the media type and the warning a file kept as it is gets
    attachment_id = new_id()
    with _Opened(path) as (handle, size), session.transaction() as conn:
        report = progress if size > store.PROGRESS_FROM_BYTES else None
        captured = hashlib.sha256()
        stored = store.write_chunks(conn, attachment_id,
                                    _pieces(handle, size, captured, report))
        sha = captured.hexdigest()
        if stored > MAX_ATTACHMENT_BYTES:
            raise _too_large()  # the file grew while it was read: nothing is kept
        info = AttachmentInfo(
            id=attachment_id, record_id=record_id,
            filename=strip_controls(path.name), media_type=as_is.media_type,
            original_sha256=sha, stored_sha256=sha, size=stored, metadata_removed=(),
            metadata_warning=as_is.warning, created_at=utc_now())
        store.insert_row(conn, info)
        session.log(conn, "attachment.add", f"{record_id} {info.id}")
    return info


def _pieces(
    handle: BinaryIO, size: int, digest: hashlib._Hash,
    progress: Callable[[int, int], None] | None,
) -> Iterator[bytes]:
    """The file in CHUNK pieces, hashed as they pass, at most one past the limit (a file
    that grows is caught)."""
    total = max(-(-size // store.CHUNK), 1)
    done = 0
    while done * store.CHUNK <= MAX_ATTACHMENT_BYTES:
        try:
            piece = handle.read(store.CHUNK)
        except OSError as error:
            raise _unreadable(error) from None
        if not piece:
            return
        digest.update(piece)
        done += 1
        if progress is not None:
            progress(min(done, total), total)
        yield piece


def kept_original(session: Session, attachment_id: str) -> AttachmentInfo | None:
    """The unredacted original kept beside a redacted attachment, if any."""
    return store.original_of(session.conn, attachment_id)


def list_attachments(session: Session, record_id: str) -> list[AttachmentInfo]:
    return store.for_record(session.conn, record_id)


def attachment_data(session: Session, attachment_id: str) -> bytes:
    """The whole attachment: for a picture (bounded by the size limit) or a test; anything
    else goes through attachment_chunks."""
    return store.data(session.conn, attachment_id)


def attachment_chunks(session: Session, attachment_id: str) -> Iterator[bytes]:
    """The attachment's decrypted bytes, at most one stored chunk (1 MiB) at a time."""
    return store.chunks(session.conn, attachment_id)


def describe_removal(info: AttachmentInfo) -> str:
    """One sentence for the user on what happened to the file's metadata."""
    if info.metadata_warning:
        return "Warning: " + info.metadata_warning + "."
    if info.metadata_removed:
        labels = [METADATA_LABELS.get(key, key) for key in info.metadata_removed]
        return "Removed: " + ", ".join(labels) + "."
    return "The image carried no metadata; it was re-encoded anyway."
