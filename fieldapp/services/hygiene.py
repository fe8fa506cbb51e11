"""Process hygiene at start, for both faces: no core dump can carry the vault's key to disk."""

from __future__ import annotations

import contextlib
import ctypes
import sys

# <linux/prctl.h>
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """Forbid core dumps of this process: an unlocked vault's key, records and sources sit
    in its memory, and a crash must not write them into a core file.

    RLIMIT_CORE 0 stops the kernel writing a core file wherever the process runs (Linux,
    macOS, the BSDs). On Linux the process is also made non-dumpable, which covers what the
    rlimit does not: a `core_pattern` that pipes cores to a collector (systemd-coredump,
    apport) and other users' ptrace and /proc/PID/mem. Windows writes no core files; its
    crash reports (WER) are a system setting and are not changed here. Each step is best
    effort: a refusal (a sandbox without prctl) must not stop the app from starting.
    """
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource  # POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _prctl(PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool | None:
    """Linux's dumpable flag for this process (None elsewhere, or when it cannot be read)."""
    if not sys.platform.startswith("linux"):
        return None
    result = _prctl(PR_GET_DUMPABLE, 0)
    return None if result is None or result < 0 else bool(result)


def _prctl(option: int, value: int) -> int | None:
    try:
        # The running process already has libc loaded: no library search at start-up.
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                      ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    return int(prctl(option, value, 0, 0, 0))
