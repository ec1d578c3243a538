import Dispatch
import Foundation
import SQLiteDB
import Synchronization

extension Queries {
    /// Full-text search over statements and source texts, best first, with the hit marked by [ ].
    ///
    /// The rows and order of this query, which did the whole search until it
    /// took 270 ms on 100,000 sources ("trade" matches 125,000 statements):
    ///
    ///     SELECT kind, date, who, snippet, meeting FROM (
    ///         SELECT 'statement' AS kind, s.date, s.speaker AS who, hit.snippet, s.meeting_id AS meeting, hit.rank
    ///         FROM (SELECT rowid, snippet(statement_fts, 0, '[', ']', '…', 12) AS snippet, rank
    ///               FROM statement_fts WHERE statement_fts MATCH ?1 ORDER BY rank LIMIT ?2) AS hit
    ///         JOIN v_statements s ON s.statement_id = hit.rowid
    ///         UNION ALL
    ///         SELECT 'source', m.date, src.location, hit.snippet, src.meeting_id, hit.rank
    ///         FROM (SELECT rowid, snippet(source_fts, 1, '[', ']', '…', 12) AS snippet, rank
    ///               FROM source_fts WHERE source_fts MATCH ?1 ORDER BY rank LIMIT ?2) AS hit
    ///         JOIN source src ON src.id = hit.rowid JOIN meeting m ON m.id = src.meeting_id
    ///     )
    ///     ORDER BY rank, date, kind
    ///     LIMIT ?2
    ///
    /// Ranking every match is most of the time, so each index is cut in two
    /// halves by rowid, and each half gives its best `limit` rows
    /// (``Connection/bestMatches(in:for:limit:rowids:)``), the halves on two
    /// read-only connections at once (WAL lets readers run side by side; the
    /// machine has two cores). The best `limit` of an index are the best of
    /// its two halves' (bm25's statistics are the whole table's either way);
    /// one connection then makes the snippets of the statements and the other
    /// those of the sources; and the two lists are merged as the outer ORDER BY
    /// did. A writable connection does it all alone: other connections would
    /// not see what it has not committed.
    public func search(_ query: String, limit: Int = 50) throws -> ResultTable {
        do {
            var halves: [SearchHalf] = []
            for index in SearchIndex.all {
                halves += try rowidHalves(of: index.content).map { SearchHalf(index: index, rowids: $0) }
            }
            let plan = SearchPlan(query: query, limit: limit, halves: halves)
            let found = connection.isReadOnly ? plan.runOnTwoConnections(path: connection.path) : plan.run(on: connection)
            var hits: [SearchHit] = []
            for (position, index) in SearchIndex.all.enumerated() {
                // Statements first: when both indexes reject the query, the error is the statement index's, as before.
                let best = try plan.best(of: index, ranked: found.ranked)
                let details = try found.described[position].get()
                // A hit whose statement or source is gone drops out after the limit, as it did from the JOIN.
                for hit in best {
                    if let values = details[hit.rowid] { hits.append(SearchHit(kind: index.kind, rank: hit.rank, values: values)) }
                }
            }
            // ORDER BY rank, date, kind: SQLite's sort with a LIMIT keeps rows
            // that tie on all three in the order they came, statements first.
            let ordered = hits.enumerated().sorted { left, right in
                if let before = SearchHit.orderedBefore(left.element, right.element) { return before }
                return left.offset < right.offset
            }
            let kept = limit < 0 ? ordered[...] : ordered.prefix(limit)
            return ResultTable(
                columns: ["kind", "date", "who", "snippet", "meeting"],
                rows: kept.map { [.text($0.element.kind)] + $0.element.values })
        } catch let error as SQLiteError where error.hasCode(SQLiteError.error) {
            throw ReportError.badSearch(query: query, reason: error.message)
        }
    }

    /// The rowids of `table` in two halves (one when it is empty). Two
    /// subqueries: SQLite reads min() and max() from the ends of the b-tree
    /// only when each is alone in its SELECT.
    private func rowidHalves(of table: String) throws -> [ClosedRange<Int64>] {
        var bounds: (low: Int64, high: Int64)?
        try connection.prepare("SELECT (SELECT min(id) FROM \(table)), (SELECT max(id) FROM \(table))").forEachRow { row in
            if case .integer(let low) = row[0], case .integer(let high) = row[1] { bounds = (low, high) }
        }
        guard let bounds else { return [Int64.min...Int64.max] }
        let middle = bounds.low + (bounds.high - bounds.low) / 2
        return [Int64.min...middle, (middle + 1)...Int64.max]
    }
}

/// A full-text index that `bilat search` reads, and how to show its rows.
private struct SearchIndex: Sendable {
    /// The `kind` column of its rows.
    let kind: String
    /// The FTS5 table.
    let table: String
    /// The table it indexes.
    let content: String
    /// rowid, date, who, snippet and meeting of the rows listed at `LIST`, for the query ?1.
    let details: String

    /// Statements, then sources: the order of the old UNION ALL.
    static let all = [
        SearchIndex(
            kind: "statement", table: "statement_fts", content: "statement",
            details: """
                SELECT statement_fts.rowid, s.date, s.speaker, snippet(statement_fts, 0, '[', ']', '…', 12), s.meeting_id
                FROM statement_fts JOIN v_statements s ON s.statement_id = statement_fts.rowid
                WHERE statement_fts MATCH ?1 AND statement_fts.rowid IN (LIST)
                """),
        SearchIndex(
            kind: "source", table: "source_fts", content: "source",
            details: """
                SELECT source_fts.rowid, m.date, src.location, snippet(source_fts, 1, '[', ']', '…', 12), src.meeting_id
                FROM source_fts JOIN source src ON src.id = source_fts.rowid JOIN meeting m ON m.id = src.meeting_id
                WHERE source_fts MATCH ?1 AND source_fts.rowid IN (LIST)
                """),
    ]

    /// Date, who, snippet and meeting of `hits`, by rowid, for those still in the archive.
    ///
    /// One statement for all: FTS5 finds each listed rowid in its index (tens
    /// of µs each) rather than walking every match to make a snippet.
    func describe(_ hits: [FullTextHit], query: String, on connection: Connection) throws -> [Int64: [DatabaseValue]] {
        var details: [Int64: [DatabaseValue]] = [:]
        if hits.isEmpty { return details }
        let list = hits.map { String($0.rowid) }.joined(separator: ",")
        try connection.prepare(self.details.replacingOccurrences(of: "LIST", with: list)).forEachRow([query]) { row in
            details[try row.get(0, as: Int64.self)] = [row[1], row[2], row[3], row[4]]
        }
        return details
    }
}

/// Some rowids of one index, ranked on their own.
private struct SearchHalf: Sendable {
    let index: SearchIndex
    let rowids: ClosedRange<Int64>
}

/// What a search found before the merge: per half, its best rows; per index
/// (in the order of ``SearchIndex/all``), the details of its best rows.
private struct SearchFindings: Sendable {
    var ranked: [Result<[FullTextHit], any Error>]
    var described: [Result<[Int64: [DatabaseValue]], any Error>]
}

/// One search: the query, how many rows, and the halves to rank.
private struct SearchPlan: Sendable {
    let query: String
    let limit: Int
    let halves: [SearchHalf]

    func rank(_ half: SearchHalf, on connection: Connection) throws -> [FullTextHit] {
        try connection.bestMatches(in: half.index.table, for: query, limit: limit, rowids: half.rowids)
    }

    /// The best `limit` rows of `index`: the best of its halves'. Throws the first half's error.
    func best(of index: SearchIndex, ranked: [Result<[FullTextHit], any Error>]) throws -> [FullTextHit] {
        var hits: [FullTextHit] = []
        for (half, result) in zip(halves, ranked) where half.index.kind == index.kind { hits += try result.get() }
        hits.sort(by: FullTextHit.ranksBefore)
        return limit < 0 ? hits : Array(hits.prefix(limit))
    }

    /// Every step on one connection.
    func run(on connection: Connection) -> SearchFindings {
        let ranked = halves.map { half in Result { try rank(half, on: connection) } }
        let described = SearchIndex.all.map { index in
            Result { try index.describe(best(of: index, ranked: ranked), query: query, on: connection) }
        }
        return SearchFindings(ranked: ranked, described: described)
    }

    /// The same steps on two threads, each with its own read-only connection
    /// to the archive at `path`: worker `w` ranks the halves at `w`, `w + 2`,
    /// ..., waits for the other, then describes index `w`.
    func runOnTwoConnections(path: String) -> SearchFindings {
        precondition(SearchIndex.all.count == 2, "one describing worker per index")
        let board = SearchBoard(halves: halves.count)
        let plan = self
        DispatchQueue.global(qos: .userInitiated).async { plan.work(as: 1, on: board, path: path) }
        work(as: 0, on: board, path: path)
        board.finished.wait()
        return board.findings.withLock { findings in
            SearchFindings(ranked: findings.ranked.map { $0! }, described: findings.described.map { $0! })
        }
    }

    private func work(as worker: Int, on board: SearchBoard, path: String) {
        defer { if worker == 1 { board.finished.signal() } }
        let connection: Result<Connection, any Error> = Result { try Connection(path: path, mode: .readOnly) }
        for position in halves.indices where position % 2 == worker {
            let ranked = Result { try rank(halves[position], on: connection.get()) }
            board.findings.withLock { $0.ranked[position] = ranked }
        }
        board.ranked[worker].signal()
        board.ranked[1 - worker].wait()
        let ranked = board.findings.withLock { $0.ranked.map { $0! } }
        let index = SearchIndex.all[worker]
        let described = Result { try index.describe(best(of: index, ranked: ranked), query: query, on: connection.get()) }
        board.findings.withLock { $0.described[worker] = described }
    }
}

/// Where the two workers of a search leave what they found, and how they wait for each other.
private final class SearchBoard: Sendable {
    struct Findings {
        var ranked: [Result<[FullTextHit], any Error>?]
        var described: [Result<[Int64: [DatabaseValue]], any Error>?] = [nil, nil]
    }

    let findings: Mutex<Findings>
    /// Signalled by each worker when its halves are ranked.
    let ranked = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
    /// Signalled when the second worker is done.
    let finished = DispatchSemaphore(value: 0)

    init(halves: Int) {
        findings = Mutex(Findings(ranked: Array(repeating: nil, count: halves)))
    }
}

/// One row of a search, before the two indexes' rows are merged.
private struct SearchHit {
    let kind: String
    let rank: Double
    /// date, who, snippet, meeting.
    let values: [DatabaseValue]

    /// ORDER BY rank, date, kind as SQLite orders them (NULL dates first, text
    /// by its bytes); nil when the two tie on all three.
    static func orderedBefore(_ left: SearchHit, _ right: SearchHit) -> Bool? {
        if left.rank != right.rank { return left.rank < right.rank }
        switch (left.values[0], right.values[0]) {
        case (.null, .null): break
        case (.null, _): return true
        case (_, .null): return false
        case (.text(let a), .text(let b)) where a != b: return a.utf8.lexicographicallyPrecedes(b.utf8)
        default: break
        }
        if left.kind != right.kind { return left.kind.utf8.lexicographicallyPrecedes(right.kind.utf8) }
        return nil
    }
}
