#ifndef BILAT_CSQLITE_SHIM_H
#define BILAT_CSQLITE_SHIM_H

#include <sqlite3.h>

// What Swift cannot call directly: the SQLITE_TRANSIENT destructor macro and
// variadic functions. Every other module reaches SQLite through SQLiteDB.

/// Binds text that SQLite copies at once (SQLITE_TRANSIENT), so the Swift
/// buffer may go away as soon as the call returns.
static inline int bilat_bind_text(sqlite3_stmt *statement, int index, const char *text, int byteCount) {
    return sqlite3_bind_text(statement, index, text, byteCount, SQLITE_TRANSIENT);
}

/// Binds a blob that SQLite copies at once.
static inline int bilat_bind_blob(sqlite3_stmt *statement, int index, const void *bytes, int byteCount) {
    if (byteCount == 0) {
        return sqlite3_bind_zeroblob(statement, index, 0);
    }
    return sqlite3_bind_blob(statement, index, bytes, byteCount, SQLITE_TRANSIENT);
}

/// Turns defensive mode on: ordinary SQL can no longer corrupt the file
/// (writable_schema, journal_mode=OFF on a live archive, ...).
static inline int bilat_enable_defensive(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}

/// Turns off loading extensions through SQL (load_extension()).
static inline int bilat_disable_load_extension(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, (int *)0);
}

/// Turns this connection's triggers on or off (TEMP triggers always fire).
/// SQLite expires every prepared statement when the setting changes, so
/// statements compile again with the triggers now in force.
static inline int bilat_enable_triggers(sqlite3 *db, int enabled) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, enabled, (int *)0);
}

/// Turns off SQLite's memory statistics before SQLite starts. With them on,
/// every allocation takes one process-wide mutex, which connections on
/// different threads then fight over. SQLITE_MISUSE when SQLite has started.
static inline int bilat_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
