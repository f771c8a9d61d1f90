-- Compendium archive, schema version 8: what a store checks each time it opens (docs/STORE.md, "Indexes") is
-- answered from two small partial indexes instead of the records' rows. `superseded_by` is the last column of
-- a record row, after its text and JSON (12-15 kB in overflow pages): reading it walks the whole row, and the
-- derivations' checks read it for every record (a 1M archive: about 25 GB of reads at every open).
-- records_current now also holds the id, so "current records not yet linked / tracked" never reads a row;
-- records_superseded lists the few superseded versions, so "tracked but superseded" reads only those.
DROP INDEX IF EXISTS records_current;
CREATE INDEX records_current ON records(source_key, id) WHERE superseded_by IS NULL;
CREATE INDEX records_superseded ON records(superseded_by) WHERE superseded_by IS NOT NULL;
