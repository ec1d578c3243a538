import CSQLite

/// The length in tokens of each row of an FTS5 table, packed 1024 rows to a
/// record in a table of the application's, for ranking to read in bulk.
///
/// bm25 needs every matching row's length. FTS5 keeps it in its `_docsize`
/// table, one record per row: reading it costs a b-tree descent per matching
/// row (25 of the 30 ms that walking the 125,000 statements matching "trade"
/// takes on 100,000 sources). Packed, the lengths of a range of rowids are a
/// few hundred records read in order, then an array lookup per row.
///
/// The table has the columns `block INTEGER PRIMARY KEY, lengths BLOB NOT NULL`.
/// Row `block` holds the lengths of rowids `block * 1024 ..< (block + 1) * 1024`
/// (all columns together, as bm25 counts them), as 1024 little-endian 16-bit
/// numbers. 0xFFFF means "not known here": no such row, or 65,535 tokens or
/// more. A block may be missing altogether: the application deletes the block
/// of a row it changes without recounting it. Ranking asks FTS5 for the
/// length of a row that its block does not give, so the table only ever
/// makes ranking faster, never different.
public struct FullTextLengths: Sendable {
    /// The FTS5 table.
    public let index: String
    /// The table of packed lengths.
    public let table: String

    /// Rows per block.
    public static let rowsPerBlock: Int64 = 1024
    /// A length that the block does not give.
    static let unknown: UInt16 = 0xFFFF

    public init(index: String, table: String) {
        self.index = index
        self.table = table
    }

    /// The block that holds `rowid`'s length.
    public static func block(of rowid: Int64) -> Int64 { rowid >> 10 }

    var quotedSizes: String { quotedIdentifier(index + "_docsize") }
    var quotedTable: String { quotedIdentifier(table) }

    /// A block's record: its lengths as little-endian 16-bit numbers.
    static func record(_ lengths: [UInt16]) -> [UInt8] {
        var record: [UInt8] = []
        record.reserveCapacity(lengths.count * 2)
        for length in lengths { record += [UInt8(length & 0xFF), UInt8(length >> 8)] }
        return record
    }

    /// The lengths of a block's record; nil when it does not hold 1024.
    static func lengths(_ record: UnsafeRawBufferPointer) -> [UInt16]? {
        guard record.count == Int(rowsPerBlock) * 2 else { return nil }
        return (0..<Int(rowsPerBlock)).map { UInt16(record[2 * $0]) | UInt16(record[2 * $0 + 1]) << 8 }
    }
}

/// `name` as an SQL identifier: in double quotes, its own doubled.
func quotedIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// Lengths of a range of rowids, read from their blocks.
struct LoadedLengths {
    /// Per block read: its 1024 lengths.
    var blocks: [Int64: [UInt16]] = [:]
    /// The block of the last lookup and its lengths (empty when it was not
    /// read): ranking asks in rowid order, so most lookups stay in one block.
    private var current = Int64.min
    private var currentLengths: [UInt16] = []

    /// The length of `rowid`, nil when its block does not give it.
    @inline(__always)
    mutating func length(of rowid: Int64) -> Int? {
        let block = FullTextLengths.block(of: rowid)
        if block != current {
            current = block
            currentLengths = blocks[block] ?? []
        }
        guard !currentLengths.isEmpty else { return nil }
        let length = currentLengths[Int(rowid & (FullTextLengths.rowsPerBlock - 1))]
        return length == FullTextLengths.unknown ? nil : Int(length)
    }
}

extension Connection {
    /// Counts again, from FTS5's own records, the blocks `blocks` of `lengths`
    /// and writes them (a block without rows too: it says so).
    public func writeBlocks(_ blocks: ClosedRange<Int64>, of lengths: FullTextLengths) throws {
        let write = try prepare("INSERT OR REPLACE INTO \(lengths.quotedTable) (block, lengths) VALUES (?1, ?2)")
        try countBlocks(blocks, of: lengths) { block, counted in
            try write.execute([block, DatabaseValue.blob(FullTextLengths.record(counted))])
        }
    }

    /// Counts the blocks of the rows above `rowid` (the first may hold rows
    /// at or below it too) and writes them.
    public func writeBlocks(ofRowsAfter rowid: Int64, of lengths: FullTextLengths) throws {
        guard let last = try scalar("SELECT max(id) FROM \(lengths.quotedSizes)", as: Int64.self), last > rowid else { return }
        try writeBlocks(FullTextLengths.block(of: rowid + 1)...FullTextLengths.block(of: last), of: lengths)
    }

    /// The blocks that hold a row of the index and that the table lacks, in
    /// order. (It reads the index's rowids only where it needs them: the
    /// first row of each block that has one.)
    public func missingBlocks(of lengths: FullTextLengths) throws -> [Int64] {
        var present = Set<Int64>()
        try prepare("SELECT block FROM \(lengths.quotedTable)").forEachRow { row in
            present.insert(try row.get(0, as: Int64.self))
        }
        let next = try prepare("SELECT min(id) FROM \(lengths.quotedSizes) WHERE id >= ?1")
        var missing: [Int64] = []
        var from = Int64.min
        while let rowid = try next.map([from], { try $0.get(0, as: Int64?.self) }).first ?? nil {
            let block = FullTextLengths.block(of: rowid)
            if !present.contains(block) { missing.append(block) }
            let (following, overflow) = (block + 1).multipliedReportingOverflow(by: FullTextLengths.rowsPerBlock)
            if overflow { break }
            from = following
        }
        return missing
    }

    /// Writes the ``missingBlocks(of:)``; returns how many.
    @discardableResult
    public func writeMissingBlocks(of lengths: FullTextLengths) throws -> Int {
        let missing = try missingBlocks(of: lengths)
        for block in missing { try writeBlocks(block...block, of: lengths) }
        return missing.count
    }

    /// The blocks that give a length FTS5's records do not, or are not 1024
    /// lengths long, in order. (A slot that says "not known here" is never
    /// wrong: a row inserted since its block was counted has one.)
    public func staleBlocks(of lengths: FullTextLengths) throws -> [Int64] {
        var stored: [Int64: [UInt16]?] = [:]
        try prepare("SELECT block, lengths FROM \(lengths.quotedTable)").forEachRow { row in
            let record = (try? row.get(1, as: [UInt8].self)) ?? []
            stored[try row.get(0, as: Int64.self)] = record.withUnsafeBytes(FullTextLengths.lengths)
        }
        var stale: [Int64] = []
        for (block, given) in stored.sorted(by: { $0.key < $1.key }) {
            try countBlocks(block...block, of: lengths) { _, counted in
                guard let given else { return stale.append(block) }
                if zip(given, counted).contains(where: { $0 != FullTextLengths.unknown && $0 != $1 }) { stale.append(block) }
            }
        }
        return stale
    }

    /// The lengths of the rowids in `rowids` that their blocks give.
    func loadLengths(of lengths: FullTextLengths, rowids: ClosedRange<Int64>) throws(SQLiteError) -> LoadedLengths {
        let first = FullTextLengths.block(of: rowids.lowerBound), last = FullTextLengths.block(of: rowids.upperBound)
        let statement = try prepare(
            "SELECT block, lengths FROM \(lengths.quotedTable) WHERE block BETWEEN ?1 AND ?2 ORDER BY block")
        try statement.bind(first, at: 1)
        try statement.bind(last, at: 2)
        var loaded = LoadedLengths()
        while try statement.step() {
            let handle = statement.handle
            let record = UnsafeRawBufferPointer(
                start: sqlite3_column_blob(handle, 1), count: Int(sqlite3_column_bytes(handle, 1)))
            // A block of another size is not read (bilat check reports it).
            loaded.blocks[sqlite3_column_int64(handle, 0)] = FullTextLengths.lengths(record)
        }
        return loaded
    }

    /// Calls `body` with each block of `blocks` and its lengths, counted from
    /// FTS5's `_docsize` records, in order.
    private func countBlocks(
        _ blocks: ClosedRange<Int64>, of lengths: FullTextLengths,
        _ body: (Int64, [UInt16]) throws -> Void
    ) throws {
        let perBlock = FullTextLengths.rowsPerBlock
        let statement = try prepare("SELECT id, sz FROM \(lengths.quotedSizes) WHERE id BETWEEN ?1 AND ?2 ORDER BY id")
        let (low, lowOverflow) = blocks.lowerBound.multipliedReportingOverflow(by: perBlock)
        let (end, highOverflow) = (blocks.upperBound &+ 1).multipliedReportingOverflow(by: perBlock)
        try statement.bind(lowOverflow ? Int64.min : low, at: 1)
        try statement.bind(highOverflow || blocks.upperBound == Int64.max ? Int64.max : end - 1, at: 2)
        let none = [UInt16](repeating: FullTextLengths.unknown, count: Int(perBlock))
        var block = blocks.lowerBound
        var counted = none
        func flush(until next: Int64) throws {
            // Every block up to `next` is done: the current one, then those without rows.
            while block < next {
                try body(block, counted)
                counted = none
                block += 1
            }
        }
        while try statement.step() {
            let handle = statement.handle
            let rowid = sqlite3_column_int64(handle, 0)
            try flush(until: FullTextLengths.block(of: rowid))
            let bytes = sqlite3_column_blob(handle, 1)
            let count = Int(sqlite3_column_bytes(handle, 1))
            let tokens = bytes.map { tokenCount(UnsafeBufferPointer(start: $0.assumingMemoryBound(to: UInt8.self), count: count)) }
            counted[Int(rowid - block * perBlock)] = UInt16(clamping: tokens ?? Int(FullTextLengths.unknown))
        }
        try flush(until: blocks.upperBound)
        try body(block, counted)
    }
}

/// The sum of the varints of an FTS5 `_docsize` record: the row's length in
/// tokens over all its columns.
func tokenCount(_ record: UnsafeBufferPointer<UInt8>) -> Int {
    var total = 0, value = 0, read = 0
    for byte in record {
        // SQLite's varint: 7 bits a byte, high bit set on all but the last
        // (the 9-byte form never occurs for a column's token count).
        value = (value << 7) | Int(byte & 0x7F)
        read += 1
        if byte & 0x80 == 0 || read == 9 {
            total += value
            value = 0
            read = 0
        }
    }
    return total
}
