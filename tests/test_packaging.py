"""The packaging steps that need no frozen app: the sums `sha256sum -c` reads, the portable
archive's shape, and its bytes being the same for the same input (a release can be rebuilt
and compared). The frozen app itself is built and tried by .ci/run (packaging/smoke.sh)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import platform_linux  # noqa: E402  packaging/ is a folder of scripts, not a package
import sums  # noqa: E402
import written_files  # noqa: E402


def frozen_folder(tmp_path: Path) -> Path:
    """A stand-in for PyInstaller's output: the program at the top, libraries below."""
    folder = tmp_path / "frozen"
    (folder / "_internal" / "lib").mkdir(parents=True)
    program = folder / "fieldapp"
    program.write_bytes(b"\x7fELF program")
    program.chmod(0o700)
    (folder / "_internal" / "lib" / "libsomething.so").write_bytes(b"library")
    (folder / "_internal" / "data.json").write_text("{}", encoding="utf-8")
    return folder


def test_the_tarball_unpacks_to_one_folder_with_the_program_at_its_top(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    made = platform_linux.tarball(frozen_folder(tmp_path), dist, "fieldapp-1.0-linux-x86_64",
                                  1_700_000_000)
    assert made.name == "fieldapp-1.0-linux-x86_64.tar.gz"
    with tarfile.open(made) as archive:
        members = {m.name: m for m in archive.getmembers()}
    assert {name.split("/")[0] for name in members} == {"fieldapp-1.0-linux-x86_64"}
    program = members["fieldapp-1.0-linux-x86_64/fieldapp"]
    assert program.isfile() and program.mode == 0o755
    assert members["fieldapp-1.0-linux-x86_64/_internal/data.json"].mode == 0o644
    assert "fieldapp-1.0-linux-x86_64/README.txt" in members
    assert {(m.uid, m.gid, m.uname, m.mtime) for m in members.values()} == {
        (0, 0, "", 1_700_000_000)}


def test_the_same_folder_gives_the_same_bytes(tmp_path: Path) -> None:
    folder = frozen_folder(tmp_path)
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    a = platform_linux.tarball(folder, first, "fieldapp-1.0-linux-x86_64", 1_700_000_000)
    (folder / "_internal" / "data.json").touch()  # a newer file date changes nothing
    b = platform_linux.tarball(folder, second, "fieldapp-1.0-linux-x86_64", 1_700_000_000)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="coreutils' sha256sum")
def test_sums_are_read_by_sha256sum_and_catch_a_flipped_byte(tmp_path: Path) -> None:
    artefacts = []
    for name, body in (("b.deb", b"deb"), ("a.tar.gz", b"tar")):
        (tmp_path / name).write_bytes(body)
        artefacts.append(tmp_path / name)
    (tmp_path / "SHA256SUMS.sig").write_text("an old signature", encoding="ascii")
    written = sums.write(tmp_path, artefacts)
    assert [line.split("  ")[1] for line in written.read_text().splitlines()] == [
        "a.tar.gz", "b.deb"]
    assert not (tmp_path / "SHA256SUMS.sig").exists()  # it signed other sums
    check = ["sha256sum", "-c", "SHA256SUMS"]
    assert subprocess.run(check, cwd=tmp_path, capture_output=True).returncode == 0
    (tmp_path / "b.deb").write_bytes(b"dec")
    failed = subprocess.run(check, cwd=tmp_path, capture_output=True, text=True)
    assert failed.returncode == 1 and "b.deb: FAILED" in failed.stdout


def test_glibc_needed_is_the_newest_symbol_version_asked_for(tmp_path: Path) -> None:
    (tmp_path / "a.so").write_bytes(b"\x7fELF..GLIBC_2.17\x00..GLIBC_2.34\x00")
    (tmp_path / "b.so").write_bytes(b"\x7fELF..GLIBC_2.28\x00GLIBC_2.3.4\x00")
    (tmp_path / "notes.txt").write_bytes(b"GLIBC_2.99\x00")  # not a program: not counted
    assert platform_linux.glibc_needed(tmp_path) == "2.34"


WRITER = """
import os, sys
folder, outside = sys.argv[1], sys.argv[2]
open("relative.txt", "w").write("inside, named relative to the working folder")
os.mkdir("sub")
fd = os.open("sub", os.O_RDONLY)
os.close(os.open("by-dirfd.txt", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=fd))
open(os.path.join(outside, "read-only.txt")).read()
open(os.path.join(outside, "leak.txt"), "w").write("outside")
os.rename(os.path.join(outside, "leak.txt"), os.path.join(outside, "moved.txt"))
os.symlink("/etc/hostname", os.path.join(folder, "link"))
"""


def test_the_portable_trace_lists_each_file_written_outside_the_folder(tmp_path: Path) -> None:
    """smoke.sh's check of portable mode, on a program whose writes are known."""
    strace = shutil.which("strace")
    if strace is None or subprocess.run([strace, "-qq", "-o", "/dev/null", "true"],
                                        capture_output=True, check=False).returncode != 0:
        pytest.skip("strace cannot trace here")
    folder, outside, traces = tmp_path / "folder", tmp_path / "outside", tmp_path / "trace"
    for place in (folder, outside, traces):
        place.mkdir()
    (outside / "read-only.txt").write_text("only read")

    def traced(program: str) -> bytes:
        for old in traces.iterdir():
            old.unlink()
        subprocess.run([strace, "-ff", "-y", "-qq", "-o", str(traces / "run"), "-e",
                        "status=successful", "-e", "trace=%file,fchdir", sys.executable, "-c",
                        program, str(folder), str(outside)], cwd=folder, check=True)
        return b"".join(path.read_bytes() for path in sorted(traces.iterdir()))

    def listed(trace: bytes, *allowed: Path) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, str(ROOT / "packaging" / "written_files.py"),
                               str(folder), str(folder), *map(str, allowed)],
                              input=trace, capture_output=True, check=False)

    trace = traced(WRITER)
    listing = listed(trace)
    assert listing.returncode == 1
    reported = [line.split("OUTSIDE: ", 1)[1] for line in listing.stdout.decode().splitlines()
                if "OUTSIDE: " in line]
    assert sorted(reported) == sorted([str(outside / "leak.txt"), str(outside / "moved.txt")])
    # The same run, with the files it was asked to write named: nothing is left to report.
    allowed = listed(trace, outside / "leak.txt", outside / "moved.txt")
    assert allowed.returncode == 0, allowed.stdout
    # A run that moves its working folder cannot have its relative paths placed: it fails.
    moved = listed(traced("import os, sys\nos.chdir(sys.argv[2])\nopen('x', 'w')"))
    assert moved.returncode == 1 and b"OUTSIDE: chdir:" in moved.stdout


def test_calls_that_failed_wrote_nothing() -> None:
    trace = ['openat(AT_FDCWD, "/elsewhere/x", O_WRONLY|O_CREAT, 0600) = -1 EACCES (Denied)',
             'mkdir("/elsewhere/d", 0700) = -1 EEXIST (File exists)',
             'openat(AT_FDCWD, "mine.txt", O_RDWR|O_CREAT|O_CLOEXEC, 0600) = 3</here/mine.txt>',
             'openat(AT_FDCWD, "/etc/hosts", O_RDONLY|O_CLOEXEC) = 4</etc/hosts>',
             'openat(5</here/sub>, "deep", O_WRONLY|O_CREAT, 0600) = 6</here/sub/deep>',
             'rename("/here/a.tmp", "/here/a") = 0']
    assert written_files.written(trace, "/here") == [
        "/here/mine.txt", "/here/sub/deep", "/here/a.tmp", "/here/a"]
