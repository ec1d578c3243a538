import SQLiteDB

/// Throws unless both full-text indexes hold exactly the rows of their content
/// tables: FTS5's own integrity check (it needs a writable connection).
public func verifySearchIndex(_ connection: Connection) throws {
    for table in ["source_fts", "statement_fts"] {
        try connection.execute("INSERT INTO \(table) (\(table)) VALUES ('integrity-check')")
    }
}
