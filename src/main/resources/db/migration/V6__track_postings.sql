-- Compendium archive, schema version 6: the commitment tracker's term postings keyed by integers
-- (docs/STORE.md, "Commitment tracking"; bench/ARCHIVE.md). V3 kept each (party, term, date) key as text
-- (`JPN:treati@2000-09-05`) in a table with two indexes per term table: each record added about 115 rows
-- to four large text indexes. Now a posting is one row of a WITHOUT ROWID table of four integers, and the
-- terms of a commitment are one row. The existing rows are converted, so the evidence stays as it was.

-- The (party, term) keys: `CODE:term` (a country code and a content term).
CREATE TABLE track_keys (
  id  INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE
);

-- Which tracked record a posting belongs to: its number in the order the tracker took records in
-- (records keep their text id everywhere else).
ALTER TABLE tracked_records ADD COLUMN n INTEGER;
UPDATE tracked_records SET n = rowid;
CREATE UNIQUE INDEX tracked_records_n ON tracked_records(n);

-- Postings of commitments and of report sentences: key, the record's date as yyyymmdd (00 for a missing
-- month or day, so the order is that of the ISO text), tracked record number, position in the record.
CREATE TABLE commitment_postings (
  key INTEGER NOT NULL,
  day INTEGER NOT NULL,
  rec INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  PRIMARY KEY (key, day, rec, ord)
) WITHOUT ROWID;

CREATE TABLE report_postings (
  key INTEGER NOT NULL,
  day INTEGER NOT NULL,
  rec INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (key, day, rec, seq)
) WITHOUT ROWID;

-- A dated commitment with parties and terms: its terms (space-separated) and its posting keys (ids).
CREATE TABLE commitment_keys (
  record_id TEXT NOT NULL,
  ord       INTEGER NOT NULL,
  terms     TEXT NOT NULL,
  keys      TEXT NOT NULL,
  PRIMARY KEY (record_id, ord),
  FOREIGN KEY (record_id, ord) REFERENCES commitments(record_id, ord) ON DELETE CASCADE
) WITHOUT ROWID;

-- A report sentence's posting keys (ids, space-separated; empty for an undated record).
ALTER TABLE report_sentences ADD COLUMN keys TEXT NOT NULL DEFAULT '';

-- Conversion of the V3 rows.
INSERT INTO track_keys(key)
  SELECT substr(term, 1, instr(term, '@') - 1) FROM commitment_terms
  UNION SELECT substr(term, 1, instr(term, '@') - 1) FROM report_terms;

INSERT OR IGNORE INTO commitment_postings(key, day, rec, ord)
  SELECT k.id,
         CAST(substr(t.term, instr(t.term, '@') + 1, 4) AS INTEGER) * 10000
           + CAST(coalesce(nullif(substr(t.term, instr(t.term, '@') + 6, 2), ''), '0') AS INTEGER) * 100
           + CAST(coalesce(nullif(substr(t.term, instr(t.term, '@') + 9, 2), ''), '0') AS INTEGER),
         tr.n, t.ord
  FROM commitment_terms t JOIN tracked_records tr ON tr.record_id = t.record_id
  JOIN track_keys k ON k.key = substr(t.term, 1, instr(t.term, '@') - 1);

INSERT OR IGNORE INTO report_postings(key, day, rec, seq)
  SELECT k.id,
         CAST(substr(t.term, instr(t.term, '@') + 1, 4) AS INTEGER) * 10000
           + CAST(coalesce(nullif(substr(t.term, instr(t.term, '@') + 6, 2), ''), '0') AS INTEGER) * 100
           + CAST(coalesce(nullif(substr(t.term, instr(t.term, '@') + 9, 2), ''), '0') AS INTEGER),
         tr.n, t.seq
  FROM report_terms t JOIN tracked_records tr ON tr.record_id = t.record_id
  JOIN track_keys k ON k.key = substr(t.term, 1, instr(t.term, '@') - 1);

INSERT INTO commitment_keys(record_id, ord, terms, keys)
  SELECT t.record_id, t.ord,
         replace(group_concat(DISTINCT substr(t.term, instr(t.term, ':') + 1, instr(t.term, '@') - instr(t.term, ':') - 1)), ',', ' '),
         group_concat(k.id, ' ')
  FROM commitment_terms t JOIN track_keys k ON k.key = substr(t.term, 1, instr(t.term, '@') - 1)
  GROUP BY t.record_id, t.ord;

UPDATE report_sentences SET keys = coalesce((
  SELECT group_concat(k.id, ' ') FROM report_terms t
  JOIN track_keys k ON k.key = substr(t.term, 1, instr(t.term, '@') - 1)
  WHERE t.record_id = report_sentences.record_id AND t.seq = report_sentences.seq), '');

DROP TABLE commitment_terms;
DROP TABLE report_terms;
