"""Every number and string in a bundle is bounded and typed before it is used (issue 11,
item 2): each hostile bundle below is one rejection naming its check and code, the office's
vault byte-for-byte unchanged. Built with the security battery's bench (a real observer key,
a real office), so only the one thing named is wrong."""

from __future__ import annotations

import base64
import io
import json
from typing import Any

import pytest

from fieldapp.store import bundles as bundle_store
from sync import age, age_bounds, bundle
from sync.limits import MAX_JSON_DEPTH, MAX_SEQUENCE_STEP
from tests.exchange import test_security_battery as battery
from tests.exchange.test_security_battery import Bench, rehash, versions, with_line

bench = battery.bench  # the battery's office and forger, a module-scoped fixture


def deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


def first_version(bench: Bench) -> int:
    return versions(bench)[0]


def attachment_index(bench: Bench) -> int:
    return next(i for i, line in enumerate(bench.forger.lines) if line["type"] == "attachment")


# -- the manifest ----------------------------------------------------------------------------


@pytest.mark.parametrize(("changes", "code"), [
    ({"sequence": 2**40}, "bad_count"),
    ({"versions": 10**9}, "bad_count"),
    ({"attachments": bundle.MAX_ATTACHMENTS + 1}, "bad_count"),
    ({"bundle_id": "x" * 40}, "bad_bundle_id"),
    ({"bundle_id": "\x1b[2J" + "0" * 32}, "bad_bundle_id"),
    ({"created_at": "yesterday"}, "bad_created_at"),
    ({"created_at": "٢٠٢٦-01-01T00:00:00Z"}, "bad_created_at"),
], ids=["huge-sequence", "huge-versions", "huge-attachments", "id-not-uuid", "id-escape",
        "time-words", "time-arabic-digits"])
def test_manifest_numbers_and_strings_out_of_bounds_are_rejected(
    bench: Bench, changes: dict[str, Any], code: str
) -> None:
    report = bench.reject(bench.forger.bundle(manifest=bench.forger.fresh_manifest(**changes)),
                          "manifest")
    assert report.code == code


def test_an_absurd_sequence_is_rejected_before_anything_is_committed(bench: Bench) -> None:
    far = MAX_SEQUENCE_STEP + 1  # the office holds nothing from Alice yet: the highest is 0
    report = bench.reject(bench.forger.bundle(manifest=bench.forger.fresh_manifest(sequence=far)),
                          "manifest")
    assert (report.code, report.params["highest"]) == ("sequence_too_far", 0)


def test_the_gap_report_is_found_gap_by_gap(bench: Bench) -> None:
    """Gaps come from SQL, one row per gap; with the step bound above, no gap is longer than
    MAX_SEQUENCE_STEP, so the report never grows with the value of a sequence number."""
    office = bench.lab.copy_of(bench.office, "gaps")
    sender = "SHA256:" + "g" * 43
    with office.transaction() as conn:
        for sequence in (1, 4, 5, 9):
            bundle_store.record_import(conn, f"id-{sequence}", sender, sequence, "records",
                                       "2026-01-01T00:00:00Z")
    assert bundle_store.missing_sequences(office.conn, sender) == [2, 3, 6, 7, 8]
    assert bundle_store.highest_sequence(office.conn, sender) == 9


# -- records.jsonl ---------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "value", "code"), [
    ("id", "not-a-uuid", "id_malformed"),
    ("record_id", "00000000-0000-4000-8000-00000000000\x1b", "id_malformed"),
    ("parents", ["../../etc"], "id_malformed"),
    ("hlc", "1.2", "clock_malformed"),
    ("hlc", "٠٠١٧٠٠٠٠٠٠٠٠٠٠٠.00000", "clock_malformed"),
    ("hlc", "999999999999999.00000", "clock_ahead"),
    ("content_hash", "Z" * 64, "version_line_malformed"),
    ("created_at", "2026-01-01", "version_line_malformed"),
], ids=["id", "record-id-escape", "parent", "hlc-short", "hlc-arabic", "hlc-far-ahead",
        "hash-not-hex", "created-not-a-time"])
def test_version_line_ids_and_clocks_have_their_exact_form(
    bench: Bench, key: str, value: Any, code: str
) -> None:
    index = first_version(bench)
    report = bench.reject(with_line(bench, index, lambda line: line.update({key: value})),
                          "records")
    assert (report.code, report.params["line"]) == (code, index + 1)


@pytest.mark.parametrize(("key", "value", "code"), [
    ("filename", "evil\x1b]0;owned\x07.ogg", "text_control_character"),
    ("media_type", "audio/\x9bogg", "text_control_character"),
    ("metadata_removed", ["EXIF\x1b[31m"], "text_control_character"),
    ("id", "x" * 36, "id_malformed"),
    ("size", 2**62, "attachment_line_malformed"),
    ("original_sha256", "0" * 63, "attachment_line_malformed"),
], ids=["filename-osc", "media-type-csi", "removed-escape", "id", "size", "hash"])
def test_attachment_line_fields_are_typed_and_free_of_controls(
    bench: Bench, key: str, value: Any, code: str
) -> None:
    index = attachment_index(bench)
    report = bench.reject(with_line(bench, index, lambda line: line.update({key: value})),
                          ["records", "attachments"])
    assert report.code == code


@pytest.mark.parametrize(("field", "value"), [
    ("title", "Detained\x1b[2J\x1b[H"),
    ("title", "two\nlines"),
    ("description", "text\x9b31m"),
    ("locality", "tab\there"),
    ("occurred_on", "٢٠٢٣-٠١-٠١"),
], ids=["title-escape", "title-newline", "description-c1", "locality-tab", "arabic-date"])
def test_a_record_with_control_characters_or_foreign_digits_is_rejected(
    bench: Bench, field: str, value: str
) -> None:
    def change(line: dict[str, Any]) -> None:
        line["record"][field] = value
        rehash(line)

    report = bench.reject(with_line(bench, first_version(bench), change), "records")
    assert report.code == "record_invalid"
    assert field in {p["field"] for p in report.params["problems"]}


def test_sources_that_are_not_really_sealed_are_rejected(bench: Bench) -> None:
    not_age = base64.b64encode(json.dumps([{"name": "informant"}]).encode()).decode()
    one_stanza = base64.b64encode(age.encrypt_bytes(
        b"[]", [age.X25519Identity.generate().recipient()])).decode()
    for blob in (not_age, one_stanza):
        def change(line: dict[str, Any], blob: str = blob) -> None:
            line["record"]["sources"] = {"sealed": [blob], "count": 1}
            rehash(line)

        report = bench.reject(with_line(bench, first_version(bench), change), "records")
        assert report.code == "record_invalid"
        assert [p["code"] for p in report.params["problems"]] == ["not_sealed"]


@pytest.mark.parametrize("levels", [MAX_JSON_DEPTH + 1, 900, 5000])
def test_records_nested_too_deep_are_rejected(bench: Bench, levels: int) -> None:
    lines = bench.forger.lines_copy()
    lines[first_version(bench)]["record"]["victims"] = "DEEP"
    nested = b"[" * levels + b'"x"' + b"]" * levels  # json.dumps itself would recurse
    text = b"\n".join(json.dumps(line, sort_keys=True, separators=(",", ":")).encode()
                      for line in lines).replace(b'"DEEP"', nested) + b"\n"
    report = bench.reject(bench.forger.bundle(records=text), "records")
    assert (report.code, report.params["line"]) == ("line_too_deep", first_version(bench) + 1)


def test_a_manifest_nested_too_deep_is_rejected(bench: Bench) -> None:
    manifest = bench.forger.fresh_manifest(kind=deep(MAX_JSON_DEPTH + 5))
    report = bench.reject(bench.forger.bundle(manifest=manifest), "manifest")
    assert report.code == "json_too_deep"


# -- the age header --------------------------------------------------------------------------


def with_stanzas(data: bytes, extra: int, body_lines: int = 0) -> bytes:
    """The bundle with `extra` made-up stanzas inserted before its own (the MAC then fails,
    but the bounds must refuse it first, before any key exchange)."""
    first_stanza = data.index(b"\n-> ") + 1
    made = b"-> X25519 " + b"A" * 43 + b"\n" + (b"A" * 64 + b"\n") * body_lines + b"A" * 43 + b"\n"
    return data[:first_stanza] + made * extra + data[first_stanza:]


@pytest.mark.parametrize(("extra", "body_lines"), [(age_bounds.MAX_STANZAS, 0), (1, 40),
                                                     (5000, 0)],
                         ids=["too-many-stanzas", "stanza-too-large", "header-too-long"])
def test_an_age_header_over_its_bounds_is_rejected_before_any_work(
    bench: Bench, extra: int, body_lines: int
) -> None:
    data = with_stanzas(bench.base, extra, body_lines)
    with pytest.raises(age_bounds.HeaderBoundsError):
        age.read_header(age_bounds.bounded(io.BytesIO(data)))
    report = bench.reject(data, "decrypt")
    assert report.code == "age_header_too_large"


def test_the_bounded_header_reads_every_bundle_the_app_writes(bench: Bench) -> None:
    header = age.read_header(age_bounds.bounded(io.BytesIO(bench.base)))
    assert len(header.stanzas) == bundle.STANZAS
