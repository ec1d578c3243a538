import CSQLite

/// A prepared statement. It owns its `sqlite3_stmt`, finalizes it in `deinit`,
/// and keeps its connection alive for as long as it lives, except a statement
/// of the connection's cache (``Connection/cachedStatement(_:)``), which the
/// connection owns: use that one only while the connection lives.
public final class Statement {
    let handle: OpaquePointer
    /// The connection this statement belongs to.
    public unowned let connection: Connection
    /// The same connection, held by statements outside the cache. A cached one
    /// holding it too made a cycle: the connection was never closed, so SQLite
    /// never checkpointed and removed its log on close, and every later process
    /// read that log whole on opening the archive.
    private let retainedConnection: Connection?
    /// The SQL this statement was prepared from.
    public let sql: String

    init(connection: Connection, sql: String, retainsConnection: Bool = true) throws(SQLiteError) {
        var handle: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let code = sql.withCString { sqlite3_prepare_v2(connection.handle, $0, -1, &handle, &tail) }
        guard code == SQLITE_OK else {
            throw connection.error(code, sql: sql)
        }
        guard let handle else {
            throw SQLiteError(extendedCode: SQLITE_MISUSE, message: "no SQL statement in the string", sql: sql)
        }
        self.handle = handle
        self.connection = connection
        retainedConnection = retainsConnection ? connection : nil
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// The number of parameters (`?`, `?NNN`, `:name`, `@name`, `$name`).
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Whether the statement only reads the database.
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// The names of the result columns.
    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// The names of the parameters, without their prefix, in index order (nil for `?`).
    public var parameterNames: [String?] {
        (1...max(parameterCount, 1)).prefix(parameterCount).map { index in
            sqlite3_bind_parameter_name(handle, Int32(index)).map { String(String(cString: $0).dropFirst()) }
        }
    }

    // MARK: Binding

    /// Binds `value` to the parameter at `index` (1-based).
    public func bind(_ value: some DatabaseValueConvertible, at index: Int) throws(SQLiteError) {
        let index = Int32(index)
        let code: Int32
        switch value.databaseValue {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let int):
            code = sqlite3_bind_int64(handle, index, int)
        case .real(let double):
            code = sqlite3_bind_double(handle, index, double)
        case .text(let text):
            // Bound with its byte length, so text with an embedded NUL survives.
            let byteCount = Int32(text.utf8.count)
            code = text.withCString { bilat_bind_text(handle, index, $0, byteCount) }
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { bilat_bind_blob(handle, index, $0.baseAddress, Int32($0.count)) }
        }
        guard code == SQLITE_OK else { throw connection.error(code, sql: sql) }
    }

    /// Binds `value` to the parameter named `name` (with or without its `:`, `@` or `$`).
    public func bind(_ value: some DatabaseValueConvertible, named name: String) throws(SQLiteError) {
        let prefixed = name.first.map { ":@$".contains($0) } == true ? [name] : [":" + name, "@" + name, "$" + name]
        for candidate in prefixed {
            let index = sqlite3_bind_parameter_index(handle, candidate)
            if index > 0 { return try bind(value, at: Int(index)) }
        }
        throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql)
    }

    /// Binds positional arguments to `?1`, `?2`, ...; an empty list keeps the
    /// values bound before (with ``bind(_:named:)`` for example).
    public func bind(_ arguments: [any DatabaseValueConvertible]) throws(SQLiteError) {
        if arguments.isEmpty { return }
        guard arguments.count == parameterCount else {
            throw SQLiteError(
                extendedCode: SQLITE_RANGE,
                message: "\(arguments.count) arguments for \(parameterCount) parameters", sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            try bind(argument.databaseValue, at: offset + 1)
        }
    }

    /// Resets the statement so it can run again, and clears its bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Running

    /// Runs one step: true when a row is available, false when done.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = connection.error(code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to completion with `arguments`, ignoring rows.
    public func execute(_ arguments: [any DatabaseValueConvertible] = []) throws(SQLiteError) {
        sqlite3_reset(handle)
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Calls `body` with each row; the row is valid only during the call.
    public func forEachRow(
        _ arguments: [any DatabaseValueConvertible] = [], _ body: (Row) throws -> Void
    ) throws {
        sqlite3_reset(handle)
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        let row = Row(statement: self)
        while try step() { try body(row) }
    }

    /// All rows, each converted by `transform`.
    ///
    /// Inlinable, so that callers get it specialised for their `T`: unspecialised,
    /// each row's value was copied through the runtime's value witnesses (a third
    /// of `bilat track`'s query time for 8,000 rows of six columns).
    @inlinable
    public func map<T>(_ arguments: [any DatabaseValueConvertible] = [], _ transform: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow(arguments) { result.append(try transform($0)) }
        return result
    }
}

/// The current row of a statement: typed column reads by index or name.
public struct Row {
    @usableFromInline let statement: Statement

    /// The number of columns.
    public var count: Int { Int(sqlite3_column_count(statement.handle)) }

    /// The value of column `index` (0-based) in its storage class.
    public subscript(index: Int) -> DatabaseValue {
        let handle = statement.handle
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            // Text first, then its byte count, as SQLite documents.
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let bytes = sqlite3_column_blob(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let bytes, count > 0 else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            return .null
        }
    }

    /// Calls `body` with the UTF-8 bytes of column `index` when it holds text,
    /// without making a String (the bytes are valid only during the call);
    /// nil for the other storage classes.
    public func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        let handle = statement.handle
        let column = Int32(index)
        guard sqlite3_column_type(handle, column) == SQLITE_TEXT else { return nil }
        // Text first, then its byte count, as SQLite documents.
        let text = sqlite3_column_text(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: text, count: text == nil ? 0 : count))
    }

    /// Column `index` converted to `T`; throws when the stored value does not fit.
    ///
    /// Inlinable so that callers get it specialised for their `T`: reports read
    /// hundreds of thousands of columns, and an unspecialised call looks up the
    /// type's metadata every time.
    @inlinable
    public func get<T: DatabaseValueConvertible>(_ index: Int, as type: T.Type = T.self) throws(SQLiteError) -> T {
        let value = self[index]
        guard let converted = T.fromDatabaseValue(value) else {
            throw SQLiteError(
                extendedCode: SQLITE_MISMATCH,
                message: "column \(index) holds \(value), not \(T.self)", sql: statement.sql)
        }
        return converted
    }

    /// Column `name` converted to `T`.
    public func get<T: DatabaseValueConvertible>(_ name: String, as type: T.Type = T.self) throws(SQLiteError) -> T {
        guard let index = statement.columnNames.firstIndex(of: name) else {
            throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no column named \(name)", sql: statement.sql)
        }
        return try get(index, as: type)
    }

    /// All values of the row, in column order.
    public var values: [DatabaseValue] { (0..<count).map { self[$0] } }
}
