-- Full-text indexing once per import batch instead of once per row.
--
-- SQLite's FTS5 (3.40, as Debian ships it) writes its pending terms to disk at
-- every statement savepoint of a transaction that has written to an FTS table.
-- An import writes two (sources and statements), so with the indexing triggers
-- firing row by row nearly every INSERT flushed a tiny index segment: 60 % of
-- the write time. Now an import batch holds the one row of
-- search_index_pending while it writes; the triggers stand aside, and the batch
-- indexes every source and statement it added in one INSERT ... SELECT per FTS
-- table before it commits, then deletes the row. Other writers (sqlite3 by
-- hand) are indexed row by row as before. The row only ever exists inside an
-- uncommitted transaction: a committed one is a fault `bilat check` reports.

CREATE TABLE search_index_pending (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    -- The largest source and statement ids before the batch: rows above are the batch's.
    sources_after    INTEGER NOT NULL,
    statements_after INTEGER NOT NULL
) STRICT;

DROP TRIGGER source_fts_insert;
CREATE TRIGGER source_fts_insert AFTER INSERT ON source
WHEN NOT EXISTS (SELECT 1 FROM search_index_pending) BEGIN
    INSERT INTO source_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

DROP TRIGGER statement_fts_insert;
CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement
WHEN NOT EXISTS (SELECT 1 FROM search_index_pending) BEGIN
    INSERT INTO statement_fts (rowid, text) VALUES (new.id, new.text);
END;
