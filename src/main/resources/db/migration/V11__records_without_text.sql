-- Compendium archive, schema version 11: records lose their text column. The text is in the record's JSON
-- (spec/record.schema.json, `text`), which is what `show`, `export` and the API read; the column held it a second
-- time, about 3 kB a record (14% of the database at 1M records), written with every record and never needed by a
-- query but one (an instrument's citing sentences, which now read it from the JSON). On an existing archive this
-- rewrites the records table once.
ALTER TABLE records DROP COLUMN text;
