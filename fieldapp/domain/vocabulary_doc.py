"""The vocabulary as a document (what the office signs and sends), read back strictly, and
the checks on a term the office adds or relabels.

Everything read from a document is typed and bounded before use: the kinds are those this
program knows, codes are short lowercase identifiers, each label is present in en, ru and kk
and short, a threat type's block and a region's reported_as name codes of the same
document, and no list is longer than MAX_TERMS.
"""

from __future__ import annotations

import re
from typing import Any

from fieldapp.domain.record import has_control, has_surrogate
from fieldapp.domain.taxonomy import LANGUAGES, VOCABULARY_FILES, Taxonomy, Term, Vocabulary
from fieldapp.errors import Problem

KINDS = tuple(VOCABULARY_FILES)
CODE = re.compile(r"[a-z][a-z0-9_]{0,63}")
MAX_LABEL = 200
MAX_DESCRIPTION = 2_000
MAX_TERMS = 5_000
MAX_VERSION = 2**63 - 1
_TERM_KEYS = {"code", "labels", "retired", "block", "reported_as", "description"}


def term_dict(term: Term) -> dict[str, Any]:
    """A term as the document holds it: optional parts only when set."""
    item: dict[str, Any] = {"code": term.code,
                            "labels": {lang: term.labels.get(lang, "") for lang in LANGUAGES}}
    if term.retired:
        item["retired"] = True
    for key in ("block", "reported_as", "description"):
        if getattr(term, key):
            item[key] = getattr(term, key)
    return item


def to_document(taxonomy: Taxonomy) -> dict[str, Any]:
    return {"version": taxonomy.version,
            "vocabularies": {kind: [term_dict(t) for t in taxonomy[kind].terms]
                             for kind in KINDS}}


def from_document(document: Any) -> Taxonomy:
    """The taxonomy a document describes; ValueError (its reason in a few words) if any
    part is missing, unknown, of the wrong type or too long."""
    if not isinstance(document, dict) or set(document) != {"version", "vocabularies"}:
        raise ValueError("fields")
    version = document["version"]
    if not isinstance(version, int) or isinstance(version, bool) \
            or not 0 < version <= MAX_VERSION:
        raise ValueError("version")
    lists = document["vocabularies"]
    if not isinstance(lists, dict) or set(lists) != set(KINDS):
        raise ValueError("kinds")
    vocabularies = {kind: Vocabulary(kind, _terms(kind, lists[kind])) for kind in KINDS}
    taxonomy = Taxonomy(vocabularies, version)
    for term in taxonomy["threat_type"].terms:
        if term.block not in taxonomy["threat_block"]:
            raise ValueError(f"threat_type {term.code}: block")
    for term in taxonomy["region"].terms:
        if term.reported_as is not None and term.reported_as not in taxonomy["region"]:
            raise ValueError(f"region {term.code}: reported_as")
    return taxonomy


def _terms(kind: str, items: Any) -> tuple[Term, ...]:
    if not isinstance(items, list) or not items or len(items) > MAX_TERMS:
        raise ValueError(f"{kind}: list")
    terms: list[Term] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict) or not {"code", "labels"} <= set(item) <= _TERM_KEYS:
            raise ValueError(f"{kind}: term fields")
        code = item["code"]
        if not isinstance(code, str) or not CODE.fullmatch(code) or code in seen:
            raise ValueError(f"{kind}: code")
        seen.add(code)
        labels = item["labels"]
        if not isinstance(labels, dict) or set(labels) != set(LANGUAGES) \
                or any(_text_problem(labels[lang], MAX_LABEL, True) for lang in LANGUAGES):
            raise ValueError(f"{kind} {code}: labels")
        retired = item.get("retired", False)
        if not isinstance(retired, bool):
            raise ValueError(f"{kind} {code}: retired")
        description = item.get("description")
        if description is not None and _text_problem(description, MAX_DESCRIPTION, False):
            raise ValueError(f"{kind} {code}: description")
        block, reported_as = item.get("block"), item.get("reported_as")
        if (block is not None) != (kind == "threat_type") \
                or (reported_as is not None and kind != "region"):
            raise ValueError(f"{kind} {code}: block")
        for value in (block, reported_as):
            if value is not None and (not isinstance(value, str) or not CODE.fullmatch(value)):
                raise ValueError(f"{kind} {code}: reference")
        terms.append(Term(code, dict(labels), retired, reported_as, block, description))
    return tuple(terms)


def _text_problem(value: Any, limit: int, required: bool) -> str | None:
    """Why a label or description cannot be stored, or None."""
    if not isinstance(value, str):
        return "not_text"
    if required and not value.strip():
        return "required"
    if len(value) > limit:
        return "too_long"
    if has_control(value, multiline=False) or has_surrogate(value):
        return "control_character"
    return None


def _problem(field: str, value: Any, limit: int, required: bool) -> list[Problem]:
    """The problem (if any) of a label or description a user typed, by code."""
    reason = _text_problem(value, limit, required)
    if reason == "too_long":
        return [Problem(field, "too_long", length=len(value), limit=limit)]
    if reason == "required":
        return [Problem(field, "required")]
    if reason is not None:
        return [Problem(field, "control_character")]
    return []


def label_problems(labels: dict[str, str | None], required: bool) -> list[Problem]:
    """Each label given (or, when required, each language) checked for storing."""
    problems = []
    for lang in LANGUAGES:
        value = labels.get(lang)
        if value is not None or required:
            problems += _problem(lang, value if value is not None else "", MAX_LABEL, True)
    return problems


def new_term_problems(taxonomy: Taxonomy, kind: str, code: str, block: str | None,
                      description: str | None) -> list[Problem]:
    """What keeps a new code of `kind` from being added (labels are checked apart)."""
    if kind not in KINDS:
        return [Problem("kind", "unknown_vocabulary", value=kind, allowed=", ".join(KINDS))]
    problems = []
    if not CODE.fullmatch(code):
        problems.append(Problem("code", "bad_vocabulary_code", value=code))
    elif code in taxonomy[kind]:
        problems.append(Problem("code", "code_exists", value=code, kind=kind))
    if kind == "threat_type":
        blocks = taxonomy["threat_block"]
        if not block:
            problems.append(Problem("block", "required"))
        elif block not in blocks or blocks.get(block).retired:
            problems.append(Problem("block", "unknown_code", value=block,
                                    allowed=", ".join(blocks.codes(include_retired=False))))
    elif block:
        problems.append(Problem("block", "block_only_for_threat_types"))
    return problems + description_problems(description)


def description_problems(description: str | None) -> list[Problem]:
    if description is None:
        return []
    return _problem("description", description, MAX_DESCRIPTION, False)
