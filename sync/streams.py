"""Adapters between iterators of byte chunks and file-like objects, so formats can stream."""

from __future__ import annotations

import io
from collections.abc import Iterator


class IteratorReader(io.RawIOBase):
    """A read-only binary stream over an iterator of bytes chunks (nothing is buffered whole)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._current:
            try:
                self._current = memoryview(next(self._chunks))
            except StopIteration:
                return 0
        size = min(len(buffer), len(self._current))
        buffer[:size] = self._current[:size]
        self._current = self._current[size:]
        return size


def reader(chunks: Iterator[bytes]) -> io.BufferedReader:
    """A buffered stream (with read(n) that fills n when it can) over chunks."""
    return io.BufferedReader(IteratorReader(chunks), buffer_size=64 * 1024)
