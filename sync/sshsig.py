"""Sign and verify data as OpenSSH SSH signatures (PROTOCOL.sshsig) with Ed25519 keys.

The output of `sign` is byte-identical to `ssh-keygen -Y sign` for the same key,
namespace and message (Ed25519 is deterministic); `verify` accepts what
`ssh-keygen -Y sign` writes for an Ed25519 key.

Blob layout (all integers big-endian, "string" = uint32 length + bytes):

    byte[6] "SSHSIG"  uint32 1  string publickey  string namespace
    string reserved  string hash_algorithm  string signature

The Ed25519 signature covers

    byte[6] "SSHSIG"  string namespace  string reserved  string hash_algorithm
    string H(message)
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from sync.sshkeys import (
    ED25519_KEY_TYPE,
    KeyFormatError,
    openssh_public_line,
    public_blob,
    public_key_from_blob,
)

MAGIC = b"SSHSIG"
VERSION = 1
HASH_ALGORITHMS = ("sha256", "sha512")
BEGIN = b"-----BEGIN SSH SIGNATURE-----"
END = b"-----END SSH SIGNATURE-----"
LINE_WIDTH = 70
CHUNK_SIZE = 1 << 16
ED25519_SIGNATURE_SIZE = 64


class SignatureError(Exception):
    """An SSH signature that is malformed, or does not verify for this message and namespace."""


@dataclass(frozen=True)
class ParsedSignature:
    """The fields of an SSH signature blob, not yet verified."""

    public_key: Ed25519PublicKey
    namespace: str
    hash_algorithm: str
    signature: bytes  # the raw 64-byte Ed25519 signature


def _string(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


class _Reader:
    """Reads SSH wire fields from a blob; any shortfall is a SignatureError."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def take(self, size: int) -> bytes:
        if size > len(self._data) - self._pos:
            raise SignatureError("The signature blob is truncated.")
        chunk = self._data[self._pos:self._pos + size]
        self._pos += size
        return chunk

    def uint32(self) -> int:
        return int.from_bytes(self.take(4), "big")

    def string(self) -> bytes:
        return self.take(self.uint32())

    def text(self, what: str) -> str:
        raw = self.string()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SignatureError(f"The signature's {what} is not valid UTF-8.") from exc

    def finish(self) -> None:
        if self._pos != len(self._data):
            raise SignatureError("The signature blob has trailing bytes.")


def _shown(text: str) -> str:
    """Text for an error message: as is when printable, else quoted with escapes."""
    return text if text.isprintable() else repr(text)


def _check_hash_algorithm(name: str) -> None:
    if name not in HASH_ALGORITHMS:
        raise ValueError(f"Unsupported hash algorithm {name!r}; use sha256 or sha512.")


def _check_namespace(namespace: str) -> None:
    if not namespace:
        raise ValueError("The signature namespace must not be empty.")


def _message_digest(message: bytes | BinaryIO, hash_algorithm: str) -> bytes:
    digest = hashlib.new(hash_algorithm)
    if isinstance(message, bytes | bytearray | memoryview):
        digest.update(message)
    else:
        while chunk := message.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.digest()


def _signed_data(namespace: str, hash_algorithm: str, message_digest: bytes) -> bytes:
    return (
        MAGIC
        + _string(namespace.encode("utf-8"))
        + _string(b"")  # reserved
        + _string(hash_algorithm.encode("ascii"))
        + _string(message_digest)
    )


def _armor(blob: bytes) -> bytes:
    encoded = base64.b64encode(blob)
    lines = [encoded[i:i + LINE_WIDTH] for i in range(0, len(encoded), LINE_WIDTH)]
    return b"\n".join([BEGIN, *lines, END]) + b"\n"


def _dearmor(signature: bytes) -> bytes:
    lines = signature.strip().splitlines()
    if len(lines) < 3 or lines[0].strip() != BEGIN or lines[-1].strip() != END:
        raise SignatureError("The signature is not an armored SSH signature.")
    body = b"".join(line.strip() for line in lines[1:-1])
    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("The signature's base64 is malformed.") from exc


def sign(
    key: Ed25519PrivateKey,
    message: bytes | BinaryIO,
    namespace: str,
    hash_algorithm: str = "sha512",
) -> bytes:
    """The armored SSH signature of message, exactly as `ssh-keygen -Y sign` writes it."""
    _check_hash_algorithm(hash_algorithm)
    return sign_digest(key, _message_digest(message, hash_algorithm), namespace, hash_algorithm)


def sign_digest(
    key: Ed25519PrivateKey, digest: bytes, namespace: str, hash_algorithm: str = "sha512",
) -> bytes:
    """sign() for a message already hashed with hash_algorithm (a stream hashed as it was
    written elsewhere)."""
    _check_namespace(namespace)
    _check_hash_algorithm(hash_algorithm)
    raw = key.sign(_signed_data(namespace, hash_algorithm, digest))
    blob = (
        MAGIC
        + VERSION.to_bytes(4, "big")
        + _string(public_blob(key.public_key()))
        + _string(namespace.encode("utf-8"))
        + _string(b"")
        + _string(hash_algorithm.encode("ascii"))
        + _string(_string(ED25519_KEY_TYPE) + _string(raw))
    )
    return _armor(blob)


def parse(signature: bytes) -> ParsedSignature:
    """The fields of an armored SSH signature, checked for structure but not verified."""
    reader = _Reader(_dearmor(signature))
    if reader.take(len(MAGIC)) != MAGIC:
        raise SignatureError("The signature does not start with the SSHSIG magic.")
    version = reader.uint32()
    if version != VERSION:
        raise SignatureError(f"Unsupported SSH signature version {version}.")
    key_blob = reader.string()
    namespace = reader.text("namespace")
    if reader.string() != b"":
        raise SignatureError("The signature's reserved field is not empty.")
    hash_algorithm = reader.text("hash algorithm")
    sig_blob = reader.string()
    reader.finish()

    try:
        public_key = public_key_from_blob(key_blob)
    except (KeyFormatError, ValueError) as exc:
        raise SignatureError("The signature's key is not an ssh-ed25519 key.") from exc
    inner = _Reader(sig_blob)
    if inner.string() != ED25519_KEY_TYPE:
        raise SignatureError("The signature is not an ssh-ed25519 signature.")
    raw = inner.string()
    inner.finish()
    if len(raw) != ED25519_SIGNATURE_SIZE:
        raise SignatureError("The Ed25519 signature has the wrong length.")
    return ParsedSignature(public_key, namespace, hash_algorithm, raw)


def verify(signature: bytes, message: bytes | BinaryIO, namespace: str) -> Ed25519PublicKey:
    """The key that made this signature over message in namespace; SignatureError otherwise."""
    parsed = parse(signature)
    if parsed.hash_algorithm not in HASH_ALGORITHMS:
        raise SignatureError(
            f"The signature uses unsupported hash algorithm {parsed.hash_algorithm!r}."
        )
    digest = _message_digest(message, parsed.hash_algorithm)
    return verify_digest(signature, {parsed.hash_algorithm: digest}, namespace)


def verify_digest(
    signature: bytes, digests: Mapping[str, bytes], namespace: str
) -> Ed25519PublicKey:
    """Like verify, for a message already hashed while it streamed past (the signature
    comes after it in a bundle); `digests` maps hash algorithm names to digests."""
    parsed = parse(signature)
    if parsed.namespace != namespace:
        raise SignatureError(
            f"The signature was signed for namespace {_shown(parsed.namespace)}, "
            f"expected {_shown(namespace)}."
        )
    if parsed.hash_algorithm not in HASH_ALGORITHMS:
        raise SignatureError(
            f"The signature uses unsupported hash algorithm {parsed.hash_algorithm!r}."
        )
    digest = digests.get(parsed.hash_algorithm)
    if digest is None:
        raise SignatureError(f"The message was not hashed with {parsed.hash_algorithm}.")
    try:
        parsed.public_key.verify(
            parsed.signature, _signed_data(namespace, parsed.hash_algorithm, digest)
        )
    except (InvalidSignature, ValueError) as exc:
        raise SignatureError("The signature does not match the message.") from exc
    return parsed.public_key


def allowed_signers_line(principal: str, key: Ed25519PublicKey, namespaces: Sequence[str]) -> str:
    """'principal namespaces="a,b" ssh-ed25519 AAAA...' for an allowed_signers file."""
    if not principal or any(c.isspace() or c in '"#,' for c in principal):
        raise ValueError("The principal must be non-empty, without spaces, quotes, '#' or commas.")
    if isinstance(namespaces, str) or not namespaces:
        raise ValueError("Give at least one namespace, as a sequence of strings.")
    for namespace in namespaces:
        if not namespace or any(c in '",' or c.isspace() for c in namespace):
            raise ValueError(f"Namespace {namespace!r} is empty or has a space, quote or comma.")
    return f'{principal} namespaces="{",".join(namespaces)}" {openssh_public_line(key)}'
