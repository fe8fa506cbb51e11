"""Is a sealed-sources blob what `sealing.seal` writes: an age file with two X25519 stanzas?

Without the source key nobody can tell which X25519 key a stanza was made for, so this is
the part of "sealed to the office's source key" that can be checked anywhere: the blob is a
binary age file whose header is exactly two X25519 stanzas (the key twice, as bundles do)
and the MAC, followed by a nonce and at least one sealed chunk. Anything else (plain text,
JSON, an age file with one stanza, other stanza types or a passphrase stanza) is refused
before it is stored or travels. The header is matched as bytes with one expression: it runs
for every record an import reads, and the general age header parser costs 50 times more.
"""

from __future__ import annotations

import base64
import binascii
import re

from sync import age

# 32 bytes in unpadded base64: 42 characters, then one whose low two bits are zero.
_B64_32 = rb"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]"
_HEADER = re.compile(
    rb"age-encryption\.org/v1\n"
    rb"(?:-> X25519 " + _B64_32 + rb"\n" + _B64_32 + rb"\n){2}"
    rb"--- " + _B64_32 + rb"\n")


def is_sealed_blob(blob: str) -> bool:
    """True when blob (base64) is an age file shaped exactly as `sealing.seal` makes it."""
    try:
        data = base64.b64decode(blob, validate=True)
    except (binascii.Error, ValueError):
        return False
    header = _HEADER.match(data)
    # The nonce, then sealed chunks: at least one, each holding its tag.
    return header is not None and len(data) - header.end() > age.NONCE_SIZE + age.TAG_SIZE
