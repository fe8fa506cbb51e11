"""Quick delete: destroy a vault on purpose, on demand or after too many wrong passphrases.

The key file goes first: it holds the only copy of the database key, so once it is gone the
database is unreadable noise whatever happens to the rest of the wipe.

Overwriting is best effort. On SSDs (wear levelling keeps old blocks out of reach) and on
journaling or copy-on-write file systems (ext4 data journaling, btrfs, ZFS, APFS) and in
snapshots or backups, earlier copies of the bytes can survive the overwrite. What makes the
vault unrecoverable is that the wrapped key is gone and the database is encrypted; full-disk
encryption covers the blocks an overwrite cannot reach.

On Windows a file that another program holds open (an antivirus scan, a backup tool) can be
neither written nor removed: each step is retried for a moment, and a file still held after
that is left where it is.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from fieldapp.errors import VaultWiped
from fieldapp.store import files
from fieldapp.store.vault import DB_FILE, KEY_FILE
from fieldapp.store.vault_lock import LOCK_FILE
from fieldapp.store.vault_settings import VaultSettingsFile

T = TypeVar("T")

_CHUNK = 1 << 20
# Key material first (with a passphrase change's leftover), then the database and its files.
# Last, the lock file (it holds only a process id), so the directory can go.
WIPED_FILES = (KEY_FILE, KEY_FILE + ".tmp", DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm",
               DB_FILE + "-journal", LOCK_FILE)


# Never follow a link when opening, and never wait on a FIFO put in a file's place.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
# Fewer tries than a save's: a held file must not hold up the wipe of the ones after it.
_ATTEMPTS = 5


class _Folder:
    """The vault directory, opened once: every name is looked up inside this directory, so a
    directory swapped in mid-wipe or a symlinked name never leads the wipe elsewhere (where
    the system allows relative lookups; elsewhere by path, without following links)."""

    def __init__(self, directory: Path, windows: bool) -> None:
        self.directory = directory
        self.windows = windows
        self.fd: int | None = None
        # Windows has no relative lookups (supports_dir_fd is empty there).
        if os.open in os.supports_dir_fd and os.unlink in os.supports_dir_fd:
            with contextlib.suppress(OSError):
                self.fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))

    def name(self, name: str) -> str | Path:
        return name if self.fd is not None else self.directory / name

    def lstat(self, name: str) -> os.stat_result | None:
        try:
            return os.lstat(self.name(name), dir_fd=self.fd)
        except OSError:
            return None

    def open_for_overwrite(self, name: str, seen: os.stat_result) -> int:
        """The file `seen` by lstat, opened for writing; refused if it became anything else."""
        flags = os.O_WRONLY | _NOFOLLOW | _NONBLOCK | files.BINARY
        try:
            fd = os.open(self.name(name), flags, dir_fd=self.fd)
        except PermissionError:
            # A read-only file (mode or, on Windows, attribute), or one Windows has in use.
            self._make_writable(name, seen)
            fd = self._retried(lambda: os.open(self.name(name), flags, dir_fd=self.fd))
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (seen.st_dev,
                                                                          seen.st_ino):
            os.close(fd)
            raise OSError(f"{name} changed during the wipe")
        return fd

    def _make_writable(self, name: str, seen: os.stat_result) -> None:
        try:
            os.chmod(self.name(name), 0o600, dir_fd=self.fd, follow_symlinks=False)
        except NotImplementedError:
            # Linux (and Windows before Python 3.13) cannot chmod a name without following
            # it; look once more that it is still the regular file we saw (not a link put
            # there since). On Windows this chmod clears the read-only attribute.
            again = self.lstat(name)
            if again is None or not stat.S_ISREG(again.st_mode) or again.st_ino != seen.st_ino:
                raise OSError(f"{name} changed during the wipe") from None
            os.chmod(self.name(name), 0o600, dir_fd=self.fd)

    def unlink(self, name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._retried(lambda: os.unlink(self.name(name), dir_fd=self.fd))

    def _retried(self, action: Callable[[], T]) -> T:
        return files.retry_in_use(action, attempts=_ATTEMPTS, windows=self.windows)

    def sync(self) -> None:
        with contextlib.suppress(OSError):
            if self.fd is not None:
                os.fsync(self.fd)
            else:
                files.fsync_directory(self.directory, windows=self.windows)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _overwrite(fd: int) -> None:
    """Write random bytes over the whole open file in place (same inode, same length), fsync."""
    size = os.fstat(fd).st_size
    done = 0
    while done < size:
        done += os.write(fd, os.urandom(min(_CHUNK, size - done)))
    os.fsync(fd)


def wipe_vault(directory: Path, *, windows: bool = files.WINDOWS) -> bool:
    """Overwrite and remove the key file, then the database; remove the directory if empty.

    Returns whether there was anything to wipe. An overwrite that fails (read-only medium)
    still removes the file. Only regular files directly inside the directory are
    overwritten: a symlink in a file's place is removed itself and its target left as it
    is (it may be any file of the user's), a FIFO or device node is removed unopened, and a
    directory is left alone. See the module docstring for what overwriting can't promise.
    """
    found = False
    folder = _Folder(directory, windows)
    try:
        for name in WIPED_FILES:
            seen = folder.lstat(name)
            if seen is None:
                continue
            if stat.S_ISDIR(seen.st_mode):
                continue
            found = True
            if stat.S_ISREG(seen.st_mode):
                with contextlib.suppress(OSError):  # still removed, below
                    fd = folder.open_for_overwrite(name, seen)
                    try:
                        _overwrite(fd)
                    finally:
                        os.close(fd)
            with contextlib.suppress(OSError):
                folder.unlink(name)
            folder.sync()
    finally:
        folder.close()
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


def wipe_countdown(directory: Path, settings: VaultSettingsFile) -> tuple[int, int] | None:
    """(wrong passphrases so far, tries left before the wipe), or None when the wipe is off:
    what the unlock prompt warns of."""
    current = settings.load(directory)
    if current.wipe_after <= 0:
        return None
    return current.failures, max(current.wipe_after - current.failures, 0)
