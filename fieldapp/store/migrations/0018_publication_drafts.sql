-- Publication drafts (issue 15): the coordinator's own words around a bulletin's figures,
-- one row per named draft, with its period so the next period's draft starts from the
-- latest. `content` is the draft as JSON (domain/publication.py), encrypted with the vault.
CREATE TABLE publication_drafts (
    name        TEXT PRIMARY KEY,
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    content     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX publication_drafts_by_update ON publication_drafts (updated_at);
