"""A full disk (issue 11, item 4) during import, export, passwd, attach and purge: a clear
sentence, exit code 1, nothing half-written, and the vault opening with what it held.

The disk is filled by the kernel, not by a fake: the CLI runs in a child process under a
file size limit (RLIMIT_FSIZE, SIGXFSZ ignored), so a write past it fails with EFBIG as a
write to a full disk fails with ENOSPC."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from child_process import FAST_KDF, file_size_limit, run_child
from support import OTHER_PASSPHRASE, PASSPHRASE, dump_database, run_cli

from fieldapp.errors import BadPassphrase
from fieldapp.services import importing, records
from fieldapp.services.attachments import attach_bytes
from fieldapp.services.session import Session, unlock, verify_audit
from fieldapp.store.vault import KEY_FILE
from tests.exchange.conftest import World, export_path
from tests.exchange.test_receipts import canary_record, deliver

LIMIT = 1024 * 1024  # more than the vault's shared-memory index needs, less than the writes
BIG = 3 * 1024 * 1024  # an attachment that cannot fit under LIMIT


def holding(session: Session) -> bytes:
    return dump_database(session.conn)


def assert_refused_and_unchanged(
    result: subprocess.CompletedProcess[str], directory: Path, before: bytes
) -> None:
    """Exit code 1 with one sentence naming the full disk; the vault opens as it was."""
    assert result.returncode == 1, result.stderr
    said = result.stdout + result.stderr
    assert "Traceback" not in said
    assert "is full" in said and "free some space" in said
    reopened = unlock(directory, PASSPHRASE)
    try:
        assert holding(reopened) == before
        assert verify_audit(reopened)[1] == []
    finally:
        reopened.lock()
    assert sorted(p.name for p in directory.iterdir() if not p.name.startswith("vault.db-")) \
        == ["vault.db", KEY_FILE]


def test_attach_on_a_full_disk(world: World, tmp_path: Path) -> None:
    (record_id,) = records.add_records(world.alice, [canary_record("attach")])
    before, directory = holding(world.alice), world.alice.vault.directory
    world.alice.lock()
    evidence = tmp_path / "scan.bin"
    evidence.write_bytes(os.urandom(BIG))
    result = run_child("", "attach", record_id, evidence, vault=directory,
                       preexec=file_size_limit(LIMIT))
    assert_refused_and_unchanged(result, directory, before)


def test_export_on_a_full_disk(world: World) -> None:
    (record_id,) = records.add_records(world.alice, [canary_record("export")])
    attach_bytes(world.alice, record_id, "scan.bin", os.urandom(BIG))
    before, directory = holding(world.alice), world.alice.vault.directory
    world.alice.lock()
    result = run_child("", "export", "--out", world.usb, vault=directory,
                       preexec=file_size_limit(LIMIT))
    assert_refused_and_unchanged(result, directory, before)
    assert list(world.usb.iterdir()) == []  # no .part, no bundle
    # With room again, the export goes out under the number the failed one did not use.
    again = run_cli("export", "--out", world.usb, vault=directory)
    assert again.returncode == 0 and "interrupted" not in again.stderr, again.stderr
    assert importing.import_bundle(world.office, Path(again.stdout.strip())).sequence == 1


def test_import_on_a_full_disk(world: World) -> None:
    (record_id,) = records.add_records(world.alice, [canary_record("import")])
    attach_bytes(world.alice, record_id, "scan.bin", os.urandom(BIG))
    sent = export_path(world.alice, world.usb)
    before, directory = holding(world.office), world.office.vault.directory
    world.office.lock()
    result = run_child("", "import", sent, vault=directory, preexec=file_size_limit(LIMIT))
    assert_refused_and_unchanged(result, directory, before)


def test_purge_on_a_full_disk(world: World) -> None:
    (record_id,) = records.add_records(world.alice, [canary_record("purge")])
    attach_bytes(world.alice, record_id, "scan.bin", os.urandom(BIG))
    receipt = deliver(world, world.alice)
    assert importing.import_bundle(world.alice, receipt).status == "accepted"
    before, directory = holding(world.alice), world.alice.vault.directory
    world.alice.lock()
    result = run_child("", "purge", "--delivered", vault=directory,
                       preexec=file_size_limit(LIMIT))
    assert_refused_and_unchanged(result, directory, before)


# The key file is 129 bytes: the limit is set in the child just before it is written (after
# the vault opened, with its files already their size), to 64 bytes, so the kernel takes
# half of it and refuses the rest, as a disk with 64 bytes left does.
CRAMPED_KEY_WRITE = FAST_KDF + """
import resource, signal
import fieldapp.store.keyfile as _kf
_real_wrap = _kf.wrap_key
def _wrap_then_fill_the_disk(*args, **kwargs):
    data = _real_wrap(*args, **kwargs)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64, resource.RLIM_INFINITY))
    return data
_kf.wrap_key = _wrap_then_fill_the_disk
"""


def test_passwd_on_a_full_disk(world: World, tmp_path: Path) -> None:
    before, directory = holding(world.alice), world.alice.vault.directory
    world.alice.lock()
    key_before = (directory / KEY_FILE).read_bytes()
    new = tmp_path / "new-passphrase"
    new.write_text(OTHER_PASSPHRASE + "\n", encoding="utf-8")
    result = run_child(CRAMPED_KEY_WRITE, "passwd", "--new-passphrase-file", new,
                       vault=directory)
    assert (directory / KEY_FILE).read_bytes() == key_before
    assert_refused_and_unchanged(result, directory, before)
    with pytest.raises(BadPassphrase):
        unlock(directory, OTHER_PASSPHRASE)
