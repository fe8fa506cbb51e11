"""What is inside fieldapp, under which licence, and where each licence's full text is.

The About dialog and `fieldapp --licences` list `components()`: fieldapp itself, the Python
runtime, every Python distribution the app ships (`SHIPPED_DISTRIBUTIONS`) and the parts
built into them that their metadata does not name (Qt, SQLCipher, SQLite, OpenSSL, the
DejaVu fonts). A distribution's texts are the licence files of its `.dist-info`; the texts
no distribution carries are shipped in resources/licences/ (see the README there).

A packaged build must therefore copy the metadata of each name in SHIPPED_DISTRIBUTIONS
(PyInstaller: `copy_metadata`) and resources/licences/ with the other resources.
Everything here is read from disk: names and versions are cleaned and bounded, and a text
is read only when asked (`read_text`), at most MAX_TEXT_BYTES of it.
"""

from __future__ import annotations

import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from fieldapp.build_info import BuildInfo, build_info
from fieldapp.resources import resources_dir

APP_LICENCE = "GPL-3.0-or-later"
QT_SOURCE_URL = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE_URL = "https://download.qt.io/official_releases/QtForPython/"
QT_THIRD_PARTY_URL = "https://doc.qt.io/qt-6/licenses-used-in-qt.html"

# The requirement closure of fieldapp's runtime dependencies (extras left out, markers as on
# CPython 3.11+ on Linux, Windows and macOS); tests/test_about.py checks it against the
# installed metadata. fieldapp's own metadata comes first.
SHIPPED_DISTRIBUTIONS: tuple[str, ...] = (
    "fieldapp",
    "PySide6", "PySide6_Essentials", "PySide6_Addons", "shiboken6",
    "sqlcipher3",
    "cryptography", "cffi", "pycparser",
    "platformdirs",
    "pillow",
    "reportlab", "charset-normalizer",
    "orjson",
    "openpyxl", "et-xmlfile",
    "python-docx", "lxml", "typing_extensions",
    "defusedxml",
)

MAX_TEXT_BYTES = 512 * 1024
_MAX_FIELD = 120
_LICENCE_FILE_PREFIXES = ("LICENSE", "LICENCE", "COPYING", "NOTICE")

# What each part is, in a few words (the window words them in the user's language).
WHAT: dict[str, str] = {
    "fieldapp": "This application",
    "python": "The Python runtime and its standard library",
    "qt": "The Qt libraries: windows, PDF viewer, charts",
    "pyside6": "Python bindings for Qt",
    "pyside6-essentials": "Qt's main modules and their Python bindings",
    "pyside6-addons": "More Qt modules (PDF viewer, charts) and their bindings",
    "shiboken6": "The runtime of the Qt bindings",
    "sqlcipher3": "Python interface to the encrypted database",
    "sqlcipher": "The encrypted database engine",
    "sqlite": "The database engine SQLCipher is built on",
    "openssl-sqlcipher3": "OpenSSL cryptography library, used by SQLCipher",
    "openssl-cryptography": "OpenSSL cryptography library, used by cryptography",
    "cryptography": "Keys, signatures and encryption of bundles",
    "cffi": "Calls from Python into C libraries",
    "pycparser": "C parser used by cffi",
    "platformdirs": "Finds the usual folders for settings and data",
    "pillow": "Images, with libjpeg, libpng, zlib, FreeType, libtiff, libwebp and others"
              " (their licences follow Pillow's)",
    "reportlab": "PDF bulletins",
    "charset-normalizer": "Text encoding detection, used by ReportLab",
    "orjson": "Fast JSON",
    "openpyxl": "Reading spreadsheets (.xlsx)",
    "et-xmlfile": "XML writing, used by openpyxl",
    "python-docx": "Word documents (.docx)",
    "lxml": "XML processing, with libxml2 and libxslt (their licences follow lxml's)",
    "typing-extensions": "Type hint helpers",
    "defusedxml": "Safe XML parsing",
    "dejavu": "DejaVu fonts, embedded in PDF bulletins",
}

# Licences a distribution's metadata does not name: sqlcipher3 keeps pysqlite's zlib-style one.
_LICENCE_FALLBACK = {"sqlcipher3": "Zlib"}

# Texts a distribution needs beyond its metadata: the Qt for Python wheels carry none.
_QT_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")
_EXTRA_TEXTS: dict[str, tuple[str, ...]] = {
    "pyside6": _QT_TEXTS, "pyside6-essentials": _QT_TEXTS, "pyside6-addons": _QT_TEXTS,
    "shiboken6": _QT_TEXTS,
}


@dataclass(frozen=True)
class LicenceText:
    title: str  # the file's name
    origin: str  # where it comes from, e.g. "pillow 13.0.0 metadata" or "resources/licences"
    path: Path


@dataclass(frozen=True)
class Component:
    key: str  # stable and lowercase: "qt", "pillow", "openssl-sqlcipher3"
    name: str
    version: str  # "" when not known apart from what it is built into
    licence: str  # an SPDX expression where one is known
    what: str  # English; WHAT[key]
    texts: tuple[LicenceText, ...]
    within: str = ""  # the distribution it is built into, with its version

    def version_text(self) -> str:
        if self.version:
            return self.version
        return f"({self.within})" if self.within else ""


def clean(value: object, limit: int = _MAX_FIELD) -> str:
    """A metadata field as one short printable line."""
    if not isinstance(value, str):
        return ""
    text = "".join(c if c.isprintable() else " " for c in value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _resource_texts(*names: str) -> tuple[LicenceText, ...]:
    folder = resources_dir() / "licences"
    return tuple(LicenceText(name, "resources/licences", folder / name) for name in names)


def _field(meta: metadata.PackageMetadata, name: str) -> object:
    values = meta.get_all(name) or []
    return values[0] if values else None


def _licence_field(meta: metadata.PackageMetadata) -> str:
    """License-Expression, else a short License field, else the licence classifiers."""
    expression = clean(_field(meta, "License-Expression"))
    if expression:
        return expression
    plain = _field(meta, "License")
    if isinstance(plain, str) and "\n" not in plain.strip() and len(plain.strip()) <= 60:
        return clean(plain)
    named = [clean(c.rpartition("::")[2]) for c in meta.get_all("Classifier") or []
             if isinstance(c, str) and c.startswith("License ::")]
    return " / ".join(n for n in named if n)


def _is_licence_file(parts: tuple[str, ...]) -> bool:
    """A file in the dist-info folder named LICENSE*/COPYING*/NOTICE*, or under its licenses/."""
    if len(parts) < 2 or not parts[0].endswith(".dist-info"):
        return False
    if len(parts) >= 3 and parts[1] in ("licenses", "licences"):
        return True
    return len(parts) == 2 and parts[1].upper().startswith(_LICENCE_FILE_PREFIXES)


def _dist_texts(dist: metadata.Distribution, origin: str) -> list[LicenceText]:
    found: list[LicenceText] = []
    for entry in dist.files or ():
        if _is_licence_file(entry.parts):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found.append(LicenceText(clean(entry.name), origin, path))
    return sorted(found, key=lambda t: (t.title, str(t.path)))


def _distribution(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except (metadata.PackageNotFoundError, ValueError, OSError):
        return None


def dist_version(name: str) -> str:
    dist = _distribution(name)
    return clean(dist.version, 40) if dist is not None else ""


def _dist_component(name: str) -> Component:
    key = normalise(name)
    dist = _distribution(name)
    extra = _resource_texts(*_EXTRA_TEXTS.get(key, ()))
    if dist is None:
        return Component(key, name, "", "", WHAT.get(key, ""), extra)
    shown = clean(_field(dist.metadata, "Name"), 60) or name
    version = clean(dist.version, 40)
    texts = _dist_texts(dist, f"{shown} {version} metadata")
    licence = _licence_field(dist.metadata) or _LICENCE_FALLBACK.get(key, "")
    return Component(key, shown, version, licence,
                     WHAT.get(key, ""), (*texts, *extra))


def _python_texts() -> tuple[LicenceText, ...]:
    """The running interpreter's LICENSE.txt (which names the software Python includes);
    a frozen build has no standard library folder and shows the shipped copy."""
    if not getattr(sys, "frozen", False):
        try:
            own = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
        except (KeyError, OSError):
            own = None
        if own is not None and own.is_file():
            return (LicenceText("LICENSE.txt", "Python standard library", own),)
    return _resource_texts("Python-3.11.txt")


def _within(name: str) -> str:
    version = dist_version(name)
    return f"{name} {version}".strip()


def components() -> list[Component]:
    """Every part inside this fieldapp, the application first."""
    info = build_info()
    qt_version = dist_version("PySide6_Essentials")
    parts = [
        Component("fieldapp", "fieldapp", info.version, APP_LICENCE, WHAT["fieldapp"],
                  _resource_texts("GPL-3.0.txt")),
        Component("python", "Python", clean(sys.version.split()[0], 40), "PSF-2.0",
                  WHAT["python"], _python_texts()),
        # The PySide6 wheels bundle the Qt libraries of their own version.
        Component("qt", "Qt", qt_version, "LGPL-3.0-only; Qt Charts: GPL-3.0-only",
                  WHAT["qt"], _resource_texts(*_QT_TEXTS)),
    ]
    for name in SHIPPED_DISTRIBUTIONS[1:]:
        parts.append(_dist_component(name))
        if name == "sqlcipher3":
            inside = _within("sqlcipher3")
            parts += [
                Component("sqlcipher", "SQLCipher", "", "BSD-3-Clause", WHAT["sqlcipher"],
                          _resource_texts("SQLCipher-BSD-3-Clause.txt"), inside),
                Component("sqlite", "SQLite", "", "blessing (public domain)", WHAT["sqlite"],
                          _resource_texts("SQLite-public-domain.txt"), inside),
                Component("openssl-sqlcipher3", "OpenSSL", "", "Apache-2.0",
                          WHAT["openssl-sqlcipher3"], _resource_texts("Apache-2.0.txt"),
                          inside),
            ]
        elif name == "cryptography":
            parts.append(Component("openssl-cryptography", "OpenSSL", "", "Apache-2.0",
                                   WHAT["openssl-cryptography"],
                                   _resource_texts("Apache-2.0.txt"),
                                   _within("cryptography")))
    fonts = resources_dir() / "fonts" / "LICENSE"
    parts.append(Component("dejavu", "DejaVu Sans", "", "Bitstream-Vera", WHAT["dejavu"],
                           (LicenceText("LICENSE", "resources/fonts", fonts),)))
    return parts


def read_text(text: LicenceText) -> str:
    """The licence's text, at most MAX_TEXT_BYTES of it; "" when it cannot be read."""
    try:
        with text.path.open("rb") as handle:
            raw = handle.read(MAX_TEXT_BYTES + 1)
    except OSError:
        return ""
    body = raw[:MAX_TEXT_BYTES].decode("utf-8", errors="replace").replace("\r\n", "\n")
    body = "".join(c if c.isprintable() or c in "\n\t" else " " for c in body)
    if len(raw) > MAX_TEXT_BYTES:
        body += "\n[…]\n"
    return body


def version_info() -> BuildInfo:
    return build_info()
