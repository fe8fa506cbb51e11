"""What a bundle shows to anyone, and to a vault that can open it; and the audit keys."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, BinaryIO

from fieldapp.errors import FieldappError, InvalidInput
from fieldapp.services.session import Session
from fieldapp.store import files
from fieldapp.store import identity as identity_store
from fieldapp.store import peers as peer_store
from fieldapp.store.regular_files import open_regular
from sync import bundle
from sync.bundle import BundleRejected
from sync.sshkeys import fingerprint, public_key_from_line
from sync.sshsig import allowed_signers_line

AUDIT_IDENTITY_FILE = "office-age-identity.txt"
ALLOWED_SIGNERS_FILE = "allowed_signers"


def _open(path: Path) -> tuple[BinaryIO, int]:
    """The bundle file, open, and its size; a folder, a device or a FIFO is refused."""
    try:
        return open_regular(path, "bundle")
    except InvalidInput as refused:
        problem = refused.problems[0]
        if problem.code == "not_a_regular_file":
            raise FieldappError("not_a_regular_file", path=str(path)) from None
        raise FieldappError("cannot_read", path=str(path),
                            detail=problem.params.get("detail")) from None


def inspect_outer(path: Path) -> dict[str, Any]:
    """Without keys: the format, the stanzas and the size; nothing about the sender."""
    source, size = _open(path)
    try:
        with source:
            outer = bundle.inspect_outer(source, size)
    except OSError as error:
        raise FieldappError("cannot_read", path=str(path), detail=error.strerror) from None
    except BundleRejected as rejection:
        raise FieldappError("not_age_file", **rejection.params) from None
    return {"file": str(path), "format": outer.format, "size": outer.size,
            "stanzas": len(outer.stanza_types), "stanza_types": list(outer.stanza_types)}


def inspect_inside(session: Session, path: Path) -> dict[str, Any]:
    """With this vault's key: manifest, signer and standing, counts; nothing is imported.
    Why it cannot be opened, or its manifest read, comes as a code and params to word."""
    source, _ = _open(path)
    try:
        with source:
            verified = bundle.verify_payload(source, [identity_store.age_identity(session.conn)])
    except BundleRejected as rejection:
        return {"opened": False, "check": rejection.check, "code": rejection.code,
                "params": rejection.params}
    signer = fingerprint(verified.signer)
    peer = peer_store.by_fingerprint(session.conn, signer)
    standing = "unknown" if peer is None else ("revoked" if peer.revoked else "enrolled")
    manifest_error: dict[str, Any] | None = None  # a code and params, for a face to word
    try:
        manifest = bundle.strict_json(verified.manifest, bundle.MANIFEST)
    except BundleRejected as rejection:
        manifest, manifest_error = {}, {"code": rejection.code, "params": rejection.params}
    lines = [line for line in verified.records.split(b"\n") if line.strip()]
    return {
        "opened": True,
        "signer": signer,
        "signer_name": peer.name if peer else None,
        "signer_standing": standing,
        "manifest": manifest,
        "manifest_error": manifest_error,
        "records_lines": len(lines),
        "attachments": len(verified.attachments),
    }


def write_audit_keys(session: Session, out_dir: Path) -> list[Path]:
    """The office's age identity and an allowed_signers file for the stock-tool recipe."""
    if session.identity.role != "office":
        raise FieldappError("office_only_audit_keys")
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    identity_path = out_dir / AUDIT_IDENTITY_FILE
    signers_path = out_dir / ALLOWED_SIGNERS_FILE
    lines = []
    for peer in peer_store.all_peers(session.conn):
        if peer.role == "observer":
            key = public_key_from_line(peer.signing_key)
            lines.append(allowed_signers_line(peer.fingerprint, key, [bundle.NAMESPACE]))
    secret = identity_store.age_identity(session.conn).to_string()
    _write_private(identity_path, f"# {session.identity.name}\n{secret}\n")
    _write_private(signers_path, "\n".join(lines) + ("\n" if lines else ""))
    with session.transaction() as conn:
        session.log(conn, "audit.keys_written")
    return [identity_path, signers_path]


def _write_private(path: Path, text: str) -> None:
    fd = files.open_private(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    # An existing file keeps its old mode through O_CREAT (Windows: see restrict_permissions).
    files.restrict_permissions(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
