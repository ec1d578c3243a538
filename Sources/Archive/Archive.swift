import SQLiteDB

/// A bilat archive: one SQLite file holding meetings, people, statements,
/// commitments, signed documents and indicators.
///
/// Opening one for writing puts it in WAL mode with `synchronous=NORMAL`:
/// a committed import survives a crash of bilat (WAL commits are atomic and
/// the log is replayed on the next open); only a power loss can take back the
/// last transactions, never corrupt the file.
public final class Archive {
    /// The connection; only the archive's own layers use it to write.
    public let connection: Connection
    /// The path of the archive file.
    public var path: String { connection.path }
    /// Set while an import batch is open (``importBatch(_:)``).
    var batch: ImportBatchState?
    /// ``PersonKey/make(_:)`` of the names met so far (``personID(named:country:)``).
    var personKeys: [String: String] = [:]

    private init(connection: Connection) {
        self.connection = connection
    }

    /// Opens the archive at `path` for writing, creating it when `create` is
    /// true, and brings its schema up to date.
    ///
    /// An archive written by a newer bilat is refused before anything is written to it.
    public static func open(
        path: String, create: Bool = true, migrations: [Migration]? = nil,
        busyTimeout: Int32 = Connection.defaultBusyTimeout
    ) throws -> Archive {
        let migrations = try migrations ?? Migration.builtIn()
        let connection: Connection
        do {
            connection = try Connection(path: path, mode: create ? .readWriteCreate : .readWrite, busyTimeout: busyTimeout)
        } catch {
            throw ArchiveError.cannotOpen(path: path, reason: error)
        }
        // Read the version before any write: a newer archive must stay byte-for-byte untouched.
        let version = try Migrator.currentVersion(of: connection, path: path)
        if let latest = migrations.last?.version, version > latest {
            throw ArchiveError.newerSchema(path: path, found: version, supported: latest)
        }
        if version == 0 { try Migrator.checkEmptyOrOurs(connection) }
        do {
            try connection.execute("PRAGMA journal_mode = WAL")
            try connection.execute("PRAGMA synchronous = NORMAL")
            // Each imported source is a savepoint: with its sub-journal in memory
            // rather than in a temp file, a source no longer writes ~50 pages to disk.
            try connection.execute("PRAGMA temp_store = MEMORY")
            // 16 MB of page cache instead of 2: the indexes an import searches stay
            // in memory (2.2M reads for 10k documents became 58k); RSS stays under 100 MB.
            try connection.execute("PRAGMA cache_size = -16384")
        } catch {
            throw ArchiveError.cannotOpen(path: path, reason: error)
        }
        try Migrator(migrations: migrations).migrate(connection)
        let archive = Archive(connection: connection)
        // Import batches count their own sources; sources written by hand with
        // sqlite3 are not, and are counted now.
        if try connection.scalar("SELECT 1 FROM sqlite_schema WHERE name = 'summary_state'", as: Int.self) != nil {
            try archive.updateSummaries()
        }
        if try connection.scalar("SELECT 1 FROM sqlite_schema WHERE name = 'statement_lengths'", as: Int.self) != nil {
            try archive.countMissingSearchLengths()
        }
        return archive
    }

    /// Opens an existing archive read-only; its schema must be current.
    public static func openReadOnly(path: String, busyTimeout: Int32 = Connection.defaultBusyTimeout) throws -> Archive {
        let connection: Connection
        do {
            connection = try Connection(path: path, mode: .readOnly, busyTimeout: busyTimeout)
        } catch {
            throw ArchiveError.cannotOpen(path: path, reason: error)
        }
        let version = try Migrator.currentVersion(of: connection, path: path)
        let latest = try Migration.builtIn().last?.version ?? 0
        if version > latest { throw ArchiveError.newerSchema(path: path, found: version, supported: latest) }
        if version < latest { throw ArchiveError.outdatedSchema(path: path, found: version, current: latest) }
        return Archive(connection: connection)
    }

    /// The schema version of this archive.
    public func schemaVersion() throws -> Int {
        try Migrator.currentVersion(of: connection, path: path)
    }

    /// The schema as `CREATE` statements, for `bilat init` and the demo.
    public func schemaSQL() throws -> [String] {
        try connection.query(
            """
            SELECT sql FROM sqlite_schema
            WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'
            ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, rowid
            """
        ) { try $0.get(0, as: String.self) }
    }
}

/// Why an archive could not be opened or used.
public enum ArchiveError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: any Error)
    case notAnArchive(path: String, reason: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case outdatedSchema(path: String, found: Int, current: Int)
    case migrationFailed(path: String, migration: String, reason: any Error)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the archive: \(Self.explain(reason))"
        case .notAnArchive(let path, let reason):
            "\(path): not a bilat archive: \(reason)"
        case .newerSchema(let path, let found, let supported):
            "\(path): written by a newer bilat (schema version \(found); this bilat knows up to \(supported)). Upgrade bilat; the archive was left untouched."
        case .outdatedSchema(let path, let found, let current):
            "\(path): schema version \(found) is older than this bilat's \(current); run `bilat init` to migrate it"
        case .migrationFailed(let path, let migration, let reason):
            "\(path): migration \(migration) failed and was rolled back: \(Self.explain(reason))"
        }
    }

    /// A plain-language reason for a SQLite error (busy, not a database, read-only, ...).
    public static func explain(_ error: any Error) -> String {
        guard let error = error as? SQLiteError else { return "\(error)" }
        if error.hasCode(SQLiteError.notADatabase) { return "the file is not a SQLite database" }
        if error.hasCode(SQLiteError.corrupt) { return "the database file is corrupt" }
        if error.hasCode(SQLiteError.cannotOpen) { return "the file cannot be opened (missing folder or no permission)" }
        if error.hasCode(SQLiteError.readOnly) { return "the file is read-only" }
        if error.isBusy { return "the archive is busy: another bilat is writing to it; try again when it is done" }
        return error.description
    }
}
