"""Office side: verify bundles in the order design.md section 6 gives, then merge each in
one transaction. A rejected bundle leaves the vault exactly as it was, and so does a bundle
that fails in a way no check foresaw (an exception of any kind): it is that bundle's
rejection, and the next bundle is imported as if nothing happened."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fieldapp.domain import vocabulary_doc
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import FieldappError, InvalidInput
from fieldapp.services import vocabulary
from fieldapp.services.purge import auto_purge, purge_delivered
from fieldapp.services.receipts import mark_delivered, receipt_versions
from fieldapp.services.roster import accept_roster
from fieldapp.services.session import Session
from fieldapp.store import attachments as attachment_store
from fieldapp.store import bundles
from fieldapp.store import cases as case_store
from fieldapp.store import identity as identity_store
from fieldapp.store import peers as peer_store
from fieldapp.store import records as record_store
from fieldapp.store.attachments import AttachmentInfo
from fieldapp.store.clock import utc_now
from fieldapp.store.database import abandon, checkpoint_deferred
from fieldapp.store.heads import meta, refresh_record
from fieldapp.store.lineage import check_case_lineage, check_lineage
from fieldapp.store.peers import Peer
from fieldapp.store.records import Arrival
from fieldapp.store.records_jsonl import (
    CaseArrival,
    latest_clock,
    parse_attachment,
    parse_case_version,
    parse_version,
)
from fieldapp.store.regular_files import open_regular
from sync import bundle, limits
from sync.age import X25519Identity
from sync.bundle import BundleRejected, VerifiedPayload
from sync.merge import record_state
from sync.sshkeys import fingerprint

MANIFEST_KEYS_V1 = {"format", "version", "kind", "bundle_id", "sender", "recipient",
                    "sequence", "created_at", "versions", "attachments"}
# Version 2 counts the case lines too; version 3 names the vocabulary version the sender
# held. Version 1 and 2 bundles still import.
MANIFEST_KEYS_V2 = {*MANIFEST_KEYS_V1, "cases"}
MANIFEST_KEYS = {*MANIFEST_KEYS_V2, "vocabulary"}
_MANIFEST_VERSIONS = {frozenset(MANIFEST_KEYS_V1): 1, frozenset(MANIFEST_KEYS_V2): 2,
                      frozenset(MANIFEST_KEYS): 3}
_MANIFEST_COUNTS = {"sequence": limits.MAX_SEQUENCE, "versions": limits.MAX_VERSIONS,
                    "attachments": bundle.MAX_ATTACHMENTS, "cases": limits.MAX_VERSIONS,
                    "vocabulary": vocabulary_doc.MAX_VERSION}


@dataclass
class ImportReport:
    file: str
    status: str  # accepted, rejected or duplicate
    kind: str | None = None  # records or roster
    check: str | None = None
    reason: str | None = None  # a face's sentence for `code`: the core words nothing
    sender: str | None = None
    sequence: int | None = None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    in_conflict: int = 0
    cases: int = 0  # cases new or changed
    purged: int = 0
    missing_sequences: list[int] = field(default_factory=list)
    vocabulary: int | None = None  # the vocabulary version an office bundle brought

    def __post_init__(self) -> None:
        # Why the bundle was rejected or changed nothing: a code and its arguments, which a
        # face words into `reason`. Not fields, so as_dict() keeps the keys it always had.
        self.code: str | None = None
        self.params: dict[str, Any] = {}

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Stage:
    """The check an import has reached: what a failure no check foresaw is reported at."""

    check: str = "size"


@dataclass
class _Contents:
    manifest: dict[str, Any]
    peer: Peer
    versions: list[Arrival]
    attachments: list[AttachmentInfo]
    known: dict[str, str]  # version id -> content hash, for versions the vault already holds
    cases: list[CaseArrival] = field(default_factory=list)
    known_cases: dict[str, str] = field(default_factory=dict)  # the same, for case versions


Lines = tuple[list[Arrival], list[AttachmentInfo], list[CaseArrival]]


def import_bundles(
    session: Session, paths: list[Path],
    on_each: Callable[[int, ImportReport], None] | None = None,
) -> list[ImportReport]:
    """Import bundles in the order given, each checked and merged on its own; on_each hears
    of every one as it is done (the window's progress bar)."""
    identity = identity_store.age_identity(session.conn)
    reports = []
    with checkpoint_deferred(session.conn):
        for index, path in enumerate(paths):
            with _collector_paused():
                reports.append(_import(session, path, identity))
            if on_each is not None:
                on_each(index, reports[-1])
    return reports


def import_bundle(session: Session, path: Path) -> ImportReport:
    return import_bundles(session, [path])[0]


def _import(session: Session, path: Path, identity: X25519Identity) -> ImportReport:
    """One bundle, start to end. Whatever goes wrong inside it (a check that fails, or any
    exception: RecursionError, MemoryError, OverflowError, OSError...) is this bundle's
    rejection; its transaction was rolled back. KeyboardInterrupt and SystemExit still end
    the whole import."""
    report = ImportReport(file=str(path), status="rejected")
    stage = _Stage()
    try:
        contents, verified = _verify(session, path, identity, stage)
        report.sender, report.sequence = contents.peer.name, contents.manifest["sequence"]
        report.kind = contents.manifest["kind"]
        seen = bundles.bundle_seen(session.conn, contents.manifest["bundle_id"])
        if seen and report.kind == "receipt":
            raise BundleRejected("manifest", "receipt_replay")
        if seen:
            report.status = "duplicate"
            report.code = "already_imported"
            return report
        stage.check = "records"
        if contents.manifest["kind"] == "roster":
            _accept_roster(session, contents, verified, report)
        elif contents.manifest["kind"] == "receipt":
            _apply_receipt(session, contents, verified, report)
        else:
            _merge(session, path, contents, verified, identity, report, stage)
    except BundleRejected as rejection:
        report = _rejected(report, rejection.check, rejection.params)
        report.code = rejection.code
        return report
    except FieldappError as error:  # a full disk, say: the bundle is refused in its words
        _roll_back(session)
        report = _rejected(report, stage.check, dict(error.params))
        report.code = error.code
        return report
    except OSError as error:
        _roll_back(session)
        report = _rejected(report, stage.check, {
            "path": str(path), "detail": error.strerror or type(error).__name__})
        report.code = "bundle_unreadable"
        return report
    except Exception as error:
        _roll_back(session)
        report = _rejected(report, stage.check, {"error": type(error).__name__})
        report.code = "bundle_failed"
        return report
    report.status = "accepted"
    return report


def _rejected(report: ImportReport, check: str, params: dict[str, Any]) -> ImportReport:
    """The report of a bundle that was rolled back (its caller sets the code): who sent
    it, if that was reached, and none of the counts a merge may have made before it failed."""
    rejected = ImportReport(file=report.file, status="rejected", kind=report.kind,
                            check=check, sender=report.sender, sequence=report.sequence)
    rejected.params = params
    return rejected


def _roll_back(session: Session) -> None:
    """After a failure no check foresaw: no transaction may stay open for the next bundle
    (the transaction's own handler rolled back, unless the rollback failed too)."""
    abandon(session.conn)


def _verify(
    session: Session, path: Path, identity: X25519Identity, stage: _Stage
) -> tuple[_Contents, VerifiedPayload]:
    """Every check that needs no write: size, decryption, archive, signature, manifest,
    records (with whose records they are), attachments. Raises BundleRejected naming the
    first that fails; `stage` follows the checks, for a failure none of them foresaw."""
    try:
        # One open: the size checked is the size of what is read, and a folder, a device or
        # a FIFO given as a bundle is refused before a byte is read.
        source, size = open_regular(path, "bundle")
    except InvalidInput as refused:
        problem = refused.problems[0]
        if problem.code == "not_a_regular_file":
            raise BundleRejected("size", "not_a_regular_file", path=str(path)) from None
        raise BundleRejected("size", "cannot_read", path=str(path),
                             detail=problem.params.get("detail")) from None
    with source:
        bundle.check_size(size)
        stage.check = "decrypt"
        verified = bundle.verify_payload(source, [identity])
    stage.check = "signature"
    peer = _check_signer(session, verified)
    stage.check = "manifest"
    manifest = _check_manifest(session, verified, peer)
    if manifest["kind"] in ("roster", "receipt"):
        if peer.role != "office":
            raise BundleRejected("signature", "not_signed_by_office", kind=manifest["kind"])
        return _Contents(manifest, peer, [], [], {}), verified
    stage.check = "records"
    lines = _parse_lines(verified, session.taxonomy, peer.fingerprint)
    return _check_records(session, verified, manifest, peer, lines, stage), verified


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A bundle's 5,000 records become some 100,000 containers and as many row tuples, all
    alive until its transaction ends and none in a cycle; the cycle collector would walk
    them again and again for nothing. It runs again between bundles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_signer(session: Session, verified: VerifiedPayload) -> Peer:
    signer = fingerprint(verified.signer)
    peer = peer_store.by_fingerprint(session.conn, signer)
    if peer is None:
        raise BundleRejected("signature", "unknown_signer", signer=signer)
    if peer.revoked:
        raise BundleRejected("signature", "revoked_signer", name=peer.name,
                             revoked_at=peer.revoked_at)
    return peer


def _check_manifest(session: Session, verified: VerifiedPayload, peer: Peer) -> dict[str, Any]:
    manifest = bundle.strict_json(verified.manifest, bundle.MANIFEST)
    shape = _MANIFEST_VERSIONS.get(frozenset(manifest)) if isinstance(manifest, dict) else None
    if shape is None:
        raise BundleRejected("manifest", "manifest_fields")
    if manifest["format"] != bundle.FORMAT or manifest["version"] != shape:
        raise BundleRejected("manifest", "format_unsupported")
    manifest = {"cases": 0, "vocabulary": 0, **manifest}
    expected_kinds = ("records",) if session.identity.role == "office" else ("roster", "receipt")
    if manifest["kind"] not in expected_kinds:
        raise BundleRejected("manifest", "wrong_kind", kind=manifest["kind"],
                             role=session.identity.role)
    if manifest["recipient"] != session.identity.fingerprint:
        raise BundleRejected("manifest", "wrong_recipient")
    if manifest["sender"] != peer.fingerprint:
        raise BundleRejected("manifest", "wrong_sender")
    for key, most in _MANIFEST_COUNTS.items():
        if not isinstance(manifest[key], int) or isinstance(manifest[key], bool) \
                or not (1 if key == "sequence" else 0) <= manifest[key] <= most:
            raise BundleRejected("manifest", "bad_count", key=key)
    if not isinstance(manifest["bundle_id"], str) or not limits.UUID.fullmatch(
            manifest["bundle_id"]):
        raise BundleRejected("manifest", "bad_bundle_id")
    if not isinstance(manifest["created_at"], str) or not limits.TIMESTAMP.fullmatch(
            manifest["created_at"]):
        raise BundleRejected("manifest", "bad_created_at")
    if manifest["kind"] == "records":
        # A sequence far past the highest held would open a gap of that size: refused before
        # anything is written, so a report of missing bundles stays as small as the gaps.
        highest = bundles.highest_sequence(session.conn, peer.fingerprint)
        if manifest["sequence"] > highest + limits.MAX_SEQUENCE_STEP:
            raise BundleRejected("manifest", "sequence_too_far", sequence=manifest["sequence"],
                                 highest=highest, step=limits.MAX_SEQUENCE_STEP)
    return manifest


def _parse_lines(verified: VerifiedPayload, taxonomy: Taxonomy, sender: str) -> Lines:
    """records.jsonl, every line checked on its own (shape, author, schema, hash)."""
    versions: list[Arrival] = []
    attachments: list[AttachmentInfo] = []
    cases: list[CaseArrival] = []
    lines = bundle.strict_json_lines(verified.records, bundle.RECORDS)
    clock_limit = latest_clock()
    for number, (raw, line) in enumerate(zip(lines.lines, lines.values, strict=True), start=1):
        kind = line.get("type") if isinstance(line, dict) else None
        if kind == "version":
            versions.append(parse_version(line, number, taxonomy, sender,
                                          raw if lines.canonical else None, clock_limit))
        elif kind == "attachment":
            attachments.append(parse_attachment(line, number))
        elif kind == "case":
            cases.append(parse_case_version(line, number, taxonomy, sender, clock_limit))
        else:
            raise BundleRejected("records", "unknown_line", line=number)
    return versions, attachments, cases


def _check_records(
    session: Session, verified: VerifiedPayload, manifest: dict[str, Any], peer: Peer,
    lines: Lines, stage: _Stage,
) -> _Contents:
    """The lines against the manifest, the vault's copies, whose records they touch, and
    the attachments carried."""
    versions, attachments, cases = lines
    if (len(versions) != manifest["versions"] or len(attachments) != manifest["attachments"]
            or len(cases) != manifest["cases"]):
        raise BundleRejected("records", "count_mismatch")
    ids = [a.version.id for a in versions]
    if len(ids) != len(set(ids)):
        raise BundleRejected("records", "version_twice")
    known = record_store.existing(session.conn, "versions", "content_hash", ids)
    for arrival in versions:
        version = arrival.version
        if known.get(version.id, version.content_hash) != version.content_hash:
            raise BundleRejected("records", "version_differs", version=version.id)
    check_lineage(session.conn, session.identity.fingerprint, peer.fingerprint, versions,
                  attachments, known)
    known_cases = _check_cases(session, peer, cases)
    stage.check = "attachments"
    if verified.bad_attachments:
        raise BundleRejected("attachments", "attachment_hash")
    listed = {a.stored_sha256 for a in attachments}
    if listed != set(verified.attachments):
        raise BundleRejected("attachments", "attachments_differ")
    for info in attachments:
        if verified.attachments[info.stored_sha256] != info.size:
            raise BundleRejected("attachments", "attachment_size")
    return _Contents(manifest, peer, versions, attachments, known, cases, known_cases)


def _check_cases(session: Session, peer: Peer, cases: list[CaseArrival]) -> dict[str, str]:
    """Case lines against the vault's copies and whose cases they touch."""
    ids = [a.version.id for a in cases]
    if len(ids) != len(set(ids)):
        raise BundleRejected("records", "version_twice")
    known = case_store.existing_hashes(session.conn, ids)
    for arrival in cases:
        if known.get(arrival.version.id, arrival.version.content_hash) \
                != arrival.version.content_hash:
            raise BundleRejected("records", "version_differs", version=arrival.version.id)
    check_case_lineage(session.conn, session.identity.fingerprint, peer.fingerprint,
                       [a.version for a in cases], known)
    return known


def _merge(
    session: Session, path: Path, contents: _Contents, verified: VerifiedPayload,
    identity: X25519Identity, report: ImportReport, stage: _Stage,
) -> None:
    """All of it in one transaction: versions, attachments (read again and re-hashed),
    record heads, the bundle's id, the sender's gaps; any failure rolls everything back."""
    bundle_id = contents.manifest["bundle_id"]
    conn = session.conn
    known = contents.known
    record_ids = {a.version.record_id for a in contents.versions}
    heads_before = record_store.existing(conn, "records", "head", sorted(record_ids))
    arriving: dict[str, list[Arrival]] = {}
    for arrival in contents.versions:
        if arrival.version.id not in known:
            arriving.setdefault(arrival.version.record_id, []).append(arrival)
    new = {rid: vs for rid, vs in arriving.items() if rid not in heads_before}
    with session.transaction() as conn:
        report.cases = case_store.merge_arrivals(
            conn, [a for a in contents.cases if a.version.id not in contents.known_cases],
            bundle_id)
        record_store.insert_new_records(
            conn, [_new_record(session, versions) for versions in new.values()], bundle_id)
        report.new = len(new)
        for record_id, versions in arriving.items():
            if record_id in new:
                continue
            for version, record, stored in versions:
                record_store.insert_version_row(conn, version, record, received_in=bundle_id,
                                                stored=stored)
            state = refresh_record(conn, session.taxonomy, record_id)
            if state.in_conflict:
                report.in_conflict += 1
            elif state.shown.id != heads_before[record_id]:
                report.updated += 1
            else:
                report.unchanged += 1
        report.unchanged += len(record_ids - set(arriving))
        stage.check = "attachments"
        _store_attachments(conn, path, contents, verified, identity)
        stage.check = "records"
        bundles.record_import(conn, bundle_id, contents.peer.fingerprint,
                              contents.manifest["sequence"], "records", utc_now())
        session.log(conn, "bundle.import", f"{bundle_id} {contents.peer.fingerprint}")
        # Before the commit, so that nothing left to fail after it could belie the report.
        report.missing_sequences = bundles.missing_sequences(conn, contents.peer.fingerprint)


def _new_record(session: Session, versions: list[Arrival]) -> record_store.NewRecord:
    if len(versions) == 1 and not versions[0].version.parents:
        shown, in_conflict = versions[0], False  # the usual case: a record's first version
    else:
        state = record_state(meta(a.version) for a in versions)
        shown = next(a for a in versions if a.version.id == state.shown.id)
        in_conflict = state.in_conflict
    block = session.taxonomy.block_of(shown.record["threat_type"]) if shown.record else ""
    return record_store.NewRecord(versions, shown, block, in_conflict)


def _store_attachments(
    conn: Any, path: Path, contents: _Contents, verified: VerifiedPayload,
    identity: X25519Identity,
) -> None:
    """Second pass over the file, inside the import's transaction; a bundle without
    attachments has nothing more to read."""
    if not contents.attachments:
        return
    by_hash: dict[str, list[AttachmentInfo]] = {}
    for info in contents.attachments:
        by_hash.setdefault(info.stored_sha256, []).append(info)
    bundle_id = contents.manifest["bundle_id"]
    try:
        source, _ = open_regular(path, "bundle")
    except InvalidInput:
        # Replaced between the two readings (by a folder, a device, a pipe that would hang).
        raise BundleRejected("attachments", "attachment_changed") from None
    with source:
        # Each file goes in chunk by chunk as it is decrypted; the same file under other
        # ids is copied inside the vault. A chunk left untaken is skipped by the reader.
        for sha, chunks in bundle.read_attachments(source, [identity], verified):
            first: str | None = None
            for info in by_hash.get(sha, []):
                if attachment_store.exists(conn, info.id):
                    continue
                if first is None:
                    attachment_store.insert(conn, info, chunks, received_in=bundle_id)
                    first = info.id
                else:
                    attachment_store.copy_chunks(conn, first, info.id)
                    attachment_store.insert_row(conn, info, received_in=bundle_id)


def _apply_receipt(
    session: Session, contents: _Contents, verified: VerifiedPayload, report: ImportReport
) -> None:
    records, offered = vocabulary.split_office_lines(verified.records)
    ids = receipt_versions(records)
    if len(ids) != contents.manifest["versions"]:
        raise BundleRejected("records", "receipt_count")
    with session.transaction() as conn:
        report.updated = mark_delivered(session, ids)
        report.vocabulary = vocabulary.accept_line(session, offered)
        bundles.record_import(conn, contents.manifest["bundle_id"], contents.peer.fingerprint,
                              contents.manifest["sequence"], "receipt", utc_now())
        session.log(conn, "receipt.apply", contents.manifest["bundle_id"])
    if report.vocabulary is not None:
        vocabulary.reload(session)
    if auto_purge(session):
        # The receipt is applied and committed: a purge that fails now is reported beside
        # it, not as a rejection of what was done (the purge runs again on the next one).
        try:
            report.purged = purge_delivered(session)
        except FieldappError as error:  # a disk too full to finish the scrub, say
            _roll_back(session)
            report.code, report.params = error.code, dict(error.params)
        except Exception as error:
            _roll_back(session)
            report.code = "purge_failed"
            report.params = {"error": type(error).__name__}


def _accept_roster(
    session: Session, contents: _Contents, verified: VerifiedPayload, report: ImportReport
) -> None:
    if contents.peer.role != "office":
        raise BundleRejected("signature", "not_signed_by_office", kind="roster")
    records, offered = vocabulary.split_office_lines(verified.records)
    with session.transaction() as conn:
        version = accept_roster(session, contents.manifest, records)
        report.vocabulary = vocabulary.accept_line(session, offered)
        bundles.record_import(conn, contents.manifest["bundle_id"], contents.peer.fingerprint,
                              contents.manifest["sequence"], "roster", utc_now())
        session.log(conn, "roster.accept", str(version))
    if report.vocabulary is not None:
        vocabulary.reload(session)
    report.updated = 1


def report_json(reports: list[ImportReport]) -> str:
    return json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=2)
