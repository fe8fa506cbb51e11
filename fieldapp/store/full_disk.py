"""Telling a file system that refused a write for lack of room from other I/O errors."""

from __future__ import annotations

import errno

# No space left, a file size limit (RLIMIT_FSIZE, or the file system's own), a quota.
_FULL = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


def is_full(error: OSError) -> bool:
    """True when the disk (or a limit on it) refused to hold more bytes."""
    return error.errno in _FULL
