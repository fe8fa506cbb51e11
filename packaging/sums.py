"""SHA256SUMS in the format of `sha256sum`, which `sha256sum -c` and fieldapp both read."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

NAME = "SHA256SUMS"


def digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def write(dist: Path, artefacts: Iterable[Path]) -> Path:
    """One line per artefact, sorted by name; the old sums (and their signature) replaced."""
    lines = [f"{digest(path)}  {path.name}\n" for path in sorted(artefacts, key=lambda p: p.name)]
    target = dist / NAME
    (dist / f"{NAME}.sig").unlink(missing_ok=True)  # it signed other sums
    target.write_text("".join(lines), encoding="ascii", newline="\n")
    return target
