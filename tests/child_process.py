"""Running the CLI in a child process with a fault set up first: a SIGKILL at a chosen
point, or a file size limit the kernel enforces (a full disk without mounting one)."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from support import PASSPHRASE

# Python run before the CLI's main(): replace `module.name` by a function that does the
# real call (or not) and then kills the process with SIGKILL, which nothing can catch.
KILL_AT = """
import importlib, os, signal
_module = importlib.import_module({module!r})
_real = getattr(_module, {name!r})
def _die(*args, **kwargs):
    if {after_real_call!r}:
        _real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
setattr(_module, {name!r}, _die)
"""

# Key derivation at the floor, so a passphrase change in a child takes no calibration.
FAST_KDF = """
import fieldapp.store.keyfile as _keyfile
_keyfile.calibrate = lambda *args, **kwargs: _keyfile.KDF_FLOOR
"""

RUN_MAIN = """
import sys
from fieldapp.cli.entry import main
sys.exit(main(sys.argv[1:]))
"""


def kill_at(module: str, name: str, after_real_call: bool) -> str:
    return KILL_AT.format(module=module, name=name, after_real_call=after_real_call)


def file_size_limit(limit: int) -> Callable[[], None]:
    """For preexec_fn: writes past `limit` bytes in any file fail with EFBIG (SIGXFSZ, which
    would kill the process instead, is ignored), as on a disk with no room left."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return apply


def run_child(
    prelude: str, *args: str | os.PathLike[str], vault: Path,
    preexec: Callable[[], None] | None = None, env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`fieldapp --vault VAULT ARGS...` in a fresh process, after `prelude`."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    full_env["FIELDAPP_PASSPHRASE"] = PASSPHRASE
    full_env.update(env or {})
    command = [sys.executable, "-c", prelude + RUN_MAIN, "--vault", str(vault),
               *[str(a) for a in args]]
    return subprocess.run(command, input="", capture_output=True, text=True, env=full_env,
                          timeout=120, check=False, preexec_fn=preexec)


# SQLCipher 4's page layout: 4096-byte pages, each ending in a 16-byte IV and a 64-byte
# HMAC; page 1 starts with the 16-byte salt in the clear. The key given as x'...' is the
# AES-256 key itself.
PAGE = 4096
_RESERVE = 80
_WAL_HEADER = 32
_FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE - _RESERVE : PAGE - _RESERVE + 16]
    body = page[16 if first else 0 : PAGE - _RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(key: bytes, directory: Path) -> list[bytes]:
    """Every page image in vault.db and its write-ahead log, decrypted: what someone with
    the key (a forced unlock) can read in the files, free and old pages included."""
    pages = []
    db = (directory / "vault.db").read_bytes()
    for offset in range(0, len(db) - PAGE + 1, PAGE):
        pages.append(_decrypt_page(key, db[offset : offset + PAGE], offset == 0))
    # The reader is right only if page 1 decrypts to SQLite's header (page size at 16).
    assert pages and pages[0][:2] == PAGE.to_bytes(2, "big"), "not SQLCipher 4's layout"
    wal_path = directory / "vault.db-wal"
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    step = _FRAME_HEADER + PAGE
    for offset in range(_WAL_HEADER, len(wal) - step + 1, step):
        number = int.from_bytes(wal[offset : offset + 4], "big")
        frame = wal[offset + _FRAME_HEADER : offset + step]
        pages.append(_decrypt_page(key, frame, number == 1))
    return pages
