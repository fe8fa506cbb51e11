"""Files and text a user hands the faces: regular files only, bounded, and clean text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fieldapp.errors import Problem
from fieldapp.store.files import write_replacing
from fieldapp.store.regular_files import open_regular, read_regular, text_is_clean, too_large

__all__ = ["MAX_JSON_INPUT_BYTES", "MAX_PASSPHRASE_LINE", "open_regular", "read_regular",
           "text_is_clean", "too_large", "unclean_text", "write_replacing"]

# Record JSON for `record add` and friends: far above any batch a person writes by hand or a
# script produces (a record is at most some tens of KiB), far below what would exhaust memory.
MAX_JSON_INPUT_BYTES = 64 * 1024 * 1024
# A passphrase file's first line, in characters.
MAX_PASSPHRASE_LINE = 64 * 1024


def unclean_text(value: Any, index: int | None = None) -> list[Problem]:
    """A problem for each key or string in a JSON value that holds a NUL or a lone
    surrogate, named by its place in the value (walked without recursion, so any depth)."""
    return [Problem(place or "input", "nul_or_surrogate", index)
            for place, text in _strings(value) if not text_is_clean(text)]


def _strings(value: Any) -> Iterator[tuple[str, str]]:
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        place, item = stack.pop()
        if isinstance(item, str):
            yield place, item
        elif isinstance(item, dict):
            for key, inner in item.items():
                name = f"{place}.{key}" if place else str(key)
                if isinstance(key, str) and not text_is_clean(key):
                    yield place or "input", key
                    name = f"{place}.?" if place else "?"
                stack.append((name, inner))
        elif isinstance(item, list):
            stack.extend((f"{place}[{i}]", inner) for i, inner in enumerate(item))
