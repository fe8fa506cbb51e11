"""The vocabulary the office keeps: listing it, adding codes, relabelling and retiring them,
and sending it to the observers inside the bundles the office signs (rosters and receipts).

Only an office changes it; each change raises the version by one. An observer takes a
vocabulary only from a bundle signed by its pinned office (the import has checked the
signature before any line is read) and only if its version is newer than the one it holds.
A code is never deleted or renamed: a retired code stays valid in the records, bundles and
figures that hold it, and only new records and edits refuse it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fieldapp.domain import vocabulary_doc
from fieldapp.domain.taxonomy import LANGUAGES, Taxonomy, Term, Vocabulary
from fieldapp.errors import FieldappError, InvalidInput, Problem
from fieldapp.services.session import Session
from fieldapp.store import vocabulary as store
from sync import bundle
from sync.bundle import BundleRejected

KINDS = vocabulary_doc.KINDS
LINE_TYPE = "vocabulary"


def terms(session: Session, kind: str | None = None) -> dict[str, tuple[Term, ...]]:
    """Every list (or one), in its order, retired codes included."""
    if kind is not None:
        _check_kind(kind)
    chosen = (kind,) if kind else KINDS
    return {name: session.taxonomy[name].terms for name in chosen}


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InvalidInput([Problem("kind", "unknown_vocabulary", value=kind,
                                    allowed=", ".join(KINDS))])


def _office_only(session: Session) -> None:
    if session.identity.role != "office":
        raise FieldappError("office_only_vocabulary")


def _term(session: Session, kind: str, code: str) -> Term:
    _check_kind(kind)
    vocabulary = session.taxonomy[kind]
    if code not in vocabulary:
        raise InvalidInput([Problem("code", "unknown_vocabulary_code", value=code, kind=kind)])
    return vocabulary.get(code)


def add_term(session: Session, kind: str, code: str, labels: dict[str, str | None],
             block: str | None = None, description: str | None = None) -> Term:
    """A new code with its three labels (a threat type with its block)."""
    _office_only(session)
    texts = {lang: (labels.get(lang) or "").strip() for lang in LANGUAGES}
    description = description.strip() or None if description is not None else None
    problems = vocabulary_doc.new_term_problems(session.taxonomy, kind, code, block,
                                                description)
    problems += vocabulary_doc.label_problems(dict(texts), required=True)
    if problems:
        raise InvalidInput(problems)
    term = Term(code, texts, block=block if kind == "threat_type" else None,
                description=description)
    with session.transaction() as conn:
        store.add(conn, kind, term, session.taxonomy.version + 1)
        session.log(conn, "vocabulary.add", f"{kind} {code}")
    reload(session)
    return term


def relabel(session: Session, kind: str, code: str, labels: dict[str, str | None],
            description: str | None = None) -> Term:
    """New labels for the languages given (and a new description, if one is given)."""
    _office_only(session)
    term = _term(session, kind, code)
    given = {lang: text.strip() for lang, text in labels.items()
             if lang in LANGUAGES and text is not None}
    if not given and description is None:
        raise InvalidInput([Problem("labels", "nothing_to_change")])
    problems = (vocabulary_doc.label_problems(dict(given), required=False)
                + vocabulary_doc.description_problems(description))
    if problems:
        raise InvalidInput(problems)
    changed = replace(term, labels={**term.labels, **given},
                      description=(description.strip() or None) if description is not None
                      else term.description)
    return _save(session, kind, changed, "vocabulary.label") if changed != term else term


def retire(session: Session, kind: str, code: str) -> Term:
    """The code stays valid where it is used; new records and edits refuse it."""
    _office_only(session)
    term = _term(session, kind, code)
    if term.retired:
        return term
    if kind == "threat_block" and any(t.block == code and not t.retired
                                      for t in session.taxonomy["threat_type"].terms):
        raise InvalidInput([Problem("code", "block_in_use", value=code)])
    return _save(session, kind, replace(term, retired=True), "vocabulary.retire")


def _save(session: Session, kind: str, term: Term, action: str) -> Term:
    with session.transaction() as conn:
        store.update(conn, kind, term, session.taxonomy.version + 1)
        session.log(conn, action, f"{kind} {term.code}")
    reload(session)
    return term


def reload(session: Session) -> None:
    """Use the vocabulary the vault now holds (after a change or an import committed)."""
    session.taxonomy = store.load(session.conn)


def bundle_line(session: Session) -> dict[str, Any]:
    """The vocabulary as a line of an office bundle's records.jsonl."""
    return {"type": LINE_TYPE, "document": vocabulary_doc.to_document(session.taxonomy)}


def accept_line(session: Session, line: Any) -> int | None:
    """Observer, inside the import's transaction, after the office's signature was checked:
    store the vocabulary if it is newer than the one held (reload() after the commit puts
    it to use). Returns the version taken, or None when none came or the one held is as
    new."""
    if line is None:
        return None
    if not isinstance(line, dict) or set(line) != {"type", "document"}:
        raise BundleRejected("records", "vocabulary_malformed", reason="fields")
    try:
        received = vocabulary_doc.from_document(line["document"])
    except ValueError as error:
        raise BundleRejected("records", "vocabulary_malformed", reason=str(error)) from None
    if received.version <= session.taxonomy.version:
        return None
    merged = _keep_every_held_code(session.taxonomy, received)
    store.store(session.conn, merged, received.version)
    session.log(session.conn, "vocabulary.accept", str(received.version))
    return received.version


def _keep_every_held_code(held: Taxonomy, received: Taxonomy) -> Taxonomy:
    """A code is never deleted: one the vault holds and the document lacks stays, after
    the document's own."""
    vocabularies = {}
    for kind in KINDS:
        codes = set(received[kind].codes())
        kept = tuple(t for t in held[kind].terms if t.code not in codes)
        vocabularies[kind] = Vocabulary(kind, received[kind].terms + kept)
    return Taxonomy(vocabularies, received.version)


def split_office_lines(records: bytes) -> tuple[bytes, Any | None]:
    """An office bundle's records.jsonl without its vocabulary line, and that line (None
    from an office that sent none)."""
    kept, offered = [], None
    for raw in records.split(b"\n"):
        if not raw.strip():
            continue
        line = bundle.strict_json(raw, bundle.RECORDS)
        if isinstance(line, dict) and line.get("type") == LINE_TYPE:
            if offered is not None:
                raise BundleRejected("records", "vocabulary_malformed", reason="twice")
            offered = line
        else:
            kept.append(raw)
    return b"".join(line + b"\n" for line in kept), offered
