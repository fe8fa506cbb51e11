"""Is a downloaded fieldapp file genuine? Checked against the release's signed SHA256SUMS.

A release carries SHA256SUMS (one `sha256sum` line per file) and SHA256SUMS.sig, an SSH
signature (`ssh-keygen -Y sign -n fieldapp-release`) over it. A file is genuine when the
signature verifies over SUMS, its key is one this copy trusts (resources/release/
allowed_signers, or a file the user names), SUMS is well formed, lists the file's name and
the file's SHA-256 matches. Stock `ssh-keygen -Y verify` and `sha256sum -c` check the same.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.resources import resources_dir
from fieldapp.store.regular_files import open_regular, read_regular
from sync import sshsig
from sync.sshkeys import KeyFormatError, fingerprint, public_key_from_line

NAMESPACE = "fieldapp-release"
PRINCIPAL = "release@fieldapp"
# A release lists a handful of files; these bounds are far above any real one.
SUMS_LIMIT = 1 << 20
SUMS_MAX_LINES = 10_000
NAME_MAX_BYTES = 255
SIGNATURE_LIMIT = 16 * 1024
SIGNERS_LIMIT = 256 * 1024
CHUNK = 1 << 20

_SUMS_LINE = re.compile(r"([0-9a-fA-F]{64}) [ *](.+)")
# Windows treats ':' as a stream separator; the rest would make the name a path.
_NOT_IN_NAME = frozenset("/\\:")
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


@dataclass(frozen=True)
class Signer:
    principal: str
    key: Ed25519PublicKey

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)


@dataclass(frozen=True)
class Verdict:
    """A file found genuine: its name, its SHA-256 and who signed the list that holds it."""

    file: str
    sha256: str
    signer: str
    fingerprint: str

    def as_json(self) -> dict[str, object]:
        return {"file": self.file, "sha256": self.sha256, "genuine": True,
                "signer": self.signer, "fingerprint": self.fingerprint}


def builtin_signers_path() -> Path:
    return resources_dir() / "release" / "allowed_signers"


# -- trusted keys ---------------------------------------------------------------------------

def _fields(line: str, separator: str | None = None) -> list[str]:
    """A line split at blanks (or at `separator`) outside double quotes, as OpenSSH splits
    its options such as namespaces="a,b"."""
    fields: list[str] = []
    current = ""
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        if (char.isspace() if separator is None else char == separator) and not quoted:
            if current:
                fields.append(current)
            current = ""
        else:
            current += char
    if current:
        fields.append(current)
    return fields


def _names_release(principals: str) -> bool:
    """Whether an allowed_signers principals field (patterns, comma-separated, '!' to
    exclude) admits release@fieldapp, as `ssh-keygen -Y verify -I release@fieldapp` asks."""
    admitted = False
    for pattern in principals.split(","):
        negated = pattern.startswith("!")
        if fnmatchcase(PRINCIPAL, pattern[1:] if negated else pattern):
            if negated:
                return False
            admitted = True
    return admitted


def _options_allow(options: str) -> bool:
    """Only a namespaces= option that names fieldapp-release (or none) is understood; a line
    with other options (cert-authority, valid-after, ...) is not trusted here, rather than
    trusted more widely than the stock tool would."""
    for option in _fields(options, ","):
        name, _, value = option.partition("=")
        if name.lower() != "namespaces":
            return False
        if NAMESPACE not in value.strip('"').split(","):
            return False
    return True


def parse_signers(text: str, path: Path, given: bool) -> list[Signer]:
    """The Ed25519 keys trusted for releases in an allowed_signers file (or a plain .pub
    line). Lines for other principals, namespaces or key types are left out; a line that
    cannot be read at all is an error naming it."""

    def malformed(line: int) -> FieldappError:
        if given:
            return InvalidInput([Problem("signers", "release_signers_malformed",
                                         path=str(path), line=line)])
        return FieldappError("release_signers_malformed", path=str(path), line=line)

    signers: list[Signer] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = _fields(line)
        if fields[0].startswith(("ssh-", "ecdsa-", "sk-")):
            fields = [PRINCIPAL, *fields]  # a plain public key line: the user chose it
        if len(fields) < 3:
            raise malformed(number)
        principals, rest = fields[0], fields[1:]
        if not rest[0].startswith(("ssh-", "ecdsa-", "sk-")):
            if not _options_allow(rest[0]):
                continue
            rest = rest[1:]
        if len(rest) < 2:
            raise malformed(number)
        if rest[0] != "ssh-ed25519" or not _names_release(principals):
            continue
        try:
            key = public_key_from_line(" ".join(rest[:2]))
        except (KeyFormatError, ValueError):
            raise malformed(number) from None
        signers.append(Signer(PRINCIPAL, key))
    return signers


def _read_signers(path: Path, given: bool) -> list[Signer]:
    field = "signers"
    data = read_regular(path, SIGNERS_LIMIT, field)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput([Problem(field, "not_utf8", path=str(path))]) from None
    return parse_signers(text, path, given)


def trusted_signers(extra: Path | None = None) -> list[Signer]:
    """The keys this copy of fieldapp trusts for releases, plus those of `extra`."""
    signers: list[Signer] = []
    builtin = builtin_signers_path()
    if builtin.is_file():
        signers += _read_signers(builtin, given=False)
    if extra is not None:
        signers += _read_signers(extra, given=True)
    return signers


# -- SHA256SUMS -------------------------------------------------------------------------------

def _plain_name(name: str) -> bool:
    return (
        name not in (".", "..")
        and name == name.strip()
        and len(name.encode("utf-8")) <= NAME_MAX_BYTES
        and not any(c in _NOT_IN_NAME or unicodedata.category(c) in _CONTROL_CATEGORIES
                    for c in name)
    )


def parse_sums(data: bytes) -> dict[str, str]:
    """name -> lowercase SHA-256 hex of a SHA256SUMS file (`<hex>  <name>` or
    `<hex> *<name>` lines); anything else is refused with the line it is on."""
    if len(data) > SUMS_LIMIT:
        raise FieldappError("release_sums_too_large", limit_kib=SUMS_LIMIT // 1024)
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if len(lines) > SUMS_MAX_LINES:
        raise FieldappError("release_sums_too_many_lines", limit=SUMS_MAX_LINES)
    found: dict[str, str] = {}
    folded: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise FieldappError("release_sums_bad_line", line=number) from None
        match = _SUMS_LINE.fullmatch(line)
        if match is None:
            raise FieldappError("release_sums_bad_line", line=number)
        digest, name = match.group(1).lower(), match.group(2)
        if not _plain_name(name):
            raise FieldappError("release_sums_bad_name", line=number)
        # Two names one case-insensitive disk would store as one file are one name too.
        if name.casefold() in folded:
            raise FieldappError("release_sums_duplicate", line=number, name=name)
        folded.add(name.casefold())
        found[name] = digest
    if not found:
        raise FieldappError("release_sums_empty")
    return found


# -- the check ------------------------------------------------------------------------------

def _read_capped(path: Path, limit: int, field: str) -> bytes | None:
    """A regular file's bytes, or None when it is larger than `limit` (read no further)."""
    handle, size = open_regular(path, field)
    with handle:
        if size > limit:
            return None
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise InvalidInput([Problem(field, "cannot_read", path=str(path),
                                        detail=error.strerror or type(error).__name__)]) from None
    return data if len(data) <= limit else None


def _signer_of(signature: bytes | None, sums: bytes) -> Ed25519PublicKey:
    if signature is None:
        raise FieldappError("release_signature_malformed")
    try:
        parsed = sshsig.parse(signature)
    except sshsig.SignatureError:
        raise FieldappError("release_signature_malformed") from None
    if parsed.namespace != NAMESPACE:
        shown = parsed.namespace if parsed.namespace.isprintable() else repr(parsed.namespace)
        raise FieldappError("release_wrong_namespace", namespace=shown[:80])
    try:
        return sshsig.verify(signature, sums, NAMESPACE)
    except sshsig.SignatureError:
        raise FieldappError("release_signature_mismatch") from None


def verify_release(sums_path: Path, signature_path: Path, file_path: Path,
                   signers_path: Path | None = None) -> Verdict:
    """The verdict on file_path, or the first check it fails (FieldappError, exit 1);
    an input that cannot be read at all is InvalidInput (exit 2)."""
    signers = trusted_signers(signers_path)
    with open_regular(file_path, "file")[0] as artefact:
        signature = _read_capped(signature_path, SIGNATURE_LIMIT, "signature")
        sums = _read_capped(sums_path, SUMS_LIMIT, "sums")
        if sums is None:
            raise FieldappError("release_sums_too_large", limit_kib=SUMS_LIMIT // 1024)
        key = _signer_of(signature, sums)
        shown = fingerprint(key)
        signer = next((s for s in signers if s.fingerprint == shown), None)
        if signer is None:
            raise FieldappError("release_unknown_signer", fingerprint=shown)
        listed = parse_sums(sums)
        name = file_path.name
        expected = listed.get(name)
        if expected is None:
            raise FieldappError("release_not_listed", name=name)
        digest = hashlib.sha256()
        try:
            while chunk := artefact.read(CHUNK):
                digest.update(chunk)
        except OSError as error:
            raise InvalidInput([Problem("file", "cannot_read", path=str(file_path),
                                        detail=error.strerror or type(error).__name__)]) from None
    if digest.hexdigest() != expected:
        raise FieldappError("release_file_changed", name=name)
    return Verdict(name, expected, signer.principal, shown)
