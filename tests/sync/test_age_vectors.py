"""The C2SP CCTV age conformance vectors (tests/vectors/cctv-age) run against sync.age.

Every vector is exercised. Those needing a feature sync.age leaves out on purpose
(ASCII armor, passphrases, post-quantum identities) are named below by reason and
must still fail cleanly; all others must behave exactly as the vector says.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sync import age

VECTOR_DIR = Path(__file__).resolve().parent.parent / "vectors" / "cctv-age"
NOT_VECTORS = {"README.upstream.md", "SOURCE.md"}
X25519_PREFIX = "AGE-SECRET-KEY-1"

EXPECTED_ERROR: dict[str, type[age.AgeError]] = {
    "header failure": age.HeaderError,
    "payload failure": age.PayloadError,
    "no match": age.NoIdentityMatchError,
    "HMAC failure": age.HeaderMacError,
}

# Deliberately unsupported, by reason. A new vector needing one of these features,
# or one of these vectors becoming decryptable, makes the inventory test fail.
UNSUPPORTED: dict[str, set[str]] = {
    "armor (ASCII armor is not implemented)": {
        "armor_crlf", "armor_empty", "armor_empty_last_line", "armor_empty_line_begin",
        "armor_empty_line_end", "armor_eol_between_padding", "armor_full_last_line",
        "armor_garbage_encoded", "armor_garbage_leading", "armor_garbage_trailing",
        "armor_header_crlf", "armor_headers", "armor_hybrid",
        "armor_invalid_character_header", "armor_invalid_character_payload",
        "armor_long_line", "armor_lowercase", "armor_no_end_line", "armor_no_eol",
        "armor_no_match", "armor_no_padding", "armor_not_canonical", "armor_pgp_checksum",
        "armor_scrypt", "armor_short_line", "armor_whitespace_begin", "armor_whitespace_end",
        "armor_whitespace_eol", "armor_whitespace_last_line", "armor_whitespace_line_start",
        "armor_whitespace_outside", "armor_wrong_type", "armor_x25519",
    },
    "scrypt (passphrase identities are not implemented)": {
        "scrypt", "scrypt_and_x25519", "scrypt_bad_tag", "scrypt_double",
        "scrypt_extra_argument", "scrypt_long_file_key", "scrypt_no_match",
        "scrypt_not_canonical_body", "scrypt_not_canonical_salt", "scrypt_salt_long",
        "scrypt_salt_missing", "scrypt_salt_short", "scrypt_uppercase",
        "scrypt_work_factor_23", "scrypt_work_factor_hex",
        "scrypt_work_factor_leading_garbage", "scrypt_work_factor_leading_plus",
        "scrypt_work_factor_leading_zero_decimal", "scrypt_work_factor_leading_zero_octal",
        "scrypt_work_factor_missing", "scrypt_work_factor_negative",
        "scrypt_work_factor_overflow", "scrypt_work_factor_trailing_garbage",
        "scrypt_work_factor_wrong", "scrypt_work_factor_zero",
    },
    "post-quantum (mlkem768x25519 identities are not implemented)": {
        "hybrid", "hybrid_and_x25519", "hybrid_bad_tag", "hybrid_currupted_enc_mlkem",
        "hybrid_currupted_enc_x25519", "hybrid_extra_argument", "hybrid_grease",
        "hybrid_identity", "hybrid_long_file_key", "hybrid_long_share", "hybrid_low_order",
        "hybrid_multiple_recipients", "hybrid_no_match", "hybrid_not_canonical_body",
        "hybrid_not_canonical_enc", "hybrid_short_share", "hybrid_uppercase",
    },
}
SUPPORTED_COUNT = 68


@dataclass
class Vector:
    name: str
    expect: str
    payload: str | None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    file: bytes = b""

    def x25519_identities(self) -> list[age.X25519Identity]:
        return [
            age.X25519Identity.from_string(text)
            for text in self.identities
            if text.startswith(X25519_PREFIX)
        ]


def load(path: Path) -> Vector:
    """A vector file: "key: value" lines, a blank line, then the (maybe zlib'd) age file."""
    raw = path.read_bytes()
    header, separator, file = raw.partition(b"\n\n")
    assert separator, f"{path.name} has no blank line after its header"
    vector = Vector(name=path.name, expect="", payload=None)
    compressed = False
    for line in header.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload = value
        elif key == "identity":
            vector.identities.append(value)
        elif key == "passphrase":
            vector.passphrases.append(value)
        elif key == "armored":
            vector.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib", f"{path.name}: unknown compression {value}"
            compressed = True
    vector.file = zlib.decompress(file) if compressed else file
    return vector


VECTORS = {
    path.name: load(path)
    for path in sorted(VECTOR_DIR.iterdir())
    if path.name not in NOT_VECTORS
}


def unsupported_reason(vector: Vector) -> str | None:
    """Why sync.age cannot give this vector's expected result, judged by its features."""
    reasons = list(UNSUPPORTED)
    if vector.armored:
        return reasons[0]
    if vector.passphrases:
        return reasons[1]
    # Vectors that also hold an X25519 identity are run with that identity alone.
    if vector.identities and not vector.x25519_identities():
        return reasons[2]
    return None


SUPPORTED = sorted(name for name, vector in VECTORS.items() if not unsupported_reason(vector))
DELIBERATELY_UNSUPPORTED = sorted(set(VECTORS) - set(SUPPORTED))


def decrypt(vector: Vector) -> tuple[bytes, age.AgeError | None]:
    """What decryption released to the sink, and the error it raised if any."""
    sink = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(vector.file), sink, vector.x25519_identities())
    except age.AgeError as error:
        return sink.getvalue(), error
    return sink.getvalue(), None


def test_the_vectors_are_all_there() -> None:
    assert len(VECTORS) == 143
    assert all(vector.expect for vector in VECTORS.values())


def test_deliberately_unsupported_vectors_are_named_by_reason() -> None:
    by_feature: dict[str, set[str]] = {reason: set() for reason in UNSUPPORTED}
    for name, vector in VECTORS.items():
        reason = unsupported_reason(vector)
        if reason is not None:
            by_feature[reason].add(name)
    assert by_feature == UNSUPPORTED
    assert {reason: len(names) for reason, names in by_feature.items()} == {
        "armor (ASCII armor is not implemented)": 33,
        "scrypt (passphrase identities are not implemented)": 25,
        "post-quantum (mlkem768x25519 identities are not implemented)": 17,
    }
    assert len(SUPPORTED) == SUPPORTED_COUNT


@pytest.mark.parametrize("name", SUPPORTED)
def test_vector(name: str) -> None:
    vector = VECTORS[name]
    released, error = decrypt(vector)
    if vector.expect == "success":
        assert error is None, f"{name}: {error!r}"
    else:
        assert isinstance(error, EXPECTED_ERROR[vector.expect]), f"{name}: {error!r}"
        assert str(error)
    # Like upstream, also check what was released before a failure (callers discard it).
    if vector.payload is not None:
        assert hashlib.sha256(released).hexdigest() == vector.payload


@pytest.mark.parametrize("name", DELIBERATELY_UNSUPPORTED)
def test_unsupported_vector_fails_cleanly(name: str) -> None:
    """Never a crash and never a plaintext; a valid file gets UnsupportedError."""
    vector = VECTORS[name]
    released, error = decrypt(vector)
    assert isinstance(error, age.AgeError), name
    assert released == b""
    if vector.expect == "success":
        assert isinstance(error, age.UnsupportedError), f"{name}: {error!r}"


@pytest.mark.parametrize(
    "name",
    [name for name in SUPPORTED if VECTORS[name].expect != "header failure"],
)
def test_parsed_header_re_encodes_to_the_same_bytes(name: str) -> None:
    """Strict parsing means the MAC can be checked over a re-encoding of the parsed header."""
    file = VECTORS[name].file
    header = age.read_header(io.BytesIO(file))
    mac_line = b" " + base64.b64encode(header.mac).rstrip(b"=") + b"\n"
    assert age._header_up_to_mac(header.stanzas) + mac_line == file[:header.length]


def test_read_header_lists_stanzas_without_a_key() -> None:
    header = age.read_header(io.BytesIO(VECTORS["x25519_grease"].file))
    assert [stanza.type for stanza in header.stanzas] == ["grease", "X25519", "grease"]
    assert len(header.stanzas[1].args) == 1
    assert len(header.stanzas[1].body) == 32
    assert len(header.mac) == 32
