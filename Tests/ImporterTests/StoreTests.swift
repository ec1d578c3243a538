import Archive
import SQLiteDB
import TestSupport
import Testing

/// The archive side of an import: atomic sources, people by any spelling,
/// one meeting for several readouts.
@Suite struct StoreTests {
    let folder: TemporaryDirectory
    let archive: Archive

    init() throws {
        folder = try TemporaryDirectory()
        archive = try Archive.open(path: folder.path("store.db"))
    }

    func source(
        sha: Character, language: String = "fr", date: String? = "2025-04-25",
        people: [(String, String?)] = [("Wang Yi", "CN"), ("Murat Nurtleu", "KZ")],
        statements: [(String, String)] = [("Wang Yi", "La Chine et le Kazakhstan sont des partenaires.")]
    ) -> NewSource {
        NewSource(
            location: "mem://\(sha)", sha256: String(repeating: sha, count: 64), language: language,
            title: "Dialogue", publishedAt: nil, body: "Corps du texte",
            meeting: NewMeeting(date: date, place: "Almaty", kind: "strategic_dialogue", countries: ["CN", "KZ"]),
            participants: people.map { NewParticipant(name: $0.0, country: $0.1, role: "ministre") },
            statements: statements.map { NewStatement(speaker: $0.0, text: $0.1) },
            commitments: [NewCommitment(
                text: "doubler le commerce", topic: "trade", thread: "trade-doubling", threadTitle: "Double bilateral trade",
                target: "double", deadline: "soon")],
            documents: [NewDocument(title: "un mémorandum", kind: "memorandum")])
    }

    func count(_ table: String) throws -> Int {
        try archive.connection.scalar("SELECT count(*) FROM \(table)", as: Int.self) ?? -1
    }

    @Test func storesEveryRowOfASource() throws {
        let outcome = try archive.store(source(sha: "a"), importedAt: "2026-01-01T00:00:00Z")
        guard case .imported(_, _, let isNew) = outcome else { Issue.record("not imported: \(outcome)"); return }
        #expect(isNew)
        #expect(try count("source") == 1)
        #expect(try count("meeting") == 1)
        #expect(try count("person") == 2)
        #expect(try count("participation") == 2)
        #expect(try count("statement") == 1)
        #expect(try count("commitment") == 1)
        #expect(try count("commitment_thread") == 1)
        #expect(try count("signed_document") == 1)
        #expect(try count("signed_document_party") == 2)
        #expect(try count("meeting_country") == 2)
    }

    @Test func sameContentTwiceChangesNothing() throws {
        _ = try archive.store(source(sha: "a"), importedAt: "t1")
        let before = try archive.connection.query("SELECT * FROM v_meetings") { $0.values }
        let outcome = try archive.store(source(sha: "a"), importedAt: "t2")
        guard case .unchanged = outcome else { Issue.record("expected unchanged, got \(outcome)"); return }
        #expect(try archive.connection.query("SELECT * FROM v_meetings") { $0.values } == before)
        #expect(try count("source") == 1)
        #expect(try count("statement") == 1)
    }

    @Test func twoReadoutsOfOneMeetingBecomeOneMeetingWithTwoSources() throws {
        _ = try archive.store(source(sha: "a"), importedAt: "t")
        let english = source(
            sha: "b", language: "en", people: [("Wang Yi", "CN"), ("Murat Nourtléou", "KZ")],
            statements: [("Murat Nourtléou", "Kazakhstan regards China as a good neighbour.")])
        let outcome = try archive.store(english, importedAt: "t")
        guard case .imported(_, let meeting, let isNew) = outcome else { Issue.record("\(outcome)"); return }
        #expect(!isNew)
        #expect(meeting == 1)
        #expect(try count("meeting") == 1)
        #expect(try count("person") == 2)
        #expect(try archive.connection.scalar("SELECT sources FROM v_meetings", as: Int.self) == 2)
    }

    @Test func differentDatesStayDifferentMeetings() throws {
        _ = try archive.store(source(sha: "a"), importedAt: "t")
        _ = try archive.store(source(sha: "b", date: "2024-07-03"), importedAt: "t")
        #expect(try count("meeting") == 2)
        #expect(try count("person") == 2)
    }

    // Meetings are found through person_meeting, folded in when a batch
    // begins, and the batch's own list: each test below fails without one of them.

    func meetingOfEverySource() throws -> [Int64] {
        try archive.connection.query("SELECT meeting_id FROM source ORDER BY id") { try $0.get(0, as: Int64.self) }
    }

    @Test func readoutsOfOneMeetingInOneBatchBecomeOneMeeting() throws {
        try archive.importBatch {
            _ = try archive.store(source(sha: "a"), importedAt: "t")
            _ = try archive.store(source(sha: "b", language: "en"), importedAt: "t")
        }
        #expect(try meetingOfEverySource() == [1, 1])
        #expect(try archive.check().isEmpty)
    }

    @Test func aMeetingIsFoundByAPersonItGainedEarlierInTheBatch() throws {
        let wang = [("Wang Yi", "CN")], both = [("Wang Yi", "CN"), ("Murat Nurtleu", "KZ")], murat = [("Murat Nurtleu", "KZ")]
        _ = try archive.store(source(sha: "a", people: wang), importedAt: "t")
        try archive.importBatch {
            // Joins meeting 1 (its one participant is here) and adds Murat Nurtleu to it...
            _ = try archive.store(source(sha: "b", people: both), importedAt: "t")
            // ...who is not in person_meeting until the batch ends.
            _ = try archive.store(source(sha: "c", people: murat), importedAt: "t")
        }
        _ = try archive.store(source(sha: "d", people: murat), importedAt: "t")
        #expect(try meetingOfEverySource() == [1, 1, 1, 1])
        #expect(try count("meeting") == 1)
        #expect(try archive.check().isEmpty)
    }

    @Test func aMeetingWrittenByHandIsMatched() throws {
        let wang = try archive.personID(named: "Wang Yi", country: "CN")
        try archive.connection.execute(
            """
            INSERT INTO meeting (id, date, kind, title) VALUES (7, '2025-04-25', 'talks', 'Entretien');
            INSERT INTO source (id, location, sha256, language, title, body, imported_at, meeting_id)
            VALUES (5, 'by-hand', '\(String(repeating: "f", count: 64))', 'fr', 'Entretien', 'Texte', 't', 7);
            INSERT INTO participation (meeting_id, person_id, source_id) VALUES (7, \(wang), 5);
            """)
        _ = try archive.store(source(sha: "b"), importedAt: "t")
        #expect(try meetingOfEverySource() == [7, 7])
        #expect(try archive.check().isEmpty)
    }

    @Test func theMeetingOfASourceThatFailedIsNeverMatched() throws {
        let people = [("Li Qiang", "CN"), ("Olzhas Bektenov", "KZ")]
        var broken = source(sha: "a", date: "2020-01-01", people: people)
        broken.language = "xx"
        try archive.importBatch {
            #expect(throws: SQLiteError.self) { try archive.store(broken, importedAt: "t") }
            // May take the id of the meeting rolled back, on another day.
            _ = try archive.store(source(sha: "b", date: "2024-07-03", people: people), importedAt: "t")
            _ = try archive.store(source(sha: "c", date: "2020-01-01", people: people), importedAt: "t")
        }
        #expect(try meetingOfEverySource() == [1, 2])
        #expect(try archive.connection.scalar("SELECT date FROM meeting WHERE id = 2", as: String.self) == "2020-01-01")
        #expect(try archive.check().isEmpty)
    }

    @Test func aSourceThatFailsLeavesNoRowBehind() throws {
        _ = try archive.store(source(sha: "a"), importedAt: "t")
        var broken = source(sha: "b", date: "2020-01-01", people: [("Li Qiang", "CN"), ("Olzhas Bektenov", "KZ")])
        broken.language = "xx"  // refused by the CHECK on source.language, after people and meeting were written
        try archive.connection.transaction {
            #expect(throws: SQLiteError.self) { try archive.store(broken, importedAt: "t") }
        }
        #expect(try count("source") == 1)
        #expect(try count("meeting") == 1)
        #expect(try count("person") == 2)
        #expect(try archive.connection.scalar("PRAGMA integrity_check", as: String.self) == "ok")
    }

    // MARK: A batch in one go (storeBatch)

    @Test func aBatchInOneGoMatchesMeetingsAsSourceBySourceDoes() throws {
        let outcomes = try archive.storeBatch(
            [source(sha: "a"), source(sha: "b", language: "en"), source(sha: "a")], importedAt: "t")
        #expect(outcomes.map { try? $0.get() } == [
            .imported(sourceID: 1, meetingID: 1, isNewMeeting: true),
            .imported(sourceID: 2, meetingID: 1, isNewMeeting: false),
            .unchanged(sourceID: 1),
        ])
        #expect(try meetingOfEverySource() == [1, 1])
        #expect(try archive.check().isEmpty)
    }

    @Test func aSourceThatFailsInABatchLeavesNothingAndTheOthersAreStored() throws {
        let people = [("Li Qiang", "CN"), ("Olzhas Bektenov", "KZ")]
        var broken = source(sha: "b", date: "2020-01-01", people: people,
                            statements: [("Li Qiang", "Une phrase introuvable ailleurs.")])
        broken.language = "xx"  // refused by the CHECK on source.language, after people and meeting were written
        var last = source(sha: "c", date: "2020-01-01", people: people,
                          statements: [("Li Qiang", "Le corridor transcaspien avance.")])
        last.body = "Texte sur le corridor"
        let outcomes = try archive.storeBatch([source(sha: "a"), broken, last], importedAt: "t")
        #expect(outcomes.map { (try? $0.get()) != nil } == [true, false, true])
        guard case .failure(let error) = outcomes[1] else { return }
        #expect("\(error)".contains("CHECK constraint failed"))
        #expect(try meetingOfEverySource() == [1, 2])
        #expect(try archive.connection.scalar("SELECT date FROM meeting WHERE id = 2", as: String.self) == "2020-01-01")
        #expect(try count("person") == 4)
        #expect(try matches("statement_fts", "introuvable") == 0)
        #expect(try matches("statement_fts", "transcaspien") == 1)
        #expect(try matches("source_fts", "corridor") == 1)
        try verifySearchIndex(archive.connection)
        #expect(try archive.check().isEmpty)
    }

    @Test func singleNameFindsTheOnePersonWhoBearsIt() throws {
        let full = try archive.personID(named: "Kassym-Jomart Tokaïev", country: "KZ")
        #expect(try archive.personID(named: "Tokayev", country: nil) == full)
        #expect(try archive.personID(named: "KASSYM-JOMART TOKAYEV", country: "KZ") == full)
        #expect(try count("person") == 1)
        #expect(try count("person_alias") == 2)
    }

    @Test func aPersonFirstSeenWithoutCountryGetsItLaterAndKeepsIt() throws {
        _ = try archive.store(source(sha: "a", people: [("Wang Yi", nil), ("Murat Nurtleu", "KZ")]), importedAt: "t")
        let country = { try self.archive.connection.scalar("SELECT country_code FROM person WHERE name = 'Wang Yi'", as: String.self) }
        #expect(try country() == nil)
        _ = try archive.store(source(sha: "b", date: "2025-05-01", people: [("Wang Yi", "CN")]), importedAt: "t")
        #expect(try country() == "CN")
        _ = try archive.store(source(sha: "c", date: "2025-06-01", people: [("Wang Yi", "KZ")]), importedAt: "t")
        #expect(try country() == "CN")
        #expect(try count("person") == 2)
    }

    @Test func unknownCountryCodeIsAddedNotRefused() throws {
        var visit = source(sha: "c")
        visit.meeting.countries = ["CN", "ZW"]
        _ = try archive.store(visit, importedAt: "t")
        #expect(try archive.connection.scalar("SELECT name_en FROM country WHERE code = 'ZW'", as: String.self) == "ZW")
    }

    // MARK: Search index per batch

    func matches(_ table: String, _ query: String) throws -> Int {
        try archive.connection.scalar("SELECT count(*) FROM \(table) WHERE \(table) MATCH ?", [query], as: Int.self) ?? -1
    }

    @Test func aBatchIndexesWhatItStoredAndOnlyThat() throws {
        _ = try archive.store(source(sha: "a"), importedAt: "t")
        var broken = source(sha: "b", date: "2020-01-01", statements: [("Li Qiang", "Une phrase introuvable ailleurs.")])
        broken.language = "xx"
        var second = source(sha: "c", date: "2021-02-02", statements: [("Wang Yi", "Le corridor transcaspien avance.")])
        second.body = "Texte sur le corridor"
        try archive.importBatch {
            #expect(throws: SQLiteError.self) { try archive.store(broken, importedAt: "t") }
            _ = try archive.store(second, importedAt: "t")
        }
        #expect(try matches("statement_fts", "partenaires") == 1)
        #expect(try matches("statement_fts", "transcaspien") == 1)
        #expect(try matches("statement_fts", "introuvable") == 0)
        #expect(try matches("source_fts", "corridor") == 1)
        #expect(try count("search_index_pending") == 0)
        try verifySearchIndex(archive.connection)
        #expect(try archive.check().isEmpty)
    }

    @Test func aBatchThatFailsIndexesNothing() throws {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try archive.importBatch {
                _ = try archive.store(source(sha: "a"), importedAt: "t")
                throw Stop()
            }
        }
        #expect(try count("source") == 0)
        #expect(try count("search_index_pending") == 0)
        #expect(try matches("statement_fts", "partenaires") == 0)
        try verifySearchIndex(archive.connection)
    }

    @Test func rowsWrittenOutsideBilatAreStillIndexedRowByRow() throws {
        _ = try archive.store(source(sha: "a"), importedAt: "t")
        try archive.connection.execute(
            "INSERT INTO statement (source_id, person_id, position, text) VALUES (1, 1, 9, 'Ajout manuel au dossier')")
        #expect(try matches("statement_fts", "manuel") == 1)
        try verifySearchIndex(archive.connection)
    }

    @Test func aCommittedPendingIndexIsReportedByCheck() throws {
        _ = try archive.store(source(sha: "a"), importedAt: "t")
        try archive.connection.execute(
            "INSERT INTO search_index_pending (id, sources_after, statements_after) VALUES (1, 0, 0)")
        let problems = try archive.check()
        #expect(problems.map(\.check) == ["search index is complete"])
    }
}
