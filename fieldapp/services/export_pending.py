"""An export under way, remembered in the vault: its sequence number is spent before a byte
is written, and the files of one a killed process left behind are removed by the next."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from fieldapp.errors import FieldappError
from fieldapp.services.session import Session
from fieldapp.store import meta
from fieldapp.store.database import Connection


def reserve(conn: Connection, sequence: int, partial: Path, final: Path) -> None:
    """Inside a transaction: spend `sequence` and remember the two names the export uses."""
    previous = meta.get(conn, meta.EXPORT_SEQUENCE)
    meta.put(conn, meta.EXPORT_SEQUENCE, str(sequence))
    meta.put(conn, meta.EXPORT_PENDING, json.dumps(
        {"sequence": sequence, "previous": previous, "part": str(partial),
         "final": str(final)}))


def done(conn: Connection) -> None:
    """Inside the transaction that records the export: nothing is pending any more."""
    meta.delete(conn, meta.EXPORT_PENDING)


def release(session: Session) -> None:
    """An export that failed in this process (its files already removed): give the number
    back, since nothing carrying it exists, leaving the vault as it was. Best effort: if the
    vault cannot be written either, the mark stays and the next export spends the number."""
    stored = meta.get(session.conn, meta.EXPORT_PENDING)
    if stored is None:
        return
    previous = json.loads(stored)["previous"]
    with contextlib.suppress(FieldappError), session.transaction() as conn:
        if previous is None:
            meta.delete(conn, meta.EXPORT_SEQUENCE)
        else:
            meta.put(conn, meta.EXPORT_SEQUENCE, previous)
        meta.delete(conn, meta.EXPORT_PENDING)


def clear_interrupted_export(session: Session) -> int | None:
    """Remove what an export killed midway left in its folder (its temporary file and an
    unrecorded bundle: only the names it reserved) and log it; returns the sequence number
    that bundle would have had, which stays spent, or None when nothing was pending."""
    stored = meta.get(session.conn, meta.EXPORT_PENDING)
    if stored is None:
        return None
    pending = json.loads(stored)
    for name in (pending["part"], pending["final"]):
        # A folder on a drive that is no longer there: the bundle in it was never recorded,
        # so its versions go out again, under a new number.
        with contextlib.suppress(OSError):
            Path(name).unlink(missing_ok=True)
    sequence = int(pending["sequence"])
    with session.transaction() as conn:
        meta.delete(conn, meta.EXPORT_PENDING)
        session.log(conn, "bundle.export_abandoned", str(sequence))
    return sequence
