"""The vault on disk: unlocking, refusing damaged key files, locking, passphrase change."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from support import (
    MINIMAL_RECORD,
    OTHER_PASSPHRASE,
    PASSPHRASE,
    file_digests,
    full_record,
    set_param,
)

from fieldapp.cli.messages import sentence
from fieldapp.errors import (
    BadPassphrase,
    KeyFileDamaged,
    VaultError,
    VaultLocked,
    WeakKdfParameters,
)
from fieldapp.services import records
from fieldapp.services.session import (
    Session,
    change_passphrase,
    create_vault,
    unlock,
    verify_audit,
)
from fieldapp.store import keyfile, lookaside
from fieldapp.store.keyfile import KdfParams
from fieldapp.store.vault import DB_FILE, KEY_FILE, Vault


def test_a_new_vault_is_two_owner_only_files_and_the_database_is_not_plain_sqlite(
    session: Session, vault_dir: Path
) -> None:
    records.add_record(session, full_record())
    # While open, SQLite's -wal and -shm files are owner-only too, whatever the umask.
    assert {p.stat().st_mode & 0o777 for p in vault_dir.iterdir()} == {0o600}
    session.lock()
    assert sorted(os.listdir(vault_dir)) == [DB_FILE, KEY_FILE]
    assert vault_dir.stat().st_mode & 0o777 == 0o700
    for name in (DB_FILE, KEY_FILE):
        assert (vault_dir / name).stat().st_mode & 0o777 == 0o600, name
    database = (vault_dir / DB_FILE).read_bytes()
    assert not database.startswith(b"SQLite format 3")
    assert b"Journalist detained" not in database


def test_the_vault_reopens_with_its_passphrase_and_keeps_its_records(
    session: Session, vault_dir: Path
) -> None:
    record_id = records.add_record(session, full_record())
    session.lock()
    reopened = unlock(vault_dir, PASSPHRASE)
    try:
        assert reopened.identity.role == "observer"
        assert reopened.identity.name == "Test Observer"
        assert records.show_record(reopened, record_id)["title"] == full_record()["title"]
    finally:
        reopened.lock()


def test_a_wrong_passphrase_is_refused_with_wrong_passphrase(
    session: Session, vault_dir: Path
) -> None:
    session.lock()
    with pytest.raises(BadPassphrase) as caught:
        Vault.open(vault_dir, "not the passphrase")
    assert (caught.value.code, caught.value.params) == ("bad_passphrase", {})
    assert sentence(caught.value) == "wrong passphrase"


def test_every_flipped_byte_of_the_key_file_is_refused_and_the_vault_never_opens(
    session: Session, vault_dir: Path
) -> None:
    session.lock()
    key_path = vault_dir / KEY_FILE
    original = key_path.read_bytes()
    database_before = (vault_dir / DB_FILE).read_bytes()
    for position in range(len(original)):
        damaged = bytearray(original)
        damaged[position] ^= 0x01
        key_path.write_bytes(bytes(damaged))
        with pytest.raises(KeyFileDamaged) as caught:
            Vault.open(vault_dir, PASSPHRASE)
        in_magic = position < len(keyfile.MAGIC)
        expected = "key_file_not_fieldapp" if in_magic else "key_file_modified"
        assert caught.value.code == expected, position
    assert (vault_dir / DB_FILE).read_bytes() == database_before
    key_path.write_bytes(original)
    Vault.open(vault_dir, PASSPHRASE).lock()


@pytest.mark.parametrize("param", ["memory_kib", "iterations", "lanes"])
def test_a_key_file_rewritten_below_the_kdf_floor_is_refused(
    session: Session, vault_dir: Path, param: str
) -> None:
    session.lock()
    key_path = vault_dir / KEY_FILE
    key_path.write_bytes(set_param(key_path.read_bytes(), param, 1))
    with pytest.raises(WeakKdfParameters) as caught:
        Vault.open(vault_dir, PASSPHRASE)
    assert caught.value.code == "key_file_weak_kdf"


def test_creating_a_vault_where_one_exists_changes_nothing(
    session: Session, vault_dir: Path, fast_params: KdfParams
) -> None:
    records.add_record(session, MINIMAL_RECORD)
    session.lock()
    before = file_digests(vault_dir)
    with pytest.raises(VaultError) as caught:
        create_vault(vault_dir, "office", "Someone else", OTHER_PASSPHRASE, fast_params)
    assert (caught.value.code, caught.value.params) == ("vault_exists", {"path": str(vault_dir)})
    assert file_digests(vault_dir) == before
    Vault.open(vault_dir, PASSPHRASE).lock()


def test_opening_a_directory_without_a_vault_says_so(tmp_path: Path) -> None:
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_path / "nowhere", PASSPHRASE)
    assert (caught.value.code, caught.value.params) == (
        "no_vault", {"path": str(tmp_path / "nowhere")})
    assert not (tmp_path / "nowhere").exists()


def test_a_key_file_from_another_vault_does_not_open_this_database(
    tmp_path: Path, fast_params: KdfParams
) -> None:
    first = create_vault(tmp_path / "a", "observer", "A", PASSPHRASE, fast_params)
    second = create_vault(tmp_path / "b", "observer", "B", PASSPHRASE, fast_params)
    first.lock()
    second.lock()
    (tmp_path / "a" / KEY_FILE).write_bytes((tmp_path / "b" / KEY_FILE).read_bytes())
    with pytest.raises(VaultError) as caught:
        Vault.open(tmp_path / "a", PASSPHRASE)
    assert caught.value.code == "database_key_mismatch"


def test_a_vault_from_a_newer_app_is_refused(session: Session, vault_dir: Path) -> None:
    session.conn.execute("PRAGMA user_version = 999")
    session.lock()
    with pytest.raises(VaultError) as caught:
        Vault.open(vault_dir, PASSPHRASE)
    assert (caught.value.code, caught.value.params) == ("schema_too_new", {"schema": 999})


def test_the_database_runs_with_the_documented_pragmas(session: Session) -> None:
    conn = session.conn

    def pragma(name: str) -> object:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]

    assert str(pragma("cipher_memory_security")) == "1"
    assert pragma("secure_delete") == 1
    assert pragma("temp_store") == 2  # MEMORY
    assert pragma("foreign_keys") == 1
    assert pragma("journal_mode") == "wal"


def test_a_locked_vault_refuses_work_and_forgets_its_key(session: Session) -> None:
    key_buffer = session.vault._db_key
    session.lock()
    assert session.vault.is_locked
    assert not any(key_buffer)
    with pytest.raises(VaultLocked):
        records.list_records(session, records.RecordQuery())


def test_changing_the_passphrase_keeps_the_data_and_retires_the_old_one(
    session: Session, vault_dir: Path, fast_params: KdfParams
) -> None:
    record_id = records.add_record(session, full_record())
    change_passphrase(session, OTHER_PASSPHRASE, fast_params)
    session.lock()
    with pytest.raises(BadPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    reopened = unlock(vault_dir, OTHER_PASSPHRASE)
    try:
        assert records.show_record(reopened, record_id)["title"] == full_record()["title"]
        entries, problems = verify_audit(reopened)
        assert problems == []
        assert entries == 4  # vault.create, peer.add, record.add, vault.passphrase_changed
    finally:
        reopened.lock()


# --- passphrase change killed at each step of keyfile.write_atomic ----------------------


class Killed(BaseException):
    """Stands for the process dying: nothing after this point runs."""


def die_during_write(monkeypatch: pytest.MonkeyPatch) -> AbstractContextManager[None]:
    """os.write gets half of the new key file onto disk, then the process dies."""
    real_write = os.write
    context = monkeypatch.context()
    patch = context.__enter__()

    def half_then_die(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data)[: len(data) // 2])
        raise Killed()

    patch.setattr(os, "write", half_then_die)
    return context


def _die_on(
    name: str, after_real_call: bool
) -> Callable[[pytest.MonkeyPatch], AbstractContextManager[None]]:
    def install(monkeypatch: pytest.MonkeyPatch) -> AbstractContextManager[None]:
        real = getattr(os, name)
        context = monkeypatch.context()
        patch = context.__enter__()

        def die(*args: object, **kwargs: object) -> None:
            if after_real_call:
                real(*args, **kwargs)
            raise Killed()

        patch.setattr(os, name, die)
        return context

    return install


CRASH_POINTS = {
    # name: (how the process dies, which passphrase must work afterwards)
    "tmp partially written": (die_during_write, "old"),
    "tmp written, not yet synced": (_die_on("fsync", after_real_call=False), "old"),
    "tmp complete, not renamed": (_die_on("replace", after_real_call=False), "old"),
    "renamed, directory not synced": (_die_on("replace", after_real_call=True), "new"),
}


@pytest.mark.parametrize("crash_point", list(CRASH_POINTS))
def test_a_passphrase_change_killed_at_any_step_leaves_exactly_one_working_passphrase(
    session: Session,
    vault_dir: Path,
    fast_params: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    crash_point: str,
) -> None:
    install_crash, survivor = CRASH_POINTS[crash_point]
    record_id = records.add_record(session, full_record())
    shown_before = records.show_record(session, record_id)

    context = install_crash(monkeypatch)
    try:
        with pytest.raises(Killed):
            change_passphrase(session, OTHER_PASSPHRASE, fast_params)
    finally:
        context.__exit__(None, None, None)
    session.lock()

    works = PASSPHRASE if survivor == "old" else OTHER_PASSPHRASE
    fails = OTHER_PASSPHRASE if survivor == "old" else PASSPHRASE
    with pytest.raises(BadPassphrase):
        Vault.open(vault_dir, fails)
    for _ in range(2):  # and it keeps working: the leftover was not a one-time fluke
        reopened = unlock(vault_dir, works)
        try:
            assert records.show_record(reopened, record_id) == shown_before
            assert verify_audit(reopened)[1] == []
        finally:
            reopened.lock()
    # Nothing half-written is left beside the vault.
    assert sorted(os.listdir(vault_dir)) == [DB_FILE, KEY_FILE]


def test_the_key_file_on_disk_is_always_whole_during_a_killed_change(
    session: Session, vault_dir: Path, fast_params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (vault_dir / KEY_FILE).read_bytes()
    context = die_during_write(monkeypatch)
    try:
        with pytest.raises(Killed):
            change_passphrase(session, OTHER_PASSPHRASE, fast_params)
    finally:
        context.__exit__(None, None, None)
    # The half-written file is the temporary one, never vault.key itself.
    assert (vault_dir / KEY_FILE).read_bytes() == before
    assert (vault_dir / (KEY_FILE + ".tmp")).exists()
    assert keyfile.read_params(before) == fast_params


def test_vault_connections_use_the_larger_lookaside_pool_and_keep_memory_security(
    session: Session,
) -> None:
    # The pool is what keeps cipher_memory_security affordable (tests/bench shows it); a
    # binding that no longer exposes sqlite3_config would silently lose it.
    assert lookaside.configure_once() is True
    assert session.conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
