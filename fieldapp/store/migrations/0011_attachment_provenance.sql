-- Office side: the bundle each received attachment arrived in, so an import can tell whose
-- evidence a record already holds even before the record itself has arrived (an observer
-- may attach evidence only to the records it created). NULL: attached in this vault, or
-- received before this migration.
ALTER TABLE attachments ADD COLUMN received_in TEXT;
