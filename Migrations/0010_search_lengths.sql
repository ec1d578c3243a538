-- The length in tokens of every statement and source in the search index,
-- 1024 rows to a record, for bilat search's ranking to read in bulk.
--
-- bm25 weighs each match by its row's length, which FTS5 keeps in
-- statement_fts_docsize / source_fts_docsize, one record per row: looking it
-- up cost a b-tree descent per matching row, 25 of the 30 ms that ranking the
-- 125,000 statements matching "trade" took on 100,000 sources. Row `block`
-- holds the lengths of rowids block*1024 .. block*1024+1023 as 1024
-- little-endian 16-bit numbers, 0xFFFF for "not known here" (no such row, or
-- 65,535 tokens or more); the format is FullTextLengths' in SQLiteDB.
--
-- A copy of FTS5's own figures, so it may lag but never lead: an import batch
-- writes the blocks of the rows it indexed; the triggers below delete the
-- block of a row deleted or changed otherwise (sqlite3 by hand), and opening
-- the archive for writing counts the missing blocks again (which fills these
-- tables the first time). A row inserted by hand needs no trigger: its slot
-- was counted while it did not exist, so it says "not known here" (a slot
-- whose row was deleted went with its block). Search asks FTS5 for the
-- length of any row its block does not give, so results never depend on
-- these tables, only speed. `bilat check` compares every block with FTS5's.

CREATE TABLE statement_lengths (
    block   INTEGER PRIMARY KEY,
    lengths BLOB NOT NULL
) STRICT;

CREATE TABLE source_lengths (
    block   INTEGER PRIMARY KEY,
    lengths BLOB NOT NULL
) STRICT;

CREATE TRIGGER statement_lengths_delete AFTER DELETE ON statement BEGIN
    DELETE FROM statement_lengths WHERE block = old.id >> 10;
END;

CREATE TRIGGER statement_lengths_update AFTER UPDATE OF id, text ON statement BEGIN
    DELETE FROM statement_lengths WHERE block IN (old.id >> 10, new.id >> 10);
END;

CREATE TRIGGER source_lengths_delete AFTER DELETE ON source BEGIN
    DELETE FROM source_lengths WHERE block = old.id >> 10;
END;

CREATE TRIGGER source_lengths_update AFTER UPDATE OF id, title, body ON source BEGIN
    DELETE FROM source_lengths WHERE block IN (old.id >> 10, new.id >> 10);
END;
