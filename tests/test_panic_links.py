"""Quick delete overwrites only the vault's own regular files: links and odd files in their
place are removed as names, and nothing outside the vault directory is touched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from support import PASSPHRASE

from fieldapp.services import records
from fieldapp.services.panic import wipe_vault
from fieldapp.services.session import create_vault
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.vault import DB_FILE, KEY_FILE, vault_exists

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")

RECORD = {"title": "Summons to the police", "occurred_on": "2022-05", "region": "astana",
          "threat_type": "police_summons", "sectors": ["trade_unions"]}


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    session = create_vault(directory, "observer", "Panic Observer", PASSPHRASE, KDF_FLOOR)
    records.add_record(session, RECORD)
    session.lock()
    return directory


def test_a_symlinked_key_file_is_unlinked_and_its_target_left_as_it_was(
    vault: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "precious.txt"
    outside.write_bytes(b"someone else's file\n" * 100)
    # The real key file moves away; a link to a file outside the vault takes its name.
    os.replace(vault / KEY_FILE, tmp_path / "moved.key")
    os.symlink(outside, vault / KEY_FILE)
    wal_target = tmp_path / "other.db"
    wal_target.write_bytes(b"another database")
    os.symlink(wal_target, vault / (DB_FILE + "-wal"))
    os.link(vault / DB_FILE, tmp_path / "db-second-name")
    database_before = (tmp_path / "db-second-name").read_bytes()

    assert wipe_vault(vault)

    assert outside.read_bytes() == b"someone else's file\n" * 100
    assert wal_target.read_bytes() == b"another database"
    assert not vault.exists()
    assert not vault_exists(vault)
    # The database itself, a regular file in the vault, was still overwritten.
    after = (tmp_path / "db-second-name").read_bytes()
    assert len(after) == len(database_before) and after != database_before


def test_a_fifo_in_a_files_place_is_removed_unopened_and_a_directory_left_alone(
    vault: Path, tmp_path: Path
) -> None:
    os.mkfifo(vault / (DB_FILE + "-wal"))  # opening it to write would wait for a reader
    (vault / (DB_FILE + "-shm")).mkdir()
    (vault / (DB_FILE + "-shm") / "inside.txt").write_text("not ours")

    assert wipe_vault(vault)

    assert sorted(p.name for p in vault.iterdir()) == [DB_FILE + "-shm"]
    assert (vault / (DB_FILE + "-shm") / "inside.txt").read_text() == "not ours"
    assert not vault_exists(vault)


def test_a_key_file_without_write_permission_is_still_overwritten(
    vault: Path, tmp_path: Path
) -> None:
    os.link(vault / KEY_FILE, tmp_path / "key-second-name")
    os.chmod(vault / KEY_FILE, 0o400)
    assert wipe_vault(vault)
    assert b"FLDVKEY" not in (tmp_path / "key-second-name").read_bytes()
    assert not vault.exists()
