import Archive
import Foundation
import Reports
import SQLiteDB
import TestSupport
import Testing

/// reports/person-meetings.sql reads person_meeting (migration 0009) and still
/// gives the rows, order and roles of the queries it replaced.
@Suite struct PersonMeetingsTests {
    /// The report as it was before migration 0008.
    static let oldReport = """
        SELECT m.date, m.kind, m.place, pa.role, m.participants, m.meeting_id AS meeting
        FROM (SELECT min(rowid) AS first FROM participation
              WHERE person_id IN (SELECT person_id FROM person_alias WHERE spelling LIKE '%' || :person || '%')
              GROUP BY person_id, meeting_id) AS found
        JOIN participation pa ON pa.rowid = found.first
        JOIN meeting_summary m ON m.meeting_id = pa.meeting_id
        ORDER BY m.date, m.meeting_id, pa.person_id
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
            // Two Wangs at one meeting: ordered by person.
            Self.source("c", date: "2023-05-05", people: [("Wang Yi", "CN", nil), ("Wang Wentao", "CN", "ministre du Commerce")]),
            Self.source("d", date: nil, people: [("Wang Wentao", "CN", "ministre"), ("Kassym-Jomart Tokayev", "KZ", nil)]),
            Self.source("e", date: "2025-01-01", people: [("Kassym-Jomart Tokayev", "KZ", "président")]),
        ]
        for source in sources { _ = try archive.store(source, importedAt: "2025-01-01T00:00:00Z") }
        let report = try #require(CannedReport.all(userFolder: folder.path("none")).first { $0.name == "person-meetings" })
        for person in ["Wang", "Wang Yi", "Tokayev", "nobody"] {
            let old = try archive.connection.prepare(Self.oldReport)
            try old.bind(person, named: "person")
            let expected = try ResultTable(statement: old)
            let found = try report.run(on: archive.connection, values: ["person": person])
            #expect(found == expected, "\(person)")
        }
        let wang = try report.run(on: archive.connection, values: ["person": "Wang Yi"])
        #expect(wang.rows.map { $0[3] } == [.null, .text("zz ministre")])
    }

    @Test func theReportReadsItsRowsFromPersonMeeting() throws {
        let folder = try TemporaryDirectory()
        let archive = try Archive.open(path: folder.path("a.db"))
        let report = try #require(CannedReport.all(userFolder: folder.path("none")).first { $0.name == "person-meetings" })
        let plan = try archive.connection.query("EXPLAIN QUERY PLAN " + report.sql.replacingOccurrences(of: ":person", with: "'Wang'")) {
            try $0.get(3, as: String.self)
        }
        // One range of person_meeting per person found, and no lookup per row.
        #expect(plan.contains { $0.contains("SEARCH person_meeting USING PRIMARY KEY (person_id=?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("meeting_summary") || $0.contains("participation") }, "\(plan)")
    }
}
