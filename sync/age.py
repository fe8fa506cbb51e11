"""age v1 file encryption (age-encryption.org/v1) to X25519 recipients, streamed chunk by chunk.

Only the binary format and X25519 keys are implemented: ASCII armor, passphrases
(scrypt) and post-quantum or hardware recipient types raise UnsupportedError when a
file needs them. Every other failure raises the AgeError subclass that names it
(sync/age_errors.py; callers reach them here, as age.AgeError and so on).
"""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync import bech32
from sync.age_errors import (
    AgeError,
    HeaderError,
    HeaderMacError,
    NoIdentityMatchError,
    PayloadError,
    UnsupportedError,
)

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
FILE_KEY_SIZE = 16
NONCE_SIZE = 16
_ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
_COLUMNS = 64
_MAC_SIZE = 32
_KEY_SIZE = 32
_ZERO_NONCE = bytes(12)

_VERSION_LINE = b"age-encryption.org/v1\n"
_STANZA_PREFIX = b"-> "
_MAC_MARK = b"---"
_X25519_TYPE = "X25519"
_X25519_INFO = b"age-encryption.org/v1/X25519"
_SECRET_KEY_HRP = "AGE-SECRET-KEY-"  # noqa: S105 (a key-type prefix, not a secret)
_RECIPIENT_HRP = "age"
_ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
# Native recipient types of the spec that this module does not implement; any other
# unknown type is ignored as the spec requires (it may be grease or a plugin).
_SCRYPT_TYPE = "scrypt"
_OTHER_NATIVE_TYPES = frozenset({"mlkem768x25519", "p256tag", "mlkem768p256tag"})
# readline() needs a bound; no header line we can use comes near it, and it caps
# what a hostile file can make us buffer for one line.
_MAX_LINE = 64 * 1024
_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@dataclass
class Stanza:
    """One recipient stanza: its type (first argument), the other arguments, the decoded body."""

    type: str
    args: list[str]
    body: bytes


@dataclass
class Header:
    """A parsed header: stanzas, the MAC as stored, and the header's size in bytes."""

    stanzas: list[Stanza]
    mac: bytes
    length: int


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=_KEY_SIZE, salt=salt, info=info).derive(ikm)


def _b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _b64decode(text: bytes) -> bytes:
    """Unpadded, canonical base64 only, as the spec demands; ValueError otherwise."""
    # The alphabet check also rejects '=' padding, which b64decode would accept.
    if text.translate(None, _BASE64_ALPHABET) or len(text) % 4 == 1:
        raise ValueError("not unpadded base64")
    data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    # Re-encoding catches non-zero spare bits in the last character (non-canonical).
    if _b64encode(data) != text:
        raise ValueError("not canonical base64")
    return data


# --- Keys -------------------------------------------------------------------------------


class X25519Recipient:
    """An age1... public key that files can be encrypted to."""

    __slots__ = ("_public",)

    def __init__(self, public: bytes) -> None:
        if len(public) != _KEY_SIZE:
            raise ValueError("An X25519 recipient key is 32 bytes long.")
        self._public = bytes(public)

    @classmethod
    def from_bytes(cls, public: bytes) -> X25519Recipient:
        return cls(public)

    @classmethod
    def from_string(cls, text: str) -> X25519Recipient:
        hrp, data = bech32.decode(text)
        if hrp != _RECIPIENT_HRP or len(data) != _KEY_SIZE:
            raise ValueError("The text is not an age X25519 recipient (age1...).")
        return cls(data)

    def to_string(self) -> str:
        return bech32.encode(_RECIPIENT_HRP, self._public)

    def raw(self) -> bytes:
        return self._public

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._public == self._public

    def __hash__(self) -> int:
        return hash(self._public)

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_string()!r})"

    def _wrap(self, file_key: bytes) -> Stanza:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        try:
            shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self._public))
        except ValueError:
            # A low-order point gives an all-zero secret: nobody could decrypt the file.
            raise ValueError("The recipient key is not a usable X25519 public key.") from None
        wrap_key = _hkdf(shared, share + self._public, _X25519_INFO)
        body = ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)
        return Stanza(_X25519_TYPE, [_b64encode(share).decode("ascii")], body)


class X25519Identity:
    """An AGE-SECRET-KEY-1... secret key that opens files encrypted to its recipient."""

    __slots__ = ("_key", "_public")

    def __init__(self, key: X25519PrivateKey) -> None:
        self._key = key
        self._public = key.public_key().public_bytes_raw()

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(X25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, seed: bytes) -> X25519Identity:
        if len(seed) != _KEY_SIZE:
            raise ValueError("An X25519 secret key is 32 bytes long.")
        return cls(X25519PrivateKey.from_private_bytes(seed))

    @classmethod
    def from_string(cls, text: str) -> X25519Identity:
        # age writes secret keys in uppercase and, like age, we accept only that form.
        hrp, data = bech32.decode(text)
        if hrp != _SECRET_KEY_HRP or len(data) != _KEY_SIZE:
            raise ValueError("The text is not an age X25519 secret key (AGE-SECRET-KEY-1...).")
        return cls.from_bytes(data)

    def to_string(self) -> str:
        return bech32.encode(_SECRET_KEY_HRP, self.raw()).upper()

    def raw(self) -> bytes:
        return self._key.private_bytes_raw()

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._public)

    def __repr__(self) -> str:
        # Never show the secret, so keys cannot leak through logs or tracebacks.
        return f"X25519Identity(for {self.recipient().to_string()!r})"

    def _unwrap(self, share: bytes, body: bytes) -> bytes | None:
        """The file key, or None when this stanza is not addressed to this identity."""
        try:
            shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:
            shared = bytes(_KEY_SIZE)
        if shared == bytes(_KEY_SIZE):
            raise HeaderError(
                "A recipient stanza holds a degenerate X25519 share, which age forbids."
            )
        wrap_key = _hkdf(shared, share + self._public, _X25519_INFO)
        try:
            return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, body, None)
        except InvalidTag:
            return None


# --- Header -----------------------------------------------------------------------------


def _header_up_to_mac(stanzas: Sequence[Stanza]) -> bytes:
    """The header's bytes through "---", which the MAC covers.

    Parsing is strict, so for a parsed header this re-encoding equals the bytes read.
    """
    parts = [_VERSION_LINE]
    for stanza in stanzas:
        parts.append(_STANZA_PREFIX + " ".join([stanza.type, *stanza.args]).encode("ascii") + b"\n")
        encoded = _b64encode(stanza.body)
        parts.extend(encoded[i:i + _COLUMNS] + b"\n" for i in range(0, len(encoded), _COLUMNS))
        # A body always ends with a line shorter than 64 columns, empty if need be.
        if len(encoded) % _COLUMNS == 0:
            parts.append(b"\n")
    parts.append(_MAC_MARK)
    return b"".join(parts)


def _header_mac(file_key: bytes, stanzas: Sequence[Stanza]) -> hmac.HMAC:
    mac = hmac.HMAC(_hkdf(file_key, b"", b"header"), hashes.SHA256())
    mac.update(_header_up_to_mac(stanzas))
    return mac


def _first_line_error(first: bytes, readline: Callable[[], bytes]) -> AgeError:
    """Why a file whose first line is not the v1 version line cannot be read."""
    # Armored files may start with blank lines; look a little way past them.
    for _ in range(16):
        if not first or first.strip():
            break
        first = readline()
    if first.strip().startswith(_ARMOR_BEGIN):
        return UnsupportedError(
            "This file is ASCII-armored text; this app reads only binary age files."
        )
    if not first:
        return HeaderError("The file is empty, so it is not an age-encrypted file.")
    if first == _VERSION_LINE[:-1]:
        return HeaderError("The file ends inside its header; it is truncated.")
    if first.rstrip(b"\r\n") == _VERSION_LINE[:-1]:
        return HeaderError("The header's lines end in CR LF; the file was damaged in transfer.")
    if first.startswith(b"age-encryption.org/"):
        return HeaderError("The file uses an age format version this app does not know.")
    return HeaderError("This is not an age-encrypted file.")


def _parse_stanza(arg_line: bytes, readline: Callable[[], bytes]) -> Stanza:
    fields = arg_line[len(_STANZA_PREFIX):-1].split(b" ")
    for field in fields:
        if not field or any(not 0x21 <= byte <= 0x7E for byte in field):
            raise HeaderError("A recipient stanza has an empty or non-printable argument.")
    lines = []
    while True:
        line = readline()[:-1]
        if line.startswith((_STANZA_PREFIX, _MAC_MARK)):
            raise HeaderError("A recipient stanza ends without its final short body line.")
        if len(line) > _COLUMNS:
            raise HeaderError("A recipient stanza's body has a line longer than 64 columns.")
        lines.append(line)
        if len(line) < _COLUMNS:
            break
    try:
        body = _b64decode(b"".join(lines))
    except ValueError:
        raise HeaderError("A recipient stanza's body is not canonical unpadded base64.") from None
    names = [field.decode("ascii") for field in fields]
    return Stanza(names[0], names[1:], body)


def read_header(source: BinaryIO) -> Header:
    """Parse the header strictly, leaving source at the payload; the MAC is not checked.

    Needs no key, so anyone can see how many stanzas a file has and of which types.
    """
    length = 0

    def readline() -> bytes:
        nonlocal length
        line = source.readline(_MAX_LINE + 1)
        length += len(line)
        return line

    def next_line() -> bytes:
        line = readline()
        if not line.endswith(b"\n"):
            if len(line) > _MAX_LINE:
                raise HeaderError("The header has an overlong line, so it is not an age header.")
            raise HeaderError("The file ends inside its header; it is truncated.")
        return line

    first = readline()
    if first != _VERSION_LINE:
        raise _first_line_error(first, readline)
    stanzas: list[Stanza] = []
    line = next_line()
    while line.startswith(_STANZA_PREFIX):
        stanzas.append(_parse_stanza(line, next_line))
        line = next_line()
    if not line.startswith(_MAC_MARK):
        raise HeaderError("The header holds a line that is neither a recipient stanza nor its end.")
    if not stanzas:
        raise HeaderError("The header has no recipient stanzas.")
    encoded_mac = line[len(_MAC_MARK):-1]
    try:
        if encoded_mac[:1] != b" ":
            raise ValueError("no space after the mark")
        mac = _b64decode(encoded_mac[1:])
        if len(mac) != _MAC_SIZE:
            raise ValueError("wrong MAC size")
    except ValueError:
        raise HeaderError("The header's final MAC line is malformed.") from None
    return Header(stanzas, mac, length)


def _x25519_stanzas(stanzas: Sequence[Stanza]) -> list[tuple[bytes, bytes]]:
    """(share, body) of each X25519 stanza, all checked before any is used."""
    found = []
    for stanza in stanzas:
        if stanza.type != _X25519_TYPE:
            continue
        try:
            if len(stanza.args) != 1:
                raise ValueError("wrong argument count")
            share = _b64decode(stanza.args[0].encode("ascii"))
        except ValueError:
            raise HeaderError("An X25519 stanza must have exactly one base64 argument.") from None
        # The spec checks sizes before decrypting, against partitioning-oracle attacks.
        if len(share) != _KEY_SIZE or len(stanza.body) != FILE_KEY_SIZE + TAG_SIZE:
            raise HeaderError("An X25519 stanza has a share or body of the wrong size.")
        found.append((share, stanza.body))
    return found


def _unwrap_file_key(stanzas: Sequence[Stanza], identities: Sequence[X25519Identity]) -> bytes:
    for share, body in _x25519_stanzas(stanzas):
        for identity in identities:
            file_key = identity._unwrap(share, body)
            if file_key is not None:
                return file_key
    types = {stanza.type for stanza in stanzas}
    if _SCRYPT_TYPE in types:
        raise UnsupportedError("This file is protected by a passphrase, which this app cannot use.")
    if types & _OTHER_NATIVE_TYPES:
        raise UnsupportedError("This file is encrypted to a post-quantum or hardware key type.")
    raise NoIdentityMatchError()


# --- Payload ----------------------------------------------------------------------------


def _read_full(source: BinaryIO, size: int) -> bytes:
    """Up to size bytes, fewer only at end of input (read() may return short on pipes)."""
    data = source.read(size)
    if not data or len(data) == size:
        return data or b""
    parts = [data]
    missing = size - len(data)
    while missing:
        more = source.read(missing)
        if not more:
            break
        parts.append(more)
        missing -= len(more)
    return b"".join(parts)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def encrypt(source: BinaryIO, sink: BinaryIO, recipients: Sequence[X25519Recipient]) -> int:
    """Encrypt source to every recipient into sink; returns the number of bytes written."""
    if not recipients:
        raise ValueError("Encrypting needs at least one recipient.")
    file_key = os.urandom(FILE_KEY_SIZE)
    stanzas = [recipient._wrap(file_key) for recipient in recipients]
    nonce = os.urandom(NONCE_SIZE)
    head = _header_up_to_mac(stanzas) + b" " + _b64encode(_header_mac(file_key, stanzas).finalize())
    sink.write(head + b"\n" + nonce)
    written = len(head) + 1 + NONCE_SIZE
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunk = _read_full(source, CHUNK_SIZE)
    counter = 0
    while True:
        # Read one chunk ahead: only then do we know whether this one is the final chunk.
        following = _read_full(source, CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
        sealed = aead.encrypt(_chunk_nonce(counter, not following), chunk, None)
        sink.write(sealed)
        written += len(sealed)
        if not following:
            return written
        chunk = following
        counter += 1


def decrypt(source: BinaryIO, sink: BinaryIO, identities: Sequence[X25519Identity]) -> int:
    """Decrypt source into sink with the first identity that matches; returns plaintext bytes.

    Each chunk is authenticated before it is written. On error some verified chunks
    may already be in sink; callers must discard that partial output.
    """
    return _decrypt_payload(source, sink, _open_payload(source, identities))


def decrypted_chunks(source: BinaryIO, identities: Sequence[X25519Identity]) -> Iterator[bytes]:
    """Pull-style decryption: authenticated plaintext chunks of at most CHUNK_SIZE bytes.

    The header is checked before the first chunk is returned; like decrypt, an error may
    come after some chunks, so consumers must not act on what they read until the end.
    """
    aead = _open_payload(source, identities)
    return _payload_chunks(source, aead)


def _open_payload(source: BinaryIO, identities: Sequence[X25519Identity]) -> ChaCha20Poly1305:
    """Read and authenticate the header; return the payload cipher, positioned at chunk 0."""
    header = read_header(source)
    file_key = _unwrap_file_key(header.stanzas, identities)
    try:
        _header_mac(file_key, header.stanzas).verify(header.mac)
    except InvalidSignature:
        raise HeaderMacError() from None
    nonce = _read_full(source, NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        raise HeaderError("The file ends before the payload nonce; it is truncated.")
    return ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))


def _open_chunk(aead: ChaCha20Poly1305, counter: int, last: bool, sealed: bytes) -> bytes | None:
    try:
        return aead.decrypt(_chunk_nonce(counter, last), sealed, None)
    except InvalidTag:
        return None


def _decrypt_payload(source: BinaryIO, sink: BinaryIO, aead: ChaCha20Poly1305) -> int:
    written = 0
    for plain in _payload_chunks(source, aead):
        sink.write(plain)
        written += len(plain)
    return written


def _payload_chunks(source: BinaryIO, aead: ChaCha20Poly1305) -> Iterator[bytes]:
    """Authenticated plaintext chunks, in order; raises at the first bad or missing one."""
    counter = 0
    while True:
        sealed = _read_full(source, _ENCRYPTED_CHUNK_SIZE)
        if len(sealed) < TAG_SIZE:
            raise PayloadError("The encrypted data is truncated: its final chunk is missing.")
        # A short chunk can only be the final one; a full-size one may be either.
        last = len(sealed) < _ENCRYPTED_CHUNK_SIZE
        plain = None if last else _open_chunk(aead, counter, False, sealed)
        if plain is None:
            last = True
            plain = _open_chunk(aead, counter, True, sealed)
            if plain is None:
                raise PayloadError(
                    f"Chunk {counter + 1} of the encrypted data fails authentication; "
                    "it is damaged or was tampered with."
                )
            if not plain and counter:
                raise PayloadError(
                    "The encrypted data ends with an empty chunk, which age forbids."
                )
        yield plain
        # Checked after the final chunk is handed out, as the reference implementation
        # does; a consumer learns of trailing data when it asks for more.
        if last:
            if source.read(1):
                raise PayloadError("There is unexpected data after the end of the encrypted data.")
            return
        counter += 1


def encrypt_bytes(data: bytes, recipients: Sequence[X25519Recipient]) -> bytes:
    sink = io.BytesIO()
    encrypt(io.BytesIO(data), sink, recipients)
    return sink.getvalue()


def decrypt_bytes(data: bytes, identities: Sequence[X25519Identity]) -> bytes:
    sink = io.BytesIO()
    decrypt(io.BytesIO(data), sink, identities)
    return sink.getvalue()
