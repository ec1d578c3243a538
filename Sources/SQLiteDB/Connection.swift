import CSQLite

/// A connection to one SQLite database file.
///
/// Every connection has foreign keys on, extended result codes and a finite
/// busy timeout: a writer blocked by another one waits at most that long and
/// then fails with `SQLITE_BUSY`, it never hangs. Not thread-safe: use one
/// connection per thread.
public final class Connection {
    /// How a database file is opened.
    public enum Mode: Sendable {
        /// Read and write, creating the file when missing.
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Read only: no statement can change the file.
        case readOnly
    }

    let handle: OpaquePointer
    /// The path this connection was opened with.
    public let path: String
    private var statementCache: [String: Statement] = [:]
    private var savepointDepth = 0
    private var triggersDisabled = false
    /// Whether `bilat_bm25_best` is registered (Connection+FullText.swift).
    var hasFullTextRanking = false

    /// SQLite's process-wide settings, made once before the first connection.
    private static let configuration: Void = {
        _ = bilat_disable_memory_statistics()
    }()

    /// The default busy timeout, in milliseconds.
    public static let defaultBusyTimeout: Int32 = 5_000

    /// Opens `path` (":memory:" for a private in-memory database).
    public init(path: String, mode: Mode = .readWriteCreate, busyTimeout: Int32 = Connection.defaultBusyTimeout)
        throws(SQLiteError)
    {
        _ = Self.configuration
        var handle: OpaquePointer?
        let flags: Int32 = switch mode {
        case .readWriteCreate: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: SQLITE_OPEN_READWRITE
        case .readOnly: SQLITE_OPEN_READONLY
        }
        let code = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
            sqlite3_close_v2(handle)
            throw SQLiteError(extendedCode: extended, message: message)
        }
        self.handle = handle
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeout)
        bilat_enable_defensive(handle)
        bilat_disable_load_extension(handle)
        do {
            try execute("PRAGMA foreign_keys = ON")
            if mode == .readOnly {
                // Readers map the file rather than copy each page they read, and sort in
                // memory: the sorter spilled reports of 20,000 rows to a temporary file.
                try execute("PRAGMA mmap_size = 2147418112")
                try execute("PRAGMA cache_size = -16384")
                try execute("PRAGMA temp_store = MEMORY")
            }
        } catch {
            sqlite3_close_v2(handle)
            throw error
        }
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    func error(_ code: Int32, sql: String?) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        // The connection's last error may be stale for some codes; trust `code` then.
        let useExtended = (extended & 0xFF) == (code & 0xFF)
        return SQLiteError(
            extendedCode: useExtended ? extended : code,
            message: String(cString: useExtended ? sqlite3_errmsg(handle) : sqlite3_errstr(code)),
            sql: sql)
    }

    // MARK: Statements

    /// Prepares one statement.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// A prepared statement kept for reuse, for SQL run many times (imports).
    public func cachedStatement(_ sql: String) throws(SQLiteError) -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try Statement(connection: self, sql: sql, retainsConnection: false)
        statementCache[sql] = statement
        return statement
    }

    /// Runs every statement in `sql` (separated by semicolons), ignoring rows.
    public func execute(_ sql: String) throws(SQLiteError) {
        var remaining = Substring(sql)
        while true {
            var handle: OpaquePointer?
            var tailOffset = 0
            let code = remaining.withCString { start -> Int32 in
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(self.handle, start, -1, &handle, &tail)
                if let tail { tailOffset = tail - start }
                return code
            }
            guard code == SQLITE_OK else { throw error(code, sql: String(remaining)) }
            let utf8 = remaining.utf8
            let consumed = utf8.index(utf8.startIndex, offsetBy: tailOffset)
            let statementText = remaining[..<consumed]
            remaining = remaining[consumed...]
            guard let handle else {
                if remaining.isEmpty || tailOffset == 0 { return }
                continue
            }
            defer { sqlite3_finalize(handle) }
            var stepCode = sqlite3_step(handle)
            while stepCode == SQLITE_ROW { stepCode = sqlite3_step(handle) }
            // The statement's text is only worth building for an error message.
            guard stepCode == SQLITE_DONE else { throw error(stepCode, sql: statementText.trimmingWhitespace()) }
        }
    }

    /// Runs one statement with positional arguments, ignoring rows.
    public func execute(_ sql: String, _ arguments: [any DatabaseValueConvertible]) throws(SQLiteError) {
        try cachedStatement(sql).execute(arguments)
    }

    /// All rows of a query, converted by `transform` (inlinable as ``Statement/map(_:_:)``).
    @inlinable
    public func query<T>(
        _ sql: String, _ arguments: [any DatabaseValueConvertible] = [], _ transform: (Row) throws -> T
    ) throws -> [T] {
        try prepare(sql).map(arguments, transform)
    }

    /// The first column of the first row, or nil when there is no row or it is NULL.
    public func scalar<T: DatabaseValueConvertible>(
        _ sql: String, _ arguments: [any DatabaseValueConvertible] = [], as type: T.Type = T.self
    ) throws -> T? {
        var result: T?
        let statement = try prepare(sql)
        try statement.forEachRow(arguments) { row in
            if result == nil, !row[0].isNull { result = try row.get(0, as: T.self) }
        }
        return result
    }

    // MARK: State

    /// The rowid of the last row inserted by this connection.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Whether a transaction is open.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Whether the database was opened read-only.
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Changes the busy timeout, in milliseconds.
    public func setBusyTimeout(_ milliseconds: Int32) { sqlite3_busy_timeout(handle, milliseconds) }

    /// The SQLite library version, "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    // MARK: Transactions

    /// How a top-level transaction takes its locks.
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` in a transaction that commits when it returns and rolls back
    /// when it throws, rethrowing the first error. Called inside another
    /// transaction, it becomes a SAVEPOINT that rolls back alone.
    @discardableResult
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        if isInTransaction { return try savepoint(body) }
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
        } catch {
            if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
        do {
            try execute("COMMIT TRANSACTION")
        } catch {
            if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
        return result
    }

    /// Runs `body` with this connection's triggers off; they are on again when it returns.
    ///
    /// For writers that do themselves what the triggers would: an INSERT into
    /// a table with a trigger, even one whose WHEN clause is false, makes SQLite
    /// journal every page the statement changes first, in case it has to take
    /// the statement back. Statements prepared meanwhile compile again after.
    public func withTriggersDisabled<T>(_ body: () throws -> T) throws -> T {
        guard !triggersDisabled else { return try body() }
        let code = bilat_enable_triggers(handle, 0)
        guard code == SQLITE_OK else { throw error(code, sql: nil) }
        triggersDisabled = true
        defer {
            bilat_enable_triggers(handle, 1)
            triggersDisabled = false
        }
        return try body()
    }

    /// Runs `body` in a SAVEPOINT: released when it returns, rolled back (alone)
    /// when it throws.
    @discardableResult
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "bilat_\(savepointDepth)"
        // Savepoints open and close once per imported source: prepared once, kept.
        try cachedStatement("SAVEPOINT \(name)").execute()
        let result: T
        do {
            result = try body()
        } catch {
            if isInTransaction {
                try? execute("ROLLBACK TO SAVEPOINT \(name)")
                try? execute("RELEASE SAVEPOINT \(name)")
            }
            throw error
        }
        try cachedStatement("RELEASE SAVEPOINT \(name)").execute()
        return result
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
