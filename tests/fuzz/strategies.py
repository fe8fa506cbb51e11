"""Inputs for the fuzzing harness: bytes and text mutated from a valid sample, and JSON
values, some of them nearly valid."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

# Bytes that mean something to one of the formats: line ends, NULs, the age and tar marks,
# JSON's brackets, digits and signs for number fields, overlong UTF-8, a lone surrogate.
TOKENS = [b"\n", b"\r\n", b"\0", b" ", b"-> ", b"---", b"ustar\x0000", b"{", b"}", b"[", b"]",
          b'"', b":", b",", b"-1", b"0", b"9" * 24, b"1e309", b"NaN", b"\xff", b"\xc0\x80",
          b"\xed\xa0\x80", b"=", b"AAAA", b"age1", b"X25519", b"ssh-ed25519", b"\x1b[2J"]


@st.composite
def mutated(draw: st.DrawFn, sample: bytes, max_ops: int = 6) -> bytes:
    """`sample` with a few edits: bytes flipped, set, inserted, deleted, duplicated, cut."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, max_ops))):
        kind = draw(st.sampled_from(["flip", "set", "insert", "token", "delete", "repeat",
                                     "truncate"]))
        at = draw(st.integers(0, len(data))) if data else 0
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set" and data:
            at = min(at, len(data) - 1)
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif kind == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == "repeat":
            size = draw(st.integers(1, 600))
            data[at:at] = data[at:at + size] * draw(st.integers(1, 3))
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


def bytes_like(sample: bytes) -> st.SearchStrategy[bytes]:
    """Mostly mutations of a valid sample (they reach deep into a parser), sometimes noise."""
    return st.one_of(mutated(sample), mutated(sample), mutated(sample),
                     st.binary(max_size=len(sample) + 64))


def text_like(sample: str) -> st.SearchStrategy[str]:
    return st.one_of(
        mutated(sample.encode()).map(lambda b: b.decode("utf-8", "surrogateescape")),
        st.text(max_size=len(sample) + 16))


_SCALARS = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40), st.sampled_from(["", " ", "\x00", "\ud800", "x" * 301, "2021-02-30",
                                           "٣", "１２", "\u202e", "\x1b[31m"]),
)
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(st.text(max_size=12), inner, max_size=5)),
    max_leaves=12,
)


@st.composite
def perturbed(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """`value` with some of its parts replaced, dropped or added (keys kept mostly)."""
    if depth > 6 or draw(st.integers(0, 9)) == 0:
        return draw(JSON_VALUES)
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            choice = draw(st.integers(0, 9))
            if choice == 0:
                continue  # dropped
            result[key] = draw(perturbed(item, depth + 1)) if choice <= 3 else item
        if draw(st.integers(0, 7)) == 0:
            result[draw(st.text(max_size=10))] = draw(JSON_VALUES)
        return result
    if isinstance(value, list):
        items = [draw(perturbed(item, depth + 1)) if draw(st.booleans()) else item
                 for item in value]
        if draw(st.integers(0, 5)) == 0:
            items.append(draw(JSON_VALUES))
        return items
    return value if draw(st.booleans()) else draw(JSON_VALUES)


def json_bytes(value: Any) -> bytes:
    """Canonical JSON, as fieldapp writes it (surrogates kept as escapes)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False
                      ).encode("utf-8", "surrogatepass")


def json_like(sample: Any) -> st.SearchStrategy[bytes]:
    """JSON documents near `sample`: perturbed values, then sometimes byte mutations."""
    near = perturbed(sample).map(json_bytes)
    return st.one_of(near, near, near.flatmap(mutated), st.just(json_bytes(sample)),
                     JSON_VALUES.map(json_bytes))
