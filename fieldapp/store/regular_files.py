"""Reading a file a user named: a regular file only, its size checked before it is read."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from fieldapp.errors import InvalidInput, Problem

# Opening a FIFO for reading waits for a writer; without blocking, the open returns at once
# and fstat then refuses it. O_BINARY matters on Windows only.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def open_regular(path: Path, field: str) -> tuple[BinaryIO, int]:
    """(an open binary file, its size) for a regular file; a folder, a device, a FIFO or a
    socket is refused before a byte is read, as is anything that cannot be opened."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise InvalidInput([Problem(field, "cannot_read", path=str(path),
                                    detail=error.strerror or type(error).__name__)]) from None
    try:
        # The descriptor's own status, not the name's: the name may change after the open.
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise InvalidInput([Problem(field, "not_a_regular_file", path=str(path))])
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), status.st_size
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, limit: int, field: str) -> bytes:
    """The whole of a regular file of at most `limit` bytes, refused before reading when it
    is larger; never more than limit + 1 bytes are read, even from a file still growing."""
    handle, size = open_regular(path, field)
    with handle:
        if size > limit:
            raise too_large(path, limit, field)
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise InvalidInput([Problem(field, "cannot_read", path=str(path),
                                        detail=error.strerror or type(error).__name__)]) from None
    if len(data) > limit:
        raise too_large(path, limit, field)
    return data


def too_large(path: Path | str, limit: int, field: str) -> InvalidInput:
    return InvalidInput([Problem(field, "too_large_to_read", path=str(path),
                                 limit_kib=max(1, limit // 1024))])


def text_is_clean(text: str) -> bool:
    """No NUL and no lone surrogate (which no UTF-8 text can carry; they come from escapes
    such as "\\ud800" in JSON or from undecodable bytes in the environment)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
