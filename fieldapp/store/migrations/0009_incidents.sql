-- Possible duplicates reviewed by a coordinator: pairs linked as one incident (statistics
-- count a linked group once) and pairs dismissed as different incidents (never listed again).
-- Each pair is stored once, smaller record id first.
CREATE TABLE incident_links (
    record_a  TEXT NOT NULL REFERENCES records (id),
    record_b  TEXT NOT NULL REFERENCES records (id),
    linked_at TEXT NOT NULL,
    linked_by TEXT NOT NULL,
    PRIMARY KEY (record_a, record_b),
    CHECK (record_a < record_b)
);
CREATE INDEX incident_links_by_b ON incident_links (record_b);

CREATE TABLE duplicate_dismissals (
    record_a     TEXT NOT NULL REFERENCES records (id),
    record_b     TEXT NOT NULL REFERENCES records (id),
    dismissed_at TEXT NOT NULL,
    dismissed_by TEXT NOT NULL,
    PRIMARY KEY (record_a, record_b),
    CHECK (record_a < record_b)
);
