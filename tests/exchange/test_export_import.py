"""Observers export, the office imports: what each side sees, in any order, any number of
times; attachments intact; stock tools can audit a bundle; a bundle does not say who made it."""

from __future__ import annotations

import base64
import errno
import hashlib
import io
import os
import random
import re
import subprocess
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from photos import photo
from support import FULL_RECORD, MINIMAL_RECORD, full_record

from fieldapp.cli.messages import sentence
from fieldapp.errors import FieldappError, NotFound
from fieldapp.services import (
    attachments,
    conflicts,
    export,
    importing,
    inspection,
    peers,
    records,
)
from fieldapp.services.session import Session
from fieldapp.store import identity as identity_store
from fieldapp.store import records as record_store
from fieldapp.store.records import RecordQuery
from sync import bundle
from sync.padme import MIN_BUCKET, padded_length
from sync.sshkeys import public_blob
from tests.exchange.conftest import (
    Lab,
    World,
    export_path,
    heads_of,
    make_world,
    open_bundle,
    vault_digest,
)

BUNDLE_NAME = re.compile(r"^[0-9a-f]{24}\.age$")


def files_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def import_ok(office: Session, path: Path) -> importing.ImportReport:
    report = importing.import_bundle(office, path)
    assert report.status == "accepted", report
    return report


# -- export ------------------------------------------------------------------------------------


def test_export_with_nothing_new_says_so_and_writes_nothing(world: World) -> None:
    assert export.export_bundle(world.alice, world.usb) is None
    assert files_in(world.usb) == []
    records.add_record(world.alice, MINIMAL_RECORD)
    export_path(world.alice, world.usb)
    assert export.export_bundle(world.alice, world.usb) is None
    assert len(files_in(world.usb)) == 1


def test_export_writes_one_random_named_file_and_marks_what_left(world: World) -> None:
    records.add_records(world.alice, [FULL_RECORD, MINIMAL_RECORD])
    plan = export.plan_export(world.alice)
    assert (plan.versions, plan.records, plan.office) == (2, 2, "Almaty office")
    first = export.export_bundle(world.alice, world.usb)
    assert first is not None
    assert files_in(world.usb) == [first.path.name]  # no leftover partial file
    assert BUNDLE_NAME.match(first.path.name)
    assert (first.sequence, first.versions) == (1, 2)
    assert first.size == first.path.stat().st_size
    assert export.plan_export(world.alice).versions == 0
    records.add_record(world.alice, MINIMAL_RECORD)
    second = export.export_bundle(world.alice, world.usb)
    assert second is not None and second.sequence == 2 and second.versions == 1
    assert second.path.name != first.path.name
    everything = export.export_bundle(world.alice, world.usb, everything=True)
    assert everything is not None and everything.versions == 3


def test_only_an_observer_exports(world: World) -> None:
    with pytest.raises(FieldappError) as raised:
        export.export_bundle(world.office, world.usb)
    assert (raised.value.code, raised.value.params) == ("observer_only_export", {})


class FullDisk(io.RawIOBase):
    """A sink that takes a few bytes and then fails as a full USB stick does."""

    def __init__(self, inner: Any, limit: int) -> None:
        self.inner, self.left = inner, limit

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if len(data) > self.left:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.left -= len(data)
        return self.inner.write(data)


def _fail_out_is_a_file(world: World, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = world.usb / "not-a-folder.txt"
    target.write_text("a file", encoding="utf-8")
    return target


def _fail_missing(world: World, monkeypatch: pytest.MonkeyPatch) -> Path:
    return world.usb / "unplugged"


def _fail_disk_full(world: World, monkeypatch: pytest.MonkeyPatch) -> Path:
    real = bundle.write_bundle

    def cramped(sink: Any, *args: Any) -> int:
        return real(FullDisk(sink, 20_000), *args)

    monkeypatch.setattr(bundle, "write_bundle", cramped)
    return world.usb


def _fail_read_only(world: World, monkeypatch: pytest.MonkeyPatch) -> Path:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders; the full-disk case covers this path")
    locked = world.usb / "read-only"
    locked.mkdir()
    locked.chmod(0o500)
    return locked


@pytest.mark.parametrize("failure", [_fail_out_is_a_file, _fail_missing, _fail_disk_full,
                                     _fail_read_only], ids=lambda f: f.__name__[6:])
def test_failed_export_is_a_clear_error_and_marks_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch, failure: Any
) -> None:
    records.add_records(world.alice, [FULL_RECORD, MINIMAL_RECORD])
    out = failure(world, monkeypatch)
    before = files_in(world.usb)
    with pytest.raises(FieldappError) as raised:
        export.export_bundle(world.alice, out)
    # A full disk has its own code (issue 11), the same one import, attach, passwd and purge
    # raise; any other write failure is still bundle_not_written.
    expected = {"out_is_a_file": "not_a_folder", "missing": "not_a_folder",
                "disk_full": "disk_full", "read_only": "bundle_not_written"}
    assert raised.value.code == expected[failure.__name__[6:]]
    assert raised.value.params["path"] == str(out)
    message = sentence(raised.value)  # as the CLI says it
    assert str(out) in message and "\n" not in message
    assert files_in(world.usb) == before  # no partial file anywhere
    if out.is_dir():
        assert files_in(out) == []
    monkeypatch.undo()
    assert export.plan_export(world.alice).versions == 2
    later = export.export_bundle(world.alice, world.usb)
    assert later is not None and later.versions == 2 and later.sequence == 1
    opened = open_bundle(later.path.read_bytes(), world.office)
    assert opened.manifest["sequence"] == 1
    assert len([line for line in opened.lines if line["type"] == "version"]) == 2


# -- import reports ----------------------------------------------------------------------------


def test_import_reports_new_updated_unchanged_and_in_conflict(world: World) -> None:
    office, alice = world.office, world.alice
    r1, r2, r3 = records.add_records(alice, [FULL_RECORD, MINIMAL_RECORD,
                                             full_record(title="Third")])
    first = import_ok(office, export_path(alice, world.usb))
    assert (first.new, first.updated, first.unchanged, first.in_conflict) == (3, 0, 0, 0)
    assert (first.sender, first.sequence, first.missing_sequences) == ("Aktobe observer", 1, [])
    records.edit_record(office, r2, {"title": "Summons, as the office heard it"})
    records.edit_record(alice, r1, {"title": "Detained for two days"})
    records.edit_record(alice, r2, {"title": "Summons, as the observer saw it"})
    r4 = records.add_record(alice, full_record(title="Fourth"))
    report = import_ok(office, export_path(alice, world.usb, everything=True))
    assert (report.new, report.updated, report.unchanged, report.in_conflict) == (1, 1, 1, 1)
    assert records.show_record(office, r1)["title"] == "Detained for two days"
    assert records.show_record(office, r3)["title"] == "Third"
    assert records.show_record(office, r4)["title"] == "Fourth"
    assert [c.record_id for c in conflicts.list_conflicts(office)] == [r2]


def test_an_import_of_several_bundles_leaves_no_write_ahead_log_behind(world: World) -> None:
    # The log is copied into vault.db once, after the last bundle, and then emptied: no
    # second copy of the imported pages stays on disk beside the database.
    made = []
    for n in range(3):
        records.add_records(world.alice, [full_record(title=f"Batch {n} {i}") for i in range(20)])
        made.append(export_path(world.alice, world.usb))
    reports = importing.import_bundles(world.office, made)
    assert [r.status for r in reports] == ["accepted"] * 3
    assert (world.office.vault.directory / "vault.db-wal").stat().st_size == 0
    assert record_store.count(world.office.conn, RecordQuery()) == 60


def test_sequence_gaps_are_reported_until_filled(world: World) -> None:
    made = []
    for n in range(3):
        records.add_record(world.alice, full_record(title=f"Bundle {n + 1}"))
        made.append(export_path(world.alice, world.usb))
    assert import_ok(world.office, made[0]).missing_sequences == []
    third = import_ok(world.office, made[2])
    assert (third.sequence, third.missing_sequences) == (3, [2])
    assert import_ok(world.office, made[1]).missing_sequences == []
    # Bob's numbering is his own.
    records.add_record(world.bob, MINIMAL_RECORD)
    assert import_ok(world.office, export_path(world.bob, world.usb)).missing_sequences == []


def test_already_imported_bundle_is_a_duplicate_and_changes_nothing(world: World) -> None:
    records.add_records(world.alice, [FULL_RECORD, MINIMAL_RECORD])
    path = export_path(world.alice, world.usb)
    import_ok(world.office, path)
    before = vault_digest(world.office)
    renamed = world.usb / "copy-from-email.age"
    renamed.write_bytes(path.read_bytes())
    for again in (path, renamed):
        report = importing.import_bundle(world.office, again)
        assert (report.status, report.sender, report.sequence) == \
            ("duplicate", "Aktobe observer", 1)
        assert (report.code, report.params, report.reason) == ("already_imported", {}, None)
        assert vault_digest(world.office) == before


# -- order independence ------------------------------------------------------------------------


def office_state(session: Session) -> dict[str, Any]:
    """Everything a coordinator can see about records: each record as `record show --json`
    gives it (or that it is deleted), its heads and versions, its attachments, the conflict
    list, the record list and a search. No field is excluded: created_at and updated_at
    come from the versions, not from the time of import."""
    conn = session.conn
    state: dict[str, Any] = {}
    for (record_id,) in conn.execute("SELECT id FROM records ORDER BY id").fetchall():
        try:
            shown: Any = records.show_record(session, record_id)
        except NotFound:
            shown = "deleted"
        state[record_id] = {
            "shown": shown,
            "heads": heads_of(session, record_id),
            "versions": sorted(v.id for v in record_store.versions_of(conn, record_id)),
            "attachments": sorted(
                (a.id, a.filename, a.stored_sha256,
                 hashlib.sha256(attachments.attachment_data(session, a.id)).hexdigest())
                for a in attachments.list_attachments(session, record_id)),
        }
    return {
        "records": state,
        "conflicts": [c.as_dict() for c in conflicts.list_conflicts(session)],
        "list": [asdict(s) for s in records.list_records(session, RecordQuery())],
        "search": [s.id for s in records.list_records(session, RecordQuery(text="detained"))],
    }


def converge(lab: Lab, base: Session, bundles: list[Path], label: str) -> dict[str, Any]:
    """Import the bundles into fresh copies of `base` in several orders, and twice; every
    copy must end in the same state. Returns it."""
    orders = [list(bundles), list(reversed(bundles))]
    shuffler = random.Random(20260)  # noqa: S311 - a repeatable shuffle, not a secret
    orders += [shuffler.sample(bundles, len(bundles)) for _ in range(4)]
    states = []
    for n, order in enumerate(orders):
        office = lab.copy_of(base, f"{label}-{n}")
        for path in order:
            assert importing.import_bundle(office, path).status in ("accepted", "duplicate")
        reached = office_state(office)
        before = vault_digest(office)
        for path in order:  # a second time: every bundle is a duplicate, nothing moves
            assert importing.import_bundle(office, path).status == "duplicate"
        assert vault_digest(office) == before
        states.append(reached)
        office.lock()
    assert all(state == states[0] for state in states[1:])
    return states[0]


def test_shuffled_orders_and_repeats_end_in_identical_states(lab: Lab) -> None:
    world = make_world(lab)
    alice, bob, office, usb = world.alice, world.bob, world.office, world.usb
    pristine = lab.copy_of(office, "pristine")
    r1, r2 = records.add_records(alice, [FULL_RECORD, MINIMAL_RECORD])
    attachments.attach_bytes(alice, r2, "summons.pdf", b"%PDF-1.4 summons " * 500)
    a1 = export_path(alice, usb)
    import_ok(office, a1)
    records.edit_record(office, r1, {"title": "Detained, per the office"})
    records.edit_record(alice, r1, {"title": "Detained, per the observer"})
    records.delete_record(alice, r2)
    a2 = export_path(alice, usb)
    r3 = records.add_record(bob, full_record(title="Searched and detained in Oral"))
    attachments.attach_bytes(bob, r3, "scene.jpg", photo("JPEG", "oralsecret"))
    b1 = export_path(bob, usb)
    r4 = records.add_record(alice, full_record(title="Fourth"))
    records.edit_record(alice, r4, {"title": "Fourth, corrected"})
    a3 = export_path(alice, usb)

    fresh = converge(lab, pristine, [a1, a2, a3, b1], "fresh")
    assert sorted(fresh["records"]) == sorted([r1, r2, r3, r4])
    assert fresh["records"][r2]["shown"] == "deleted"
    assert fresh["records"][r4]["shown"]["title"] == "Fourth, corrected"
    assert len(fresh["records"][r3]["attachments"]) == 1
    assert fresh["conflicts"] == []

    edited = converge(lab, office, [a2, a3, b1, a1], "edited")
    assert [c["id"] for c in edited["conflicts"]] == [r1]
    assert edited["records"][r1]["shown"]["title"] in ("Detained, per the office",
                                                       "Detained, per the observer")


def test_attachment_added_after_an_export_arrives_in_any_order(lab: Lab) -> None:
    world = make_world(lab)
    record_id = records.add_record(world.alice, FULL_RECORD)
    first = export_path(world.alice, world.usb)
    attachments.attach_bytes(world.alice, record_id, "statement.pdf", b"%PDF-1.4 " * 300)
    second = export_path(world.alice, world.usb)
    in_order = lab.copy_of(world.office, "in-order")
    for path in (first, second):
        import_ok(in_order, path)
    for path in (second, first):
        import_ok(world.office, path)
    assert len(attachments.list_attachments(in_order, record_id)) == 1
    assert len(attachments.list_attachments(world.office, record_id)) == 1


def test_attachments_travel_byte_for_byte(world: World) -> None:
    alice, office = world.alice, world.office
    record_id = records.add_record(alice, FULL_RECORD)
    big = os.urandom(200_000)  # several 64 KiB chunks
    sent = [
        attachments.attach_bytes(alice, record_id, "scene.jpg", photo("JPEG", "gpssecret")),
        attachments.attach_bytes(alice, record_id, "recording.ogg", big),
        attachments.attach_bytes(alice, record_id, "copy.ogg", big),  # same bytes twice
    ]
    path = export_path(alice, world.usb)
    assert len(open_bundle(path.read_bytes(), office).attachments) == 2  # stored once
    import_ok(office, path)
    received = {a.id: a for a in attachments.list_attachments(office, record_id)}
    assert sorted(received) == sorted(a.id for a in sent)
    for info in sent:
        got = received[info.id]
        assert got == info
        data = attachments.attachment_data(office, info.id)
        assert data == attachments.attachment_data(alice, info.id)
        assert hashlib.sha256(data).hexdigest() == info.stored_sha256
    assert "gps" in received[sent[0].id].metadata_removed


def test_a_video_of_several_chunks_travels_in_chunks_with_export_progress(
    world: World, tmp_path: Path
) -> None:
    alice, office = world.alice, world.office
    record_id = records.add_record(alice, FULL_RECORD)
    video = os.urandom(3 * 1024 * 1024 + 4321)
    clip = tmp_path / "detention.mp4"
    clip.write_bytes(video)
    first = attachments.attach_file(alice, record_id, clip)
    second = attachments.attach_file(alice, record_id, clip)  # the same bytes twice
    heard: list[tuple[int, int]] = []
    result = export.export_bundle(alice, world.usb,
                                  progress=lambda done, total: heard.append((done, total)))
    assert result is not None
    assert heard == [(n, 4) for n in range(1, 5)]  # MiB of evidence, the file sent once
    # The reader hands the file out in pieces of at most a chunk, checked as they come.
    identity = identity_store.age_identity(office.conn)
    with result.path.open("rb") as source:
        verified = bundle.verify_payload(source, [identity])
    with result.path.open("rb") as source:
        [(name, pieces)] = [(n, [len(p) for p in c]) for n, c in
                            bundle.read_attachments(source, [identity], verified)]
    assert name == first.stored_sha256 and max(pieces) <= bundle.ATTACHMENT_CHUNK
    assert sum(pieces) == len(video)
    import_ok(office, result.path)
    for info in (first, second):
        assert attachments.attachment_data(office, info.id) == video
        assert [len(c) for c in attachments.attachment_chunks(office, info.id)] == [
            1024 * 1024] * 3 + [4321]


# -- what a bundle shows -----------------------------------------------------------------------


def test_no_bundle_byte_reveals_the_observer(world: World) -> None:
    alice = world.alice
    records.add_record(alice, full_record(title="Threat reported from Aktobe"))
    path = export_path(alice, world.usb)
    data = path.read_bytes()
    card_key = public_blob(peers.own_card(alice).signing_key)
    fp = alice.identity.fingerprint
    secrets = {
        "name": alice.identity.name.encode(),
        "fingerprint": fp.encode(),
        "fingerprint digest": fp.removeprefix("SHA256:").encode(),
        "fingerprint raw": base64.b64decode(fp.removeprefix("SHA256:") + "="),
        "signing key blob": card_key,
        "signing key raw": card_key[-32:],
        "signing key base64": base64.b64encode(card_key),
    }
    for what, needle in secrets.items():
        assert needle not in data, f"the bundle holds the observer's {what}"
        assert needle.decode("latin-1") not in path.name
    # The office that can open it does find her inside: the check above is not vacuous.
    assert fp == open_bundle(data, world.office).manifest["sender"]
    outer = inspection.inspect_outer(path)
    assert outer["stanza_types"] == ["X25519", "X25519"]
    assert alice.identity.name not in repr(outer) and fp not in repr(outer)


def test_bundles_of_the_same_content_fall_in_the_same_padme_bucket(world: World) -> None:
    records.add_record(world.alice, FULL_RECORD)
    records.add_record(world.bob, FULL_RECORD)
    records.add_records(world.bob, [MINIMAL_RECORD, full_record(title="Longer " * 20)])
    alice_path = export_path(world.alice, world.usb)
    bob_path = export_path(world.bob, world.usb)
    assert alice_path.stat().st_size == bob_path.stat().st_size
    for path in (alice_path, bob_path):
        plain = open_bundle(path.read_bytes(), world.office).plaintext
        assert len(plain) == padded_length(len(plain)) == MIN_BUCKET
    # Larger bundles land on a Padmé bucket too, whoever made them.
    big = os.urandom(300_000)
    for observer in (world.alice, world.bob):
        record_id = records.add_record(observer, FULL_RECORD)
        attachments.attach_bytes(observer, record_id, "clip.ogg", big)
    sizes = {export_path(o, world.usb).stat().st_size for o in (world.alice, world.bob)}
    assert len(sizes) == 1


# -- the audit recipe --------------------------------------------------------------------------


@pytest.mark.interop
def test_stock_age_tar_and_ssh_keygen_open_and_verify_a_bundle(
    world: World, stock_binary: Any, tmp_path: Path
) -> None:
    age_bin, tar_bin, keygen = (stock_binary(n) for n in ("age", "tar", "ssh-keygen"))
    record_id = records.add_record(world.alice, FULL_RECORD)
    evidence = attachments.attach_bytes(world.alice, record_id, "note.txt", b"evidence " * 99)
    path = export_path(world.alice, world.usb)
    review = tmp_path / "review"
    identity_file, signers = inspection.write_audit_keys(world.office, review)
    work = tmp_path / "work"
    work.mkdir()

    def run(*command: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(command, cwd=work, input=stdin, capture_output=True,
                              timeout=60, check=False)

    done = run(age_bin, "-d", "-i", str(identity_file), "-o", "outer.tar", str(path))
    assert done.returncode == 0, done.stderr
    done = run(tar_bin, "-xf", "outer.tar")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in work.iterdir()) == ["outer.tar", "payload.sig", "payload.tar"]
    payload = (work / "payload.tar").read_bytes()
    fp = world.alice.identity.fingerprint
    verify = [keygen, "-Y", "verify", "-f", str(signers), "-I", fp, "-n", bundle.NAMESPACE,
              "-s", "payload.sig"]
    done = run(*verify, stdin=payload)
    assert done.returncode == 0, done.stderr
    assert b"Good" in done.stdout + done.stderr
    # The same tool refuses another namespace, another principal, and a changed payload.
    assert run(*verify[:-3], "file", "-s", "payload.sig", stdin=payload).returncode != 0
    other = [*verify[:5], world.bob.identity.fingerprint, *verify[6:]]
    assert run(*other, stdin=payload).returncode != 0
    assert run(*verify, stdin=payload[:-1] + b"\x01").returncode != 0
    listing = run(tar_bin, "-tvf", "payload.tar").stdout.decode()
    assert listing.count("-rw------- 0/0") == 3, listing
    assert run(tar_bin, "-xf", "payload.tar").returncode == 0
    stored = work / "att" / evidence.stored_sha256
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == evidence.stored_sha256
    manifest = (work / "manifest.json").read_text(encoding="utf-8")
    assert world.office.identity.fingerprint in manifest and fp in manifest
