"""`fieldapp --version` and `fieldapp --licences`: answered while the arguments are parsed,
before any vault or window. Each looks up what it prints only when given (no git, no
package metadata at every start)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any


class _Immediate(argparse.Action):
    """An option that prints and exits as soon as argparse meets it (like action="version",
    but with text computed only then)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def text(self) -> str:
        raise NotImplementedError

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        try:
            sys.stdout.write(self.text() + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            # `fieldapp --licences | head`: the reader has what it wanted; the exit's own
            # flush goes to nothing rather than failing again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        parser.exit(0)


class VersionAction(_Immediate):
    def text(self) -> str:
        from fieldapp.services.about import version_info

        return version_info().line()


class LicencesAction(_Immediate):
    def text(self) -> str:
        from fieldapp.services.about import components, version_info

        info = version_info()
        lines = [info.line(), ""]
        for part in components():
            lines.append(f"{part.name} {part.version_text()}".rstrip()
                         + f": {part.licence or '?'} — {part.what}")
            lines += [f"    {t.origin}: {t.path}" for t in part.texts] or ["    (no text)"]
        return "\n".join([*lines, "", *_notices(info.commit)])


def _notices(commit: str) -> list[str]:
    """What the GPL and the LGPL ask a user to be told (the window words its own)."""
    from fieldapp.services import about

    return [
        f"fieldapp is free software under the {about.APP_LICENCE} licence: you may"
        " redistribute and change it under the terms of the GNU General Public License,"
        f" version 3 or later. The source of this build is fieldapp's commit {commit}.",
        "The Qt libraries are shipped as separate shared libraries in the application's"
        " folder, where they can be replaced by other builds of the same Qt version. Qt's"
        f" source is at {about.QT_SOURCE_URL} (Qt for Python's at {about.PYSIDE_SOURCE_URL});"
        f" the software Qt itself includes is listed at {about.QT_THIRD_PARTY_URL}.",
    ]
