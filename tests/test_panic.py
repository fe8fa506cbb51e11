"""Quick delete and the wipe after wrong passphrases: afterwards nothing opens."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from support import PASSPHRASE, run_cli

from fieldapp.errors import BadPassphrase, VaultError, VaultWiped
from fieldapp.services import records
from fieldapp.services.panic import quick_delete, wipe_vault
from fieldapp.services.session import Session, create_vault, unlock
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.vault import DB_FILE, KEY_FILE, Vault, vault_exists
from fieldapp.store.vault_settings import VaultSettings, VaultSettingsFile

RECORD = {"title": "Summons to the police", "occurred_on": "2022-05", "region": "astana",
          "threat_type": "police_summons", "sectors": ["trade_unions"]}


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    session = create_vault(directory, "observer", "Panic Observer", PASSPHRASE, KDF_FLOOR)
    records.add_record(session, RECORD)
    session.lock()
    return directory


@pytest.fixture
def settings(tmp_path: Path) -> VaultSettingsFile:
    return VaultSettingsFile(tmp_path / "config" / "vault-settings.json")


def assert_gone(directory: Path) -> None:
    assert not vault_exists(directory)
    assert not directory.exists()
    with pytest.raises(VaultError) as caught:
        Vault.open(directory, PASSPHRASE)
    assert caught.value.code == "no_vault"


def test_wipe_overwrites_the_key_file_and_the_database_in_place_then_removes_them(
    vault: Path, tmp_path: Path
) -> None:
    # Second names for the same inodes show what was written over the bytes before unlink.
    kept = {}
    for name in (KEY_FILE, DB_FILE):
        os.link(vault / name, tmp_path / f"link-{name}")
        kept[name] = (vault / name).read_bytes()
    assert wipe_vault(vault)
    assert_gone(vault)
    for name, before in kept.items():
        after = (tmp_path / f"link-{name}").read_bytes()
        assert len(after) == len(before)
        assert after != before
    # Not even the key file's magic is left.
    assert b"FLDVKEY" not in (tmp_path / f"link-{KEY_FILE}").read_bytes()


def test_wipe_takes_the_wal_and_a_leftover_key_file_and_leaves_foreign_files(
    vault: Path
) -> None:
    for name in (DB_FILE + "-wal", DB_FILE + "-shm", KEY_FILE + ".tmp"):
        (vault / name).write_bytes(b"x" * 100)
    (vault / "notes.txt").write_text("not ours")
    assert wipe_vault(vault)
    assert sorted(p.name for p in vault.iterdir()) == ["notes.txt"]
    with pytest.raises(VaultError) as caught:
        Vault.open(vault, PASSPHRASE)
    assert caught.value.code == "no_vault"


def test_quick_delete_forgets_the_vaults_settings(vault: Path, settings: VaultSettingsFile):
    settings.save(vault, VaultSettings(auto_lock_minutes=2, wipe_after=5, failures=1))
    assert quick_delete(vault, settings)
    assert settings.load(vault) == VaultSettings()
    assert str(vault.resolve()) not in settings.path.read_text()
    assert not quick_delete(vault, settings)  # nothing left: says so


def test_settings_file_holds_no_content_and_survives_damage(
    vault: Path, settings: VaultSettingsFile
) -> None:
    assert settings.load(vault) == VaultSettings()
    settings.save(vault, VaultSettings())
    assert not settings.path.exists()  # defaults leave no file behind
    settings.save(vault, VaultSettings(auto_lock_minutes=0.5, lock_when_inactive=True))
    stored = json.loads(settings.path.read_text())
    assert stored["vaults"] == {str(vault.resolve()): {
        "auto_lock_minutes": 0.5, "lock_when_inactive": True, "wipe_after": 0, "failures": 0}}
    assert settings.path.stat().st_mode & 0o777 == 0o600
    settings.path.write_text('{"vaults": {"' + str(vault.resolve()) + '": {"wipe_after": -3,'
                             ' "auto_lock_minutes": "soon"}}}')
    assert settings.load(vault) == VaultSettings()
    settings.path.write_text("not json")
    assert settings.load(vault) == VaultSettings()


def test_wrong_passphrases_in_a_row_wipe_when_enabled(vault: Path, settings: VaultSettingsFile):
    settings.save(vault, VaultSettings(wipe_after=3))
    for _ in range(2):
        with pytest.raises(BadPassphrase):
            unlock(vault, "not the passphrase", settings=settings)
    assert settings.load(vault).failures == 2
    with pytest.raises(VaultWiped) as caught:
        unlock(vault, "still not it", settings=settings)
    assert (caught.value.code, caught.value.params, caught.value.attempts) == (
        "vault_wiped", {"attempts": 3}, 3)
    assert_gone(vault)
    assert settings.load(vault) == VaultSettings()


def test_a_right_passphrase_ends_the_run(vault: Path, settings: VaultSettingsFile) -> None:
    settings.save(vault, VaultSettings(wipe_after=2))
    with pytest.raises(BadPassphrase):
        unlock(vault, "not the passphrase", settings=settings)
    session: Session = unlock(vault, PASSPHRASE, settings=settings)
    session.lock()
    assert settings.load(vault).failures == 0
    with pytest.raises(BadPassphrase):
        unlock(vault, "not the passphrase", settings=settings)
    assert vault_exists(vault)


def test_wrong_passphrases_never_wipe_when_disabled(vault: Path, settings: VaultSettingsFile):
    for _ in range(12):
        with pytest.raises(BadPassphrase):
            unlock(vault, "not the passphrase", settings=settings)
    assert vault_exists(vault)
    assert not settings.path.exists()  # nothing counted, nothing written
    unlock(vault, PASSPHRASE, settings=settings).lock()


def test_cli_panic_without_yes_refuses_and_says_what_it_would_do(vault: Path) -> None:
    before = {p.name: p.read_bytes() for p in vault.iterdir()}
    result = run_cli("panic", vault=vault, passphrase=None)
    assert result.returncode == 2
    assert "overwrite and delete the vault" in result.stderr
    assert "--yes" in result.stderr
    assert {p.name: p.read_bytes() for p in vault.iterdir()} == before
    assert run_cli("record", "list", vault=vault).returncode == 0


def test_cli_panic_yes_needs_no_passphrase_and_nothing_opens_afterwards(vault: Path) -> None:
    result = run_cli("panic", "--yes", vault=vault, passphrase=None)
    assert (result.returncode, result.stderr) == (0, "")
    assert "deleted" in result.stdout
    assert_gone(vault)
    listing = run_cli("record", "list", vault=vault)
    assert listing.returncode == 1
    assert "no vault" in listing.stderr
    again = run_cli("panic", "--yes", vault=vault, passphrase=None)
    assert again.returncode == 1
    assert "nothing was deleted" in again.stderr


def test_cli_wrong_passphrases_count_and_wipe(vault: Path, private_config_dir: Path) -> None:
    # The CLI uses the default settings file, under the config directory the tests redirect.
    default = VaultSettingsFile.default()
    assert default.path.is_relative_to(private_config_dir)
    default.save(vault, VaultSettings(wipe_after=2))
    first = run_cli("record", "list", vault=vault, passphrase="wrong one")
    assert (first.returncode, vault_exists(vault)) == (1, True)
    second = run_cli("record", "list", vault=vault, passphrase="wrong two")
    assert second.returncode == 1
    assert "2 wrong passphrases in a row: the vault was deleted" in second.stderr
    assert_gone(vault)
