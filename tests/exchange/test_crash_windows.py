"""Crash windows (issue 11, item 6): a process killed with SIGKILL between two steps that
used to be apart loses nothing and leaves nothing behind, once the vault is next opened."""

from __future__ import annotations

import signal
import uuid
from pathlib import Path

import pytest
from child_process import FAST_KDF, decrypted_pages, kill_at, run_child
from support import OTHER_PASSPHRASE, PASSPHRASE, run_cli

from fieldapp.errors import BadPassphrase, NotFound
from fieldapp.services import importing, records
from fieldapp.services.session import unlock, verify_audit
from fieldapp.store import audit
from tests.exchange.conftest import World, db_key_of, open_bundle
from tests.exchange.test_receipts import canary_record, deliver


def test_a_purge_killed_between_its_commit_and_its_scrub_leaves_no_purged_text(
    world: World,
) -> None:
    token = f"zqxcrash{uuid.uuid4().hex[:12]}"
    (record_id,) = records.add_records(world.alice, [canary_record(token)])
    receipt = deliver(world, world.alice)
    assert importing.import_bundle(world.alice, receipt).status == "accepted"
    key, directory = db_key_of(world.alice), world.alice.vault.directory
    world.alice.lock()
    # The reader finds the text while the record holds it (so its silence later means it).
    assert any(token.encode() in page for page in decrypted_pages(key, directory))

    killed = run_child(kill_at("fieldapp.store.purge", "reclaim_pages", after_real_call=False),
                       "purge", "--delivered", vault=directory)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    # The window is real: committed, but the old page images still hold the text.
    assert any(token.encode() in page for page in decrypted_pages(key, directory))

    reopened = unlock(directory, PASSPHRASE)
    try:
        assert not any(token.encode() in page for page in decrypted_pages(key, directory))
        with pytest.raises(NotFound):
            records.show_record(reopened, record_id)
        assert verify_audit(reopened)[1] == []
    finally:
        reopened.lock()


@pytest.mark.parametrize(("module", "name"), [("os", "fsync"), ("os", "replace")],
                         ids=["bundle synced, not renamed", "renamed, not recorded"])
def test_an_export_killed_midway_leaves_nothing_behind_and_spends_its_number(
    world: World, module: str, name: str
) -> None:
    records.add_records(world.alice, [canary_record("first")])
    directory = world.alice.vault.directory
    world.alice.lock()
    killed = run_child(kill_at(module, name, after_real_call=True), "export", "--out",
                       world.usb, vault=directory)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [left] = list(world.usb.iterdir())  # a .part, or a bundle nobody was told about
    if left.suffix == ".age":
        assert open_bundle(left.read_bytes(), world.office).manifest["sequence"] == 1

    again = run_cli("export", "--out", world.usb, vault=directory)
    assert again.returncode == 0, again.stderr
    assert "interrupted" in again.stderr and "bundle number 1 was never sent" in again.stderr
    [written] = list(world.usb.iterdir())  # nothing of the killed export is left
    assert str(written) == again.stdout.strip() and written.suffix == ".age"
    opened = open_bundle(written.read_bytes(), world.office)
    assert opened.manifest["sequence"] == 2  # 1 may exist somewhere with other content
    assert len([line for line in opened.lines if line["type"] == "version"]) == 1
    report = importing.import_bundle(world.office, written)
    assert report.status == "accepted" and report.missing_sequences == [1]


def test_a_passphrase_change_killed_after_the_rename_is_logged_at_the_next_unlock(
    world: World, tmp_path: Path
) -> None:
    directory = world.alice.vault.directory
    before = len(audit.entries(world.alice.conn))
    world.alice.lock()
    new = tmp_path / "new-passphrase"
    new.write_text(OTHER_PASSPHRASE + "\n", encoding="utf-8")
    prelude = FAST_KDF + kill_at("fieldapp.store.keyfile", "fsync_directory",
                                 after_real_call=False)
    killed = run_child(prelude, "passwd", "--new-passphrase-file", new, vault=directory)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with pytest.raises(BadPassphrase):
        unlock(directory, PASSPHRASE)
    for _ in range(2):  # logged once, not at every unlock
        reopened = unlock(directory, OTHER_PASSPHRASE)
        try:
            entries = audit.entries(reopened.conn)
            assert len(entries) == before + 1
            assert entries[-1].action == "vault.passphrase_changed"
            assert verify_audit(reopened)[1] == []
        finally:
            reopened.lock()
