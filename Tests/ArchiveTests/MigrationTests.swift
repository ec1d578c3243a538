import Archive
import Foundation
import SQLiteDB
import TestSupport
import Testing

@Suite struct MigrationTests {
    let folder: TemporaryDirectory
    init() throws { folder = try TemporaryDirectory() }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func freshArchiveGetsEveryBuiltInMigration() throws {
        let archive = try Archive.open(path: folder.path("a.db"))
        let builtIn = try Migration.builtIn()
        #expect(builtIn.count >= 2)
        #expect(try archive.schemaVersion() == builtIn.last!.version)
        let recorded = try archive.connection.query("SELECT version, name FROM schema_migration ORDER BY version") {
            "\(try $0.get(0, as: Int.self))_\(try $0.get(1, as: String.self))"
        }
        #expect(recorded == builtIn.map { "\($0.version)_\($0.name)" })
        #expect(try archive.connection.scalar("PRAGMA journal_mode", as: String.self) == "wal")
        #expect(try archive.connection.scalar("PRAGMA integrity_check", as: String.self) == "ok")
        #expect(try archive.connection.query("PRAGMA foreign_key_check") { $0.values }.isEmpty)
    }

    @Test func everyTableIsStrict() throws {
        let archive = try Archive.open(path: folder.path("a.db"))
        let loose = try archive.connection.query(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"
        ) { try $0.get(0, as: String.self) }
        #expect(loose == [])
    }

    @Test func reopeningChangesNothing() throws {
        let path = folder.path("a.db")
        do {
            let archive = try Archive.open(path: path)
            try archive.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let schemaBefore = try Archive.open(path: path).schemaSQL()
        let archive = try Archive.open(path: path)
        #expect(try archive.schemaSQL() == schemaBefore)
        #expect(try archive.connection.scalar("SELECT count(*) FROM schema_migration", as: Int.self)
            == (try Migration.builtIn().count))
    }

    @Test func archiveFromANewerBilatIsRefusedAndLeftByteForByte() throws {
        let path = folder.path("newer.db")
        do {
            let archive = try Archive.open(path: path)
            try archive.connection.execute("PRAGMA user_version = 999")
            try archive.connection.execute("PRAGMA journal_mode = DELETE")
        }
        let before = try bytes(path)
        let error = try #require(throws: ArchiveError.self) { try Archive.open(path: path) }
        guard case .newerSchema(_, let found, _) = error else { Issue.record("wrong error \(error)"); return }
        #expect(found == 999)
        #expect(error.description.contains("newer bilat"))
        #expect(try bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftAlone() throws {
        let path = folder.path("other.db")
        do {
            let other = try Connection(path: path)
            try other.execute("CREATE TABLE notes (body TEXT)")
        }
        let before = try bytes(path)
        #expect(throws: ArchiveError.self) { try Archive.open(path: path) }
        #expect(try bytes(path) == before)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let path = folder.path("notes.txt")
        try Data(String(repeating: "plain text, not a database\n", count: 50).utf8).write(to: URL(fileURLWithPath: path))
        let before = try bytes(path)
        let error = try #require(throws: ArchiveError.self) { try Archive.open(path: path) }
        #expect(error.description.contains("not a SQLite database"))
        #expect(try bytes(path) == before)
    }

    @Test func malformedAndDuplicateMigrationNamesAreRefused() throws {
        #expect(throws: MigrationError.malformedName("1_initial.sql")) {
            try Migration(fileName: "1_initial.sql", sql: "")
        }
        #expect(throws: MigrationError.malformedName("0001-initial.sql")) {
            try Migration(fileName: "0001-initial.sql", sql: "")
        }
        #expect(throws: MigrationError.malformedName("0001_Initial.sql")) {
            try Migration(fileName: "0001_Initial.sql", sql: "")
        }
        #expect(throws: MigrationError.duplicateVersion(1)) {
            try Migration.ordered([("0001_a.sql", ""), ("0001_b.sql", "")])
        }
        #expect(throws: MigrationError.gap(expected: 2, found: 3)) {
            try Migration.ordered([("0001_a.sql", ""), ("0003_c.sql", "")])
        }
        let parsed = try Migration(fileName: "0012_add_indicators.sql", sql: "SELECT 1")
        #expect(parsed.version == 12)
        #expect(parsed.name == "add_indicators")
    }

    @Test func failingMigrationRollsBackWholly() throws {
        let path = folder.path("fail.db")
        let migrations = try Migration.ordered([
            ("0001_good.sql", "CREATE TABLE a (x INTEGER) STRICT;"),
            ("0002_bad.sql", "CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);"),
        ])
        let error = try #require(throws: ArchiveError.self) { try Archive.open(path: path, migrations: migrations) }
        #expect(error.description.contains("0002") || error.description.contains("2_bad"))
        let db = try Connection(path: path)
        #expect(try db.scalar("PRAGMA user_version", as: Int.self) == 1)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'b'", as: Int.self) == 0)
    }

    @Test func migrationLeavingForeignKeyViolationsIsRolledBack() throws {
        let path = folder.path("fk.db")
        let migrations = try Migration.ordered([
            ("0001_tables.sql", "CREATE TABLE p (id INTEGER PRIMARY KEY) STRICT; CREATE TABLE c (p INTEGER REFERENCES p(id)) STRICT;"),
            ("0002_orphans.sql", "PRAGMA defer_foreign_keys = ON; INSERT INTO c VALUES (42);"),
        ])
        #expect(throws: ArchiveError.self) { try Archive.open(path: path, migrations: migrations) }
        let db = try Connection(path: path)
        #expect(try db.scalar("PRAGMA user_version", as: Int.self) == 1)
        #expect(try db.scalar("SELECT count(*) FROM c", as: Int.self) == 0)
    }

    @Test func searchIgnoresCaseAndAccents() throws {
        let archive = try Archive.open(path: folder.path("fts.db"))
        let db = archive.connection
        try db.execute("INSERT INTO meeting (id, kind, title) VALUES (1, 'talks', 't')")
        try db.execute(
            "INSERT INTO source (location, sha256, language, title, body, imported_at, meeting_id) VALUES ('x', ?, 'fr', 'T', 'Les ÉCHANGES bilatéraux', 'now', 1)",
            [String(repeating: "a", count: 64)])
        #expect(try db.scalar("SELECT count(*) FROM source_fts WHERE source_fts MATCH 'echanges'", as: Int.self) == 1)
        #expect(try db.scalar("SELECT count(*) FROM source_fts WHERE source_fts MATCH 'bilateraux'", as: Int.self) == 1)
        try db.execute("DELETE FROM source")
        #expect(try db.scalar("SELECT count(*) FROM source_fts WHERE source_fts MATCH 'echanges'", as: Int.self) == 0)
    }
}
