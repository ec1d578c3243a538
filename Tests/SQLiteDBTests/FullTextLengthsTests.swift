import SQLiteDB
import Testing

/// Ranking with packed lengths (`FullTextLengths`) gives FTS5's own answer,
/// whichever blocks are missing; the blocks say what `_docsize` says.
@Suite struct FullTextLengthsTests {
    static let lengths = FullTextLengths(index: "doc", table: "doc_lengths")

    /// Rows every fifth rowid up to 3,000 (blocks 0–2), none in block 3, and
    /// in block 4 one row too long for a block to hold its length.
    static func table() throws -> Connection { try tableAndLengths().db }

    /// The table, and the length in words of each row written.
    static func tableAndLengths() throws -> (db: Connection, words: [Int64: Int]) {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE VIRTUAL TABLE doc USING fts5 (title, body)")
        try db.execute("CREATE TABLE doc_lengths (block INTEGER PRIMARY KEY, lengths BLOB NOT NULL) STRICT")
        let words = ["trade", "energy", "partners", "stronger", "visit", "the", "of", "and"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func text(_ length: Int) -> String { (0..<length).map { _ in words[next(words.count)] }.joined(separator: " ") }
        var lengths: [Int64: Int] = [5000: 70_001]
        try db.transaction {
            for row in 1...600 {
                let (title, body) = (1 + next(3), next(40))
                try db.execute("INSERT INTO doc (rowid, title, body) VALUES (?, ?, ?)", [row * 5, text(title), text(body)])
                lengths[Int64(row * 5)] = title + body
            }
            try db.execute(
                "INSERT INTO doc (rowid, title, body) VALUES (5000, 'trade', ?)",
                [String(repeating: "energy ", count: 70_000)])
        }
        return (db, lengths)
    }

    func expected(_ db: Connection, _ query: String, limit: Int) throws -> [FullTextHit] {
        try db.query("SELECT rowid, rank FROM doc WHERE doc MATCH ? ORDER BY rank LIMIT ?", [query, limit]) {
            FullTextHit(rowid: try $0.get(0), rank: try $0.get(1))
        }
    }

    func blocks(_ db: Connection) throws -> [Int64] {
        try db.query("SELECT block FROM doc_lengths ORDER BY block") { try $0.get(0) }
    }

    @Test func missingBlocksAreTheBlocksOfRows() throws {
        let db = try Self.table()
        #expect(try db.writeMissingBlocks(of: Self.lengths) == 4)
        #expect(try blocks(db) == [0, 1, 2, 4])
        #expect(try db.writeMissingBlocks(of: Self.lengths) == 0)
        try db.execute("DELETE FROM doc_lengths WHERE block IN (1, 2)")
        #expect(try db.writeMissingBlocks(of: Self.lengths) == 2)
        #expect(try db.staleBlocks(of: Self.lengths).isEmpty)
        // A rowid far beyond the others: one block more, not a billion.
        try db.execute("INSERT INTO doc (rowid, title, body) VALUES (?, 'trade', 'trade energy')", [Int64(1) << 40])
        #expect(try db.writeMissingBlocks(of: Self.lengths) == 1)
        #expect(try blocks(db) == [0, 1, 2, 4, 1 << 30])
        #expect(try db.staleBlocks(of: Self.lengths).isEmpty)
        for query in ["trade", "trade energy"] {
            let found = try db.bestMatchesOfOnePhrase(in: "doc", for: query, limit: 5, lengths: Self.lengths)
                ?? db.bestMatches(in: "doc", for: query, limit: 5, lengths: Self.lengths)
            #expect(found == (try expected(db, query, limit: 5)), "\(query)")
        }
    }

    @Test func eachLengthIsTheRowsWordsOrNotKnown() throws {
        let (db, words) = try Self.tableAndLengths()
        try db.writeMissingBlocks(of: Self.lengths)
        let stored = try db.query("SELECT block, lengths FROM doc_lengths ORDER BY block") { row in
            (block: try row.get(0, as: Int64.self), bytes: try row.get(1, as: [UInt8].self))
        }
        #expect(stored.map(\.block) == [0, 1, 2, 4])
        for (block, bytes) in stored {
            #expect(bytes.count == 2048)
            for slot in 0..<1024 where bytes.count == 2048 {
                let rowid = block * 1024 + Int64(slot)
                let length = Int(bytes[2 * slot]) | Int(bytes[2 * slot + 1]) << 8
                // Both columns together; 0xFFFF where no row is, or where 70,001 does not fit.
                let expected = words[rowid].map { $0 < 0xFFFF ? $0 : 0xFFFF } ?? 0xFFFF
                #expect(length == expected, "rowid \(rowid)")
            }
        }
        #expect(words[5000] == 70_001)
    }
    @Test func rankingWithBlocksIsFTS5sRankOrderToTheBit() throws {
        let db = try Self.table()
        try db.writeMissingBlocks(of: Self.lengths)
        // All blocks; then with blocks missing, which FTS5 fills in.
        for missing in [[], [1], [0, 2, 4]] {
            for block in missing { try db.execute("DELETE FROM doc_lengths WHERE block = ?", [block]) }
            for query in ["trade", "energy", "trade energy", "partners OR visit", "title: trade", "stronger NOT the", "absent"] {
                for limit in [1, 20, -1] {
                    let found = try db.bestMatches(in: "doc", for: query, limit: limit, lengths: Self.lengths)
                    let expected = try expected(db, query, limit: limit)
                    #expect(found == expected, "\(query) limit \(limit) without blocks \(missing)")
                    #expect(found.map(\.rank.bitPattern) == expected.map(\.rank.bitPattern), "\(query) \(missing)")
                }
                guard let statistics = try db.fullTextStatistics(of: "doc", for: query) else { continue }
                let parts = try [Int64.min...1500, 1501...4099, 4100...Int64.max].flatMap { rowids in
                    try db.bestMatches(in: "doc", for: query, limit: 20, rowids: rowids, statistics: statistics, lengths: Self.lengths)
                }
                #expect(Array(parts.sorted(by: FullTextHit.ranksBefore).prefix(20)) == (try expected(db, query, limit: 20)), "\(query)")
            }
        }
    }

    @Test func onePhraseIsRankedInOnePassAsFTS5RanksIt() throws {
        let db = try Self.table()
        try db.writeMissingBlocks(of: Self.lengths)
        try db.execute("DELETE FROM doc_lengths WHERE block = 1")  // FTS5 gives those lengths
        for query in ["trade", "energy", "\"trade energy\"", "tra*", "title: trade", "{title body}: visit", "^trade", "absent"] {
            for limit in [0, 1, 7, 50, -1] {
                let found = try #require(
                    try db.bestMatchesOfOnePhrase(in: "doc", for: query, limit: limit, lengths: Self.lengths), "\(query)")
                let expected = try expected(db, query, limit: limit)
                #expect(found == expected, "\(query) limit \(limit)")
                #expect(found.map(\.rank.bitPattern) == expected.map(\.rank.bitPattern), "\(query) limit \(limit)")
            }
        }
        // Several phrases: left to the two-step ranking.
        for query in ["trade energy", "trade OR visit", "trade NOT energy", "NEAR(trade energy, 3)"] {
            #expect(try db.bestMatchesOfOnePhrase(in: "doc", for: query, limit: 5, lengths: Self.lengths) == nil, "\(query)")
        }
        for query in ["trade AND", "nosuchcolumn: trade"] {
            let old = try #require(throws: SQLiteError.self) { try expected(db, query, limit: 5) }
            let new = try #require(throws: SQLiteError.self) {
                try db.bestMatchesOfOnePhrase(in: "doc", for: query, limit: 5, lengths: Self.lengths)
            }
            #expect(new.message == old.message)
        }
    }

    @Test func rankingReadsTheBlocks() throws {
        let db = try Self.table()
        try db.writeMissingBlocks(of: Self.lengths)
        // Every row of block 0 said to be one token long: the ranking follows the block, not _docsize.
        let ones = [UInt8]((0..<1024).flatMap { _ in [UInt8(1), UInt8(0)] })
        try db.execute("UPDATE doc_lengths SET lengths = ? WHERE block = 0", [DatabaseValue.blob(ones)])
        let found = try db.bestMatches(in: "doc", for: "trade", limit: -1, lengths: Self.lengths)
        let expected = try expected(db, "trade", limit: -1)
        #expect(found.filter { $0.rowid >= 1024 } == expected.filter { $0.rowid >= 1024 }.sorted(by: FullTextHit.ranksBefore))
        #expect(Set(found.filter { $0.rowid < 1024 }.map(\.rank)) != Set(expected.filter { $0.rowid < 1024 }.map(\.rank)))
    }

    @Test func blocksThatDifferFromTheIndexAreFound() throws {
        let db = try Self.table()
        try db.writeMissingBlocks(of: Self.lengths)
        #expect(try db.staleBlocks(of: Self.lengths).isEmpty)
        // A row changed behind the blocks' back, a block cut short, a block past the last row.
        try db.execute("DELETE FROM doc WHERE rowid = 1030")
        try db.execute("UPDATE doc_lengths SET lengths = substr(lengths, 1, 100) WHERE block = 2")
        try db.execute("INSERT INTO doc_lengths (block, lengths) SELECT 9, lengths FROM doc_lengths WHERE block = 0")
        // A row inserted since its block was counted: "not known here" is not wrong.
        try db.execute("INSERT INTO doc (rowid, title, body) VALUES (1031, 'trade', 'energy')")
        #expect(try db.staleBlocks(of: Self.lengths) == [1, 2, 9])
        try db.writeBlocks(1...2, of: Self.lengths)
        try db.execute("DELETE FROM doc_lengths WHERE block = 9")
        #expect(try db.staleBlocks(of: Self.lengths).isEmpty)
    }
}
