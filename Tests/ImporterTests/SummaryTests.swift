import Archive
import CorpusGenerator
import Importer
import SQLiteDB
import TestSupport
import Testing

/// The report summaries of migration 0006 equal a recount from the base tables
/// (what `bilat check` verifies) after imports in batches, re-imports, thread
/// edits and the migration of an older archive.
@Suite struct SummaryTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory()
    }

    /// Generated press releases; the generator reports some meetings twice (French and English).
    static func inputs(count: Int, seed: UInt64 = 5) -> [ImportInput] {
        var generator = CorpusGenerator(seed: seed)
        return (0..<count).map { index in
            let bytes = Array(generator.document(index: index).utf8)
            return ImportInput(location: "doc-\(index).txt") { bytes }
        }
    }

    /// Problems `bilat check` finds in the summaries.
    static func summaryProblems(_ archive: Archive) throws -> [ArchiveProblem] {
        try archive.check().filter { $0.check.contains("summar") || $0.check.contains("equal") }
    }

    /// Imports `inputs` in batches; each batch folds itself into the summaries.
    static func importInBatches(_ inputs: [ImportInput], into archive: Archive, batch: Int) throws {
        for start in stride(from: 0, to: inputs.count, by: batch) {
            _ = try Importer(archive: archive).importAll(Array(inputs[start..<min(start + batch, inputs.count)]))
        }
    }

    func rows(_ archive: Archive, _ sql: String) throws -> [[DatabaseValue]] {
        try archive.connection.query(sql) { $0.values }
    }

    /// A readout of a meeting on `date` between `people`, with one statement each and one commitment.
    static func readout(
        _ sha: Character, date: String?, kind: String = "other", countries: [String], people: [(String, String)],
        topic: String = "trade"
    ) -> NewSource {
        NewSource(
            location: "mem://\(sha)", sha256: String(repeating: sha, count: 64), language: "fr", title: "Entretien",
            publishedAt: nil, body: "Corps du texte \(sha)",
            meeting: NewMeeting(date: date, place: nil, kind: kind, countries: countries),
            participants: people.map { NewParticipant(name: $0.0, country: $0.1, role: "ministre") },
            statements: people.map { NewStatement(speaker: $0.0, text: "\($0.0) a parlé (\(sha)).") },
            commitments: [NewCommitment(text: "engagement \(sha)", topic: topic, thread: "\(topic)-thread", threadTitle: nil, target: nil, deadline: nil)],
            documents: [NewDocument(title: "accord \(sha)", kind: "agreement")])
    }

    @Test func batchesAddUpToARecount() throws {
        let archive = try Archive.open(path: folder.path("a.db"))
        try Self.importInBatches(Self.inputs(count: 200), into: archive, batch: 37)
        #expect(try Self.summaryProblems(archive) == [])

        // A second readout joins a summarised meeting and brings another country,
        // another participant and a precise kind: the meeting moves to another pair.
        let wang = ("Wang Yi", "CN"), murat = ("Murat Nurtleu", "KZ"), rashid = ("Rashid Meredov", "TM")
        _ = try archive.store(Self.readout("a", date: "2031-05-02", countries: ["CN", "KZ"], people: [wang, murat]), importedAt: "t")
        _ = try archive.store(Self.readout("b", date: nil, countries: [], people: [murat]), importedAt: "t")
        let pairs = "SELECT pair, meetings FROM meetings_by_year_pair WHERE year = '2031'"
        #expect(try rows(archive, pairs) == [[.text("CN-KZ"), .integer(1)]])
        _ = try archive.store(
            Self.readout("c", date: "2031-05-02", kind: "talks", countries: ["CN", "KZ", "TM"], people: [wang, murat, rashid],
                         topic: "energy"),
            importedAt: "t")
        _ = try archive.store(Self.readout("d", date: "2031-05-02", countries: ["CN", "KZ", "TM"], people: [wang, rashid]), importedAt: "t")
        #expect(try rows(archive, pairs) == [[.text("CN-KZ-TM"), .integer(1)]])
        // The mention stored with the first readout moved with its meeting.
        #expect(try rows(archive, "SELECT countries, date FROM thread_mention WHERE thread_id = 'trade-thread' AND date = '2031-05-02'")
            == [[.text("CN-KZ-TM"), .text("2031-05-02")], [.text("CN-KZ-TM"), .text("2031-05-02")]])
        #expect(try rows(archive, "SELECT kind, sources FROM meeting_summary WHERE date = '2031-05-02'") == [[.text("talks"), .integer(3)]])
        #expect(try Self.summaryProblems(archive) == [])
    }

    @Test func aSummaryThatDriftsIsReported() throws {
        let archive = try Archive.open(path: folder.path("a.db"))
        try Self.importInBatches(Self.inputs(count: 40), into: archive, batch: 40)
        try archive.connection.execute("UPDATE person_summary SET meetings = meetings + 1 WHERE person_id = (SELECT min(person_id) FROM person_summary)")
        try archive.connection.execute("DELETE FROM documents_by_year_kind WHERE (year, kind) = (SELECT year, kind FROM documents_by_year_kind LIMIT 1)")
        let checks = Set(try Self.summaryProblems(archive).map(\.check))
        #expect(checks == ["speaker summaries equal a recount", "documents per year and kind equal a recount"])
    }

    @Test func sourcesWrittenOutsideBilatAreReportedThenCountedOnOpen() throws {
        let path = folder.path("a.db")
        do {
            let archive = try Archive.open(path: path)
            _ = try Importer(archive: archive).importAll(Self.inputs(count: 30))
            #expect(try Self.summaryProblems(archive) == [], "an import batch counts its own sources")
            // A source added with sqlite3 by hand: no import batch counts it.
            try archive.connection.execute("INSERT INTO meeting (date, kind, title) VALUES ('2031-01-01', 'talks', 'hand')")
            try archive.connection.execute(
                """
                INSERT INTO source (location, sha256, language, title, body, imported_at, meeting_id)
                VALUES ('hand', ?, 'fr', 'hand', 'texte', 'now', last_insert_rowid())
                """, [String(repeating: "f", count: 64)])
            #expect(try archive.check().map(\.check).contains("summaries include every source"))
        }
        let reopened = try Archive.open(path: path)
        #expect(try Self.summaryProblems(reopened) == [])
    }

    @Test func reimportingChangesNothing() throws {
        let archive = try Archive.open(path: folder.path("a.db"))
        let inputs = Self.inputs(count: 120)
        try Self.importInBatches(inputs, into: archive, batch: 50)
        let tables = ["summary_state", "meeting_summary", "meetings_by_year_pair", "person_summary", "topic_summary",
                      "topic_thread", "documents_by_year_kind", "thread_mention", "thread_countries", "person_meeting"]
        let before = try tables.map { try rows(archive, "SELECT * FROM \($0)") }
        try Self.importInBatches(inputs, into: archive, batch: 50)
        #expect(try tables.map { try rows(archive, "SELECT * FROM \($0)") } == before)
        #expect(try Self.summaryProblems(archive) == [])
    }

    @Test func threadEditsRecountTheThreadsOfATopic() throws {
        let archive = try Archive.open(path: folder.path("a.db"))
        try Self.importInBatches(Self.inputs(count: 150), into: archive, batch: 64)
        let threads = "SELECT topic, thread_id, mentions FROM topic_thread ORDER BY 1, 2"
        let before = try rows(archive, threads)
        let unthreaded = try #require(try archive.connection.scalar(
            "SELECT min(id) FROM commitment WHERE thread_id IS NULL AND topic = 'energy'", as: Int64.self))
        let threaded = try #require(try archive.connection.scalar(
            "SELECT thread_id FROM commitment WHERE thread_id IS NOT NULL LIMIT 1", as: String.self))
        try archive.link(commitment: unthreaded, to: threaded)
        #expect(try Self.summaryProblems(archive) == [])
        #expect(try rows(archive, threads) != before)

        try archive.loadCatalogue([ThreadEntry(id: "energy-supply", topic: "energy", title: "Energy supply", wordings: [:], target: nil)])
        try archive.link(commitment: unthreaded, to: "energy-supply")
        try archive.merge(thread: threaded, into: "energy-supply")
        #expect(try Self.summaryProblems(archive) == [])
        try archive.rename(thread: "energy-supply", to: "energy-security")
        try archive.unlink(commitment: unthreaded)
        #expect(try Self.summaryProblems(archive) == [])
        #expect(try archive.connection.scalar("SELECT count(*) FROM topic_thread WHERE thread_id = 'energy-supply'", as: Int.self) == 0)
    }

    @Test func migratingAVersion4ArchiveBackfillsTheSummaries() throws {
        let path = folder.path("old.db")
        let all = try Migration.builtIn()
        do {
            // Written by hand as a bilat of schema version 4 stored it: one
            // meeting reported twice, and an undated one.
            let old = try Archive.open(path: path, migrations: all.filter { $0.version <= 4 })
            #expect(try old.schemaVersion() == 4)
            try old.connection.execute("""
                INSERT INTO meeting (id, date, place, kind, title) VALUES (1, '2024-03-01', 'Astana', 'talks', 'A'), (2, NULL, NULL, 'other', 'B');
                INSERT INTO meeting_country VALUES (1, 'CN'), (1, 'KZ');
                INSERT INTO source (id, location, sha256, language, title, body, imported_at, meeting_id) VALUES
                    (1, 'a.txt', printf('%064d', 1), 'fr', 'A', 'texte', 't', 1),
                    (2, 'b.txt', printf('%064d', 2), 'en', 'A', 'text', 't', 1),
                    (3, 'c.txt', printf('%064d', 3), 'en', 'B', 'text', 't', 2);
                INSERT INTO person (id, name, country_code) VALUES (1, 'Wang Yi', 'CN'), (2, 'Murat Nurtleu', 'KZ');
                INSERT INTO person_alias VALUES ('wang yi', 1, 'Wang Yi'), ('murat nurtleu', 2, 'Murat Nurtleu');
                INSERT INTO participation VALUES (1, 1, 1, 'ministre'), (1, 2, 1, NULL), (1, 1, 2, 'minister'), (2, 2, 3, NULL);
                INSERT INTO statement (source_id, person_id, position, text) VALUES (1, 1, 0, 'Un'), (2, 1, 0, 'One'), (3, 2, 0, 'Two');
                INSERT INTO commitment_thread (id, title, topic) VALUES ('trade-doubling', 'Double trade', 'trade');
                INSERT INTO commitment (source_id, position, topic, text, thread_id) VALUES
                    (1, 0, 'trade', 'x', 'trade-doubling'), (2, 0, 'trade', 'y', NULL), (3, 0, 'energy', 'z', NULL);
                INSERT INTO signed_document (source_id, position, title, kind) VALUES (1, 0, 'M', 'memorandum'), (3, 0, 'N', 'agreement');
                """)
        }
        let migrated = try Archive.open(path: path)
        #expect(try migrated.schemaVersion() == all.last?.version)
        #expect(try migrated.check() == [])
        #expect(try rows(migrated, "SELECT * FROM summary_state") == [[.integer(1), .integer(3)]])
        #expect(try rows(migrated, "SELECT person_id, statements, meetings, first_seen, last_seen FROM person_summary ORDER BY 1") == [
            [.integer(1), .integer(2), .integer(1), .text("2024-03-01"), .text("2024-03-01")],
            [.integer(2), .integer(1), .integer(1), .null, .null],
        ])
        #expect(try rows(migrated, "SELECT * FROM topic_summary ORDER BY 1") == [
            [.text("energy"), .integer(1), .integer(1), .null, .null],
            [.text("trade"), .integer(2), .integer(1), .text("2024-03-01"), .text("2024-03-01")],
        ])
        #expect(try rows(migrated, "SELECT * FROM meetings_by_year_pair") == [[.text("2024"), .text("CN-KZ"), .integer(1)]])
        #expect(try rows(migrated, "SELECT * FROM thread_mention") == [
            [.text("trade-doubling"), .text("CN-KZ"), .text("2024-03-01"), .integer(1), .integer(1), .text("2024-03-01"),
             .text("Murat Nurtleu; Wang Yi"), .text("x"), .null, .text("a.txt")],
        ])
        #expect(try rows(migrated, "SELECT * FROM thread_countries") == [[.text("trade-doubling"), .text("CN-KZ"), .integer(1)]])
        #expect(try rows(migrated, "SELECT person_id, meeting_id, date, role, participants FROM person_meeting ORDER BY 1, 2") == [
            [.integer(1), .integer(1), .text("2024-03-01"), .text("ministre"), .text("Murat Nurtleu; Wang Yi")],
            [.integer(2), .integer(1), .text("2024-03-01"), .null, .text("Murat Nurtleu; Wang Yi")],
            [.integer(2), .integer(2), .null, .null, .text("Murat Nurtleu")],
        ])
        // Migration 0010: the search lengths are counted when the archive is opened for writing.
        #expect(try rows(migrated, "SELECT block, length(lengths) FROM statement_lengths") == [[.integer(0), .integer(2048)]])
        #expect(try rows(migrated, "SELECT block, length(lengths) FROM source_lengths") == [[.integer(0), .integer(2048)]])
        #expect(try rows(migrated, "SELECT * FROM documents_by_year_kind ORDER BY 1") == [
            [.text("2024"), .text("memorandum"), .integer(1)], [.text("unknown"), .text("agreement"), .integer(1)],
        ])
    }
}
