"""Is a sealed-sources blob what `sealing.seal` writes: an age file with two X25519 stanzas?

Without the source key nobody can tell which X25519 key a stanza was made for, so this is
the part of "sealed to the office's source key" that can be checked anywhere: the blob is a
well-formed binary age file, exactly two X25519 stanzas (the key twice, as bundles do), a
nonce and at least one sealed chunk. Anything else (plain text, JSON, an age file with other
stanza types or a passphrase stanza) is refused before it is stored or travels.
"""

from __future__ import annotations

import base64
import binascii
import io

from sync import age, age_bounds

STANZAS = 2
_SHARE_SIZE = 32
_X25519 = "X25519"


def _unpadded_b64(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if base64.b64encode(raw).decode("ascii").rstrip("=") == text else None


def is_sealed_blob(blob: str) -> bool:
    """True when blob (base64) is an age file shaped exactly as `sealing.seal` makes it."""
    try:
        data = base64.b64decode(blob, validate=True)
    except (binascii.Error, ValueError):
        return False
    source = io.BytesIO(data)
    try:
        header = age.read_header(age_bounds.bounded(source))
    except age.AgeError:
        return False
    if len(header.stanzas) != STANZAS:
        return False
    for stanza in header.stanzas:
        if stanza.type != _X25519 or len(stanza.args) != 1:
            return False
        share = _unpadded_b64(stanza.args[0])
        if share is None or len(share) != _SHARE_SIZE \
                or len(stanza.body) != age.FILE_KEY_SIZE + age.TAG_SIZE:
            return False
    # The nonce, then sealed chunks: at least one, each holding its tag.
    return len(data) - header.length >= age.NONCE_SIZE + age.TAG_SIZE + 1
