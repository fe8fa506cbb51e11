"""Observer side: write every version not yet sent into one signed, encrypted bundle."""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldapp.errors import FieldappError
from fieldapp.services import export_pending as pending
from fieldapp.services.peers import office_peer
from fieldapp.services.session import Session
from fieldapp.services.sources import seal_legacy_sources
from fieldapp.store import attachments as attachment_store
from fieldapp.store import bundles, full_disk, rosters
from fieldapp.store import cases as case_store
from fieldapp.store import identity as identity_store
from fieldapp.store import records as record_store
from fieldapp.store.clock import utc_now
from fieldapp.store.files import fsync_directory, long_path, remove_quietly, replace_with_retry
from fieldapp.store.records_jsonl import attachment_line, case_line, jsonl, version_line
from sync import bundle
from sync.age import X25519Recipient

BUNDLE_SUFFIX = ".age"


@dataclass(frozen=True)
class ExportPlan:
    """What an export would send, for the dialog to show before anything is written."""

    versions: int
    records: int
    attachments: int
    office: str
    cases: int = 0


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    versions: int
    attachments: int
    size: int
    cases: int = 0


def plan_export(session: Session, everything: bool = False) -> ExportPlan:
    office = office_peer(session)
    versions = record_store.versions_for_export(session.conn, everything)
    attachments = attachment_store.for_export(session.conn, everything)
    cases = case_store.for_export(session.conn, everything)
    return ExportPlan(len(versions), len({v.record_id for v, _ in versions}),
                      len(attachments), office.name, len({v.record_id for v, _ in cases}))


def recipients_for(session: Session) -> list[X25519Recipient]:
    """The office, and its backup from the latest roster; always bundle.STANZAS of them
    (the office twice when there is no backup) so the count says nothing."""
    office = office_peer(session)
    found = [X25519Recipient.from_string(office.age_recipient)]
    for text in roster_recipients(session):
        recipient = X25519Recipient.from_string(text)
        if recipient not in found:
            found.append(recipient)
    while len(found) < bundle.STANZAS:
        found.append(found[0])
    return found[: bundle.STANZAS]


def roster_recipients(session: Session) -> list[str]:
    document = rosters.latest_document(session.conn)
    if document is None:
        return []
    recipients = document.get("recipients", [])
    return [r for r in recipients if isinstance(r, str)]


def export_bundle(
    session: Session,
    out_dir: Path,
    everything: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult | None:
    """Write the bundle atomically into out_dir; None when there is nothing new to send.

    The "exported" marks move only after the file is complete and renamed into place.
    """
    if session.identity.role != "observer":
        raise FieldappError("observer_only_export")
    office = office_peer(session)
    pending.clear_interrupted_export(session)
    seal_legacy_sources(session)  # nothing leaves with sources in plain text
    conn = session.conn
    versions = record_store.versions_for_export(conn, everything)
    attachments = attachment_store.for_export(conn, everything)
    cases = case_store.for_export(conn, everything)
    if not versions and not attachments and not cases:
        return None
    if not out_dir.is_dir():
        raise FieldappError("not_a_folder", path=str(out_dir))
    sequence = bundles.next_sequence(conn)
    bundle_id = str(uuid.uuid4())
    # Cases first: an importer then meets a stage's case before the stage.
    lines = ([case_line(v, c) for v, c in cases] + [version_line(v, r) for v, r in versions]
             + [attachment_line(a) for a in attachments])
    manifest = {
        "format": bundle.FORMAT,
        "version": bundle.FORMAT_VERSION,
        "kind": "records",
        "bundle_id": bundle_id,
        "sender": session.identity.fingerprint,
        "recipient": office.fingerprint,
        "sequence": sequence,
        "created_at": utc_now(),
        "versions": len(versions),
        "attachments": len(attachments),
        "cases": len(cases),
        "vocabulary": session.taxonomy.version,
    }
    # The same evidence attached twice travels once: members are named by their hash.
    unique = {a.stored_sha256: a for a in attachments}
    # Progress counts stored chunks (MiB) over all the evidence; a small file counts one.
    parts = [_parts(a.size) for a in unique.values()]
    files = [_attachment_file(session, a, sum(parts[:i]), sum(parts), progress)
             for i, a in enumerate(unique.values())]
    # A random name: nothing about the observer, the date or the size.
    final = out_dir / (secrets.token_hex(12) + BUNDLE_SUFFIX)
    partial = out_dir / ("." + final.name + ".part")
    # The number and the file names are committed before a byte is written: a process
    # killed from here on never hands the same number to other content, and the next
    # export knows exactly which files were ours to remove.
    with session.transaction() as conn:
        pending.reserve(conn, sequence, partial, final)
    try:
        with open(long_path(partial), "wb") as sink:
            size = bundle.write_bundle(
                sink, manifest, jsonl(lines), files,
                identity_store.signing_key(conn), recipients_for(session),
            )
            sink.flush()
            os.fsync(sink.fileno())
        replace_with_retry(partial, final)
        fsync_directory(out_dir)
    except BaseException as error:
        # Whatever is left (Windows may hold a file open a while) the next export removes.
        remove_quietly(partial)
        remove_quietly(final)
        pending.release(session)
        if isinstance(error, OSError) and full_disk.is_full(error):
            raise FieldappError("disk_full", path=str(out_dir)) from None
        if isinstance(error, OSError):
            raise FieldappError("bundle_not_written", path=str(out_dir),
                                detail=error.strerror) from None
        raise
    with session.transaction() as conn:
        bundles.record_export(conn, bundle_id, office.fingerprint, sequence, "records",
                              [v.id for v, _ in versions], [a.id for a in attachments],
                              utc_now())
        case_store.mark_exported(conn, bundle_id, [v.id for v, _ in cases])
        session.log(conn, "bundle.export", f"{bundle_id} {sequence}")
        pending.done(conn)
    return ExportResult(final, bundle_id, sequence, len(versions), len(attachments), size,
                        len(cases))


def _parts(size: int) -> int:
    return max(-(-size // attachment_store.CHUNK), 1)


def _attachment_file(
    session: Session, info: attachment_store.AttachmentInfo, before: int, total: int,
    progress: Callable[[int, int], None] | None,
) -> bundle.PayloadFile:
    """A member whose bytes come from the vault one stored chunk (1 MiB) at a time, never
    whole; progress hears (chunks written, chunks in all the evidence) after each."""
    def chunks() -> Iterator[bytes]:
        done = before
        for chunk in attachment_store.chunks(session.conn, info.id):
            yield chunk
            done += 1
            if progress:
                progress(done, total)
        if progress and done == before:  # an empty file still counts as one
            progress(done + 1, total)

    return bundle.PayloadFile(bundle.attachment_name(info.stored_sha256), info.size, chunks)
