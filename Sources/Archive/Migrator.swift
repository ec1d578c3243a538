import SQLiteDB

/// Applies migrations in order, each in one IMMEDIATE transaction together
/// with its record, checking foreign keys before commit.
///
/// The version lives both in `PRAGMA user_version` (readable without any
/// table) and in `schema_migration`, which records when each ran.
struct Migrator {
    let migrations: [Migration]

    static func currentVersion(of connection: Connection, path: String) throws -> Int {
        do {
            return try connection.scalar("PRAGMA user_version", as: Int.self) ?? 0
        } catch {
            throw ArchiveError.cannotOpen(path: path, reason: error)
        }
    }

    func migrate(_ connection: Connection) throws {
        for migration in migrations {
            do {
                try connection.transaction(.immediate) {
                    // Re-read inside the write lock: another bilat may have migrated meanwhile.
                    let version = try connection.scalar("PRAGMA user_version", as: Int.self) ?? 0
                    guard version < migration.version else { return }
                    try connection.execute(
                        """
                        CREATE TABLE IF NOT EXISTS schema_migration (
                            version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
                        ) STRICT
                        """)
                    try connection.execute(migration.sql)
                    try connection.execute(
                        "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                        [migration.version, migration.name])
                    try connection.execute("PRAGMA user_version = \(migration.version)")
                    let violations = try connection.query("PRAGMA foreign_key_check") { $0.values }
                    if !violations.isEmpty {
                        throw SQLiteError(
                            extendedCode: SQLiteError.constraintForeignKey,
                            message: "\(violations.count) foreign key violations after the migration")
                    }
                }
            } catch let error as ArchiveError {
                throw error
            } catch {
                throw ArchiveError.migrationFailed(
                    path: connection.path, migration: "\(migration.version)_\(migration.name)", reason: error)
            }
        }
    }

    /// A file with user_version 0 must be empty: bilat never takes over
    /// another application's database.
    static func checkEmptyOrOurs(_ connection: Connection) throws {
        let tables = try connection.scalar(
            "SELECT count(*) FROM sqlite_schema WHERE name <> 'schema_migration'", as: Int.self) ?? 0
        if tables > 0 {
            throw ArchiveError.notAnArchive(
                path: connection.path, reason: "it is a SQLite database of another application (\(tables) objects, no bilat schema version)")
        }
    }
}
