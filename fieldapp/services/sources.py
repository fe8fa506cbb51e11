"""Sealed sources: who told the observer is encrypted to the office's separate source key
the moment a record is saved, so an unlocked observer laptop cannot reveal it.

The source key is an age X25519 identity kept in its own file (same layout as vault.key,
its own magic), under its own passphrase, meant to live apart from the office laptop.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from fieldapp.domain.record import content_hash
from fieldapp.domain.sealing import seal, unseal
from fieldapp.errors import FieldappError, InvalidInput, KeyFileDamaged
from fieldapp.services.records import current
from fieldapp.services.session import Session, check_new_passphrase
from fieldapp.store import files, keyfile
from fieldapp.store import sources as store
from fieldapp.store.regular_files import read_regular
from sync import age

_MAX_KEY_FILE_READ = 4096

# -- the source key file ----------------------------------------------------------------------

def create_source_key(
    path: Path, passphrase: str, params: keyfile.KdfParams | None = None
) -> age.X25519Recipient:
    """Write a new source key file (refusing to overwrite one); return its recipient."""
    check_new_passphrase(passphrase)
    if path.exists():
        raise FieldappError("source_key_exists", path=str(path))
    identity = age.X25519Identity.generate()
    data = keyfile.wrap_key(identity.raw(), passphrase, params or keyfile.calibrate(),
                            magic=keyfile.SOURCE_KEY_MAGIC)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = files.open_private(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return identity.recipient()


def open_source_key(path: Path, passphrase: str) -> age.X25519Identity:
    try:
        # A key file is 129 bytes; anything much larger is not one, and is not read whole.
        data = read_regular(path, _MAX_KEY_FILE_READ, "source_key")
    except InvalidInput as refused:
        problem = refused.problems[0]
        if problem.code == "cannot_read":
            raise FieldappError("cannot_read_source_key", path=str(path),
                                detail=problem.params["detail"]) from None
        raise KeyFileDamaged("source_key_damaged", path=str(path)) from None
    try:
        secret = keyfile.unwrap_key(data, passphrase, magic=keyfile.SOURCE_KEY_MAGIC)
    except KeyFileDamaged:
        raise KeyFileDamaged("source_key_damaged", path=str(path)) from None
    identity = age.X25519Identity.from_bytes(bytes(secret))
    secret[:] = bytes(len(secret))
    return identity


def set_office_source_recipient(session: Session, recipient: age.X25519Recipient) -> None:
    if session.identity.role != "office":
        raise FieldappError("office_only_source_key")
    with session.transaction() as conn:
        store.set_own_source_recipient(conn, recipient)
        session.log(conn, "sources.new_key")


def show_sources(session: Session, record_id: str, key_path: Path, passphrase: str) -> list[
        dict[str, str]]:
    """Office only: unseal one record's sources; the audit log records who and when."""
    if session.identity.role != "office":
        raise FieldappError("office_only_sources")
    identity = open_source_key(key_path, passphrase)
    _, record = current(session, record_id)
    found = unseal(record["sources"], identity)
    with session.transaction() as conn:
        session.log(conn, "sources.unseal", record_id)
    return found


def seal_legacy_sources(session: Session) -> int:
    """Seal sources that versions saved before sealing existed still hold in plain text.

    Such a version was only ever local or sent inside an encrypted bundle; rewriting it in
    place (with its hash recomputed) lets it travel and removes the names from this vault.
    Returns how many versions were sealed; does nothing until an office key is known.
    """
    recipient = store.office_source_recipient(session.conn, session.identity.role)
    if recipient is None:
        return 0
    rows = store.with_plain_sources(session.conn)
    if not rows:
        return 0
    with session.transaction() as conn:
        for version_id, content, sources in rows:
            plain = json.loads(sources)
            if not isinstance(plain, list) or not plain or content is None:
                continue
            sealed = seal(plain, recipient)
            record = {**json.loads(content), "sources": sealed}
            store.replace_sources(conn, version_id, json.dumps(sealed), content_hash(record))
        session.log(conn, "sources.seal_legacy", str(len(rows)))
    return len(rows)
