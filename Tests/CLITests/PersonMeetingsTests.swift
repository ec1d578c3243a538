import Archive
import Foundation
import Reports
import SQLiteDB
import TestSupport
import Testing

/// reports/person-meetings.sql reads person_meeting (migrations 0009 and 0011)
/// and gives the rows and roles of a recount from the participations, each
/// person's meetings in turn, in date order, without sorting them.
@Suite struct PersonMeetingsTests {
    /// The report from the base tables (as before migration 0008, with the
    /// person's name, ordered by person since migration 0011).
    static let recount = """
        SELECT p.name AS person, m.date, m.kind, m.place, pa.role, m.participants, m.meeting_id AS meeting
        FROM (SELECT min(rowid) AS first FROM participation
              WHERE person_id IN (SELECT person_id FROM person_alias WHERE spelling LIKE '%' || :person || '%')
              GROUP BY person_id, meeting_id) AS found
        JOIN participation pa ON pa.rowid = found.first
        JOIN person p ON p.id = pa.person_id
        JOIN meeting_summary m ON m.meeting_id = pa.meeting_id
        ORDER BY pa.person_id, m.date, m.meeting_id
        """

    static func source(_ sha: Character, date: String?, people: [(name: String, country: String, role: String?)]) -> NewSource {
        NewSource(
            location: "mem://\(sha)", sha256: String(repeating: sha, count: 64), language: "fr", title: "Entretien \(sha)",
            publishedAt: nil, body: "Corps \(sha)", meeting: NewMeeting(date: date, place: "Astana", kind: "talks", countries: ["CN", "KZ"]),
            participants: people.map { NewParticipant(name: $0.name, country: $0.country, role: $0.role) },
            statements: [], commitments: [], documents: [])
    }

    @Test func theRoleIsTheFirstSourcesAndTheRowsAreTheOldReports() throws {
        let folder = try TemporaryDirectory()
        let archive = try Archive.open(path: folder.path("a.db"))
        let sources = [
            // Two sources of one meeting: the first one's role wins, though it sorts last.
            Self.source("a", date: "2024-03-01", people: [("Wang Yi", "CN", "zz ministre"), ("Kassym-Jomart Tokayev", "KZ", "président")]),
            Self.source("b", date: "2024-03-01", people: [("Wang Yi", "CN", "aa ministre"), ("Kassym-Jomart Tokayev", "KZ", "président")]),
            // Two Wangs at one meeting: each in their own turn.
            Self.source("c", date: "2023-05-05", people: [("Wang Yi", "CN", nil), ("Wang Wentao", "CN", "ministre du Commerce")]),
            Self.source("d", date: nil, people: [("Wang Wentao", "CN", "ministre"), ("Kassym-Jomart Tokayev", "KZ", nil)]),
            Self.source("e", date: "2025-01-01", people: [("Kassym-Jomart Tokayev", "KZ", "président")]),
        ]
        for source in sources { _ = try archive.store(source, importedAt: "2025-01-01T00:00:00Z") }
        let report = try #require(CannedReport.all(userFolder: folder.path("none")).first { $0.name == "person-meetings" })
        for person in ["Wang", "Wang Yi", "Tokayev", "nobody"] {
            let recount = try archive.connection.prepare(Self.recount)
            try recount.bind(person, named: "person")
            let expected = try ResultTable(statement: recount)
            let found = try report.run(on: archive.connection, values: ["person": person])
            #expect(found == expected, "\(person)")
        }
        let wang = try report.run(on: archive.connection, values: ["person": "Wang"])
        #expect(wang.rows.map { [$0[0], $0[1], $0[4]] } == [
            [.text("Wang Yi"), .text("2023-05-05"), .null], [.text("Wang Yi"), .text("2024-03-01"), .text("zz ministre")],
            [.text("Wang Wentao"), .null, .text("ministre")], [.text("Wang Wentao"), .text("2023-05-05"), .text("ministre du Commerce")],
        ])
    }

    @Test func theReportReadsItsRowsFromPersonMeeting() throws {
        let folder = try TemporaryDirectory()
        let archive = try Archive.open(path: folder.path("a.db"))
        let report = try #require(CannedReport.all(userFolder: folder.path("none")).first { $0.name == "person-meetings" })
        let plan = try archive.connection.query("EXPLAIN QUERY PLAN " + report.sql.replacingOccurrences(of: ":person", with: "'Wang'")) {
            try $0.get(3, as: String.self)
        }
        // One range of person_meeting per person found, already in order: no lookup per row, no sort.
        #expect(plan.contains { $0.contains("SEARCH pm USING PRIMARY KEY (person_id=?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        #expect(!plan.contains { $0.contains("meeting_summary") || $0.contains("participation") }, "\(plan)")
    }
}
