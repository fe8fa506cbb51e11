"""The one home of where fieldapp writes outside a vault: data, settings, temporary files.

Installed mode (the usual case): the platform's per-user folders through platformdirs,
`user_data_path` and `user_config_path` of "fieldapp" (appauthor=False).

Portable mode, for shared or borrowed computers: a file named `portable` next to the
executable (frozen: the folder of sys.executable; from source: the folder of the resolved
sys.argv[0], such as a launcher script) keeps everything in that folder, e.g. on a USB stick:

    <folder>/fieldapp-data/
        vault/            the default vault
        demo-vault/       the demo (demo-office/, demo-source.key, demo-outbox/ beside it)
        config/           settings.ini (language) and vault-settings.json (auto-lock, wipe)
        tmp/              TMPDIR, TEMP, TMP and tempfile's folder (removed at exit if empty)
        profile/          what libraries would write to the user's profile: the XDG
            config/ cache/ data/ state/   folders (Qt, fontconfig and their caches)

`apply_portable_environment()` points the process at those folders before Qt or anything
else runs; nothing of fieldapp is then written to the user's profile. On macOS the
`portable` file goes next to the executable inside the bundle (Contents/MacOS).

Left outside, beyond an environment variable's reach: Qt's file dialog keeps its history
(the folders visited) under QSettings(UserScope, "QtProject") in the native format: on
Linux that is $XDG_CONFIG_HOME/QtProject.conf (on the stick here), but on Windows the
registry (HKCU/Software/QtProject) and on macOS ~/Library/Preferences/com.qtproject.plist.
The window removes that history when it starts and quits (ui/qt_settings.py), which may
leave an empty key or file; macOS may also keep ~/Library/Saved Application State/. The system's own
records of a program run (Windows prefetch, recent-program lists) are beyond any program.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from fieldapp.errors import FieldappError

APP_NAME = "fieldapp"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "fieldapp-data"
SETTINGS_INI = "settings.ini"


def program_dir() -> Path | None:
    """The folder the running program sits in: the frozen executable's, else the launcher
    script's (sys.argv[0], resolved); None when run as `python -c` or without a script."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    launcher = sys.argv[0] if sys.argv else ""
    if launcher in ("", "-c", "-m"):
        return None
    return Path(launcher).resolve().parent


def portable_root() -> Path | None:
    """The portable data folder when a `portable` file sits next to the program, else None."""
    folder = program_dir()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_DATA


def is_portable() -> bool:
    return portable_root() is not None


def data_dir() -> Path:
    root = portable_root()
    if root is not None:
        return root
    import platformdirs  # only when needed: `fieldapp --help` stays light
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    root = portable_root()
    if root is not None:
        return root / "config"
    import platformdirs
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def temp_dir() -> Path:
    """Where temporary files go: the portable tmp/, else the system's temporary folder."""
    root = portable_root()
    if root is not None:
        return root / "tmp"
    import tempfile
    return Path(tempfile.gettempdir())


def default_vault_dir() -> Path:
    return data_dir() / "vault"


def demo_vault_dir() -> Path:
    return data_dir() / "demo-vault"


def settings_file() -> Path:
    """The window's own settings (the interface language), an INI file on every platform:
    no registry entries on Windows, and on the stick in portable mode."""
    return config_dir() / SETTINGS_INI


def profile_dirs(root: Path) -> dict[str, Path]:
    """Each variable that names a per-user folder, and its stand-in under `root`."""
    profile = root / "profile"
    local = profile / "local"
    return {
        # Linux and other XDG systems: Qt's settings and caches, fontconfig's cache
        # (~/.cache/fontconfig), recently-used lists, Mesa's shader cache.
        "XDG_CONFIG_HOME": profile / "config",
        "XDG_CACHE_HOME": profile / "cache",
        "XDG_DATA_HOME": profile / "data",
        "XDG_STATE_HOME": profile / "state",
        # Windows: read by libraries that ask the environment (Qt and platformdirs ask the
        # shell API instead, and fieldapp no longer asks either for a folder in this mode).
        "APPDATA": profile / "roaming",
        "LOCALAPPDATA": local,
    }


def apply_portable_environment() -> Path | None:
    """In portable mode, create the data and temporary folders, check they take files, and
    point this process (and anything it starts) at them; returns the data folder, or None
    when not portable. Raises FieldappError portable_not_writable when the folder refuses
    files (a read-only stick, a file in the way)."""
    root = portable_root()
    if root is None:
        return None
    import tempfile

    temp = root / "tmp"
    try:
        temp.mkdir(parents=True, mode=0o700, exist_ok=True)
        # A real write, not os.access: a read-only stick or a Windows ACL says no only here.
        handle, probe = tempfile.mkstemp(dir=temp, prefix=".probe-")
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise FieldappError("portable_not_writable", path=str(root),
                            detail=error.strerror or str(error)) from error
    for name in ("TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(temp)
    tempfile.tempdir = str(temp)
    for name, folder in profile_dirs(root).items():
        os.environ[name] = str(folder)
    # Mesa's shader cache would follow XDG_CACHE_HOME; on a stick it is only wear.
    os.environ["MESA_SHADER_CACHE_DISABLE"] = "true"
    os.environ["MESA_GLSL_CACHE_DISABLE"] = "true"  # the name before Mesa 22
    return root


def remove_if_empty(folder: Path) -> None:
    """Tidy up at exit: an empty folder goes; one holding anything (another copy of the
    program may be using it) stays."""
    with contextlib.suppress(OSError):
        folder.rmdir()
