import CSQLite
import Foundation

/// The authorizer of read-only connections: reading is allowed, everything
/// else is denied at prepare time, before anything runs.
private func readOnlyAuthorizer(
    _: UnsafeMutableRawPointer?, action: Int32, first: UnsafePointer<CChar>?, second: UnsafePointer<CChar>?,
    _: UnsafePointer<CChar>?, _: UnsafePointer<CChar>?
) -> Int32 {
    switch action {
    case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
        return SQLITE_OK
    case SQLITE_FUNCTION:
        // Extension loading is off on every connection; refuse it here too, by name.
        guard let second else { return SQLITE_OK }
        return strcmp(second, "load_extension") == 0 ? SQLITE_DENY : SQLITE_OK
    case SQLITE_PRAGMA:
        // A pragma with a value (`PRAGMA x = y`) may write; reading pragmas have none.
        return second == nil ? SQLITE_OK : SQLITE_DENY
    default:
        // INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ATTACH, DETACH,
        // transactions, savepoints, ANALYZE, REINDEX, virtual table changes.
        return SQLITE_DENY
    }
}

extension Connection {
    /// Denies every statement that is not a read: writes, schema changes,
    /// ATTACH and DETACH, transactions and pragmas that set a value fail to
    /// prepare with `SQLITE_AUTH`. Meant for read-only connections, as a
    /// second lock behind `SQLITE_OPEN_READONLY`.
    public func denyEverythingButReads() {
        sqlite3_set_authorizer(handle, readOnlyAuthorizer, nil)
    }

    /// Prepares exactly one statement: refuses an empty string and trailing
    /// statements ("SELECT 1; DROP TABLE x").
    public func prepareSingle(_ sql: String) throws(SQLiteError) -> Statement {
        let statement = try prepare(sql)
        if Self.statementCount(sql, in: self) > 1 {
            throw SQLiteError(
                extendedCode: SQLITE_MISUSE, message: "one statement at a time: the text holds several", sql: sql)
        }
        return statement
    }

    private static func statementCount(_ sql: String, in connection: Connection) -> Int {
        var count = 0
        sql.withCString { start in
            var cursor: UnsafePointer<CChar>? = start
            while let current = cursor, current.pointee != 0 {
                var handle: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                guard sqlite3_prepare_v2(connection.handle, current, -1, &handle, &tail) == SQLITE_OK else {
                    count += 1
                    return
                }
                if handle != nil { count += 1 }
                sqlite3_finalize(handle)
                if tail == current { return }
                cursor = tail
            }
        }
        return count
    }

    /// Interrupts the running statement from a signal handler or another thread.
    public func interrupt() { sqlite3_interrupt(handle) }
}
