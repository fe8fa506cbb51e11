-- Office side: which received versions a receipt has already confirmed to their observer.
ALTER TABLE versions ADD COLUMN receipted_in TEXT;
CREATE INDEX versions_to_receipt ON versions (received_in) WHERE receipted_in IS NULL;
