-- The vocabulary lives in the vault (issue 14): every list's codes, with their labels in
-- en, ru and kk, an optional description, and whether the code is retired. Rows are never
-- deleted; `position` keeps each list in the order it was given. The vault is seeded from
-- the installed files when it first opens without rows (services/session.py), and the
-- version in meta ("vocabulary_version") grows with each change the office makes.
CREATE TABLE vocabulary_terms (
    kind        TEXT NOT NULL,
    code        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    labels      TEXT NOT NULL,
    description TEXT,
    retired     INTEGER NOT NULL DEFAULT 0,
    block       TEXT,
    reported_as TEXT,
    PRIMARY KEY (kind, code)
) WITHOUT ROWID;
