"""records.jsonl and manifests are parsed strictly, whether or not they are in the canonical
form fieldapp writes (which takes a quicker path)."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.bundle import RECORDS, BundleRejected, canonical, strict_json, strict_json_lines


def test_canonical_and_other_spellings_of_the_same_object_agree() -> None:
    value = {"b": [1, 2.5, None, True], "a": {"z": "ä", "y": ""}}
    assert strict_json(canonical(value), RECORDS) == value
    assert strict_json(b'{ "b" : [1, 2.5, null, true],\n "a": {"y": "", "z": "\\u00e4"} }',
                       RECORDS) == value


@pytest.mark.parametrize("text", [
    b'{"a":1,"a":2}',  # canonical spacing, still a duplicate
    b'{"a": 1, "a": 1}',
    b'{"x":{"id":"1","id":"2"}}',
    b'{"a":NaN}',
    b'{"a": Infinity}',
    b'{"a":-Infinity}',
    b'{"a":"\\ud800"}',  # a lone surrogate is no character
    b'\xff{"a":1}',
    b'{"a":1} {"a":1}',
    b'',
])
def test_ambiguous_or_broken_json_is_rejected(text: bytes) -> None:
    with pytest.raises(BundleRejected) as caught:
        strict_json(text, RECORDS)
    assert (caught.value.check, caught.value.code) == ("records", "not_json")
    assert caught.value.params["member"] == "records.jsonl" and caught.value.params["detail"]


# -- records.jsonl: the whole file checked at once ------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**63, max_value=2**63 - 1)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(value=JSON_VALUES)
def test_orjson_writes_what_canonical_writes(value: object) -> None:
    # strict_json_lines trusts orjson's sorted compact output to be canonical()'s.
    assert orjson.dumps(value, option=orjson.OPT_SORT_KEYS) == canonical(value)


def test_a_canonical_file_is_recognised_as_such() -> None:
    values = [{"type": "version", "n": n, "text": "ä\n\"x\""} for n in range(3)]
    parsed = strict_json_lines(b"".join(canonical(v) + b"\n" for v in values), RECORDS)
    assert parsed.canonical and parsed.values == values
    assert parsed.lines == [canonical(v) for v in values]


def test_other_spellings_are_parsed_but_not_taken_as_canonical() -> None:
    parsed = strict_json_lines(b'{"a": 1}\n{"b":2}\n', RECORDS)
    assert parsed.values == [{"a": 1}, {"b": 2}] and not parsed.canonical


def test_lines_that_only_join_into_valid_json_are_rejected() -> None:
    # Joined with commas these two lines are a valid two-element array that re-encodes to
    # itself, but neither line is a JSON value on its own.
    with pytest.raises(BundleRejected) as caught:
        strict_json_lines(b'{"a":[{"b":1}\n{"c":2}]},{"d":3}\n', RECORDS)
    assert caught.value.code == "line_not_json"
    assert (caught.value.params["member"], caught.value.params["line"]) == ("records.jsonl", 1)


@pytest.mark.parametrize("line", [
    b'{"a":1,"a":2}', b'{"a":NaN}', b'{"a":"\\ud800"}', b'\xff{"a":1}', b'', b'{"a":1} 2',
])
def test_a_bad_line_among_canonical_ones_is_named(line: bytes) -> None:
    data = canonical({"ok": 1}) + b"\n" + line + b"\n" + canonical({"ok": 2}) + b"\n"
    with pytest.raises(BundleRejected) as caught:
        strict_json_lines(data, RECORDS)
    assert (caught.value.check, caught.value.code) == ("records", "line_not_json")
    assert (caught.value.params["member"], caught.value.params["line"]) == ("records.jsonl", 2)
