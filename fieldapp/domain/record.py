"""The threat record: its fields, validation against the vocabulary, and canonical form.

Validation returns every problem at once, each naming the field (and the record's
index in a batch), and for a code the allowed codes.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from typing import Any

from fieldapp.domain.sealed_form import is_sealed_blob
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import InvalidInput, Problem

# Re-exported for `record add` input: the faces may not import sync.
from sync.limits import MAX_JSON_DEPTH as MAX_JSON_DEPTH
from sync.limits import UUID
from sync.limits import too_deep as too_deep

FIELDS = (
    "title",
    "occurred_on",
    "occurred_until",
    "region",
    "locality",
    "threat_type",
    "sectors",
    "perpetrators",
    "victims",
    "description",
    "outcome",
    "sources",
)
# Fields added with cases. A record holds them only when they have a value, so a record
# written before them keeps its canonical form and its hash.
OPTIONAL_FIELDS = ("case", "legal_articles", "outcome_on")
REQUIRED = ("title", "occurred_on", "region", "threat_type", "sectors")
# Added on output; accepted on input only so a record shown can be fed back in.
OUTPUT_ONLY = ("id", "version", "author", "created_at", "updated_at", "threat_block",
               "case_reference")

PERPETRATOR_KEYS = ("kind", "body", "name")
VICTIM_KEYS = ("alias", "gender", "category")
SOURCE_KEYS = ("name", "contact", "note")

MAX_TEXT = {"title": 300, "locality": 200, "description": 20_000}
MAX_SHORT = 300

# ASCII digits only: `\d` would take Arabic-Indic and other digits, which int() reads too.
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?")

# C0 and C1 controls and DEL: no text a record holds may steer a terminal. Multi-line fields
# keep the line feed and the tab.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MULTILINE = frozenset({"description", "note", "summary"})


def has_control(text: str, multiline: bool = False) -> bool:
    """Does text hold a control character (other than a line feed or tab in multi-line
    text)?"""
    # Every control is unprintable, and most text is printable: one C-speed pass for it.
    return not text.isprintable() and (
        (_CONTROL_MULTILINE if multiline else _CONTROL).search(text) is not None)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def has_surrogate(text: str) -> bool:
    """A lone surrogate: no UTF-8 text carries one, so it can be neither stored nor hashed
    (the input layer refuses it first; this keeps validation whole for any caller)."""
    return not text.isprintable() and _SURROGATE.search(text) is not None


def strip_controls(text: str) -> str:
    """text without control characters (for names taken from outside, such as a file's)."""
    return _CONTROL.sub("", text)

Record = dict[str, Any]


def empty_record() -> Record:
    return {
        "title": "",
        "occurred_on": "",
        "occurred_until": None,
        "region": "",
        "locality": "",
        "threat_type": "",
        "sectors": [],
        "perpetrators": [],
        "victims": [],
        "description": "",
        "outcome": None,
        "sources": [],
    }


def parse_partial_date(text: str) -> tuple[int, int, int | None] | None:
    """'2020-03-14' or '2020-03' -> (year, month, day or None); None if not a real date."""
    match = _DATE.fullmatch(text)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    day = int(match.group(3)) if match.group(3) else None
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return year, month, day


def date_key(text: str, end: bool = False) -> tuple[int, int, int]:
    """Sort key of a partial date; a month alone counts as its first day (its last if end)."""
    parsed = parse_partial_date(text)
    if parsed is None:
        raise ValueError(text)
    return parsed[0], parsed[1], parsed[2] or (31 if end else 1)


class Checker:
    def __init__(self, taxonomy: Taxonomy, index: int | None) -> None:
        self.taxonomy = taxonomy
        self.index = index
        self.problems: list[Problem] = []

    def fail(self, field: str, code: str, **params: Any) -> None:
        self.problems.append(Problem(field, code, self.index, **params))

    def text(self, field: str, value: Any, limit: int = MAX_SHORT, required: bool = False) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(field, "not_text")
            return ""
        value = value.strip()
        if required and not value:
            self.fail(field, "required")
        elif len(value) > limit:
            self.fail(field, "too_long", length=len(value), limit=limit)
        elif has_control(value, field.rpartition(".")[2] in MULTILINE):
            self.fail(field, "control_character")
        elif has_surrogate(value):
            self.fail(field, "nul_or_surrogate")
        return value

    def code(self, field: str, vocabulary: str, value: Any, required: bool = True) -> str | None:
        if value is None or value == "":
            if required:
                self.fail(field, "required")
            return None
        vocab = self.taxonomy[vocabulary]
        if not isinstance(value, str) or value not in vocab:
            allowed = ", ".join(vocab.codes(include_retired=False))
            self.fail(field, "unknown_code", value=value, allowed=allowed)
            return None
        return value

    def items(self, field: str, value: Any, keys: tuple[str, ...]) -> list[dict[str, Any]]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(field, "not_a_list")
            return []
        result = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.fail(f"{field}[{i}]", "not_an_object")
                continue
            for key in item:
                if key not in keys:
                    self.fail(f"{field}[{i}].{key}", "unknown_field", allowed=", ".join(keys))
            result.append(item)
        return result


def validate(data: Any, taxonomy: Taxonomy, index: int | None = None) -> Record:
    """Check one record's JSON object; return its normal form or raise InvalidInput."""
    check = Checker(taxonomy, index)
    if not isinstance(data, dict):
        raise InvalidInput([Problem("record", "not_a_json_object", index)])
    for key in data:
        if key not in FIELDS and key not in OPTIONAL_FIELDS and key not in OUTPUT_ONLY:
            check.fail(key, "unknown_field", allowed=", ".join((*FIELDS, *OPTIONAL_FIELDS)))
    for key in REQUIRED:
        value = data.get(key)
        if value in (None, "", []) or (isinstance(value, str) and not value.strip()):
            check.fail(key, "required")

    record = empty_record()
    record["title"] = check.text("title", data.get("title"), MAX_TEXT["title"])
    record["locality"] = check.text("locality", data.get("locality"), MAX_TEXT["locality"])
    record["description"] = check.text(
        "description", data.get("description"), MAX_TEXT["description"]
    )
    record["occurred_on"] = check_date(check, "occurred_on", data.get("occurred_on"))
    until = data.get("occurred_until")
    if until not in (None, ""):
        record["occurred_until"] = check_date(check, "occurred_until", until)
        if (
            record["occurred_on"]
            and record["occurred_until"]
            and date_key(record["occurred_until"], end=True) < date_key(record["occurred_on"])
        ):
            check.fail("occurred_until", "until_before_on")
    if "region" in data and data["region"] not in (None, ""):
        record["region"] = check.code("region", "region", data["region"]) or ""
    if "threat_type" in data and data["threat_type"] not in (None, ""):
        record["threat_type"] = check.code("threat_type", "threat_type", data["threat_type"]) or ""
    record["sectors"] = _check_sectors(check, data.get("sectors"))
    record["perpetrators"] = _check_perpetrators(check, data.get("perpetrators"))
    record["victims"] = check_persons(check, data.get("victims"))
    record["outcome"] = check.code("outcome", "outcome", data.get("outcome"), required=False)
    record["sources"] = _check_sources(check, data.get("sources"))
    _check_case_fields(check, data, record)

    if check.problems:
        raise InvalidInput(check.problems)
    return record


def _check_case_fields(check: Checker, data: dict[str, Any], record: Record) -> None:
    """case, legal_articles and outcome_on: set on `record` only when they have a value."""
    case = data.get("case")
    if case not in (None, ""):
        # The faces turn a reference into the case's id first; what is left is a case id.
        if not isinstance(case, str) or UUID.fullmatch(case) is None:
            check.fail("case", "unknown_case", value=case)
        else:
            record["case"] = case
    articles = data.get("legal_articles")
    if articles not in (None, []):
        if not isinstance(articles, list):
            check.fail("legal_articles", "not_an_article_list")
        else:
            codes = [check.code(f"legal_articles[{i}]", "legal_article", code)
                     for i, code in enumerate(articles)]
            order = {c: n for n, c in enumerate(check.taxonomy["legal_article"].codes())}
            chosen = sorted({c for c in codes if c}, key=order.__getitem__)
            if chosen:
                record["legal_articles"] = chosen
    outcome_on = data.get("outcome_on")
    if outcome_on not in (None, ""):
        value = check_date(check, "outcome_on", outcome_on)
        if value and record["outcome"] is None and data.get("outcome") in (None, ""):
            check.fail("outcome_on", "outcome_on_without_outcome")
        elif value and record["occurred_on"] and (
                date_key(value, end=True) < date_key(record["occurred_on"])):
            check.fail("outcome_on", "outcome_before_occurred",
                       outcome_on=value, occurred_on=record["occurred_on"])
        elif value:
            record["outcome_on"] = value


def check_date(check: Checker, field: str, value: Any) -> str:
    if value in (None, ""):
        return ""
    if not isinstance(value, str) or parse_partial_date(value) is None:
        check.fail(field, "bad_date", value=value)
        return ""
    return value


def _check_sectors(check: Checker, value: Any) -> list[str]:
    if value in (None, []):
        return []
    if not isinstance(value, list):
        check.fail("sectors", "not_a_code_list")
        return []
    vocab = check.taxonomy["sector"]
    codes = []
    for i, code in enumerate(value):
        checked = check.code(f"sectors[{i}]", "sector", code)
        if checked and checked not in codes:
            codes.append(checked)
    # Canonical order: the vocabulary's, so the same set always hashes the same.
    order = {c: n for n, c in enumerate(vocab.codes())}
    return sorted(codes, key=order.__getitem__)


def _check_perpetrators(check: Checker, value: Any) -> list[dict[str, Any]]:
    result = []
    for i, item in enumerate(check.items("perpetrators", value, PERPETRATOR_KEYS)):
        where = f"perpetrators[{i}]"
        kind = check.code(f"{where}.kind", "perpetrator_kind", item.get("kind"))
        body = None
        if kind == "state":
            body = check.code(f"{where}.body", "state_body", item.get("body"))
        elif item.get("body") not in (None, ""):
            check.fail(f"{where}.body", "body_only_for_state")
        name = check.text(f"{where}.name", item.get("name"))
        result.append({"kind": kind or "", "body": body, "name": name})
    return result


def check_persons(check: Checker, value: Any, field: str = "victims") -> list[dict[str, Any]]:
    """A record's victims, or a case's persons: alias, gender, category."""
    result = []
    for i, item in enumerate(check.items(field, value, VICTIM_KEYS)):
        where = f"{field}[{i}]"
        alias = check.text(f"{where}.alias", item.get("alias"), required=True)
        gender = check.code(f"{where}.gender", "victim_gender", item.get("gender"), required=False)
        category = check.code(
            f"{where}.category", "victim_category", item.get("category"), required=False
        )
        result.append({"alias": alias, "gender": gender, "category": category})
    return result


MAX_SEALED_BYTES = 1024 * 1024
MAX_SEALED_BLOBS = 1000  # one per edit that added sources
MAX_SOURCES = 100_000


def _check_sealed(check: Checker, value: dict[str, Any]) -> dict[str, Any]:
    """The stored form: age files (base64) only the office's source key opens, and a count."""
    blobs, count = value.get("sealed"), value.get("count")
    if (
        set(value) != {"sealed", "count"}
        or not isinstance(blobs, list) or not blobs or len(blobs) > MAX_SEALED_BLOBS
        or not all(isinstance(b, str) and 0 < len(b) <= MAX_SEALED_BYTES for b in blobs)
        or not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_SOURCES
    ):
        check.fail("sources", "sealed_malformed")
    elif not all(map(is_sealed_blob, blobs)):
        check.fail("sources", "not_sealed")
    return value


def _check_sources(check: Checker, value: Any) -> list[dict[str, str]] | dict[str, Any]:
    if isinstance(value, dict):
        return _check_sealed(check, value)
    result = []
    for i, item in enumerate(check.items("sources", value, SOURCE_KEYS)):
        where = f"sources[{i}]"
        source = {key: check.text(f"{where}.{key}", item.get(key)) for key in SOURCE_KEYS}
        if not any(source.values()):
            check.fail(where, "empty_item")
        result.append(source)
    return result


def apply_edit(current: Record, changes: Any, taxonomy: Taxonomy) -> Record:
    """The fields given replace those fields; the result is validated as a whole."""
    if not isinstance(changes, dict):
        raise InvalidInput([Problem("record", "not_a_json_object")])
    merged = dict(current)
    for key, value in changes.items():
        if key in OUTPUT_ONLY or (key == "sources" and is_sources_summary(value)):
            continue  # shown-only fields, and the count shown in place of sealed sources
        merged[key] = value
    return validate(merged, taxonomy)


def sources_summary(sources: Any) -> dict[str, Any]:
    """What lists and `record show` give in place of sources: how many, never who."""
    count = sources.get("count", 0) if isinstance(sources, dict) else len(sources or [])
    return {"count": count, "sealed_for": "office"}


def is_sources_summary(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"count", "sealed_for"}


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same record always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(record: Record) -> str:
    return hashlib.sha256(canonical_json(record)).hexdigest()


def tombstone_hash(record_id: str) -> str:
    """The content hash of a deletion: it hashes what was deleted, not nothing."""
    return content_hash({"deleted": record_id})


def public_part(record: Record) -> Record:
    """Everything but the sources of information, which never reach lists or the index."""
    return {k: v for k, v in record.items() if k != "sources"}
