"""sync.age against the stock age binary, on damaged files, and under a memory bound."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

import pytest

from sync import age, bech32

CHUNK = age.CHUNK_SIZE
SEALED_CHUNK = age.CHUNK_SIZE + 16
SIZES = [0, 1, CHUNK, CHUNK + 1, 10 * 1024 * 1024]
MEMORY_LIMIT = 1024 * 1024
STREAM_SIZE = 64 * 1024 * 1024

Binary = Callable[[str], str]


def keygen(stock_binary: Binary, directory: Path, name: str = "key.txt") -> tuple[Path, str, str]:
    """A key made by age-keygen: (key file, AGE-SECRET-KEY-1..., age1...)."""
    path = directory / name
    subprocess.run([stock_binary("age-keygen"), "-o", str(path)], check=True, capture_output=True)
    lines = path.read_text(encoding="ascii").splitlines()
    public = next(line.split(": ")[1] for line in lines if line.startswith("# public key: "))
    secret = next(line for line in lines if line.startswith("AGE-SECRET-KEY-1"))
    return path, secret, public


def run(command: list[str], data: bytes) -> bytes:
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout


# --- Keys -------------------------------------------------------------------------------


def test_bech32_known_strings() -> None:
    assert bech32.decode("A12UEL5L") == ("A", b"")
    assert bech32.decode("a12uel5l") == ("a", b"")
    hrp, data = bech32.decode("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")
    assert hrp == "abcdef"
    assert bech32.encode(hrp, data) == "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw"


@pytest.mark.parametrize("size", [0, 1, 32, 200])
def test_bech32_round_trip_has_no_length_limit(size: int) -> None:
    data = os.urandom(size)
    text = bech32.encode("age", data)
    assert bech32.decode(text) == ("age", data)
    assert bech32.decode(text.upper()) == ("AGE", data)


@pytest.mark.parametrize(
    "text",
    ["A12uEL5L", "a12uel5m", "a12uel5", "1qqqqqq", "a1b2uel5l", "a12uel5l\x00"],
    ids=["mixed-case", "checksum", "short", "no-hrp", "bad-char", "nul"],
)
def test_bech32_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        bech32.decode(text)


@pytest.mark.interop
def test_key_strings_round_trip_with_age_keygen(stock_binary: Binary, tmp_path: Path) -> None:
    _, secret, public = keygen(stock_binary, tmp_path)
    identity = age.X25519Identity.from_string(secret)
    assert identity.to_string() == secret
    assert identity.recipient().to_string() == public
    assert age.X25519Recipient.from_string(public) == identity.recipient()
    assert age.X25519Identity.from_bytes(identity.raw()).to_string() == secret
    assert secret not in repr(identity)

    ours = age.X25519Identity.generate()
    converted = run([stock_binary("age-keygen"), "-y"], ours.to_string().encode() + b"\n")
    assert converted.decode().strip() == ours.recipient().to_string()


def test_key_strings_reject_the_wrong_kind_of_key() -> None:
    identity = age.X25519Identity.generate()
    with pytest.raises(ValueError):
        age.X25519Recipient.from_string(identity.to_string())
    with pytest.raises(ValueError):
        age.X25519Identity.from_string(identity.recipient().to_string())
    with pytest.raises(ValueError):
        age.X25519Identity.from_string(identity.to_string().lower())
    recipient = identity.recipient()
    assert age.X25519Recipient.from_bytes(recipient.raw()) == recipient
    assert hash(age.X25519Recipient.from_bytes(recipient.raw())) == hash(recipient)
    assert recipient != age.X25519Identity.generate().recipient()


# --- Interoperability with the stock binary -----------------------------------------------


@pytest.mark.interop
@pytest.mark.parametrize("size", SIZES, ids=str)
def test_we_encrypt_stock_age_decrypts(stock_binary: Binary, tmp_path: Path, size: int) -> None:
    keyfile, _, public = keygen(stock_binary, tmp_path)
    data = os.urandom(size)
    sealed = age.encrypt_bytes(data, [age.X25519Recipient.from_string(public)])
    assert run([stock_binary("age"), "-d", "-i", str(keyfile)], sealed) == data


@pytest.mark.interop
@pytest.mark.parametrize("size", SIZES, ids=str)
def test_stock_age_encrypts_we_decrypt(stock_binary: Binary, size: int) -> None:
    identity = age.X25519Identity.generate()
    data = os.urandom(size)
    sealed = run([stock_binary("age"), "-r", identity.recipient().to_string()], data)
    assert age.decrypt_bytes(sealed, [identity]) == data


@pytest.mark.interop
def test_multiple_recipients_both_ways(stock_binary: Binary, tmp_path: Path) -> None:
    keys = [keygen(stock_binary, tmp_path, f"key{i}.txt") for i in range(3)]
    data = os.urandom(CHUNK + 7)
    sealed = age.encrypt_bytes(data, [age.X25519Recipient.from_string(k[2]) for k in keys])
    assert [s.type for s in age.read_header(io.BytesIO(sealed)).stanzas] == ["X25519"] * 3
    for keyfile, secret, _ in keys:
        assert run([stock_binary("age"), "-d", "-i", str(keyfile)], sealed) == data
        assert age.decrypt_bytes(sealed, [age.X25519Identity.from_string(secret)]) == data

    recipients = [arg for _, _, public in keys for arg in ("-r", public)]
    sealed = run([stock_binary("age"), *recipients], data)
    for _, secret, _ in keys:
        assert age.decrypt_bytes(sealed, [age.X25519Identity.from_string(secret)]) == data
    stranger = age.X25519Identity.generate()
    assert age.decrypt_bytes(sealed, [stranger, age.X25519Identity.from_string(keys[1][1])]) == data


@pytest.mark.interop
def test_armored_file_from_stock_age_is_unsupported(stock_binary: Binary) -> None:
    identity = age.X25519Identity.generate()
    sealed = run([stock_binary("age"), "-a", "-r", identity.recipient().to_string()], b"hi")
    with pytest.raises(age.UnsupportedError):
        age.decrypt_bytes(sealed, [identity])


# --- Failures ---------------------------------------------------------------------------


def test_wrong_identity_is_no_match() -> None:
    sealed = age.encrypt_bytes(b"secret", [age.X25519Identity.generate().recipient()])
    with pytest.raises(age.NoIdentityMatchError):
        age.decrypt_bytes(sealed, [age.X25519Identity.generate()])
    with pytest.raises(age.NoIdentityMatchError):
        age.decrypt_bytes(sealed, [])


def test_encrypt_needs_a_recipient() -> None:
    with pytest.raises(ValueError):
        age.encrypt_bytes(b"x", [])


def test_every_flipped_header_or_nonce_byte_is_an_age_error() -> None:
    identity = age.X25519Identity.generate()
    sealed = age.encrypt_bytes(b"payload" * 10, [identity.recipient()])
    header = age.read_header(io.BytesIO(sealed))
    assert header.length == sealed.index(b"\n--- ") + 1 + 4 + 43 + 1
    for position in range(header.length + 16):
        for mask in (0x01, 0x80):
            damaged = bytearray(sealed)
            damaged[position] ^= mask
            with pytest.raises(age.AgeError):
                age.decrypt_bytes(bytes(damaged), [identity])


@pytest.mark.parametrize("size", [3 * CHUNK + 100, 2 * CHUNK], ids=["short-final", "full-final"])
def test_truncation_at_chunk_boundaries(size: int) -> None:
    identity = age.X25519Identity.generate()
    sealed = age.encrypt_bytes(os.urandom(size), [identity.recipient()])
    payload_start = age.read_header(io.BytesIO(sealed)).length + 16
    chunks = -(-len(sealed[payload_start:]) // SEALED_CHUNK)
    for boundary in range(chunks + 1):
        for cut in (-1, 0, 1):
            end = payload_start + boundary * SEALED_CHUNK + cut
            if end >= len(sealed):
                continue
            # Cutting into the nonce is a header failure, as the CCTV vectors specify.
            expected = age.HeaderError if end < payload_start else age.PayloadError
            with pytest.raises(expected):
                age.decrypt_bytes(sealed[:end], [identity])


@pytest.mark.parametrize("size", [0, 1, CHUNK, CHUNK + 1])
@pytest.mark.parametrize("extra", [b"\x00", os.urandom(SEALED_CHUNK)], ids=["byte", "chunk"])
def test_trailing_data_is_a_payload_error(size: int, extra: bytes) -> None:
    identity = age.X25519Identity.generate()
    sealed = age.encrypt_bytes(os.urandom(size), [identity.recipient()])
    with pytest.raises(age.PayloadError):
        age.decrypt_bytes(sealed + extra, [identity])


def test_read_header_leaves_the_source_at_the_payload() -> None:
    recipients = [age.X25519Identity.generate().recipient() for _ in range(2)]
    source = io.BytesIO(age.encrypt_bytes(b"x", recipients))
    header = age.read_header(source)
    assert source.tell() == header.length
    assert [(s.type, len(s.args), len(s.body)) for s in header.stanzas] == [("X25519", 1, 32)] * 2


# --- Memory -----------------------------------------------------------------------------


class GeneratorReader(io.RawIOBase):
    """A readable stream over a generator of blocks, so no test holds the whole input."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._pending = block
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count


class HashingSink(io.RawIOBase):
    """A writable stream that keeps only a SHA-256 and a byte count."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def pattern(size: int, digest: hashlib._Hash) -> Iterator[bytes]:
    """size bytes in odd-sized blocks (so chunks and blocks never align), hashed as yielded."""
    block_size = 12_345
    for index in range(0, size, block_size):
        block = (hashlib.sha256(index.to_bytes(8, "big")).digest() * 386)[:block_size]
        block = block[: size - index]
        digest.update(block)
        yield block


def reader(size: int, digest: hashlib._Hash) -> BinaryIO:
    return cast(BinaryIO, io.BufferedReader(GeneratorReader(pattern(size, digest))))


def peak_memory(action: Callable[[], None]) -> int:
    """Peak traced allocation during action, after a warm-up run.

    The first encryption in a process loads and caches crypto backend state (a few
    hundred KiB, once); the warm-up keeps that out of what the stream itself costs.
    """
    identity = age.X25519Identity.generate()
    age.decrypt_bytes(age.encrypt_bytes(b"warm-up", [identity.recipient()]), [identity])
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_encrypting_64_mib_keeps_memory_bounded() -> None:
    sink = HashingSink()

    def encrypt() -> None:
        source = reader(STREAM_SIZE, hashlib.sha256())
        age.encrypt(source, cast(BinaryIO, sink), [age.X25519Identity.generate().recipient()])

    assert peak_memory(encrypt) < MEMORY_LIMIT
    assert sink.size > STREAM_SIZE


def test_decrypting_64_mib_stream_keeps_memory_bounded() -> None:
    """Encrypt in a thread into a pipe and decrypt from it: neither side holds the stream."""
    identity = age.X25519Identity.generate()
    plain_digest = hashlib.sha256()
    sink = HashingSink()
    errors: list[BaseException] = []
    read_end, write_end = os.pipe()

    def produce() -> None:
        try:
            with open(write_end, "wb") as pipe:
                age.encrypt(reader(STREAM_SIZE, plain_digest), pipe, [identity.recipient()])
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    def round_trip() -> None:
        producer = threading.Thread(target=produce)
        producer.start()
        try:
            with open(read_end, "rb") as pipe:
                age.decrypt(pipe, cast(BinaryIO, sink), [identity])
        finally:
            producer.join()

    assert peak_memory(round_trip) < MEMORY_LIMIT
    assert errors == []
    assert sink.size == STREAM_SIZE
    assert sink.digest.hexdigest() == plain_digest.hexdigest()
