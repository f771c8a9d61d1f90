-- Compendium archive, schema version 2: links across records (see docs/STORE.md, "Links").
-- Everything here is derived from the records by the linker (org.compendium.archive.link.ArchiveLinker, a
-- store Derivation): written with each record inside its savepoint, caught up when the store opens, rebuilt
-- from the current records by `compendium relink` (and on open when the rules changed).

-- One canonical person across records.
CREATE TABLE persons (
  id        TEXT PRIMARY KEY,                -- stable slug of the name (and country): 'vladimir-putin'
  name      TEXT NOT NULL,                   -- display name: the directory's, else the fullest form seen
  country   TEXT,                            -- alpha-3 of the state represented when first seen; NULL: none known
  name_key  TEXT NOT NULL,                   -- lookup key of name (lower case, punctuation to spaces)
  family    TEXT NOT NULL,                   -- key of the family name (last word, or first for family-first names)
  directory TEXT                             -- the person directory entry's name, when resolved there
);
CREATE INDEX persons_family ON persons(family);
CREATE UNIQUE INDEX persons_directory ON persons(directory) WHERE directory IS NOT NULL;

ALTER TABLE participants ADD COLUMN person_id TEXT REFERENCES persons(id);
ALTER TABLE statements ADD COLUMN person_id TEXT REFERENCES persons(id);
CREATE INDEX participants_person ON participants(person_id);
CREATE INDEX statements_person ON statements(person_id);

-- One registry entry per instrument: from the bundled registry, or minted by the archive for an instrument
-- first signed in an ingested record.
CREATE TABLE instrument_entries (
  id        TEXT PRIMARY KEY,                -- registry id, or 'archive:<slug>' for a minted entry
  title     TEXT NOT NULL,
  year      INTEGER,
  parties   TEXT NOT NULL DEFAULT '',        -- alpha-3 codes joined by '|'; empty: multilateral or unknown
  origin    TEXT NOT NULL,                   -- 'registry' or 'archive'
  minted_by TEXT                             -- for archive entries: the record whose signing created it
);

-- Names an entry is known by: the registry's title and aliases, or the printed name it was minted from.
CREATE TABLE instrument_names (
  entry_id TEXT NOT NULL REFERENCES instrument_entries(id) ON DELETE CASCADE,
  name     TEXT NOT NULL,
  PRIMARY KEY (entry_id, name)
);

ALTER TABLE instruments ADD COLUMN entry_id TEXT REFERENCES instrument_entries(id);
ALTER TABLE instruments ADD COLUMN sentence_start INTEGER;  -- the sentence of the first mention (citing sentence)
ALTER TABLE instruments ADD COLUMN sentence_end INTEGER;
CREATE INDEX instruments_entry ON instruments(entry_id);

-- The records linked, and under which rules version: a current record missing here (stored while the linker
-- was absent) is linked when the store opens; rows of another version make the store relink everything.
CREATE TABLE linked_records (
  record_id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  rules     TEXT NOT NULL
);
