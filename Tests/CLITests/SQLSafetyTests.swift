import Foundation
import TestSupport
import Testing

/// `bilat sql` can never change the archive, whatever it is asked.
@Suite struct SQLSafetyTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
        let run = try bilat(["import", dataFolder.path], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
    }

    func archiveBytes() throws -> Data {
        // The WAL holds recent commits: read both files.
        let main = try Data(contentsOf: folder.url.appendingPathComponent("bilat.db"))
        let wal = (try? Data(contentsOf: folder.url.appendingPathComponent("bilat.db-wal"))) ?? Data()
        return main + wal
    }

    @Test(arguments: [
        "DELETE FROM source",
        "INSERT INTO country VALUES ('XX', 'x', 'x')",
        "UPDATE person SET name = 'x'",
        "DROP TABLE meeting",
        "CREATE TABLE evil (x)",
        "ALTER TABLE person ADD COLUMN x",
        "ATTACH DATABASE 'other.db' AS other",
        "PRAGMA writable_schema = 1",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA user_version = 99",
        "SELECT load_extension('/tmp/evil')",
        "SELECT 1; DELETE FROM source",
        "BEGIN IMMEDIATE",
        "VACUUM",
        "REINDEX",
        "INSERT INTO source_fts(source_fts) VALUES ('delete-all')",
        "WITH x AS (SELECT 1) DELETE FROM statement",
    ])
    func writesAreRefusedAndTheArchiveIsUnchanged(_ sql: String) throws {
        let before = try archiveBytes()
        let run = try bilat(["sql", sql], in: folder.url)
        #expect(run.status != 0)
        #expect(run.stderr.hasPrefix("Error: "))
        #expect(try archiveBytes() == before)
        #expect(!FileManager.default.fileExists(atPath: folder.path("other.db")))
    }

    @Test func readsWorkWithNamedParameters() throws {
        let run = try bilat(
            ["sql", "SELECT count(*) AS n FROM source WHERE language = :lang", "--param", "lang=fr", "--format", "csv"],
            in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "n\r\n2\r\n")
    }

    @Test func missingParameterIsNamed() throws {
        let run = try bilat(["sql", "SELECT :who"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("--param who=VALUE"))
    }

    @Test func readingPragmasAreAllowed() throws {
        let run = try bilat(["sql", "PRAGMA user_version", "--format", "csv"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "user_version\r\n\(latestSchemaVersion)\r\n")
    }

    @Test func unknownReportSuggestsTheClosest() throws {
        let run = try bilat(["report", "meetings-per-yer"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("did you mean 'meetings-per-year'"))
    }

    @Test func unknownPersonSuggestsTheClosest() throws {
        let people = try bilat(["sql", "SELECT spelling FROM person_alias ORDER BY spelling LIMIT 1", "--format", "csv"], in: folder.url)
        let spelling = try #require(people.stdout.split(separator: "\r\n").dropFirst().first.map(String.init))
        let misspelt = String(spelling.dropLast())  + "zq"
        let run = try bilat(["person", misspelt], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("did you mean '\(spelling)'"))
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try bilat(["meetings", "--since", "April"], in: folder.url).status == 64)
        #expect(try bilat(["meetings", "--kind", "talk"], in: folder.url).stderr.contains("did you mean 'talks'"))
        #expect(try bilat(["sql", "SELECT 1", "--param", "novalue"], in: folder.url).status == 64)
        #expect(try bilat(["report"], in: folder.url).status == 64)
    }

    @Test func missingArchiveIsAClearErrorAndIsNotCreated() throws {
        let run = try bilat(["meetings", "--db", "absent.db"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("absent.db: no archive here"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("absent.db")))
    }
}

@Suite struct SQLStreamingTests {
    @Test func millionsOfRowsStreamAsCSVAndAreRefusedAsATable() throws {
        let folder = try TemporaryDirectory()
        #expect(try bilat(["init"], in: folder.url).status == 0)
        let query = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT i FROM n"
        let csv = try bilat(["sql", query, "--format", "csv"], in: folder.url)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.count == 1_000_001)
        #expect(lines.last == "1000000")
        let table = try bilat(["sql", query], in: folder.url)
        #expect(table.status == 1)
        #expect(table.stderr.contains("use --format csv or json"))
    }
}
