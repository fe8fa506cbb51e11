"""OpenSSH public-key encoding and fingerprints for Ed25519 keys."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def openssh_public_line(key: Ed25519PublicKey) -> str:
    """'ssh-ed25519 AAAA...' as in an authorized_keys or allowed_signers file."""
    return key.public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode("ascii")


def public_blob(key: Ed25519PublicKey) -> bytes:
    return base64.b64decode(openssh_public_line(key).split()[1])


def fingerprint(key: Ed25519PublicKey) -> str:
    """The SHA256 fingerprint exactly as `ssh-keygen -l` prints it."""
    digest = hashlib.sha256(public_blob(key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")
