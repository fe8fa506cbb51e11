"""Recognise a record that is already in its normal form, in one quick pass.

`record.validate` explains every problem and normalises what it can; that care costs about
a hundred microseconds a record, most of an import's Python time. Records that travel in
bundles were normalised by the observer's vault before they were hashed, so the office first
asks the cheaper question "is this exactly what validate would return?" and runs the full
validator only when the answer is no. `is_normal(r)` must imply `validate(r) == r`; a test
checks that on generated records.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from fieldapp.domain.record import (
    FIELDS,
    MAX_SEALED_BLOBS,
    MAX_SEALED_BYTES,
    MAX_SHORT,
    MAX_SOURCES,
    MAX_TEXT,
    OPTIONAL_FIELDS,
    PERPETRATOR_KEYS,
    SOURCE_KEYS,
    VICTIM_KEYS,
    date_key,
    has_control,
    has_surrogate,
    parse_partial_date,
)
from fieldapp.domain.sealed_form import is_sealed_blob
from fieldapp.domain.taxonomy import Taxonomy, Vocabulary
from sync.limits import UUID

_FIELD_SET = frozenset(FIELDS)
_ALL_FIELDS = frozenset((*FIELDS, *OPTIONAL_FIELDS))
_PERPETRATOR_SET = frozenset(PERPETRATOR_KEYS)
_VICTIM_SET = frozenset(VICTIM_KEYS)
_SOURCE_SET = frozenset(SOURCE_KEYS)


def is_normal(data: Any, taxonomy: Taxonomy) -> bool:
    """True when `data` is a valid record exactly as `validate` would return it."""
    if type(data) is not dict:
        return False
    keys = data.keys()
    if keys != _FIELD_SET and not (_FIELD_SET < keys <= _ALL_FIELDS and _case_fields(data,
                                                                                  taxonomy)):
        return False
    return (
        _text(data["title"], MAX_TEXT["title"], required=True)
        and _text(data["locality"], MAX_TEXT["locality"])
        and _text(data["description"], MAX_TEXT["description"], multiline=True)
        and _dates(data["occurred_on"], data["occurred_until"])
        and _code(data["region"], taxonomy["region"])
        and _code(data["threat_type"], taxonomy["threat_type"])
        and _sectors(data["sectors"], taxonomy["sector"])
        and _perpetrators(data["perpetrators"], taxonomy)
        and _victims(data["victims"], taxonomy)
        and (data["outcome"] is None or _code(data["outcome"], taxonomy["outcome"]))
        and _sources(data["sources"])
    )


def _case_fields(data: dict[str, Any], taxonomy: Taxonomy) -> bool:
    """The optional fields a record holds, each with a value in its normal form."""
    case = data.get("case", _UUID_EXAMPLE)
    articles = data.get("legal_articles", ["cc_274"])
    outcome_on = data.get("outcome_on")
    return (type(case) is str and UUID.fullmatch(case) is not None
            and _ordered_codes(articles, taxonomy["legal_article"])
            and (outcome_on is None or (
                type(outcome_on) is str and data["outcome"] is not None
                and type(data["occurred_on"]) is str
                and parse_partial_date(outcome_on) is not None
                and parse_partial_date(data["occurred_on"]) is not None
                and date_key(outcome_on, end=True) >= date_key(data["occurred_on"]))))


_UUID_EXAMPLE = "00000000-0000-0000-0000-000000000000"


def _text(value: Any, limit: int = MAX_SHORT, required: bool = False,
          multiline: bool = False) -> bool:
    return (type(value) is str and len(value) <= limit and value == value.strip()
            and (bool(value) or not required) and not has_control(value, multiline)
            and not has_surrogate(value))


def _code(value: Any, vocabulary: Vocabulary) -> bool:
    return type(value) is str and value in vocabulary


def _dates(on: Any, until: Any) -> bool:
    if type(on) is not str or parse_partial_date(on) is None:
        return False
    if until is None:
        return True
    return (type(until) is str and parse_partial_date(until) is not None
            and date_key(until, end=True) >= date_key(on))


def _sectors(value: Any, vocabulary: Vocabulary) -> bool:
    return _ordered_codes(value, vocabulary)


def _ordered_codes(value: Any, vocabulary: Vocabulary) -> bool:
    """A non-empty list of codes, each once, in the vocabulary's order."""
    if type(value) is not list or not value or not all(_code(c, vocabulary) for c in value):
        return False
    order = vocabulary.codes()
    positions = [order.index(c) for c in value]
    return all(a < b for a, b in pairwise(positions))


def _perpetrators(value: Any, taxonomy: Taxonomy) -> bool:
    if type(value) is not list:
        return False
    for item in value:
        if type(item) is not dict or item.keys() != _PERPETRATOR_SET:
            return False
        kind, body = item["kind"], item["body"]
        if not _code(kind, taxonomy["perpetrator_kind"]) or not _text(item["name"]):
            return False
        if not (_code(body, taxonomy["state_body"]) if kind == "state" else body is None):
            return False
    return True


def _victims(value: Any, taxonomy: Taxonomy) -> bool:
    if type(value) is not list:
        return False
    for item in value:
        if type(item) is not dict or item.keys() != _VICTIM_SET:
            return False
        if not _text(item["alias"], required=True):
            return False
        for key, vocabulary in (("gender", "victim_gender"), ("category", "victim_category")):
            if item[key] is not None and not _code(item[key], taxonomy[vocabulary]):
                return False
    return True


def _sources(value: Any) -> bool:
    """Sealed sources as stored, or a list of plain ones (as a vault holds them before
    sealing)."""
    if type(value) is dict:
        blobs, count = value.get("sealed"), value.get("count")
        return (value.keys() == {"sealed", "count"} and type(blobs) is list and bool(blobs)
                and len(blobs) <= MAX_SEALED_BLOBS
                and all(type(b) is str and 0 < len(b) <= MAX_SEALED_BYTES for b in blobs)
                and type(count) is int and 1 <= count <= MAX_SOURCES
                and all(map(is_sealed_blob, blobs)))
    if type(value) is not list:
        return False
    for item in value:
        if type(item) is not dict or item.keys() != _SOURCE_SET:
            return False
        if not all(_text(item[key], multiline=key == "note") for key in SOURCE_KEYS) \
                or not any(item.values()):
            return False
    return True
