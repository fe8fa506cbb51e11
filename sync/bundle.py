"""The bundle container: an age file holding a signed, padded, two-member ustar archive.

    age v1 (X25519, always STANZAS stanzas)
      └─ ustar: payload.tar, payload.sig, end-of-archive, zero padding to a Padmé bucket
           payload.tar: manifest.json, records.jsonl, att/<sha256-hex>...
           payload.sig: SSHSIG (Ed25519) over payload.tar, namespace NAMESPACE

The signature is inside the encryption, so a seized bundle does not say who made it.
Reading is strict and streaming: the archive is parsed as it is decrypted, nothing is
written anywhere, and only the manifest and records.jsonl are held in memory.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync import age, age_bounds, sshsig, streams, ustar
from sync.limits import MAX_JSON_DEPTH, too_deep
from sync.padme import padded_length

NAMESPACE = "fieldapp-bundle@v1"
FORMAT = "fieldapp-bundle"
FORMAT_VERSION = 3  # 3: the manifest names its vocabulary version; 2: counts case lines
STANZAS = 2
PAYLOAD, SIGNATURE = "payload.tar", "payload.sig"
MANIFEST, RECORDS, ATTACHMENT_PREFIX = "manifest.json", "records.jsonl", "att/"

MAX_BUNDLE_BYTES = 4 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
MAX_RECORDS_BYTES = 256 * 1024**2
MAX_ATTACHMENT_BYTES = 256 * 1024**2
MAX_SIGNATURE_BYTES = 4096
MAX_ATTACHMENTS = 100_000
ATTACHMENT_CHUNK = 1024 * 1024  # attachments are read back in pieces of this size
# SSHSIG allows sha256 or sha512 (readers accept both); sha256 runs on the CPU's SHA
# instructions where it has them, the faster of the two over a large payload.
SIGNATURE_HASH = "sha256"
_ATTACHMENT_NAME = re.compile(r"^att/[0-9a-f]{64}$")


class BundleRejected(Exception):
    """One check failed: `check` names it, `code` (stable, snake_case) says what failed and
    `params` (plain values) its details; a `detail` param is the technical text of the format
    library below (age, ustar, SSHSIG, JSON). str() is a diagnostic: the faces word the code."""

    def __init__(self, check: str, code: str, /, **params: Any) -> None:
        super().__init__(check, code)
        self.check = check
        self.code = code
        self.params = params

    def __str__(self) -> str:
        shown = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        return f"{self.check}: {self.code}({shown})"


@dataclass(frozen=True)
class PayloadFile:
    """A member of payload.tar whose bytes are produced on demand, once, as it is written."""

    name: str
    size: int
    chunks: Callable[[], Iterator[bytes]]

    @classmethod
    def of_bytes(cls, name: str, data: bytes) -> PayloadFile:
        return cls(name, len(data), lambda: iter([data]))


def attachment_name(sha256_hex: str) -> str:
    return ATTACHMENT_PREFIX + sha256_hex


def _payload_chunks(files: Sequence[PayloadFile]) -> Iterator[bytes]:
    for item in files:
        yield ustar.header(item.name, item.size)
        written = 0
        for chunk in item.chunks():
            written += len(chunk)
            yield chunk
        if written != item.size:
            raise ValueError(f"{item.name} produced {written} bytes, announced {item.size}")
        yield b"\0" * (ustar.padded_size(item.size) - item.size)
    yield ustar.END_OF_ARCHIVE


def _plaintext(
    files: Sequence[PayloadFile], sign: Callable[[bytes], bytes],
) -> Iterator[bytes]:
    """The whole archive in one pass: payload.tar is hashed as it streams out, and
    the signature member after it is made from that hash, so no file is produced twice."""
    payload_size = ustar.archive_size([f.size for f in files])
    yield ustar.header(PAYLOAD, payload_size)
    digest = hashlib.new(SIGNATURE_HASH)
    for chunk in _payload_chunks(files):
        digest.update(chunk)
        yield chunk
    yield b"\0" * (ustar.padded_size(payload_size) - payload_size)
    signature = sign(digest.digest())
    yield ustar.header(SIGNATURE, len(signature))
    yield signature + b"\0" * (ustar.padded_size(len(signature)) - len(signature))
    yield ustar.END_OF_ARCHIVE
    archive = ustar.archive_size([payload_size, len(signature)])
    padding = padded_length(archive) - archive
    while padding:
        step = min(padding, 64 * 1024)
        yield b"\0" * step
        padding -= step


def write_bundle(
    sink: BinaryIO,
    manifest: dict[str, Any],
    records: bytes,
    attachments: Sequence[PayloadFile],
    signer: Ed25519PrivateKey,
    recipients: Sequence[age.X25519Recipient],
) -> int:
    """Sign and encrypt a bundle into sink, streaming; returns the bytes written."""
    if len(recipients) != STANZAS:
        raise ValueError(f"a bundle always has {STANZAS} recipients (repeat one if needed)")
    files = [
        PayloadFile.of_bytes(MANIFEST, canonical(manifest)),
        PayloadFile.of_bytes(RECORDS, records),
        *sorted(attachments, key=lambda f: f.name),
    ]
    def sign(digest: bytes) -> bytes:
        return sshsig.sign_digest(signer, digest, NAMESPACE, SIGNATURE_HASH)

    return age.encrypt(streams.reader(_plaintext(files, sign)), sink, recipients)


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def strict_json(data: bytes, what: str) -> Any:
    """Parse JSON refusing duplicate keys, non-finite numbers (two parsers can't disagree)
    and nesting deeper than MAX_JSON_DEPTH."""
    if too_deep(data):
        raise BundleRejected(_check_of(what), "json_too_deep", member=what, limit=MAX_JSON_DEPTH)
    try:
        return _strict_value(data)
    except (UnicodeError, ValueError) as error:
        raise BundleRejected(_check_of(what), "not_json", member=what,
                             detail=str(error)) from None


def _strict_value(data: bytes) -> Any:
    text = data.decode("utf-8")
    value = json.loads(text, parse_constant=_no_constants)
    # Canonical bytes (what fieldapp writes) re-encode to themselves only when no key was
    # dropped, so they need no per-object duplicate check. Anything else takes the careful
    # path.
    if canonical(value) != data:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    return value


def _check_of(what: str) -> str:
    return "manifest" if what == MANIFEST else "records"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


@dataclass(frozen=True)
class JsonLines:
    """A JSON-lines member parsed strictly: each line's bytes and value, and whether every
    line is exactly the canonical encoding of its value (what fieldapp writes)."""

    lines: list[bytes]
    values: list[Any]
    canonical: bool


def strict_json_lines(data: bytes, what: str) -> JsonLines:
    """Every line parsed as strict_json would. A file in canonical form is checked with one
    encoding of all its values by orjson, whose compact sorted output is the same as
    canonical()'s for the values JSON lines carry (a test compares them); a file that fails
    the check takes the careful path line by line. Each line is parsed on its own, and a JSON
    value followed by a comma is never the start of a longer one, so the joined encodings
    equal the joined lines only when each line equals its own encoding."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if any(map(too_deep, lines)):  # about 2 µs a line: most lines hold a dozen brackets
        number = next(n for n, line in enumerate(lines, start=1) if too_deep(line))
        raise BundleRejected(_check_of(what), "line_too_deep", member=what, line=number,
                             limit=MAX_JSON_DEPTH)
    try:
        values = [orjson.loads(line) for line in lines]
        if orjson.dumps(values, option=orjson.OPT_SORT_KEYS) == b"[" + b",".join(lines) + b"]":
            return JsonLines(lines, values, canonical=True)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        pass  # the careful path below names the line and the fault
    values = []
    for number, line in enumerate(lines, start=1):
        try:
            values.append(_strict_value(line))
        except (UnicodeError, ValueError) as error:
            raise BundleRejected(_check_of(what), "line_not_json", member=what, line=number,
                                 detail=str(error)) from None
    return JsonLines(lines, values, canonical=False)


# -- reading ---------------------------------------------------------------------------------


@dataclass
class VerifiedPayload:
    """What pass one learned: the signed payload's small members and every digest."""

    manifest: bytes
    records: bytes
    signer: Ed25519PublicKey
    digests: dict[str, bytes]
    attachments: dict[str, int] = field(default_factory=dict)  # sha256 hex -> size
    bad_attachments: list[str] = field(default_factory=list)  # names whose hash differs


class _HashingReader:
    """Reads one outer member's data, hashing every byte for the signature check."""

    def __init__(self, outer: ustar.StrictReader,
                 algorithms: Sequence[str] = sshsig.HASH_ALGORITHMS) -> None:
        self._outer = outer
        self.hashes = {name: hashlib.new(name) for name in algorithms}

    def read(self, size: int = -1) -> bytes:
        data = self._outer.read(size)
        for digest in self.hashes.values():
            digest.update(data)
        return data


def _open_plaintext(source: BinaryIO, identities: Sequence[age.X25519Identity]) -> BinaryIO:
    try:
        return streams.reader(age.decrypted_chunks(age_bounds.bounded(source), identities))
    except age_bounds.HeaderBoundsError as error:
        raise BundleRejected("decrypt", "age_header_too_large", detail=str(error)) from None
    except age.NoIdentityMatchError:
        raise BundleRejected("decrypt", "not_addressed") from None
    except age.AgeError as error:
        raise BundleRejected("decrypt", "cannot_decrypt", detail=str(error)) from None


def _guarded(check: str, action: Callable[[], Any]) -> Any:
    """Run a reading step, turning format errors into one rejection naming the check."""
    try:
        return action()
    except BundleRejected:
        raise
    except age.AgeError as error:
        raise BundleRejected("decrypt", "damaged", detail=str(error)) from None
    except ustar.ArchiveError as error:
        raise BundleRejected(check, "archive_malformed", detail=str(error)) from None


def check_size(size: int) -> None:
    if size > MAX_BUNDLE_BYTES:
        raise BundleRejected("size", "too_large", gib=MAX_BUNDLE_BYTES >> 30)
    if size == 0:
        raise BundleRejected("size", "empty")


def verify_payload(
    source: BinaryIO, identities: Sequence[age.X25519Identity]
) -> VerifiedPayload:
    """Pass one: decrypt, parse strictly, hash, and check the signature. Nothing is kept
    but the manifest, records.jsonl and the attachments' hashes."""
    plain = _open_plaintext(source, identities)
    return _guarded("archive", lambda: _verify(plain))


def _verify(plain: BinaryIO) -> VerifiedPayload:
    outer = ustar.StrictReader(plain)
    first = outer.next_member()
    if first is None or first.name != PAYLOAD:
        raise BundleRejected("archive", "payload_not_first", member=PAYLOAD)
    hashing = _HashingReader(outer)
    inner = ustar.StrictReader(hashing)  # type: ignore[arg-type]
    manifest, records, sizes, bad = _read_payload(inner)
    if ustar.archive_size(list(sizes.values())) != first.size:
        raise BundleRejected("archive", "payload_size", member=PAYLOAD)
    second = outer.next_member()
    if second is None or second.name != SIGNATURE:
        raise BundleRejected("archive", "signature_not_second", member=SIGNATURE)
    if second.size > MAX_SIGNATURE_BYTES:
        raise BundleRejected("size", "signature_too_large", member=SIGNATURE)
    signature = outer.read()
    if outer.next_member() is not None:
        raise BundleRejected("archive", "extra_members")
    _check_padding(plain, ustar.archive_size([first.size, second.size]))
    digests = {name: h.digest() for name, h in hashing.hashes.items()}
    try:
        signer = sshsig.verify_digest(signature, digests, NAMESPACE)
    except sshsig.SignatureError as error:
        raise BundleRejected("signature", "bad_signature", detail=str(error)) from None
    # Only the signed digest is kept: pass two hashes the payload with that one alone.
    algorithm = sshsig.parse(signature).hash_algorithm
    digests = {algorithm: digests[algorithm]}
    attachments = {name.removeprefix(ATTACHMENT_PREFIX): size for name, size in sizes.items()
                   if name.startswith(ATTACHMENT_PREFIX)}
    return VerifiedPayload(manifest, records, signer, digests, attachments, bad)


def _read_payload(
    inner: ustar.StrictReader,
) -> tuple[bytes, bytes, dict[str, int], list[str]]:
    sizes: dict[str, int] = {}
    bad: list[str] = []
    member = inner.next_member()
    if member is None or member.name != MANIFEST or member.size > MAX_MANIFEST_BYTES:
        raise BundleRejected("archive", "manifest_not_first", payload=PAYLOAD, member=MANIFEST)
    sizes[member.name] = member.size
    manifest = inner.read()
    member = inner.next_member()
    if member is None or member.name != RECORDS:
        raise BundleRejected("archive", "records_not_second", member=MANIFEST, next=RECORDS)
    if member.size > MAX_RECORDS_BYTES:
        raise BundleRejected("size", "records_too_large", member=RECORDS)
    sizes[member.name] = member.size
    records = inner.read()
    previous = ""
    while (member := inner.next_member()) is not None:
        if not _ATTACHMENT_NAME.match(member.name):
            raise BundleRejected("archive", "unexpected_member", name=member.name[:80])
        if member.name <= previous:
            raise BundleRejected("archive", "attachments_out_of_order")
        if member.size > MAX_ATTACHMENT_BYTES or len(sizes) > MAX_ATTACHMENTS:
            raise BundleRejected("size", "attachment_limit")
        previous = member.name
        sizes[member.name] = member.size
        digest = hashlib.sha256()
        for chunk in inner.chunks():
            digest.update(chunk)
        if digest.hexdigest() != member.name.removeprefix(ATTACHMENT_PREFIX):
            bad.append(member.name)
    return manifest, records, sizes, bad


def _check_padding(plain: BinaryIO, archive_length: int) -> None:
    expected = padded_length(archive_length) - archive_length
    seen = 0
    while chunk := plain.read(64 * 1024):
        if chunk.strip(b"\0"):
            raise BundleRejected("archive", "data_after_archive")
        seen += len(chunk)
        if seen > expected:
            raise BundleRejected("archive", "padding_too_long")
    if seen != expected:
        raise BundleRejected("archive", "padding_too_short")


def read_attachments(
    source: BinaryIO, identities: Sequence[age.X25519Identity], expected: VerifiedPayload
) -> Iterator[tuple[str, Iterator[bytes]]]:
    """Pass two: (sha256 hex, its bytes in chunks) for each attachment, one at a time; the
    chunks must be taken before the next attachment (those not taken are skipped). The
    payload is hashed again, with the signature's algorithm, and must be the one pass one
    verified (whose every attachment matched its name): BundleRejected is raised before the
    iterator ends otherwise, so callers, who commit only after it ends, never keep a byte
    that was not signed."""
    plain = _open_plaintext(source, identities)
    outer = ustar.StrictReader(plain)
    _guarded("archive", outer.next_member)
    hashing = _HashingReader(outer, list(expected.digests))
    inner = ustar.StrictReader(hashing)  # type: ignore[arg-type]
    _guarded("archive", inner.next_member)
    _guarded("archive", inner.read)
    _guarded("archive", inner.next_member)
    _guarded("archive", inner.read)
    while (member := _guarded("archive", inner.next_member)) is not None:
        name = member.name.removeprefix(ATTACHMENT_PREFIX)
        yield name, _member_chunks(inner)
    _guarded("archive", outer.read)  # rest of payload.tar, if any
    if {k: h.digest() for k, h in hashing.hashes.items()} != expected.digests:
        raise BundleRejected("signature", "bundle_changed")


def _member_chunks(inner: ustar.StrictReader) -> Iterator[bytes]:
    # Not hashed again here: the payload's digest, checked when the iterator ends, covers it.
    chunks = inner.chunks(ATTACHMENT_CHUNK)
    while (chunk := _guarded("archive", lambda: next(chunks, None))) is not None:
        yield chunk


@dataclass(frozen=True)
class OuterInfo:
    """What anyone can see without keys."""

    size: int
    stanza_types: tuple[str, ...]
    format: str = "age-encryption.org/v1"


def inspect_outer(source: BinaryIO, size: int) -> OuterInfo:
    try:
        header = age.read_header(age_bounds.bounded(source))
    except age_bounds.HeaderBoundsError as error:
        raise BundleRejected("decrypt", "age_header_too_large", detail=str(error)) from None
    except age.AgeError as error:
        raise BundleRejected("decrypt", "not_age_file", detail=str(error)) from None
    return OuterInfo(size, tuple(s.type for s in header.stanzas))
