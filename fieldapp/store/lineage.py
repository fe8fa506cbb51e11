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
from fieldapp.store.records import Arrival
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
    parent_ids = sorted({p for a in versions if a.version.id not in known
                         for p in a.version.parents})
    held = record_store.held_lineage(conn, record_ids, parent_ids)
    evidence = attachment_store.received_from(conn, record_ids)
    author_of = {h.id: h.author for h in held}
    authors: dict[str, set[str]] = {}
    first_authors: dict[str, set[str]] = {}
    for h in held:
        authors.setdefault(h.record_id, set()).add(h.author)
        if h.first:
            first_authors.setdefault(h.record_id, set()).add(h.author)
    for record_id in record_ids:
        held_authors = authors.get(record_id, set())
        others = ((held_authors - {signer, office}) | (first_authors.get(record_id, set())
                  - {signer}) | (evidence.get(record_id, set()) - {signer}))
        if others or (held_authors and signer not in held_authors):
            if record_id in edited:
                raise BundleRejected("records", "foreign_record", record_id=record_id)
            raise BundleRejected("records", "foreign_attachment", record_id=record_id)
    for arrival in versions:
        version = arrival.version
        if version.id in known:
            continue
        for parent in version.parents:
            if author_of.get(parent, signer) != signer:
                raise BundleRejected("records", "foreign_parent", record_id=version.record_id,
                                     version=version.id)
