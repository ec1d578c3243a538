import SQLiteDB
import Testing

/// `Connection.bestMatches` gives FTS5's own `ORDER BY rank` answer: the same
/// rows, in the same order, with the same bm25 scores to the bit.
@Suite struct FullTextTests {
    /// Two columns of words drawn from a small vocabulary with a fixed seed:
    /// many rows share a score, so the order of ties is tested too.
    static func table() throws -> Connection {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE VIRTUAL TABLE doc USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2')")
        let words = ["trade", "échanges", "energy", "coopération", "énergétique", "growing", "two-way", "partners",
                     "stronger", "visit", "the", "of", "and"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func text(_ length: Int) -> String { (0..<length).map { _ in words[next(words.count)] }.joined(separator: " ") }
        try db.transaction {
            for _ in 0..<600 {
                try db.execute("INSERT INTO doc (title, body) VALUES (?, ?)", [text(1 + next(4)), text(2 + next(30))])
            }
        }
        return db
    }

    static let queries = [
        "trade", "echanges", "cooperation energetique", "energy OR trade", "trade NOT growing", "\"two-way trade\"",
        "NEAR(trade partners, 2)", "trad*", "title: trade", "{title body}: energy visit", "absent",
    ]

    func expected(_ db: Connection, _ query: String, limit: Int) throws -> [FullTextHit] {
        try db.query("SELECT rowid, rank FROM doc WHERE doc MATCH ? ORDER BY rank LIMIT ?", [query, limit]) {
            FullTextHit(rowid: try $0.get(0), rank: try $0.get(1))
        }
    }

    @Test func bestMatchesAreFTS5sRankOrderToTheBit() throws {
        let db = try Self.table()
        for query in Self.queries {
            for limit in [0, 1, 5, 50, -1] {
                let found = try db.bestMatches(in: "doc", for: query, limit: limit)
                let expected = try expected(db, query, limit: limit)
                #expect(found == expected, "\(query) limit \(limit)")
                #expect(found.map(\.rank.bitPattern) == expected.map(\.rank.bitPattern), "\(query) limit \(limit)")
            }
        }
    }

    @Test func theBestOfTwoHalvesAreTheBestOfTheWhole() throws {
        let db = try Self.table()
        for query in Self.queries {
            let low = try db.bestMatches(in: "doc", for: query, limit: 20, rowids: Int64.min...300)
            let high = try db.bestMatches(in: "doc", for: query, limit: 20, rowids: 301...Int64.max)
            #expect(low.allSatisfy { $0.rowid <= 300 } && high.allSatisfy { $0.rowid > 300 })
            let merged = Array((low + high).sorted(by: FullTextHit.ranksBefore).prefix(20))
            #expect(merged == (try expected(db, query, limit: 20)), "\(query)")
        }
    }

    @Test func statisticsReadOnceRankEveryPartAsTheWhole() throws {
        let db = try Self.table()
        for query in Self.queries {
            let statistics = try db.fullTextStatistics(of: "doc", for: query)
            #expect((statistics == nil) == (try expected(db, query, limit: 1).isEmpty), "\(query)")
            guard let statistics else { continue }
            let parts = [Int64.min...150, 151...400, 401...Int64.max].map { rowids in
                try? db.bestMatches(in: "doc", for: query, limit: 20, rowids: rowids, statistics: statistics)
            }
            let merged = Array(parts.flatMap { $0 ?? [] }.sorted(by: FullTextHit.ranksBefore).prefix(20))
            let expected = try expected(db, query, limit: 20)
            #expect(merged == expected, "\(query)")
            #expect(merged.map(\.rank.bitPattern) == expected.map(\.rank.bitPattern), "\(query)")
        }
    }

    @Test func queryErrorsAreFTS5s() throws {
        let db = try Self.table()
        for query in ["trade AND", "", "nosuchcolumn: trade", "\"unclosed"] {
            let old = try #require(throws: SQLiteError.self) { try expected(db, query, limit: 5) }
            let new = try #require(throws: SQLiteError.self) { try db.bestMatches(in: "doc", for: query, limit: 5) }
            #expect(new.extendedCode == old.extendedCode)
            #expect(new.message == old.message)
            let statistics = try #require(throws: SQLiteError.self) { try db.fullTextStatistics(of: "doc", for: query) }
            #expect(statistics.message == old.message)
        }
    }
}
