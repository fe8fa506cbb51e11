"""Hybrid logical clock: wall-clock milliseconds plus a counter, so versions order sanely
even when laptops' clocks disagree or go backwards."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sync.limits import HLC


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int

    def __str__(self) -> str:
        # Fixed width, so the text form sorts exactly like the value.
        return f"{self.wall_ms:015d}.{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        # Exactly the fixed-width form, ASCII digits only (isdigit() also takes "²" and
        # Arabic-Indic digits, which int() then refuses or reads).
        if not HLC.fullmatch(text):
            raise ValueError(f"not a clock value: {text[:40]!r}")
        wall, _, counter = text.partition(".")
        return cls(int(wall), int(counter))


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: Hlc | None, wall_ms: int | None = None) -> Hlc:
    """The next local timestamp: never behind the last one, whatever the wall clock says."""
    wall = now_ms() if wall_ms is None else wall_ms
    if last is None or wall > last.wall_ms:
        return Hlc(wall, 0)
    return Hlc(last.wall_ms, last.counter + 1)


def receive(last: Hlc | None, remote: Hlc, wall_ms: int | None = None) -> Hlc:
    """Advance the local clock past a timestamp seen in someone else's version."""
    wall = now_ms() if wall_ms is None else wall_ms
    candidates = [Hlc(wall, 0), Hlc(remote.wall_ms, remote.counter + 1)]
    if last is not None:
        candidates.append(Hlc(last.wall_ms, last.counter + 1))
    return max(candidates)
