"""OpenSSH public-key encoding and fingerprints for Ed25519 keys."""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)


def openssh_public_line(key: Ed25519PublicKey) -> str:
    """'ssh-ed25519 AAAA...' as in an authorized_keys or allowed_signers file."""
    return key.public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode("ascii")


def public_blob(key: Ed25519PublicKey) -> bytes:
    return base64.b64decode(openssh_public_line(key).split()[1])


def fingerprint(key: Ed25519PublicKey) -> str:
    """The SHA256 fingerprint exactly as `ssh-keygen -l` prints it."""
    digest = hashlib.sha256(public_blob(key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


class KeyFormatError(ValueError):
    """An OpenSSH public key that is not a well-formed ssh-ed25519 key."""


ED25519_KEY_TYPE = b"ssh-ed25519"


def public_key_from_blob(blob: bytes) -> Ed25519PublicKey:
    """The key in an OpenSSH wire blob: string "ssh-ed25519", string key (32 bytes), no more."""
    expected_prefix = len(ED25519_KEY_TYPE).to_bytes(4, "big") + ED25519_KEY_TYPE
    expected_length = len(expected_prefix) + 4 + 32
    if (
        len(blob) != expected_length
        or not blob.startswith(expected_prefix)
        or int.from_bytes(blob[len(expected_prefix):len(expected_prefix) + 4], "big") != 32
    ):
        raise KeyFormatError("The public key is not an ssh-ed25519 key blob.")
    return Ed25519PublicKey.from_public_bytes(blob[-32:])


def public_key_from_line(line: str) -> Ed25519PublicKey:
    """The key in an 'ssh-ed25519 AAAA... [comment]' line, as written by ssh-keygen."""
    fields = line.split(maxsplit=2)
    if len(fields) < 2 or fields[0] != ED25519_KEY_TYPE.decode("ascii"):
        raise KeyFormatError("The line does not hold an ssh-ed25519 public key.")
    try:
        blob = base64.b64decode(fields[1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyFormatError("The public key's base64 is malformed.") from exc
    return public_key_from_blob(blob)


def openssh_private_key_file(key: Ed25519PrivateKey) -> bytes:
    """An unencrypted OpenSSH private key file ('-----BEGIN OPENSSH PRIVATE KEY-----')."""
    return key.private_bytes(Encoding.PEM, PrivateFormat.OpenSSH, NoEncryption())
