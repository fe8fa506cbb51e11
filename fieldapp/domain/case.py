"""A case: one matter followed over time (a prosecution, a dispute), whose stages are records.

A case's content is versioned and hashed like a record's. Its reference is what people say
on the phone and print on forms (PAV-2024-007: a region's letters, a year, a number), so it
is held to a shape that leaves no room for a name: two to four parts joined by hyphens, each
either two or three letters or up to six digits, at least one part of digits.
"""

from __future__ import annotations

import re
from typing import Any

from fieldapp.domain.record import Checker, check_date, check_persons, date_key
from fieldapp.domain.taxonomy import Taxonomy
from fieldapp.errors import InvalidInput, Problem

Case = dict[str, Any]

CASE_FIELDS = ("reference", "title", "summary", "persons", "region", "status", "opened_on",
               "closed_on")
# Given on input by `case add` and `case edit`; status and its dates change only through
# close and reopen, which the services write.
INPUT_FIELDS = ("reference", "title", "summary", "persons", "region", "opened_on")
# Shown by `case show`; accepted on input only so a case shown can be fed back in.
OUTPUT_ONLY = ("id", "version", "author", "created_at", "updated_at", "references",
               "merged_from", "stub", "first_on", "last_on", "events", "in_conflict")
STATUSES = ("open", "closed")
MAX_TITLE = 300
MAX_SUMMARY = 20_000
MAX_PERSONS = 200
MAX_REFERENCE = 24

_REFERENCE_PART = re.compile(r"[A-Z]{2,3}|[0-9]{1,6}")

# The letters a reference starts with for each region (the case's own, or the vault's usual
# one); cities take their airport-style names so Almaty and Almaty region differ.
REGION_LETTERS = {
    "abai": "ABA", "akmola": "AKM", "aktobe": "AKT", "almaty_region": "ALR",
    "atyrau": "ATY", "east_kazakhstan": "EKZ", "jambyl": "JAM", "jetisu": "JET",
    "karaganda": "KAR", "kostanay": "KOS", "kyzylorda": "KYZ", "mangystau": "MAN",
    "north_kazakhstan": "NKZ", "pavlodar": "PAV", "turkistan": "TUR", "ulytau": "ULY",
    "west_kazakhstan": "WKZ", "astana": "AST", "almaty": "ALA", "shymkent": "SHY",
    "south_kazakhstan": "TUR",
}
NO_REGION_LETTERS = "KZ"


def normal_reference(value: str) -> str:
    """What a person typed as a reference, as the vault keeps it: capitals, no spaces."""
    return value.strip().upper()


def is_reference_shaped(text: str) -> bool:
    normal = normal_reference(text)
    parts = normal.split("-")
    return (len(normal) <= MAX_REFERENCE and 2 <= len(parts) <= 4
            and all(_REFERENCE_PART.fullmatch(p) for p in parts)
            and any(p.isdigit() for p in parts))


def new_reference(letters: str, year: int, taken: set[str]) -> str:
    """The next free LETTERS-YEAR-NNN."""
    number = 1
    while f"{letters}-{year}-{number:03d}" in taken:
        number += 1
    return f"{letters}-{year}-{number:03d}"


def validate_case(data: Any, taxonomy: Taxonomy, index: int | None = None) -> Case:
    """Check one case's JSON object (as given to `case add` or `case edit`, or as stored);
    return its normal form or raise InvalidInput naming every problem."""
    if not isinstance(data, dict):
        raise InvalidInput([Problem("case", "not_a_json_object", index)])
    check = Checker(taxonomy, index)
    for key in data:
        if key not in CASE_FIELDS and key not in OUTPUT_ONLY:
            check.fail(key, "unknown_field", allowed=", ".join(INPUT_FIELDS))
    case: Case = {
        "reference": "",
        "title": check.text("title", data.get("title"), MAX_TITLE, required=True),
        "summary": check.text("summary", data.get("summary"), MAX_SUMMARY),
        "persons": [],
        "region": "",
        "status": "open",
        "opened_on": None,
        "closed_on": None,
    }
    reference = data.get("reference")
    if reference not in (None, ""):
        if not isinstance(reference, str):
            check.fail("reference", "not_text")
        elif not is_reference_shaped(reference):
            check.fail("reference", "bad_reference", value=reference[:MAX_REFERENCE * 2])
        else:
            case["reference"] = normal_reference(reference)
    persons = data.get("persons")
    if isinstance(persons, list) and len(persons) > MAX_PERSONS:
        check.fail("persons", "too_many", count=len(persons), limit=MAX_PERSONS)
    else:
        # Persons are named as records name their victims: alias, gender, category.
        case["persons"] = check_persons(check, persons, "persons")
    region = data.get("region")
    if region not in (None, ""):
        case["region"] = check.code("region", "region", region) or ""
    status = data.get("status", "open")
    if status not in STATUSES:
        check.fail("status", "unknown_code", value=status, allowed=", ".join(STATUSES))
    else:
        case["status"] = status
    # When the matter began, if known (the stages' own dates say the rest).
    case["opened_on"] = check_date(check, "opened_on", data.get("opened_on")) or None
    closed = data.get("closed_on")
    if case["status"] == "closed":
        case["closed_on"] = check_date(check, "closed_on", closed)
        if not case["closed_on"]:
            check.fail("closed_on", "required")
        elif case["opened_on"] and date_key(case["closed_on"], end=True) < date_key(
                case["opened_on"]):
            check.fail("closed_on", "closed_before_opened", closed_on=case["closed_on"],
                       opened_on=case["opened_on"])
    elif closed not in (None, ""):
        check.fail("closed_on", "closed_on_while_open")
    if check.problems:
        raise InvalidInput(check.problems)
    return case


def stub_of(case: Case) -> Case:
    """What an observer keeps of a case after purge: no title, summary or persons."""
    return {key: case[key] for key in ("reference", "status", "opened_on", "closed_on")}
