"""What a case looks like to its users: the list of cases, one case with its timeline, and
what the next stage of a case starts from.

A merged group is shown as its group case (the earliest opened) with every member's
references, persons and stages. A case an observer purged is a stub: its reference, status,
dates and the span of its stages, and the stages filed since (the office holds the rest).
"""

from __future__ import annotations

from typing import Any

from fieldapp.domain.record import date_key
from fieldapp.services.session import Session
from fieldapp.store import cases as store
from fieldapp.store.cases import CaseRow, Event

EVENT_FIELDS = ("occurred_on", "occurred_until", "threat_type", "title", "region")


def _span(rows: list[CaseRow], events: list[Event]) -> tuple[str | None, str | None]:
    """The first and last date of a group's stages, kept ones (purged) included."""
    firsts = [r.first_on for r in rows if r.first_on]
    lasts = [r.last_on for r in rows if r.last_on]
    for event in events:
        record = event.record
        firsts.append(record["occurred_on"])
        lasts.append(max((d for d in (record["occurred_on"], record["occurred_until"],
                                      record.get("outcome_on")) if d),
                         key=lambda d: date_key(d, end=True)))
    first = min(firsts, key=date_key, default=None)
    last = max(lasts, key=lambda d: date_key(d, end=True), default=None)
    return first, last


def _event(event: Event) -> dict[str, Any]:
    record = event.record
    return {
        "id": event.record_id,
        "case": event.case_id,
        **{key: record[key] for key in EVENT_FIELDS},
        "threat_block": event.block,
        "legal_articles": record.get("legal_articles", []),
        "outcome": record["outcome"],
        "outcome_on": record.get("outcome_on"),
        "victims": record["victims"],
        "sectors": record["sectors"],
        "in_conflict": event.in_conflict,
    }


def _persons(contents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every member's persons, the group case's first, each alias once."""
    seen: set[str] = set()
    persons = []
    for content in contents:
        for person in content.get("persons", []):
            key = " ".join(person["alias"].split()).casefold()
            if key not in seen:
                seen.add(key)
                persons.append(person)
    return persons


def _ordered(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (date_key(e.record["occurred_on"]), e.record_id))


def show_case(session: Session, case_id: str) -> dict[str, Any]:
    """The case `case show --json` gives: its fields plus `events`, its stages in date
    order (a merged group: the group's case, with every member's stages)."""
    conn = session.conn
    group = store.group_of(conn, case_id)
    members = store.group_members(conn, group)
    rows = store.rows(conn, members)
    head_row = next(r for r in rows if r.id == group)
    events = _ordered(store.events(conn, members))
    first, last = _span(rows, events)
    shown: dict[str, Any] = {
        "id": group,
        "reference": head_row.reference,
        "references": sorted({r.reference for r in rows if r.reference}),
        "merged_from": [m for m in members if m != group],
        "status": head_row.status,
        "opened_on": head_row.opened_on,
        "closed_on": head_row.closed_on,
        "first_on": first,
        "last_on": last,
        "stub": head_row.purged_at is not None,
    }
    version, case = store.head(conn, group)
    if case is not None:
        contents = [case] + [c for m in members if m != group
                             for c in [store.head(conn, m)[1]] if c is not None]
        shown.update({
            "title": case["title"],
            "summary": case["summary"],
            "persons": _persons(contents),
            "region": case["region"],
        })
    shown.update({
        "version": version.id,
        "author": version.author,
        "created_at": head_row.created_at,
        "updated_at": head_row.updated_at,
        "in_conflict": any(r.in_conflict for r in rows),
        "events": [_event(e) for e in events],
    })
    return shown


def list_cases(session: Session, text: str = "") -> list[dict[str, Any]]:
    """Every case (merged groups once, as their group case), newest opened first; `text`
    keeps those whose reference or title holds it (case-insensitive)."""
    conn = session.conn
    rows = [r for r in store.rows(conn) if not r.deleted]
    counts = store.event_counts(conn)
    groups: dict[str, list[CaseRow]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    needle = " ".join(text.split()).casefold()
    listed = []
    for row in rows:
        if row.id != row.group:
            continue
        members = groups[row.group]
        references = sorted({m.reference for m in members if m.reference})
        if needle and needle not in " ".join([*references, row.title]).casefold():
            continue
        stages = [counts[m.id] for m in members if m.id in counts]
        firsts = [s[1] for s in stages if s[1]] + [m.first_on for m in members if m.first_on]
        lasts = [s[2] for s in stages if s[2]] + [m.last_on for m in members if m.last_on]
        listed.append({
            "id": row.id,
            "reference": row.reference,
            "references": references,
            "title": row.title,
            "status": row.status,
            "opened_on": row.opened_on,
            "closed_on": row.closed_on,
            "first_on": min(firsts, key=date_key, default=None),
            "last_on": max(lasts, key=lambda d: date_key(d, end=True), default=None),
            "stages": sum(s[0] for s in stages),
            "stub": row.purged_at is not None,
            "in_conflict": any(m.in_conflict for m in members),
        })
    return listed


def next_stage(session: Session, case_id: str) -> dict[str, Any]:
    """What the next stage of a case starts from: the case, its latest stage's region,
    sectors and perpetrators, and the persons (the case's, or the latest stage's)."""
    shown = show_case(session, case_id)
    latest = shown["events"][-1] if shown["events"] else None
    start: dict[str, Any] = {"case": shown["id"]}
    region = (latest or {}).get("region") or shown.get("region")
    if region:
        start["region"] = region
    if latest:
        start["sectors"] = latest["sectors"]
    persons = shown.get("persons") or (latest["victims"] if latest else [])
    if persons:
        start["victims"] = persons
    return start
