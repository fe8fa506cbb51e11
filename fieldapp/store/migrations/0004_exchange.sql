-- Exchange between vaults: enrolled peers, bundles sent and received, signed rosters,
-- and which versions have left or arrived in which bundle.
CREATE TABLE peers (
    fingerprint      TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('observer', 'office')),
    signing_key      TEXT NOT NULL,
    age_recipient    TEXT NOT NULL,
    source_recipient TEXT,
    enrolled_at      TEXT NOT NULL,
    revoked_at       TEXT
);

CREATE TABLE bundles_in (
    bundle_id   TEXT PRIMARY KEY,
    sender      TEXT NOT NULL,
    sequence    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX bundles_in_by_sender ON bundles_in (sender, sequence);

CREATE TABLE bundles_out (
    bundle_id   TEXT PRIMARY KEY,
    recipient   TEXT NOT NULL,
    sequence    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    versions    INTEGER NOT NULL,
    exported_at TEXT NOT NULL
);

-- Rosters this vault issued (office) or accepted (observer), newest highest.
CREATE TABLE rosters (
    version   INTEGER PRIMARY KEY,
    document  TEXT NOT NULL,
    signature TEXT NOT NULL,
    issued_at TEXT NOT NULL
);

ALTER TABLE versions ADD COLUMN exported_in TEXT;
ALTER TABLE versions ADD COLUMN received_in TEXT;
ALTER TABLE attachments ADD COLUMN exported_in TEXT;
ALTER TABLE records ADD COLUMN in_conflict INTEGER NOT NULL DEFAULT 0;
CREATE INDEX versions_not_exported ON versions (exported_in) WHERE exported_in IS NULL;
