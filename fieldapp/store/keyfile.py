"""The vault key file: a random database key wrapped under Argon2id(passphrase).

Layout (all integers big-endian), 129 bytes in all:

    magic        8  b"FLDVKEY\\0"
    version      1  1
    memory_kib   4  Argon2id memory cost
    iterations   4  Argon2id time cost
    lanes        4  Argon2id parallelism
    salt        16
    nonce       12  ChaCha20-Poly1305 nonce
    box         48  ChaCha20-Poly1305(KEK, nonce, db_key, aad=header)
    checksum    32  SHA-256 of everything above

The header (magic..nonce) is the AEAD's associated data, so a changed
parameter breaks the tag; the plain checksum lets us tell a damaged file
("the key file was modified") from a wrong passphrase before any KDF runs.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from fieldapp.errors import (
    BadPassphrase,
    FieldappError,
    KeyFileDamaged,
    VaultError,
    WeakKdfParameters,
)
from fieldapp.store import files, full_disk
from fieldapp.store.files import fsync_directory

MAGIC = b"FLDVKEY\x00"
# The office's source key uses the same layout with its own magic, so neither file can be
# mistaken for the other.
SOURCE_KEY_MAGIC = b"FLDSKEY\x00"
FORMAT_VERSION = 1
_HEADER = struct.Struct(">8sBIII16s12s")
BOX_LEN = 32 + 16
CHECKSUM_LEN = 32
KEY_FILE_LEN = _HEADER.size + BOX_LEN + CHECKSUM_LEN
DB_KEY_LEN = 32


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def is_below(self, floor: KdfParams) -> bool:
        return (
            self.memory_kib < floor.memory_kib
            or self.iterations < floor.iterations
            or self.lanes < floor.lanes
        )

    def is_above(self, ceiling: KdfParams) -> bool:
        return (
            self.memory_kib > ceiling.memory_kib
            or self.iterations > ceiling.iterations
            or self.lanes > ceiling.lanes
        )


# RFC 9106, second recommended option: 64 MiB, t=3, p=4. Never accepted lower.
KDF_FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
_KDF_CEILING_KIB = 1024 * 1024
# Never accepted higher: calibration only doubles the memory, up to 1 GiB, and keeps the
# floor's passes and lanes, so no key file this app writes comes near these. A header asking
# for more is damaged (or a trap: 4 GiB+ of memory or hours of work before any answer), and
# is refused before Argon2 runs, never counted as a wrong passphrase.
KDF_CEILING = KdfParams(memory_kib=4 * 1024 * 1024, iterations=64, lanes=255)


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate(target_seconds: float = 0.5, limit_seconds: float = 1.0) -> KdfParams:
    """Double the memory cost from the floor until one derivation takes target_seconds.

    Stops before a step that would pass limit_seconds, and never goes below the floor.
    """
    params = KDF_FLOOR
    salt = os.urandom(16)
    while params.memory_kib < _KDF_CEILING_KIB:
        started = time.perf_counter()
        derive_kek("calibration", salt, params)
        elapsed = time.perf_counter() - started
        if elapsed >= target_seconds or elapsed * 2 > limit_seconds:
            break
        params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
    return params


def wrap_key(
    db_key: bytes, passphrase: str, params: KdfParams, magic: bytes = MAGIC
) -> bytes:
    """Return the bytes of a key file holding db_key under passphrase."""
    if params.is_below(KDF_FLOOR):
        raise WeakKdfParameters("kdf_below_floor")
    if params.is_above(KDF_CEILING):
        raise VaultError("kdf_above_ceiling")
    salt = os.urandom(16)
    nonce = os.urandom(12)
    header = _HEADER.pack(
        magic, FORMAT_VERSION, params.memory_kib, params.iterations, params.lanes, salt, nonce
    )
    kek = derive_kek(passphrase, salt, params)
    box = ChaCha20Poly1305(kek).encrypt(nonce, bytes(db_key), header)
    body = header + box
    return body + hashlib.sha256(body).digest()


def read_params(data: bytes, magic: bytes = MAGIC) -> KdfParams:
    """Check the file's shape, checksum and floor; return its KDF parameters."""
    if len(data) != KEY_FILE_LEN or not data.startswith(magic):
        raise KeyFileDamaged("key_file_not_fieldapp")
    body, checksum = data[:-CHECKSUM_LEN], data[-CHECKSUM_LEN:]
    if not hmac.compare_digest(hashlib.sha256(body).digest(), checksum):
        raise KeyFileDamaged("key_file_modified")
    _, version, memory_kib, iterations, lanes, _, _ = _HEADER.unpack_from(data)
    if version != FORMAT_VERSION:
        raise KeyFileDamaged("key_file_version", version=version)
    params = KdfParams(memory_kib, iterations, lanes)
    if params.is_below(KDF_FLOOR):
        raise WeakKdfParameters("key_file_weak_kdf")
    if params.is_above(KDF_CEILING):
        raise KeyFileDamaged("key_file_kdf_too_costly")
    return params


def unwrap_key(data: bytes, passphrase: str, magic: bytes = MAGIC) -> bytearray:
    """Open a key file's box; a wrong passphrase raises BadPassphrase and nothing else."""
    params = read_params(data, magic)
    header = data[: _HEADER.size]
    _, _, _, _, _, salt, nonce = _HEADER.unpack_from(data)
    box = data[_HEADER.size : _HEADER.size + BOX_LEN]
    kek = derive_kek(passphrase, salt, params)
    try:
        return bytearray(ChaCha20Poly1305(kek).decrypt(nonce, box, header))
    except InvalidTag:
        raise BadPassphrase() from None


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, rename over it, fsync the directory.

    A crash at any point leaves either the old file or the new one, never a mix.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = files.open_private(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        try:
            # os.write may write only part (a nearly full disk, a size limit): a key file
            # renamed into place short would lock the vault for good.
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        if full_disk.is_full(error):
            raise FieldappError("disk_full", path=str(path.parent)) from None
        raise
    try:
        files.replace_with_retry(tmp, path)
    except FieldappError:  # Windows: the old file stayed in use; it is still the one in force
        files.remove_quietly(tmp)
        raise
    fsync_directory(path.parent)
