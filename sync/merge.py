"""Merge rules: versions are kept, never overwritten; a record's state follows its heads.

The state depends only on the *set* of versions known, so importing the same bundles in
any order, any number of times, ends in the same state.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class VersionMeta:
    id: str
    parents: tuple[str, ...]
    author: str
    hlc: str
    tombstone: bool


@dataclass(frozen=True)
class RecordState:
    heads: tuple[VersionMeta, ...]  # best first
    shown: VersionMeta  # what lists and the record view show
    in_conflict: bool
    deleted: bool


def precedence(version: VersionMeta) -> tuple[str, str, str]:
    """Deterministic order between concurrent versions: latest clock, then author, then id."""
    return (version.hlc, version.author, version.id)


def heads(versions: Iterable[VersionMeta]) -> list[VersionMeta]:
    """Versions no other known version descends from, best first."""
    known = list({v.id: v for v in versions}.values())
    superseded = {parent for v in known for parent in v.parents}
    found = [v for v in known if v.id not in superseded]
    return sorted(found, key=precedence, reverse=True)


def record_state(versions: Iterable[VersionMeta]) -> RecordState:
    """One head: that is the record. Several: a conflict, shown by its winner.

    A tombstone deletes only what it descends from: a tombstone beside a concurrent edit
    is a conflict, and the edit is what the list shows until someone resolves it.
    """
    current = heads(versions)
    if not current:
        raise ValueError("a record needs at least one version")
    if len(current) == 1:
        only = current[0]
        return RecordState(tuple(current), only, False, only.tombstone)
    with_content = [v for v in current if not v.tombstone]
    shown = with_content[0] if with_content else current[0]
    return RecordState(tuple(current), shown, True, not with_content)
