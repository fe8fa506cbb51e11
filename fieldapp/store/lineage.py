"""Authorship of lineage: whose records a bundle may touch.

An observer's bundle may add versions (edits, deletions) and attach evidence only to the
records that observer created; one version or attachment line that touches anyone else's
record rejects the whole bundle, naming the record, before anything is written. The
office's own edits are made in its vault, not imported, and keep their rules."""

from __future__ import annotations

from fieldapp.store import attachments as attachment_store
from fieldapp.store import records as record_store
from fieldapp.store.attachments import AttachmentInfo
from fieldapp.store.database import Connection
from fieldapp.store.records import Arrival, HeldVersion, Version
from sync.bundle import BundleRejected


def check_lineage(
    conn: Connection, office: str, signer: str, versions: list[Arrival],
    attachments: list[AttachmentInfo], known: dict[str, str],
) -> None:
    """Authorship of lineage: a bundle edits, deletes and attaches evidence only to records
    its signer created (every version line is the signer's: parse_version checked that).

    A record belongs to the author of its first version. Of a record the vault holds, the
    versions held must include the signer's, none may be another observer's (the office's
    own edits may stand beside them), no first version may be anyone else's, and no evidence
    may have come from another sender. A record the vault knows nothing of is the signer's:
    this bundle brings its first version, or its first version is yet to come (bundles
    arrive in any order), and whatever arrives of it later must be the signer's too. A
    version may descend only from the signer's versions: an observer never receives
    anyone else's. Two lookups for the whole bundle, none per record."""
    edited = dict.fromkeys(a.version.record_id for a in versions)
    record_ids = list(dict.fromkeys([*edited, *(info.record_id for info in attachments)]))
    parent_ids = _new_parents([a.version for a in versions], known)
    held = record_store.held_lineage(conn, record_ids, parent_ids)
    evidence = attachment_store.received_from(conn, record_ids)
    foreign = _first_foreign(record_ids, held, evidence, signer, office)
    if foreign is not None:
        if foreign in edited:
            raise BundleRejected("records", "foreign_record", record_id=foreign)
        raise BundleRejected("records", "foreign_attachment", record_id=foreign)
    version = _foreign_descent([a.version for a in versions], held, known, signer)
    if version is not None:
        raise BundleRejected("records", "foreign_parent", record_id=version.record_id,
                             version=version.id)


def check_case_lineage(
    conn: Connection, office: str, signer: str, versions: list[Version],
    known: dict[str, str],
) -> None:
    """The same authorship for cases: a bundle touches only the cases its signer opened."""
    case_ids = list(dict.fromkeys(v.record_id for v in versions))
    held = record_store.held_lineage(conn, case_ids, _new_parents(versions, known),
                                     "case_versions")
    foreign = _first_foreign(case_ids, held, {}, signer, office)
    if foreign is not None:
        raise BundleRejected("records", "foreign_case", case_id=foreign)
    version = _foreign_descent(versions, held, known, signer)
    if version is not None:
        raise BundleRejected("records", "foreign_case_parent", case_id=version.record_id,
                             version=version.id)


def _new_parents(versions: list[Version], known: dict[str, str]) -> list[str]:
    return sorted({p for v in versions if v.id not in known for p in v.parents})


def _first_foreign(ids: list[str], held: list[HeldVersion], evidence: dict[str, set[str]],
                   signer: str, office: str) -> str | None:
    """The first of `ids` (records or cases) that is not the signer's to touch, if any."""
    authors: dict[str, set[str]] = {}
    first_authors: dict[str, set[str]] = {}
    for h in held:
        authors.setdefault(h.record_id, set()).add(h.author)
        if h.first:
            first_authors.setdefault(h.record_id, set()).add(h.author)
    for item in ids:
        held_authors = authors.get(item, set())
        others = ((held_authors - {signer, office}) | (first_authors.get(item, set())
                  - {signer}) | (evidence.get(item, set()) - {signer}))
        if others or (held_authors and signer not in held_authors):
            return item
    return None


def _foreign_descent(versions: list[Version], held: list[HeldVersion], known: dict[str, str],
                     signer: str) -> Version | None:
    """A new version that descends from someone else's version, if any."""
    author_of = {h.id: h.author for h in held}
    for version in versions:
        if version.id in known:
            continue
        for parent in version.parents:
            if author_of.get(parent, signer) != signer:
                return version
    return None
