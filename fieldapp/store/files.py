"""File operations that differ between Linux, macOS and Windows, in one place.

Every function takes a `windows` flag (defaulting to the running system) so the Windows
branch can be exercised on any system; nothing here looks at sys.platform again.

Long paths: Python's own python.exe declares `longPathAware` in its manifest, and so does
the executable PyInstaller builds (since PyInstaller 4.2: its default application manifest,
`PyInstaller/utils/win32/winmanifest.py`, `_DEFAULT_MANIFEST_XML`, embedded in the .exe).
That only helps where the machine has `LongPathsEnabled` = 1 under
HKLM\\SYSTEM\\CurrentControlSet\\Control\\FileSystem, which is off by default, and a custom
`manifest=` given to EXE() in the spec replaces the default and must carry the element
itself. long_path() covers the machines where the setting is off.
"""

from __future__ import annotations

import contextlib
import errno
import ntpath
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from fieldapp.errors import FieldappError

WINDOWS = sys.platform == "win32"

# Without O_BINARY, a file from os.open on Windows is in text mode: os.write turns every
# "\n" byte into "\r\n", which would corrupt a key file, a PDF or an evidence copy.
BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

# MAX_PATH is 260 with its NUL; a folder's own limit is 248. Below this, no prefix is needed.
LONG_PATH = 240
_VERBATIM = "\\\\?\\"

# An antivirus scanner or the search indexer opens a freshly written file for a moment, and
# Windows then refuses to replace or delete it (PermissionError). Waiting a little helps:
# 8 tries over about 2.3 seconds in all.
ATTEMPTS = 8
_FIRST_DELAY = 0.05
_LONGEST_DELAY = 0.5

T = TypeVar("T")


def long_path(path: str | os.PathLike[str], *, windows: bool = WINDOWS) -> str:
    """The path as the system calls need it: on Windows, a long absolute path gets the
    \\\\?\\ prefix that lifts MAX_PATH (and is then normalised here, since the prefix also
    turns off Windows' own clean-up of "/" and ".."). Anything else is returned as it is."""
    text = os.fspath(path)
    if not windows or len(text) < LONG_PATH or text.startswith(("\\\\?\\", "\\\\.\\")):
        return text
    drive, rest = ntpath.splitdrive(text)
    unc = drive.startswith(("\\\\", "//"))
    if not drive or (not unc and not rest.startswith(("\\", "/"))):
        return text  # relative ("C:name", "name", "\\name"): the prefix needs a full path
    text = ntpath.normpath(text)
    if text.startswith("\\\\"):  # \\server\share\... becomes \\?\UNC\server\share\...
        return _VERBATIM + "UNC\\" + text[2:]
    return _VERBATIM + text


def retry_in_use(action: Callable[[], T], *, attempts: int | None = None,
                 sleep: Callable[[float], None] = time.sleep, windows: bool = WINDOWS) -> T:
    """action(), tried again after a short, growing wait while it fails with PermissionError
    on Windows (a file held open by another program); the last failure is raised as it is.
    Elsewhere a PermissionError is a real refusal and is raised at once."""
    tries = (ATTEMPTS if attempts is None else attempts) if windows else 1
    delay = _FIRST_DELAY
    for attempt in range(1, tries + 1):
        try:
            return action()
        except PermissionError:
            if attempt >= tries:
                raise
            sleep(delay)
            delay = min(delay * 2, _LONGEST_DELAY)
    raise AssertionError("unreachable: tries is at least 1")


def replace_with_retry(
    source: str | os.PathLike[str], target: str | os.PathLike[str], *,
    attempts: int | None = None, replacer: Callable[[str, str], None] | None = None,
    sleep: Callable[[float], None] = time.sleep, windows: bool = WINDOWS,
) -> None:
    """os.replace(source, target), retried while Windows says the target is in use; if it
    still is, FieldappError("file_in_use", path=target). Elsewhere exactly os.replace."""
    # os.replace is looked up at each call: tests stand in for it to stop a write midway.
    replace = replacer or os.replace
    old, new = long_path(source, windows=windows), long_path(target, windows=windows)
    try:
        retry_in_use(lambda: replace(old, new), attempts=attempts, sleep=sleep,
                     windows=windows)
    except PermissionError:
        if not windows:
            raise
        raise FieldappError("file_in_use", path=os.fspath(target)) from None


def open_private(path: str | os.PathLike[str], flags: int, *,
                 windows: bool = WINDOWS) -> int:
    """os.open for a file only its owner may read (0600 on POSIX), always in binary mode."""
    return os.open(long_path(path, windows=windows), flags | BINARY | _CLOEXEC, 0o600)


def restrict_permissions(target: str | os.PathLike[str] | int, mode: int, *,
                         windows: bool = WINDOWS) -> bool:
    """chmod a path or an open file to `mode`, best effort; whether it was applied.

    Windows has no POSIX modes (chmod only sets the read-only flag): there the files are
    private through the ACLs of the user's profile folder they live in. A file system
    without modes (FAT or exFAT on a memory stick) refuses, and that is not an error either.
    """
    if windows:
        return False
    if isinstance(target, int) and os.chmod not in os.supports_fd:
        return False
    try:
        os.chmod(target, mode)
    except OSError:
        return False
    return True


def fsync_directory(directory: str | os.PathLike[str], *, windows: bool = WINDOWS) -> None:
    """Make a rename or a new file in `directory` survive a power cut.

    On Windows a folder cannot be opened with os.open, and NTFS journals its own renames:
    nothing to do. A file system that cannot sync a folder (some network and FUSE mounts
    answer EINVAL) has given all it can with the file's own fsync.
    """
    if windows:
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def remove_quietly(path: str | os.PathLike[str], *, windows: bool = WINDOWS) -> None:
    """Remove a file of ours if it is there (a leftover), retrying while Windows has it open;
    a file that still cannot go is left for the next try."""
    target = long_path(path, windows=windows)
    with contextlib.suppress(FileNotFoundError, PermissionError):
        retry_in_use(lambda: os.unlink(target), windows=windows)


def write_replacing(path: Path, data: bytes, *, windows: bool = WINDOWS) -> None:
    """Write `data` beside `path` (0600), flush it to the disk, then rename it over `path`:
    a reader sees the old file or the whole new one. On Windows the old file may be open in
    a viewer: the rename is retried, then ends in `file_in_use`, and nothing is left beside.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = open_private(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, windows=windows)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(temporary, path, windows=windows)
    except BaseException:
        remove_quietly(temporary, windows=windows)
        raise
