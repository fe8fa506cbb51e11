"""Open the SQLCipher database with the raw key and the vault's pragmas, and migrate it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import sqlcipher3

from fieldapp.domain.persons import fold_alias
from fieldapp.errors import FieldappError, VaultError
from fieldapp.store import lookaside

# sqlcipher3 mirrors the standard sqlite3 API but ships no type information.
Connection = sqlite3.Connection

_AUTOCHECKPOINT_PAGES = 1000  # SQLite's default

_PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    # 64 MiB of page cache (SQLite's default is 2 MiB), taken only as pages are read: an
    # import looks up and inserts random ids, which touches every page of an office's
    # indexes; a cache that holds them saves re-reading and re-decrypting them.
    "PRAGMA cache_size = -65536",
)


def open_database(path: Path, db_key: bytes | bytearray) -> Connection:
    """Open (or create) the encrypted database; SQLCipher's own logging is silenced first."""
    lookaside.configure_once()
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{bytes(db_key).hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultError("database_key_mismatch") from None
    for pragma in _PRAGMAS:
        conn.execute(pragma)
    # Migrations and reports fold aliases the way the domain does (0015 needs it).
    conn.create_function("fieldapp_fold", 1, fold_alias, deterministic=True)
    return conn


@contextmanager
def checkpoint_deferred(conn: Connection) -> Iterator[None]:
    """Copy the write-ahead log into the database once, after a run of transactions, not
    after each: every bundle an import commits rewrites many of the same index pages, and
    each copy reads and writes every page again. The log is emptied at the end."""
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        try:
            conn.execute(f"PRAGMA wal_autocheckpoint = {_AUTOCHECKPOINT_PAGES}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.DatabaseError:
            # Committed pages are safe in the log and are copied at the next checkpoint;
            # an error here must not hide the one that may be on its way out.
            pass


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """All or nothing: everything done inside commits together or not at all. A write the
    disk refuses (full, or a file size limit) rolls everything back and is `disk_full`."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as error:
        # SQLite has already rolled back after some failed writes; a second ROLLBACK
        # would raise and hide the error on its way out.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if is_disk_full(error):
            raise FieldappError("disk_full", path=database_path(conn)) from None
        raise


# SQLite's primary result codes for a write the file system refused: SQLITE_FULL (no
# space) and SQLITE_IOERR (which a file size limit, EFBIG, comes back as).
_SQLITE_IOERR = 10
_SQLITE_FULL = 13


def is_disk_full(error: BaseException) -> bool:
    """True for a database write the disk refused."""
    if not isinstance(error, sqlcipher3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (_SQLITE_FULL, _SQLITE_IOERR)


def database_path(conn: Connection) -> str:
    """The file of the connection's main database (for an error to name)."""
    for _, name, path in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(path)
    return ""


def abandon(conn: Connection) -> None:
    """Roll back a transaction left open when even its rollback failed (under memory
    pressure, say), so the next one can begin; never raises."""
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except Exception:  # noqa: S110 - the failure itself is being reported by the caller
        pass


def migration_scripts() -> list[tuple[int, str]]:
    """The numbered migrations shipped with the package, in order: (number, sql)."""
    folder = resources.files("fieldapp.store") / "migrations"
    scripts = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            scripts.append((int(name[:4]), entry.read_text(encoding="utf-8")))
    scripts.sort()
    numbers = [n for n, _ in scripts]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {numbers}")
    return scripts


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int | None = None) -> int:
    """Apply every migration above the current version (up to target), each in a transaction."""
    scripts = migration_scripts()
    latest = scripts[-1][0] if scripts else 0
    target = latest if target is None else target
    current = schema_version(conn)
    if current > latest:
        raise VaultError("schema_too_new", schema=current)
    for number, sql in scripts:
        if current < number <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            current = number
    return current


def _split_statements(sql: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement handles triggers."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
