"""Reading record JSON for the CLI: one object, an array, or JSON lines, from a file or stdin."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fieldapp.errors import InvalidInput, Problem
from fieldapp.services.user_files import (
    MAX_JSON_INPUT_BYTES,
    read_regular,
    too_large,
    unclean_text,
)


def read_json_records(source: str) -> list[Any]:
    """One JSON object, a JSON array, or JSON lines, from a file or stdin ('-')."""
    try:
        if source == "-":
            text = sys.stdin.read(MAX_JSON_INPUT_BYTES + 1)
            if len(text) > MAX_JSON_INPUT_BYTES:
                raise too_large(source, MAX_JSON_INPUT_BYTES, "input")
        else:
            # A folder, a device or a FIFO is refused, and a huge file before it is read.
            text = read_regular(Path(source), MAX_JSON_INPUT_BYTES, "input").decode("utf-8")
    except OSError as error:
        raise InvalidInput([Problem("input", "cannot_read", path=source,
                                    detail=error.strerror)]) from None
    except UnicodeDecodeError:
        raise InvalidInput([Problem("input", "not_utf8", path=source)]) from None
    items = _parse(text)
    # "\u0000" and a lone "\ud800" are valid JSON escapes but no text a record may hold.
    problems = [p for i, item in enumerate(items)
                for p in unclean_text(item, i if len(items) > 1 else None)]
    if problems:
        raise InvalidInput(problems)
    return items


def _parse(text: str) -> list[Any]:
    # Here rather than at the top: the record module brings the crypto of sealed sources,
    # which `fieldapp --help` should not wait for.
    from fieldapp.domain.record import MAX_JSON_DEPTH, too_deep
    text = text.removeprefix("\ufeff")  # a byte-order mark from a Windows editor
    if too_deep(text):
        # Checked on the text: Python's parser would recurse once per level first.
        raise InvalidInput([Problem("input", "json_nested_too_deep", limit=MAX_JSON_DEPTH)])
    try:
        value = json.loads(text)
    except json.JSONDecodeError as whole_error:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            problem = Problem("input", "malformed_json", **_json_error(whole_error))
            raise InvalidInput([problem]) from None
        items = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as error:
                problem = Problem("input", "malformed_json_line", line=number, **_json_error(error))
                raise InvalidInput([problem]) from None
        return items
    return value if isinstance(value, list) else [value]


def _json_error(error: json.JSONDecodeError) -> dict[str, Any]:
    return {"msg": error.msg, "lineno": error.lineno, "colno": error.colno}


def read_json_object(source: str) -> Any:
    items = read_json_records(source)
    if len(items) != 1:
        raise InvalidInput([Problem("input", "not_one_object")])
    return items[0]
