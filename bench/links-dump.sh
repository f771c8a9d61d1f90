#!/bin/bash
# Dump every link of a store, sorted, for comparing two stores; archive entries by title and minting record
# (their numbered ids depend on the order records were written in).
db=$1/archive.db
sqlite3 -readonly "$db" <<'SQL'
.mode tabs
SELECT 'P', id, name, country, name_key, family, directory FROM persons ORDER BY id;
SELECT 'x', record_id, ord, person_id FROM participants ORDER BY record_id, ord;
SELECT 's', record_id, ord, person_id FROM statements ORDER BY record_id, ord;
SELECT 'i', i.record_id, i.ord, CASE WHEN e.origin = 'archive' THEN e.title || '@' || e.minted_by ELSE i.entry_id END,
  sentence_start, sentence_end FROM instruments i LEFT JOIN instrument_entries e ON e.id = i.entry_id ORDER BY record_id, ord;
SELECT 'E', CASE WHEN origin = 'archive' THEN title || '@' || minted_by ELSE id END, title, year, parties, origin, minted_by FROM instrument_entries ORDER BY 2;
SELECT 'N', CASE WHEN origin = 'archive' THEN title || '@' || minted_by ELSE id END, name FROM instrument_names n JOIN instrument_entries e ON e.id = n.entry_id ORDER BY 2, 3;
SQL
