"""Every term of the shipped vocabulary can be shown in each of the three languages, and
every threat type sits in a block a report can count it under."""

from __future__ import annotations

import json
import re

import pytest

from fieldapp.domain.taxonomy import LANGUAGES, VOCABULARY_FILES, load_default
from fieldapp.resources import resources_dir

TAXONOMY = load_default()
# Russian and Kazakh labels are written in Cyrillic; a Latin-only label is an untranslated one.
CYRILLIC = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@pytest.mark.parametrize("name", sorted(VOCABULARY_FILES))
def test_every_term_has_an_english_russian_and_kazakh_label(name: str) -> None:
    vocabulary = TAXONOMY[name]
    assert vocabulary.terms, f"{name} is empty"
    for term in vocabulary.terms:
        for language in LANGUAGES:
            label = term.labels.get(language, "")
            assert label.strip(), f"{name}.{term.code} has no {language} label"
        for language in ("ru", "kk"):
            assert CYRILLIC.search(term.labels[language]), (
                f"{name}.{term.code}: the {language} label is not in Cyrillic")


@pytest.mark.parametrize("name", sorted(VOCABULARY_FILES))
def test_codes_are_unique_lowercase_snake_case(name: str) -> None:
    raw = json.loads((resources_dir() / "taxonomy" / VOCABULARY_FILES[name])
                     .read_text(encoding="utf-8"))
    codes = [item["code"] for item in raw["codes"]]
    assert len(codes) == len(set(codes)), f"{name} repeats a code"
    assert all(re.fullmatch("[a-z][a-z0-9_]*", code) for code in codes), codes


def test_every_threat_type_names_an_existing_block() -> None:
    blocks = TAXONOMY["threat_block"]
    for term in TAXONOMY["threat_type"].terms:
        assert term.block in blocks, f"threat type {term.code} names block {term.block!r}"
        assert TAXONOMY.block_of(term.code) == term.block
    # Each of the methodology's five blocks can be chosen through at least one type.
    used = {term.block for term in TAXONOMY["threat_type"].terms}
    assert used == set(blocks.codes())


def test_a_catch_all_term_stays_last_in_its_list() -> None:
    # Observers look for a specific term first; "other" closes the list they scroll.
    assert TAXONOMY["state_body"].codes()[-1] == "other_state"
    assert TAXONOMY["outcome"].codes()[-1] == "other_positive"
