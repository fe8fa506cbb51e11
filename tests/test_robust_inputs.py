"""Odd files and odd text a user can hand fieldapp: each a clean refusal, never a traceback,
the vault as it was."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from support import MINIMAL_RECORD, PASSPHRASE, file_digests, run_cli, set_param

from fieldapp.errors import KeyFileDamaged
from fieldapp.services import attachments, peers, records
from fieldapp.services.session import VaultSettings, VaultSettingsFile, create_vault, unlock
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.vault import KEY_FILE, vault_exists

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX device files and FIFOs")


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    session = create_vault(directory, "observer", "Robust Observer", PASSPHRASE, KDF_FLOOR)
    records.add_record(session, MINIMAL_RECORD)
    session.lock()
    return directory


def record_id(vault: Path) -> str:
    session = unlock(vault, PASSPHRASE)
    try:
        return records.list_records(session, records.RecordQuery())[0].id
    finally:
        session.lock()


# -- the key file's KDF cost has a ceiling -----------------------------------------------------

@pytest.mark.parametrize(("name", "value"), [("lanes", 256), ("iterations", 65)])
def test_an_absurd_kdf_cost_is_damage_and_never_a_wrong_passphrase(
    vault: Path, tmp_path: Path, name: str, value: int
) -> None:
    settings = VaultSettingsFile(tmp_path / "config" / "vault-settings.json")
    settings.save(vault, VaultSettings(wipe_after=1))
    key = vault / KEY_FILE
    key.write_bytes(set_param(key.read_bytes(), name, value))
    with pytest.raises(KeyFileDamaged) as caught:
        unlock(vault, PASSPHRASE, settings=settings)
    assert caught.value.code == "key_file_kdf_too_costly"
    # With the wipe after one wrong passphrase switched on, the vault is still there.
    assert vault_exists(vault) and settings.load(vault).failures == 0


def test_the_cli_says_the_costly_key_file_is_damaged(vault: Path) -> None:
    key = vault / KEY_FILE
    key.write_bytes(set_param(key.read_bytes(), "memory_kib", 8 * 1024 * 1024))
    result = run_cli("record", "list", vault=vault)
    assert result.returncode == 1
    assert "asks for key-derivation work far beyond any fieldapp writes" in result.stderr
    assert "Traceback" not in result.stderr


# -- a folder, a device, a FIFO or a huge file given as a file -------------------------------

@POSIX
@pytest.mark.parametrize("kind", ["device", "folder", "fifo"])
def test_attach_refuses_what_is_not_a_regular_file_before_reading_it(
    vault: Path, tmp_path: Path, kind: str
) -> None:
    target = {"device": Path("/dev/zero"), "folder": tmp_path, "fifo": tmp_path / "pipe"}[kind]
    if kind == "fifo":
        os.mkfifo(target)  # reading it would wait for a writer for ever
    rid = record_id(vault)
    before = file_digests(vault)
    result = run_cli("attach", rid, target, vault=vault)
    assert result.returncode == 2, result.stderr
    assert f"{target} is not a regular file (a folder, a device or a pipe)" in result.stderr
    assert file_digests(vault) == before


def test_an_attachment_over_the_limit_is_refused_from_its_size_alone(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.bin"
    with big.open("wb") as handle:  # sparse: no disk, and a read would be slow and large
        handle.truncate(attachments.MAX_ATTACHMENT_BYTES + 1)
    session = unlock(vault, PASSPHRASE)
    try:
        with pytest.raises(attachments.InvalidInput) as caught:
            attachments.attach_file(session, record_id(vault), big)
    finally:
        session.lock()
    assert [p.code for p in caught.value.problems] == ["file_too_large"]


@POSIX
def test_record_add_and_the_passphrase_file_refuse_a_device(vault: Path, tmp_path: Path) -> None:
    result = run_cli("record", "add", "/dev/zero", vault=vault)
    assert result.returncode == 2
    assert "input: /dev/zero is not a regular file" in result.stderr
    result = run_cli("--passphrase-file", "/dev/zero", "record", "list", vault=vault,
                     passphrase=None)
    assert result.returncode == 2
    assert "--passphrase-file: /dev/zero is not a regular file" in result.stderr


def test_record_add_refuses_a_file_larger_than_any_input(
    vault: Path, tmp_path: Path
) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024 + 1)
    before = file_digests(vault)
    result = run_cli("record", "add", big, vault=vault)
    assert result.returncode == 2
    assert f"input: {big} is larger than 65536 KiB" in result.stderr
    assert file_digests(vault) == before


def test_a_folder_given_as_a_bundle_is_refused_with_a_sentence(
    vault: Path, tmp_path: Path
) -> None:
    result = run_cli("bundle", "inspect", tmp_path)
    assert result.returncode == 1
    assert f"{tmp_path} is not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


# -- NUL and lone surrogates ------------------------------------------------------------------

@pytest.mark.parametrize("escape", ["\\u0000", "\\ud800"])
def test_record_add_refuses_a_nul_or_a_lone_surrogate(
    vault: Path, tmp_path: Path, escape: str
) -> None:
    text = json.dumps(MINIMAL_RECORD)
    text = text.replace('"title": "', '"title": "bad ' + escape, 1)
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    before = file_digests(vault)
    result = run_cli("record", "add", source, vault=vault)
    assert result.returncode == 2, result.stderr
    assert "title: holds a NUL character or a lone surrogate" in result.stderr
    assert "Traceback" not in result.stderr
    assert file_digests(vault) == before


def test_a_passphrase_file_with_a_nul_is_refused(vault: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_bytes(PASSPHRASE.encode() + b"\x00\n")
    result = run_cli("--passphrase-file", secret, "record", "list", vault=vault,
                     passphrase=None)
    assert result.returncode == 2
    assert "--passphrase-file: holds a NUL character" in result.stderr


def test_a_card_with_a_nul_is_refused_and_nothing_is_enrolled(
    vault: Path, tmp_path: Path
) -> None:
    office = create_vault(tmp_path / "office", "office", "Office", PASSPHRASE, KDF_FLOOR)
    card = tmp_path / "office.card"
    try:
        peers.export_card(office, card)
    finally:
        office.lock()
    card.write_text(card.read_text().replace("name: Office", "name: Off\x00ice"))
    before = file_digests(vault)
    result = run_cli("peers", "add", card, vault=vault)
    assert result.returncode == 2, result.stderr
    assert "card: holds a NUL character" in result.stderr
    assert file_digests(vault) == before
