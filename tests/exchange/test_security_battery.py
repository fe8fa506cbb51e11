"""The security battery of design.md section 10: every damaged, truncated, misaddressed,
replayed, badly signed or booby-trapped bundle is ONE clean rejection naming the check that
failed, and the office's vault stays byte-for-byte unchanged.

One office and one valid bundle (from Alice: two records, an edit, a 150 KiB attachment)
serve the whole module; the office never accepts anything, so its digest is taken once.
Malicious bundles are built by hand (tests/exchange/conftest.Forger): the archive, the
signature (by Alice's real key: a coerced or compromised observer) and the age layer, each
changed in one way. A control test shows that the same builder, unchanged, is accepted.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from support import FULL_RECORD, MINIMAL_RECORD

from fieldapp.cli.messages import MESSAGES, message
from fieldapp.domain.record import content_hash
from fieldapp.errors import Problem
from fieldapp.services import attachments, importing, peers, records
from fieldapp.services.importing import ImportReport
from fieldapp.services.session import Session
from fieldapp.store import identity as identity_store
from sync import age, bundle, ustar
from sync.padme import padded_length
from sync.sshkeys import fingerprint
from tests.exchange.conftest import (
    Forger,
    Lab,
    age_header_length,
    enrol,
    export_path,
    jsonl,
    link,
    open_bundle,
    tar,
    tar_header,
    tar_member,
    vault_digest,
)

ATTACHMENT_SIZE = 150 * 1024
SEALED_CHUNK = age.CHUNK_SIZE + age.TAG_SIZE


@dataclass
class Bench:
    office: Session
    alice: Session
    base: bytes  # Alice's valid bundle, never imported here
    bob_bundle: bytes  # signed by Bob, revoked since
    carol_bundle: bytes  # signed by Carol, never enrolled at the office
    forger: Forger
    baseline: dict[str, str]
    work: Path
    lab: Lab
    imports: int = 0

    def reject(self, data: bytes, check: str | Iterable[str]) -> ImportReport:
        """Import `data`: it must be one rejection at `check`, the vault unchanged."""
        self.imports += 1
        path = self.work / "incoming.age"
        path.write_bytes(data)
        report = importing.import_bundle(self.office, path)
        expected = {check} if isinstance(check, str) else set(check)
        assert report.status == "rejected", report
        assert report.check in expected, report
        assert report.reason is None and report.code in MESSAGES, report  # a face words it
        reason = message(report.code, report.params)
        assert reason and "\n" not in reason and "Traceback" not in reason
        assert (report.new, report.updated, report.in_conflict) == (0, 0, 0)
        assert vault_digest(self.office) == self.baseline, "the vault changed"
        return report


@pytest.fixture(scope="module")
def bench(module_lab: Lab) -> Bench:
    lab = module_lab
    office, alice, bob, carol = (lab.vault(w) for w in ("office", "alice", "bob", "carol"))
    link(office, alice)
    link(office, bob)
    enrol(carol, office)  # Carol knows the office; the office never enrolled Carol
    out = lab.root / "usb"
    out.mkdir()
    first, second = records.add_records(alice, [FULL_RECORD, MINIMAL_RECORD])
    records.edit_record(alice, first, {"title": "Detained for two days"})
    attachments.attach_bytes(alice, second, "recording.ogg", os.urandom(ATTACHMENT_SIZE))
    base = export_path(alice, out).read_bytes()
    records.add_record(bob, MINIMAL_RECORD)
    bob_bundle = export_path(bob, out).read_bytes()
    peers.revoke_peer(office, "Oral observer")
    records.add_record(carol, MINIMAL_RECORD)
    carol_bundle = export_path(carol, out).read_bytes()
    forger = Forger(open_bundle(base, office), identity_store.signing_key(alice.conn),
                    identity_store.age_identity(office.conn).recipient())
    work = lab.root / "work"
    work.mkdir()
    return Bench(office, alice, base, bob_bundle, carol_bundle, forger, vault_digest(office),
                 work, lab)


# -- the oracle and the forger are trustworthy ---------------------------------------------------


def test_the_unchanged_check_sees_a_write_and_ignores_reads(bench: Bench) -> None:
    office = bench.lab.copy_of(bench.office, "oracle")
    before = vault_digest(office)
    office.conn.execute("SELECT count(*) FROM versions").fetchone()
    office.conn.execute("BEGIN IMMEDIATE")
    office.conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
    office.conn.execute("ROLLBACK")
    assert vault_digest(office) == before
    with office.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
    assert vault_digest(office) != before


def test_the_valid_bundle_and_the_unchanged_forger_are_accepted(bench: Bench) -> None:
    office = bench.lab.copy_of(bench.office, "control")
    for n, data in enumerate([bench.base, bench.forger.bundle()]):
        path = bench.work / f"control-{n}.age"
        path.write_bytes(data)
        report = importing.import_bundle(office, path)
        assert report.status == "accepted", report
    assert len(attachments.list_attachments(office, bench.forger.lines[-1]["record_id"])) == 1


# -- the age layer -----------------------------------------------------------------------------


def test_every_header_byte_flipped_is_rejected(bench: Bench) -> None:
    base = bench.base
    length = age_header_length(base) + age.NONCE_SIZE  # the header, then the payload nonce
    for offset in range(length):
        for mask in (0x01, 0x80, 0xFF):
            damaged = bytearray(base)
            damaged[offset] ^= mask
            bench.reject(bytes(damaged), "decrypt")


def chunk_boundaries(data: bytes) -> list[int]:
    start = age_header_length(data) + age.NONCE_SIZE
    return list(range(start + SEALED_CHUNK, len(data), SEALED_CHUNK))


def test_truncation_at_every_header_offset_and_around_every_chunk_is_rejected(
    bench: Bench,
) -> None:
    base = bench.base
    boundaries = chunk_boundaries(base)
    assert len(boundaries) >= 2  # the attachment spreads the bundle over several chunks
    cuts = set(range(age_header_length(base) + age.NONCE_SIZE + 2))
    cuts |= {b + d for b in boundaries for d in (-1, 0, 1)}
    cuts |= {len(base) - d for d in (1, age.TAG_SIZE, age.TAG_SIZE + 1)}
    for cut in sorted(cuts):
        bench.reject(base[:cut], "size" if cut == 0 else "decrypt")


def test_trailing_data_and_concatenated_bundles_are_rejected(bench: Bench) -> None:
    for tail in (b"\0", b"x", b"\0" * 70_000, bench.base, bench.carol_bundle):
        bench.reject(bench.base + tail, "decrypt")


def test_a_bundle_for_another_office_is_rejected(bench: Bench) -> None:
    other = age.X25519Identity.generate().recipient()
    report = bench.reject(bench.forger.bundle(recipient=other), "decrypt")
    assert report.code == "not_addressed"


def test_a_payload_chunk_flipped_is_rejected(bench: Bench) -> None:
    start = age_header_length(bench.base) + age.NONCE_SIZE
    for offset in (start, start + SEALED_CHUNK - 1, start + SEALED_CHUNK + 7,
                   len(bench.base) - 1):
        damaged = bytearray(bench.base)
        damaged[offset] ^= 0x40
        bench.reject(bytes(damaged), "decrypt")


# -- who signed it ------------------------------------------------------------------------------


def test_unknown_signer_is_rejected(bench: Bench) -> None:
    report = bench.reject(bench.carol_bundle, "signature")
    assert (report.code, report.params) == (
        "unknown_signer", {"signer": bench.lab.vault("carol").identity.fingerprint})
    stranger = Ed25519PrivateKey.generate()
    forged = bench.forger.bundle(
        manifest=bench.forger.fresh_manifest(sender=fingerprint(stranger.public_key())),
        signer=stranger)
    bench.reject(forged, "signature")


def test_revoked_signer_is_rejected(bench: Bench) -> None:
    report = bench.reject(bench.bob_bundle, "signature")
    assert report.code == "revoked_signer"
    assert report.params["name"] == bench.lab.vault("bob").identity.name


@pytest.mark.parametrize("namespace", ["file", "git", "fieldapp-bundle@v2", "fieldapp-roster"])
def test_signature_in_another_namespace_is_rejected(bench: Bench, namespace: str) -> None:
    bench.reject(bench.forger.bundle(namespace=namespace), "signature")


def test_signature_over_other_bytes_is_rejected(bench: Bench) -> None:
    forger = bench.forger
    payload = forger.payload()
    other = forger.payload()  # another bundle id: other bytes
    plain = forger.plaintext(payload, forger.sign(other))
    bench.reject(forger.seal(plain), "signature")
    garbage = forger.plaintext(payload, b"-----BEGIN SSH SIGNATURE-----\nAAAA\n"
                                        b"-----END SSH SIGNATURE-----\n")
    bench.reject(forger.seal(garbage), "signature")


# -- the manifest --------------------------------------------------------------------------------


def test_manifest_addressed_to_another_office_is_rejected(bench: Bench) -> None:
    other = fingerprint(Ed25519PrivateKey.generate().public_key())
    report = bench.reject(
        bench.forger.bundle(manifest=bench.forger.fresh_manifest(recipient=other)), "manifest")
    assert report.code == "wrong_recipient"


def test_manifest_sender_other_than_the_signer_is_rejected(bench: Bench) -> None:
    for sender in (bench.forger.manifest["recipient"],
                   bench.lab.vault("bob").identity.fingerprint,
                   bench.lab.vault("carol").identity.fingerprint):
        bench.reject(bench.forger.bundle(manifest=bench.forger.fresh_manifest(sender=sender)),
                     "manifest")


@pytest.mark.parametrize("changes", [
    {"kind": "roster"}, {"format": "other"}, {"version": 4}, {"version": 1}, {"cases": -1},
    {"cases": "0"}, {"vocabulary": -1}, {"vocabulary": "2"}, {"vocabulary": True},
    {"sequence": 0},
    {"sequence": "1"}, {"sequence": True}, {"sequence": 1.5}, {"versions": -1},
    {"attachments": None}, {"bundle_id": "short"}, {"bundle_id": 12345678}, {"extra": 1},
], ids=lambda c: "-".join(f"{k}={v}" for k, v in c.items()))
def test_malformed_manifest_fields_are_rejected(bench: Bench, changes: dict[str, Any]) -> None:
    bench.reject(bench.forger.bundle(manifest=bench.forger.fresh_manifest(**changes)),
                 "manifest")


def test_manifest_missing_a_field_is_rejected(bench: Bench) -> None:
    for key in bench.forger.manifest:
        manifest = bench.forger.fresh_manifest()
        del manifest[key]
        bench.reject(bench.forger.bundle(manifest=manifest), "manifest")


def raw_manifest(bench: Bench, tail: str) -> bytes:
    """The manifest as text with `tail` spliced in before the closing brace."""
    text = bundle.canonical(bench.forger.fresh_manifest()).decode()
    return (text[:-1] + tail + "}").encode()


@pytest.mark.parametrize("maker", [
    lambda b: b"{",
    lambda b: b"[]",
    lambda b: b"",
    lambda b: b"\xff\xfe{}",
    lambda b: raw_manifest(b, ',"sequence":2'),  # a duplicate key: two parsers may disagree
    lambda b: raw_manifest(b, ',"extra":NaN'),
    lambda b: raw_manifest(b, ',"extra":Infinity'),
    lambda b: raw_manifest(b, ',"extra":-Infinity'),
    lambda b: raw_manifest(b, "") + b"\n{}",
], ids=["open-brace", "array", "empty", "not-utf8", "duplicate-key", "nan", "infinity",
        "minus-infinity", "two-documents"])
def test_malformed_manifest_json_is_rejected(bench: Bench, maker: Callable[[Bench], bytes]
                                             ) -> None:
    bench.reject(bench.forger.bundle(manifest=maker(bench)), "manifest")


def test_replayed_bundle_is_a_duplicate_and_changes_nothing(bench: Bench) -> None:
    office = bench.lab.copy_of(bench.office, "replay")
    first = bench.work / "replay-first.age"
    first.write_bytes(bench.base)
    assert importing.import_bundle(office, first).status == "accepted"
    after = vault_digest(office)
    # Re-wrapped: decrypted and encrypted again to the office (new file key, new bytes).
    rewrapped = bench.forger.seal(open_bundle(bench.base, office).plaintext)
    assert rewrapped != bench.base
    for n, data in enumerate([bench.base, rewrapped]):
        path = bench.work / f"replay-{n}.age"
        path.write_bytes(data)
        report = importing.import_bundle(office, path)
        assert (report.status, report.new, report.updated) == ("duplicate", 0, 0)
        assert vault_digest(office) == after


# -- records.jsonl -------------------------------------------------------------------------------


def with_line(bench: Bench, index: int, change: Callable[[dict[str, Any]], Any]) -> bytes:
    """A bundle whose records.jsonl line `index` went through `change` (hash recomputed
    when the record itself changed, so only the change is wrong)."""
    lines = bench.forger.lines_copy()
    result = change(lines[index])
    if result is not None:
        lines[index] = result
    return bench.forger.bundle(records=lines)


def versions(bench: Bench) -> list[int]:
    return [i for i, line in enumerate(bench.forger.lines) if line["type"] == "version"]


def rehash(line: dict[str, Any]) -> None:
    line["content_hash"] = content_hash(line["record"])


def test_a_version_by_another_author_than_the_signer_is_rejected(bench: Bench) -> None:
    bob = bench.lab.vault("bob").identity.fingerprint
    report = bench.reject(with_line(bench, versions(bench)[0],
                                    lambda line: line.update(author=bob)), "records")
    assert (report.code, report.params) == ("wrong_author", {"line": versions(bench)[0] + 1})


@pytest.mark.parametrize("change", [
    {"region": "atlantis"}, {"title": ""}, {"threat_type": None}, {"sectors": "land"},
    {"occurred_on": "2021-02-30"}, {"occurred_until": "1999-01"}, {"national_id": "123"},
    {"victims": [{"alias": "A", "gender": "robot"}]}, {"title": "x" * 301},
], ids=lambda c: next(iter(c)))
def test_a_record_failing_schema_validation_is_rejected(bench: Bench,
                                                        change: dict[str, Any]) -> None:
    def edit(line: dict[str, Any]) -> None:
        line["record"].update(change)
        rehash(line)

    report = bench.reject(with_line(bench, versions(bench)[0], edit), "records")
    if report.code == "code_never_issued":  # a code this vault's vocabulary never had
        assert change in ({"region": "atlantis"}, {"victims": [{"alias": "A", "gender": "robot"}]})
        assert report.params["value"] in ("atlantis", "robot")
        fields = {Problem(report.params["field"], report.code).top_field}
    else:
        assert report.code == "record_invalid"
        fields = {Problem.from_dict(p).top_field for p in report.params["problems"]}
    assert next(iter(change)) in fields, report.params


@pytest.mark.parametrize("change", [
    lambda line: line.update(record="a string"),
    lambda line: line.update(record=None),  # content gone but not a tombstone
    lambda line: line.update(tombstone=True),  # a deletion carrying content
    lambda line: line["record"].update(title="Changed after hashing"),
    lambda line: line.update(parents="v1"),
    lambda line: line.update(id=""),
    lambda line: line.update(hlc=123),
    lambda line: line.pop("hlc") and None,
    lambda line: line.update(surprise=1),
    lambda line: line.update(type="payload"),
    lambda line: [line],
], ids=["record-string", "record-null", "tombstone-with-content", "stale-hash",
        "parents-string", "empty-id", "hlc-number", "missing-field", "extra-field",
        "unknown-type", "array-line"])
def test_a_malformed_version_line_is_rejected(bench: Bench,
                                              change: Callable[[dict[str, Any]], Any]) -> None:
    bench.reject(with_line(bench, versions(bench)[0], change), "records")


def test_a_version_listed_twice_or_counts_that_lie_are_rejected(bench: Bench) -> None:
    lines = bench.forger.lines_copy()
    first = lines[versions(bench)[0]]
    twice = [*lines, first]
    manifest = bench.forger.fresh_manifest(versions=bench.forger.manifest["versions"] + 1)
    bench.reject(bench.forger.bundle(manifest=manifest, records=twice), "records")
    manifest = bench.forger.fresh_manifest(versions=bench.forger.manifest["versions"] + 1)
    bench.reject(bench.forger.bundle(manifest=manifest), "records")


def raw_records(bench: Bench, index: int, text: bytes) -> bytes:
    raw = jsonl(bench.forger.lines).split(b"\n")
    raw[index] = text
    return b"\n".join(raw)


@pytest.mark.parametrize("maker", [
    lambda b, i: raw_records(b, i, b"{"),
    lambda b, i: raw_records(b, i, b""),
    lambda b, i: raw_records(b, i, b"\xff\xfe"),
    lambda b, i: raw_records(b, i, bundle.canonical(b.forger.lines[i])[:-1] + b',"id":"x"}'),
    lambda b, i: raw_records(b, i, bundle.canonical(b.forger.lines[i]).replace(
        b'"tombstone":false', b'"tombstone":NaN')),
    lambda b, i: raw_records(b, i, bundle.canonical(b.forger.lines[i]).replace(
        b'"tombstone":false', b'"tombstone":Infinity')),
    lambda b, i: jsonl(b.forger.lines) + b"\n",  # an empty last line
], ids=["open-brace", "empty-line", "not-utf8", "duplicate-key", "nan", "infinity",
        "blank-line"])
def test_malformed_records_json_is_rejected(bench: Bench,
                                            maker: Callable[[Bench, int], bytes]) -> None:
    bench.reject(bench.forger.bundle(records=maker(bench, versions(bench)[0])), "records")


# -- attachments ---------------------------------------------------------------------------------


def attachment_line_index(bench: Bench) -> int:
    return next(i for i, line in enumerate(bench.forger.lines) if line["type"] == "attachment")


def test_an_attachment_whose_bytes_do_not_match_its_hash_is_rejected(bench: Bench) -> None:
    [(sha, data)] = bench.forger.attachments.items()
    swapped = bytes([data[0] ^ 1]) + data[1:]
    report = bench.reject(bench.forger.bundle(attachments={sha: swapped}), "attachments")
    assert report.code == "attachment_hash"


def test_attachments_listed_and_carried_must_agree(bench: Bench) -> None:
    forger = bench.forger
    [(sha, data)] = forger.attachments.items()
    extra = os.urandom(1000)
    extra_sha = hashlib.sha256(extra).hexdigest()
    bench.reject(forger.bundle(attachments={}), "attachments")  # listed, not carried
    bench.reject(forger.bundle(attachments={sha: data, extra_sha: extra}), "attachments")
    index = attachment_line_index(bench)
    bench.reject(with_line(bench, index, lambda line: line.update(size=line["size"] + 1)),
                 "attachments")
    bench.reject(with_line(bench, index, lambda line: line.update(size="big")), "records")


# -- size caps -----------------------------------------------------------------------------------


@pytest.mark.parametrize("cap, value, check", [
    ("MAX_BUNDLE_BYTES", 100_000, "size"),
    ("MAX_RECORDS_BYTES", 100, "size"),
    ("MAX_ATTACHMENT_BYTES", 100_000, "size"),
    ("MAX_SIGNATURE_BYTES", 100, "size"),
    ("MAX_ATTACHMENTS", 0, "size"),
    ("MAX_MANIFEST_BYTES", 50, {"size", "archive"}),
])
def test_oversize_parts_are_rejected(bench: Bench, monkeypatch: pytest.MonkeyPatch, cap: str,
                                     value: int, check: str | set[str]) -> None:
    monkeypatch.setattr(bundle, cap, value)
    bench.reject(bench.base, check)


def test_a_file_over_the_real_cap_is_rejected_before_reading(bench: Bench) -> None:
    path = bench.work / "huge.age"
    with path.open("wb") as sparse:  # no disk space is used
        sparse.write(bench.base[:64])
        sparse.truncate(bundle.MAX_BUNDLE_BYTES + 1)
    report = importing.import_bundle(bench.office, path)
    path.unlink()
    assert (report.status, report.check) == ("rejected", "size")
    assert vault_digest(bench.office) == bench.baseline
    bench.reject(b"", "size")


# -- archive tricks, validly signed and encrypted ------------------------------------------------


class Kit:
    """Members of a bundle's two archives, for building one trick at a time."""

    def __init__(self, bench: Bench) -> None:
        self.forger = bench.forger
        [(self.sha, self.data)] = bench.forger.attachments.items()
        self.att_name = bundle.ATTACHMENT_PREFIX + self.sha

    def manifest(self) -> bytes:
        return tar_member(bundle.MANIFEST, bundle.canonical(self.forger.fresh_manifest()))

    def records(self) -> bytes:
        return tar_member(bundle.RECORDS, jsonl(self.forger.lines))

    def attachment(self, **fields: bytes) -> bytes:
        header = tar_header(self.att_name, len(self.data), **fields)
        return tar_member(self.att_name, self.data, header=header)

    def inner(self, *members: bytes) -> bytes:
        """A bundle whose payload.tar holds these members (signed, sealed)."""
        payload = tar(*members)
        return self.forger.bundle(payload)

    def standard_inner(self, attachment: bytes | None = None, before: bytes = b"") -> bytes:
        return self.inner(self.manifest(), self.records(), before,
                          self.attachment() if attachment is None else attachment)

    def outer(self, build: Callable[[bytes, bytes], bytes]) -> bytes:
        """A bundle whose outer plaintext is build(payload.tar, signature), sealed as is."""
        payload = self.forger.payload()
        return self.forger.seal(build(payload, self.forger.sign(payload)))


def padded(archive: bytes) -> bytes:
    return archive + b"\0" * (padded_length(len(archive)) - len(archive))


def special(kit: Kit, typeflag: bytes, name: str | None = None, **fields: bytes) -> bytes:
    """A header of a non-regular member (no data) in place of the attachment."""
    return tar_header(name or kit.att_name, 0, typeflag=typeflag, **fields)


INNER_TRICKS: dict[str, Callable[[Kit], bytes]] = {
    "dotdot-name": lambda k: k.standard_inner(tar_member("att/../../../etc/cron.d/x", k.data)),
    "absolute-name": lambda k: k.standard_inner(tar_member("/etc/cron.d/x", k.data)),
    "dotdot-prefix": lambda k: k.standard_inner(k.attachment(prefix=b"../..")),
    "symlink": lambda k: k.standard_inner(special(k, b"2", linkname=b"/etc/passwd")),
    "hardlink": lambda k: k.standard_inner(special(k, b"1", linkname=bundle.MANIFEST.encode())),
    "char-device": lambda k: k.standard_inner(special(k, b"3", devmajor=b"0000001\0",
                                                      devminor=b"0000003\0")),
    "block-device": lambda k: k.standard_inner(special(k, b"4", devmajor=b"0000010\0")),
    "fifo": lambda k: k.standard_inner(special(k, b"6")),
    "directory": lambda k: k.standard_inner(special(k, b"5", name="att/")),
    "old-regular-flag": lambda k: k.standard_inner(k.attachment(typeflag=b"\0")),
    "pax-header": lambda k: k.standard_inner(
        before=tar_member("PaxHeaders/x", b"30 path=../../../../etc/passwd\n",
                          header=tar_header("PaxHeaders/x", 31, typeflag=b"x"))),
    "pax-global": lambda k: k.standard_inner(
        before=tar_member("GlobalHead", b"20 comment=hello!!\n",
                          header=tar_header("GlobalHead", 19, typeflag=b"g"))),
    "gnu-long-name": lambda k: k.standard_inner(
        before=tar_member("././@LongLink", b"att/" + b"a" * 200 + b"\0",
                          header=tar_header("././@LongLink", 205, typeflag=b"L"))),
    "gnu-long-link": lambda k: k.standard_inner(
        before=tar_member("././@LongLink", b"/etc/passwd\0",
                          header=tar_header("././@LongLink", 12, typeflag=b"K"))),
    "gnu-magic": lambda k: k.standard_inner(k.attachment(magic=b"ustar  \0")),
    "no-magic": lambda k: k.standard_inner(k.attachment(magic=b"\0" * 8)),
    "owner-name": lambda k: k.standard_inner(k.attachment(uname=b"root")),
    "mode-setuid": lambda k: k.standard_inner(k.attachment(mode=b"0004755\0")),
    "mtime": lambda k: k.standard_inner(k.attachment(mtime=b"14000000000\0")),
    "uid": lambda k: k.standard_inner(k.attachment(uid=b"0000001\0")),
    "non-ascii-name": lambda k: k.standard_inner(tar_member("att/\xe9".encode("latin-1"),
                                                            k.data)),
    "hidden-name-bytes": lambda k: k.standard_inner(tar_member(
        k.att_name.encode() + b"\0evil", k.data)),
    "bad-checksum": lambda k: k.standard_inner(
        k.attachment()[:148] + b"0000000\0" + k.attachment()[156:]),
    "duplicate-attachment": lambda k: k.inner(k.manifest(), k.records(), k.attachment(),
                                              k.attachment()),
    "duplicate-manifest": lambda k: k.inner(k.manifest(), k.manifest(), k.records(),
                                            k.attachment()),
    "records-first": lambda k: k.inner(k.records(), k.manifest(), k.attachment()),
    "unexpected-member": lambda k: k.standard_inner(before=tar_member("notes.txt", b"hi")),
    "size-larger-than-data": lambda k: k.inner(
        k.manifest(), k.records(),
        tar_header(k.att_name, len(k.data) + 1024) + k.data
        + b"\0" * (ustar.padded_size(len(k.data)) - len(k.data))),
    "size-smaller-than-data": lambda k: k.inner(
        k.manifest(), k.records(),
        tar_member(k.att_name, k.data, header=tar_header(k.att_name, len(k.data) - 600))),
    "size-not-octal": lambda k: k.standard_inner(k.attachment(size=b"00000000008\0")),
    "nonzero-member-padding": lambda k: k.inner(
        k.manifest(), tar_member(bundle.RECORDS, jsonl(k.forger.lines),
                                 pad=b"\x01" * (ustar.padded_size(len(jsonl(k.forger.lines)))
                                               - len(jsonl(k.forger.lines)))),
        k.attachment()),
    "damaged-end-marker": lambda k: k.forger.bundle(
        tar(k.manifest(), k.records(), k.attachment())[:-1] + b"\x01"),
    "no-end-marker": lambda k: k.forger.bundle(
        k.manifest() + k.records() + k.attachment()),
}

OUTER_TRICKS: dict[str, Callable[[Kit], bytes]] = {
    "dotdot-payload": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member("../payload.tar", p), tar_member(bundle.SIGNATURE, s)))),
    "absolute-payload": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member("/payload.tar", p), tar_member(bundle.SIGNATURE, s)))),
    "symlink-first": lambda k: k.outer(lambda p, s: padded(tar(
        tar_header(bundle.PAYLOAD, 0, typeflag=b"2", linkname=b"/etc/shadow"),
        tar_member(bundle.SIGNATURE, s)))),
    "pax-before-payload": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member("PaxHeaders/p", b"20 size=1234567890\n",
                   header=tar_header("PaxHeaders/p", 19, typeflag=b"x")),
        tar_member(bundle.PAYLOAD, p), tar_member(bundle.SIGNATURE, s)))),
    "gnu-magic-payload": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.PAYLOAD, p, header=tar_header(bundle.PAYLOAD, len(p),
                                                        magic=b"ustar  \0")),
        tar_member(bundle.SIGNATURE, s)))),
    "signature-first": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.SIGNATURE, s), tar_member(bundle.PAYLOAD, p)))),
    "no-signature": lambda k: k.outer(lambda p, s: padded(tar(tar_member(bundle.PAYLOAD, p)))),
    "payload-twice": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.PAYLOAD, p), tar_member(bundle.PAYLOAD, p),
        tar_member(bundle.SIGNATURE, s)))),
    "third-member": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.PAYLOAD, p), tar_member(bundle.SIGNATURE, s),
        tar_member("readme.txt", b"hello")))),
    "signature-twice": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.PAYLOAD, p), tar_member(bundle.SIGNATURE, s),
        tar_member(bundle.SIGNATURE, s)))),
    "payload-size-too-large": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.PAYLOAD, p + b"\0" * 1024), tar_member(bundle.SIGNATURE, s)))),
    "payload-size-too-small": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.PAYLOAD, p, header=tar_header(bundle.PAYLOAD, len(p) - 1024)),
        tar_member(bundle.SIGNATURE, s)))),
    "signature-size-lies": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.PAYLOAD, p),
        tar_member(bundle.SIGNATURE, s, header=tar_header(bundle.SIGNATURE, len(s) + 700))))),
    "nonzero-bucket-padding": lambda k: k.outer(
        lambda p, s: padded(tar(tar_member(bundle.PAYLOAD, p),
                                tar_member(bundle.SIGNATURE, s)))[:-1] + b"\x01"),
    "padding-short": lambda k: k.outer(
        lambda p, s: padded(tar(tar_member(bundle.PAYLOAD, p),
                                tar_member(bundle.SIGNATURE, s)))[:-512]),
    "padding-long": lambda k: k.outer(
        lambda p, s: padded(tar(tar_member(bundle.PAYLOAD, p),
                                tar_member(bundle.SIGNATURE, s))) + b"\0" * 512),
    "no-padding": lambda k: k.outer(
        lambda p, s: tar(tar_member(bundle.PAYLOAD, p), tar_member(bundle.SIGNATURE, s))),
    "nonzero-signature-padding": lambda k: k.outer(lambda p, s: padded(tar(
        tar_member(bundle.PAYLOAD, p),
        tar_member(bundle.SIGNATURE, s, pad=b"\x07" * (ustar.padded_size(len(s)) - len(s)))))),
}


def inner_tricks() -> list[Any]:
    return sorted(INNER_TRICKS)


@pytest.mark.parametrize("trick", inner_tricks())
def test_archive_tricks_inside_the_signed_payload_are_rejected(bench: Bench, trick: str
                                                               ) -> None:
    bench.reject(INNER_TRICKS[trick](Kit(bench)), "archive")


@pytest.mark.parametrize("trick", sorted(OUTER_TRICKS))
def test_archive_tricks_in_the_outer_archive_are_rejected(bench: Bench, trick: str) -> None:
    # A signature member declaring more bytes than it has swallows zeros from the end
    # marker: the archive still parses and the signature itself is then malformed.
    checks = {"archive", "signature"} if trick == "signature-size-lies" else "archive"
    bench.reject(OUTER_TRICKS[trick](Kit(bench)), checks)


def test_the_trick_builders_are_sound(bench: Bench) -> None:
    """The same helpers, with nothing changed, build a bundle the office accepts."""
    kit = Kit(bench)
    office = bench.lab.copy_of(bench.office, "sound")
    for n, data in enumerate([kit.standard_inner(before=b""),
                              kit.outer(lambda p, s: padded(tar(
                                  tar_member(bundle.PAYLOAD, p),
                                  tar_member(bundle.SIGNATURE, s))))]):
        path = bench.work / f"sound-{n}.age"
        path.write_bytes(data)
        assert importing.import_bundle(office, path).status == "accepted"


def test_the_office_was_never_changed(bench: Bench) -> None:
    assert vault_digest(bench.office) == bench.baseline
    assert bench.imports > 1000  # the loops above really ran
