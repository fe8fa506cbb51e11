"""SSH signatures (sync.sshsig) against themselves and against stock ssh-keygen -Y."""

from __future__ import annotations

import base64
import io
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import sshsig
from sync.sshkeys import (
    openssh_private_key_file,
    openssh_public_line,
    public_blob,
    public_key_from_line,
)
from sync.sshsig import SignatureError

NAMESPACE = "fieldapp-sync@example.org"
PRINCIPAL = "observer@example.org"
MESSAGE = b"bundle 42: three records, one attachment\n"


def ssh_keygen() -> str:
    """The stock ssh-keygen; in CI its absence fails the test rather than skipping it."""
    path = shutil.which("ssh-keygen")
    if path is None:
        reason = "ssh-keygen is not installed; the OpenSSH interop tests cannot run"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, input=stdin, capture_output=True, timeout=120, check=False)


def write_key(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    path = tmp_path / "id_ed25519"
    path.write_bytes(openssh_private_key_file(key))
    path.chmod(0o600)
    return path


def keygen_sign(tmp_path: Path, key_file: Path, message: bytes, namespace: str,
                *options: str) -> bytes:
    extra = [arg for option in options for arg in ("-O", option)]
    result = run([ssh_keygen(), "-Y", "sign", "-f", str(key_file), "-n", namespace, *extra],
                 message)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


def keygen_verify(tmp_path: Path, signature: bytes, message_file: Path, namespace: str,
                  signers_line: str) -> subprocess.CompletedProcess[bytes]:
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(signers_line + "\n", encoding="ascii")
    sig_file = tmp_path / "message.sig"
    sig_file.write_bytes(signature)
    with message_file.open("rb") as stdin:
        return subprocess.run(
            [ssh_keygen(), "-Y", "verify", "-f", str(allowed), "-I", PRINCIPAL,
             "-n", namespace, "-s", str(sig_file)],
            stdin=stdin, capture_output=True, timeout=120, check=False,
        )


def message_file(tmp_path: Path, data: bytes = MESSAGE) -> Path:
    path = tmp_path / "message"
    path.write_bytes(data)
    return path


def decoded(signature: bytes) -> bytes:
    lines = signature.strip().splitlines()
    return base64.b64decode(b"".join(lines[1:-1]))


def armored(blob: bytes) -> bytes:
    text = base64.b64encode(blob)
    lines = [text[i:i + 70] for i in range(0, len(text), 70)]
    return b"\n".join([sshsig.BEGIN, *lines, sshsig.END]) + b"\n"


# -- our own signatures -------------------------------------------------------------------------


def test_sign_then_verify_returns_the_signing_key() -> None:
    key = Ed25519PrivateKey.generate()
    signature = sshsig.sign(key, MESSAGE, NAMESPACE)
    found = sshsig.verify(signature, MESSAGE, NAMESPACE)
    assert public_blob(found) == public_blob(key.public_key())


def test_armor_has_70_column_lines_and_a_final_newline() -> None:
    signature = sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, NAMESPACE)
    lines = signature.split(b"\n")
    assert lines[0] == b"-----BEGIN SSH SIGNATURE-----"
    assert lines[-2:] == [b"-----END SSH SIGNATURE-----", b""]
    body = lines[1:-2]
    assert all(len(line) == 70 for line in body[:-1])
    assert 0 < len(body[-1]) <= 70


def test_parse_exposes_the_fields_without_verifying() -> None:
    key = Ed25519PrivateKey.generate()
    parsed = sshsig.parse(sshsig.sign(key, MESSAGE, NAMESPACE, hash_algorithm="sha256"))
    assert public_blob(parsed.public_key) == public_blob(key.public_key())
    assert parsed.namespace == NAMESPACE
    assert parsed.hash_algorithm == "sha256"
    assert len(parsed.signature) == 64


def test_sha256_variant_round_trips() -> None:
    key = Ed25519PrivateKey.generate()
    signature = sshsig.sign(key, MESSAGE, NAMESPACE, hash_algorithm="sha256")
    assert public_blob(sshsig.verify(signature, MESSAGE, NAMESPACE)) == public_blob(
        key.public_key()
    )
    assert signature != sshsig.sign(key, MESSAGE, NAMESPACE)


def test_sign_refuses_unknown_hash_and_empty_namespace() -> None:
    key = Ed25519PrivateKey.generate()
    with pytest.raises(ValueError, match="hash algorithm"):
        sshsig.sign(key, MESSAGE, NAMESPACE, hash_algorithm="sha1")
    with pytest.raises(ValueError, match="namespace"):
        sshsig.sign(key, MESSAGE, "")


def test_wrong_namespace_is_rejected_with_both_names() -> None:
    signature = sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, "file")
    with pytest.raises(SignatureError, match="signed for namespace file, expected git"):
        sshsig.verify(signature, MESSAGE, "git")


def test_modified_message_is_rejected() -> None:
    signature = sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, NAMESPACE)
    with pytest.raises(SignatureError):
        sshsig.verify(signature, MESSAGE + b"x", NAMESPACE)
    with pytest.raises(SignatureError):
        sshsig.verify(signature, bytes([MESSAGE[0] ^ 1]) + MESSAGE[1:], NAMESPACE)


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_flipping_any_byte_of_the_blob_is_a_signature_error(mask: int) -> None:
    blob = decoded(sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, NAMESPACE))
    for i in range(len(blob)):
        tampered = bytearray(blob)
        tampered[i] ^= mask
        with pytest.raises(SignatureError):
            sshsig.verify(armored(bytes(tampered)), MESSAGE, NAMESPACE)


def test_every_truncation_of_the_armor_is_a_signature_error() -> None:
    signature = sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, NAMESPACE)
    # Cutting only the final newline leaves a complete signature.
    for end in range(len(signature) - 1):
        with pytest.raises(SignatureError):
            sshsig.verify(signature[:end], MESSAGE, NAMESPACE)
    assert sshsig.verify(signature[:-1], MESSAGE, NAMESPACE)


def test_every_truncation_of_the_blob_is_a_signature_error() -> None:
    blob = decoded(sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, NAMESPACE))
    for end in range(len(blob)):
        with pytest.raises(SignatureError):
            sshsig.parse(armored(blob[:end]))


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: s.replace(b"-----BEGIN SSH SIGNATURE-----", b"-----BEGIN SSH SIGNATUR-----"),
        lambda s: s.replace(b"-----END SSH SIGNATURE-----", b""),
        lambda s: s.replace(b"\n", b"\n!", 1),
        lambda s: s.replace(b"\n-----END", b"A\n-----END"),
        lambda s: s.replace(b"\n-----END", b"AAAA\n-----END"),
        lambda s: b"\xff\xfe" + s,
        lambda s: b"",
        lambda s: s.replace(b"SSH SIGNATURE", b"PGP SIGNATURE"),
    ],
    ids=["begin", "no-end", "bad-char", "extra-char", "extra-bytes", "binary", "empty", "pgp"],
)
def test_malformed_armor_is_a_signature_error(mangle: Callable[[bytes], bytes]) -> None:
    signature = sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, NAMESPACE)
    with pytest.raises(SignatureError):
        sshsig.verify(mangle(signature), MESSAGE, NAMESPACE)


def test_trailing_bytes_in_the_blob_are_rejected() -> None:
    blob = decoded(sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, NAMESPACE))
    with pytest.raises(SignatureError, match="trailing"):
        sshsig.verify(armored(blob + b"\0"), MESSAGE, NAMESPACE)


def test_a_signature_from_another_key_spliced_in_is_rejected() -> None:
    one, two = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    blob_one = decoded(sshsig.sign(one, MESSAGE, NAMESPACE))
    blob_two = decoded(sshsig.sign(two, MESSAGE, NAMESPACE))
    key_one, key_two = public_blob(one.public_key()), public_blob(two.public_key())
    with pytest.raises(SignatureError):
        sshsig.verify(armored(blob_two.replace(key_two, key_one)), MESSAGE, NAMESPACE)
    assert blob_one.replace(key_one, key_two) != blob_two


PATTERN = bytes(range(251))


class CountingStream(io.RawIOBase):
    """`size` deterministic bytes (offset i holds i % 251); records the largest read served."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.offset = 0
        self.largest_read = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and size > 0, "the whole stream was requested at once"
        size = min(size, self.size - self.offset)
        self.largest_read = max(self.largest_read, size)
        start = self.offset % len(PATTERN)
        out = (PATTERN * (size // len(PATTERN) + 2))[start:start + size]
        self.offset += size
        return out


def test_a_20_mib_stream_is_hashed_in_chunks() -> None:
    key = Ed25519PrivateKey.generate()
    size = 20 * 1024 * 1024
    stream = CountingStream(size)
    signature = sshsig.sign(key, stream, NAMESPACE)  # type: ignore[arg-type]
    assert stream.offset == size
    assert stream.largest_read < size // 16

    again = CountingStream(size)
    assert sshsig.verify(signature, again, NAMESPACE)  # type: ignore[arg-type]
    assert again.largest_read < size // 16

    wrong = CountingStream(size - 1)
    with pytest.raises(SignatureError):
        sshsig.verify(signature, wrong, NAMESPACE)  # type: ignore[arg-type]


def test_allowed_signers_line() -> None:
    key = Ed25519PrivateKey.generate().public_key()
    line = sshsig.allowed_signers_line(PRINCIPAL, key, ["git", NAMESPACE])
    assert line == f'{PRINCIPAL} namespaces="git,{NAMESPACE}" {openssh_public_line(key)}'
    for principal, namespaces in [("", ["git"]), ("a b", ["git"]), ("a", []),
                                  ("a", ["x,y"]), ("a", ['x"'])]:
        with pytest.raises(ValueError):
            sshsig.allowed_signers_line(principal, key, namespaces)


def test_public_key_from_line_round_trips() -> None:
    key = Ed25519PrivateKey.generate().public_key()
    line = openssh_public_line(key) + " a comment"
    assert public_blob(public_key_from_line(line)) == public_blob(key)
    with pytest.raises(ValueError):
        public_key_from_line("ssh-rsa AAAA")


# -- against stock ssh-keygen -------------------------------------------------------------------


@pytest.mark.interop
@pytest.mark.parametrize("hash_algorithm", ["sha512", "sha256"])
def test_ssh_keygen_verifies_our_signature(tmp_path: Path, hash_algorithm: str) -> None:
    key = Ed25519PrivateKey.generate()
    signature = sshsig.sign(key, MESSAGE, NAMESPACE, hash_algorithm=hash_algorithm)
    line = sshsig.allowed_signers_line(PRINCIPAL, key.public_key(), [NAMESPACE])
    result = keygen_verify(tmp_path, signature, message_file(tmp_path), NAMESPACE, line)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert b"Good" in result.stdout


@pytest.mark.interop
def test_ssh_keygen_rejects_our_signature_for_another_namespace_or_message(
    tmp_path: Path,
) -> None:
    # Guards the test above against passing vacuously.
    key = Ed25519PrivateKey.generate()
    signature = sshsig.sign(key, MESSAGE, NAMESPACE)
    line = sshsig.allowed_signers_line(PRINCIPAL, key.public_key(), [NAMESPACE, "other"])
    wrong_ns = keygen_verify(tmp_path, signature, message_file(tmp_path), "other", line)
    assert wrong_ns.returncode != 0
    wrong_msg = keygen_verify(tmp_path, signature, message_file(tmp_path, MESSAGE + b"!"),
                              NAMESPACE, line)
    assert wrong_msg.returncode != 0


@pytest.mark.interop
def test_ssh_keygen_check_novalidate_accepts_our_signature(tmp_path: Path) -> None:
    signature = sshsig.sign(Ed25519PrivateKey.generate(), MESSAGE, NAMESPACE)
    sig_file = tmp_path / "message.sig"
    sig_file.write_bytes(signature)
    result = run([ssh_keygen(), "-Y", "check-novalidate", "-n", NAMESPACE, "-s", str(sig_file)],
                 MESSAGE)
    assert result.returncode == 0, result.stderr.decode(errors="replace")


@pytest.mark.interop
def test_we_verify_a_signature_by_an_ssh_keygen_generated_key(tmp_path: Path) -> None:
    key_file = tmp_path / "generated"
    made = run([ssh_keygen(), "-q", "-t", "ed25519", "-N", "", "-C", "", "-f", str(key_file)])
    assert made.returncode == 0, made.stderr.decode(errors="replace")
    expected = public_key_from_line(key_file.with_suffix(".pub").read_text(encoding="ascii"))

    signature = keygen_sign(tmp_path, key_file, MESSAGE, NAMESPACE)
    found = sshsig.verify(signature, MESSAGE, NAMESPACE)
    assert public_blob(found) == public_blob(expected)
    with pytest.raises(SignatureError, match="expected other"):
        sshsig.verify(signature, MESSAGE, "other")
    with pytest.raises(SignatureError):
        sshsig.verify(signature, MESSAGE[:-1], NAMESPACE)


@pytest.mark.interop
@pytest.mark.parametrize("message", [MESSAGE, b"", bytes(range(256)) * 300])
def test_our_output_is_byte_identical_to_ssh_keygen(tmp_path: Path, message: bytes) -> None:
    key = Ed25519PrivateKey.generate()
    theirs = keygen_sign(tmp_path, write_key(tmp_path, key), message, NAMESPACE)
    assert sshsig.sign(key, message, NAMESPACE) == theirs
    assert sshsig.sign(key, io.BytesIO(message), NAMESPACE) == theirs
    assert public_blob(sshsig.verify(theirs, message, NAMESPACE)) == public_blob(
        key.public_key()
    )


@pytest.mark.interop
def test_sha256_output_is_byte_identical_to_ssh_keygen(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    key_file = write_key(tmp_path, key)
    probe = run([ssh_keygen(), "-Y", "sign", "-f", str(key_file), "-n", NAMESPACE,
                 "-O", "hashalg=sha256"], MESSAGE)
    if probe.returncode != 0:
        pytest.skip("this ssh-keygen has no -O hashalg=sha256: "
                    + probe.stderr.decode(errors="replace").strip())
    assert sshsig.sign(key, MESSAGE, NAMESPACE, hash_algorithm="sha256") == probe.stdout
    assert sshsig.parse(probe.stdout).hash_algorithm == "sha256"


@pytest.mark.interop
def test_a_20_mib_message_interoperates(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    data = os.urandom(20 * 1024 * 1024)
    path = message_file(tmp_path, data)
    with path.open("rb") as stream:
        ours = sshsig.sign(key, stream, NAMESPACE)
    line = sshsig.allowed_signers_line(PRINCIPAL, key.public_key(), [NAMESPACE])
    result = keygen_verify(tmp_path, ours, path, NAMESPACE, line)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    theirs = keygen_sign(tmp_path, write_key(tmp_path, key), data, NAMESPACE)
    assert theirs == ours
    with path.open("rb") as stream:
        assert sshsig.verify(theirs, stream, NAMESPACE)
