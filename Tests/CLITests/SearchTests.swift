import Archive
import CorpusGenerator
import Foundation
import Reports
import SQLiteDB
import TestSupport
import Testing

/// `bilat search` gives the rows, in the order, of the one query that did the
/// whole search before it was made faster; and fails as it did.
@Suite(.serialized) struct SearchTests {
    /// The search as it was (Queries.search, before issue 7).
    static let oldSearch = """
        SELECT kind, date, who, snippet, meeting FROM (
            SELECT 'statement' AS kind, s.date, s.speaker AS who, hit.snippet, s.meeting_id AS meeting, hit.rank
            FROM (SELECT rowid, snippet(statement_fts, 0, '[', ']', '…', 12) AS snippet, rank
                  FROM statement_fts WHERE statement_fts MATCH ?1 ORDER BY rank LIMIT ?2) AS hit
            JOIN v_statements s ON s.statement_id = hit.rowid
            UNION ALL
            SELECT 'source', m.date, src.location, hit.snippet, src.meeting_id, hit.rank
            FROM (SELECT rowid, snippet(source_fts, 1, '[', ']', '…', 12) AS snippet, rank
                  FROM source_fts WHERE source_fts MATCH ?1 ORDER BY rank LIMIT ?2) AS hit
            JOIN source src ON src.id = hit.rowid JOIN meeting m ON m.id = src.meeting_id
        )
        ORDER BY rank, date, kind
        LIMIT ?2
        """

    static let queries = [
        "trade", "coopération énergétique", "echanges", "energy OR trade", "trad*", "\"two-way trade\"",
        "trade NOT growing", "NEAR(trade growing, 3)", "Tokayev", "absent",
    ]

    /// 300 generated press releases imported by the CLI, three meetings made
    /// undated: the generator repeats its sentences, so many hits tie on rank,
    /// and on rank and date.
    static func archive() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        var generator = CorpusGenerator(seed: 11)
        for index in 0..<300 {
            try Data(generator.document(index: index).utf8)
                .write(to: corpus.appendingPathComponent(String(format: "doc-%04d.txt", index)))
        }
        let run = try bilat(["import", "--db", "bilat.db", "corpus"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let db = try Connection(path: folder.path("bilat.db"))
        try db.execute("UPDATE meeting SET date = NULL WHERE id IN (SELECT id FROM meeting ORDER BY id LIMIT 3)")
        return folder
    }

    @Test func searchGivesTheRowsAndOrderOfTheQueryItReplaced() throws {
        let folder = try Self.archive()
        let path = folder.path("bilat.db")
        let oracle = try Connection(path: path, mode: .readOnly)
        // Read-only: ranked on two connections at once; writable: on its own connection.
        for archive in [try Archive.openReadOnly(path: path), try Archive.open(path: path)] {
            for query in Self.queries {
                for limit in [0, 1, 7, 50, 100_000] {
                    let expected = try ResultTable(statement: oracle.prepare(Self.oldSearch), arguments: [query, limit])
                    let found = try Queries(archive: archive).search(query, limit: limit)
                    #expect(found == expected, "\(query) --limit \(limit), read-only: \(archive.connection.isReadOnly)")
                }
            }
        }
    }

    @Test func blocksOfLengthsMissingChangeNothing() throws {
        let folder = try Self.archive()
        let path = folder.path("bilat.db")
        // As after hand edits (migration 0010's triggers): FTS5 gives the lengths of these rows.
        try Connection(path: path).execute("DELETE FROM statement_lengths WHERE block = 0; DELETE FROM source_lengths")
        let oracle = try Connection(path: path, mode: .readOnly)
        for query in Self.queries {
            let expected = try ResultTable(statement: oracle.prepare(Self.oldSearch), arguments: [query, 50])
            #expect(try Queries(archive: Archive.openReadOnly(path: path)).search(query, limit: 50) == expected, "\(query)")
        }
    }

    @Test func aLimitOfZeroReadsNothingAsBefore() throws {
        let folder = try Self.archive()
        let path = folder.path("bilat.db")
        let oracle = try Connection(path: path, mode: .readOnly)
        for query in ["trade", "trade AND"] {
            let expected = try ResultTable(statement: oracle.prepare(Self.oldSearch), arguments: [query, 0])
            #expect(try Queries(archive: Archive.openReadOnly(path: path)).search(query, limit: 0) == expected)
        }
    }

    @Test func badQueriesFailAsBefore() throws {
        let folder = try Self.archive()
        let path = folder.path("bilat.db")
        let oracle = try Connection(path: path, mode: .readOnly)
        for query in ["trade AND", "", "body: trade", "\"unclosed"] {
            let old = try #require(throws: SQLiteError.self) {
                try ResultTable(statement: oracle.prepare(Self.oldSearch), arguments: [query, 50])
            }
            let new = try #require(throws: ReportError.self) { try Queries(archive: Archive.openReadOnly(path: path)).search(query) }
            #expect(new == .badSearch(query: query, reason: old.message))
        }
    }
}
