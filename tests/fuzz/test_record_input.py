"""Fuzzing the record JSON that reaches fieldapp from outside: `record add` and
`record edit` input (files, JSON lines), records inside bundles (the normal-form check,
then validation), and sealed sources the office opens. Validation may refuse only with
InvalidInput, the normal-form check never raises, and sealed sources refuse only with
FieldappError; anything else is a crash and fails here."""

from __future__ import annotations

import base64
import contextlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from support import FULL_RECORD, MINIMAL_RECORD

from fieldapp.cli.json_input import read_json_records
from fieldapp.domain.case import is_reference_shaped, validate_case
from fieldapp.domain.normal_form import is_normal
from fieldapp.domain.record import apply_edit, content_hash, validate
from fieldapp.domain.sealing import seal, unseal
from fieldapp.domain.taxonomy import load_default
from fieldapp.errors import FieldappError, InvalidInput
from sync import age
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import JSON_VALUES, json_bytes, json_like, mutated, perturbed

TAXONOMY = load_default()
SOURCE_KEY = age.X25519Identity.generate()
SEALED = seal([{"name": "Informant N", "contact": "+7 700", "note": "met"}],
              SOURCE_KEY.recipient())
NORMAL = validate({**FULL_RECORD, "sources": SEALED}, TAXONOMY)
IN_A_CASE = validate({**MINIMAL_RECORD, "case": "5f0c6c7e-3f5e-4b8a-9a55-0d6f7c1e2a11",
                      "legal_articles": ["cc_274", "ac_488"], "outcome": "acquittal",
                      "outcome_on": "2022-05"}, TAXONOMY)
SAMPLES = [FULL_RECORD, MINIMAL_RECORD, NORMAL, IN_A_CASE]
CASE = {"reference": "PAV-2024-007", "title": "Union leader", "summary": "Summoned.",
        "persons": [{"alias": "K.", "gender": "man", "category": "trade_unionist"}],
        "region": "pavlodar", "status": "closed", "opened_on": "2024-01",
        "closed_on": "2024-06-30"}


def records_near() -> st.SearchStrategy[Any]:
    return st.one_of(*(perturbed(sample) for sample in SAMPLES), JSON_VALUES)


@FUZZ
@given(records_near())
@example({**MINIMAL_RECORD, "occurred_on": "２０２１-03-14"})
@example({**MINIMAL_RECORD, "occurred_on": "2021-03-14", "occurred_until": "٢٠٢١-04"})
@example({**MINIMAL_RECORD, "victims": [{"alias": "A", "gender": ["woman"]}]})
@example({**MINIMAL_RECORD, "sectors": [["land"]]})
def test_validate(value: Any) -> None:
    try:
        record = validate(value, TAXONOMY)
    except InvalidInput:
        return
    assert is_normal(record, TAXONOMY)  # what validation returns is in normal form
    content_hash(record)


@FUZZ
@given(st.one_of(perturbed(CASE), JSON_VALUES))
@example({**CASE, "reference": "ПАВ-2024-007"})
@example({**CASE, "persons": [{"alias": "A"}] * 201})
def test_case(value: Any) -> None:
    try:
        case = validate_case(value, TAXONOMY)
    except InvalidInput:
        return
    assert validate_case(case, TAXONOMY) == case  # what validation returns is stable
    assert is_reference_shaped(case["reference"]) or case["reference"] == ""
    content_hash(case)


@FUZZ
@given(records_near())
def test_normal_form_check_never_raises(value: Any) -> None:
    if is_normal(value, TAXONOMY):
        assert validate(value, TAXONOMY) == value


@FUZZ
@given(st.one_of(perturbed({"title": "Changed", "sources": {"count": 1, "sealed_for":
                                                             "office"}}), JSON_VALUES))
def test_edit(changes: Any) -> None:
    with contextlib.suppress(InvalidInput):
        apply_edit(NORMAL, changes, TAXONOMY)


@pytest.fixture(scope="module")
def input_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "records.json"


@FUZZ
@given(st.one_of(json_like([FULL_RECORD, MINIMAL_RECORD]),
                 mutated(json_bytes(FULL_RECORD) + b"\n" + json_bytes(MINIMAL_RECORD) + b"\n")))
@example(b"\xef\xbb\xbf" + json_bytes(MINIMAL_RECORD))
@example(b"[" * 5000 + b"]" * 5000)
def test_record_add_input(input_file: Path, data: bytes) -> None:
    input_file.write_bytes(data)
    try:
        items = read_json_records(str(input_file))
    except InvalidInput:
        return
    for item in items:
        with contextlib.suppress(InvalidInput):
            validate(item, TAXONOMY)


@st.composite
def sealed_sources(draw: st.DrawFn) -> Any:
    """Sealed sources as a bundle may carry them: blobs sealed to the source key (holding
    anything at all), mutated blobs, other shapes."""
    plain = draw(json_like([{"name": "N", "contact": "C", "note": ""}]))
    blob = base64.b64encode(age.encrypt_bytes(plain, [SOURCE_KEY.recipient()] * 2)).decode()
    if draw(st.booleans()):
        blob = draw(mutated(blob.encode())).decode("latin-1")
    return draw(st.one_of(st.just({"sealed": [blob], "count": 1}),
                          perturbed({"sealed": [blob], "count": 1})))


@FUZZ
@given(sealed_sources())
@example({"sealed": [base64.b64encode(age.encrypt_bytes(b"{}", [SOURCE_KEY.recipient()]))
                     .decode()], "count": 1})
@example({"sealed": [base64.b64encode(age.encrypt_bytes(b"[1]", [SOURCE_KEY.recipient()]))
                     .decode()], "count": 1})
@example({"sealed": [7], "count": 1})
@example({"sealed": None, "count": 1})
@example(1)
def test_unseal(sources: Any) -> None:
    with contextlib.suppress(FieldappError):
        unseal(sources, SOURCE_KEY)
