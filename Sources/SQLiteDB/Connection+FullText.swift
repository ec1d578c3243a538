import CSQLite
import Foundation

/// A row of an FTS5 table that matches a query, with its bm25 score: lower is better.
public struct FullTextHit: Sendable, Equatable {
    public let rowid: Int64
    public let rank: Double

    public init(rowid: Int64, rank: Double) {
        self.rowid = rowid
        self.rank = rank
    }

    /// FTS5's `ORDER BY rank` order: by score, ties by rowid (its sort is stable
    /// over rows that come in rowid order).
    public static func ranksBefore(_ left: FullTextHit, _ right: FullTextHit) -> Bool {
        left.rank < right.rank || (left.rank == right.rank && left.rowid < right.rowid)
    }
}

/// bm25's statistics of an FTS5 table for one query: per phrase, its inverse
/// document frequency, and the average length of a row. They are the whole
/// table's, whichever rows are then ranked.
public struct FullTextStatistics: Sendable, Equatable {
    let inverseFrequencies: [Double]
    let averageLength: Double
}

extension Connection {
    /// The best `limit` rows of the FTS5 table `table` for `query`, in FTS5's
    /// `ORDER BY rank` order, among the rowids in `rowids`; a negative limit
    /// means every match.
    ///
    /// Same rows, same order and the same scores, to the bit, as
    /// `SELECT rowid, rank FROM table WHERE table MATCH query ORDER BY rank LIMIT limit`
    /// (rank is bm25 by default), 4 to 5 times faster on 100,000 matches. That
    /// query spends its time on two things this one avoids:
    /// - bm25() asks FTS5 for each row's length in tokens, which FTS5 reads
    ///   with one run of a prepared statement per row (about 1 µs); here the
    ///   lengths come from FTS5's `_docsize` table joined in the same statement.
    /// - `ORDER BY rank` sorts every match; here the ranking function keeps the
    ///   best `limit` rows in a heap that this method owns, and no row leaves
    ///   the statement.
    ///
    /// With `lengths` (the table's ``FullTextLengths``), the lengths come from
    /// its blocks for the range `rowids`, read in bulk before ranking, and from
    /// `_docsize` only for rows their blocks do not give (looking them up in
    /// `_docsize` was 25 of the 30 ms that walking the 125,000 statements
    /// matching "trade" on 100,000 sources took). Blocks and index are read in
    /// one transaction, so both are as of one moment.
    ///
    /// bm25 needs the table's `statistics` for the query, one pass over the
    /// rows of each phrase: given, they are not read again (callers that rank
    /// one table in parts read them once).
    ///
    /// `table` must be an FTS5 table with the default `columnsize=1` and no
    /// `rank` configured; `query` errors are FTS5's own.
    public func bestMatches(
        in table: String, for query: String, limit: Int, rowids: ClosedRange<Int64> = Int64.min...Int64.max,
        statistics: FullTextStatistics? = nil, lengths: FullTextLengths? = nil
    ) throws -> [FullTextHit] {
        var ranking = Ranking(capacity: limit < 0 ? nil : limit, statistics: statistics)
        guard let lengths else {
            try rank(table, for: query, rowids: rowids, into: &ranking)
            return ranking.best.sorted(by: FullTextHit.ranksBefore)
        }
        try transaction(.deferred) {
            ranking.lengths = try loadLengths(of: lengths, rowids: rowids)
            ranking.hasLengths = true
            try rank(table, for: query, rowids: rowids, into: &ranking)
        }
        return ranking.best.sorted(by: FullTextHit.ranksBefore)
    }

    /// bm25's statistics of `table` for `query`, read as bm25() reads them;
    /// nil when no row matches.
    public func fullTextStatistics(of table: String, for query: String) throws(SQLiteError) -> FullTextStatistics? {
        var ranking = Ranking(capacity: 0, statistics: nil)
        ranking.stopsAfterStatistics = true
        try rank(table, for: query, rowids: Int64.min...Int64.max, into: &ranking)
        return ranking.statistics
    }

    /// For a query of one phrase (a word, a "quoted phrase", a prefix*, with or
    /// without a column filter): ``bestMatches(in:for:limit:rowids:statistics:lengths:)``
    /// over the whole table, in the one pass over the phrase's rows that
    /// bm25's statistics take anyway; nil for a query of several phrases.
    ///
    /// One phrase's bm25 is its IDF times a term of the row's own (instances
    /// and length), so the rows are kept by that term while the pass counts
    /// the rows for the IDF, then scored as bm25() scores them, to the bit.
    /// Multiplying by the IDF keeps the order of the terms but can round two
    /// that differ in their last bit to one score, which FTS5 then orders by
    /// rowid: rows within 2⁻⁴⁸ of the last one kept are kept aside, and
    /// decided once the scores are known. The lengths come from `lengths`'
    /// blocks (from FTS5 for rows they do not give), read in the same
    /// transaction. (The two-step way walks the rows twice, the second time
    /// with a statement step and a function call per row: for the 125,000
    /// statements matching "trade" on 100,000 sources, 6.5 + 40 ms of CPU
    /// where this takes 23.)
    public func bestMatchesOfOnePhrase(
        in table: String, for query: String, limit: Int, lengths: FullTextLengths
    ) throws -> [FullTextHit]? {
        var ranking = Ranking(capacity: limit < 0 ? nil : limit, statistics: nil)
        ranking.ranksOnePhrase = true
        try transaction(.deferred) {
            ranking.lengths = try loadLengths(of: lengths, rowids: Int64.min...Int64.max)
            ranking.hasLengths = true
            try rank(table, for: query, rowids: Int64.min...Int64.max, into: &ranking)
        }
        // No row matched: no call told the number of phrases, and no row is the answer whatever it is.
        guard ranking.isOnePhrase ?? true else { return nil }
        return ranking.best.sorted(by: FullTextHit.ranksBefore)
    }

    /// Runs `bilat_bm25_best` over the rows of `table` that match `query` among `rowids`.
    private func rank(
        _ table: String, for query: String, rowids: ClosedRange<Int64>, into ranking: inout Ranking
    ) throws(SQLiteError) {
        try registerFullTextRanking()
        let name = quotedIdentifier(table), sizes = quotedIdentifier(table + "_docsize")
        // The function is false for every row, so that none leaves the
        // statement, except the first when only the statistics are wanted or
        // when it ranked the whole of a phrase. Lengths come from the
        // ranking's blocks, or else from _docsize, joined.
        let statement = try prepare(
            ranking.hasLengths || ranking.stopsAfterStatistics || ranking.ranksOnePhrase
                ? """
                SELECT 1 FROM \(name)
                WHERE \(name) MATCH ?1 AND \(name).rowid BETWEEN ?2 AND ?3 AND bilat_bm25_best(\(name), NULL, ?4)
                LIMIT 1
                """
                : """
                SELECT 1 FROM \(name) LEFT JOIN \(sizes) AS sizes ON sizes.id = \(name).rowid
                WHERE \(name) MATCH ?1 AND \(name).rowid BETWEEN ?2 AND ?3
                  AND bilat_bm25_best(\(name), sizes.sz, ?4)
                LIMIT 1
                """)
        try statement.bind(query, at: 1)
        try statement.bind(rowids.lowerBound, at: 2)
        try statement.bind(rowids.upperBound, at: 3)
        try withUnsafeMutablePointer(to: &ranking) { (ranking) throws(SQLiteError) in
            let code = sqlite3_bind_pointer(statement.handle, 4, ranking, Ranking.pointerType, nil)
            guard code == SQLITE_OK else { throw error(code, sql: statement.sql) }
            while try statement.step() {}
        }
    }

    /// Makes `bilat_bm25_best(TABLE, SIZES, RANKING)` callable on this connection;
    /// see ``bestMatches(in:for:limit:rowids:)``.
    private func registerFullTextRanking() throws(SQLiteError) {
        if hasFullTextRanking { return }
        // The documented way to reach FTS5's API: `SELECT fts5(?)` with a pointer bound.
        var api: UnsafeMutablePointer<fts5_api>?
        let statement = try prepare("SELECT fts5(?1)")
        let code = withUnsafeMutablePointer(to: &api) { pointer in
            sqlite3_bind_pointer(statement.handle, 1, pointer, staticCString("fts5_api_ptr"), nil)
        }
        guard code == SQLITE_OK else { throw error(code, sql: statement.sql) }
        _ = try statement.step()
        guard let api, let create = api.pointee.xCreateFunction else {
            throw SQLiteError(extendedCode: SQLITE_ERROR, message: "this SQLite has no FTS5", sql: statement.sql)
        }
        let created = create(api, "bilat_bm25_best", nil, bm25Best, nil)
        guard created == SQLITE_OK else { throw error(created, sql: statement.sql) }
        hasFullTextRanking = true
    }
}

/// A C string that lives as long as the program, for SQLite to keep a pointer to.
private func staticCString(_ text: StaticString) -> UnsafePointer<CChar> {
    UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: CChar.self)
}

// MARK: - The ranking function

/// The best rows `bilat_bm25_best` has seen, and bm25's statistics of the
/// whole table, computed on the first row as FTS5's bm25() computes them.
///
/// ``Connection/bestMatches(in:for:limit:rowids:)`` owns it and hands SQLite a
/// pointer to it: the function runs once per matching row, and a struct
/// reached by pointer costs no reference counting nor the run-time
/// exclusivity checks of a class's properties (10 % of a search's time).
private struct Ranking {
    /// The type name of the pointer SQLite passes to the function: static
    /// text, as SQLite keeps the pointer to it for as long as the binding.
    static var pointerType: UnsafePointer<CChar> { staticCString("bilat_bm25_best") }

    /// How many rows to keep; nil for all.
    let capacity: Int?
    /// The best rows so far, worst first (a max-heap in FTS5's order).
    var best: [FullTextHit] = []
    /// Whether the table's statistics are known: given, or read on the first row.
    var hasStatistics = false
    /// Per phrase of the query: its inverse document frequency.
    var inverseFrequencies: [Double] = []
    /// Tokens per row, over the whole table.
    var averageLength = 0.0
    /// Whether the function stops the statement once it has the statistics.
    var stopsAfterStatistics = false
    /// Per phrase: its instances in the current row (scratch space).
    var frequencies: [Double] = []
    /// Whether rows' lengths come from `lengths` (else from the SIZES argument).
    var hasLengths = false
    /// Lengths read from a ``FullTextLengths`` table.
    var lengths = LoadedLengths()
    /// Whether the first row ranks every row of a query's one phrase (``rankOnePhrase(_:_:)``).
    var ranksOnePhrase = false
    /// Whether the query had one phrase; nil until the first row.
    var isOnePhrase: Bool?
    /// One phrase: rows that matched it.
    var hits: Int64 = 0
    /// One phrase: rows dropped from `best` whose score may yet tie with its last.
    var aside: [FullTextHit] = []

    /// bm25's k1 and b, as FTS5's bm25() has them by default.
    static let k1 = 1.2, b = 0.75
    /// How close to the last row kept a dropped row's term must be to be kept aside.
    static let asideMargin = 0x1p-48

    init(capacity: Int?, statistics: FullTextStatistics?) {
        self.capacity = capacity
        if let statistics { self.statistics = statistics }
    }

    /// Stored apart, so that scoring a row copies no array.
    var statistics: FullTextStatistics? {
        get { hasStatistics ? FullTextStatistics(inverseFrequencies: inverseFrequencies, averageLength: averageLength) : nil }
        set {
            hasStatistics = newValue != nil
            inverseFrequencies = newValue?.inverseFrequencies ?? []
            averageLength = newValue?.averageLength ?? 0
            frequencies = Array(repeating: 0, count: inverseFrequencies.count)
        }
    }

    /// The table's rows (at least 1) and their average length, as
    /// fts5Bm25GetData in SQLite's fts5_aux.c reads them.
    static func rowsAndAverageLength(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?
    ) -> (rows: Int64, averageLength: Double, code: Int32) {
        var rowCount: Int64 = 0
        var code = api.pointee.xRowCount!(fts, &rowCount)
        guard code == SQLITE_OK else { return (0, 0, code) }
        if rowCount <= 0 { rowCount = 1 }
        var tokenCount: Int64 = 0
        code = api.pointee.xColumnTotalSize!(fts, -1, &tokenCount)
        return (rowCount, Double(tokenCount) / Double(rowCount), code)
    }

    /// bm25's IDF of a phrase found in `hits` of `rows` rows, floored at 1e-6
    /// for phrases in more than half the rows.
    static func inverseFrequency(hits: Int64, rows: Int64) -> Double {
        let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// The length of the current row, `rowid`: from the blocks, else from FTS5.
    mutating func length(of rowid: Int64, _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?) -> (Int, Int32) {
        if let known = lengths.length(of: rowid) { return (known, SQLITE_OK) }
        // Not in a block: FTS5 reads it from _docsize, as its bm25() does.
        var tokens: Int32 = 0
        let code = api.pointee.xColumnSize!(fts, -1, &tokens)
        return (Int(tokens), code)
    }

    /// Reads the table's statistics as FTS5's bm25() does (fts5Bm25GetData in
    /// SQLite's fts5_aux.c), so that the scores are the same to the bit.
    mutating func readStatistics(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?) -> Int32 {
        var (rowCount, averageLength, code) = Self.rowsAndAverageLength(api, fts)
        guard code == SQLITE_OK else { return code }
        var inverseFrequencies: [Double] = []
        for phrase in 0..<api.pointee.xPhraseCount!(fts) {
            var hits: Int64 = 0
            code = api.pointee.xQueryPhrase!(fts, phrase, &hits) { _, _, counter in
                counter!.assumingMemoryBound(to: Int64.self).pointee += 1
                return SQLITE_OK
            }
            guard code == SQLITE_OK else { return code }
            inverseFrequencies.append(Self.inverseFrequency(hits: hits, rows: rowCount))
        }
        statistics = FullTextStatistics(inverseFrequencies: inverseFrequencies, averageLength: averageLength)
        return SQLITE_OK
    }

    /// bm25 of the current row, whose length in tokens is `length` (fts5Bm25Function).
    mutating func score(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?, length: Int) -> (Double, Int32) {
        guard hasStatistics else { return (0, SQLITE_MISUSE) }
        for index in frequencies.indices { frequencies[index] = 0 }
        var instances: Int32 = 0
        var code = api.pointee.xInstCount!(fts, &instances)
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        var instance: Int32 = 0
        while code == SQLITE_OK && instance < instances {
            code = api.pointee.xInst!(fts, instance, &phrase, &column, &offset)
            if code == SQLITE_OK { frequencies[Int(phrase)] += 1.0 }
            instance += 1
        }
        guard code == SQLITE_OK else { return (0, code) }
        var score = 0.0
        for index in frequencies.indices {
            score += inverseFrequencies[index] * term(frequency: frequencies[index], length: length)
        }
        return (-1.0 * score, SQLITE_OK)
    }

    /// What bm25 multiplies a phrase's IDF by, for a row where it occurs
    /// `frequency` times in `length` tokens; its arithmetic, in its order.
    @inline(__always)
    func term(frequency: Double, length: Int) -> Double {
        let k1 = Self.k1, b = Self.b
        return (frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * Double(length) / averageLength))
    }

    /// Ranks every row of the query's one phrase in one pass (the first row's
    /// call does it all); sets `isOnePhrase` to false, and ranks nothing, for
    /// a query of several phrases.
    mutating func rankOnePhrase(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?) -> Int32 {
        isOnePhrase = api.pointee.xPhraseCount!(fts) == 1
        guard isOnePhrase == true else { return SQLITE_OK }
        var (rowCount, averageLength, code) = Self.rowsAndAverageLength(api, fts)
        guard code == SQLITE_OK else { return code }
        self.averageLength = averageLength
        code = withUnsafeMutablePointer(to: &self) { ranking in
            api.pointee.xQueryPhrase!(fts, 0, ranking) { api, fts, ranking in
                ranking!.assumingMemoryBound(to: Ranking.self).pointee.keepByTerm(api!, fts)
            }
        }
        guard code == SQLITE_OK else { return code }
        let inverseFrequency = Self.inverseFrequency(hits: hits, rows: rowCount)
        // The rows kept aside that may still tie with the last one kept, then every row's score.
        let last = best.first
        let candidates = best + aside.filter { hit in last.map { Self.isCloseBehind(hit, $0) } ?? false }
        let scored = candidates.map { hit in
            FullTextHit(rowid: hit.rowid, rank: -1.0 * (0.0 + inverseFrequency * -hit.rank))
        }.sorted(by: FullTextHit.ranksBefore)
        best = capacity.map { Array(scored.prefix($0)) } ?? scored
        return SQLITE_OK
    }

    /// One row of the phrase: kept by its term (as rank, -term), or set aside
    /// if it may yet tie with the last kept.
    mutating func keepByTerm(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer?) -> Int32 {
        hits += 1
        let rowid = api.pointee.xRowid!(fts)
        let (length, found) = length(of: rowid, api, fts)
        guard found == SQLITE_OK else { return found }
        var instances: Int32 = 0
        let code = api.pointee.xInstCount!(fts, &instances)
        guard code == SQLITE_OK else { return code }
        let hit = FullTextHit(rowid: rowid, rank: -term(frequency: Double(instances), length: length))
        if let dropped = keep(hit), let last = best.first, Self.isCloseBehind(dropped, last) { aside.append(dropped) }
        return SQLITE_OK
    }

    /// Whether `hit`, which ranks after `last` by term, is close enough that
    /// both could round to one score.
    static func isCloseBehind(_ hit: FullTextHit, _ last: FullTextHit) -> Bool {
        hit.rank > last.rank && hit.rank <= last.rank * (1 - asideMargin)
    }

    /// Keeps `hit` if it is among the best `capacity` rows so far; returns
    /// the row this leaves out, if any (`hit`, or the one it replaced).
    @discardableResult
    mutating func keep(_ hit: FullTextHit) -> FullTextHit? {
        guard let capacity else {
            best.append(hit)
            return nil
        }
        if best.count < capacity {
            best.append(hit)
            var child = best.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard FullTextHit.ranksBefore(best[parent], best[child]) else { break }
                best.swapAt(parent, child)
                child = parent
            }
            return nil
        }
        guard let worst = best.first else { return hit }
        guard FullTextHit.ranksBefore(hit, worst) else { return hit }
        best[0] = hit
        var parent = 0
        while true {
            var largest = parent
            for child in (2 * parent + 1)...(2 * parent + 2)
            where child < best.count && FullTextHit.ranksBefore(best[largest], best[child]) {
                largest = child
            }
            if largest == parent { return worst }
            best.swapAt(parent, largest)
            parent = largest
        }
    }
}

/// `bilat_bm25_best(TABLE, SIZES, RANKING)`: scores the current row with
/// bm25(TABLE), its length read from SIZES (the row's `_docsize` record),
/// or, when SIZES is NULL, from the blocks RANKING holds (FTS5 looks up the
/// rest), and keeps it in RANKING (a pointer to a
/// ``Ranking``) if it is among the best so far. Returns 0, so that a WHERE
/// clause lets no row out; 1 on the first row when RANKING only wants the
/// statistics.
private let bm25Best: fts5_extension_function = { api, fts, context, count, values in
    guard let api, let values, count == 2,
          let pointer = sqlite3_value_pointer(values[1], Ranking.pointerType) else {
        sqlite3_result_error(context, "bilat_bm25_best takes the table, its _docsize record and a ranking", -1)
        return
    }
    let ranking = pointer.assumingMemoryBound(to: Ranking.self)
    if ranking.pointee.ranksOnePhrase {
        let code = ranking.pointee.rankOnePhrase(api, fts)
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
        return sqlite3_result_int(context, 1)
    }
    if !ranking.pointee.hasStatistics {
        let code = ranking.pointee.readStatistics(api, fts)
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
    }
    if ranking.pointee.stopsAfterStatistics { return sqlite3_result_int(context, 1) }
    let rowid = api.pointee.xRowid!(fts)
    let length: Int
    if ranking.pointee.hasLengths {
        let (known, code) = ranking.pointee.length(of: rowid, api, fts)
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
        length = known
    } else {
        // A row without its _docsize record: FTS5's own bm25() fails the same way.
        guard sqlite3_value_type(values[0]) == SQLITE_BLOB, let bytes = sqlite3_value_blob(values[0]) else {
            return sqlite3_result_error_code(context, SQLITE_CORRUPT)
        }
        length = tokenCount(UnsafeBufferPointer(
            start: bytes.assumingMemoryBound(to: UInt8.self), count: Int(sqlite3_value_bytes(values[0]))))
    }
    let (rank, code) = ranking.pointee.score(api, fts, length: length)
    guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
    ranking.pointee.keep(FullTextHit(rowid: rowid, rank: rank))
    sqlite3_result_int(context, 0)
}
