"""Versions and attachments as records.jsonl lines, and each line back into its stored form."""

from __future__ import annotations

import hashlib
import json
from typing import Any, NamedTuple

from fieldapp.domain.case import Case, validate_case
from fieldapp.domain.hlc import Hlc, now_ms
from fieldapp.domain.normal_form import is_normal
from fieldapp.domain.record import Record, content_hash, has_control, tombstone_hash, validate
from fieldapp.domain.record_json import split_record
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import InvalidInput
from fieldapp.store.attachments import AttachmentInfo
from fieldapp.store.records import Arrival, StoredForm, Version
from sync import limits
from sync.bundle import MAX_ATTACHMENT_BYTES, BundleRejected


class CaseArrival(NamedTuple):
    """A case version as an import holds it: its metadata and its content (None: deleted)."""

    version: Version
    case: Case | None


VERSION_KEYS = {"type", "id", "record_id", "parents", "author", "hlc", "content_hash",
                "tombstone", "created_at", "record"}
CASE_KEYS = {"type", "id", "case_id", "parents", "author", "hlc", "content_hash", "tombstone",
             "created_at", "case"}
ATTACHMENT_KEYS = {"type", "id", "record_id", "filename", "media_type", "original_sha256",
                   "stored_sha256", "size", "metadata_removed", "metadata_warning", "created_at"}


def version_line(version: Version, record: Record | None) -> dict[str, Any]:
    return _line("version", "record_id", "record", version, record)


def case_line(version: Version, case: Case | None) -> dict[str, Any]:
    """A case version: a version line whose `case_id` names the case and `case` holds it."""
    return _line("case", "case_id", "case", version, case)


def _line(kind: str, owner: str, holds: str, version: Version,
          content: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "type": kind,
        "id": version.id,
        owner: version.record_id,
        "parents": list(version.parents),
        "author": version.author,
        "hlc": version.hlc,
        "content_hash": version.content_hash,
        "tombstone": version.tombstone,
        "created_at": version.created_at,
        holds: content,
    }


def attachment_line(info: AttachmentInfo) -> dict[str, Any]:
    return {
        "type": "attachment",
        "id": info.id,
        "record_id": info.record_id,
        "filename": info.filename,
        "media_type": info.media_type,
        "original_sha256": info.original_sha256,
        "stored_sha256": info.stored_sha256,
        "size": info.size,
        "metadata_removed": list(info.metadata_removed),
        "metadata_warning": info.metadata_warning,
        "created_at": info.created_at,
    }


def jsonl(lines: list[dict[str, Any]]) -> bytes:
    return b"".join(
        json.dumps(line, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
        + b"\n" for line in lines
    )


def _fail(line_number: int, code: str, **params: Any) -> BundleRejected:
    return BundleRejected("records", code, line=line_number, **params)


MAX_PARENTS = 16  # a merge has two; more is not something fieldapp writes


def _text(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 200


def _uuid(value: Any) -> bool:
    return isinstance(value, str) and limits.UUID.fullmatch(value) is not None


def latest_clock(now: int | None = None) -> str:
    """The highest clock a version may carry: the importer's clock plus the margin. Clocks
    are fixed-width text, so comparing the text compares the values."""
    wall = (now_ms() if now is None else now) + limits.MAX_CLOCK_AHEAD_MS
    return str(Hlc(wall, 99_999))


def parse_version(
    line: dict[str, Any], number: int, taxonomy: Taxonomy, sender: str,
    canonical_line: bytes | None = None, clock_limit: str | None = None,
) -> Arrival:
    """Check one version line completely: shape, ids, clock, author, schema and hash.
    canonical_line is the line when it is known to be the canonical encoding of `line`: the
    record's bytes are then hashed and stored as they came, not encoded again. clock_limit
    is latest_clock(), computed once per bundle by the caller."""
    if line.keys() != VERSION_KEYS:
        raise _fail(number, "version_line_fields")
    version = _version_meta(line, "record_id", number, sender, clock_limit)
    return _record_version(line, version, number, taxonomy, canonical_line)


def _version_meta(line: dict[str, Any], id_key: str, number: int, sender: str,
                  clock_limit: str | None) -> Version:
    """The version a record or case line describes: its ids, parents, clock and author,
    each checked (a case version's `record_id` is the case's id)."""
    parents = line["parents"]
    if not (_text(line["id"]) and _text(line[id_key]) and _text(line["author"])
            and _text(line["hlc"]) and _text(line["created_at"])
            and _text(line["content_hash"]) and isinstance(line["tombstone"], bool)
            and isinstance(parents, list) and all(_text(p) for p in parents)
            and len(parents) <= MAX_PARENTS
            and limits.SHA256_HEX.fullmatch(line["content_hash"])
            and limits.TIMESTAMP.fullmatch(line["created_at"])):
        raise _fail(number, "version_line_malformed")
    for key in ("id", id_key):
        if not _uuid(line[key]):
            raise _fail(number, "id_malformed", field=key)
    if not all(_uuid(p) for p in parents):
        raise _fail(number, "id_malformed", field="parents")
    if not limits.HLC.fullmatch(line["hlc"]):
        raise _fail(number, "clock_malformed")
    if line["hlc"] > (clock_limit or latest_clock()):
        raise _fail(number, "clock_ahead", hours=limits.MAX_CLOCK_AHEAD_MS // 3_600_000)
    if line["author"] != sender:
        raise _fail(number, "wrong_author")
    return Version(line["id"], line[id_key], tuple(parents), line["author"], line["hlc"],
                   line["content_hash"], line["tombstone"], line["created_at"])


def _record_version(line: dict[str, Any], version: Version, number: int, taxonomy: Taxonomy,
                    canonical_line: bytes | None) -> Arrival:
    if version.tombstone:
        if line["record"] is not None or version.content_hash != tombstone_hash(version.record_id):
            raise _fail(number, "bad_deletion")
        return Arrival(version, None, StoredForm.encode(version, None))
    record = line["record"]
    normal = is_normal(record, taxonomy)
    if normal and canonical_line is not None:
        parents_json, record_json = _cut_version_line(canonical_line)
        stored = StoredForm(parents_json.decode(), *split_record(record_json.decode()))
        digest = hashlib.sha256(record_json).hexdigest()
    else:
        if not normal:
            try:
                record = validate(record, taxonomy)
            except InvalidInput as error:
                unknown = [p for p in error.problems if p.code == "unknown_code"]
                if unknown:  # the sender's vocabulary has a code this vault never held
                    raise _fail(number, "code_never_issued", field=unknown[0].field,
                                value=unknown[0].params.get("value")) from None
                raise _fail(number, "record_invalid",
                                problems=[p.as_dict() for p in error.problems]) from None
        stored = StoredForm.encode(version, record)
        digest = content_hash(record)
    if isinstance(record["sources"], list) and record["sources"]:
        raise _fail(number, "plain_sources")
    if digest != version.content_hash:
        raise _fail(number, "content_hash_mismatch")
    return Arrival(version, record, stored)


def parse_case_version(
    line: dict[str, Any], number: int, taxonomy: Taxonomy, sender: str,
    clock_limit: str | None = None,
) -> CaseArrival:
    """Check one case line completely: shape, ids, clock, author, schema and hash."""
    if line.keys() != CASE_KEYS:
        raise _fail(number, "case_line_fields")
    version = _version_meta(line, "case_id", number, sender, clock_limit)
    if version.tombstone:
        if line["case"] is not None or version.content_hash != tombstone_hash(version.record_id):
            raise _fail(number, "bad_deletion")
        return CaseArrival(version, None)
    try:
        case = validate_case(line["case"], taxonomy)
    except InvalidInput as error:
        raise _fail(number, "case_invalid",
                    problems=[p.as_dict() for p in error.problems]) from None
    if content_hash(case) != version.content_hash:
        raise _fail(number, "content_hash_mismatch")
    return CaseArrival(version, case)


def _cut_version_line(line: bytes) -> tuple[bytes, bytes]:
    """(parents, record) as they stand in a canonical version line. Its keys are sorted:
    ...,"parents":[...],"record":{...},"record_id":"...","tombstone":...,"type":"..."}.
    Every value before "record" is a string or a list of strings, and a quote after a comma
    is never inside a string, so the first ',"record":' is the key; nothing after
    "record_id"'s key is an object, so the last ',"record_id":' is its key."""
    parents_at = line.index(b',"parents":') + len(b',"parents":')
    record_at = line.index(b',"record":', parents_at)
    record_end = line.rindex(b',"record_id":')
    return line[parents_at:record_at], line[record_at + len(b',"record":'):record_end]


def parse_attachment(line: dict[str, Any], number: int) -> AttachmentInfo:
    if set(line) != ATTACHMENT_KEYS:
        raise _fail(number, "attachment_line_fields")
    removed = line["metadata_removed"]
    if not all(_text(line[k]) for k in ("id", "record_id", "filename", "media_type",
                                         "original_sha256", "stored_sha256", "created_at")) \
            or not isinstance(line["size"], int) or isinstance(line["size"], bool) \
            or not isinstance(removed, list) or not all(_text(r) for r in removed) \
            or not (line["metadata_warning"] is None or isinstance(line["metadata_warning"], str)):
        raise _fail(number, "attachment_line_malformed")
    if not (0 <= line["size"] <= MAX_ATTACHMENT_BYTES
            and limits.SHA256_HEX.fullmatch(line["original_sha256"])
            and limits.SHA256_HEX.fullmatch(line["stored_sha256"])
            and limits.TIMESTAMP.fullmatch(line["created_at"])
            and len(line["metadata_warning"] or "") <= 1000 and len(removed) <= 100):
        raise _fail(number, "attachment_line_malformed")
    for key in ("id", "record_id"):
        if not _uuid(line[key]):
            raise _fail(number, "id_malformed", field=key)
    for key in ("filename", "media_type", "metadata_warning"):
        if line[key] is not None and has_control(line[key]):
            raise _fail(number, "text_control_character", field=key)
    if any(has_control(item) for item in removed):
        raise _fail(number, "text_control_character", field="metadata_removed")
    return AttachmentInfo(line["id"], line["record_id"], line["filename"], line["media_type"],
                          line["original_sha256"], line["stored_sha256"], line["size"],
                          tuple(removed), line["metadata_warning"], line["created_at"])
