"""The import's quick normal-form check never lets through what the full validator would
reject or change: is_normal(r) must imply validate(r) == r."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.normal_form import is_normal
from fieldapp.domain.record import validate
from fieldapp.domain.sealing import seal
from fieldapp.domain.taxonomy import load_default
from fieldapp.errors import InvalidInput
from fieldapp.services.demo import generate_records
from sync import age

TAXONOMY = load_default()
NORMAL = [validate(r, TAXONOMY) for r in generate_records(200)]
SEALED = seal([{"name": "A", "contact": "", "note": ""}] * 2,
              age.X25519Identity.generate().recipient())
# base64 of bytes that are not an age file, and of an age file sealed with one stanza.
FORGED = {"sealed": ["YWdlLWVuY3J5cHRpb24="], "count": 2}
ONE_STANZA = {"sealed": [__import__("base64").b64encode(age.encrypt_bytes(
    b"[]", [age.X25519Identity.generate().recipient()])).decode()], "count": 1}

# Values a record's fields, or the fields of its people, might be changed to.
ODD_VALUES = st.sampled_from([
    None, "", " ", "  padded  ", "x" * 301, "x" * 20_001, 0, 1, True, [], {}, ["x"],
    "2021-02-30", "2021-13", "2021-02", "2021-02-03", "1999-01", "kz-ala", "not-a-code",
    "state", "company", "police", "man", "woman", "journalist", SEALED,
    {"sealed": [], "count": 1}, {"sealed": ["x"], "count": True},
    [{"name": "A", "contact": "", "note": ""}], [{"name": "", "contact": "", "note": ""}],
    FORGED, ONE_STANZA, "\u0662\u0660\u0662\u0663-\u0660\u0661-\u0660\u0661", "2021-02\n",
    "a\x1b[31mb", "line\nbreak", "tab\tstop", "csi\x9bJ", "del\x7f", "nul\x00",
    [{"name": "A\x1b]0;x\x07", "contact": "", "note": ""}],
    [{"name": "A", "contact": "", "note": "two\nlines"}],
])


def verdict(record: Any) -> Any:
    try:
        return validate(record, TAXONOMY)
    except InvalidInput:
        return "invalid"


def test_every_record_the_app_writes_takes_the_quick_path() -> None:
    assert all(is_normal(r, TAXONOMY) for r in NORMAL)
    assert is_normal({**NORMAL[0], "sources": SEALED}, TAXONOMY)


def test_what_validate_refuses_the_quick_path_refuses_too() -> None:
    """Controls, non-ASCII digits and forged sealed sources: refused by both."""
    base = NORMAL[0]
    for record in ({**base, "title": "a\x1b[2Jb"}, {**base, "locality": "a\tb"},
                   {**base, "description": "a\x9bb"}, {**base, "occurred_on": "٢٠٢٣-٠١-٠١"},
                   {**base, "sources": FORGED}, {**base, "sources": ONE_STANZA}):
        assert verdict(record) == "invalid"
        assert not is_normal(record, TAXONOMY)
    multiline = {**base, "description": "two\nlines\tand a tab"}
    assert is_normal(multiline, TAXONOMY) and verdict(multiline) == multiline


@settings(max_examples=600, deadline=None)
@given(
    base=st.sampled_from(NORMAL),
    changes=st.lists(st.tuples(st.sampled_from([
        "title", "occurred_on", "occurred_until", "region", "locality", "threat_type",
        "sectors", "perpetrators", "victims", "description", "outcome", "sources", "id",
        "perpetrators.0.kind", "perpetrators.0.body", "perpetrators.0.name", "victims.0.alias",
        "victims.0.gender", "victims.0.category", "victims.0.extra", "sectors.reverse",
        "-title", "-victims", "-perpetrators.0.body",
    ]), ODD_VALUES), max_size=3),
)
def test_a_record_passed_as_normal_is_exactly_what_validate_returns(
    base: dict[str, Any], changes: list[tuple[str, Any]]
) -> None:
    record = copy.deepcopy(base)
    for path, value in changes:
        change(record, path, value)
    if is_normal(record, TAXONOMY):
        assert verdict(record) == record


def change(record: dict[str, Any], path: str, value: Any) -> None:
    if path == "sectors.reverse":
        if isinstance(record.get("sectors"), list):  # an earlier change may have replaced it
            record["sectors"] = list(reversed(record["sectors"]))
        return
    remove = path.startswith("-")
    *parents, last = path.lstrip("-").split(".")
    target: Any = record
    for part in parents:
        if part.isdigit():
            target = target[int(part)] if isinstance(target, list) and target else None
        else:
            target = target.get(part) if isinstance(target, dict) else None
    if not isinstance(target, dict):
        return
    if remove:
        target.pop(last, None)
    else:
        target[last] = copy.deepcopy(value)


def test_records_the_validator_would_change_are_not_normal() -> None:
    base = NORMAL[0]
    for changed in (
        {**base, "title": " " + base["title"]},
        {**base, "occurred_until": ""},
        {**base, "outcome": ""},
        {**base, "sectors": base["sectors"] * 2},
        {**base, "id": "x"},
        {k: v for k, v in base.items() if k != "victims"},
    ):
        assert not is_normal(changed, TAXONOMY)
