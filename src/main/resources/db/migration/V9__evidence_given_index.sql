-- Compendium archive, schema version 9: the evidence a report sentence gives is found by (record, sentence).
-- The tracker asks, for each report sentence near a new commitment, whether it gives any evidence; a record's
-- sentences can be evidence to a large share of the archive, so an index on the record alone made that question
-- read every piece of evidence the record gives. The new index also serves the foreign key to report_sentences
-- and every lookup by evidence record alone, so it replaces the old one.
DROP INDEX IF EXISTS commitment_evidence_record;
CREATE INDEX commitment_evidence_given ON commitment_evidence(evidence_record, evidence_seq);
