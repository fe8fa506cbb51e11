"""Bounds on what arrives from outside: one JSON nesting limit for every reader, and the
exact shapes of ids, clocks and times a bundle carries."""

from __future__ import annotations

import re

# Every JSON the app reads (records, manifests, receipts, rosters, `record add` input) is at
# most this deep. fieldapp's own documents are at most 5 deep; orjson stops at 1024 and
# Python's json at the interpreter's recursion limit, both far past anything legitimate.
MAX_JSON_DEPTH = 32

# Sequence numbers: an absolute cap (fits every integer column and stays printable), and how
# far one bundle may jump ahead of the highest the importer holds from that sender.
MAX_SEQUENCE = 2**31 - 1
MAX_SEQUENCE_STEP = 10_000

# Counts a manifest may announce; the archive and records.jsonl caps bound them anyway.
MAX_VERSIONS = 1_000_000

# A version's clock may run at most this far ahead of the importer's clock.
MAX_CLOCK_AHEAD_MS = 24 * 3600 * 1000

# ASCII only: `\d` would also take Arabic-Indic and other digits.
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
HLC = re.compile(r"[0-9]{15}\.[0-9]{5}")
TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")

# Everything but brackets and quotes; see too_deep().
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')
_INNERMOST = re.compile(rb"[\[{][\]}]")


def too_deep(data: bytes | str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Is this JSON text nested deeper than `limit`? Works on the text, before or instead of
    a parser's recursion, in C-speed passes: escaped backslashes, then escaped quotes, are
    dropped (left to right, as a JSON lexer reads them), so every remaining quote opens or
    closes a string; only brackets and quotes are kept, the strings between quotes are cut
    out, and each pass removes the innermost pairs. Text that stops shrinking is malformed,
    which is left for the parser to report."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False  # the usual case for one record: not even `limit` brackets
    if b'\\"' in raw:  # replace() copies even when it finds nothing: look first
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    kept = raw.translate(None, _NOT_STRUCTURE)
    structure = b"".join(kept.split(b'"')[::2])
    for _ in range(limit):
        if not structure:
            return False
        shorter = _INNERMOST.sub(b"", structure)
        if len(shorter) == len(structure):
            return False
        structure = shorter
    return bool(structure)
