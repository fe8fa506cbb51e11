"""macOS: fieldapp.app in a disk image, with a link to Applications to drag it onto."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def package(app: Path, dist: Path, work: Path, stem: str, machine: str) -> list[Path]:
    staging = work / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    # ditto keeps the bundle's symlinks, modes and extended attributes as macOS expects.
    subprocess.run(["ditto", str(app), str(staging / "fieldapp.app")], check=True)
    (staging / "Applications").symlink_to("/Applications")
    target = dist / f"{stem}-macos-{machine}.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", "fieldapp", "-srcfolder", str(staging),
                    "-fs", "HFS+", "-format", "UDZO", "-ov", str(target)], check=True)
    return [target]
