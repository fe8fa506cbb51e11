"""A record's stored parts cut out of its canonical JSON instead of encoded once more.

An import receives every record as canonical JSON (sorted keys, no spaces) and hashes exactly
those bytes. The vault stores the record without its sources, the sealed sources on their
own, and the sectors in the listing row: each is a piece of the same text. In canonical JSON
a quote that follows a comma is always structural (a quote inside a string is escaped), so
`,"sources":` can only be the key of an object, and in a record in normal form only the
record itself has keys named `sources`, `sectors` and `threat_type`. The keys are sorted, so
`sectors`, `sources` and `threat_type` follow one another. A test checks the cut pieces
against fresh encodings on generated records.
"""

from __future__ import annotations

from typing import NamedTuple

_SECTORS = ',"sectors":'
_SOURCES = ',"sources":'
_AFTER_SOURCES = ',"threat_type":'


class RecordParts(NamedTuple):
    public: str  # canonical JSON of the record without "sources"
    sources: str  # canonical JSON of its sources
    sectors: str  # canonical JSON of its sectors


def split_record(canonical_record: str) -> RecordParts:
    """The parts of a normal-form record's canonical JSON (see the module's note)."""
    sources_at = canonical_record.index(_SOURCES)
    sources_end = canonical_record.index(_AFTER_SOURCES, sources_at)
    sectors_at = canonical_record.rindex(_SECTORS, 0, sources_at) + len(_SECTORS)
    return RecordParts(canonical_record[:sources_at] + canonical_record[sources_end:],
                       canonical_record[sources_at + len(_SOURCES):sources_end],
                       canonical_record[sectors_at:sources_at])
