-- Compendium archive, schema version 12: the keys of six fact tables become named unique indexes. Rows, columns
-- and uniqueness stay; what changes is that an index can be dropped and built again, where a PRIMARY KEY
-- constraint cannot: a bulk load drops them while it writes and builds them once at its end (store.FactKeys,
-- docs/STORE.md). Each key is ordered by the hashed record id, so writing a record cost a random page in each.
-- commitments keeps its primary key: commitment_parties and the tracking tables point at it.

CREATE TABLE countries_v12 (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  code      TEXT NOT NULL
);
INSERT INTO countries_v12(record_id, code) SELECT record_id, code FROM countries ORDER BY rowid;
DROP TABLE countries;
ALTER TABLE countries_v12 RENAME TO countries;
CREATE UNIQUE INDEX countries_key ON countries(record_id, code);

CREATE TABLE topics_v12 (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  topic     TEXT NOT NULL
);
INSERT INTO topics_v12(record_id, topic) SELECT record_id, topic FROM topics ORDER BY rowid;
DROP TABLE topics;
ALTER TABLE topics_v12 RENAME TO topics;
CREATE UNIQUE INDEX topics_key ON topics(record_id, topic);

CREATE TABLE participants_v12 (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  role       TEXT,
  country    TEXT,
  span_start INTEGER,
  span_end   INTEGER,
  person_id  TEXT REFERENCES persons(id)
);
INSERT INTO participants_v12(record_id, ord, name, role, country, span_start, span_end, person_id)
  SELECT record_id, ord, name, role, country, span_start, span_end, person_id FROM participants ORDER BY rowid;
DROP TABLE participants;
ALTER TABLE participants_v12 RENAME TO participants;
CREATE UNIQUE INDEX participants_key ON participants(record_id, ord);
CREATE INDEX participants_person ON participants(person_id);

CREATE TABLE statements_v12 (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  speaker    TEXT,
  act        TEXT,
  text       TEXT NOT NULL,
  span_start INTEGER,
  span_end   INTEGER,
  person_id  TEXT REFERENCES persons(id)
);
INSERT INTO statements_v12(record_id, ord, speaker, act, text, span_start, span_end, person_id)
  SELECT record_id, ord, speaker, act, text, span_start, span_end, person_id FROM statements ORDER BY rowid;
DROP TABLE statements;
ALTER TABLE statements_v12 RENAME TO statements;
CREATE UNIQUE INDEX statements_key ON statements(record_id, ord);
CREATE INDEX statements_person ON statements(person_id);

CREATE TABLE instruments_v12 (
  record_id      TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord            INTEGER NOT NULL,
  instrument_id  TEXT,
  name           TEXT NOT NULL,
  year           INTEGER,
  relation       TEXT,
  span_start     INTEGER,
  span_end       INTEGER,
  entry_id       TEXT REFERENCES instrument_entries(id),
  sentence_start INTEGER,
  sentence_end   INTEGER
);
INSERT INTO instruments_v12(record_id, ord, instrument_id, name, year, relation, span_start, span_end, entry_id,
    sentence_start, sentence_end)
  SELECT record_id, ord, instrument_id, name, year, relation, span_start, span_end, entry_id, sentence_start,
    sentence_end FROM instruments ORDER BY rowid;
DROP TABLE instruments;
ALTER TABLE instruments_v12 RENAME TO instruments;
CREATE UNIQUE INDEX instruments_key ON instruments(record_id, ord);
CREATE INDEX instruments_entry ON instruments(entry_id);

CREATE TABLE commitment_parties_v12 (
  record_id TEXT NOT NULL,
  ord       INTEGER NOT NULL,
  country   TEXT NOT NULL,
  FOREIGN KEY (record_id, ord) REFERENCES commitments(record_id, ord) ON DELETE CASCADE
);
INSERT INTO commitment_parties_v12(record_id, ord, country)
  SELECT record_id, ord, country FROM commitment_parties ORDER BY rowid;
DROP TABLE commitment_parties;
ALTER TABLE commitment_parties_v12 RENAME TO commitment_parties;
CREATE UNIQUE INDEX commitment_parties_key ON commitment_parties(record_id, ord, country);
