import Archive
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
    /// Ranking every match is most of the time (``SearchPlan`` says how it is
    /// shared between two connections); snippets and the rest are read only
    /// for the rows that can be among the first `limit`; then the rows are
    /// merged as the outer ORDER BY did.
    public func search(_ query: String, limit: Int = 50) throws -> ResultTable {
        let columns = ["kind", "date", "who", "snippet", "meeting"]
        // LIMIT 0 ended the old query before FTS5 read the query: no rows, and no error for one it cannot parse.
        if limit == 0 { return ResultTable(columns: columns, rows: []) }
        do {
            var chunks: [SearchChunk] = []
            // Sources first: their statistics take the least time to read.
            for position in SearchIndex.all.indices.reversed() {
                chunks += try rowidParts(of: SearchIndex.all[position].content, count: 4).map {
                    SearchChunk(index: position, rowids: $0)
                }
            }
            let plan = SearchPlan(query: query, limit: limit, chunks: chunks)
            let found = connection.isReadOnly ? plan.runOnTwoConnections(connection) : plan.run(on: connection)
            var best: [[FullTextHit]] = []
            for position in SearchIndex.all.indices {
                // Statements first: when both indexes reject the query, the error is the statement index's, as before.
                _ = try found.starts[position].get()
                best.append(try plan.best(of: position, ranked: found.ranked))
            }
            var details: [SearchKey: [DatabaseValue]] = [:]
            for described in found.described { details.merge(try described.get()) { first, _ in first } }
            // A row gone since it was indexed dropped out of the old JOIN after
            // the limit, making room for the next: then every row is read.
            if plan.needed(best).contains(where: { details[$0] == nil }) {
                let rest = best.indices.flatMap { position in best[position].map { SearchKey(index: position, rowid: $0.rowid) } }
                details.merge(try plan.describe(rest.filter { details[$0] == nil }, on: connection)) { first, _ in first }
            }
            var hits: [SearchHit] = []
            for (position, index) in SearchIndex.all.enumerated() {
                for hit in best[position] {
                    if let values = details[SearchKey(index: position, rowid: hit.rowid)] {
                        hits.append(SearchHit(kind: index.kind, rank: hit.rank, values: values))
                    }
                }
            }
            // ORDER BY rank, date, kind: SQLite's sort with a LIMIT keeps rows
            // that tie on all three in the order they came, statements first.
            let ordered = hits.enumerated().sorted { left, right in
                if let before = SearchHit.orderedBefore(left.element, right.element) { return before }
                return left.offset < right.offset
            }
            let kept = limit < 0 ? ordered[...] : ordered.prefix(limit)
            return ResultTable(columns: columns, rows: kept.map { [.text($0.element.kind)] + $0.element.values })
        } catch let error as SQLiteError where error.hasCode(SQLiteError.error) {
            throw ReportError.badSearch(query: query, reason: error.message)
        }
    }

    /// The rowids of `table` in `count` consecutive ranges (one when it is
    /// empty). Two subqueries: SQLite reads min() and max() from the ends of
    /// the b-tree only when each is alone in its SELECT.
    private func rowidParts(of table: String, count: Int) throws -> [ClosedRange<Int64>] {
        var bounds: (low: Int64, high: Int64)?
        try connection.prepare("SELECT (SELECT min(id) FROM \(table)), (SELECT max(id) FROM \(table))").forEachRow { row in
            if case .integer(let low) = row[0], case .integer(let high) = row[1] { bounds = (low, high) }
        }
        guard let bounds else { return [Int64.min...Int64.max] }
        let (span, overflow) = bounds.high.subtractingReportingOverflow(bounds.low)
        let width = overflow ? 0 : span / Int64(count)
        var parts: [ClosedRange<Int64>] = []
        var start = Int64.min
        if width > 0 {
            for part in 1..<Int64(count) {
                let end = bounds.low + width * part
                parts.append(start...end)
                start = end + 1
            }
        }
        parts.append(start...Int64.max)
        return parts
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
    /// The lengths of its rows, packed for ranking.
    let lengths: FullTextLengths

    /// Statements, then sources: the order of the old UNION ALL.
    static let all = [
        SearchIndex(
            kind: "statement", table: "statement_fts", content: "statement",
            details: """
                SELECT statement_fts.rowid, s.date, s.speaker, snippet(statement_fts, 0, '[', ']', '…', 12), s.meeting_id
                FROM statement_fts JOIN v_statements s ON s.statement_id = statement_fts.rowid
                WHERE statement_fts MATCH ?1 AND statement_fts.rowid IN (LIST)
                """,
            lengths: Archive.statementLengths),
        SearchIndex(
            kind: "source", table: "source_fts", content: "source",
            details: """
                SELECT source_fts.rowid, m.date, src.location, snippet(source_fts, 1, '[', ']', '…', 12), src.meeting_id
                FROM source_fts JOIN source src ON src.id = source_fts.rowid JOIN meeting m ON m.id = src.meeting_id
                WHERE source_fts MATCH ?1 AND source_fts.rowid IN (LIST)
                """,
            lengths: Archive.sourceLengths),
    ]
}

/// A row of one of the indexes: its position in ``SearchIndex/all`` and its rowid.
private struct SearchKey: Hashable, Sendable {
    let index: Int
    let rowid: Int64
}

/// Some rowids of one index, ranked on their own.
private struct SearchChunk: Sendable {
    /// The index's position in ``SearchIndex/all``.
    let index: Int
    let rowids: ClosedRange<Int64>
}

/// How the ranking of one index began: with bm25's statistics of the query
/// (nil when nothing matches), its chunks to rank next; or, for a query of
/// one phrase, with its best rows, in one pass over the phrase's rows.
private enum IndexStart: Sendable {
    case statistics(FullTextStatistics?)
    case ranked([FullTextHit])
}

/// What a search found before the merge: per index, how its ranking began;
/// per chunk, its best rows; the details of the rows that were described.
private struct SearchFindings: Sendable {
    var starts: [Result<IndexStart, any Error>]
    var ranked: [Result<[FullTextHit], any Error>]
    var described: [Result<[SearchKey: [DatabaseValue]], any Error>]
}

/// One search: the query, how many rows, and the chunks to rank.
///
/// bm25 needs statistics of the whole index (a pass over the rows of each
/// phrase of the query), then a score for every matching row, then snippets
/// for the best. On a read-only archive two connections share the work, on
/// two threads (WAL lets readers run side by side; the machine has two
/// cores): each reads the statistics of one index, then both take chunks of
/// rowids from one queue until none is left (the best `limit` of an index
/// are the best of its chunks'), then each describes half of the rows that
/// can be among the first `limit`. A query of one phrase (most searches: one
/// word) needs no second pass: each worker ranks its index whole while it
/// counts for the statistics, and the queue has nothing left for either.
/// A writable connection does it all alone:
/// others would not see what it has not committed. (Two connections each
/// read the archive as it is when they start: a search that runs while an
/// import commits may rank parts of an index as of two moments.)
private struct SearchPlan: Sendable {
    let query: String
    let limit: Int
    let chunks: [SearchChunk]

    /// Index `index` ranked whole for a query of one phrase, else its statistics.
    func start(_ index: Int, on connection: Connection) throws -> IndexStart {
        let searched = SearchIndex.all[index]
        if let hits = try connection.bestMatchesOfOnePhrase(
            in: searched.table, for: query, limit: limit, lengths: searched.lengths)
        {
            return .ranked(hits)
        }
        return .statistics(try connection.fullTextStatistics(of: searched.table, for: query))
    }

    /// The chunk's best rows: none when its index has no statistics (nothing
    /// matches); for an index ranked whole, all its rows for its first chunk
    /// and none for the others.
    func rank(_ position: Int, start: IndexStart, on connection: Connection) throws -> [FullTextHit] {
        let chunk = chunks[position]
        switch start {
        case .ranked(let hits):
            return chunks.firstIndex { $0.index == chunk.index } == position ? hits : []
        case .statistics(nil):
            return []
        case .statistics(let statistics?):
            return try connection.bestMatches(
                in: SearchIndex.all[chunk.index].table, for: query, limit: limit, rowids: chunk.rowids,
                statistics: statistics, lengths: SearchIndex.all[chunk.index].lengths)
        }
    }

    /// The best `limit` rows of index `index`: the best of its chunks'. Throws the first chunk's error.
    func best(of index: Int, ranked: [Result<[FullTextHit], any Error>]) throws -> [FullTextHit] {
        var hits: [FullTextHit] = []
        for (chunk, result) in zip(chunks, ranked) where chunk.index == index { hits += try result.get() }
        hits.sort(by: FullTextHit.ranksBefore)
        return limit < 0 ? hits : Array(hits.prefix(limit))
    }

    /// The rows that can be among the first `limit`, best first: all that rank
    /// no worse than the `limit`-th best of both indexes (dates and kinds
    /// decide among those that tie with it).
    func needed(_ best: [[FullTextHit]]) -> [SearchKey] {
        var all = best.indices.flatMap { index in best[index].map { (key: SearchKey(index: index, rowid: $0.rowid), rank: $0.rank) } }
        all.sort { $0.rank < $1.rank || ($0.rank == $1.rank && ($0.key.index, $0.key.rowid) < ($1.key.index, $1.key.rowid)) }
        guard limit > 0, all.count > limit else { return all.map(\.key) }
        let boundary = all[limit - 1].rank
        return all.prefix { $0.rank <= boundary }.map(\.key)
    }

    /// Date, who, snippet and meeting of `keys` that are still in the archive.
    ///
    /// One statement per index: FTS5 finds each listed rowid in its index (tens
    /// of µs each) rather than walking every match to make a snippet.
    func describe(_ keys: [SearchKey], on connection: Connection) throws -> [SearchKey: [DatabaseValue]] {
        var details: [SearchKey: [DatabaseValue]] = [:]
        for (position, index) in SearchIndex.all.enumerated() {
            let rowids = keys.filter { $0.index == position }.map(\.rowid)
            if rowids.isEmpty { continue }
            let sql = index.details.replacingOccurrences(of: "LIST", with: rowids.map(String.init).joined(separator: ","))
            try connection.prepare(sql).forEachRow([query]) { row in
                details[SearchKey(index: position, rowid: try row.get(0, as: Int64.self))] = [row[1], row[2], row[3], row[4]]
            }
        }
        return details
    }

    /// Every step on one connection.
    func run(on connection: Connection) -> SearchFindings {
        let starts = SearchIndex.all.indices.map { index in Result { try start(index, on: connection) } }
        let ranked = chunks.indices.map { position in
            Result { try rank(position, start: starts[chunks[position].index].get(), on: connection) }
        }
        let described = Result {
            try describe(needed(SearchIndex.all.indices.map { try best(of: $0, ranked: ranked) }), on: connection)
        }
        return SearchFindings(starts: starts, ranked: ranked, described: [described])
    }

    /// The same steps on two threads: this one on `connection` (read-only),
    /// the other on a read-only connection of its own to the same archive.
    func runOnTwoConnections(_ connection: Connection) -> SearchFindings {
        precondition(SearchIndex.all.count == 2, "each worker begins the ranking of one index")
        let board = SearchBoard(indexes: SearchIndex.all.count, chunks: chunks.count)
        let plan = self
        let path = connection.path
        // A thread of its own, not a global dispatch queue: this thread waits for the
        // other, and a dispatch pool that does not start a worker (seen once, on a
        // loaded machine: the search waited forever) would leave it waiting.
        Thread.detachNewThread {
            let own = Result { try Connection(path: path, mode: .readOnly) }
            plan.work(as: 1, on: board, connection: own)
            board.finished.signal()
            // Closed once the search has gone on (unmapping the archive takes a millisecond or two).
            withExtendedLifetime(own) {}
        }
        work(as: 0, on: board, connection: .success(connection))
        board.finished.wait()
        return board.state.withLock { state in
            SearchFindings(
                starts: state.starts.map { $0! }, ranked: state.ranked.map { $0! },
                described: state.described.map { $0! })
        }
    }

    private func work(as worker: Int, on board: SearchBoard, connection: Result<Connection, any Error>) {
        let started = Result { try start(worker, on: connection.get()) }
        board.state.withLock { $0.starts[worker] = started }
        board.started[worker].leave()
        while let position = board.nextChunk() {
            let chunk = chunks[position]
            board.started[chunk.index].wait()
            let started = board.state.withLock { $0.starts[chunk.index]! }
            // An index whose start failed fails the search with its error.
            let ranked = Result {
                try rank(position, start: (try? started.get()) ?? .statistics(nil), on: connection.get())
            }
            board.state.withLock { $0.ranked[position] = ranked }
        }
        board.ranked[worker].signal()
        board.ranked[1 - worker].wait()
        let ranked = board.state.withLock { $0.ranked.map { $0! } }
        let described = Result {
            let needed = try needed(SearchIndex.all.indices.map { try best(of: $0, ranked: ranked) })
            return try describe(needed.enumerated().filter { $0.offset % 2 == worker }.map(\.element), on: connection.get())
        }
        board.state.withLock { $0.described[worker] = described }
    }
}

/// Where the two workers of a search leave what they found, and how they wait for each other.
private final class SearchBoard: Sendable {
    struct State {
        var starts: [Result<IndexStart, any Error>?]
        var ranked: [Result<[FullTextHit], any Error>?]
        var described: [Result<[SearchKey: [DatabaseValue]], any Error>?] = [nil, nil]
        var next = 0
    }

    let state: Mutex<State>
    /// Per index: left when its ranking has begun (or failed).
    let started: [DispatchGroup]
    /// Signalled by each worker when the chunk queue is empty and its chunks ranked.
    let ranked = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
    /// Signalled when the second worker is done.
    let finished = DispatchSemaphore(value: 0)

    init(indexes: Int, chunks: Int) {
        state = Mutex(State(starts: Array(repeating: nil, count: indexes), ranked: Array(repeating: nil, count: chunks)))
        started = (0..<indexes).map { _ in
            let group = DispatchGroup()
            group.enter()
            return group
        }
    }

    /// The next chunk to rank, nil when every one is taken.
    func nextChunk() -> Int? {
        state.withLock { state in
            guard state.next < state.ranked.count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
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
