-- Cases: one matter followed over time. Versioned like records (case_versions mirrors
-- versions); the columns of `cases` after `in_conflict` mirror the head version for lists,
-- and first_on/last_on keep a purged case's span once its stages' content is gone.
CREATE TABLE cases (
    id          TEXT PRIMARY KEY,
    head        TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    in_conflict INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'open',
    opened_on   TEXT,
    closed_on   TEXT,
    first_on    TEXT,
    last_on     TEXT,
    purged_at   TEXT
);
CREATE INDEX cases_by_reference ON cases (reference);

CREATE TABLE case_versions (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    parents      TEXT NOT NULL,
    author       TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    tombstone    INTEGER NOT NULL DEFAULT 0,
    content      TEXT,
    created_at   TEXT NOT NULL,
    exported_in  TEXT,
    received_in  TEXT,
    receipted_in TEXT,
    delivered_at TEXT
);
CREATE INDEX case_versions_by_case ON case_versions (case_id);

-- Office only: cases a coordinator found to be one matter. Each case of a merged group but
-- one names the group's case (the one opened first, then the smallest id), whatever order
-- the merges were made in.
CREATE TABLE case_merges (
    case_id     TEXT PRIMARY KEY REFERENCES cases (id),
    merged_into TEXT NOT NULL REFERENCES cases (id),
    merged_at   TEXT NOT NULL,
    merged_by   TEXT NOT NULL
);
CREATE INDEX case_merges_by_group ON case_merges (merged_into);

-- A record's case, positive outcome and its date (its head version's), for lists, timelines
-- and statistics: a report finds the recourses of a period without reading every record.
ALTER TABLE records ADD COLUMN case_id TEXT;
ALTER TABLE records ADD COLUMN outcome TEXT;
ALTER TABLE records ADD COLUMN outcome_on TEXT;
CREATE INDEX records_by_case ON records (case_id) WHERE case_id IS NOT NULL;
UPDATE records SET outcome = (SELECT json_extract(v.content, '$.outcome') FROM versions AS v
                              WHERE v.id = records.head)
WHERE deleted = 0 AND purged_at IS NULL;
