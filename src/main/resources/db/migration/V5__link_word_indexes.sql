-- Compendium archive, schema version 5: word indexes for linking and for name lookups (see docs/STORE.md,
-- "Links"). Derived by the linker (org.compendium.archive.link.ArchiveLinker) like the V2 tables and rebuilt
-- with them by `compendium relink`; the linker's rules version changed with this migration, so a store linked
-- before it is relinked once when it opens. Keyed by word first, so that linking a record and looking up a
-- typed name seek a few index ranges instead of reading every entry, mention or name of the archive.

-- Telling words (resolve.InstrumentWords: not generic, not a head noun, not a country code) of the names of
-- the entries the archive minted: a printed name can only resolve to an archive entry sharing one of them.
CREATE TABLE archive_entry_words (
  word     TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  PRIMARY KEY (word, entry_id)
) WITHOUT ROWID;

-- Telling words of the instrument mentions that link to no entry: the mentions a newly minted entry can take in.
CREATE TABLE unlinked_mention_words (
  word      TEXT NOT NULL,
  record_id TEXT NOT NULL,
  ord       INTEGER NOT NULL,
  PRIMARY KEY (word, record_id, ord)
) WITHOUT ROWID;
CREATE INDEX unlinked_mention_words_mention ON unlinked_mention_words(record_id, ord);

-- Lookup words (lower case, accents and punctuation dropped) of every name a person is known by: display 1 for
-- the person's display name (replaced when the person is renamed), 0 for a name printed in a linked record.
CREATE TABLE person_name_words (
  word      TEXT NOT NULL,
  person_id TEXT NOT NULL,
  name      TEXT NOT NULL,
  display   INTEGER NOT NULL,
  PRIMARY KEY (word, person_id, name, display)
) WITHOUT ROWID;

-- Lookup words of every name an instrument entry is known by: its title and aliases, and the names printed in
-- the mentions linked to it.
CREATE TABLE instrument_name_words (
  word     TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  name     TEXT NOT NULL,
  PRIMARY KEY (word, entry_id, name)
) WITHOUT ROWID;

-- Whether any record was linked under other rules is two seeks instead of a scan of linked_records.
CREATE INDEX linked_records_rules ON linked_records(rules);
