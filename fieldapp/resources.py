"""Where the shipped data (taxonomy, translations, demo figures) lives."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The repository's resources/ in a checkout or editable install, else the wheel's copy."""
    for candidate in (_PACKAGE_DIR.parent / "resources", _PACKAGE_DIR / "_resources"):
        if (candidate / "taxonomy").is_dir():
            return candidate
    raise FileNotFoundError("fieldapp resources are missing; reinstall the application")
