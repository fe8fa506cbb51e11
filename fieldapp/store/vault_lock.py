"""One fieldapp process at a time per vault: an advisory lock naming the process that holds it.

`vault.lock` in the vault directory holds only the holder's process id and the program's
name, nothing sensitive. It is locked with flock (msvcrt.locking on Windows) for as long as
the vault is unlocked, and removed when the lock is released, so a closed vault is still just
`vault.key` and `vault.db`. A process killed while holding it leaves the file behind with no
lock on it: the next opener takes it over.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, cast

from fieldapp.errors import VaultError
from fieldapp.store import files

LOCK_FILE = "vault.lock"
PROGRAM = "fieldapp"
# Long enough for a command started beside another to get its turn when the other is quick
# (an export, a purge); short enough that a vault left open in the window is reported
# instead of hanging the second program.
WAIT_SECONDS = 5.0
_POLL_SECONDS = 0.05  # flock has no timeout of its own; the lock is retried this often
_MAX_HOLDER_BYTES = 256


class _Msvcrt(Protocol):
    """The part of Windows' msvcrt module used here."""

    LK_NBLCK: int
    LK_UNLCK: int

    def locking(self, fd: int, mode: int, nbytes: int, /) -> None: ...


class FlockLocks:
    """POSIX (Linux, macOS): flock on the whole file. A locked file's name can be removed
    while it is still open, so release() removes it before unlocking."""

    remove_after_close = False

    def try_lock(self, fd: int) -> bool:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class RegionLocks:
    """Windows: msvcrt.locking on one byte far past the holder's text, so that text stays
    readable to a waiting process (Windows refuses reads of a locked range). Windows cannot
    remove a file that is open, so release() removes it after closing; a process that
    opened it meanwhile keeps it from going, which is what keeps this safe."""

    remove_after_close = True
    OFFSET = 1 << 20

    def __init__(self, module: _Msvcrt | None = None) -> None:
        self._module = module  # imported at first use: msvcrt exists on Windows only

    def _msvcrt(self) -> _Msvcrt:
        if self._module is None:
            self._module = cast(_Msvcrt, importlib.import_module("msvcrt"))
        return self._module

    def try_lock(self, fd: int) -> bool:
        msvcrt = self._msvcrt()
        os.lseek(fd, self.OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        msvcrt = self._msvcrt()
        os.lseek(fd, self.OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


Locks = FlockLocks | RegionLocks


def system_locks(windows: bool = files.WINDOWS) -> Locks:
    """The locking this system offers."""
    return RegionLocks() if windows else FlockLocks()


_LOCKS = system_locks()


@dataclass(frozen=True)
class Holder:
    """Who holds a vault, as its lock file says (pid 0 when it has not written it yet)."""

    pid: int
    program: str


@dataclass
class _Held:
    fd: int
    count: int
    locks: Locks


# The OS lock belongs to the process, and flock would make two opens of one vault in the
# same process (a test, or the window re-opening after a lock) wait on each other; the
# process's own holds are therefore counted here, one OS lock per vault directory.
_held: dict[str, _Held] = {}
_held_guard = threading.Lock()


class VaultLock:
    """A held lock on one vault directory; release() once when the vault is locked again."""

    def __init__(self, key: str) -> None:
        self._key: str | None = key

    def release(self) -> None:
        if self._key is None:
            return
        key, self._key = self._key, None
        with _held_guard:
            held = _held[key]
            held.count -= 1
            if held.count:
                return
            del _held[key]
            # Removed while still locked, so no other process can be holding this file's
            # lock when its name goes (an opener re-checks the name after locking). Windows
            # cannot remove an open file: there it goes after closing, and only if no other
            # program has opened it meanwhile (RegionLocks).
            path = Path(key) / LOCK_FILE
            if not held.locks.remove_after_close:
                with contextlib.suppress(OSError):
                    os.unlink(path)
            held.locks.unlock(held.fd)
            os.close(held.fd)
            if held.locks.remove_after_close:
                with contextlib.suppress(OSError):
                    os.unlink(path)


def acquire(
    directory: Path,
    on_wait: Callable[[Holder], None] | None = None,
    wait_seconds: float = WAIT_SECONDS,
    locks: Locks | None = None,
) -> VaultLock:
    """Lock the vault in `directory` for this process; while another process holds it, call
    on_wait once and retry for wait_seconds, then raise VaultError("vault_in_use")."""
    key = os.path.realpath(directory)
    with _held_guard:
        if key in _held:
            _held[key].count += 1
            return VaultLock(key)
        chosen = locks or _LOCKS
        fd = _lock_file(Path(key), on_wait, wait_seconds, chosen)
        _held[key] = _Held(fd, 1, chosen)
    return VaultLock(key)


def _lock_file(
    directory: Path, on_wait: Callable[[Holder], None] | None, wait_seconds: float,
    locks: Locks,
) -> int:
    path = directory / LOCK_FILE
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        fd = files.open_private(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0))
        if locks.try_lock(fd):
            if _same_file(fd, path):
                _write_holder(fd)
                return fd
            # The holder released and removed the file between our open and our lock: our
            # lock is on a name that is gone. Try again on the current file.
            locks.unlock(fd)
            os.close(fd)
            continue
        holder = _read_holder(fd)
        os.close(fd)
        if time.monotonic() >= deadline:
            raise VaultError("vault_in_use", pid=holder.pid, program=holder.program)
        if not told and on_wait is not None:
            on_wait(holder)
            told = True
        time.sleep(_POLL_SECONDS)


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _write_holder(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()} {PROGRAM}\n".encode("ascii"))


def _read_holder(fd: int) -> Holder:
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        text = os.read(fd, _MAX_HOLDER_BYTES).decode("ascii", "replace")
    except OSError:
        text = ""
    pid_text, _, program = text.strip().partition(" ")
    program = "".join(c for c in program if c.isalnum() or c in "-_.")[:40] or PROGRAM
    return Holder(int(pid_text) if pid_text.isdigit() else 0, program)
