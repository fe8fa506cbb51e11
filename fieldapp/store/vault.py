"""A vault directory: vault.key (the wrapped database key) and vault.db (SQLCipher)."""

from __future__ import annotations

import os
from pathlib import Path

from fieldapp.errors import VaultError, VaultLocked
from fieldapp.store import keyfile
from fieldapp.store.database import Connection, migrate, open_database

KEY_FILE = "vault.key"
DB_FILE = "vault.db"


def secure_mkdir(path: Path) -> None:
    """Create a directory (and parents) readable by the owner only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def vault_exists(directory: Path) -> bool:
    return (directory / KEY_FILE).exists() or (directory / DB_FILE).exists()


class Vault:
    """An unlocked vault: an open connection and the key held in a buffer we can zero."""

    def __init__(self, directory: Path, conn: Connection, db_key: bytearray) -> None:
        self.directory = directory
        self._conn: Connection | None = conn
        self._db_key = db_key

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

    @classmethod
    def create(
        cls, directory: Path, passphrase: str, params: keyfile.KdfParams | None = None
    ) -> Vault:
        """Make a new vault; refuses a directory that already holds one."""
        if vault_exists(directory):
            raise VaultError("vault_exists", path=str(directory))
        secure_mkdir(directory)
        db_key = bytearray(os.urandom(keyfile.DB_KEY_LEN))
        data = keyfile.wrap_key(bytes(db_key), passphrase, params or keyfile.calibrate())
        # Created 0600 before SQLite opens it (its -wal and -shm files copy this mode),
        # whatever the process umask is: the GUI does not set one.
        os.close(os.open(directory / DB_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        conn = open_database(directory / DB_FILE, db_key)
        migrate(conn)
        # The key file is written last: a vault without one is an unfinished creation.
        keyfile.write_atomic(directory / KEY_FILE, data)
        return cls(directory, conn, db_key)

    @classmethod
    def open(cls, directory: Path, passphrase: str) -> Vault:
        """Unlock: the key file's tag checks the passphrase before the database is touched."""
        key_path = directory / KEY_FILE
        if not key_path.exists():
            raise VaultError("no_vault", path=str(directory))
        db_key = keyfile.unwrap_key(key_path.read_bytes(), passphrase)
        # A leftover from a passphrase change that never reached its rename.
        key_path.with_name(KEY_FILE + ".tmp").unlink(missing_ok=True)
        conn = open_database(directory / DB_FILE, db_key)
        migrate(conn)
        return cls(directory, conn, db_key)

    def check_passphrase(self, passphrase: str) -> None:
        """Raise BadPassphrase unless passphrase opens this vault's key file."""
        opened = keyfile.unwrap_key((self.directory / KEY_FILE).read_bytes(), passphrase)
        opened[:] = bytes(len(opened))

    def key_file_id(self) -> str:
        """The key file's own SHA-256 checksum (public, in the file): it changes with every
        passphrase change, so the audit log can tell which file it last recorded."""
        data = (self.directory / KEY_FILE).read_bytes()
        return data[-keyfile.CHECKSUM_LEN:].hex()

    def change_passphrase(
        self, new_passphrase: str, params: keyfile.KdfParams | None = None
    ) -> None:
        """Rewrap the same database key under a new passphrase; the key file is replaced
        atomically."""
        data = keyfile.wrap_key(bytes(self._db_key), new_passphrase, params or keyfile.calibrate())
        keyfile.write_atomic(self.directory / KEY_FILE, data)
