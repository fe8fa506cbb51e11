-- Redaction: an image may be stored as a redacted copy, and its unredacted original kept
-- beside it only when the user asks. The original points at its copy and goes with it.
ALTER TABLE attachments ADD COLUMN role TEXT NOT NULL DEFAULT 'evidence'
    CHECK (role IN ('evidence', 'redacted', 'original'));
ALTER TABLE attachments ADD COLUMN original_of TEXT REFERENCES attachments (id) ON DELETE CASCADE;
CREATE INDEX attachments_originals ON attachments (original_of) WHERE original_of IS NOT NULL;
