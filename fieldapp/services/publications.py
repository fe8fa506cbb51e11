"""Publication drafts: the coordinator's texts and highlights, kept encrypted in the vault
with their period, listed, loaded by name (the composer, `report --draft NAME`), saved,
deleted, and started from the latest draft so next quarter's begins with this one's words.

Drafts are the office's: an observer's vault neither keeps nor reads them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from fieldapp.domain.publication import Draft, draft_from_json, draft_to_json, name_problems
from fieldapp.errors import FieldappError, InvalidInput
from fieldapp.services.session import Session
from fieldapp.store import drafts as store
from fieldapp.store.drafts import DraftRow

__all__ = ["DraftRow", "delete_draft", "list_drafts", "load_draft", "save_draft",
           "start_draft"]


def _now() -> str:
    # To the microsecond: two drafts saved in one second still list in the order saved.
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _office_only(session: Session) -> None:
    if session.identity.role != "office":
        raise FieldappError("office_only_drafts")


def _checked_name(name: str) -> str:
    problems = name_problems(name)
    if problems:
        raise InvalidInput(problems, subject="draft")
    return name


def list_drafts(session: Session) -> list[DraftRow]:
    """Every draft's name, period, kind and when it was saved; the last saved first."""
    _office_only(session)
    return store.rows(session.conn)


def load_draft(session: Session, name: str) -> Draft:
    """The draft of that name, checked as strictly as one read from a file."""
    _office_only(session)
    data = store.load(session.conn, name) if isinstance(name, str) else None
    if data is None:
        raise FieldappError("unknown_draft", name=str(name)[:80])
    return draft_from_json(data)


def save_draft(session: Session, draft: Draft) -> Draft:
    """Keep the draft under its name (replacing one of that name); every field is checked
    first, so what the vault holds always loads again."""
    _office_only(session)
    checked = draft_from_json(draft_to_json(draft))
    with session.transaction() as conn:
        store.save(conn, checked.name, checked.period_from, checked.period_to, checked.kind,
                   draft_to_json(checked), _now())
        session.log(conn, "draft.save", checked.name)
    return checked


def delete_draft(session: Session, name: str) -> None:
    _office_only(session)
    _checked_name(name)
    with session.transaction() as conn:
        if not store.delete(conn, name):
            raise FieldappError("unknown_draft", name=name)
        session.log(conn, "draft.delete", name)


def start_draft(session: Session, name: str, kind: str, period_from: str,
                period_to: str) -> Draft:
    """A new draft for the period, its texts and highlights copied from the latest draft
    (of the same kind if there is one), so the coordinator edits rather than starts over.
    It is not saved until `save_draft`."""
    _office_only(session)
    fresh = draft_from_json({"name": name, "kind": kind, "period_from": period_from,
                             "period_to": period_to})
    data = store.latest(session.conn, kind) or store.latest(session.conn)
    if data is None:
        return fresh
    previous = draft_from_json(data)
    return replace(fresh, texts={s: dict(t) for s, t in previous.texts.items()},
                   highlights=previous.highlights)
