-- Compendium archive, schema version 15: persons found by family name and name key together. Linking a name
-- first looks for a person of the same name key among those of its family name; a family shared by hundreds of
-- persons (Kim, Li, Singh; "al-" names) made that a read of every one of them per name linked. The new index
-- answers it with the persons of that very key whose country agrees (one name may be a person of each of many
-- states), and still serves reads by family alone (its first column).
CREATE INDEX persons_by_family ON persons(family, name_key, country);
DROP INDEX persons_family;
