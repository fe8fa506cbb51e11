"""Progress of long work on the terminal (large evidence files), kept apart so that a
command importing it pulls in nothing else."""

from __future__ import annotations

import sys
from collections.abc import Callable


def mib_progress(doing: str) -> Callable[[int, int], None] | None:
    """A progress line on a terminal's stderr for work counted in MiB, shown only when
    there are a few of them (a script reading stderr sees nothing new)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= 4:
            end = "\n" if done >= total else ""
            print(f"\r{doing}: {done} of {total} MiB", end=end, file=sys.stderr, flush=True)

    return show
