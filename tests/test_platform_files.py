"""The Windows and macOS branches of file handling, run here by their `windows` flag.

Only Linux runs the suite: each Windows fallback is driven through the same code with the
flag set, and the system calls Linux lacks (msvcrt.locking) are played by a stand-in that
behaves as Windows documents them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from fieldapp.cli.messages import message
from fieldapp.errors import FieldappError, VaultError
from fieldapp.services.panic import wipe_vault
from fieldapp.store import files, vault_lock
from fieldapp.store.vault import DB_FILE, KEY_FILE

# -- long paths ---------------------------------------------------------------------------------

DEEP = "C:\\Users\\observer\\Documents\\" + "\\".join(["folder-name-twenty-c"] * 12)


def test_a_long_windows_path_gets_the_prefix_that_lifts_max_path() -> None:
    name = DEEP + "\\report.pdf"
    assert len(name) > files.LONG_PATH
    assert files.long_path(name, windows=True) == "\\\\?\\" + name


def test_the_prefixed_path_is_normalised_since_windows_no_longer_does_it() -> None:
    name = DEEP.replace("\\", "/") + "/../other/./report.pdf"
    expected = "\\\\?\\" + DEEP.rsplit("\\", 1)[0] + "\\other\\report.pdf"
    assert files.long_path(name, windows=True) == expected


def test_a_long_network_path_gets_the_unc_form() -> None:
    name = "\\\\office-server\\share\\" + "\\".join(["folder-name-twenty-c"] * 12) + "\\a.csv"
    assert files.long_path(name, windows=True) == "\\\\?\\UNC\\office-server\\share\\" + \
        "\\".join(["folder-name-twenty-c"] * 12) + "\\a.csv"


@pytest.mark.parametrize("name", [
    "C:\\Users\\observer\\report.pdf",                       # short: left alone
    "\\\\?\\" + DEEP,                                         # already prefixed
    "folder-name-twenty-c\\" * 14 + "report.pdf",             # relative: cannot be prefixed
    "C:" + "folder-name-twenty-c\\" * 14,                     # relative to C:'s current folder
    "\\" + "folder-name-twenty-c\\" * 14,                     # no drive
])
def test_paths_the_prefix_does_not_fit_are_left_as_they_are(name: str) -> None:
    assert files.long_path(name, windows=True) == name


def test_other_systems_never_see_the_prefix(tmp_path: Path) -> None:
    name = str(tmp_path / ("d" * 200) / ("e" * 200))
    assert files.long_path(name, windows=False) == name
    assert files.long_path(Path(name), windows=False) == name


# -- replacing a file another program holds open -------------------------------------------------


class HeldOpen:
    """os.replace as Windows answers while an antivirus scanner or a viewer holds the
    target: PermissionError `times` times, then the real replace."""

    def __init__(self, times: int) -> None:
        self.left = times
        self.calls = 0

    def __call__(self, source: str, target: str) -> None:
        self.calls += 1
        if self.left:
            self.left -= 1
            raise PermissionError(13, "The process cannot access the file")
        os.replace(source, target)


def two_files(tmp_path: Path) -> tuple[Path, Path]:
    new, old = tmp_path / ".table.csv.tmp", tmp_path / "table.csv"
    new.write_text("new", encoding="utf-8")
    old.write_text("old", encoding="utf-8")
    return new, old


def test_a_replace_refused_a_few_times_succeeds_after_short_growing_waits(
    tmp_path: Path,
) -> None:
    new, old = two_files(tmp_path)
    waits: list[float] = []
    held = HeldOpen(times=3)
    files.replace_with_retry(new, old, replacer=held, sleep=waits.append, windows=True)
    assert old.read_text(encoding="utf-8") == "new" and not new.exists()
    assert held.calls == 4
    assert waits == [0.05, 0.1, 0.2]


def test_a_file_held_for_good_gives_a_clear_error_after_a_bounded_wait(tmp_path: Path) -> None:
    new, old = two_files(tmp_path)
    waits: list[float] = []
    held = HeldOpen(times=100)
    with pytest.raises(FieldappError) as raised:
        files.replace_with_retry(new, old, replacer=held, sleep=waits.append, windows=True)
    assert raised.value.code == "file_in_use" and raised.value.params == {"path": str(old)}
    assert held.calls == files.ATTEMPTS
    assert max(waits) == 0.5 and sum(waits) < 3  # the user waits seconds, not minutes
    assert old.read_text(encoding="utf-8") == "old"  # the old file is still the one in force
    sentence = message("file_in_use", {"path": str(old)})
    assert sentence.startswith(f"{old} is in use by another program")


def test_elsewhere_a_refused_replace_is_the_systems_own_error_at_once(tmp_path: Path) -> None:
    new, old = two_files(tmp_path)
    waits: list[float] = []
    held = HeldOpen(times=1)
    with pytest.raises(PermissionError):
        files.replace_with_retry(new, old, replacer=held, sleep=waits.append, windows=False)
    assert held.calls == 1 and waits == []


def test_on_this_system_a_replace_is_plain_os_replace(tmp_path: Path) -> None:
    new, old = two_files(tmp_path)
    files.replace_with_retry(new, old)
    assert old.read_text(encoding="utf-8") == "new" and not new.exists()


def test_retry_returns_what_the_action_returns_and_lets_other_errors_through() -> None:
    outcomes: list[BaseException | str] = [PermissionError(13, "held"), "done"]

    def action() -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    assert files.retry_in_use(action, sleep=lambda _: None, windows=True) == "done"

    def missing() -> None:
        raise FileNotFoundError(2, "gone")

    with pytest.raises(FileNotFoundError):
        files.retry_in_use(missing, sleep=lambda _: pytest.fail("waited"), windows=True)


# -- directories, permissions, private files ----------------------------------------------------


def test_a_folder_is_synced_here_and_left_alone_on_windows(tmp_path: Path) -> None:
    files.fsync_directory(tmp_path)
    with pytest.raises(FileNotFoundError):  # unchanged: a missing folder is an error here
        files.fsync_directory(tmp_path / "missing")
    files.fsync_directory(tmp_path / "missing", windows=True)  # Windows opens no folder


def test_permissions_are_restricted_here_and_not_attempted_on_windows(tmp_path: Path) -> None:
    path = tmp_path / "audit-keys"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0o644)
    assert files.restrict_permissions(path, 0o600, windows=True) is False
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert files.restrict_permissions(path, 0o600) is True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_permissions_of_an_open_file_and_a_refusal_are_best_effort(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_bytes(b"")
    path.chmod(0o666)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert files.restrict_permissions(fd, 0o600) is True
    finally:
        os.close(fd)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert files.restrict_permissions(tmp_path / "missing", 0o600) is False


def test_a_private_file_is_owner_only_and_keeps_its_bytes(tmp_path: Path) -> None:
    old_umask = os.umask(0)
    try:
        fd = files.open_private(tmp_path / "copy.bin", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    finally:
        os.umask(old_umask)
    data = b"line\nline\r\n\x1a\x00end"
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    assert (tmp_path / "copy.bin").read_bytes() == data
    assert stat.S_IMODE((tmp_path / "copy.bin").stat().st_mode) == 0o600


def test_a_leftover_is_removed_quietly_and_a_missing_one_is_fine(tmp_path: Path) -> None:
    leftover = tmp_path / ".report.pdf.part"
    leftover.write_bytes(b"half")
    files.remove_quietly(leftover)
    files.remove_quietly(leftover)
    assert not leftover.exists()


# -- the vault lock: flock here, a byte-range lock on Windows ----------------------------------


class WindowsLocking:
    """msvcrt as Windows documents it: locking() locks `nbytes` from the file's current
    position for that handle; another handle asking for a locked byte gets OSError."""

    LK_NBLCK = 2
    LK_UNLCK = 0

    def __init__(self) -> None:
        self.held: dict[tuple[int, int, int], int] = {}  # (dev, inode, offset) -> fd
        self.offsets: list[int] = []

    def locking(self, fd: int, mode: int, nbytes: int, /) -> None:
        assert nbytes == 1
        status = os.fstat(fd)
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        self.offsets.append(offset)
        key = (status.st_dev, status.st_ino, offset)
        if mode == self.LK_UNLCK:
            assert self.held.pop(key) == fd
        elif key in self.held:
            raise PermissionError(13, "Permission denied")
        else:
            self.held[key] = fd


def test_each_system_gets_its_own_lock() -> None:
    assert isinstance(vault_lock.system_locks(windows=True), vault_lock.RegionLocks)
    assert isinstance(vault_lock.system_locks(windows=False), vault_lock.FlockLocks)
    assert isinstance(vault_lock._LOCKS, vault_lock.FlockLocks)  # this system (Linux)


@pytest.mark.parametrize("windows", [False, True], ids=["flock", "windows region lock"])
def test_a_held_vault_names_its_holder_and_is_free_again_after_release(
    tmp_path: Path, windows: bool
) -> None:
    locking = WindowsLocking()
    locks = vault_lock.RegionLocks(locking) if windows else vault_lock.FlockLocks()
    held = vault_lock.acquire(tmp_path, wait_seconds=0, locks=locks)
    try:
        # A second opener (another program, played here by a second handle) is refused
        # and still reads who holds the vault: the locked byte is past the holder's text.
        with pytest.raises(VaultError) as raised:
            vault_lock._lock_file(tmp_path, None, 0, locks)
        assert raised.value.code == "vault_in_use"
        assert raised.value.params == {"pid": os.getpid(), "program": "fieldapp"}
    finally:
        held.release()
    assert not (tmp_path / vault_lock.LOCK_FILE).exists()
    if windows:
        assert locking.held == {}
        assert min(locking.offsets) > vault_lock._MAX_HOLDER_BYTES
    again = vault_lock.acquire(tmp_path, wait_seconds=0, locks=locks)
    again.release()


# -- quick delete with the Windows steps ---------------------------------------------------------


def test_quick_delete_with_the_windows_steps_still_leaves_nothing(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / KEY_FILE).write_bytes(b"k" * 129)
    (vault / DB_FILE).write_bytes(b"d" * 4096)
    (vault / DB_FILE).chmod(0o400)  # read-only, as the read-only attribute on Windows
    assert wipe_vault(vault, windows=True) is True
    assert not vault.exists()
