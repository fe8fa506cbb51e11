"""Evidence already in the vault: find it by id, say what kind it is, copy it out, delete it.

Attachments are not part of a record's versions: they are rows of their own, shared with
the office by bundles. Deleting one here removes its row and its bytes from this vault
(secure_delete overwrites the freed pages); a copy a bundle has already carried elsewhere
stays where it went.
"""

from __future__ import annotations

import os
from pathlib import Path

from fieldapp.errors import FieldappError, NotFound
from fieldapp.services.session import Session
from fieldapp.store import attachments as store
from fieldapp.store import files
from fieldapp.store.attachments import AttachmentInfo

# What the panel and `attachment list` call a file: a picture the app shows itself,
# a document another program opens, or anything else.
IMAGE, DOCUMENT, OTHER = "image", "document", "other"
_DOCUMENT_TYPES = ("application/pdf", "application/msword", "application/rtf",
                   "application/vnd.openxmlformats-officedocument.",
                   "application/vnd.oasis.opendocument.", "application/vnd.ms-")
MIN_ID_PART = 6


def kind_of(info: AttachmentInfo) -> str:
    """IMAGE, DOCUMENT or OTHER, from the media type the vault recorded for the file."""
    media = info.media_type.lower()
    if media.startswith("image/"):
        return IMAGE
    if media.startswith("text/") or media.startswith(_DOCUMENT_TYPES):
        return DOCUMENT
    return OTHER


def resolve_attachment_id(session: Session, text: str) -> str:
    """A full attachment id, or a unique start or end of one (at least 6 characters)."""
    text = text.strip().lower()
    if len(text) < MIN_ID_PART:
        raise NotFound("attachment_id_too_short", text=text, minimum=MIN_ID_PART)
    matches = store.matching_ids(session.conn, text)
    if not matches:
        raise NotFound("no_attachment", attachment_id=text)
    if len(matches) > 1:
        raise NotFound("ambiguous_attachment_id", prefix=text)
    return str(matches[0])


def attachment(session: Session, attachment_id: str) -> AttachmentInfo:
    info = store.get(session.conn, attachment_id)
    if info is None:
        raise NotFound("no_attachment", attachment_id=attachment_id)
    return info


def save_copy(session: Session, attachment_id: str, target: Path,
              overwrite: bool = False) -> int:
    """Write the attachment's bytes, decrypted, to `target`; returns the bytes written.

    The copy is outside the vault and NOT encrypted: the faces warn before calling this.
    An existing file is refused unless `overwrite` (the window's file dialog has asked);
    a copy that fails half-way is removed, so no partial file is left behind."""
    attachment(session, attachment_id)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    try:
        fd = files.open_private(target, flags)
    except FileExistsError:
        raise FieldappError("file_exists", path=str(target)) from None
    except OSError as error:
        raise FieldappError("cannot_write", path=str(target), detail=error.strerror) from None
    written = 0
    try:
        with os.fdopen(fd, "wb") as out:
            for piece in store.chunks(session.conn, attachment_id):
                out.write(piece)
                written += len(piece)
            out.flush()
            os.fsync(out.fileno())
    except OSError as error:
        files.remove_quietly(target)
        raise FieldappError("cannot_write", path=str(target), detail=error.strerror) from None
    return written


def delete_attachment(session: Session, attachment_id: str) -> list[str]:
    """Delete the attachment (and the unredacted original kept beside it, which exists only
    for it) from this vault, audit-logged; returns the ids deleted."""
    info = attachment(session, attachment_id)
    with session.transaction() as conn:
        deleted = store.delete(conn, attachment_id)
        session.log(conn, "attachment.delete", " ".join([info.record_id, *deleted]))
    return deleted
