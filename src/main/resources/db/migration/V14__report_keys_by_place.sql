-- Compendium archive, schema version 14: what the evidence linker reads of a report sentence (its record id,
-- kind and posting keys) by its place, (tracked record number, seq) (docs/STORE.md, "Commitment tracking"). The
-- linker reads the sentences near a commitment by place: through tracked_records and report_sentences that was
-- four B-tree searches a place (record number to tracked_records row, to record id, to the sentence's rowid, to
-- its row) and two more to write a piece of evidence (its kind); here it is one (bench/ARCHIVE.md).
-- Sentences of undated records have no keys and no row here.
CREATE TABLE report_keys (
  rec       INTEGER NOT NULL,  -- tracked_records.n
  seq       INTEGER NOT NULL,  -- report_sentences.seq
  record_id TEXT NOT NULL,     -- report_sentences.record_id
  kind      TEXT NOT NULL,     -- report_sentences.kind
  keys      TEXT NOT NULL,     -- posting key ids (track_keys.id), space-separated
  PRIMARY KEY (rec, seq)
) WITHOUT ROWID;

INSERT INTO report_keys(rec, seq, record_id, kind, keys)
  SELECT t.n, x.seq, x.record_id, x.kind, x.keys FROM report_sentences x JOIN tracked_records t ON t.record_id = x.record_id
  WHERE x.keys <> '';

ALTER TABLE report_sentences DROP COLUMN keys;
