"""Linux: a portable .tar.gz and a .deb, both holding the same frozen folder."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
# Qt's window system plugins load these from the system rather than from the folder
# (PyInstaller leaves out the graphics stack and the C library on purpose: they must
# match the machine; Wayland's too). A desktop has them; the .deb asks apt for them.
DEB_DEPENDS = (
    "libgl1, libegl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, "
    "libdbus-1-3, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, "
    "libxcb-keysyms1, libxcb-shape0, libxcb-randr0, libxcb-render-util0, libxcb-image0, "
    "libxcb-xkb1, libwayland-client0, libwayland-cursor0, libwayland-egl1"
)
_GLIBC = re.compile(rb"GLIBC_2\.(\d+)(?:\.\d+)?\x00")


def package(frozen: Path, dist: Path, work: Path, icon_dir: Path, stem: str, machine: str,
            version: str, epoch: int, deb: bool) -> list[Path]:
    made = [tarball(frozen, dist, f"{stem}-linux-{machine}", epoch)]
    if deb and shutil.which("dpkg-deb"):
        made.append(debian_package(frozen, dist, work, icon_dir, version, machine))
    elif deb:
        print("build: dpkg-deb is not here; no .deb this time")
    return made


def tarball(frozen: Path, dist: Path, name: str, epoch: int) -> Path:
    """name.tar.gz unpacking to name/ with the `fieldapp` executable at its top.

    Entries are sorted, owned by root and dated to the commit, and gzip carries no
    timestamp, so the same frozen folder always gives the same bytes.
    """
    target = dist / f"{name}.tar.gz"
    partial = target.with_name(target.name + ".partial")

    def normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = epoch
        executable = info.isdir() or info.mode & 0o111
        info.mode = 0o755 if executable else 0o644
        return info

    readme = PACKAGING / "linux" / "README.txt"
    with partial.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                  compresslevel=6) as packed, \
            tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as archive:
        archive.add(frozen, arcname=name, recursive=False, filter=normalised)
        for path in sorted(frozen.rglob("*")):
            archive.add(path, arcname=f"{name}/{path.relative_to(frozen).as_posix()}",
                        recursive=False, filter=normalised)
        archive.add(readme, arcname=f"{name}/README.txt", filter=normalised)
    os.replace(partial, target)
    return target


def glibc_needed(folder: Path) -> str:
    """The newest GLIBC_2.x symbol version any binary in the folder asks for."""
    newest = 17
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            for found in _GLIBC.findall(path.read_bytes()):
                newest = max(newest, int(found))
    return f"2.{newest}"


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def debian_package(frozen: Path, dist: Path, work: Path, icon_dir: Path, version: str,
                   machine: str) -> Path:
    """fieldapp_VERSION_ARCH.deb: the folder in /opt/fieldapp, `fieldapp` on the PATH,
    a menu entry and its icon."""
    arch = {"x86_64": "amd64", "arm64": "arm64"}.get(machine, machine)
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(frozen, root / "opt" / "fieldapp", symlinks=True)
    _install(PACKAGING / "linux" / "fieldapp.sh", root / "usr" / "bin" / "fieldapp", 0o755)
    _install(PACKAGING / "linux" / "fieldapp.desktop",
             root / "usr" / "share" / "applications" / "fieldapp.desktop", 0o644)
    for size in (16, 32, 48, 64, 128, 256, 512):
        _install(icon_dir / f"fieldapp-{size}.png",
                 root / f"usr/share/icons/hicolor/{size}x{size}/apps/fieldapp.png", 0o644)
    _install(PACKAGING.parent / "resources" / "icons" / "fieldapp.svg",
             root / "usr/share/icons/hicolor/scalable/apps/fieldapp.svg", 0o644)
    _install(PACKAGING / "linux" / "copyright",
             root / "usr" / "share" / "doc" / "fieldapp" / "copyright", 0o644)
    _normalise_modes(root)
    size_kib = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    control = (PACKAGING / "linux" / "control.in").read_text(encoding="utf-8").format(
        version=version, arch=arch, size=size_kib, glibc=glibc_needed(root / "opt"),
        depends=DEB_DEPENDS)
    _write(root / "DEBIAN" / "control", control, 0o644)
    target = dist / f"fieldapp_{version}_{arch}.deb"
    # gzip rather than xz: a few seconds instead of minutes for Qt's 200 MB.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root),
                    str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


def _install(source: Path, target: Path, mode: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _write(target: Path, text: str, mode: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    target.chmod(mode)


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for the rest, whatever the build's umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)
