"""Which fieldapp this is: its version and the commit it was built from.

A packaged build carries ``fieldapp/_build_info.json``, written by the build script with
``python -m fieldapp.build_info --write fieldapp/_build_info.json`` (or `write_build_info`)::

    {"version": "0.1.0", "commit": "1a2b3c4d5e6f", "built_at": "2026-12-02T19:00:00Z"}

- ``version``: fieldapp's version (``fieldapp.__version__``), 1-64 characters of
  ``[0-9A-Za-z.+-]``;
- ``commit``: the git commit, 7-40 lowercase hexadecimal digits (12 by default);
- ``built_at``: when the build was made, UTC, ``YYYY-MM-DDTHH:MM:SSZ`` (optional).

The file is read from disk, so it is read bounded and checked: a file that is too large,
not JSON, or holds anything else is ignored as a whole. Without it, a git checkout asks
git (once, when asked, with a timeout); otherwise the commit is "unknown".
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from fieldapp import __version__

BUILD_INFO_FILE = Path(__file__).resolve().with_name("_build_info.json")
MAX_BUILD_INFO_BYTES = 4096
UNKNOWN = "unknown"
GIT_TIMEOUT_S = 3.0

_VERSION = re.compile(r"[0-9A-Za-z.+-]{1,64}")
_COMMIT = re.compile(r"[0-9a-f]{7,40}")
_BUILT_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str  # hexadecimal, or UNKNOWN
    built_at: str | None = None

    def line(self) -> str:
        """What `fieldapp --version` prints."""
        return f"fieldapp {self.version} (commit {self.commit})"


def read_build_info(path: Path = BUILD_INFO_FILE) -> BuildInfo | None:
    """The build's own record, or None when there is none or it is not one we wrote."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BUILD_INFO_BYTES + 1)
    except OSError:
        return None
    if len(raw) > MAX_BUILD_INFO_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not set(data) <= {"version", "commit", "built_at"}:
        return None
    version, commit, built_at = data.get("version"), data.get("commit"), data.get("built_at")
    if not (isinstance(version, str) and _VERSION.fullmatch(version)):
        return None
    if not (isinstance(commit, str) and _COMMIT.fullmatch(commit)):
        return None
    if built_at is not None and not (isinstance(built_at, str) and _BUILT_AT.fullmatch(built_at)):
        return None
    return BuildInfo(version, commit, built_at)


def git_commit(checkout: Path | None = None) -> str | None:
    """The checkout's HEAD as 12 hex digits, or None without git or outside a checkout.

    Only fieldapp's own checkout is asked (the folder above the package, holding .git):
    an installed copy sitting inside some other repository must not report its commit."""
    root = checkout or Path(__file__).resolve().parent.parent
    if getattr(sys, "frozen", False) or not (root / ".git").exists():
        return None
    try:
        done = subprocess.run(  # noqa: S603 (fixed arguments, no shell)
            ["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],  # noqa: S607
            capture_output=True, text=True, timeout=GIT_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    commit = done.stdout.strip()
    return commit if done.returncode == 0 and _COMMIT.fullmatch(commit) else None


@cache
def build_info() -> BuildInfo:
    """This fieldapp's version and commit: the build's record, else git, else unknown."""
    recorded = read_build_info()
    if recorded is not None:
        return recorded
    return BuildInfo(__version__, git_commit() or UNKNOWN)


def write_build_info(path: Path, commit: str, version: str = __version__,
                     built_at: str | None = None) -> BuildInfo:
    """Write the record a packaged build carries (see the module's docstring)."""
    stamp = built_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    info = BuildInfo(version, commit.strip().lower(), stamp)
    if not _VERSION.fullmatch(info.version):
        raise ValueError(f"not a version: {version!r}")
    if not _COMMIT.fullmatch(info.commit):
        raise ValueError(f"not a commit (7-40 hexadecimal digits): {commit!r}")
    if not _BUILT_AT.fullmatch(stamp):
        raise ValueError(f"not a UTC time like 2026-01-31T12:00:00Z: {built_at!r}")
    path.write_text(json.dumps({"version": info.version, "commit": info.commit,
                                "built_at": stamp}) + "\n", encoding="utf-8")
    return info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fieldapp.build_info",
        description="Write the version record a packaged build of fieldapp carries.")
    parser.add_argument("--write", metavar="PATH", type=Path, required=True,
                        help="where to write it (the package's _build_info.json)")
    parser.add_argument("--commit", help="the commit (default: this checkout's HEAD)")
    args = parser.parse_args(argv)
    commit = args.commit or git_commit()
    if commit is None:
        print("fieldapp.build_info: no commit given and git could not name HEAD",
              file=sys.stderr)
        return 2
    try:
        info = write_build_info(args.write, commit)
    except ValueError as error:
        print(f"fieldapp.build_info: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"fieldapp.build_info: cannot write {args.write}: {error.strerror}",
              file=sys.stderr)
        return 1
    print(info.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
