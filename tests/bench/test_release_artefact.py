"""The built Linux artefact: checking a download against the stock tools, and the frozen
program's start against the same command run from source, in turn in the same run.

Needs `bash packaging/build.sh` first (dist/fieldapp-*-linux-*.tar.gz); skipped without.
Run on demand: pytest tests/bench/test_release_artefact.py -s
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
ENV = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}


# A child's peak resident size counts what it inherited at exec from its parent's memory
# (pytest's, some 80 MiB): a small Python forks the command, times it and reads its rusage.
LAUNCHER = """
import os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(time.perf_counter() - started, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds from start to exit, and the command's peak resident size in MiB."""
    done = subprocess.run([sys.executable, "-S", "-c", LAUNCHER, *command], env=ENV,
                          cwd=cwd, capture_output=True, text=True, check=True)
    seconds, peak_kib, code = done.stdout.split()
    assert code == "0", command
    return float(seconds), int(peak_kib) / 1024


def paired(a: list[str], b: list[str], cwd: Path | None = None) -> dict[str, float]:
    timed(a, cwd), timed(b, cwd)  # the file cache warm for both
    runs = [(timed(a, cwd), timed(b, cwd)) for _ in range(RUNS)]
    return {"a_s": round(statistics.median(x[0] for x, _ in runs), 3),
            "anchor_s": round(statistics.median(y[0] for _, y in runs), 3),
            "ratio": round(statistics.median(x[0] / y[0] for x, y in runs), 2),
            "a_peak_mib": round(max(x[1] for x, _ in runs), 1),
            "anchor_peak_mib": round(max(y[1] for _, y in runs), 1)}


@pytest.fixture(scope="module")
def tarball() -> Path:
    found = sorted((ROOT / "dist").glob("fieldapp-*-linux-*.tar.gz"))
    if not found:
        pytest.skip("no dist/fieldapp-*-linux-*.tar.gz: run bash packaging/build.sh")
    return found[-1]


def test_checking_a_download_against_ssh_keygen_and_sha256sum(tarball: Path,
                                                              tmp_path: Path) -> None:
    if shutil.which("ssh-keygen") is None or shutil.which("sha256sum") is None:
        pytest.skip("needs the stock ssh-keygen and sha256sum")
    release = tmp_path / "release"
    release.mkdir()
    shutil.copy(tarball, release / tarball.name)
    subprocess.run(f"sha256sum {tarball.name} > SHA256SUMS", shell=True, cwd=release,  # noqa: S602
                   check=True)
    key = tmp_path / "release_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
    subprocess.run(["ssh-keygen", "-q", "-Y", "sign", "-f", key, "-n", "fieldapp-release",
                    release / "SHA256SUMS"], check=True)
    signers = tmp_path / "allowed_signers"
    public = (tmp_path / "release_key.pub").read_text().strip()
    signers.write_text(f'release@fieldapp namespaces="fieldapp-release" {public}\n')
    fieldapp = [sys.executable, "-m", "fieldapp", "verify-release", "--signers", str(signers),
                "SHA256SUMS", "SHA256SUMS.sig", tarball.name]
    stock = ["sh", "-c", f"ssh-keygen -Y verify -f {signers} -I release@fieldapp"
             " -n fieldapp-release -s SHA256SUMS.sig < SHA256SUMS && sha256sum -c SHA256SUMS"]
    figures = paired(fieldapp, stock, cwd=release)
    size_mb = tarball.stat().st_size / 1e6
    print(json.dumps({"bench": "verify-release vs ssh-keygen + sha256sum", "runs": RUNS,
                      "file_mb": round(size_mb, 1), **figures}))


def test_frozen_start_against_the_same_command_from_source(tarball: Path,
                                                           tmp_path: Path) -> None:
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path, filter="tar")
    [folder] = [p for p in tmp_path.iterdir() if p.is_dir()]
    for argv in (["--help"], ["--version"]):
        figures = paired([str(folder / "fieldapp"), *argv],
                         [sys.executable, "-m", "fieldapp", *argv])
        print(json.dumps({"bench": f"frozen fieldapp {argv[0]} vs from source", "runs": RUNS,
                          **figures}))
