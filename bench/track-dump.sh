#!/bin/bash
# Dump the commitment-tracking tables of a store, sorted, for comparing two stores (a sibling of
# links-dump.sh): suggested statuses, report sentences, evidence, and every term posting as its key
# CODE:term@date (read from the V3 text keys, or rebuilt from the V6 integer keys).
db=$1/archive.db
v6=$(sqlite3 -readonly "$db" "SELECT count(*) FROM sqlite_master WHERE name = 'track_keys'")
sqlite3 -readonly "$db" <<'SQL'
.mode tabs
SELECT 'C', record_id, ord, status, evidence_record, evidence_text FROM commitments ORDER BY record_id, ord;
SELECT 'S', record_id, seq, kind, cue, text, span_start, span_end FROM report_sentences ORDER BY record_id, seq;
SELECT 'V', record_id, ord, evidence_record, evidence_seq, kind, score, matched FROM commitment_evidence
  ORDER BY record_id, ord, evidence_record, evidence_seq;
SELECT 'K', record_id, lexicon FROM tracked_records ORDER BY record_id;
SQL
if [ "$v6" = 1 ]; then
sqlite3 -readonly "$db" <<'SQL'
.mode tabs
SELECT 'T', r.id, p.ord, k.key || '@' || r.date FROM commitment_postings p JOIN track_keys k ON k.id = p.key
  JOIN records r ON r.rowid = p.rec ORDER BY 2, 3, 4;
SELECT 'R', r.id, p.seq, k.key || '@' || r.date FROM report_postings p JOIN track_keys k ON k.id = p.key
  JOIN records r ON r.rowid = p.rec ORDER BY 2, 3, 4;
SQL
else
sqlite3 -readonly "$db" <<'SQL'
.mode tabs
SELECT 'T', record_id, ord, term FROM commitment_terms ORDER BY 2, 3, 4;
SELECT 'R', record_id, seq, term FROM report_terms ORDER BY 2, 3, 4;
SQL
fi
