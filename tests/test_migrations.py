"""Every schema migration, applied to a vault written at the version before it."""

from __future__ import annotations

import io
import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from support import PASSPHRASE, full_record

from fieldapp.domain.record import content_hash, public_part, validate
from fieldapp.domain.taxonomy import load_default
from fieldapp.reports.statistics import ReportFilters, compute_report
from fieldapp.services import attachments, case_views, cases, duplicates, records
from fieldapp.services.redaction import Region
from fieldapp.services.session import Session, unlock
from fieldapp.store import attachments as attachment_store
from fieldapp.store import audit, database, keyfile
from fieldapp.store import duplicates as duplicate_store
from fieldapp.store import records as record_store
from fieldapp.store.database import Connection, migrate, open_database, schema_version
from fieldapp.store.identity import create_identity
from fieldapp.store.records import RecordQuery
from fieldapp.store.vault import DB_FILE, KEY_FILE, secure_mkdir

NOW = "2024-01-01T00:00:00Z"
SHIPPED = [number for number, _ in database.migration_scripts()]
LATEST = SHIPPED[-1]


def test_migrations_are_numbered_one_to_n() -> None:
    assert list(range(1, len(SHIPPED) + 1)) == SHIPPED
    assert SHIPPED[:3] == [1, 2, 3]


def old_vault(directory: Path, version: int) -> Connection:
    """A vault (key file and database) whose schema stopped at `version`, as an old app left it."""
    secure_mkdir(directory)
    db_key = os.urandom(keyfile.DB_KEY_LEN)
    conn = open_database(directory / DB_FILE, db_key)
    assert migrate(conn, target=version) == version
    if version >= 1:
        conn.execute("BEGIN")
        create_identity(conn, "observer", "Old Observer", NOW)
        conn.execute("COMMIT")
    keyfile.write_atomic(
        directory / KEY_FILE, keyfile.wrap_key(db_key, PASSPHRASE, keyfile.KDF_FLOOR)
    )
    return conn


def write_v1_record(conn: Connection, data: dict[str, Any], deleted: bool = False) -> str:
    """Insert a record the way schema 1 stored it (there was no search index yet)."""
    record = validate(data, load_default())
    record_id, version_id = str(uuid.uuid4()), str(uuid.uuid4())
    conn.execute(
        "INSERT INTO records (id, head, deleted, created_at, updated_at, title, occurred_on,"
        " occurred_until, region, threat_type, threat_block, sectors)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record_id, version_id, int(deleted), NOW, NOW, record["title"], record["occurred_on"],
         record["occurred_until"], record["region"], record["threat_type"], "criminal",
         json.dumps(record["sectors"])),
    )
    conn.execute(
        "INSERT INTO versions (id, record_id, parents, author, hlc, content_hash, tombstone,"
        " content, sources, created_at) VALUES (?, ?, '[]', 'SHA256:old', ?, ?, ?, ?, ?, ?)",
        (version_id, record_id, "000001700000000.00000", content_hash(record), int(deleted),
         None if deleted else json.dumps(public_part(record)),
         None if deleted else json.dumps(record["sources"]), NOW),
    )
    return record_id


def write_record(conn: Connection, data: dict[str, Any], deleted: bool = False) -> str:
    """Insert a record as schemas 2 and 3 stored it: row, version and search entry."""
    record_id = write_v1_record(conn, data, deleted)
    if not deleted:
        record = validate(data, load_default())
        conn.execute(
            "INSERT INTO record_search (rowid, record_id, title, locality, description,"
            " perpetrators, victims) SELECT rowid, id, ?, ?, ?, '', '' FROM records WHERE id = ?",
            (record["title"], record["locality"], record["description"], record_id),
        )
    return record_id


def search(session: Session, text: str) -> set[str]:
    return {s.id for s in records.list_records(session, RecordQuery(text=text))}


def test_0001_creates_the_core_tables_in_an_empty_database(tmp_path: Path) -> None:
    conn = old_vault(tmp_path / "vault", 0)
    assert schema_version(conn) == 0
    assert migrate(conn, target=1) == 1
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "identity", "records", "versions", "audit_log"} <= tables
    conn.execute("BEGIN")
    identity = create_identity(conn, "office", "Office", NOW)
    write_v1_record(conn, full_record())
    conn.execute("COMMIT")
    assert identity.fingerprint.startswith("SHA256:")
    assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == 1
    conn.close()


def test_0002_backfills_the_search_index_from_existing_records(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 1)
    conn.execute("BEGIN")
    live = write_v1_record(conn, full_record(
        title="Arrest at the oil field", locality="Zhanaozen",
        description="Workers were questioned about the strike.",
        perpetrators=[{"kind": "company", "name": "Ozenmunaigas"}],
        victims=[{"alias": "Welder B", "gender": "man"}],
        sources=[{"name": "Secretsourcename", "contact": "", "note": "Hiddennote"}],
    ))
    other = write_v1_record(conn, full_record(title="Unrelated lawsuit", locality="Aktau"))
    gone = write_v1_record(conn, full_record(title="Deleted oil story"), deleted=True)
    conn.execute("COMMIT")
    conn.close()

    # Opening the vault with today's app migrates it.
    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) == LATEST
        assert search(session, "oil") == {live}
        for word in ("Zhanaozen", "strike", "Ozenmunaigas", "Welder"):
            assert search(session, word) == {live}, word
        assert search(session, "Aktau") == {other}
        assert search(session, "Secretsourcename") == set()
        assert search(session, "Hiddennote") == set()
        # The old records are intact, sources included (an old vault holds them as they were
        # typed); they are shown, as every record's sources are now, only as a count.
        _, stored = record_store.head(session.conn, live)
        assert stored is not None and stored["sources"][0]["name"] == "Secretsourcename"
        shown = records.show_record(session, live)
        assert shown["sources"] == {"count": 1, "sealed_for": "office"}
        assert "Secretsourcename" not in json.dumps(shown)
        assert shown["locality"] == "Zhanaozen"
        assert gone not in {s.id for s in records.list_records(session, RecordQuery())}
        # And new records are indexed as they are written (without sources: this old vault
        # has enrolled no office to seal them for).
        new = records.add_record(session, full_record(title="Fresh oil report", sources=[]))
        assert search(session, "oil") == {live, new}
    finally:
        session.lock()


def test_0003_adds_attachments_and_keeps_existing_records(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 2)
    record = validate(full_record(title="Seized laptop"), load_default())
    conn.execute("BEGIN")
    record_id = write_record(conn, record)
    conn.execute("COMMIT")
    conn.close()

    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) == LATEST
        shown = records.show_record(session, record_id)
        assert {k: shown[k] for k in record if k != "sources"} == {
            k: v for k, v in record.items() if k != "sources"}
        assert shown["sources"] == {"count": len(record["sources"]), "sealed_for": "office"}
        assert record_store.head(session.conn, record_id)[1] == record
        assert search(session, "Seized") == {record_id}
        info = attachments.attach_bytes(session, record_id, "note.txt", b"evidence")
        assert attachments.attachment_data(session, info.id) == b"evidence"
        assert [a.id for a in attachments.list_attachments(session, record_id)] == [info.id]
    finally:
        session.lock()


def test_migrating_an_up_to_date_vault_changes_nothing(tmp_path: Path) -> None:
    conn = old_vault(tmp_path / "vault", LATEST)
    before = conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    assert migrate(conn) == LATEST
    assert conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall() == before
    conn.close()


def test_a_failing_migration_is_rolled_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = old_vault(tmp_path / "vault", LATEST)
    shipped = database.migration_scripts()
    broken = "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"
    monkeypatch.setattr(database, "migration_scripts", lambda: [*shipped, (LATEST + 1, broken)])
    with pytest.raises(Exception, match="no_such_table"):
        migrate(conn)
    assert schema_version(conn) == LATEST
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    conn.close()


# --- every migration, including ones added later --------------------------------------


def plain_tables(conn: Connection) -> list[str]:
    """Ordinary tables, leaving out full-text indexes and their shadow tables."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    return sorted(
        name for name, _ in rows
        if not any(name == v or name.startswith(v + "_") for v in virtual)
        and not name.startswith("sqlite_")
    )


def stored_order(conn: Connection, table: str) -> str:
    """ORDER BY rowid, or by the primary key of a table without row ids."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    return " ORDER BY 1, 2" if "WITHOUT ROWID" in sql.upper() else " ORDER BY rowid"


def snapshot(conn: Connection) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Every row of every ordinary table, with the columns it had."""
    result = {}
    for table in plain_tables(conn):
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        rows = conn.execute(
            f"SELECT {', '.join(columns)} FROM {table}{stored_order(conn, table)}")  # noqa: S608
        result[table] = (columns, [tuple(r) for r in rows])
    return result


def fill(conn: Connection) -> list[str]:
    """Records (one deleted), audit entries and an attachment where the schema has them."""
    conn.execute("BEGIN")
    if "record_search" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
        ids = [write_record(conn, full_record(title=f"Record {n}")) for n in range(3)]
        write_record(conn, full_record(title="Deleted"), deleted=True)
    else:
        ids = [write_v1_record(conn, full_record(title=f"Record {n}")) for n in range(3)]
        write_v1_record(conn, full_record(title="Deleted"), deleted=True)
    audit.append(conn, NOW, "SHA256:old", "record.add", ids[0])
    audit.append(conn, NOW, "SHA256:old", "record.add", ids[1])
    if "attachment_chunks" in plain_tables(conn):  # 0014 on: the bytes in chunk rows
        attachment_id = str(uuid.uuid4())
        conn.execute(
            "INSERT INTO attachments (id, record_id, filename, media_type, original_sha256,"
            " stored_sha256, size, created_at) VALUES (?, ?, 'a.txt', 'text/plain',"
            " ?, ?, 3, ?)", (attachment_id, ids[0], "0" * 64, "0" * 64, NOW))
        conn.execute("INSERT INTO attachment_chunks (attachment_id, seq, data)"
                     " VALUES (?, 0, ?)", (attachment_id, b"abc"))
    elif "attachments" in plain_tables(conn):
        conn.execute(
            "INSERT INTO attachments (id, record_id, filename, media_type, original_sha256,"
            " stored_sha256, size, data, created_at) VALUES (?, ?, 'a.txt', 'text/plain',"
            " ?, ?, 3, ?, ?)",
            (str(uuid.uuid4()), ids[0], "0" * 64, "0" * 64, b"abc", NOW),
        )
    conn.execute("COMMIT")
    return ids


@pytest.mark.parametrize("number", [n for n in SHIPPED if n > 1])
def test_each_migration_keeps_every_row_of_the_version_before(
    tmp_path: Path, number: int
) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, number - 1)
    ids = fill(conn)
    before = snapshot(conn)
    assert migrate(conn, target=number) == number
    after = snapshot(conn)
    for table, (columns, rows) in before.items():
        assert table in after, f"migration {number} dropped table {table}"
        if number == 14 and table == "attachments":  # the bytes moved into chunk rows
            moved = columns.index("data")
            rows = [row[:moved] + row[moved + 1:] for row in rows]
            columns = [c for c in columns if c != "data"]
            assert conn.execute("SELECT seq, data FROM attachment_chunks").fetchall() == [
                (0, b"abc")]
        kept = conn.execute(
            f"SELECT {', '.join(columns)} FROM {table}{stored_order(conn, table)}"  # noqa: S608
        ).fetchall()
        assert [tuple(r) for r in kept] == rows, table
    conn.close()

    # And today's app opens it, shows every record and finds the audit log intact.
    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) == LATEST
        for n, record_id in enumerate(ids):
            assert records.show_record(session, record_id)["title"] == f"Record {n}"
        assert search(session, "Record") == set(ids)
        assert audit.verify(session.conn) == []
    finally:
        session.lock()


def test_0004_adds_exchange_bookkeeping_and_keeps_records(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 3)
    conn.execute("BEGIN")
    record_id = write_record(conn, full_record(title="Union office searched"))
    conn.execute("COMMIT")
    conn.close()

    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) == LATEST
        # Every version written before bundles existed is still waiting to be exported.
        pending = session.conn.execute(
            "SELECT count(*) FROM versions WHERE exported_in IS NULL").fetchone()[0]
        assert pending == 1
        assert session.conn.execute("SELECT count(*) FROM peers").fetchone()[0] == 0
        shown = records.show_record(session, record_id)
        assert shown["title"] == "Union office searched"
        assert search(session, "searched") == {record_id}
    finally:
        session.lock()


def test_0005_keeps_attachments_and_lets_them_arrive_before_their_record(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 4)
    conn.execute("BEGIN")
    record_id = write_record(conn, full_record(title="Leaflets confiscated"))
    conn.execute(
        "INSERT INTO attachments (id, record_id, filename, media_type, original_sha256,"
        " stored_sha256, size, data, created_at) VALUES ('a1', ?, 'scan.pdf',"
        " 'application/pdf', 'o', 's', 3, x'010203', ?)", (record_id, NOW))
    conn.execute("COMMIT")
    conn.close()

    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) == LATEST
        assert attachments.attachment_data(session, "a1") == b"\x01\x02\x03"
        assert [a.filename for a in attachments.list_attachments(session, record_id)] == [
            "scan.pdf"]
        # An attachment whose record has not arrived yet is now accepted.
        session.conn.execute(
            "INSERT INTO attachments (id, record_id, filename, media_type, original_sha256,"
            " stored_sha256, size, created_at) VALUES ('a2', 'not-here-yet', 'x.jpg',"
            " 'image/jpeg', 'o', 's', 1, ?)", (NOW,))
    finally:
        session.lock()


def test_0008_marks_existing_attachments_as_plain_evidence_and_links_kept_originals(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 7)
    conn.execute("BEGIN")
    record_id = write_record(conn, full_record(title="Checkpoint on the highway"))
    conn.execute(
        "INSERT INTO attachments (id, record_id, filename, media_type, original_sha256,"
        " stored_sha256, size, data, created_at, exported_in) VALUES ('a1', ?, 'scan.pdf',"
        " 'application/pdf', 'o', 's', 3, x'010203', ?, 'bundle-1')", (record_id, NOW))
    conn.execute("COMMIT")
    conn.close()

    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) >= 8
        [old] = attachments.list_attachments(session, record_id)
        assert (old.id, old.role, old.original_of) == ("a1", "evidence", None)
        assert attachments.attachment_data(session, "a1") == b"\x01\x02\x03"
        # A redacted image with its original kept: linked, and the original goes with its copy.
        image = Image.new("RGB", (40, 30), (200, 30, 30))
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        copy = attachments.attach_bytes(session, record_id, "car.png", buffer.getvalue(),
                                        [Region(0, 0, 10, 10, "black")], keep_original=True)
        kept = attachments.kept_original(session, copy.id)
        assert kept is not None and kept.role == "original" and copy.role == "redacted"
        with session.transaction() as conn:
            with pytest.raises(Exception, match="CHECK"):
                conn.execute("UPDATE attachments SET role = 'other' WHERE id = 'a1'")
            conn.execute("DELETE FROM attachments WHERE id = ?", (copy.id,))
        assert [a.id for a in attachments.list_attachments(session, record_id)] == ["a1"]
    finally:
        session.lock()


def test_0009_adds_duplicate_links_and_dismissals_and_keeps_records(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 8)
    conn.execute("BEGIN")
    first = write_record(conn, full_record(title="Checkpoint on the highway"))
    second = write_record(conn, full_record(title="Highway checkpoint"))
    third = write_record(conn, full_record(title="Office searched", occurred_on="2021-03-20"))
    conn.execute("COMMIT")
    conn.close()

    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) >= 9
        assert duplicate_store.pairs(session.conn, "incident_links") == set()
        assert duplicate_store.pairs(session.conn, "duplicate_dismissals") == set()
        assert compute_report(session)["threats"] == 3
        duplicates.link_pair(session, second, first)
        duplicates.dismiss_pair(session, first, third)
        assert duplicate_store.pairs(session.conn, "incident_links") == {
            (min(first, second), max(first, second))}
        assert compute_report(session)["threats"] == 2
        with session.transaction() as conn:
            with pytest.raises(Exception, match="CHECK"):
                conn.execute("INSERT INTO incident_links VALUES ('b', 'a', ?, 'x')", (NOW,))
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.execute("INSERT INTO duplicate_dismissals VALUES ('a', 'b', ?, 'x')",
                             (NOW,))
        assert audit.verify(session.conn) == []
    finally:
        session.lock()


def test_0010_search_index_keeps_no_copy_of_the_text_and_still_finds_and_forgets(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 9)
    ids = fill(conn)
    conn.close()
    session = unlock(directory, PASSPHRASE)
    try:
        tables = {r[0] for r in session.conn.execute("SELECT name FROM sqlite_master")}
        assert "record_search" in tables and "record_search_content" not in tables
        assert search(session, "Record") == set(ids)
        records.delete_record(session, ids[0])
        assert search(session, "Record") == set(ids[1:])
    finally:
        session.lock()


def test_0011_attachments_keep_the_bundle_they_came_in(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 10)
    conn.execute("BEGIN")
    record_id = write_record(conn, full_record(title="Checkpoint on the highway"))
    conn.execute(
        "INSERT INTO attachments (id, record_id, filename, media_type, original_sha256,"
        " stored_sha256, size, data, created_at) VALUES ('a1', ?, 'scan.pdf',"
        " 'application/pdf', 'o', 's', 3, x'010203', ?)", (record_id, NOW))
    conn.execute("COMMIT")
    conn.close()

    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) >= 11
        assert session.conn.execute(
            "SELECT received_in FROM attachments WHERE id = 'a1'").fetchone() == (None,)
        assert [a.id for a in attachments.list_attachments(session, record_id)] == ["a1"]
        assert attachment_store.received_from(session.conn, [record_id]) == {}
    finally:
        session.lock()


def test_0012_cases_come_to_an_old_vault_whose_records_keep_their_hashes(
        tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 11)
    conn.execute("BEGIN")
    record_id = write_record(conn, full_record(title="Checkpoint on the highway", sources=[]))
    before = conn.execute("SELECT content_hash, content FROM versions WHERE record_id = ?",
                          (record_id,)).fetchone()
    conn.execute("COMMIT")
    conn.close()

    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) >= 12
        # The old record is untouched: same bytes, same hash, and it is in no case.
        assert session.conn.execute(
            "SELECT content_hash, content FROM versions WHERE record_id = ?",
            (record_id,)).fetchone() == before
        shown = records.show_record(session, record_id)
        assert (shown["case"], shown["legal_articles"], shown["outcome_on"]) == (None, [], None)
        # Its outcome is a recourse of its own month, read from the listing row filled in.
        assert shown["outcome"] is not None
        report = compute_report(session, ReportFilters(date_from=shown["occurred_on"][:7],
                                                       date_to=shown["occurred_on"][:7]))
        assert report["recourses_by_type"] == {shown["outcome"]: 1}
        # ... and it can join a case opened after the upgrade.
        ((case_id, reference),) = cases.add_cases(session, [{"title": "Highway case"}])
        records.edit_record(session, record_id, {"case": reference})
        assert [e["id"] for e in case_views.show_case(session, case_id)["events"]] == [record_id]
        assert audit.verify(session.conn) == []
    finally:
        session.lock()


def test_0013_lists_an_old_vault_from_its_new_indexes_in_every_order(tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 12)
    ids = fill(conn)  # three listed records and a deleted one
    conn.close()
    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) >= 13
        indexes = {r[0] for r in session.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'")}
        assert {f"records_list_by_{column}" for column in record_store.SORTABLE} <= indexes
        assert "records_by_date" not in indexes
        for column in record_store.SORTABLE:
            for descending in (True, False):
                query = RecordQuery(order_by=column, descending=descending)
                first, after = records.page_records(session, query, 2)
                rest, end = records.page_records(session, query, 2, after)
                assert end is None and {s.id for s in first + rest} == set(ids)
        assert records.count_records(session, RecordQuery()) == 3
        assert search(session, "Record") == set(ids)
    finally:
        session.lock()


def test_0014_moves_attachment_bytes_into_chunks_and_the_record_still_purges_whole(
        tmp_path: Path) -> None:
    directory = tmp_path / "vault"
    conn = old_vault(directory, 13)
    conn.execute("BEGIN")
    record_id = write_record(conn, full_record(title="Video of the detention"))
    video = os.urandom(attachment_store.CHUNK * 2 + 12345)  # two whole chunks and a part
    for attachment_id, data in (("big", video), ("small", b"abc"), ("empty", b"")):
        conn.execute(
            "INSERT INTO attachments (id, record_id, filename, media_type, original_sha256,"
            " stored_sha256, size, data, created_at) VALUES (?, ?, 'clip.mp4',"
            " 'video/mp4', 'o', 's', ?, ?, ?)", (attachment_id, record_id, len(data), data, NOW))
    conn.execute("COMMIT")
    conn.close()

    session = unlock(directory, PASSPHRASE)
    try:
        assert schema_version(session.conn) >= 14
        columns = [row[1] for row in session.conn.execute("PRAGMA table_info(attachments)")]
        assert "data" not in columns  # the bytes are nowhere but in the chunks
        assert [len(c) for c in attachments.attachment_chunks(session, "big")] == [
            attachment_store.CHUNK, attachment_store.CHUNK, 12345]
        assert attachments.attachment_data(session, "big") == video
        assert attachments.attachment_data(session, "small") == b"abc"
        assert attachments.attachment_data(session, "empty") == b""
        # Deleting an attachment's row takes its chunks with it.
        with session.transaction() as conn:
            conn.execute("DELETE FROM attachments WHERE id = 'big'")
        assert session.conn.execute(
            "SELECT count(*) FROM attachment_chunks WHERE attachment_id = 'big'"
        ).fetchone() == (0,)
    finally:
        session.lock()
