import Archive
import Foundation
import SQLiteDB

/// Filters of `bilat meetings`.
public struct MeetingFilter: Sendable {
    public var country: String?
    public var person: String?
    public var kind: String?
    public var since: String?
    public var until: String?
    /// At most this many meetings, the latest ones; nil for all.
    public var limit: Int?

    public init(
        country: String? = nil, person: String? = nil, kind: String? = nil, since: String? = nil, until: String? = nil,
        limit: Int? = nil
    ) {
        self.limit = limit
        self.country = country
        self.person = person
        self.kind = kind
        self.since = since
        self.until = until
    }
}

/// Filters of `bilat commitments`.
public struct CommitmentFilter: Sendable {
    public var topic: String?
    public var thread: String?
    public var country: String?

    public init(topic: String? = nil, thread: String? = nil, country: String? = nil) {
        self.topic = topic
        self.thread = thread
        self.country = country
    }
}

/// Which figures `bilat figures` lists.
public struct FigureFilter: Sendable {
    /// Exact unit ("billion USD", "%").
    public var unit: String?
    /// A year matches its parts too: "2025" lists 2025-H1.
    public var period: String?
    public var meeting: Int64?
    public var country: String?
    /// Words the sentence must contain, blind to case and accents.
    public var about: String?

    public init(unit: String? = nil, period: String? = nil, meeting: Int64? = nil, country: String? = nil, about: String? = nil) {
        self.unit = unit
        self.period = period
        self.meeting = meeting
        self.country = country
        self.about = about
    }
}

/// A titled part of a longer report (`bilat meeting ID`).
public struct ReportSection: Sendable {
    public let title: String
    public let table: ResultTable
}

/// The questions users ask the archive, as read-only queries over its views.
public struct Queries {
    let connection: Connection

    public init(archive: Archive) {
        connection = archive.connection
    }

    private func table(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> ResultTable {
        try ResultTable(statement: connection.prepare(sql), arguments: arguments)
    }

    /// The timeline: one row per meeting, oldest first (undated last); with a
    /// limit, the latest meetings, still oldest first.
    ///
    /// Reads meeting_summary (v_meetings stored, see migration 0006): its index
    /// in timeline order lets a limit stop after the latest meetings.
    public func meetings(_ filter: MeetingFilter) throws -> ResultTable {
        var personIDs: [Int64]?
        if let person = filter.person { personIDs = try resolvePeople(person) }
        let idList = personIDs.map { $0.map(String.init).joined(separator: ",") }
        return try table(
            """
            SELECT * FROM (
            SELECT m.meeting_id AS id, m.date, m.kind, m.place, m.countries, m.participants, m.sources
            FROM meeting_summary m
            WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM meeting_country c WHERE c.meeting_id = m.meeting_id AND c.country_code = upper(?1)))
              AND (?2 IS NULL OR m.kind = ?2)
              AND (?3 IS NULL OR m.date >= ?3)
              AND (?4 IS NULL OR m.date <= ?4)
              AND (?5 IS NULL OR EXISTS (SELECT 1 FROM participation p WHERE p.meeting_id = m.meeting_id
                                         AND instr(',' || ?5 || ',', ',' || p.person_id || ',') > 0))
            ORDER BY m.date IS NULL DESC, m.date DESC, m.meeting_id DESC
            LIMIT coalesce(?6, -1)
            ) ORDER BY date IS NULL, date, id
            """,
            [filter.country, filter.kind, filter.since, filter.until, idList, filter.limit])
    }

    /// One meeting in full: its sources, participants, statements, commitments, documents and figures.
    public func meeting(id: Int64) throws -> [ReportSection] {
        let summary = try table(
            "SELECT meeting_id AS id, date, kind, place, countries, title FROM v_meetings WHERE meeting_id = ?", [id])
        if summary.rows.isEmpty {
            let latest = try connection.scalar("SELECT max(id) FROM meeting", as: Int64.self)
            throw ReportError.notFound(
                what: "meeting", name: String(id),
                suggestion: latest.map { "; meeting ids run from 1 to \($0) (bilat meetings lists them)" } ?? "; the archive holds no meeting yet")
        }
        return [
            ReportSection(title: "Meeting", table: summary),
            ReportSection(title: "Sources", table: try table(
                "SELECT id, language, published_at, location, title FROM source WHERE meeting_id = ? ORDER BY id", [id])),
            ReportSection(title: "Participants", table: try table(
                """
                SELECT p.name, p.country_code AS country, group_concat(DISTINCT pa.role) AS role
                FROM participation pa JOIN person p ON p.id = pa.person_id
                WHERE pa.meeting_id = ? GROUP BY p.id ORDER BY min(pa.rowid)
                """, [id])),
            ReportSection(title: "Statements", table: try table(
                "SELECT speaker, text FROM v_statements WHERE meeting_id = ? ORDER BY source_id, position", [id])),
            ReportSection(title: "Commitments", table: try table(
                "SELECT topic, thread, deadline, text FROM v_commitments WHERE meeting_id = ? ORDER BY source_id, commitment_id", [id])),
            ReportSection(title: "Signed documents", table: try table(
                "SELECT kind, title, parties FROM v_documents WHERE meeting_id = ? ORDER BY source_id, document_id", [id])),
            ReportSection(title: "Figures", table: try table(
                "SELECT figure_id AS id, text, value, unit, period FROM v_figures WHERE meeting_id = ? ORDER BY source_id, figure_id", [id])),
        ]
    }

    /// Everyone, with their number of meetings, first and last seen, and roles.
    public func people(country: String?) throws -> ResultTable {
        try table(
            """
            SELECT p.name, p.country_code AS country, count(DISTINCT pa.meeting_id) AS meetings,
                   min(m.date) AS first_seen, max(m.date) AS last_seen,
                   (SELECT group_concat(role, ' / ') FROM (SELECT DISTINCT pa2.role FROM participation pa2
                        JOIN meeting m2 ON m2.id = pa2.meeting_id
                        WHERE pa2.person_id = p.id AND pa2.role IS NOT NULL ORDER BY m2.date)) AS roles
            FROM person p
            LEFT JOIN participation pa ON pa.person_id = p.id
            LEFT JOIN meeting m ON m.id = pa.meeting_id
            WHERE (?1 IS NULL OR p.country_code = upper(?1))
            GROUP BY p.id
            ORDER BY meetings DESC, p.name
            """, [country])
    }

    /// One person found by any spelling: their spellings, then their meetings.
    public func person(named name: String) throws -> [ReportSection] {
        let ids = try resolvePeople(name)
        var sections: [ReportSection] = []
        for id in ids {
            sections.append(ReportSection(title: "Person", table: try table(
                """
                SELECT p.name, p.country_code AS country,
                       (SELECT group_concat(spelling, ', ') FROM person_alias WHERE person_id = p.id) AS spellings
                FROM person p WHERE p.id = ?
                """, [id])))
            sections.append(ReportSection(title: "Meetings", table: try table(
                """
                SELECT m.meeting_id AS id, m.date, m.kind, m.place, group_concat(DISTINCT pa.role) AS role, m.participants
                FROM participation pa JOIN v_meetings m ON m.meeting_id = pa.meeting_id
                WHERE pa.person_id = ? GROUP BY m.meeting_id ORDER BY m.date IS NULL, m.date, m.meeting_id
                """, [id])))
            sections.append(ReportSection(title: "Statements", table: try table(
                "SELECT date, text FROM v_statements WHERE speaker = (SELECT name FROM person WHERE id = ?) ORDER BY date, statement_id",
                [id])))
        }
        return sections
    }

    /// Commitments by thread (or text when no thread), with first made, last mentioned and mentions.
    public func commitments(_ filter: CommitmentFilter) throws -> ResultTable {
        if let thread = filter.thread {
            let known = try connection.query("SELECT id FROM commitment_thread ORDER BY id") { try $0.get(0, as: String.self) }
            if !known.contains(thread) {
                throw ReportError.notFound(what: "thread", name: thread, suggestion: Suggestions.phrase(for: thread, among: known))
            }
        }
        return try table(
            """
            SELECT coalesce(c.thread, '-') AS thread, c.topic, min(c.date) AS first_made, max(c.date) AS last_mentioned,
                   count(*) AS mentions, max(c.deadline) AS deadline,
                   CASE WHEN c.thread IS NULL THEN c.text ELSE coalesce(t.title, c.text) END AS commitment
            FROM v_commitments c
            LEFT JOIN commitment_thread t ON t.id = c.thread
            WHERE (?1 IS NULL OR c.topic = ?1)
              AND (?2 IS NULL OR c.thread = ?2)
              AND (?3 IS NULL OR EXISTS (SELECT 1 FROM meeting_country mc WHERE mc.meeting_id = c.meeting_id AND mc.country_code = upper(?3)))
            GROUP BY coalesce(c.thread, 'id:' || c.commitment_id)
            ORDER BY mentions DESC, first_made, thread, commitment
            """, [filter.topic, filter.thread, filter.country])
    }

    /// Figures the texts report, in order of meeting and text.
    public func figures(_ filter: FigureFilter) throws -> ResultTable {
        let all = try table(
            """
            SELECT figure_id AS id, date, text, value, unit, period, sentence, meeting_id AS meeting
            FROM v_figures f
            WHERE (?1 IS NULL OR unit = ?1)
              AND (?2 IS NULL OR period = ?2 OR period LIKE ?2 || '-%')
              AND (?3 IS NULL OR meeting_id = ?3)
              AND (?4 IS NULL OR EXISTS (SELECT 1 FROM meeting_country mc WHERE mc.meeting_id = f.meeting_id AND mc.country_code = upper(?4)))
            ORDER BY date IS NULL, date, source_id, figure_id
            """, [filter.unit, filter.period, filter.meeting, filter.country])
        guard let about = filter.about else { return all }
        let words = about.split(separator: " ").map { Self.fold(String($0)) }
        let sentence = all.columns.firstIndex(of: "sentence")!
        return ResultTable(columns: all.columns, rows: all.rows.filter { row in
            guard case .text(let text) = row[sentence] else { return false }
            let folded = Self.fold(text)
            return words.allSatisfy { folded.contains($0) }
        })
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The register of signed documents.
    public func documents() throws -> ResultTable {
        try table(
            """
            SELECT date, kind, title, parties, meeting_id AS meeting
            FROM v_documents ORDER BY date IS NULL, date, document_id
            """)
    }

    // MARK: People

    /// The ids of the people a name designates, by key, then by part of a spelling.
    func resolvePeople(_ name: String) throws -> [Int64] {
        let key = PersonKey.make(name)
        let exact = try connection.query("SELECT DISTINCT person_id FROM person_alias WHERE name_key = ?", [key]) {
            try $0.get(0, as: Int64.self)
        }
        if !exact.isEmpty { return exact }
        let tokens = PersonKey.tokens(of: name)
        if !tokens.isEmpty {
            var candidates: Set<Int64>?
            for token in tokens {
                let ids = Set(try connection.query(
                    "SELECT person_id FROM person_alias WHERE (' ' || name_key || ' ') LIKE ('% ' || ? || ' %')", [token]
                ) { try $0.get(0, as: Int64.self) })
                candidates = candidates.map { $0.intersection(ids) } ?? ids
            }
            if let candidates, !candidates.isEmpty { return candidates.sorted() }
        }
        let names = try connection.query("SELECT DISTINCT spelling FROM person_alias") { try $0.get(0, as: String.self) }
        throw ReportError.notFound(what: "person", name: name, suggestion: Suggestions.phrase(for: name, among: names))
    }
}
