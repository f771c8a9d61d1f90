-- Compendium archive, schema version 3: commitment tracking (docs/STORE.md, org.compendium.track).
-- Everything here is derived from the current records and can be recomputed; human rulings stay in
-- commitment_decisions (V1), which nothing here writes.

-- Content terms of each commitment's action (stems cut to six letters), to find sentences that share them.
CREATE TABLE commitment_terms (
  record_id TEXT NOT NULL,
  ord       INTEGER NOT NULL,
  term      TEXT NOT NULL,
  PRIMARY KEY (record_id, ord, term),
  FOREIGN KEY (record_id, ord) REFERENCES commitments(record_id, ord) ON DELETE CASCADE
);
CREATE INDEX commitment_terms_term ON commitment_terms(term);

-- Sentences of a current record that report an action as carried out (reported) or not achieved (lapsed).
CREATE TABLE report_sentences (
  record_id  TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  kind       TEXT NOT NULL,               -- reported | lapsed
  cue        TEXT NOT NULL,               -- the cue phrase found
  text       TEXT NOT NULL,
  span_start INTEGER NOT NULL,            -- UTF-16 offsets into records.text
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (record_id, seq)
);

CREATE TABLE report_terms (
  record_id TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  term      TEXT NOT NULL,
  PRIMARY KEY (record_id, seq, term),
  FOREIGN KEY (record_id, seq) REFERENCES report_sentences(record_id, seq) ON DELETE CASCADE
);
CREATE INDEX report_terms_term ON report_terms(term);

-- Machine-suggested evidence: a report sentence of a later current record whose countries overlap the
-- commitment's parties and which shares enough of the commitment's terms. Kept whatever the dates of the
-- query: which evidence counts as of a date is decided when asked.
CREATE TABLE commitment_evidence (
  record_id       TEXT NOT NULL,
  ord             INTEGER NOT NULL,
  evidence_record TEXT NOT NULL,
  evidence_seq    INTEGER NOT NULL,
  kind            TEXT NOT NULL,            -- reported | lapsed
  score           REAL NOT NULL,            -- shared terms, plus the share of the commitment's terms
  matched         TEXT NOT NULL,            -- the shared terms, space-separated
  PRIMARY KEY (record_id, ord, evidence_record, evidence_seq),
  FOREIGN KEY (record_id, ord) REFERENCES commitments(record_id, ord) ON DELETE CASCADE,
  FOREIGN KEY (evidence_record, evidence_seq) REFERENCES report_sentences(record_id, seq) ON DELETE CASCADE
);
CREATE INDEX commitment_evidence_record ON commitment_evidence(evidence_record);

-- The current records the evidence pass has taken in, and the version of its lexicons and rules it used.
CREATE TABLE tracked_records (
  record_id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  lexicon   TEXT NOT NULL
);
