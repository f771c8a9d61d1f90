-- Compendium archive, schema version 16: the postings a sweep has made and not yet put in their tables.
-- A sweep (the link pass after a bulk load) posts a large share of the archive at once; inserted into the
-- postings tables record batch by record batch, each batch touched pages all over two B-trees that, at a
-- million records, no cache holds (40% of the pass). The sweep appends them here instead, and when every record
-- is posted moves them into their tables in one sorted insert per table (so each page is written once), then
-- empties this table. Rows here belong to records whose tracked_records row is marked "unlinked".
CREATE TABLE posting_queue (
  side INTEGER NOT NULL,  -- 0: commitment_postings (pos is ord), 1: report_postings (pos is seq)
  key  INTEGER NOT NULL,
  day  INTEGER NOT NULL,
  rec  INTEGER NOT NULL,
  pos  INTEGER NOT NULL
);
