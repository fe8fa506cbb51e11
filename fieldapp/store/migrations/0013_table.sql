-- The record table's orders: one partial index per sortable column, over the listed
-- records only (the filters every listing names), ending in the id so that a page
-- continues after its last row (keyset paging) in either direction by scanning the index
-- forwards or backwards. The smallest of them also serves the count.
CREATE INDEX records_list_by_occurred_on ON records (occurred_on, id)
    WHERE deleted = 0 AND purged_at IS NULL;
CREATE INDEX records_list_by_region ON records (region, id)
    WHERE deleted = 0 AND purged_at IS NULL;
CREATE INDEX records_list_by_threat_type ON records (threat_type, id)
    WHERE deleted = 0 AND purged_at IS NULL;
CREATE INDEX records_list_by_title ON records (title, id)
    WHERE deleted = 0 AND purged_at IS NULL;
CREATE INDEX records_list_by_updated_at ON records (updated_at, id)
    WHERE deleted = 0 AND purged_at IS NULL;
-- The old date index led the planner away from these (it matched deleted = ? first);
-- the statistics name +r.deleted and do not use it.
DROP INDEX records_by_date;
