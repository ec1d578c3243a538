import CSQLite

extension Connection {
    /// Copies this database into a new file at `path` with SQLite's online
    /// backup API: a consistent snapshot even while other connections write.
    ///
    /// Copies in steps of `pagesPerStep` pages, sleeping briefly when another
    /// connection holds a lock, and restarts by itself if the source changes.
    public func backup(to path: String, pagesPerStep: Int32 = 1024) throws(SQLiteError) {
        let destination = try Connection(path: path, mode: .readWriteCreate)
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw destination.error(sqlite3_errcode(destination.handle), sql: nil)
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, pagesPerStep)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(20) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else { throw destination.error(code, sql: nil) }
    }
}
