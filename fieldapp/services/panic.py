"""Quick delete: destroy a vault on purpose, on demand or after too many wrong passphrases.

The key file goes first: it holds the only copy of the database key, so once it is gone the
database is unreadable noise whatever happens to the rest of the wipe.

Overwriting is best effort. On SSDs (wear levelling keeps old blocks out of reach) and on
journaling or copy-on-write file systems (ext4 data journaling, btrfs, ZFS, APFS) and in
snapshots or backups, earlier copies of the bytes can survive the overwrite. What makes the
vault unrecoverable is that the wrapped key is gone and the database is encrypted; full-disk
encryption covers the blocks an overwrite cannot reach.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from fieldapp.errors import VaultWiped
from fieldapp.store.vault import DB_FILE, KEY_FILE
from fieldapp.store.vault_settings import VaultSettingsFile

_CHUNK = 1 << 20
# Key material first (with a passphrase change's leftover), then the database and its files.
WIPED_FILES = (KEY_FILE, KEY_FILE + ".tmp", DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm",
               DB_FILE + "-journal")


def _overwrite(path: Path) -> None:
    """Write random bytes over the whole file in place (same inode, same length), fsync."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except PermissionError:
        os.chmod(path, 0o600)
        fd = os.open(path, os.O_WRONLY)
    try:
        size = os.fstat(fd).st_size
        done = 0
        while done < size:
            done += os.write(fd, os.urandom(min(_CHUNK, size - done)))
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def wipe_vault(directory: Path) -> bool:
    """Overwrite and remove the key file, then the database; remove the directory if empty.

    Returns whether there was anything to wipe. An overwrite that fails (read-only medium)
    still removes the file. See the module docstring for what overwriting can't promise.
    """
    found = False
    for name in WIPED_FILES:
        path = directory / name
        if not path.is_file():
            continue
        found = True
        with contextlib.suppress(OSError):  # still removed, below
            _overwrite(path)
        path.unlink(missing_ok=True)
        _fsync_dir(directory)
    with contextlib.suppress(OSError):  # missing, or holds files that are not ours
        directory.rmdir()
    return found


def quick_delete(directory: Path, settings: VaultSettingsFile) -> bool:
    """Wipe the vault and forget its settings, so the next start is a fresh first run."""
    found = wipe_vault(directory)
    settings.forget(directory)
    return found


def wrong_passphrase(directory: Path, settings: VaultSettingsFile) -> None:
    """Count one more wrong passphrase; at the user's limit, wipe and raise VaultWiped.

    Counted only when the wipe is switched on, so an ordinary typo leaves no file behind.
    """
    current = settings.load(directory)
    if current.wipe_after <= 0:
        return
    failures = current.failures + 1
    if failures >= current.wipe_after:
        quick_delete(directory, settings)
        raise VaultWiped(failures)
    settings.update(directory, failures=failures)


def right_passphrase(directory: Path, settings: VaultSettingsFile) -> None:
    """A correct passphrase ends the run of wrong ones."""
    if settings.load(directory).failures:
        settings.update(directory, failures=0)
