-- Compendium archive, schema version 1: records and the facts extracted from them (see docs/STORE.md).

-- One row per stored version of a record. The current version of a source has superseded_by NULL.
CREATE TABLE records (
  id            TEXT PRIMARY KEY,            -- record id (hash of the normalized text)
  source_key    TEXT NOT NULL,               -- source uri, plus '#documentId' inside a many-record file
  source_uri    TEXT,
  format        TEXT,
  sha256        TEXT,                        -- SHA-256 of the input bytes
  title         TEXT,
  date          TEXT,                        -- ISO 8601, possibly partial (yyyy, yyyy-mm)
  kind          TEXT,
  issuer        TEXT,
  text          TEXT NOT NULL,
  json          TEXT NOT NULL,               -- the whole record as spec/record.schema.json JSON
  ingested_at   TEXT NOT NULL,               -- ISO 8601 instant
  version       INTEGER NOT NULL,            -- 1, 2, ... per source_key
  superseded_by TEXT REFERENCES records(id)  -- the newer version of the same source, NULL when current
);
CREATE INDEX records_source ON records(source_key);
CREATE INDEX records_current ON records(source_key) WHERE superseded_by IS NULL;
CREATE INDEX records_date ON records(date);

CREATE TABLE countries (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  code      TEXT NOT NULL,
  PRIMARY KEY (record_id, code)
);
CREATE INDEX countries_code ON countries(code);

CREATE TABLE topics (
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  topic     TEXT NOT NULL,
  PRIMARY KEY (record_id, topic)
);
CREATE INDEX topics_topic ON topics(topic);

CREATE TABLE participants (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  role       TEXT,
  country    TEXT,
  span_start INTEGER,                        -- first mention
  span_end   INTEGER,
  PRIMARY KEY (record_id, ord)
);
CREATE INDEX participants_name ON participants(name);

CREATE TABLE statements (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  speaker    TEXT,
  act        TEXT,
  text       TEXT NOT NULL,
  span_start INTEGER,
  span_end   INTEGER,
  PRIMARY KEY (record_id, ord)
);
CREATE INDEX statements_speaker ON statements(speaker);

CREATE TABLE instruments (
  record_id     TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord           INTEGER NOT NULL,
  instrument_id TEXT,                        -- registry id when known
  name          TEXT NOT NULL,
  year          INTEGER,
  relation      TEXT,                        -- cited, signed, planned
  span_start    INTEGER,                     -- first mention
  span_end      INTEGER,
  PRIMARY KEY (record_id, ord)
);
CREATE INDEX instruments_name ON instruments(name);
CREATE INDEX instruments_id ON instruments(instrument_id);

-- status is the machine's suggestion (open, overdue, reported, lapsed); it is recomputed freely.
-- A person's ruling lives in commitment_decisions and always wins over the suggestion.
CREATE TABLE commitments (
  record_id       TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord             INTEGER NOT NULL,
  text            TEXT NOT NULL,
  due             TEXT,
  due_text        TEXT,
  span_start      INTEGER,
  span_end        INTEGER,
  status          TEXT NOT NULL DEFAULT 'open',
  evidence_record TEXT REFERENCES records(id),
  evidence_text   TEXT,
  PRIMARY KEY (record_id, ord)
);
CREATE INDEX commitments_due ON commitments(due);

CREATE TABLE commitment_parties (
  record_id TEXT NOT NULL,
  ord       INTEGER NOT NULL,
  country   TEXT NOT NULL,
  PRIMARY KEY (record_id, ord, country),
  FOREIGN KEY (record_id, ord) REFERENCES commitments(record_id, ord) ON DELETE CASCADE
);
CREATE INDEX commitment_parties_country ON commitment_parties(country);

-- Human decisions on a commitment's status. Never written by machine suggestions; the latest one wins.
-- Keyed by the commitment's record and position, so it survives recomputation of commitments.status.
CREATE TABLE commitment_decisions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  record_id  TEXT NOT NULL,
  ord        INTEGER NOT NULL,
  status     TEXT NOT NULL,
  note       TEXT,
  decided_by TEXT,
  decided_at TEXT NOT NULL,
  FOREIGN KEY (record_id, ord) REFERENCES commitments(record_id, ord)
);
CREATE INDEX commitment_decisions_commitment ON commitment_decisions(record_id, ord);

CREATE TABLE places (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT,
  country    TEXT,
  lat        REAL,
  lon        REAL,
  span_start INTEGER,
  span_end   INTEGER,
  PRIMARY KEY (record_id, ord)
);
CREATE INDEX places_name ON places(name);

CREATE TABLE temporals (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  value      TEXT,
  span_start INTEGER,
  span_end   INTEGER,
  PRIMARY KEY (record_id, ord)
);
CREATE INDEX temporals_value ON temporals(value);
