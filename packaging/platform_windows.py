"""Windows: an installer made with Inno Setup, and a portable .zip of the same folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
# Inno Setup's compiler: on the PATH, or where its installer puts it.
ISCC_PLACES = (r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
               r"C:\Program Files\Inno Setup 6\ISCC.exe")


def package(frozen: Path, dist: Path, icon_dir: Path, stem: str, machine: str,
            version: str) -> list[Path]:
    name = f"{stem}-windows-{machine}"
    return [portable_zip(frozen, dist, name), installer(frozen, dist, icon_dir, name, version)]


def portable_zip(frozen: Path, dist: Path, name: str) -> Path:
    """name.zip unpacking to name\\ with fieldapp.exe at its top; it runs where it is
    unpacked, and a file named `portable` put beside it keeps its data there too."""
    target = dist / f"{name}.zip"
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(frozen.rglob("*")):
            if path.is_file():
                archive.write(path, f"{name}/{path.relative_to(frozen).as_posix()}")
        archive.write(PACKAGING / "windows" / "README.txt", f"{name}/README.txt")
    os.replace(partial, target)
    return target


def iscc() -> str:
    found = shutil.which("iscc") or next((p for p in ISCC_PLACES if Path(p).exists()), None)
    if found is None:
        raise SystemExit("build: Inno Setup 6 (ISCC.exe) is needed for the installer: "
                         "choco install innosetup")
    return found


def installer(frozen: Path, dist: Path, icon_dir: Path, name: str, version: str) -> Path:
    subprocess.run([iscc(), "/Q", f"/DAppVersion={version}", f"/DSourceDir={frozen}",
                    f"/DIconFile={icon_dir / 'fieldapp.ico'}",
                    f"/DOutputDir={dist}", f"/DOutputName={name}-setup",
                    f"/DReadme={PACKAGING / 'windows' / 'README.txt'}",
                    str(PACKAGING / "windows" / "fieldapp.iss")], check=True)
    return dist / f"{name}-setup.exe"
