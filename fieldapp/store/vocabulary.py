"""The vault's vocabulary (migration 0016): one row per code, its version in meta."""

from __future__ import annotations

import json

from fieldapp.domain.taxonomy import LANGUAGES, VOCABULARY_FILES, Taxonomy, Term, Vocabulary
from fieldapp.store import meta
from fieldapp.store.database import Connection


def version(conn: Connection) -> int:
    held = meta.get(conn, meta.VOCABULARY_VERSION)
    return int(held) if held else 0


def is_seeded(conn: Connection) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM vocabulary_terms)").fetchone()[0] == 1


def load(conn: Connection) -> Taxonomy:
    """The vault's vocabulary as the rest of the program reads it."""
    lists: dict[str, list[Term]] = {kind: [] for kind in VOCABULARY_FILES}
    for kind, code, labels, description, retired, block, reported_as in conn.execute(
            "SELECT kind, code, labels, description, retired, block, reported_as"
            " FROM vocabulary_terms ORDER BY kind, position"):
        if kind in lists:
            lists[kind].append(Term(code, json.loads(labels), bool(retired), reported_as,
                                    block, description))
    return Taxonomy({kind: Vocabulary(kind, tuple(terms)) for kind, terms in lists.items()},
                    version(conn))


def store(conn: Connection, taxonomy: Taxonomy, new_version: int) -> None:
    """Write every term of `taxonomy` (new ones appended, known ones updated; none ever
    removed) and set the version. Call inside a transaction."""
    conn.executemany(
        "INSERT INTO vocabulary_terms (kind, code, position, labels, description,"
        " retired, block, reported_as) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (kind, code) DO UPDATE SET labels = excluded.labels,"
        " description = excluded.description, retired = excluded.retired,"
        " block = excluded.block, reported_as = excluded.reported_as",
        [(kind, term.code, position, _labels(term), term.description, int(term.retired),
          term.block, term.reported_as)
         for kind in VOCABULARY_FILES for position, term in enumerate(taxonomy[kind].terms)])
    meta.put(conn, meta.VOCABULARY_VERSION, str(new_version))


def _labels(term: Term) -> str:
    return json.dumps({lang: term.labels.get(lang, "") for lang in LANGUAGES},
                      ensure_ascii=False, sort_keys=True)


def add(conn: Connection, kind: str, term: Term, new_version: int) -> None:
    position = conn.execute("SELECT coalesce(max(position), -1) + 1 FROM vocabulary_terms"
                            " WHERE kind = ?", (kind,)).fetchone()[0]
    conn.execute(
        "INSERT INTO vocabulary_terms (kind, code, position, labels, description, retired,"
        " block, reported_as) VALUES (?, ?, ?, ?, ?, 0, ?, NULL)",
        (kind, term.code, position, _labels(term), term.description, term.block))
    meta.put(conn, meta.VOCABULARY_VERSION, str(new_version))


def update(conn: Connection, kind: str, term: Term, new_version: int) -> None:
    """A term's labels, description and state (its code and block never change)."""
    conn.execute("UPDATE vocabulary_terms SET labels = ?, description = ?, retired = ?"
                 " WHERE kind = ? AND code = ?",
                 (_labels(term), term.description, int(term.retired), kind, term.code))
    meta.put(conn, meta.VOCABULARY_VERSION, str(new_version))
