import CorpusGenerator
import Foundation
import SQLiteDB
import TestSupport
import Testing

/// `bilat import` killed with SIGKILL at random moments never leaves a
/// half-imported source or a damaged file, and finishing the import gives
/// the same content as an uninterrupted one. BILAT_KILLS sets the number of
/// kills (default 20), BILAT_KILL_DOCS the corpus size (default 1500).
@Suite(.serialized) struct CrashTests {
    static let kills = ProcessInfo.processInfo.environment["BILAT_KILLS"].flatMap(Int.init) ?? 20
    static let documents = ProcessInfo.processInfo.environment["BILAT_KILL_DOCS"].flatMap(Int.init) ?? 1500

    /// Everything an import stores, per source, without ids or timestamps.
    static let contentQuery = """
        SELECT s.sha256, s.title, coalesce(m.date, ''), m.kind, coalesce(m.place, ''),
          (SELECT group_concat(x, '|') FROM (SELECT p.name || ':' || coalesce(pa.role, '') AS x FROM participation pa
             JOIN person p ON p.id = pa.person_id WHERE pa.source_id = s.id ORDER BY x)),
          (SELECT group_concat(x, '|') FROM (SELECT p.name || ':' || st.text AS x FROM statement st
             JOIN person p ON p.id = st.person_id WHERE st.source_id = s.id ORDER BY st.position)),
          (SELECT group_concat(x, '|') FROM (SELECT coalesce(thread_id, '') || ':' || text AS x FROM commitment
             WHERE source_id = s.id ORDER BY position)),
          (SELECT group_concat(x, '|') FROM (SELECT kind || ':' || title AS x FROM signed_document
             WHERE source_id = s.id ORDER BY position))
        FROM source s JOIN meeting m ON m.id = s.meeting_id
        ORDER BY s.sha256
        """

    static func content(of path: String) throws -> [[DatabaseValue]] {
        let db = try Connection(path: path, mode: .readOnly)
        return try db.query(contentQuery) { $0.values }
    }

    /// Per source: how many rows of each kind it brought.
    static func rowCounts(of path: String) throws -> [String: [Int]] {
        let db = try Connection(path: path, mode: .readOnly)
        let rows = try db.query(
            """
            SELECT s.sha256,
              (SELECT count(*) FROM participation WHERE source_id = s.id),
              (SELECT count(*) FROM statement WHERE source_id = s.id),
              (SELECT count(*) FROM commitment WHERE source_id = s.id),
              (SELECT count(*) FROM signed_document WHERE source_id = s.id)
            FROM source s
            """
        ) { row in (try row.get(0, as: String.self), try (1...4).map { try row.get($0, as: Int.self) }) }
        return Dictionary(uniqueKeysWithValues: rows)
    }

    @Test(.timeLimit(.minutes(10)))
    func killedImportsLoseNothingAndHalfWriteNothing() throws {
        let folder = try TemporaryDirectory()
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        var generator = CorpusGenerator(seed: 7)
        for index in 0..<Self.documents {
            try Data(generator.document(index: index).utf8)
                .write(to: corpus.appendingPathComponent(String(format: "doc-%05d.txt", index)))
        }
        let reference = try bilat(["import", "--db", "reference.db", corpus.path], in: folder.url)
        #expect(reference.status == 0, "\(reference.stderr)")
        let expected = try Self.content(of: folder.path("reference.db"))
        let expectedCounts = try Self.rowCounts(of: folder.path("reference.db"))
        #expect(expected.count == Self.documents)

        var random = SplitMix64(seed: 42)
        var kills = 0
        var attempts = 0
        while kills < Self.kills && attempts < Self.kills * 5 {
            attempts += 1
            let process = Process()
            process.executableURL = bilatBinary
            process.arguments = ["import", "--db", "crash.db", "--no-progress", corpus.path]
            process.currentDirectoryURL = folder.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(20_000 + random.next() % 700_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()

            let db = try Connection(path: folder.path("crash.db"))
            #expect(try db.scalar("PRAGMA integrity_check", as: String.self) == "ok")
            #expect(try db.query("PRAGMA foreign_key_check") { $0.values }.isEmpty)
            // The search index of a batch is written in the batch's transaction: all there, or none of it.
            if try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'search_index_pending'", as: Int.self) == 1 {
                #expect(try db.scalar("SELECT count(*) FROM search_index_pending", as: Int.self) == 0)
                try verifySearchIndex(db)
            }
            for (sha, counts) in try Self.rowCounts(of: folder.path("crash.db")) {
                #expect(counts == expectedCounts[sha], "source \(sha) is half-imported")
            }
            // An import that ran to its end starts the next round from an empty archive.
            if process.terminationReason == .exit {
                #expect(try Self.content(of: folder.path("crash.db")) == expected)
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder.path("crash.db" + suffix)) }
            }
        }
        let finish = try bilat(["import", "--db", "crash.db", corpus.path], in: folder.url)
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(try Self.content(of: folder.path("crash.db")) == expected)
        print("crash: \(kills) SIGKILLs during imports of \(Self.documents) documents; integrity and search index ok, no half-imported source, final content equal to an uninterrupted import")
        #expect(kills >= Self.kills)
    }

    @Test func twoImportsAtOnceBothFinishOrFailClearly() throws {
        let folder = try TemporaryDirectory()
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        var generator = CorpusGenerator(seed: 11)
        for index in 0..<300 {
            try Data(generator.document(index: index).utf8).write(to: corpus.appendingPathComponent("d\(index).txt"))
        }
        #expect(try bilat(["init"], in: folder.url).status == 0)
        let processes = (0..<2).map { _ in
            let process = Process()
            process.executableURL = bilatBinary
            process.arguments = ["import", "--no-progress", corpus.path]
            process.currentDirectoryURL = folder.url
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            return (process, err)
        }
        for (process, _) in processes { try process.run() }
        var messages: [String] = []
        for (process, err) in processes {
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus != 0 { messages.append(text) }
        }
        for message in messages { #expect(message.contains("busy"), "unclear failure: \(message)") }
        let db = try Connection(path: folder.path("bilat.db"), mode: .readOnly)
        #expect(try db.scalar("PRAGMA integrity_check", as: String.self) == "ok")
        let finish = try bilat(["import", corpus.path], in: folder.url)
        #expect(finish.status == 0)
        #expect(try db.scalar("SELECT count(*) FROM source", as: Int.self) == 300)
    }

    @Test func reportsRunWhileAnImportWrites() throws {
        let folder = try TemporaryDirectory()
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        var generator = CorpusGenerator(seed: 13)
        for index in 0..<600 {
            try Data(generator.document(index: index).utf8).write(to: corpus.appendingPathComponent("d\(index).txt"))
        }
        #expect(try bilat(["init"], in: folder.url).status == 0)
        let importer = Process()
        importer.executableURL = bilatBinary
        importer.arguments = ["import", "--no-progress", corpus.path]
        importer.currentDirectoryURL = folder.url
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        var reads = 0
        while importer.isRunning && reads < 200 {
            // Each read sees a committed state: every source counted has all its meeting rows.
            let run = try bilat(
                ["sql", "SELECT count(*) FROM source s WHERE NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = s.meeting_id)", "--format", "csv"],
                in: folder.url)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "count(*)\r\n0\r\n")
            reads += 1
        }
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        #expect(reads > 0)
    }
}
