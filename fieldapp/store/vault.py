"""A vault directory: vault.key (the wrapped database key) and vault.db (SQLCipher)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from fieldapp.errors import InvalidInput, KeyFileDamaged, VaultError, VaultLocked
from fieldapp.store import files, keyfile, vault_lock
from fieldapp.store.database import Connection, migrate, open_database
from fieldapp.store.regular_files import read_regular

KEY_FILE = "vault.key"
DB_FILE = "vault.db"


def secure_mkdir(path: Path) -> None:
    """Create a directory (and parents) readable by the owner only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    files.restrict_permissions(path, 0o700)  # mkdir's mode is cut by the umask


def vault_exists(directory: Path) -> bool:
    return (directory / KEY_FILE).exists() or (directory / DB_FILE).exists()


def read_key_file(path: Path) -> bytes:
    """The key file's bytes: a folder, a device or anything far longer than a key file in its
    place is a damaged key file, refused without reading it whole."""
    try:
        return read_regular(path, 4096, "vault.key")
    except InvalidInput as refused:
        problem = refused.problems[0]
        if problem.code == "cannot_read":
            raise VaultError("cannot_read", path=str(path),
                             detail=problem.params.get("detail")) from None
        raise KeyFileDamaged("key_file_not_fieldapp") from None


class Vault:
    """An unlocked vault: an open connection and the key held in a buffer we can zero."""

    def __init__(
        self, directory: Path, conn: Connection, db_key: bytearray,
        key_file: bytes, held: vault_lock.VaultLock | None = None,
    ) -> None:
        self.directory = directory
        self._conn: Connection | None = conn
        self._db_key = db_key
        self._held = held
        self.key_file_id = _key_file_id(key_file)

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    def lock(self) -> None:
        """Close the database and overwrite the key buffer (Python copies we can't reach remain)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        for i in range(len(self._db_key)):
            self._db_key[i] = 0
        if self._held is not None:
            self._held.release()
            self._held = None

    @classmethod
    def create(
        cls, directory: Path, passphrase: str, params: keyfile.KdfParams | None = None
    ) -> Vault:
        """Make a new vault; refuses a directory that already holds one."""
        if vault_exists(directory):
            raise VaultError("vault_exists", path=str(directory))
        secure_mkdir(directory)
        held = vault_lock.acquire(directory)
        try:
            if vault_exists(directory):  # made by another program while this one waited
                raise VaultError("vault_exists", path=str(directory))
            db_key = bytearray(os.urandom(keyfile.DB_KEY_LEN))
            data = keyfile.wrap_key(bytes(db_key), passphrase, params or keyfile.calibrate())
            # Created 0600 before SQLite opens it (its -wal and -shm files copy this mode),
            # whatever the process umask is: the GUI does not set one.
            os.close(files.open_private(directory / DB_FILE,
                                        os.O_WRONLY | os.O_CREAT | os.O_EXCL))
            conn = open_database(directory / DB_FILE, db_key)
            migrate(conn)
            # The key file is written last: a vault without one is an unfinished creation.
            keyfile.write_atomic(directory / KEY_FILE, data)
        except BaseException:
            held.release()
            raise
        return cls(directory, conn, db_key, data, held)

    @classmethod
    def open(
        cls, directory: Path, passphrase: str,
        on_wait: Callable[[vault_lock.Holder], None] | None = None,
    ) -> Vault:
        """Unlock: the key file's tag checks the passphrase before the database is touched.
        While another process has the vault open, waits a few seconds (calling on_wait
        once), then raises VaultError("vault_in_use") naming that process."""
        key_path = directory / KEY_FILE
        if not key_path.exists():
            raise VaultError("no_vault", path=str(directory))
        held = vault_lock.acquire(directory, on_wait)
        try:
            data = read_key_file(key_path)
            db_key = keyfile.unwrap_key(data, passphrase)
            # A leftover from a passphrase change that never reached its rename.
            key_path.with_name(KEY_FILE + ".tmp").unlink(missing_ok=True)
            conn = open_database(directory / DB_FILE, db_key)
            migrate(conn)
        except BaseException:
            held.release()
            raise
        return cls(directory, conn, db_key, data, held)

    def check_passphrase(self, passphrase: str) -> None:
        """Raise BadPassphrase unless passphrase opens this vault's key file."""
        opened = keyfile.unwrap_key(read_key_file(self.directory / KEY_FILE), passphrase)
        opened[:] = bytes(len(opened))

    def change_passphrase(
        self, new_passphrase: str, params: keyfile.KdfParams | None = None
    ) -> None:
        """Rewrap the same database key under a new passphrase; the key file is replaced
        atomically."""
        data = keyfile.wrap_key(bytes(self._db_key), new_passphrase, params or keyfile.calibrate())
        keyfile.write_atomic(self.directory / KEY_FILE, data)
        self.key_file_id = _key_file_id(data)


def _key_file_id(data: bytes) -> str:
    """The key file's own SHA-256 checksum (public, in the file): it changes with every
    passphrase change, so the audit log can tell which file it last recorded."""
    return data[-keyfile.CHECKSUM_LEN:].hex()
