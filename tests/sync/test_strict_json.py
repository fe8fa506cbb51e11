"""records.jsonl and manifests are parsed strictly, whether or not they are in the canonical
form fieldapp writes (which takes a quicker path)."""

from __future__ import annotations

import pytest

from sync.bundle import RECORDS, BundleRejected, canonical, strict_json


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
    assert caught.value.check == "records"
    assert "records.jsonl is not valid JSON" in str(caught.value)
