import Foundation
import SQLiteDB
import TestSupport
import Testing

@Suite struct ConnectionTests {
    /// A connection is closed when its last user lets go of it, cached statements
    /// or not (they once kept it alive for ever, and with it the WAL file); a
    /// statement prepared for the caller keeps its connection alive.
    @Test func connectionsAreFreedAndStatementsKeepTheirs() throws {
        weak var freed: Connection?
        do {
            let db = try Connection(path: ":memory:")
            _ = try db.cachedStatement("SELECT 1").map { try $0.get(0, as: Int.self) }
            freed = db
        }
        #expect(freed == nil)
        let statement = try Connection(path: ":memory:").prepare("SELECT 42")
        #expect(try statement.map { try $0.get(0, as: Int.self) } == [42])
    }

    @Test func foreignKeysAreOn() throws {
        let db = try Connection(path: ":memory:")
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int.self) == 1)
        try db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (p INTEGER REFERENCES parent(id))")
        let error = try #require(throws: SQLiteError.self) { try db.execute("INSERT INTO child VALUES (9)", []) }
        #expect(error.extendedCode == SQLiteError.constraintForeignKey)
    }

    @Test func readOnlyConnectionCannotWrite() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("ro.db")
        do {
            let writer = try Connection(path: path)
            try writer.execute("CREATE TABLE t (v INTEGER)")
        }
        let reader = try Connection(path: path, mode: .readOnly)
        #expect(reader.isReadOnly)
        let error = try #require(throws: SQLiteError.self) { try reader.execute("INSERT INTO t VALUES (1)") }
        #expect(error.hasCode(SQLiteError.readOnly))
        #expect(try reader.scalar("SELECT count(*) FROM t", as: Int.self) == 0)
    }

    @Test func readOnlyConnectionsMapTheFileWritersDoNot() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("map.db")
        let writer = try Connection(path: path)
        try writer.execute("CREATE TABLE t (v INTEGER)")
        #expect(try writer.scalar("PRAGMA mmap_size", as: Int.self) == 0)
        let reader = try Connection(path: path, mode: .readOnly)
        #expect(try reader.scalar("PRAGMA mmap_size", as: Int.self) ?? 0 >= 1 << 30)
    }

    @Test func missingFileIsNotCreatedInReadOnlyMode() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("absent.db")
        #expect(throws: SQLiteError.self) { try Connection(path: path, mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func secondWriterGetsBusyAfterTheTimeoutInsteadOfHanging() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("busy.db")
        let first = try Connection(path: path)
        try first.execute("PRAGMA journal_mode = WAL; CREATE TABLE t (v INTEGER)")
        let second = try Connection(path: path, busyTimeout: 200)
        try first.execute("BEGIN IMMEDIATE")
        let start = Date()
        let error = try #require(throws: SQLiteError.self) { try second.execute("BEGIN IMMEDIATE") }
        let waited = Date().timeIntervalSince(start)
        #expect(error.isBusy)
        #expect(waited >= 0.15)
        #expect(waited < 5)
        try first.execute("COMMIT")
        try second.execute("BEGIN IMMEDIATE; INSERT INTO t VALUES (1); COMMIT")
        #expect(try first.scalar("SELECT count(*) FROM t", as: Int.self) == 1)
    }

    @Test func notADatabaseIsAClearError() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("text.db")
        try Data(String(repeating: "this is not sqlite\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: SQLiteError.self) {
            let db = try Connection(path: path)
            try db.execute("SELECT count(*) FROM sqlite_master")
        }
        #expect(error.hasCode(SQLiteError.notADatabase))
    }
}
