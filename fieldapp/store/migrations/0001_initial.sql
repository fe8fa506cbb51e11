-- Core tables: vault identity, records with their versions, and the hash-chained audit log.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The vault's own identity: role, name, and its two private keys (raw 32-byte seeds).
CREATE TABLE identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    role        TEXT NOT NULL CHECK (role IN ('observer', 'office')),
    name        TEXT NOT NULL,
    signing_key BLOB NOT NULL,
    age_key     BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- One row per record; the columns after `deleted` mirror the head version for listing.
CREATE TABLE records (
    id             TEXT PRIMARY KEY,
    head           TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    occurred_on    TEXT NOT NULL DEFAULT '',
    occurred_until TEXT,
    region         TEXT NOT NULL DEFAULT '',
    threat_type    TEXT NOT NULL DEFAULT '',
    threat_block   TEXT NOT NULL DEFAULT '',
    sectors        TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX records_by_date ON records (deleted, occurred_on DESC);

-- Every change is a new version; a deletion is a tombstone version with no content.
CREATE TABLE versions (
    id           TEXT PRIMARY KEY,
    record_id    TEXT NOT NULL REFERENCES records (id),
    parents      TEXT NOT NULL,
    author       TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    tombstone    INTEGER NOT NULL DEFAULT 0,
    content      TEXT,
    sources      TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX versions_by_record ON versions (record_id);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
