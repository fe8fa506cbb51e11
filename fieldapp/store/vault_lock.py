"""One fieldapp process at a time per vault: an advisory lock naming the process that holds it.

`vault.lock` in the vault directory holds only the holder's process id and the program's
name, nothing sensitive. It is locked with flock (msvcrt.locking on Windows) for as long as
the vault is unlocked, and removed when the lock is released, so a closed vault is still just
`vault.key` and `vault.db`. A process killed while holding it leaves the file behind with no
lock on it: the next opener takes it over.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fieldapp.errors import VaultError

LOCK_FILE = "vault.lock"
PROGRAM = "fieldapp"
# Long enough for a command started beside another to get its turn when the other is quick
# (an export, a purge); short enough that a vault left open in the window is reported
# instead of hanging the second program.
WAIT_SECONDS = 5.0
_POLL_SECONDS = 0.05  # flock has no timeout of its own; the lock is retried this often
_MAX_HOLDER_BYTES = 256

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # A byte far past the PID text, so the text stays readable to a waiting process.
    _LOCKED_OFFSET = 1 << 20

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCKED_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCKED_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(frozen=True)
class Holder:
    """Who holds a vault, as its lock file says (pid 0 when it has not written it yet)."""

    pid: int
    program: str


@dataclass
class _Held:
    fd: int
    count: int


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
            # lock when its name goes (an opener re-checks the name after locking).
            with contextlib.suppress(OSError):
                os.unlink(Path(key) / LOCK_FILE)
            _unlock(held.fd)
            os.close(held.fd)


def acquire(
    directory: Path,
    on_wait: Callable[[Holder], None] | None = None,
    wait_seconds: float = WAIT_SECONDS,
) -> VaultLock:
    """Lock the vault in `directory` for this process; while another process holds it, call
    on_wait once and retry for wait_seconds, then raise VaultError("vault_in_use")."""
    key = os.path.realpath(directory)
    with _held_guard:
        if key in _held:
            _held[key].count += 1
            return VaultLock(key)
        fd = _lock_file(Path(key), on_wait, wait_seconds)
        _held[key] = _Held(fd, 1)
    return VaultLock(key)


def _lock_file(
    directory: Path, on_wait: Callable[[Holder], None] | None, wait_seconds: float
) -> int:
    path = directory / LOCK_FILE
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0), 0o600)
        if _try_lock(fd):
            if _same_file(fd, path):
                _write_holder(fd)
                return fd
            # The holder released and removed the file between our open and our lock: our
            # lock is on a name that is gone. Try again on the current file.
            _unlock(fd)
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
