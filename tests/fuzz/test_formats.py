"""Fuzzing the byte formats that arrive from outside: the age header and payload, the
ustar reader, SSH signatures and public keys, age recipients, identity cards and the vault
key file. Each parser may refuse an input only with its documented error; anything else
(IndexError, struct.error, UnicodeError, RecursionError...) is a crash and fails here."""

from __future__ import annotations

import hashlib
import io
import os
from contextlib import suppress

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import example, given
from hypothesis import strategies as st

from fieldapp.errors import KeyFileDamaged, WeakKdfParameters
from fieldapp.store import keyfile
from sync import age, sshkeys, sshsig, ustar
from sync.age_errors import AgeError
from sync.card import CardError, IdentityCard, parse_card
from sync.sshkeys import KeyFormatError, openssh_public_line
from sync.sshsig import SignatureError
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import bytes_like, mutated, text_like

IDENTITY = age.X25519Identity.generate()
OTHER = age.X25519Identity.generate()
SIGNER = Ed25519PrivateKey.generate()
NAMESPACE = "fieldapp-bundle@v1"
MESSAGE = b"the signed payload"

AGE_FILE = age.encrypt_bytes(os.urandom(700) + b"\0" * 70_000, [IDENTITY.recipient(),
                                                                 OTHER.recipient()])
AGE_HEADER = AGE_FILE[:age.read_header(io.BytesIO(AGE_FILE)).length]
SIGNATURE = sshsig.sign(SIGNER, MESSAGE, NAMESPACE)
KEY_LINE = openssh_public_line(SIGNER.public_key())
RECIPIENT = IDENTITY.recipient().to_string()


def tar_sample() -> bytes:
    sink = io.BytesIO()
    ustar.write_bytes_member(sink, "manifest.json", b'{"a":1}')
    ustar.write_bytes_member(sink, "att/" + "0" * 64, os.urandom(700))
    sink.write(ustar.END_OF_ARCHIVE)
    return sink.getvalue()


TAR = tar_sample()


def rechecksummed(data: bytes) -> bytes:
    """Each whole 512-byte block with a ustar magic gets a correct checksum again, so a
    mutation reaches the fields after the checksum test."""
    blocks = bytearray(data)
    for start in range(0, len(blocks) - ustar.BLOCK + 1, ustar.BLOCK):
        block = blocks[start:start + ustar.BLOCK]
        if block[257:263] == b"ustar\0":
            block[148:156] = b" " * 8
            block[148:156] = f"{sum(block):06o}".encode() + b"\0 "
            blocks[start:start + ustar.BLOCK] = block
    return bytes(blocks)


# -- age -------------------------------------------------------------------------------------


@FUZZ
@given(bytes_like(AGE_HEADER + b"\0" * 40))
@example(b"age-encryption.org/v1\n-> X25519 " + b"A" * 43 + b"\n\n--- " + b"A" * 43 + b"\n")
@example(b"age-encryption.org/v1\n" + b"-> a\n" * 5000 + b"--- " + b"A" * 43 + b"\n")
def test_age_header(data: bytes) -> None:
    with suppress(AgeError):
        age.read_header(io.BytesIO(data))


@FUZZ
@given(st.one_of(mutated(AGE_FILE[:len(AGE_HEADER) + 200]), bytes_like(AGE_FILE)))
def test_age_decrypt(data: bytes) -> None:
    with suppress(AgeError):
        age.decrypt_bytes(data, [IDENTITY])


@FUZZ
@given(text_like(RECIPIENT))
@example("age1" + "q" * 200)
@example("AGE1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSHQTQFP")
def test_age_recipient(text: str) -> None:
    with suppress(ValueError):
        age.X25519Recipient.from_string(text)


# -- ustar -----------------------------------------------------------------------------------


def read_all(data: bytes) -> None:
    reader = ustar.StrictReader(io.BytesIO(data))
    while reader.next_member() is not None:
        for _ in reader.chunks(4096):
            pass


@FUZZ
@given(st.one_of(bytes_like(TAR), mutated(TAR).map(rechecksummed)))
def test_ustar(data: bytes) -> None:
    with suppress(ustar.ArchiveError):
        read_all(data)


# -- SSH signatures and keys -----------------------------------------------------------------


@FUZZ
@given(bytes_like(SIGNATURE))
@example(b"-----BEGIN SSH SIGNATURE-----\n/////w==\n-----END SSH SIGNATURE-----\n")
def test_ssh_signature(data: bytes) -> None:
    with suppress(SignatureError):
        sshsig.verify(data, MESSAGE, NAMESPACE)


@FUZZ
@given(text_like(KEY_LINE))
def test_ssh_public_key_line(text: str) -> None:
    with suppress(KeyFormatError):
        sshkeys.public_key_from_line(text)


# -- identity cards --------------------------------------------------------------------------


def card_sample() -> bytes:
    card = IdentityCard("Aktobe observer", "observer", SIGNER.public_key(),
                        IDENTITY.recipient(), OTHER.recipient(), b"").signed(SIGNER)
    return card.to_text().encode("utf-8")


CARD = card_sample()


@st.composite
def card_lines(draw: st.DrawFn) -> bytes:
    """A card with whole lines dropped, repeated, swapped or given another line's value."""
    lines = CARD.decode().split("\n")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        other = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["drop", "repeat", "swap", "value"]))
        if kind == "drop":
            del lines[at]
        elif kind == "repeat":
            lines.insert(at, lines[other])
        elif kind == "swap":
            lines[at], lines[other] = lines[other], lines[at]
        else:
            key = lines[at].partition(": ")[0]
            lines[at] = f"{key}: {lines[other].partition(': ')[2]}"
        if not lines:
            break
    return "\n".join(lines).encode()


@FUZZ
@given(st.one_of(bytes_like(CARD), card_lines()))
def test_identity_card(data: bytes) -> None:
    assert parse_card(CARD).fingerprint  # the sample itself is valid
    with suppress(CardError):
        parse_card(data)


# -- the vault key file ----------------------------------------------------------------------


def key_file_sample(magic: bytes) -> bytes:
    """A valid key file's layout without running the KDF (the box is random: read_params,
    which is what reads the file before any passphrase is tried, never opens it)."""
    header = keyfile._HEADER.pack(magic, keyfile.FORMAT_VERSION, 65536, 3, 4,
                                  os.urandom(16), os.urandom(12))
    body = header + os.urandom(keyfile.BOX_LEN)
    return body + hashlib.sha256(body).digest()


def checksummed(data: bytes) -> bytes:
    body = data[:-keyfile.CHECKSUM_LEN]
    return body + hashlib.sha256(body).digest() if len(data) > keyfile.CHECKSUM_LEN else data


@FUZZ
@given(st.sampled_from([keyfile.MAGIC, keyfile.SOURCE_KEY_MAGIC]).flatmap(
    lambda magic: st.tuples(st.just(magic), st.one_of(
        bytes_like(key_file_sample(magic)),
        mutated(key_file_sample(magic)).map(checksummed)))))
def test_key_file(case: tuple[bytes, bytes]) -> None:
    magic, data = case
    with suppress(KeyFileDamaged, WeakKdfParameters):
        keyfile.read_params(data, magic)
