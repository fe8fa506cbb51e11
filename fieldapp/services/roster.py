"""The office's signed roster: its current recipients and each observer's standing.

Each observer gets its own copy, holding only its own entry, inside a bundle signed by
the office and encrypted to that observer: a seized observer laptop never lists the
other observers. Observers accept a roster only from their pinned office and only if
its version is higher than the one they hold.
"""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path
from typing import Any

from fieldapp.errors import FieldappError
from fieldapp.services import vocabulary
from fieldapp.services.session import Session
from fieldapp.store import identity as identity_store
from fieldapp.store import peers as peer_store
from fieldapp.store import rosters
from fieldapp.store.clock import utc_now
from fieldapp.store.peers import Peer
from fieldapp.store.records_jsonl import jsonl
from sync import bundle, limits
from sync.age import X25519Recipient
from sync.bundle import BundleRejected

ROSTER_FORMAT = "fieldapp-roster"
# SQLite stores a roster's version as a signed 64-bit integer.
MAX_ROSTER_VERSION = 2**63 - 1


def latest_version(session: Session) -> int:
    return rosters.latest_version(session.conn)


def _document(session: Session, version: int, observers: list[Peer]) -> dict[str, Any]:
    return {
        "format": ROSTER_FORMAT,
        "version": version,
        "issued_at": utc_now(),
        "office": {"name": session.identity.name, "fingerprint": session.identity.fingerprint},
        "recipients": [identity_store.age_identity(session.conn).recipient().to_string()],
        "observers": [
            {"name": p.name, "fingerprint": p.fingerprint, "enrolled_at": p.enrolled_at,
             "revoked_at": p.revoked_at}
            for p in observers
        ],
    }


def publish_roster(session: Session, out_dir: Path) -> list[Path]:
    """Write one roster bundle per enrolled observer into out_dir; returns their paths."""
    if session.identity.role != "office":
        raise FieldappError("office_only_roster")
    if not out_dir.is_dir():
        raise FieldappError("not_a_folder", path=str(out_dir))
    observers = [p for p in peer_store.all_peers(session.conn) if p.role == "observer"]
    if not observers:
        raise FieldappError("no_observers")
    version = latest_version(session) + 1
    full = _document(session, version, observers)
    signer = identity_store.signing_key(session.conn)
    written = []
    for observer in observers:
        if observer.revoked:
            continue
        own = {**full, "observers": [o for o in full["observers"]
                                     if o["fingerprint"] == observer.fingerprint]}
        manifest = {
            "format": bundle.FORMAT, "version": bundle.FORMAT_VERSION, "kind": "roster",
            "bundle_id": str(uuid.uuid4()), "sender": session.identity.fingerprint,
            "recipient": observer.fingerprint, "sequence": version, "created_at": utc_now(),
            "versions": 0, "attachments": 0, "cases": 0,
            "vocabulary": session.taxonomy.version,
        }
        recipient = X25519Recipient.from_string(observer.age_recipient)
        path = out_dir / (secrets.token_hex(12) + ".age")
        with path.open("wb") as sink:
            bundle.write_bundle(sink, manifest, jsonl([{"type": "roster", "document": own},
                                                    vocabulary.bundle_line(session)]),
                                [], signer, [recipient] * bundle.STANZAS)
        written.append(path)
    with session.transaction() as conn:
        rosters.add(conn, version, full, full["issued_at"])
        session.log(conn, "roster.publish", str(version))
    return written


def accept_roster(session: Session, manifest: dict[str, Any], records: bytes) -> int:
    """Observer side, after the bundle's signature was checked against the pinned office:
    store the roster if it is newer. Returns its version."""
    lines = [line for line in records.split(b"\n") if line.strip()]
    if len(lines) != 1:
        raise BundleRejected("records", "roster_not_one")
    line = bundle.strict_json(lines[0], bundle.RECORDS)
    document = line.get("document") if isinstance(line, dict) else None
    if not isinstance(document, dict) or document.get("format") != ROSTER_FORMAT:
        raise BundleRejected("records", "roster_malformed")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) \
            or not 0 < version <= MAX_ROSTER_VERSION:
        raise BundleRejected("records", "roster_malformed")
    if version != manifest["sequence"]:
        raise BundleRejected("manifest", "roster_version_mismatch")
    held = latest_version(session)
    if version <= held:
        raise BundleRejected("manifest", "roster_not_newer", version=version, held=held)
    issued_at = document.get("issued_at")
    if not isinstance(issued_at, str) or not limits.TIMESTAMP.fullmatch(issued_at):
        raise BundleRejected("records", "roster_malformed")
    recipients = document.get("recipients")
    if not isinstance(recipients, list) or not recipients:
        raise BundleRejected("records", "roster_no_recipient")
    if len(recipients) > bundle.STANZAS:
        raise BundleRejected("records", "roster_bad_recipient")
    try:
        for text in recipients:
            if not isinstance(text, str):
                raise TypeError("a recipient is not text")
            X25519Recipient.from_string(text)
    except (ValueError, TypeError):
        raise BundleRejected("records", "roster_bad_recipient") from None
    rosters.add(session.conn, version, document, issued_at)
    return version
