import CSQLite

/// An error reported by SQLite, with its extended result code, SQLite's message
/// and the SQL that failed.
///
/// Its description reads like
/// "SQLite error 2067: UNIQUE constraint failed: person.key - while executing `INSERT ...`".
public struct SQLiteError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE`, `SQLITE_BUSY_SNAPSHOT`, ...).
    public let extendedCode: Int32
    /// SQLite's own explanation.
    public let message: String
    /// The SQL being prepared or run, when there was one.
    public let sql: String?

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// The primary result code (`SQLITE_CONSTRAINT` for `SQLITE_CONSTRAINT_UNIQUE`).
    public var code: Int32 { extendedCode & 0xFF }

    /// Whether this error has the given primary or extended code: a primary
    /// code matches all of its extended codes.
    public func hasCode(_ other: Int32) -> Bool {
        other > 0xFF ? extendedCode == other : code == other
    }

    /// True for "the database is locked by another connection" after the busy timeout.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }
}

extension SQLiteError {
    /// Result codes, re-exported so that no other module needs CSQLite.
    public static let constraint = SQLITE_CONSTRAINT
    // Extended codes are C macros Swift does not import: SQLITE_CONSTRAINT | (n << 8).
    public static let constraintCheck = SQLITE_CONSTRAINT | (1 << 8)
    public static let constraintForeignKey = SQLITE_CONSTRAINT | (3 << 8)
    public static let constraintNotNull = SQLITE_CONSTRAINT | (5 << 8)
    public static let constraintUnique = SQLITE_CONSTRAINT | (8 << 8)
    public static let busy = SQLITE_BUSY
    public static let readOnly = SQLITE_READONLY
    public static let authorization = SQLITE_AUTH
    public static let notADatabase = SQLITE_NOTADB
    public static let corrupt = SQLITE_CORRUPT
    public static let cannotOpen = SQLITE_CANTOPEN
    public static let error = SQLITE_ERROR
    public static let misuse = SQLITE_MISUSE
    public static let interrupt = SQLITE_INTERRUPT
}
