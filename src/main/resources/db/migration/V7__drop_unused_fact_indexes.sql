-- Compendium archive, schema version 7: drops the secondary indexes of V1 that no query of the code uses
-- (docs/STORE.md, "Indexes"; bench/ARCHIVE.md). Each was checked with EXPLAIN QUERY PLAN against every
-- statement the store, archive, linking, tracking, query and serve code runs: none seeks it; the only plans
-- that changed are full counts (`SELECT count(*) FROM countries`, ... and the web home page's count of
-- distinct participant names), which scan the table or another index instead. Every record added one
-- random insert to each of them (about 0.6 ms of the single writer's time a record).
DROP INDEX IF EXISTS records_date;
DROP INDEX IF EXISTS countries_code;
DROP INDEX IF EXISTS topics_topic;
DROP INDEX IF EXISTS participants_name;
DROP INDEX IF EXISTS statements_speaker;
DROP INDEX IF EXISTS instruments_name;
DROP INDEX IF EXISTS instruments_id;
DROP INDEX IF EXISTS commitments_due;
DROP INDEX IF EXISTS commitment_parties_country;
DROP INDEX IF EXISTS places_name;
DROP INDEX IF EXISTS temporals_value;
