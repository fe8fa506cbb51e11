"""Possible duplicates: the same incident reported by two observers, listed for a coordinator
to link as one incident (statistics then count it once) or dismiss. Never merged.

A pair is listed when the records come from different authors (of their first versions),
share the reported region and the threat type, their dates are at most WINDOW_DAYS apart
(a continuing threat spans its whole period; a month-only date spans its month), and they
share a victim alias or their texts are alike. Records are blocked by region and type and,
within a block, swept in date order, so only records close in time are ever compared.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from fieldapp.domain.persons import fold_alias
from fieldapp.domain.record import date_key
from fieldapp.errors import InvalidInput, Problem
from fieldapp.services.records import current
from fieldapp.services.session import Session
from fieldapp.store import duplicates as store
from fieldapp.store import peers as peer_store
from fieldapp.store.clock import utc_now
from fieldapp.store.database import Connection

WINDOW_DAYS = 7
# Token Jaccard of title + description at which two texts count as alike. The pair has
# already matched region, type and week, so the text only has to tell "the same event in
# other words" from "another event of the same kind"; two observers' accounts of one event
# share its names and places but little phrasing, which lands around 0.3-0.6, while
# unrelated incidents of one type share a few generic words (below 0.2). A false pair costs
# one dismissal, remembered; a missed one is double counted in a published figure, so the
# threshold leans to recall.
TEXT_THRESHOLD = 0.3
MIN_TOKEN_LENGTH = 3  # drops "in", "at", "и", "в": words too short to say anything
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Candidate:
    """A possible duplicate pair (first < second), with what makes it look like one."""

    first: str
    second: str
    region: str
    threat_type: str
    days_apart: int
    shared_victims: int
    text_similarity: float
    titles: tuple[str, str]
    authors: tuple[str, str] = ("", "")  # fingerprints of who wrote each first version
    # Who each is, by their enrolled name; None for this vault itself, and the fingerprint
    # for an author this vault no longer knows.
    observers: tuple[str | None, str | None] = (None, None)

    def as_dict(self) -> dict[str, Any]:
        return {"records": [self.first, self.second], "authors": list(self.authors),
                "observers": list(self.observers), "region": self.region,
                "threat_type": self.threat_type, "days_apart": self.days_apart,
                "shared_victims": self.shared_victims,
                "text_similarity": round(self.text_similarity, 3),
                "titles": list(self.titles)}


@dataclass(frozen=True)
class _Item:
    id: str
    author: str
    start: int  # first day, as a date ordinal
    end: int  # last day
    victims: frozenset[str]
    tokens: frozenset[str]
    title: str


def find_duplicates(session: Session) -> list[Candidate]:
    """Pairs to review, not yet linked together nor dismissed, in id order."""
    blocks = _blocks(session)
    dismissed = store.pairs(session.conn, "duplicate_dismissals")
    group = linked_groups(session.conn)
    found = []
    for (region, threat_type), items in blocks.items():
        for a, b in _close_in_time(items):
            pair = _ordered(a.id, b.id)
            if a.author == b.author or pair in dismissed:
                continue
            if group.get(a.id, a.id) == group.get(b.id, b.id):
                continue
            candidate = _compare(a, b, region, threat_type)
            if candidate is not None:
                found.append(candidate)
    named = [replace(c, observers=(observer_name(session, c.authors[0]),
                                   observer_name(session, c.authors[1]))) for c in found]
    return sorted(named, key=lambda c: (c.first, c.second))


def observer_name(session: Session, author: str) -> str | None:
    """An enrolled peer's name; None for this vault; else the fingerprint itself."""
    if author == session.identity.fingerprint:
        return None
    peer = peer_store.by_fingerprint(session.conn, author)
    return peer.name if peer else author


def _close_in_time(items: list[_Item]) -> Iterator[tuple[_Item, _Item]]:
    """Every pair whose spans are at most WINDOW_DAYS apart (items sorted by start)."""
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if b.start > a.end + WINDOW_DAYS:
                break
            yield a, b


def _compare(a: _Item, b: _Item, region: str, threat_type: str) -> Candidate | None:
    shared = len(a.victims & b.victims)
    union = a.tokens | b.tokens
    similarity = len(a.tokens & b.tokens) / len(union) if union else 0.0
    if not shared and similarity < TEXT_THRESHOLD:
        return None
    first, second = (a, b) if a.id < b.id else (b, a)
    gap = max(0, max(a.start, b.start) - min(a.end, b.end))
    return Candidate(first.id, second.id, region, threat_type, gap, shared, similarity,
                     (first.title, second.title), (first.author, second.author))


def _blocks(session: Session) -> dict[tuple[str, str], list[_Item]]:
    """Live records by (reported region, threat type), each block sorted by start date."""
    regions = session.taxonomy["region"]
    blocks: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for row in store.live_records(session.conn):
        record_id, author, region, threat_type, on, until, title, description, aliases = row
        blocks[(regions.reported_code(region), threat_type)].append(_Item(
            record_id, author, _day(on), _day(until or on, end=True),
            frozenset(filter(None, map(fold_alias, json.loads(aliases)))),
            _tokens(f"{title} {description}"), title))
    for items in blocks.values():
        items.sort(key=lambda item: (item.start, item.id))
    return blocks


def _day(text: str, end: bool = False) -> int:
    year, month, day = date_key(text, end)
    while True:  # a month-only end date: its last day (31, 30, 29 or 28)
        try:
            return date(year, month, day).toordinal()
        except ValueError:
            day -= 1


def _tokens(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if len(w) >= MIN_TOKEN_LENGTH)


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def linked_groups(conn: Connection) -> dict[str, str]:
    """record id -> the smallest id of the incident it was linked into (linked records only)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in store.pairs(conn, "incident_links"):
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in parent}


def _check_pair(session: Session, first: str, second: str) -> tuple[str, str]:
    if first == second:
        raise InvalidInput([Problem("records", "self_duplicate")])
    current(session, first)
    current(session, second)
    return _ordered(first, second)


def link_pair(session: Session, first: str, second: str) -> None:
    """Record that two records describe one incident (a dismissal of the pair is undone)."""
    a, b = _check_pair(session, first, second)
    with session.transaction() as conn:
        store.link(conn, a, b, utc_now(), session.identity.fingerprint)
        session.log(conn, "duplicates.link", f"{a} {b}")


def dismiss_pair(session: Session, first: str, second: str) -> None:
    """Record that two records are different incidents: the pair is not listed again (and a
    link between exactly these two is undone)."""
    a, b = _check_pair(session, first, second)
    with session.transaction() as conn:
        store.dismiss(conn, a, b, utc_now(), session.identity.fingerprint)
        session.log(conn, "duplicates.dismiss", f"{a} {b}")
