"""Importing 16 bundles of 5,000 records each, against a baseline measured in the same run:
the same version rows inserted into a fresh SQLCipher database with one executemany.

Also measured: the writes alone (records, versions and search rows put bundle by bundle into
a fresh vault schema, nothing checked), so the ratio can be read as writing cost plus
checking cost.

Run on demand: pytest tests/bench/test_import_speed.py -s
"""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

from fieldapp.services import export, importing, peers
from fieldapp.services.demo import generate_records
from fieldapp.services.records import add_records
from fieldapp.services.session import Session, create_vault
from fieldapp.services.sources import create_source_key, set_office_source_recipient
from fieldapp.store.database import migrate, open_database
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.records import search_fields
from sync.card import parse_card
from tests.bench.measure import peak_rss_mib

OBSERVERS = 16
RECORDS_EACH = 5_000
PASSPHRASE = "benchmark passphrase"


def card(session: Session):  # type: ignore[no-untyped-def]
    return parse_card(peers.own_card(session).to_text().encode())


def make_bundles(tmp_path: Path, office: Session) -> list[Path]:
    template = generate_records(RECORDS_EACH)
    paths = []
    for n in range(OBSERVERS):
        observer = create_vault(tmp_path / f"observer{n}", "observer", f"Observer {n}",
                                PASSPHRASE, params=KDF_FLOOR)
        peers.add_peer(observer, card(office), card(office).fingerprint)
        peers.add_peer(office, card(observer), card(observer).fingerprint)
        add_records(observer, template)
        result = export.export_bundle(observer, tmp_path / "usb")
        assert result is not None
        paths.append(result.path)
        observer.lock()
    return paths


def settled() -> None:
    """Write back what earlier steps left in the page cache, so that no measurement pays for
    the previous one's files (an import writes about half a gigabyte)."""
    os.sync()


def baseline_seconds(tmp_path: Path, office: Session) -> float:
    """The same rows as plain inserts: the floor any import must stand on. The median of
    three runs, each into a new database."""
    rows = office.conn.execute(
        "SELECT id, record_id, parents, author, hlc, content_hash, tombstone, content, sources,"
        " created_at FROM versions").fetchall()
    return statistics.median(_one_baseline(tmp_path / f"baseline{n}.db", rows) for n in range(3))


def _one_baseline(path: Path, rows: list[tuple]) -> float:
    settled()
    conn = open_database(path, os.urandom(32))
    conn.execute("CREATE TABLE versions (id TEXT PRIMARY KEY, record_id TEXT, parents TEXT,"
                 " author TEXT, hlc TEXT, content_hash TEXT, tombstone INTEGER, content TEXT,"
                 " sources TEXT, created_at TEXT)")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def schema_floor_seconds(tmp_path: Path, office: Session) -> float:
    """The rows an import must write (records, versions, search index), bundle by bundle
    into a fresh vault schema with no checks at all: how much of the ratio is the writing."""
    versions = office.conn.execute(
        "SELECT id, record_id, parents, author, hlc, content_hash, tombstone, content, sources,"
        " created_at, received_in FROM versions ORDER BY rowid").fetchall()
    records = office.conn.execute(
        "SELECT rowid, id, head, deleted, in_conflict, created_at, updated_at, title,"
        " occurred_on, occurred_until, region, threat_type, threat_block, sectors"
        " FROM records ORDER BY rowid").fetchall()
    content = {v[0]: json.loads(v[7]) for v in versions}
    search = [(r[0], r[1], *search_fields(content[r[2]])) for r in records]
    key = os.urandom(32)
    conn = open_database(tmp_path / "floor.db", key)
    migrate(conn)
    conn.close()
    settled()
    conn = open_database(tmp_path / "floor.db", key)
    started = time.perf_counter()
    for n in range(OBSERVERS):
        part = slice(n * RECORDS_EACH, (n + 1) * RECORDS_EACH)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO records (rowid, id, head, deleted, in_conflict, created_at, updated_at,"
            " title, occurred_on, occurred_until, region, threat_type, threat_block, sectors)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records[part])
        conn.executemany(
            "INSERT INTO versions (id, record_id, parents, author, hlc, content_hash, tombstone,"
            " content, sources, created_at, received_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            versions[part])
        conn.executemany(
            "INSERT INTO record_search (rowid, record_id, title, locality, description,"
            " perpetrators, victims) VALUES (?, ?, ?, ?, ?, ?, ?)", search[part])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed



def test_import_of_16_bundles_against_executemany(tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    office = create_vault(tmp_path / "office", "office", "Office", PASSPHRASE, params=KDF_FLOOR)
    set_office_source_recipient(office, create_source_key(tmp_path / "source.key", PASSPHRASE,
                                                          KDF_FLOOR))
    paths = make_bundles(tmp_path, office)
    settled()
    rss_before = peak_rss_mib()
    started = time.perf_counter()
    reports = importing.import_bundles(office, paths)
    imported = time.perf_counter() - started
    rss_after = peak_rss_mib()
    assert all(r.status == "accepted" for r in reports)
    total = office.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    assert total == OBSERVERS * RECORDS_EACH
    baseline = baseline_seconds(tmp_path, office)
    floor = schema_floor_seconds(tmp_path, office)
    ratio = imported / baseline
    print(json.dumps({"bundles": OBSERVERS, "records": total, "import_s": round(imported, 2),
                      "executemany_s": round(baseline, 2), "ratio": round(ratio, 1),
                      "writes_only_s": round(floor, 2),
                      "writes_only_ratio": round(floor / baseline, 1),
                      "import_vs_writes_only": round(imported / floor, 1),
                      # The process's peak resident size before and after the import (the
                      # bundles were made earlier in the same process).
                      "peak_rss_mib_before_import": rss_before,
                      "peak_rss_mib_after_import": rss_after}))
    office.lock()
