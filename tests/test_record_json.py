"""The import stores pieces cut out of each record's canonical JSON instead of encoding the
record again; the pieces must be exactly what an encoding would give, whatever the text in
the record says, and a version line read the quick way must arrive as it would the slow way."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.record import (
    canonical_json,
    content_hash,
    public_part,
    strip_controls,
    validate,
)
from fieldapp.domain.record_json import split_record
from fieldapp.domain.sealing import combine, seal
from fieldapp.domain.taxonomy import load_default
from fieldapp.services.demo import generate_records
from fieldapp.store.records import StoredForm, Version
from fieldapp.store.records_jsonl import parse_version, version_line
from sync import age

TAXONOMY = load_default()
RECIPIENT = age.X25519Identity.generate().recipient()
NORMAL = [validate(r, TAXONOMY) for r in generate_records(50)]
SEALED = combine(*(seal([{"name": "n", "contact": "", "note": ""}], RECIPIENT)
                   for _ in range(2)))

# Text that looks like the keys the cut looks for, quotes, escapes, and letters of every kind.
TRICKY = st.lists(st.sampled_from(
    [*',":{}[]\\/', '"sources":', ',"threat_type":', ',"sectors":', ',"record":',
     ',"record_id":', "\n", "\t", "\x00", "\x1f", "\u2028", "é", "Қ", "ж", "😀", "a", " "]),
    max_size=12).map("".join)


def with_text(base: dict[str, Any], title: str, description: str, name: str) -> dict[str, Any]:
    """The text put into a record, less what validate refuses: control characters (a
    description keeps line feeds and tabs)."""
    title, name = strip_controls(title), strip_controls(name)
    description = description.replace("\x00", "").replace("\x1f", "")
    record = copy.deepcopy(base)
    record["title"] = title.strip() or "t"
    record["description"] = description.strip()
    record["locality"] = name.strip()
    for victim in record["victims"]:
        victim["alias"] = name.strip() or "v"
    for perpetrator in record["perpetrators"]:
        perpetrator["name"] = name.strip()
    return validate(record, TAXONOMY)


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from(NORMAL), title=TRICKY, description=TRICKY, name=TRICKY,
       sealed=st.booleans())
def test_the_cut_pieces_are_the_encodings_of_the_parts(
    base: dict[str, Any], title: str, description: str, name: str, sealed: bool
) -> None:
    record = with_text(base, title, description, name)
    if sealed:
        record["sources"] = SEALED
    parts = split_record(canonical_json(record).decode())
    assert parts.public == canonical_json(public_part(record)).decode()
    assert parts.sources == canonical_json(record["sources"]).decode()
    assert parts.sectors == canonical_json(record["sectors"]).decode()


@settings(max_examples=200, deadline=None)
@given(base=st.sampled_from(NORMAL), title=TRICKY, description=TRICKY, name=TRICKY,
       parents=st.lists(st.uuids().map(str), max_size=2))
def test_a_canonical_line_arrives_as_it_would_through_the_full_encoding(
    base: dict[str, Any], title: str, description: str, name: str, parents: list[str]
) -> None:
    record = {**with_text(base, title, description, name), "sources": SEALED}
    version = Version(str(uuid.uuid4()), str(uuid.uuid4()), tuple(parents), "author-fp",
                      "001767225600000.00001", content_hash(record), False,
                      "2026-01-01T00:00:00Z")
    line = version_line(version, record)
    raw = canonical_json(line)
    quick = parse_version(line, 1, TAXONOMY, "author-fp", raw)
    slow = parse_version(line, 1, TAXONOMY, "author-fp")
    assert quick == slow
    assert quick.stored == StoredForm.encode(version, record)
