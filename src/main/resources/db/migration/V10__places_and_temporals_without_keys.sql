-- Compendium archive, schema version 10: places and temporals lose their primary keys; rows and columns stay.
-- No statement reads these two tables by key (a record's places and dates are read from its JSON; the tables are
-- there for SQL over the archive). The keys on (record_id, ord) only kept rows unique, which the writer does by
-- construction: a record's facts are written once, with its new row, numbered in order. Each key was a second
-- B-tree ordered by the hashed record id, so every record stored cost a random page in each; the tables
-- themselves are appended to in insertion order.

CREATE TABLE places_v10 (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT,
  country    TEXT,
  lat        REAL,
  lon        REAL,
  span_start INTEGER,
  span_end   INTEGER
);
INSERT INTO places_v10(record_id, ord, name, type, country, lat, lon, span_start, span_end)
  SELECT record_id, ord, name, type, country, lat, lon, span_start, span_end FROM places ORDER BY rowid;
DROP TABLE places;
ALTER TABLE places_v10 RENAME TO places;

CREATE TABLE temporals_v10 (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  value      TEXT,
  span_start INTEGER,
  span_end   INTEGER
);
INSERT INTO temporals_v10(record_id, ord, text, value, span_start, span_end)
  SELECT record_id, ord, text, value, span_start, span_end FROM temporals ORDER BY rowid;
DROP TABLE temporals;
ALTER TABLE temporals_v10 RENAME TO temporals;
