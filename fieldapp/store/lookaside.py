"""A larger lookaside pool for SQLCipher connections.

With `cipher_memory_security = ON` (design.md) every heap allocation SQLite makes is locked
into RAM and unlocked and wiped when freed: two system calls per allocation. SQLite serves
small allocations from a per-connection "lookaside" pool instead, but its default pool (about
40 slots of 1,200 bytes) is soon held by the statements a long-lived vault connection keeps
prepared, and from then on nearly every allocation pays those calls: an import spent more time
in mlock/munlock than in SQLite. A pool of 1,000 slots of 4 KiB (4 MiB per connection,
allocated once, locked, and wiped when the connection closes) keeps them off the heap.

The setting goes through SQLite's public C API (`sqlite3_config`), which must be called
while the library is shut down, so it runs once, before this process opens any connection.
If the library cannot be reached this way the vault works as before, only slower.
"""

from __future__ import annotations

import ctypes
import threading

import sqlcipher3
import sqlcipher3._sqlite3 as _binding  # the extension module that holds SQLCipher

SLOT_SIZE = 4096
SLOT_COUNT = 1000

_SQLITE_OK = 0
_SQLITE_CONFIG_LOOKASIDE = 13

_lock = threading.Lock()
_configured: bool | None = None


def configure_once() -> bool:
    """Set the pool size for every connection opened from now on; True when it took effect.

    Must run before the first connection: the first caller (open_database) does it."""
    global _configured
    with _lock:
        if _configured is None:
            _configured = _configure()
        return _configured


def _configure() -> bool:
    try:
        library = ctypes.CDLL(_binding.__file__)
        shutdown, config = library.sqlite3_shutdown, library.sqlite3_config
        initialize = library.sqlite3_initialize
    except (OSError, AttributeError):
        return False
    if shutdown() != _SQLITE_OK:
        return False
    applied = config(_SQLITE_CONFIG_LOOKASIDE, ctypes.c_int(SLOT_SIZE),
                     ctypes.c_int(SLOT_COUNT)) == _SQLITE_OK
    if initialize() != _SQLITE_OK:
        raise sqlcipher3.DatabaseError("SQLCipher could not be initialised again")
    return applied
