"""Fuzzing what a bundle carries once it is decrypted and its signature checked: the
manifest, records.jsonl (version and attachment lines), receipts, rosters, and the whole
archive-and-signature layer. The import may refuse any of it only with BundleRejected
(which names the check); anything else is a crash and fails here."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import uuid
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import example, given
from hypothesis import strategies as st
from support import MINIMAL_RECORD, PASSPHRASE, full_record

from fieldapp.domain.case import validate_case
from fieldapp.domain.record import content_hash, tombstone_hash, validate
from fieldapp.domain.taxonomy import load_default
from fieldapp.services import importing
from fieldapp.services.receipts import receipt_versions
from fieldapp.services.roster import ROSTER_FORMAT, accept_roster
from fieldapp.services.session import Session, create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from sync import age, bundle
from sync.bundle import BundleRejected, PayloadFile
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import bytes_like, json_bytes, json_like, mutated, perturbed

TAXONOMY = load_default()
SENDER = "SHA256:" + "s" * 43
IDENTITY = age.X25519Identity.generate()
SIGNER = Ed25519PrivateKey.generate()

OFFICE = "SHA256:" + "o" * 43
MANIFEST: dict[str, Any] = {
    "format": bundle.FORMAT, "version": bundle.FORMAT_VERSION, "kind": "records",
    "bundle_id": str(uuid.uuid4()), "sender": SENDER, "recipient": OFFICE, "sequence": 3,
    "created_at": "2024-05-01T10:00:00Z", "versions": 3, "attachments": 1, "cases": 1,
    "vocabulary": 1,
}


def version_line(record: dict[str, Any] | None, parents: list[str]) -> dict[str, Any]:
    record_id = str(uuid.uuid4())
    return {
        "type": "version", "id": str(uuid.uuid4()), "record_id": record_id,
        "parents": parents, "author": SENDER, "hlc": "001714557600000.00000",
        "content_hash": content_hash(record) if record else tombstone_hash(record_id),
        "tombstone": record is None, "created_at": "2024-05-01T10:00:00Z", "record": record,
    }


RECORD = validate({**full_record(sources=[]), "case": str(uuid.uuid4()),
                   "legal_articles": ["cc_274", "ac_488"], "outcome": "acquittal",
                   "outcome_on": "2021-06"}, TAXONOMY)
CASE = validate_case({"reference": "PAV-2024-007", "title": "Union leader", "summary": "x",
                      "persons": [{"alias": "A.", "gender": "man"}], "status": "closed",
                      "opened_on": "2024-01", "closed_on": "2024-06-30"}, TAXONOMY)
LINES = [
    version_line(RECORD, []),
    version_line(validate(MINIMAL_RECORD, TAXONOMY), [str(uuid.uuid4())]),
    version_line(None, [str(uuid.uuid4())]),
    {"type": "attachment", "id": str(uuid.uuid4()), "record_id": str(uuid.uuid4()),
     "filename": "scene.jpg", "media_type": "image/jpeg", "original_sha256": "a" * 64,
     "stored_sha256": "b" * 64, "size": 1000, "metadata_removed": ["GPS"],
     "metadata_warning": None, "created_at": "2024-05-01T10:00:00Z"},
    {**version_line(None, []), "type": "case", "case_id": str(uuid.uuid4()),
     "content_hash": content_hash(CASE), "tombstone": False, "case": CASE},
]
for _line in LINES[-1:]:
    del _line["record_id"], _line["record"]


def jsonl(lines: list[Any]) -> bytes:
    return b"".join(json_bytes(line) + b"\n" for line in lines)


@st.composite
def records_files(draw: st.DrawFn) -> bytes:
    """records.jsonl near a valid one: one line perturbed, lines dropped or repeated,
    then sometimes byte mutations (which leave the fast canonical path)."""
    lines = list(LINES)
    at = draw(st.integers(0, len(lines) - 1))
    lines[at] = draw(perturbed(lines[at]))
    if draw(st.integers(0, 4)) == 0:
        lines.append(lines[draw(st.integers(0, len(lines) - 1))])
    data = jsonl(lines)
    return draw(mutated(data)) if draw(st.integers(0, 3)) == 0 else data


@FUZZ
@given(json_like(MANIFEST))
@example(json_bytes({**MANIFEST, "sequence": 2**64}))
@example(b'{"a":' * 3000 + b"1" + b"}" * 3000)
def test_manifest(office: Any, data: bytes) -> None:
    peer = SimpleNamespace(fingerprint=SENDER)
    with contextlib.suppress(BundleRejected):
        importing._check_manifest(office, SimpleNamespace(manifest=data), peer)


@FUZZ
@given(st.one_of(records_files(), bytes_like(jsonl(LINES))))
@example(jsonl(LINES) + b"[" * 5000 + b"]" * 5000 + b"\n")
def test_records_jsonl(data: bytes) -> None:
    with contextlib.suppress(BundleRejected):
        importing._parse_lines(SimpleNamespace(records=data), TAXONOMY, SENDER)


RECEIPT = {"type": "receipt", "versions": [str(uuid.uuid4()) for _ in range(3)]}


@FUZZ
@given(json_like(RECEIPT))
def test_receipt(data: bytes) -> None:
    with contextlib.suppress(BundleRejected):
        receipt_versions(data)


# -- rosters (an observer's vault: accept_roster reads what it already holds) ------------------


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """An office's vault (the manifest check reads the sender's bundles from it), seen
    under the fingerprint the sample manifests name as their recipient."""
    made = create_vault(tmp_path_factory.mktemp("fuzz") / "office", "office", "Fuzzed office",
                        PASSPHRASE, KDF_FLOOR, TAXONOMY)
    yield SimpleNamespace(identity=SimpleNamespace(role="office", fingerprint=OFFICE),
                          conn=made.conn)
    made.lock()


@pytest.fixture(scope="module")
def observer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    made = create_vault(tmp_path_factory.mktemp("fuzz") / "observer", "observer", "Fuzzed",
                        PASSPHRASE, KDF_FLOOR, TAXONOMY)
    yield made
    made.lock()


ROSTER = {"type": "roster", "document": {
    "format": ROSTER_FORMAT, "version": 4, "issued_at": "2024-05-01T10:00:00Z",
    "office": {"name": "Almaty office", "fingerprint": OFFICE},
    "recipients": [IDENTITY.recipient().to_string()],
    "observers": [{"name": "Fuzzed", "fingerprint": SENDER, "enrolled_at": "2024-01-01",
                   "revoked_at": None}],
}}


def roster_version(data: bytes) -> Any:
    """The version the roster claims, for a manifest that agrees with it (so the fuzzing
    reaches past the version check)."""
    try:
        return bundle.strict_json(data.split(b"\n")[0], bundle.RECORDS)["document"]["version"]
    except Exception:  # any shape at all: the manifest keeps its own sequence
        return 4


@FUZZ
@given(json_like(ROSTER))
@example(json_bytes({**ROSTER, "document": {**ROSTER["document"], "version": 2**64}}))
@example(json_bytes({**ROSTER, "document": {**ROSTER["document"], "recipients": [7]}}))
def test_roster(observer: Session, data: bytes) -> None:
    manifest = {**MANIFEST, "kind": "roster", "sequence": roster_version(data)}
    with pytest.raises(_Undo), observer.transaction():
        with contextlib.suppress(BundleRejected):
            accept_roster(observer, manifest, data)
        raise _Undo  # a roster that was accepted is not kept: the next example starts clean


class _Undo(Exception):
    pass


# -- the archive and signature layer, inside a real encryption ---------------------------------


def payload_files() -> list[PayloadFile]:
    attachment = os.urandom(3000)
    return [PayloadFile.of_bytes(bundle.MANIFEST, json_bytes(MANIFEST)),
            PayloadFile.of_bytes(bundle.RECORDS, jsonl(LINES)),
            PayloadFile.of_bytes(bundle.attachment_name(hashlib.sha256(attachment).hexdigest()),
                                 attachment)]


def plaintext_sample() -> bytes:
    sink = io.BytesIO()
    bundle.write_bundle(sink, MANIFEST, jsonl(LINES), payload_files()[2:], SIGNER,
                        [IDENTITY.recipient()] * bundle.STANZAS)
    return age.decrypt_bytes(sink.getvalue(), [IDENTITY])


PLAINTEXT = plaintext_sample()


@FUZZ
@given(mutated(PLAINTEXT, max_ops=3))
def test_bundle_archive_and_signature(plaintext: bytes) -> None:
    sealed = age.encrypt_bytes(plaintext, [IDENTITY.recipient()] * bundle.STANZAS)
    with contextlib.suppress(BundleRejected):
        bundle.verify_payload(io.BytesIO(sealed), [IDENTITY])


def test_the_samples_are_valid(office: Any, observer: Session) -> None:
    """The fuzzing starts from valid inputs, so mutations reach deep into each parser."""
    verified = bundle.verify_payload(
        io.BytesIO(age.encrypt_bytes(PLAINTEXT, [IDENTITY.recipient()] * 2)), [IDENTITY])
    assert importing._check_manifest(office, verified,
                                     SimpleNamespace(fingerprint=SENDER)) == MANIFEST
    versions, attachments, cases = importing._parse_lines(verified, TAXONOMY, SENDER)
    assert (len(versions), len(attachments), len(cases)) == (3, 1, 1)
    assert receipt_versions(json_bytes(RECEIPT)) == RECEIPT["versions"]
    with observer.transaction():
        assert accept_roster(observer, {**MANIFEST, "sequence": 4}, json_bytes(ROSTER)) == 4
        observer.conn.execute("DELETE FROM rosters")
