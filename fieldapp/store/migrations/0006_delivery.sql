-- Observer side: when the office confirmed it holds a version (a receipt), and which records
-- were purged down to their id, version and delivery date.
ALTER TABLE versions ADD COLUMN delivered_at TEXT;
ALTER TABLE records ADD COLUMN purged_at TEXT;
