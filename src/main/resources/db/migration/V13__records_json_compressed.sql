-- Compendium archive, schema version 13: records.json holds a zstd frame of the record's UTF-8 JSON (a BLOB,
-- store.StoredJson) in every row written from this version on; rows written before keep their JSON as text, and
-- both are read. Nothing is rewritten. The version is raised so that an older build, which reads the column as
-- text only, refuses the archive instead of misreading it.
SELECT 1;
