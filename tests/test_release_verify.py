"""A release an observer can verify: packaging/sign.sh signs dist/SHA256SUMS, and both
`fieldapp verify-release` and the stock tools (ssh-keygen -Y verify, sha256sum -c) check it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldapp.errors import FieldappError
from fieldapp.services import release
from tests.support import run_cli

ROOT = Path(__file__).resolve().parent.parent
SIGN = ROOT / "packaging" / "sign.sh"
FILES = {"fieldapp-1.0-setup.exe": b"MZ installer " * 5000,
         "fieldapp-1.0.AppImage": b"\x7fELF" * 999}


def stock(name: str) -> str:
    """A stock tool; in CI its absence fails the test rather than skipping it."""
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed; the interop tests cannot run"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def run(args: list[str | Path], stdin: bytes = b"",
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(a) for a in args], input=stdin, capture_output=True, timeout=120,
                          check=False, env=env)


def make_key(folder: Path, name: str) -> Path:
    key = folder / name
    done = run([stock("ssh-keygen"), "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key])
    assert done.returncode == 0, done.stderr
    return key


def sums_text(files: dict[str, bytes]) -> bytes:
    """SHA256SUMS as `sha256sum` writes it."""
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n"
                   for name, data in files.items()).encode()


def keygen_sign(key: Path, message: bytes, namespace: str = release.NAMESPACE) -> bytes:
    done = run([stock("ssh-keygen"), "-Y", "sign", "-f", key, "-n", namespace], message)
    assert done.returncode == 0, done.stderr
    return done.stdout


@dataclass
class Release:
    dist: Path
    key: Path
    signers: Path  # allowed_signers naming the key as release@fieldapp

    @property
    def sums(self) -> Path:
        return self.dist / "SHA256SUMS"

    @property
    def sig(self) -> Path:
        return self.dist / "SHA256SUMS.sig"

    def artefact(self, name: str = "fieldapp-1.0-setup.exe") -> Path:
        return self.dist / name

    def verify(self, *extra: str | Path, artefact: Path | None = None,
               signers: bool = True) -> subprocess.CompletedProcess[str]:
        trust = ("--signers", self.signers) if signers else ()
        return run_cli("verify-release", self.sums, self.sig, artefact or self.artefact(),
                       *trust, *extra, passphrase=None)

    def resign(self, sums: bytes) -> None:
        """New sums, signed by the release key, as a careless or hostile build would."""
        self.sums.write_bytes(sums)
        self.sig.write_bytes(keygen_sign(self.key, sums))


@pytest.fixture
def signed(tmp_path: Path) -> Release:
    dist = tmp_path / "dist"
    dist.mkdir()
    for name, data in FILES.items():
        (dist / name).write_bytes(data)
    (dist / "SHA256SUMS").write_bytes(sums_text(FILES))
    key = make_key(tmp_path, "release_key")
    public = (tmp_path / "release_key.pub").read_text().split()
    signers = tmp_path / "allowed_signers"
    signers.write_text(f'release@fieldapp namespaces="fieldapp-release" {public[0]} {public[1]}\n')
    done = run([SIGN, key, dist])
    assert done.returncode == 0, done.stderr
    return Release(dist, key, signers)


def fingerprint_of(key: Path) -> str:
    done = run([stock("ssh-keygen"), "-l", "-f", f"{key}.pub"])
    return done.stdout.decode().split()[1]


@pytest.mark.interop
def test_sign_sh_signs_and_fieldapp_and_stock_tools_accept_the_release(
        signed: Release) -> None:
    fp = fingerprint_of(signed.key)
    for name in FILES:
        done = signed.verify(artefact=signed.artefact(name))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == (f"{name}: genuine: listed in the signed checksums,"
                                       f" signed by release@fieldapp ({fp})")
    as_json = signed.verify("--json")
    assert as_json.returncode == 0
    assert '"genuine": true' in as_json.stdout and fp in as_json.stdout
    # A plain .pub line is a trust file too.
    by_pub = run_cli("verify-release", signed.sums, signed.sig, signed.artefact(),
                     "--signers", f"{signed.key}.pub", passphrase=None)
    assert by_pub.returncode == 0, by_pub.stderr
    # The stock tools, exactly as packaging/README.md tells observers to run them.
    stock_check = run([stock("ssh-keygen"), "-Y", "verify", "-f", signed.signers, "-I",
                       "release@fieldapp", "-n", "fieldapp-release", "-s", signed.sig],
                      signed.sums.read_bytes())
    assert stock_check.returncode == 0, stock_check.stderr
    assert b"Good" in stock_check.stdout
    sums_check = subprocess.run([stock("sha256sum"), "-c", "SHA256SUMS"], cwd=signed.dist,
                                capture_output=True, check=False)
    assert sums_check.returncode == 0


@pytest.mark.interop
def test_sign_sh_names_the_key_and_warns_that_this_tree_does_not_trust_it(
        tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "SHA256SUMS").write_bytes(sums_text(FILES))
    (dist / "SHA256SUMS.sig").write_text("an old signature")
    key = make_key(tmp_path, "k")
    done = run([SIGN, key], env=dict(os.environ, FIELDAPP_DIST=str(dist)))
    assert done.returncode == 0, done.stderr
    assert fingerprint_of(key) in done.stdout.decode()
    warning = done.stderr.decode()
    assert "will not trust" in warning
    assert "release@fieldapp namespaces=\"fieldapp-release\" ssh-ed25519 " in warning
    assert (dist / "SHA256SUMS.sig").read_bytes().startswith(b"-----BEGIN SSH SIGNATURE")


@pytest.mark.interop
def test_sign_sh_refuses_without_sums_or_key(tmp_path: Path) -> None:
    key = make_key(tmp_path, "k")
    no_sums = run([SIGN, key, tmp_path / "empty"])
    assert no_sums.returncode == 2
    assert b"does not exist" in no_sums.stderr
    assert run([SIGN]).returncode == 2
    assert run([SIGN, tmp_path / "no-key", tmp_path]).returncode == 2


@pytest.mark.interop
def test_sign_sh_signs_with_a_key_held_by_ssh_agent(tmp_path: Path) -> None:
    """The release key can stay in the agent, encrypted on disk: sign.sh is given its .pub."""
    stock("ssh-agent")
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "SHA256SUMS").write_bytes(sums_text(FILES))
    key = tmp_path / "locked"
    made = run([stock("ssh-keygen"), "-q", "-t", "ed25519", "-N", "a passphrase", "-f", key])
    assert made.returncode == 0
    socket = tmp_path / "agent.sock"
    # The agent binds its socket before it forks, so it is there once this returns.
    started = run([stock("ssh-agent"), "-s", "-a", socket])
    assert started.returncode == 0, started.stderr
    agent_pid = int(started.stdout.decode().split("SSH_AGENT_PID=")[1].split(";")[0])
    try:
        askpass = tmp_path / "askpass"
        askpass.write_text("#!/bin/sh\necho 'a passphrase'\n")
        askpass.chmod(0o700)
        env = dict(os.environ, SSH_AUTH_SOCK=str(socket), SSH_ASKPASS=str(askpass),
                   SSH_ASKPASS_REQUIRE="force", DISPLAY=":0")
        added = run([stock("ssh-add"), key], env=env)
        assert added.returncode == 0, added.stderr
        done = run([SIGN, f"{key}.pub", dist], env=env)
        assert done.returncode == 0, done.stderr
    finally:
        os.kill(agent_pid, signal.SIGTERM)
    public = (tmp_path / "locked.pub").read_text()
    check = run_cli("verify-release", dist / "SHA256SUMS", dist / "SHA256SUMS.sig",
                    dist / "SHA256SUMS", "--signers", tmp_path / "locked.pub", passphrase=None)
    # SHA256SUMS is not listed in itself: the signature and the key were accepted first.
    assert check.returncode == 1 and "is not in the list of checksums" in check.stderr, public


@pytest.mark.interop
def test_a_byte_flipped_in_an_artefact_is_caught(signed: Release) -> None:
    artefact = signed.artefact()
    data = bytearray(artefact.read_bytes())
    data[len(data) // 2] ^= 0x01
    artefact.write_bytes(bytes(data))
    done = signed.verify()
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "fieldapp: do not install this file: 'fieldapp-1.0-setup.exe' is not the file that"
        " was released (its SHA-256 differs from the signed list); it was damaged or changed")
    stock_sums = subprocess.run([stock("sha256sum"), "-c", "SHA256SUMS"], cwd=signed.dist,
                                capture_output=True, check=False)
    assert stock_sums.returncode != 0
    # A script asking for JSON gets the verdict "not genuine" and why, not silence.
    as_json = signed.verify("--json")
    assert as_json.returncode == 1
    verdict = json.loads(as_json.stdout)
    assert verdict["genuine"] is False and verdict["code"] == "release_file_changed"
    assert verdict["file"] == "fieldapp-1.0-setup.exe"


@pytest.mark.interop
def test_a_byte_flipped_in_the_sums_is_caught(signed: Release) -> None:
    data = bytearray(signed.sums.read_bytes())
    data[3] = ord("0") if data[3] != ord("0") else ord("1")
    signed.sums.write_bytes(bytes(data))
    done = signed.verify()
    assert done.returncode == 1
    assert "the signature does not match the list of checksums" in done.stderr
    stock_check = run([stock("ssh-keygen"), "-Y", "verify", "-f", signed.signers, "-I",
                       "release@fieldapp", "-n", "fieldapp-release", "-s", signed.sig],
                      signed.sums.read_bytes())
    assert stock_check.returncode != 0


@pytest.mark.interop
def test_sums_signed_by_another_key_name_that_key(signed: Release, tmp_path: Path) -> None:
    other = make_key(tmp_path, "intruder")
    signed.sig.write_bytes(keygen_sign(other, signed.sums.read_bytes()))
    done = signed.verify()
    assert done.returncode == 1
    assert (f"signed by the key {fingerprint_of(other)}, which is not a release key this copy"
            " of fieldapp knows") in done.stderr


@pytest.mark.interop
def test_this_tree_trusts_no_key_yet(signed: Release) -> None:
    """resources/release/allowed_signers holds comments only: without a trust file of its
    own, this copy names the key and refuses it."""
    builtin = release.builtin_signers_path().read_text().splitlines()
    assert builtin and all(not line.strip() or line.startswith("#") for line in builtin)
    done = signed.verify(signers=False)
    assert done.returncode == 1
    assert f"the key {fingerprint_of(signed.key)}, which is not a release key" in done.stderr


@pytest.mark.interop
def test_a_signature_for_another_purpose_is_refused(signed: Release) -> None:
    signed.sig.write_bytes(keygen_sign(signed.key, signed.sums.read_bytes(), "file"))
    done = signed.verify()
    assert done.returncode == 1
    assert "the signature was made for 'file', not for a fieldapp release" in done.stderr


@pytest.mark.interop
def test_a_file_not_listed_is_refused(signed: Release) -> None:
    stray = signed.dist / "fieldapp-1.0-setup (1).exe"
    stray.write_bytes(FILES["fieldapp-1.0-setup.exe"])
    done = signed.verify(artefact=stray)
    assert done.returncode == 1
    assert "'fieldapp-1.0-setup (1).exe' is not in the list of checksums" in done.stderr
    assert "give it its name back" in done.stderr


GOOD = hashlib.sha256(b"x").hexdigest()


@pytest.mark.interop
@pytest.mark.parametrize(("sums", "said"), [
    (bytes(range(256)) * 4, "line 1 of the list of checksums is not a SHA-256 checksum"),
    (f"{GOOD}  fieldapp-1.0-setup.exe\n".encode() * 200_000, "larger than 1024 KiB"),
    (f"{GOOD}  a\n".encode() * 10_001, "more than 10000 lines"),
    (f"{GOOD}  ../fieldapp-1.0-setup.exe\n".encode(), "line 1 of the list of checksums names"
                                                       " a path"),
    (f"{GOOD}  x\n{GOOD}  sub\\fieldapp-1.0-setup.exe\n".encode(), "line 2 of the list"),
    (f"{GOOD}  a\x1b[2Jb\n".encode(), "holds control characters"),
    (f"{GOOD}  ..\n".encode(), "not a plain file name"),
    (f"{GOOD}  fieldapp-1.0-setup.exe\n{GOOD} *fieldapp-1.0-setup.exe\n".encode(),
     "names 'fieldapp-1.0-setup.exe' twice (line 2)"),
    (f"{GOOD}  A.exe\n{GOOD}  a.EXE\n".encode(), "twice (line 2)"),
    (f"{GOOD[:-1]}  fieldapp-1.0-setup.exe\n".encode(), "line 1 of the list"),
    (f"{GOOD}\tfieldapp-1.0-setup.exe\n".encode(), "line 1 of the list"),
    (b"", "lists no file"),
])
def test_malformed_sums_get_a_sentence_not_a_traceback(
        signed: Release, sums: bytes, said: str) -> None:
    signed.resign(sums)
    done = signed.verify()
    assert done.returncode == 1, done.stderr
    assert said in done.stderr
    assert done.stderr.startswith("fieldapp: do not install this file: ")
    assert "Traceback" not in done.stderr


@pytest.mark.interop
def test_a_binary_signature_file_is_refused(signed: Release) -> None:
    for junk in (bytes(range(256)) * 40, b"-----BEGIN SSH SIGNATURE-----\nAAAA\n"
                 b"-----END SSH SIGNATURE-----\n", b"x" * (1 << 20)):
        signed.sig.write_bytes(junk)
        done = signed.verify()
        assert done.returncode == 1
        assert "is not an SSH signature fieldapp can check" in done.stderr
        assert "Traceback" not in done.stderr


@pytest.mark.interop
def test_missing_or_unreadable_inputs_are_usage_errors(signed: Release, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    for args, field in (((missing, signed.sig, signed.artefact()), "sums"),
                        ((signed.sums, missing, signed.artefact()), "signature"),
                        ((signed.sums, signed.sig, missing), "file"),
                        ((signed.sums, signed.sig, tmp_path), "file")):
        done = run_cli("verify-release", *args, "--signers", signed.signers, passphrase=None)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.startswith(f"fieldapp: {field}: ")
        assert "Traceback" not in done.stderr
    bad_trust = tmp_path / "bad_signers"
    bad_trust.write_text("release@fieldapp ssh-ed25519 not-base64!\n")
    done = run_cli("verify-release", signed.sums, signed.sig, signed.artefact(), "--signers",
                   bad_trust, passphrase=None)
    assert done.returncode == 2
    assert "line 1 is not an allowed_signers line" in done.stderr
    assert run_cli("verify-release", signed.sums, passphrase=None).returncode == 2


# -- the trust file's rules, in process ---------------------------------------------------------

KEY_LINE = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9A7pDdg9yVRazloyyyQppwZmXDIAWoF7hSeubyfTBm"


@pytest.mark.parametrize(("line", "trusted"), [
    (f"release@fieldapp {KEY_LINE}", True),
    (f'release@fieldapp namespaces="fieldapp-release" {KEY_LINE} office key', True),
    (f'release@fieldapp namespaces="git,fieldapp-release" {KEY_LINE}', True),
    (f"*@fieldapp {KEY_LINE}", True),
    (f"{KEY_LINE} office", True),  # a plain .pub line
    (f'release@fieldapp namespaces="file" {KEY_LINE}', False),
    (f"observer@fieldapp {KEY_LINE}", False),
    (f"*,!release@fieldapp {KEY_LINE}", False),
    (f"release@fieldapp cert-authority {KEY_LINE}", False),
    (f'release@fieldapp valid-before="20200101" {KEY_LINE}', False),
    ("release@fieldapp ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ", False),
    ("# release@fieldapp " + KEY_LINE, False),
])
def test_which_allowed_signers_lines_are_trusted(line: str, trusted: bool) -> None:
    found = release.parse_signers(line + "\n", Path("allowed_signers"), given=True)
    assert bool(found) is trusted


def test_the_sums_parser_keeps_names_and_lowercases_digests() -> None:
    upper = GOOD.upper()
    parsed = release.parse_sums(f"{upper}  my file.exe\n{GOOD} *b.bin".encode())
    assert parsed == {"my file.exe": GOOD, "b.bin": GOOD}
    with pytest.raises(FieldappError) as caught:
        release.parse_sums(f"{GOOD}  a\r\n".encode())
    assert caught.value.code == "release_sums_bad_name"
