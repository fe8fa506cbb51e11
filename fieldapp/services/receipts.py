"""Receipts: the office tells each observer which versions it now holds, so the observer
can purge them and carry as little as possible."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.errors import FieldappError
from fieldapp.services import vocabulary
from fieldapp.services.session import Session
from fieldapp.store import bundles
from fieldapp.store import identity as identity_store
from fieldapp.store import peers as peer_store
from fieldapp.store import receipts as store
from fieldapp.store.clock import utc_now
from fieldapp.store.records_jsonl import jsonl
from sync import bundle, limits
from sync.age import X25519Recipient
from sync.bundle import BundleRejected

MAX_RECEIPT_VERSIONS = 1_000_000


@dataclass(frozen=True)
class WrittenReceipt:
    path: Path
    observer: str
    versions: int


def write_receipts(session: Session, out_dir: Path) -> list[WrittenReceipt]:
    """Office: one receipt bundle per observer with versions received since its last receipt."""
    if session.identity.role != "office":
        raise FieldappError("office_only_receipts")
    if not out_dir.is_dir():
        raise FieldappError("not_a_folder", path=str(out_dir))
    written = []
    signer = identity_store.signing_key(session.conn)
    for peer in peer_store.all_peers(session.conn):
        if peer.role != "observer" or peer.revoked:
            continue
        ids = store.awaiting_receipt(session.conn, peer.fingerprint)
        if not ids:
            continue
        bundle_id = str(uuid.uuid4())
        sequence = bundles.sent_count(session.conn, peer.fingerprint, "receipt") + 1
        manifest = {
            "format": bundle.FORMAT, "version": bundle.FORMAT_VERSION, "kind": "receipt",
            "bundle_id": bundle_id, "sender": session.identity.fingerprint,
            "recipient": peer.fingerprint, "sequence": sequence, "created_at": utc_now(),
            "versions": len(ids), "attachments": 0, "cases": 0,
            "vocabulary": session.taxonomy.version,
        }
        path = out_dir / (secrets.token_hex(12) + ".age")
        recipient = X25519Recipient.from_string(peer.age_recipient)
        with path.open("wb") as sink:
            bundle.write_bundle(sink, manifest, jsonl([{"type": "receipt", "versions": ids},
                                                    vocabulary.bundle_line(session)]),
                                [], signer, [recipient] * bundle.STANZAS)
        with session.transaction() as conn:
            store.mark_receipted(conn, bundle_id, ids)
            bundles.record_sent(conn, bundle_id, peer.fingerprint, sequence, "receipt",
                                len(ids), utc_now())
            session.log(conn, "receipt.write", f"{bundle_id} {peer.fingerprint}")
        written.append(WrittenReceipt(path, peer.name, len(ids)))
    return written


def receipt_versions(records: bytes) -> list[str]:
    """The version ids a receipt confirms, checked strictly."""
    lines = [line for line in records.split(b"\n") if line.strip()]
    if len(lines) != 1:
        raise BundleRejected("records", "receipt_not_one_list")
    line: Any = bundle.strict_json(lines[0], bundle.RECORDS)
    ids = line.get("versions") if isinstance(line, dict) else None
    if (not isinstance(line, dict) or set(line) != {"type", "versions"}
            or line["type"] != "receipt" or not isinstance(ids, list)
            or len(ids) > MAX_RECEIPT_VERSIONS
            or not all(isinstance(i, str) and limits.UUID.fullmatch(i) for i in ids)):
        raise BundleRejected("records", "receipt_malformed")
    return ids


def mark_delivered(session: Session, ids: list[str]) -> int:
    """Observer: mark our own exported versions as held by the office; returns how many.
    Call inside the import's transaction."""
    return store.mark_delivered(session.conn, session.identity.fingerprint, ids, utc_now())
