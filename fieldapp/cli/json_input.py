"""Reading record JSON for the CLI: one object, an array, or JSON lines, from a file or stdin."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fieldapp.domain.record import MAX_JSON_DEPTH, too_deep
from fieldapp.errors import InvalidInput, Problem


def read_json_records(source: str) -> list[Any]:
    """One JSON object, a JSON array, or JSON lines, from a file or stdin ('-')."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise InvalidInput([Problem("input", "cannot_read", path=source,
                                    detail=error.strerror)]) from None
    except UnicodeDecodeError:
        raise InvalidInput([Problem("input", "not_utf8", path=source)]) from None
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
