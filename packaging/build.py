"""Build this platform's fieldapp artefacts into dist/, then write dist/SHA256SUMS.

Run by packaging/build.sh inside a virtual environment installed from the lock files.
Steps: name the build (version, commit, date), render the icons, freeze the app with
PyInstaller (packaging/fieldapp.spec), then package the frozen folder the way this
platform's users install programs (platform_linux, platform_windows, platform_macos).
Everything is dated to the last commit (SOURCE_DATE_EPOCH), so the same commit and the
same lock files give the same archives.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import icons
import sums

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    text = (ROOT / "fieldapp" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        sys.exit("build: fieldapp/__init__.py names no __version__")
    return found.group(1)


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


def commit() -> str:
    """The commit built, marked when the tree holds changes not in it."""
    head = _git("rev-parse", "--short=12", "HEAD") or "unknown"
    changed = _git("status", "--porcelain", "--untracked-files=no")
    return f"{head}+changes" if head != "unknown" and changed else head


def source_date_epoch() -> int:
    given = os.environ.get("SOURCE_DATE_EPOCH", "")
    if given.isdigit():
        return int(given)
    last_commit = _git("log", "-1", "--format=%ct")
    return int(last_commit) if last_commit.isdigit() else int(time.time())


def machine() -> str:
    name = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(name, name)


def write_build_info(work: Path, the_version: str, the_commit: str, epoch: int) -> Path:
    path = work / "build-info" / "_build_info.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    built_at = datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    path.write_text(json.dumps({"version": the_version, "commit": the_commit,
                                "built_at": built_at}, indent=1) + "\n", encoding="utf-8")
    return path


def freeze(work: Path, build_info: Path, icon_dir: Path, the_version: str) -> Path:
    """Run PyInstaller; returns the folder (or, on macOS, the .app) it made."""
    env = dict(os.environ, FIELDAPP_BUILD_INFO=str(build_info), FIELDAPP_ICON_DIR=str(icon_dir),
               FIELDAPP_VERSION=the_version, PYTHONHASHSEED="0")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work / "frozen"), "--workpath", str(work / "pyinstaller"),
                    str(ROOT / "packaging" / "fieldapp.spec")], check=True, env=env)
    frozen = work / "frozen"
    return frozen / "fieldapp.app" if sys.platform == "darwin" else frozen / "fieldapp"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-deb", action="store_true", help="Linux: only the .tar.gz")
    args = parser.parse_args()
    started = time.monotonic()
    the_version, the_commit, epoch = version(), commit(), source_date_epoch()
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    work, dist = args.work.resolve(), args.dist.resolve()
    work.mkdir(parents=True, exist_ok=True)
    dist.mkdir(parents=True, exist_ok=True)
    print(f"build: fieldapp {the_version}, commit {the_commit}, {sys.platform} {machine()}")

    icon_dir = icons.render(ROOT / "resources" / "icons" / "fieldapp.svg", work / "icons")
    build_info = write_build_info(work, the_version, the_commit, epoch)
    shutil.rmtree(work / "frozen", ignore_errors=True)
    frozen = freeze(work, build_info, icon_dir, the_version)
    frozen_at = time.monotonic()
    print(f"build: frozen in {frozen_at - started:.0f} s")

    stem = f"fieldapp-{the_version}"
    if sys.platform.startswith("linux"):
        import platform_linux
        made = platform_linux.package(frozen, dist, work, icon_dir, stem, machine(),
                                      the_version, epoch, deb=not args.no_deb)
    elif sys.platform == "win32":
        import platform_windows
        made = platform_windows.package(frozen, dist, icon_dir, stem, machine(), the_version)
    elif sys.platform == "darwin":
        import platform_macos
        made = platform_macos.package(frozen, dist, work, stem, machine())
    else:
        sys.exit(f"build: no packaging for {sys.platform}")

    sums_file = sums.write(dist, made)
    for artefact in [*made, sums_file]:
        print(f"build: {artefact.name}: {artefact.stat().st_size / 1e6:.1f} MB")
    print(f"build: packaged in {time.monotonic() - frozen_at:.0f} s, "
          f"{time.monotonic() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
